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
//!   count as cues only after a subject.

/// The grammatical form of a cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `say`.
    Base,
    /// `says`.
    Third,
    /// `said`, `written`.
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
}

const PLAIN: u8 = 0;
const OBJECT: u8 = 1;
const THAT: u8 = 2;
const NOUN: u8 = 4;

use Form::{Base, Ing, Past, Third};

/// A table entry.
const fn cue(lemma: &'static str, form: Form, flags: u8) -> Cue {
    Cue {
        lemma,
        form,
        object: flags & OBJECT != 0,
        needs_that: flags & THAT != 0,
        noun_like: flags & NOUN != 0,
    }
}

/// Every cue word form, sorted by form.
#[rustfmt::skip]
pub const CUES: &[(&str, Cue)] = &[
    ("accuse", cue("accuse", Base, THAT)),
    ("accused", cue("accuse", Past, THAT)),
    ("accuses", cue("accuse", Third, THAT)),
    ("accusing", cue("accuse", Ing, THAT)),
    ("acknowledge", cue("acknowledge", Base, PLAIN)),
    ("acknowledged", cue("acknowledge", Past, PLAIN)),
    ("acknowledges", cue("acknowledge", Third, PLAIN)),
    ("acknowledging", cue("acknowledge", Ing, PLAIN)),
    ("add", cue("add", Base, PLAIN)),
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
    ("argue", cue("argue", Base, PLAIN)),
    ("argued", cue("argue", Past, PLAIN)),
    ("argues", cue("argue", Third, PLAIN)),
    ("arguing", cue("argue", Ing, PLAIN)),
    ("ask", cue("ask", Base, OBJECT)),
    ("asked", cue("ask", Past, OBJECT)),
    ("asking", cue("ask", Ing, OBJECT)),
    ("asks", cue("ask", Third, OBJECT)),
    ("assert", cue("assert", Base, PLAIN)),
    ("asserted", cue("assert", Past, PLAIN)),
    ("asserting", cue("assert", Ing, PLAIN)),
    ("asserts", cue("assert", Third, PLAIN)),
    ("assure", cue("assure", Base, OBJECT)),
    ("assured", cue("assure", Past, OBJECT)),
    ("assures", cue("assure", Third, OBJECT)),
    ("assuring", cue("assure", Ing, OBJECT)),
    ("believe", cue("believe", Base, THAT)),
    ("believed", cue("believe", Past, THAT)),
    ("believes", cue("believe", Third, THAT)),
    ("believing", cue("believe", Ing, THAT)),
    ("boast", cue("boast", Base, NOUN)),
    ("boasted", cue("boast", Past, NOUN)),
    ("boasting", cue("boast", Ing, NOUN)),
    ("boasts", cue("boast", Third, NOUN)),
    ("caution", cue("caution", Base, NOUN)),
    ("cautioned", cue("caution", Past, NOUN)),
    ("cautioning", cue("caution", Ing, NOUN)),
    ("cautions", cue("caution", Third, NOUN)),
    ("charge", cue("charge", Base, THAT)),
    ("charged", cue("charge", Past, THAT)),
    ("charges", cue("charge", Third, THAT)),
    ("charging", cue("charge", Ing, THAT)),
    ("claim", cue("claim", Base, NOUN)),
    ("claimed", cue("claim", Past, NOUN)),
    ("claiming", cue("claim", Ing, NOUN)),
    ("claims", cue("claim", Third, NOUN)),
    ("comment", cue("comment", Base, NOUN)),
    ("commented", cue("comment", Past, NOUN)),
    ("commenting", cue("comment", Ing, NOUN)),
    ("comments", cue("comment", Third, NOUN)),
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
    ("confirm", cue("confirm", Base, PLAIN)),
    ("confirmed", cue("confirm", Past, PLAIN)),
    ("confirming", cue("confirm", Ing, PLAIN)),
    ("confirms", cue("confirm", Third, PLAIN)),
    ("contend", cue("contend", Base, PLAIN)),
    ("contended", cue("contend", Past, PLAIN)),
    ("contending", cue("contend", Ing, PLAIN)),
    ("contends", cue("contend", Third, PLAIN)),
    ("continue", cue("continue", Base, THAT)),
    ("continued", cue("continue", Past, THAT)),
    ("continues", cue("continue", Third, THAT)),
    ("continuing", cue("continue", Ing, THAT)),
    ("counter", cue("counter", Base, NOUN)),
    ("countered", cue("counter", Past, NOUN)),
    ("countering", cue("counter", Ing, NOUN)),
    ("counters", cue("counter", Third, NOUN)),
    ("declare", cue("declare", Base, PLAIN)),
    ("declared", cue("declare", Past, PLAIN)),
    ("declares", cue("declare", Third, PLAIN)),
    ("declaring", cue("declare", Ing, PLAIN)),
    ("denied", cue("deny", Past, PLAIN)),
    ("denies", cue("deny", Third, PLAIN)),
    ("deny", cue("deny", Base, PLAIN)),
    ("denying", cue("deny", Ing, PLAIN)),
    ("disclose", cue("disclose", Base, PLAIN)),
    ("disclosed", cue("disclose", Past, PLAIN)),
    ("discloses", cue("disclose", Third, PLAIN)),
    ("disclosing", cue("disclose", Ing, PLAIN)),
    ("emphasise", cue("emphasise", Base, PLAIN)),
    ("emphasised", cue("emphasise", Past, PLAIN)),
    ("emphasises", cue("emphasise", Third, PLAIN)),
    ("emphasising", cue("emphasise", Ing, PLAIN)),
    ("emphasize", cue("emphasize", Base, PLAIN)),
    ("emphasized", cue("emphasize", Past, PLAIN)),
    ("emphasizes", cue("emphasize", Third, PLAIN)),
    ("emphasizing", cue("emphasize", Ing, PLAIN)),
    ("estimate", cue("estimate", Base, THAT)),
    ("estimated", cue("estimate", Past, THAT)),
    ("estimates", cue("estimate", Third, THAT)),
    ("estimating", cue("estimate", Ing, THAT)),
    ("explain", cue("explain", Base, PLAIN)),
    ("explained", cue("explain", Past, PLAIN)),
    ("explaining", cue("explain", Ing, PLAIN)),
    ("explains", cue("explain", Third, PLAIN)),
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
    ("found", cue("find", Past, THAT)),
    ("hope", cue("hope", Base, THAT)),
    ("hoped", cue("hope", Past, THAT)),
    ("hopes", cue("hope", Third, THAT)),
    ("hoping", cue("hope", Ing, THAT)),
    ("indicate", cue("indicate", Base, PLAIN)),
    ("indicated", cue("indicate", Past, PLAIN)),
    ("indicates", cue("indicate", Third, PLAIN)),
    ("indicating", cue("indicate", Ing, PLAIN)),
    ("inform", cue("inform", Base, OBJECT)),
    ("informed", cue("inform", Past, OBJECT)),
    ("informing", cue("inform", Ing, OBJECT)),
    ("informs", cue("inform", Third, OBJECT)),
    ("insist", cue("insist", Base, PLAIN)),
    ("insisted", cue("insist", Past, PLAIN)),
    ("insisting", cue("insist", Ing, PLAIN)),
    ("insists", cue("insist", Third, PLAIN)),
    ("joke", cue("joke", Base, NOUN)),
    ("joked", cue("joke", Past, NOUN)),
    ("jokes", cue("joke", Third, NOUN)),
    ("joking", cue("joke", Ing, NOUN)),
    ("lament", cue("lament", Base, NOUN)),
    ("lamented", cue("lament", Past, NOUN)),
    ("lamenting", cue("lament", Ing, NOUN)),
    ("laments", cue("lament", Third, NOUN)),
    ("maintain", cue("maintain", Base, THAT)),
    ("maintained", cue("maintain", Past, THAT)),
    ("maintaining", cue("maintain", Ing, THAT)),
    ("maintains", cue("maintain", Third, THAT)),
    ("mention", cue("mention", Base, THAT)),
    ("mentioned", cue("mention", Past, THAT)),
    ("mentioning", cue("mention", Ing, THAT)),
    ("mentions", cue("mention", Third, THAT)),
    ("note", cue("note", Base, NOUN)),
    ("noted", cue("note", Past, NOUN)),
    ("notes", cue("note", Third, NOUN)),
    ("noting", cue("note", Ing, NOUN)),
    ("observe", cue("observe", Base, PLAIN)),
    ("observed", cue("observe", Past, PLAIN)),
    ("observes", cue("observe", Third, PLAIN)),
    ("observing", cue("observe", Ing, PLAIN)),
    ("pledge", cue("pledge", Base, NOUN)),
    ("pledged", cue("pledge", Past, NOUN)),
    ("pledges", cue("pledge", Third, NOUN)),
    ("pledging", cue("pledge", Ing, NOUN)),
    ("point", cue("point", Base, THAT)),
    ("pointed", cue("point", Past, THAT)),
    ("pointing", cue("point", Ing, THAT)),
    ("points", cue("point", Third, THAT)),
    ("predict", cue("predict", Base, PLAIN)),
    ("predicted", cue("predict", Past, PLAIN)),
    ("predicting", cue("predict", Ing, PLAIN)),
    ("predicts", cue("predict", Third, PLAIN)),
    ("promise", cue("promise", Base, THAT)),
    ("promised", cue("promise", Past, THAT)),
    ("promises", cue("promise", Third, THAT)),
    ("promising", cue("promise", Ing, THAT)),
    ("propose", cue("propose", Base, THAT)),
    ("proposed", cue("propose", Past, THAT)),
    ("proposes", cue("propose", Third, THAT)),
    ("proposing", cue("propose", Ing, THAT)),
    ("quip", cue("quip", Base, NOUN)),
    ("quipped", cue("quip", Past, NOUN)),
    ("quipping", cue("quip", Ing, NOUN)),
    ("quips", cue("quip", Third, NOUN)),
    ("recall", cue("recall", Base, NOUN)),
    ("recalled", cue("recall", Past, NOUN)),
    ("recalling", cue("recall", Ing, NOUN)),
    ("recalls", cue("recall", Third, NOUN)),
    ("reiterate", cue("reiterate", Base, PLAIN)),
    ("reiterated", cue("reiterate", Past, PLAIN)),
    ("reiterates", cue("reiterate", Third, PLAIN)),
    ("reiterating", cue("reiterate", Ing, PLAIN)),
    ("remark", cue("remark", Base, NOUN)),
    ("remarked", cue("remark", Past, NOUN)),
    ("remarking", cue("remark", Ing, NOUN)),
    ("remarks", cue("remark", Third, NOUN)),
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
    ("respond", cue("respond", Base, PLAIN)),
    ("responded", cue("respond", Past, PLAIN)),
    ("responding", cue("respond", Ing, PLAIN)),
    ("responds", cue("respond", Third, PLAIN)),
    ("reveal", cue("reveal", Base, PLAIN)),
    ("revealed", cue("reveal", Past, PLAIN)),
    ("revealing", cue("reveal", Ing, PLAIN)),
    ("reveals", cue("reveal", Third, PLAIN)),
    ("said", cue("say", Past, PLAIN)),
    ("say", cue("say", Base, PLAIN)),
    ("saying", cue("say", Ing, PLAIN)),
    ("says", cue("say", Third, PLAIN)),
    ("show", cue("show", Base, THAT)),
    ("showed", cue("show", Past, THAT)),
    ("showing", cue("show", Ing, THAT)),
    ("shows", cue("show", Third, THAT)),
    ("speculate", cue("speculate", Base, PLAIN)),
    ("speculated", cue("speculate", Past, PLAIN)),
    ("speculates", cue("speculate", Third, PLAIN)),
    ("speculating", cue("speculate", Ing, PLAIN)),
    ("state", cue("state", Base, NOUN)),
    ("stated", cue("state", Past, NOUN)),
    ("states", cue("state", Third, NOUN)),
    ("stating", cue("state", Ing, NOUN)),
    ("stress", cue("stress", Base, NOUN)),
    ("stressed", cue("stress", Past, NOUN)),
    ("stresses", cue("stress", Third, NOUN)),
    ("stressing", cue("stress", Ing, NOUN)),
    ("suggest", cue("suggest", Base, PLAIN)),
    ("suggested", cue("suggest", Past, PLAIN)),
    ("suggesting", cue("suggest", Ing, PLAIN)),
    ("suggests", cue("suggest", Third, PLAIN)),
    ("tell", cue("tell", Base, OBJECT)),
    ("telling", cue("tell", Ing, OBJECT)),
    ("tells", cue("tell", Third, OBJECT)),
    ("testified", cue("testify", Past, PLAIN)),
    ("testifies", cue("testify", Third, PLAIN)),
    ("testify", cue("testify", Base, PLAIN)),
    ("testifying", cue("testify", Ing, PLAIN)),
    ("think", cue("think", Base, THAT)),
    ("thinking", cue("think", Ing, THAT)),
    ("thinks", cue("think", Third, THAT)),
    ("thought", cue("think", Past, THAT)),
    ("threaten", cue("threaten", Base, THAT)),
    ("threatened", cue("threaten", Past, THAT)),
    ("threatening", cue("threaten", Ing, THAT)),
    ("threatens", cue("threaten", Third, THAT)),
    ("told", cue("tell", Past, OBJECT)),
    ("tweet", cue("tweet", Base, NOUN)),
    ("tweeted", cue("tweet", Past, NOUN)),
    ("tweeting", cue("tweet", Ing, NOUN)),
    ("tweets", cue("tweet", Third, NOUN)),
    ("urge", cue("urge", Base, OBJECT)),
    ("urged", cue("urge", Past, OBJECT)),
    ("urges", cue("urge", Third, OBJECT)),
    ("urging", cue("urge", Ing, OBJECT)),
    ("vow", cue("vow", Base, PLAIN)),
    ("vowed", cue("vow", Past, PLAIN)),
    ("vowing", cue("vow", Ing, PLAIN)),
    ("vows", cue("vow", Third, PLAIN)),
    ("warn", cue("warn", Base, OBJECT)),
    ("warned", cue("warn", Past, OBJECT)),
    ("warning", cue("warn", Ing, OBJECT)),
    ("warns", cue("warn", Third, OBJECT)),
    ("wonder", cue("wonder", Base, NOUN)),
    ("wondered", cue("wonder", Past, NOUN)),
    ("wondering", cue("wonder", Ing, NOUN)),
    ("wonders", cue("wonder", Third, NOUN)),
    ("write", cue("write", Base, PLAIN)),
    ("writes", cue("write", Third, PLAIN)),
    ("writing", cue("write", Ing, PLAIN)),
    ("written", cue("write", Past, PLAIN)),
    ("wrote", cue("write", Past, PLAIN)),
];

/// The cue of a word (any case), if it is one.
///
/// ```
/// use newswire::attribution::cue::{lookup, Form};
/// assert_eq!(lookup("Told").map(|c| (c.lemma, c.form)), Some(("tell", Form::Past)));
/// assert!(lookup("table").is_none());
/// ```
pub fn lookup(word: &str) -> Option<Cue> {
    if word.len() < 3 || word.len() > 14 || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 14];
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let w = std::str::from_utf8(&buf[..word.len()]).ok()?;
    CUES.binary_search_by(|(f, _)| (*f).cmp(w))
        .ok()
        .map(|i| CUES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(CUES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn inflections_found() {
        for w in [
            "say", "says", "said", "saying", "wrote", "written", "denied", "urges",
        ] {
            assert!(lookup(w).is_some(), "{w}");
        }
        assert!(lookup("told").unwrap().object);
        assert!(lookup("found").unwrap().needs_that);
        assert!(lookup("reports").unwrap().noun_like);
    }
}
