//! The cue lexicon: the verbs that introduce reported speech, with their inflections.
//!
//! The lexicon is data: one sorted table of word forms, each pointing at its lemma and the
//! way the lemma takes its content:
//!
//! * `object`: the verb names the hearer before the content (`told reporters that ...`,
//!   `urged voters to ...`);
//! * `needs_that`: the verb reports speech only with a `that` clause (`found that ...`,
//!   `believes that ...`); without one it is not a cue;
//! * `noun_like`: the base and `-s` forms are also nouns (`a report`, `the notes`), so they
//!   count as cues only after a subject;
//! * `stance`: the verb reports a position rather than words (`criticized`, `endorsed`,
//!   `wants`); it counts only after a named or pronoun subject;
//! * `raising`: a verb of appearance (`seems`, `appeared to`) whose content is its whole
//!   clause, subject included, with no source;
//! * `frame_only`: a verb of manner (`scoffed`, `laughed`) that frames a quotation but
//!   reports nothing of its own.

/// The grammatical form of a cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `say`.
    Base,
    /// `says`.
    Third,
    /// `said`, `wrote`.
    Past,
    /// `saying`.
    Ing,
}

/// One cue word form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The lemma (`say` for `said`).
    pub lemma: &'static str,
    /// The form of this word.
    pub form: Form,
    /// The verb takes the hearer as an object before the content.
    pub object: bool,
    /// The verb reports speech only with a `that` clause.
    pub needs_that: bool,
    /// The base and `-s` forms are also nouns.
    pub noun_like: bool,
    /// A verb of stance rather than speech (`criticized`, `endorsed`, `wants`): it reports
    /// a position, taken only after a named or pronoun subject.
    pub stance: bool,
    /// The verb reports speech only with a clause, a quotation or `for`/`on` after it,
    /// never with a plain noun object (`noted that ...`, not `noted the deadline`).
    pub clausal: bool,
    /// A raising verb of appearance (`seems`, `appeared to`): the writer's or an
    /// unnamed observer's judgement of its subject, reported as the whole clause.
    pub raising: bool,
    /// A verb of manner that frames a quotation (`"Not a chance," she scoffed.`) but
    /// reports no statement of its own (`laughed and left`).
    pub frame_only: bool,
}

const PLAIN: u8 = 0;
const OBJECT: u8 = 1;
const THAT: u8 = 2;
const NOUN: u8 = 4;
const STANCE: u8 = 8;
const CLAUSE: u8 = 16;
const RAISE: u8 = 32;
const FRAME: u8 = 64;

use crate::lexicon::{key_const, load, lower8};
use Form::{Base, Ing, Past, Third};

/// A table entry.
const fn cue(lemma: &'static str, form: Form, flags: u8) -> Cue {
    Cue {
        lemma,
        form,
        object: flags & OBJECT != 0,
        needs_that: flags & THAT != 0,
        noun_like: flags & NOUN != 0,
        stance: flags & STANCE != 0,
        clausal: flags & CLAUSE != 0,
        raising: flags & RAISE != 0,
        frame_only: flags & FRAME != 0,
    }
}

/// Every cue word form, sorted by form.
#[rustfmt::skip]
pub const CUES: &[(&str, Cue)] = &[
    ("accuse", cue("accuse", Base, STANCE)),
    ("accused", cue("accuse", Past, STANCE)),
    ("accuses", cue("accuse", Third, STANCE)),
    ("accusing", cue("accuse", Ing, STANCE)),
    ("acknowledge", cue("acknowledge", Base, PLAIN)),
    ("acknowledged", cue("acknowledge", Past, PLAIN)),
    ("acknowledges", cue("acknowledge", Third, PLAIN)),
    ("acknowledging", cue("acknowledge", Ing, PLAIN)),
    ("added", cue("add", Past, PLAIN)),
    ("adding", cue("add", Ing, PLAIN)),
    ("adds", cue("add", Third, PLAIN)),
    ("admit", cue("admit", Base, PLAIN)),
    ("admits", cue("admit", Third, PLAIN)),
    ("admitted", cue("admit", Past, PLAIN)),
    ("admitting", cue("admit", Ing, PLAIN)),
    ("advise", cue("advise", Base, OBJECT)),
    ("advised", cue("advise", Past, OBJECT)),
    ("advises", cue("advise", Third, OBJECT)),
    ("advising", cue("advise", Ing, OBJECT)),
    ("agree", cue("agree", Base, THAT)),
    ("agreed", cue("agree", Past, THAT)),
    ("agreeing", cue("agree", Ing, THAT)),
    ("agrees", cue("agree", Third, THAT)),
    ("allege", cue("allege", Base, PLAIN)),
    ("alleged", cue("allege", Past, PLAIN)),
    ("alleges", cue("allege", Third, PLAIN)),
    ("alleging", cue("allege", Ing, PLAIN)),
    ("announce", cue("announce", Base, PLAIN)),
    ("announced", cue("announce", Past, PLAIN)),
    ("announces", cue("announce", Third, PLAIN)),
    ("announcing", cue("announce", Ing, PLAIN)),
    ("apologise", cue("apologise", Base, STANCE)),
    ("apologised", cue("apologise", Past, STANCE)),
    ("apologises", cue("apologise", Third, STANCE)),
    ("apologising", cue("apologise", Ing, STANCE)),
    ("apologize", cue("apologize", Base, STANCE)),
    ("apologized", cue("apologize", Past, STANCE)),
    ("apologizes", cue("apologize", Third, STANCE)),
    ("apologizing", cue("apologize", Ing, STANCE)),
    ("appear", cue("appear", Base, STANCE | RAISE)),
    ("appeared", cue("appear", Past, STANCE | RAISE)),
    ("appears", cue("appear", Third, STANCE | RAISE)),
    ("applaud", cue("applaud", Base, STANCE)),
    ("applauded", cue("applaud", Past, STANCE)),
    ("applauding", cue("applaud", Ing, STANCE)),
    ("applauds", cue("applaud", Third, STANCE)),
    ("argue", cue("argue", Base, PLAIN)),
    ("argued", cue("argue", Past, PLAIN)),
    ("argues", cue("argue", Third, PLAIN)),
    ("arguing", cue("argue", Ing, PLAIN)),
    ("articulate", cue("articulate", Base, STANCE)),
    ("articulated", cue("articulate", Past, STANCE)),
    ("articulates", cue("articulate", Third, STANCE)),
    ("articulating", cue("articulate", Ing, STANCE)),
    ("ask", cue("ask", Base, OBJECT)),
    ("asked", cue("ask", Past, OBJECT)),
    ("asking", cue("ask", Ing, OBJECT)),
    ("asks", cue("ask", Third, OBJECT)),
    ("assail", cue("assail", Base, STANCE)),
    ("assailed", cue("assail", Past, STANCE)),
    ("assailing", cue("assail", Ing, STANCE)),
    ("assails", cue("assail", Third, STANCE)),
    ("assert", cue("assert", Base, PLAIN)),
    ("asserted", cue("assert", Past, PLAIN)),
    ("asserting", cue("assert", Ing, PLAIN)),
    ("asserts", cue("assert", Third, PLAIN)),
    ("assure", cue("assure", Base, OBJECT)),
    ("assured", cue("assure", Past, OBJECT)),
    ("assures", cue("assure", Third, OBJECT)),
    ("assuring", cue("assure", Ing, OBJECT)),
    ("attack", cue("attack", Base, STANCE)),
    ("attacked", cue("attack", Past, STANCE)),
    ("attacking", cue("attack", Ing, STANCE)),
    ("back", cue("back", Base, STANCE)),
    ("backed", cue("back", Past, STANCE)),
    ("backing", cue("back", Ing, STANCE)),
    ("backs", cue("back", Third, STANCE)),
    ("balk", cue("balk", Base, STANCE)),
    ("balked", cue("balk", Past, STANCE)),
    ("balking", cue("balk", Ing, STANCE)),
    ("balks", cue("balk", Third, STANCE)),
    ("believe", cue("believe", Base, THAT)),
    ("believed", cue("believe", Past, THAT)),
    ("believes", cue("believe", Third, THAT)),
    ("believing", cue("believe", Ing, THAT)),
    ("bemoan", cue("bemoan", Base, STANCE)),
    ("bemoaned", cue("bemoan", Past, STANCE)),
    ("bemoaning", cue("bemoan", Ing, STANCE)),
    ("bemoans", cue("bemoan", Third, STANCE)),
    ("blame", cue("blame", Base, STANCE)),
    ("blamed", cue("blame", Past, STANCE)),
    ("blames", cue("blame", Third, STANCE)),
    ("blaming", cue("blame", Ing, STANCE)),
    ("blast", cue("blast", Base, STANCE)),
    ("blasted", cue("blast", Past, STANCE)),
    ("blasting", cue("blast", Ing, STANCE)),
    ("blasts", cue("blast", Third, STANCE)),
    ("boast", cue("boast", Base, NOUN)),
    ("boasted", cue("boast", Past, NOUN)),
    ("boasting", cue("boast", Ing, NOUN)),
    ("boasts", cue("boast", Third, NOUN)),
    ("brag", cue("brag", Base, PLAIN)),
    ("bragged", cue("brag", Past, PLAIN)),
    ("bragging", cue("brag", Ing, PLAIN)),
    ("brags", cue("brag", Third, PLAIN)),
    ("call", cue("call", Base, STANCE | CLAUSE)),
    ("called", cue("call", Past, STANCE | CLAUSE)),
    ("calling", cue("call", Ing, STANCE | CLAUSE)),
    ("calls", cue("call", Third, STANCE | CLAUSE)),
    ("came", cue("come", Past, STANCE)),
    ("caution", cue("caution", Base, NOUN)),
    ("cautioned", cue("caution", Past, NOUN)),
    ("cautioning", cue("caution", Ing, NOUN)),
    ("cautions", cue("caution", Third, NOUN)),
    ("challenge", cue("challenge", Base, STANCE)),
    ("challenged", cue("challenge", Past, STANCE)),
    ("challenges", cue("challenge", Third, STANCE)),
    ("challenging", cue("challenge", Ing, STANCE)),
    ("characterise", cue("characterise", Base, STANCE)),
    ("characterised", cue("characterise", Past, STANCE)),
    ("characterises", cue("characterise", Third, STANCE)),
    ("characterising", cue("characterise", Ing, STANCE)),
    ("characterize", cue("characterize", Base, STANCE)),
    ("characterized", cue("characterize", Past, STANCE)),
    ("characterizes", cue("characterize", Third, STANCE)),
    ("characterizing", cue("characterize", Ing, STANCE)),
    ("charge", cue("charge", Base, THAT)),
    ("charged", cue("charge", Past, THAT)),
    ("charges", cue("charge", Third, THAT)),
    ("charging", cue("charge", Ing, THAT)),
    ("chastise", cue("chastise", Base, STANCE)),
    ("chastised", cue("chastise", Past, STANCE)),
    ("chastises", cue("chastise", Third, STANCE)),
    ("chastising", cue("chastise", Ing, STANCE)),
    ("cite", cue("cite", Base, STANCE)),
    ("cited", cue("cite", Past, STANCE)),
    ("cites", cue("cite", Third, STANCE)),
    ("citing", cue("cite", Ing, STANCE)),
    ("claim", cue("claim", Base, NOUN)),
    ("claimed", cue("claim", Past, NOUN)),
    ("claiming", cue("claim", Ing, NOUN)),
    ("claims", cue("claim", Third, NOUN)),
    ("come", cue("come", Base, STANCE)),
    ("comes", cue("come", Third, STANCE)),
    ("coming", cue("come", Ing, STANCE)),
    ("commented", cue("comment", Past, NOUN)),
    ("commenting", cue("comment", Ing, NOUN)),
    ("compare", cue("compare", Base, STANCE)),
    ("compared", cue("compare", Past, STANCE)),
    ("compares", cue("compare", Third, STANCE)),
    ("comparing", cue("compare", Ing, STANCE)),
    ("complain", cue("complain", Base, PLAIN)),
    ("complained", cue("complain", Past, PLAIN)),
    ("complaining", cue("complain", Ing, PLAIN)),
    ("complains", cue("complain", Third, PLAIN)),
    ("concede", cue("concede", Base, PLAIN)),
    ("conceded", cue("concede", Past, PLAIN)),
    ("concedes", cue("concede", Third, PLAIN)),
    ("conceding", cue("concede", Ing, PLAIN)),
    ("conclude", cue("conclude", Base, THAT)),
    ("concluded", cue("conclude", Past, THAT)),
    ("concludes", cue("conclude", Third, THAT)),
    ("concluding", cue("conclude", Ing, THAT)),
    ("condemn", cue("condemn", Base, STANCE)),
    ("condemned", cue("condemn", Past, STANCE)),
    ("condemning", cue("condemn", Ing, STANCE)),
    ("condemns", cue("condemn", Third, STANCE)),
    ("confirm", cue("confirm", Base, PLAIN)),
    ("confirmed", cue("confirm", Past, PLAIN)),
    ("confirming", cue("confirm", Ing, PLAIN)),
    ("confirms", cue("confirm", Third, PLAIN)),
    ("congratulate", cue("congratulate", Base, STANCE)),
    ("congratulated", cue("congratulate", Past, STANCE)),
    ("congratulates", cue("congratulate", Third, STANCE)),
    ("congratulating", cue("congratulate", Ing, STANCE)),
    ("consider", cue("consider", Base, STANCE)),
    ("considered", cue("consider", Past, STANCE)),
    ("considering", cue("consider", Ing, STANCE)),
    ("considers", cue("consider", Third, STANCE)),
    ("contend", cue("contend", Base, PLAIN)),
    ("contended", cue("contend", Past, PLAIN)),
    ("contending", cue("contend", Ing, PLAIN)),
    ("contends", cue("contend", Third, PLAIN)),
    ("continue", cue("continue", Base, THAT)),
    ("continued", cue("continue", Past, THAT)),
    ("continues", cue("continue", Third, THAT)),
    ("continuing", cue("continue", Ing, THAT)),
    ("counted", cue("count", Past, STANCE)),
    ("counter", cue("counter", Base, NOUN)),
    ("countered", cue("counter", Past, NOUN)),
    ("countering", cue("counter", Ing, NOUN)),
    ("counters", cue("counter", Third, NOUN)),
    ("counting", cue("count", Ing, STANCE)),
    ("criticise", cue("criticise", Base, STANCE)),
    ("criticised", cue("criticise", Past, STANCE)),
    ("criticises", cue("criticise", Third, STANCE)),
    ("criticising", cue("criticise", Ing, STANCE)),
    ("criticize", cue("criticize", Base, STANCE)),
    ("criticized", cue("criticize", Past, STANCE)),
    ("criticizes", cue("criticize", Third, STANCE)),
    ("criticizing", cue("criticize", Ing, STANCE)),
    ("deadpan", cue("deadpan", Base, CLAUSE | FRAME)),
    ("deadpanned", cue("deadpan", Past, CLAUSE | FRAME)),
    ("deadpanning", cue("deadpan", Ing, CLAUSE | FRAME)),
    ("deadpans", cue("deadpan", Third, CLAUSE | FRAME)),
    ("decide", cue("decide", Base, STANCE)),
    ("decided", cue("decide", Past, STANCE)),
    ("decides", cue("decide", Third, STANCE)),
    ("deciding", cue("decide", Ing, STANCE)),
    ("declare", cue("declare", Base, PLAIN)),
    ("declared", cue("declare", Past, PLAIN)),
    ("declares", cue("declare", Third, PLAIN)),
    ("declaring", cue("declare", Ing, PLAIN)),
    ("decline", cue("decline", Base, STANCE)),
    ("declined", cue("decline", Past, STANCE)),
    ("declines", cue("decline", Third, STANCE)),
    ("declining", cue("decline", Ing, STANCE)),
    ("decried", cue("decry", Past, STANCE)),
    ("decries", cue("decry", Third, STANCE)),
    ("decry", cue("decry", Base, STANCE)),
    ("decrying", cue("decry", Ing, STANCE)),
    ("deem", cue("deem", Base, STANCE)),
    ("deemed", cue("deem", Past, STANCE)),
    ("deeming", cue("deem", Ing, STANCE)),
    ("deems", cue("deem", Third, STANCE)),
    ("defend", cue("defend", Base, STANCE)),
    ("defended", cue("defend", Past, STANCE)),
    ("defending", cue("defend", Ing, STANCE)),
    ("defends", cue("defend", Third, STANCE)),
    ("demand", cue("demand", Base, STANCE)),
    ("demanded", cue("demand", Past, STANCE)),
    ("demanding", cue("demand", Ing, STANCE)),
    ("demands", cue("demand", Third, STANCE)),
    ("denied", cue("deny", Past, PLAIN)),
    ("denies", cue("deny", Third, PLAIN)),
    ("denounce", cue("denounce", Base, STANCE)),
    ("denounced", cue("denounce", Past, STANCE)),
    ("denounces", cue("denounce", Third, STANCE)),
    ("denouncing", cue("denounce", Ing, STANCE)),
    ("deny", cue("deny", Base, PLAIN)),
    ("denying", cue("deny", Ing, PLAIN)),
    ("depict", cue("depict", Base, STANCE)),
    ("depicted", cue("depict", Past, STANCE)),
    ("depicting", cue("depict", Ing, STANCE)),
    ("depicts", cue("depict", Third, STANCE)),
    ("describe", cue("describe", Base, STANCE)),
    ("described", cue("describe", Past, STANCE)),
    ("describes", cue("describe", Third, STANCE)),
    ("describing", cue("describe", Ing, STANCE)),
    ("disclose", cue("disclose", Base, PLAIN)),
    ("disclosed", cue("disclose", Past, PLAIN)),
    ("discloses", cue("disclose", Third, PLAIN)),
    ("disclosing", cue("disclose", Ing, PLAIN)),
    ("discuss", cue("discuss", Base, STANCE)),
    ("discussed", cue("discuss", Past, STANCE)),
    ("discusses", cue("discuss", Third, STANCE)),
    ("discussing", cue("discuss", Ing, STANCE)),
    ("dismiss", cue("dismiss", Base, STANCE)),
    ("dismissed", cue("dismiss", Past, STANCE)),
    ("dismisses", cue("dismiss", Third, STANCE)),
    ("dismissing", cue("dismiss", Ing, STANCE)),
    ("distanced", cue("distance", Past, STANCE)),
    ("distancing", cue("distance", Ing, STANCE)),
    ("doubt", cue("doubt", Base, STANCE)),
    ("doubted", cue("doubt", Past, STANCE)),
    ("doubting", cue("doubt", Ing, STANCE)),
    ("doubts", cue("doubt", Third, STANCE)),
    ("downplay", cue("downplay", Base, STANCE)),
    ("downplayed", cue("downplay", Past, STANCE)),
    ("downplaying", cue("downplay", Ing, STANCE)),
    ("downplays", cue("downplay", Third, STANCE)),
    ("echo", cue("echo", Base, STANCE)),
    ("echoed", cue("echo", Past, STANCE)),
    ("echoes", cue("echo", Third, STANCE)),
    ("echoing", cue("echo", Ing, STANCE)),
    ("emailed", cue("email", Past, CLAUSE)),
    ("emailing", cue("email", Ing, CLAUSE)),
    ("embrace", cue("embrace", Base, STANCE)),
    ("embraced", cue("embrace", Past, STANCE)),
    ("embraces", cue("embrace", Third, STANCE)),
    ("embracing", cue("embrace", Ing, STANCE)),
    ("emphasise", cue("emphasise", Base, PLAIN)),
    ("emphasised", cue("emphasise", Past, PLAIN)),
    ("emphasises", cue("emphasise", Third, PLAIN)),
    ("emphasising", cue("emphasise", Ing, PLAIN)),
    ("emphasize", cue("emphasize", Base, PLAIN)),
    ("emphasized", cue("emphasize", Past, PLAIN)),
    ("emphasizes", cue("emphasize", Third, PLAIN)),
    ("emphasizing", cue("emphasize", Ing, PLAIN)),
    ("encourage", cue("encourage", Base, STANCE)),
    ("encouraged", cue("encourage", Past, STANCE)),
    ("encourages", cue("encourage", Third, STANCE)),
    ("encouraging", cue("encourage", Ing, STANCE)),
    ("endorse", cue("endorse", Base, STANCE)),
    ("endorsed", cue("endorse", Past, STANCE)),
    ("endorses", cue("endorse", Third, STANCE)),
    ("endorsing", cue("endorse", Ing, STANCE)),
    ("envision", cue("envision", Base, STANCE)),
    ("envisioned", cue("envision", Past, STANCE)),
    ("envisioning", cue("envision", Ing, STANCE)),
    ("envisions", cue("envision", Third, STANCE)),
    ("estimate", cue("estimate", Base, THAT)),
    ("estimated", cue("estimate", Past, THAT)),
    ("estimates", cue("estimate", Third, THAT)),
    ("estimating", cue("estimate", Ing, THAT)),
    ("expect", cue("expect", Base, STANCE)),
    ("expected", cue("expect", Past, STANCE)),
    ("expecting", cue("expect", Ing, STANCE)),
    ("expects", cue("expect", Third, STANCE)),
    ("explain", cue("explain", Base, PLAIN)),
    ("explained", cue("explain", Past, PLAIN)),
    ("explaining", cue("explain", Ing, PLAIN)),
    ("explains", cue("explain", Third, PLAIN)),
    ("express", cue("express", Base, STANCE)),
    ("expressed", cue("express", Past, STANCE)),
    ("expresses", cue("express", Third, STANCE)),
    ("expressing", cue("express", Ing, STANCE)),
    ("favor", cue("favor", Base, STANCE)),
    ("favored", cue("favor", Past, STANCE)),
    ("favoring", cue("favor", Ing, STANCE)),
    ("favors", cue("favor", Third, STANCE)),
    ("favour", cue("favour", Base, STANCE)),
    ("favoured", cue("favour", Past, STANCE)),
    ("favouring", cue("favour", Ing, STANCE)),
    ("favours", cue("favour", Third, STANCE)),
    ("fear", cue("fear", Base, THAT)),
    ("feared", cue("fear", Past, THAT)),
    ("fearing", cue("fear", Ing, THAT)),
    ("fears", cue("fear", Third, THAT)),
    ("feel", cue("feel", Base, THAT)),
    ("feeling", cue("feel", Ing, THAT)),
    ("feels", cue("feel", Third, THAT)),
    ("felt", cue("feel", Past, THAT)),
    ("find", cue("find", Base, THAT)),
    ("finding", cue("find", Ing, THAT)),
    ("finds", cue("find", Third, THAT)),
    ("fire", cue("fire", Base, STANCE)),
    ("fired", cue("fire", Past, STANCE)),
    ("fires", cue("fire", Third, STANCE)),
    ("firing", cue("fire", Ing, STANCE)),
    ("focused", cue("focus", Past, STANCE)),
    ("focusing", cue("focus", Ing, STANCE)),
    ("foresaw", cue("foresee", Past, THAT)),
    ("foresee", cue("foresee", Base, THAT)),
    ("foreseeing", cue("foresee", Ing, THAT)),
    ("foresees", cue("foresee", Third, THAT)),
    ("found", cue("find", Past, THAT)),
    ("fume", cue("fume", Base, CLAUSE | FRAME)),
    ("fumed", cue("fume", Past, CLAUSE | FRAME)),
    ("fumes", cue("fume", Third, CLAUSE | FRAME)),
    ("fuming", cue("fume", Ing, CLAUSE | FRAME)),
    ("goes", cue("go", Third, STANCE)),
    ("going", cue("go", Ing, STANCE)),
    ("grumble", cue("grumble", Base, CLAUSE | FRAME)),
    ("grumbled", cue("grumble", Past, CLAUSE | FRAME)),
    ("grumbles", cue("grumble", Third, CLAUSE | FRAME)),
    ("grumbling", cue("grumble", Ing, CLAUSE | FRAME)),
    ("hail", cue("hail", Base, STANCE)),
    ("hailed", cue("hail", Past, STANCE)),
    ("hailing", cue("hail", Ing, STANCE)),
    ("hails", cue("hail", Third, STANCE)),
    ("hammer", cue("hammer", Base, STANCE)),
    ("hammered", cue("hammer", Past, STANCE)),
    ("hammering", cue("hammer", Ing, STANCE)),
    ("hammers", cue("hammer", Third, STANCE)),
    ("highlight", cue("highlight", Base, STANCE)),
    ("highlighted", cue("highlight", Past, STANCE)),
    ("highlighting", cue("highlight", Ing, STANCE)),
    ("highlights", cue("highlight", Third, STANCE)),
    ("hint", cue("hint", Base, THAT)),
    ("hinted", cue("hint", Past, THAT)),
    ("hinting", cue("hint", Ing, THAT)),
    ("hints", cue("hint", Third, THAT)),
    ("hope", cue("hope", Base, STANCE)),
    ("hoped", cue("hope", Past, STANCE)),
    ("hopes", cue("hope", Third, STANCE)),
    ("hoping", cue("hope", Ing, THAT)),
    ("implied", cue("imply", Past, PLAIN)),
    ("implies", cue("imply", Third, PLAIN)),
    ("imply", cue("imply", Base, PLAIN)),
    ("implying", cue("imply", Ing, PLAIN)),
    ("indicate", cue("indicate", Base, PLAIN)),
    ("indicated", cue("indicate", Past, PLAIN)),
    ("indicates", cue("indicate", Third, PLAIN)),
    ("indicating", cue("indicate", Ing, PLAIN)),
    ("inform", cue("inform", Base, OBJECT)),
    ("informed", cue("inform", Past, OBJECT)),
    ("informing", cue("inform", Ing, OBJECT)),
    ("informs", cue("inform", Third, OBJECT)),
    ("insinuate", cue("insinuate", Base, STANCE)),
    ("insinuated", cue("insinuate", Past, STANCE)),
    ("insinuates", cue("insinuate", Third, STANCE)),
    ("insinuating", cue("insinuate", Ing, STANCE)),
    ("insist", cue("insist", Base, PLAIN)),
    ("insisted", cue("insist", Past, PLAIN)),
    ("insisting", cue("insist", Ing, PLAIN)),
    ("insists", cue("insist", Third, PLAIN)),
    ("intend", cue("intend", Base, THAT)),
    ("intended", cue("intend", Past, THAT)),
    ("intending", cue("intend", Ing, THAT)),
    ("intends", cue("intend", Third, THAT)),
    ("invoke", cue("invoke", Base, STANCE)),
    ("invoked", cue("invoke", Past, STANCE)),
    ("invokes", cue("invoke", Third, STANCE)),
    ("invoking", cue("invoke", Ing, STANCE)),
    ("joke", cue("joke", Base, NOUN)),
    ("joked", cue("joke", Past, NOUN)),
    ("jokes", cue("joke", Third, NOUN)),
    ("joking", cue("joke", Ing, NOUN)),
    ("knew", cue("know", Past, THAT)),
    ("know", cue("know", Base, THAT)),
    ("knowing", cue("know", Ing, THAT)),
    ("known", cue("know", Past, THAT)),
    ("knows", cue("know", Third, THAT)),
    ("label", cue("label", Base, STANCE)),
    ("labeled", cue("label", Past, STANCE)),
    ("labeling", cue("label", Ing, STANCE)),
    ("labelled", cue("label", Past, STANCE)),
    ("labels", cue("label", Third, STANCE)),
    ("laid", cue("lay", Past, STANCE)),
    ("lambaste", cue("lambaste", Base, STANCE)),
    ("lambasted", cue("lambaste", Past, STANCE)),
    ("lambastes", cue("lambaste", Third, STANCE)),
    ("lambasting", cue("lambaste", Ing, STANCE)),
    ("lament", cue("lament", Base, NOUN)),
    ("lamented", cue("lament", Past, NOUN)),
    ("lamenting", cue("lament", Ing, NOUN)),
    ("laments", cue("lament", Third, NOUN)),
    ("lash", cue("lash", Base, STANCE)),
    ("lashed", cue("lash", Past, STANCE)),
    ("lashes", cue("lash", Third, STANCE)),
    ("lashing", cue("lash", Ing, STANCE)),
    ("laughed", cue("laugh", Past, CLAUSE | FRAME)),
    ("laughing", cue("laugh", Ing, CLAUSE | FRAME)),
    ("lay", cue("lay", Base, STANCE)),
    ("laying", cue("lay", Ing, STANCE)),
    ("lays", cue("lay", Third, STANCE)),
    ("learn", cue("learn", Base, THAT)),
    ("learned", cue("learn", Past, THAT)),
    ("learning", cue("learn", Ing, THAT)),
    ("learns", cue("learn", Third, THAT)),
    ("learnt", cue("learn", Past, THAT)),
    ("lobbied", cue("lobby", Past, STANCE)),
    ("lobbies", cue("lobby", Third, STANCE | NOUN)),
    ("lobby", cue("lobby", Base, STANCE | NOUN)),
    ("lobbying", cue("lobby", Ing, STANCE)),
    ("maintain", cue("maintain", Base, THAT)),
    ("maintained", cue("maintain", Past, THAT)),
    ("maintaining", cue("maintain", Ing, THAT)),
    ("maintains", cue("maintain", Third, THAT)),
    ("marvel", cue("marvel", Base, CLAUSE | FRAME)),
    ("marveled", cue("marvel", Past, CLAUSE | FRAME)),
    ("marveling", cue("marvel", Ing, CLAUSE | FRAME)),
    ("marvels", cue("marvel", Third, CLAUSE | FRAME)),
    ("mention", cue("mention", Base, THAT)),
    ("mentioned", cue("mention", Past, THAT)),
    ("mentioning", cue("mention", Ing, THAT)),
    ("mentions", cue("mention", Third, THAT)),
    ("messaged", cue("message", Past, CLAUSE)),
    ("messaging", cue("message", Ing, CLAUSE)),
    ("mock", cue("mock", Base, STANCE)),
    ("mocked", cue("mock", Past, STANCE)),
    ("mocking", cue("mock", Ing, STANCE)),
    ("mocks", cue("mock", Third, STANCE)),
    ("mull", cue("mull", Base, STANCE)),
    ("mulled", cue("mull", Past, STANCE)),
    ("mulling", cue("mull", Ing, STANCE)),
    ("mulls", cue("mull", Third, STANCE)),
    ("muse", cue("muse", Base, CLAUSE | FRAME)),
    ("mused", cue("muse", Past, CLAUSE | FRAME)),
    ("muses", cue("muse", Third, CLAUSE | FRAME)),
    ("musing", cue("muse", Ing, CLAUSE | FRAME)),
    ("note", cue("note", Base, NOUN | CLAUSE)),
    ("noted", cue("note", Past, NOUN | CLAUSE)),
    ("notes", cue("note", Third, NOUN | CLAUSE)),
    ("noting", cue("note", Ing, NOUN | CLAUSE)),
    ("observe", cue("observe", Base, PLAIN)),
    ("observed", cue("observe", Past, PLAIN)),
    ("observes", cue("observe", Third, PLAIN)),
    ("observing", cue("observe", Ing, PLAIN)),
    ("offered", cue("offer", Past, STANCE)),
    ("offering", cue("offer", Ing, STANCE)),
    ("open", cue("open", Base, STANCE)),
    ("opened", cue("open", Past, STANCE)),
    ("opening", cue("open", Ing, STANCE)),
    ("opens", cue("open", Third, STANCE)),
    ("oppose", cue("oppose", Base, STANCE)),
    ("opposed", cue("oppose", Past, STANCE)),
    ("opposes", cue("oppose", Third, STANCE)),
    ("opposing", cue("oppose", Ing, STANCE)),
    ("ordered", cue("order", Past, STANCE)),
    ("ordering", cue("order", Ing, STANCE)),
    ("plan", cue("plan", Base, THAT | NOUN)),
    ("planned", cue("plan", Past, THAT)),
    ("planning", cue("plan", Ing, THAT)),
    ("plans", cue("plan", Third, THAT | NOUN)),
    ("pledge", cue("pledge", Base, STANCE)),
    ("pledged", cue("pledge", Past, STANCE)),
    ("pledges", cue("pledge", Third, STANCE)),
    ("pledging", cue("pledge", Ing, STANCE)),
    ("point", cue("point", Base, STANCE | NOUN)),
    ("pointed", cue("point", Past, STANCE)),
    ("pointing", cue("point", Ing, STANCE)),
    ("points", cue("point", Third, STANCE | NOUN)),
    ("ponder", cue("ponder", Base, STANCE)),
    ("pondered", cue("ponder", Past, STANCE)),
    ("pondering", cue("ponder", Ing, STANCE)),
    ("ponders", cue("ponder", Third, STANCE)),
    ("portray", cue("portray", Base, STANCE)),
    ("portrayed", cue("portray", Past, STANCE)),
    ("portraying", cue("portray", Ing, STANCE)),
    ("portrays", cue("portray", Third, STANCE)),
    ("posted", cue("post", Past, CLAUSE)),
    ("posting", cue("post", Ing, CLAUSE)),
    ("praise", cue("praise", Base, STANCE)),
    ("praised", cue("praise", Past, STANCE)),
    ("praises", cue("praise", Third, STANCE)),
    ("praising", cue("praise", Ing, STANCE)),
    ("predict", cue("predict", Base, PLAIN)),
    ("predicted", cue("predict", Past, PLAIN)),
    ("predicting", cue("predict", Ing, PLAIN)),
    ("predicts", cue("predict", Third, PLAIN)),
    ("prefer", cue("prefer", Base, STANCE)),
    ("preferred", cue("prefer", Past, STANCE)),
    ("preferring", cue("prefer", Ing, STANCE)),
    ("prefers", cue("prefer", Third, STANCE)),
    ("promise", cue("promise", Base, THAT)),
    ("promised", cue("promise", Past, THAT)),
    ("promises", cue("promise", Third, THAT)),
    ("promising", cue("promise", Ing, THAT)),
    ("propose", cue("propose", Base, STANCE)),
    ("proposed", cue("propose", Past, STANCE)),
    ("proposes", cue("propose", Third, STANCE)),
    ("proposing", cue("propose", Ing, STANCE)),
    ("push", cue("push", Base, STANCE)),
    ("pushed", cue("push", Past, STANCE)),
    ("pushes", cue("push", Third, STANCE)),
    ("pushing", cue("push", Ing, STANCE)),
    ("put", cue("put", Past, FRAME)),
    ("puts", cue("put", Third, FRAME)),
    ("question", cue("question", Base, STANCE)),
    ("questioned", cue("question", Past, STANCE)),
    ("questioning", cue("question", Ing, STANCE)),
    ("questions", cue("question", Third, STANCE)),
    ("quip", cue("quip", Base, NOUN)),
    ("quipped", cue("quip", Past, NOUN)),
    ("quipping", cue("quip", Ing, NOUN)),
    ("quips", cue("quip", Third, NOUN)),
    ("rail", cue("rail", Base, STANCE | NOUN)),
    ("railed", cue("rail", Past, STANCE)),
    ("railing", cue("rail", Ing, STANCE)),
    ("rails", cue("rail", Third, STANCE | NOUN)),
    ("raise", cue("raise", Base, STANCE)),
    ("raised", cue("raise", Past, STANCE)),
    ("raises", cue("raise", Third, STANCE)),
    ("raising", cue("raise", Ing, STANCE)),
    ("reaffirm", cue("reaffirm", Base, PLAIN)),
    ("reaffirmed", cue("reaffirm", Past, PLAIN)),
    ("reaffirming", cue("reaffirm", Ing, PLAIN)),
    ("reaffirms", cue("reaffirm", Third, PLAIN)),
    ("rebuke", cue("rebuke", Base, STANCE)),
    ("rebuked", cue("rebuke", Past, STANCE)),
    ("rebukes", cue("rebuke", Third, STANCE)),
    ("rebuking", cue("rebuke", Ing, STANCE)),
    ("recall", cue("recall", Base, NOUN)),
    ("recalled", cue("recall", Past, NOUN)),
    ("recalling", cue("recall", Ing, NOUN)),
    ("recalls", cue("recall", Third, NOUN)),
    ("recognize", cue("recognize", Base, STANCE)),
    ("recognized", cue("recognize", Past, STANCE)),
    ("recognizes", cue("recognize", Third, STANCE)),
    ("recognizing", cue("recognize", Ing, STANCE)),
    ("recommend", cue("recommend", Base, STANCE)),
    ("recommended", cue("recommend", Past, STANCE)),
    ("recommending", cue("recommend", Ing, STANCE)),
    ("recommends", cue("recommend", Third, STANCE)),
    ("recount", cue("recount", Base, CLAUSE)),
    ("recounted", cue("recount", Past, CLAUSE)),
    ("recounting", cue("recount", Ing, CLAUSE)),
    ("recounts", cue("recount", Third, CLAUSE)),
    ("refer", cue("refer", Base, STANCE)),
    ("referred", cue("refer", Past, STANCE)),
    ("referring", cue("refer", Ing, STANCE)),
    ("refers", cue("refer", Third, STANCE)),
    ("refuse", cue("refuse", Base, STANCE)),
    ("refused", cue("refuse", Past, STANCE)),
    ("refuses", cue("refuse", Third, STANCE)),
    ("refusing", cue("refuse", Ing, STANCE)),
    ("regard", cue("regard", Base, STANCE)),
    ("regarded", cue("regard", Past, STANCE)),
    ("regarding", cue("regard", Ing, STANCE)),
    ("regards", cue("regard", Third, STANCE)),
    ("regret", cue("regret", Base, STANCE)),
    ("regrets", cue("regret", Third, STANCE)),
    ("regretted", cue("regret", Past, STANCE)),
    ("regretting", cue("regret", Ing, STANCE)),
    ("reiterate", cue("reiterate", Base, PLAIN)),
    ("reiterated", cue("reiterate", Past, PLAIN)),
    ("reiterates", cue("reiterate", Third, PLAIN)),
    ("reiterating", cue("reiterate", Ing, PLAIN)),
    ("reject", cue("reject", Base, STANCE)),
    ("rejected", cue("reject", Past, STANCE)),
    ("rejecting", cue("reject", Ing, STANCE)),
    ("rejects", cue("reject", Third, STANCE)),
    ("remarked", cue("remark", Past, NOUN)),
    ("remarking", cue("remark", Ing, NOUN)),
    ("remember", cue("remember", Base, STANCE)),
    ("remembered", cue("remember", Past, STANCE)),
    ("remembering", cue("remember", Ing, STANCE)),
    ("remembers", cue("remember", Third, STANCE)),
    ("remind", cue("remind", Base, OBJECT)),
    ("reminded", cue("remind", Past, OBJECT)),
    ("reminding", cue("remind", Ing, OBJECT)),
    ("reminds", cue("remind", Third, OBJECT)),
    ("repeat", cue("repeat", Base, THAT)),
    ("repeated", cue("repeat", Past, THAT)),
    ("repeating", cue("repeat", Ing, THAT)),
    ("repeats", cue("repeat", Third, THAT)),
    ("replied", cue("reply", Past, NOUN)),
    ("replies", cue("reply", Third, NOUN)),
    ("reply", cue("reply", Base, NOUN)),
    ("replying", cue("reply", Ing, NOUN)),
    ("report", cue("report", Base, NOUN)),
    ("reported", cue("report", Past, NOUN)),
    ("reporting", cue("report", Ing, NOUN)),
    ("reports", cue("report", Third, NOUN)),
    ("request", cue("request", Base, STANCE)),
    ("requested", cue("request", Past, STANCE)),
    ("requesting", cue("request", Ing, STANCE)),
    ("requests", cue("request", Third, STANCE)),
    ("responded", cue("respond", Past, PLAIN)),
    ("responding", cue("respond", Ing, PLAIN)),
    ("responds", cue("respond", Third, PLAIN)),
    ("retort", cue("retort", Base, CLAUSE | FRAME)),
    ("retorted", cue("retort", Past, CLAUSE | FRAME)),
    ("retorting", cue("retort", Ing, CLAUSE | FRAME)),
    ("retorts", cue("retort", Third, CLAUSE | FRAME)),
    ("reveal", cue("reveal", Base, PLAIN)),
    ("revealed", cue("reveal", Past, PLAIN)),
    ("revealing", cue("reveal", Ing, PLAIN)),
    ("reveals", cue("reveal", Third, PLAIN)),
    ("ridicule", cue("ridicule", Base, STANCE)),
    ("ridiculed", cue("ridicule", Past, STANCE)),
    ("ridicules", cue("ridicule", Third, STANCE)),
    ("ridiculing", cue("ridicule", Ing, STANCE)),
    ("said", cue("say", Past, PLAIN)),
    ("say", cue("say", Base, PLAIN)),
    ("saying", cue("say", Ing, PLAIN)),
    ("says", cue("say", Third, PLAIN)),
    ("scoff", cue("scoff", Base, CLAUSE | FRAME)),
    ("scoffed", cue("scoff", Past, CLAUSE | FRAME)),
    ("scoffing", cue("scoff", Ing, CLAUSE | FRAME)),
    ("scoffs", cue("scoff", Third, CLAUSE | FRAME)),
    ("see", cue("see", Base, STANCE)),
    ("seeing", cue("see", Ing, STANCE)),
    ("seek", cue("seek", Base, STANCE)),
    ("seeking", cue("seek", Ing, STANCE)),
    ("seeks", cue("seek", Third, STANCE)),
    ("seemed", cue("seem", Past, STANCE | RAISE)),
    ("seems", cue("seem", Third, STANCE | RAISE)),
    ("sees", cue("see", Third, STANCE)),
    ("show", cue("show", Base, THAT)),
    ("showed", cue("show", Past, THAT)),
    ("showing", cue("show", Ing, THAT)),
    ("shows", cue("show", Third, THAT)),
    ("shrugged", cue("shrug", Past, STANCE)),
    ("shrugging", cue("shrug", Ing, STANCE)),
    ("sided", cue("side", Past, STANCE)),
    ("siding", cue("side", Ing, STANCE)),
    ("sighed", cue("sigh", Past, CLAUSE | FRAME)),
    ("sighing", cue("sigh", Ing, CLAUSE | FRAME)),
    ("signal", cue("signal", Base, STANCE)),
    ("signaled", cue("signal", Past, STANCE)),
    ("signaling", cue("signal", Ing, STANCE)),
    ("signals", cue("signal", Third, STANCE)),
    ("slam", cue("slam", Base, STANCE)),
    ("slammed", cue("slam", Past, STANCE)),
    ("slamming", cue("slam", Ing, STANCE)),
    ("slams", cue("slam", Third, STANCE)),
    ("sought", cue("seek", Past, STANCE)),
    ("speak", cue("speak", Base, STANCE)),
    ("speaking", cue("speak", Ing, STANCE)),
    ("speaks", cue("speak", Third, STANCE)),
    ("speculate", cue("speculate", Base, PLAIN)),
    ("speculated", cue("speculate", Past, PLAIN)),
    ("speculates", cue("speculate", Third, PLAIN)),
    ("speculating", cue("speculate", Ing, PLAIN)),
    ("spell", cue("spell", Base, STANCE)),
    ("spelled", cue("spell", Past, STANCE)),
    ("spelling", cue("spell", Ing, STANCE)),
    ("spells", cue("spell", Third, STANCE)),
    ("spelt", cue("spell", Past, STANCE)),
    ("spoke", cue("speak", Past, STANCE)),
    ("state", cue("state", Base, THAT)),
    ("stated", cue("state", Past, THAT)),
    ("stating", cue("state", Ing, THAT)),
    ("stress", cue("stress", Base, NOUN)),
    ("stressed", cue("stress", Past, NOUN)),
    ("stresses", cue("stress", Third, NOUN)),
    ("stressing", cue("stress", Ing, NOUN)),
    ("suggest", cue("suggest", Base, PLAIN)),
    ("suggested", cue("suggest", Past, PLAIN)),
    ("suggesting", cue("suggest", Ing, PLAIN)),
    ("suggests", cue("suggest", Third, PLAIN)),
    ("support", cue("support", Base, STANCE)),
    ("supported", cue("support", Past, STANCE)),
    ("supporting", cue("support", Ing, STANCE)),
    ("supports", cue("support", Third, STANCE)),
    ("take", cue("take", Base, STANCE)),
    ("taken", cue("take", Past, STANCE)),
    ("takes", cue("take", Third, STANCE)),
    ("taking", cue("take", Ing, STANCE)),
    ("talk", cue("talk", Base, STANCE | NOUN)),
    ("talked", cue("talk", Past, STANCE)),
    ("talking", cue("talk", Ing, STANCE)),
    ("talks", cue("talk", Third, STANCE | NOUN)),
    ("tell", cue("tell", Base, OBJECT)),
    ("telling", cue("tell", Ing, OBJECT)),
    ("tells", cue("tell", Third, OBJECT)),
    ("testified", cue("testify", Past, PLAIN)),
    ("testifies", cue("testify", Third, PLAIN)),
    ("testify", cue("testify", Base, PLAIN)),
    ("testifying", cue("testify", Ing, PLAIN)),
    ("texted", cue("text", Past, CLAUSE)),
    ("texting", cue("text", Ing, CLAUSE)),
    ("thank", cue("thank", Base, STANCE)),
    ("thanked", cue("thank", Past, STANCE)),
    ("thanking", cue("thank", Ing, STANCE)),
    ("thanks", cue("thank", Third, STANCE)),
    ("think", cue("think", Base, THAT)),
    ("thinking", cue("think", Ing, THAT)),
    ("thinks", cue("think", Third, THAT)),
    ("thought", cue("think", Past, THAT)),
    ("threaten", cue("threaten", Base, THAT)),
    ("threatened", cue("threaten", Past, THAT)),
    ("threatening", cue("threaten", Ing, THAT)),
    ("threatens", cue("threaten", Third, THAT)),
    ("told", cue("tell", Past, OBJECT)),
    ("took", cue("take", Past, STANCE)),
    ("tout", cue("tout", Base, STANCE)),
    ("touted", cue("tout", Past, STANCE)),
    ("touting", cue("tout", Ing, STANCE)),
    ("touts", cue("tout", Third, STANCE)),
    ("tweet", cue("tweet", Base, NOUN)),
    ("tweeted", cue("tweet", Past, NOUN)),
    ("tweeting", cue("tweet", Ing, NOUN)),
    ("tweets", cue("tweet", Third, NOUN)),
    ("understand", cue("understand", Base, THAT)),
    ("understanding", cue("understand", Ing, THAT)),
    ("understands", cue("understand", Third, THAT)),
    ("understood", cue("understand", Past, THAT)),
    ("urge", cue("urge", Base, OBJECT)),
    ("urged", cue("urge", Past, OBJECT)),
    ("urges", cue("urge", Third, OBJECT)),
    ("urging", cue("urge", Ing, OBJECT)),
    ("view", cue("view", Base, STANCE)),
    ("viewed", cue("view", Past, STANCE)),
    ("viewing", cue("view", Ing, STANCE)),
    ("views", cue("view", Third, STANCE)),
    ("voted", cue("vote", Past, STANCE)),
    ("voting", cue("vote", Ing, STANCE)),
    ("vow", cue("vow", Base, PLAIN)),
    ("vowed", cue("vow", Past, PLAIN)),
    ("vowing", cue("vow", Ing, PLAIN)),
    ("vows", cue("vow", Third, PLAIN)),
    ("walk", cue("walk", Base, STANCE)),
    ("walked", cue("walk", Past, STANCE)),
    ("walking", cue("walk", Ing, STANCE)),
    ("walks", cue("walk", Third, STANCE)),
    ("want", cue("want", Base, STANCE)),
    ("wanted", cue("want", Past, STANCE)),
    ("wanting", cue("want", Ing, STANCE)),
    ("wants", cue("want", Third, STANCE)),
    ("warn", cue("warn", Base, OBJECT)),
    ("warned", cue("warn", Past, OBJECT)),
    ("warning", cue("warn", Ing, OBJECT)),
    ("warns", cue("warn", Third, OBJECT)),
    ("weigh", cue("weigh", Base, STANCE)),
    ("weighed", cue("weigh", Past, STANCE)),
    ("weighing", cue("weigh", Ing, STANCE)),
    ("weighs", cue("weigh", Third, STANCE)),
    ("welcome", cue("welcome", Base, STANCE)),
    ("welcomed", cue("welcome", Past, STANCE)),
    ("welcomes", cue("welcome", Third, STANCE)),
    ("welcoming", cue("welcome", Ing, STANCE)),
    ("went", cue("go", Past, STANCE)),
    ("wished", cue("wish", Past, STANCE)),
    ("wishing", cue("wish", Ing, STANCE)),
    ("wonder", cue("wonder", Base, NOUN)),
    ("wondered", cue("wonder", Past, NOUN)),
    ("wondering", cue("wonder", Ing, NOUN)),
    ("wonders", cue("wonder", Third, NOUN)),
    ("worried", cue("worry", Past, STANCE)),
    ("worries", cue("worry", Third, STANCE)),
    ("worry", cue("worry", Base, STANCE)),
    ("worrying", cue("worry", Ing, STANCE)),
    ("write", cue("write", Base, PLAIN)),
    ("writes", cue("write", Third, PLAIN)),
    ("writing", cue("write", Ing, PLAIN)),
    ("wrote", cue("write", Past, PLAIN)),
];

/// The cue of a word (any case), if it is one.
///
/// ```
/// use newswire::attribution::cue::{lookup, Form};
/// assert_eq!(lookup("Told").map(|c| (c.lemma, c.form)), Some(("tell", Form::Past)));
/// assert!(lookup("table").is_none());
/// ```
#[inline]
pub fn lookup(word: &str) -> Option<Cue> {
    row_of(word.as_bytes()).map(|i| CUES[i].1)
}

/// The row of [`CUES`] of a word given as bytes (any case), if it is a cue form.
#[inline]
pub(crate) fn row_of(b: &[u8]) -> Option<usize> {
    if !may_be_form(b) {
        return None;
    }
    form_of(b)
}

/// [`row_of`] of a word that [`rule_opening`] lets through as a cue form: its opening is
/// not tested again.
#[inline]
pub(crate) fn row_of_opened(b: &[u8]) -> Option<usize> {
    let n = b.len();
    if !(MIN_FORM..=MAX_FORM).contains(&n)
        || TAILS[pair(b[n - 2], b[n - 1])] >> n & 1 == 0
        || SECONDS[pair(b[1], b[2])] >> n & 1 == 0
    {
        return None;
    }
    form_of(b)
}

/// The row of [`CUES`] of the bytes of a word that [`may_be_form`]: one hash probe.
/// (Apart, so that the cheap refusal inlines where words are scanned.)
#[inline(never)]
fn form_of(b: &[u8]) -> Option<usize> {
    let n = b.len();
    // (A word of three to fourteen bytes: `may_be_form` tested its length.)
    let (head, tail) = if n > 8 {
        (b.get(..8)?, b.get(n - 8..)?)
    } else {
        (b, &[][..])
    };
    let key = (lower8(load(head)), lower8(load(tail)), n);
    let mut at = slot_of(key);
    loop {
        let row = usize::from(FORM_SLOTS[at]).checked_sub(1)?;
        // Forms are ASCII lower case, so a word with other bytes never matches.
        if FORM_KEYS[row] == key {
            return Some(row);
        }
        at = (at + 1) % FORM_SLOTS.len();
    }
}

/// Whether `b` may be a cue form (any ASCII case), by its length and three pairs of its
/// bytes (its first two, its last two, its second and third): three table tests that
/// refuse nine words in ten of running text, before any hashing. Every form passes.
#[inline]
pub(crate) fn may_be_form(b: &[u8]) -> bool {
    let n = b.len();
    if !(MIN_FORM..=MAX_FORM).contains(&n) {
        return false;
    }
    HEADS[pair(b[0], b[1])] >> n & 1 == 1
        && TAILS[pair(b[n - 2], b[n - 1])] >> n & 1 == 1
        && SECONDS[pair(b[1], b[2])] >> n & 1 == 1
}

/// What a word may start (any ASCII case), by its length, its first two bytes and its
/// last, from one test of [`OPENINGS`]: zero for a word that is no cue form, not
/// `according` and no noun of [`super::clause::STANCE_NOUNS`] (most words of running text:
/// the last byte refuses nearly two in three of the words that the first two let through,
/// `have`, `campaign`, `their`); else [`OPENS_RULE`], with [`OPENS_NOUN`] when it may be
/// such a noun. Every form, `according` and every noun pass.
#[inline]
pub(crate) fn rule_opening(b: &[u8]) -> u32 {
    let n = b.len();
    if !(MIN_FORM..=MAX_FORM).contains(&n) {
        return 0;
    }
    let m = u32::from(OPENINGS[triple(b[0], b[1], b[n - 1])]);
    if m >> n & 1 == 0 {
        return 0;
    }
    OPENS_RULE | m & OPENS_NOUN
}

/// The bit of [`rule_opening`] for a word that may be a cue form, `according` or a noun of
/// [`super::clause::STANCE_NOUNS`].
pub(crate) const OPENS_RULE: u32 = 1;

/// The bit of [`rule_opening`] for a word that may be a noun of
/// [`super::clause::STANCE_NOUNS`].
pub(crate) const OPENS_NOUN: u32 = 1 << 15;

/// For each [`triple`] of first two bytes and last byte, the lengths of the cue forms,
/// `according` (the cue phrase `according to`) and the nouns of
/// [`super::clause::STANCE_NOUNS`] with them, as bits 3 to 14, and bit 15 ([`OPENS_NOUN`])
/// if a noun has them. (One table and one bit, so that a word of running text is refused
/// with one load and one test.)
static OPENINGS: [u16; 1 << 15] = {
    assert!(MAX_FORM < 15 && MIN_FORM >= 1);
    let mut m = [0u16; 1 << 15];
    let mut i = 0;
    while i < CUES.len() {
        let f = CUES[i].0.as_bytes();
        m[triple(f[0], f[1], f[f.len() - 1])] |= 1 << f.len();
        i += 1;
    }
    m[triple(b'a', b'c', b'g')] |= 1 << "according".len();
    let mut i = 0;
    while i < super::clause::STANCE_NOUNS.len() {
        let w = super::clause::STANCE_NOUNS[i].0.as_bytes();
        assert!(w.len() >= MIN_FORM && w.len() <= MAX_FORM);
        m[triple(w[0], w[1], w[w.len() - 1])] |= 1 << w.len() | OPENS_NOUN as u16;
        i += 1;
    }
    m
};

/// The index of the first two bytes and the last byte of a word in [`OPENINGS`]: the low
/// five bits of each, as [`pair`] takes them.
#[inline]
const fn triple(x: u8, y: u8, z: u8) -> usize {
    pair(x, y) << 5 | (z & 31) as usize
}

/// The index of a pair of bytes in [`HEADS`], [`TAILS`] and [`SECONDS`]: the low five bits
/// of each, which are the same for an ASCII letter in either case (other bytes share them
/// with some letter, and are refused by the hash probe).
#[inline]
pub(crate) const fn pair(x: u8, y: u8) -> usize {
    ((x & 31) as usize) << 5 | (y & 31) as usize
}

/// For each [`pair`] of bytes at `at` and `at + 1` of a form (`at` counted from its start,
/// or from its end when negative), the set of lengths of the forms with it there.
const fn pair_lengths(at: isize) -> [u16; 1024] {
    let mut m = [0u16; 1024];
    let mut i = 0;
    while i < CUES.len() {
        let f = CUES[i].0.as_bytes();
        assert!(f.len() >= MIN_FORM && f.len() <= MAX_FORM);
        let j = if at < 0 {
            (f.len() as isize + at) as usize
        } else {
            at as usize
        };
        m[pair(f[j], f[j + 1])] |= 1 << f.len();
        i += 1;
    }
    m
}

/// [`pair_lengths`] of the forms' first two bytes.
static HEADS: [u16; 1024] = pair_lengths(0);

/// [`pair_lengths`] of the forms' last two bytes.
static TAILS: [u16; 1024] = pair_lengths(-2);

/// [`pair_lengths`] of the forms' second and third bytes.
static SECONDS: [u16; 1024] = pair_lengths(1);

/// The shortest and the longest cue forms looked up.
const MIN_FORM: usize = 3;
const MAX_FORM: usize = 14;

/// A word of up to sixteen bytes as the key of [`FORM_SLOTS`]: its first eight bytes and
/// its last eight (none for a word of eight or less) in ASCII lower case, packed as
/// [`crate::lexicon::Key`] packs them, and its length. Two words of one key are the same
/// in any ASCII case.
type FormKey = (u64, u64, usize);

/// [`FormKey`] of a form, for the compiler.
const fn form_key(f: &[u8]) -> FormKey {
    let n = f.len();
    if n > 8 {
        let (head, _) = f.split_at(8);
        let (_, tail) = f.split_at(n - 8);
        (key_const(head)[0], key_const(tail)[0], n)
    } else {
        (key_const(f)[0], 0, n)
    }
}

/// The slot of [`FORM_SLOTS`] where the search for a key starts.
#[inline]
const fn slot_of((head, tail, n): FormKey) -> usize {
    let h = (head ^ tail.rotate_left(32) ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (64 - FORM_SLOT_BITS)) as usize
}

/// The size of [`FORM_SLOTS`], as a power of two: over three times the forms, so that most
/// searches for other words end at their first slot.
const FORM_SLOT_BITS: u32 = 12;

/// [`FormKey`] of each form of [`CUES`], in its order.
static FORM_KEYS: [FormKey; CUES.len()] = {
    let mut keys = [(0, 0, 0); CUES.len()];
    let mut i = 0;
    while i < CUES.len() {
        keys[i] = form_key(CUES[i].0.as_bytes());
        i += 1;
    }
    keys
};

/// The forms of [`CUES`] in an open-addressing hash table of their [`FormKey`]s: a slot
/// holds a form's row plus one, or zero. The forms are distinct, so each has its slot.
static FORM_SLOTS: [u16; 1 << FORM_SLOT_BITS] = {
    assert!(CUES.len() * 3 < 1 << FORM_SLOT_BITS && CUES.len() < u16::MAX as usize);
    let mut slots = [0u16; 1 << FORM_SLOT_BITS];
    let mut i = 0;
    while i < CUES.len() {
        let mut at = slot_of(form_key(CUES[i].0.as_bytes()));
        while slots[at] != 0 {
            at = (at + 1) % slots.len();
        }
        slots[at] = i as u16 + 1;
        i += 1;
    }
    slots
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(CUES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn every_form_is_found_and_no_other() {
        for (form, cue) in CUES {
            assert!(form.bytes().all(|b| b.is_ascii_lowercase()), "{form}");
            assert_eq!(lookup(form), Some(*cue), "{form}");
            assert_eq!(lookup(&form.to_ascii_uppercase()), Some(*cue), "{form}");
        }
        for w in [
            "", "sa", "sai", "saidx", "sáid", "said.", "table", "the", "Stated",
        ] {
            let want = CUES
                .iter()
                .find(|(f, _)| f.eq_ignore_ascii_case(w))
                .map(|c| c.1);
            assert_eq!(lookup(w), want, "{w}");
        }
    }

    #[test]
    fn rule_openings_pass_every_form_and_according() {
        for (i, (form, _)) in CUES.iter().enumerate() {
            for w in [form.to_string(), form.to_ascii_uppercase()] {
                assert_ne!(rule_opening(w.as_bytes()) & OPENS_RULE, 0, "{w}");
                assert_eq!(row_of_opened(w.as_bytes()), Some(i), "{w}");
            }
        }
        assert_ne!(rule_opening(b"According") & OPENS_RULE, 0);
        assert_eq!(row_of_opened(b"according"), None);
        assert_eq!(rule_opening(b"the"), 0);
        assert_eq!(rule_opening(b""), 0);
        assert_eq!(rule_opening(b"a"), 0);
    }

    #[test]
    fn rule_openings_pass_every_stance_noun() {
        for (w, _) in super::super::clause::STANCE_NOUNS {
            for w in [w.to_string(), w.to_ascii_uppercase()] {
                assert_ne!(rule_opening(w.as_bytes()) & OPENS_NOUN, 0, "{w}");
            }
        }
    }

    #[test]
    fn inflections_found() {
        for w in ["say", "says", "said", "saying", "wrote", "denied", "urges"] {
            assert!(lookup(w).is_some(), "{w}");
        }
        assert!(lookup("told").unwrap().object);
        assert!(lookup("found").unwrap().needs_that);
        assert!(lookup("reports").unwrap().noun_like);
    }
}
