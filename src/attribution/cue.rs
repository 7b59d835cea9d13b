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

/// Every cue word form, sorted by form.
pub const CUES: &[(&str, Cue)] = &[
    (
        "accuse",
        Cue {
            lemma: "accuse",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "accused",
        Cue {
            lemma: "accuse",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "accuses",
        Cue {
            lemma: "accuse",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "accusing",
        Cue {
            lemma: "accuse",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "acknowledge",
        Cue {
            lemma: "acknowledge",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "acknowledged",
        Cue {
            lemma: "acknowledge",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "acknowledges",
        Cue {
            lemma: "acknowledge",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "acknowledging",
        Cue {
            lemma: "acknowledge",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "add",
        Cue {
            lemma: "add",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "added",
        Cue {
            lemma: "add",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "adding",
        Cue {
            lemma: "add",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "adds",
        Cue {
            lemma: "add",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "admit",
        Cue {
            lemma: "admit",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "admits",
        Cue {
            lemma: "admit",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "admitted",
        Cue {
            lemma: "admit",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "admitting",
        Cue {
            lemma: "admit",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "advise",
        Cue {
            lemma: "advise",
            form: Form::Base,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "advised",
        Cue {
            lemma: "advise",
            form: Form::Past,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "advises",
        Cue {
            lemma: "advise",
            form: Form::Third,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "advising",
        Cue {
            lemma: "advise",
            form: Form::Ing,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "agree",
        Cue {
            lemma: "agree",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "agreed",
        Cue {
            lemma: "agree",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "agreeing",
        Cue {
            lemma: "agree",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "agrees",
        Cue {
            lemma: "agree",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "allege",
        Cue {
            lemma: "allege",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "alleged",
        Cue {
            lemma: "allege",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "alleges",
        Cue {
            lemma: "allege",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "alleging",
        Cue {
            lemma: "allege",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "announce",
        Cue {
            lemma: "announce",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "announced",
        Cue {
            lemma: "announce",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "announces",
        Cue {
            lemma: "announce",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "announcing",
        Cue {
            lemma: "announce",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "argue",
        Cue {
            lemma: "argue",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "argued",
        Cue {
            lemma: "argue",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "argues",
        Cue {
            lemma: "argue",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "arguing",
        Cue {
            lemma: "argue",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "ask",
        Cue {
            lemma: "ask",
            form: Form::Base,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "asked",
        Cue {
            lemma: "ask",
            form: Form::Past,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "asking",
        Cue {
            lemma: "ask",
            form: Form::Ing,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "asks",
        Cue {
            lemma: "ask",
            form: Form::Third,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "assert",
        Cue {
            lemma: "assert",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "asserted",
        Cue {
            lemma: "assert",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "asserting",
        Cue {
            lemma: "assert",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "asserts",
        Cue {
            lemma: "assert",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "assure",
        Cue {
            lemma: "assure",
            form: Form::Base,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "assured",
        Cue {
            lemma: "assure",
            form: Form::Past,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "assures",
        Cue {
            lemma: "assure",
            form: Form::Third,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "assuring",
        Cue {
            lemma: "assure",
            form: Form::Ing,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "believe",
        Cue {
            lemma: "believe",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "believed",
        Cue {
            lemma: "believe",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "believes",
        Cue {
            lemma: "believe",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "believing",
        Cue {
            lemma: "believe",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "boast",
        Cue {
            lemma: "boast",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "boasted",
        Cue {
            lemma: "boast",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "boasting",
        Cue {
            lemma: "boast",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "boasts",
        Cue {
            lemma: "boast",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "caution",
        Cue {
            lemma: "caution",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "cautioned",
        Cue {
            lemma: "caution",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "cautioning",
        Cue {
            lemma: "caution",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "cautions",
        Cue {
            lemma: "caution",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "charge",
        Cue {
            lemma: "charge",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "charged",
        Cue {
            lemma: "charge",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "charges",
        Cue {
            lemma: "charge",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "charging",
        Cue {
            lemma: "charge",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "claim",
        Cue {
            lemma: "claim",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "claimed",
        Cue {
            lemma: "claim",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "claiming",
        Cue {
            lemma: "claim",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "claims",
        Cue {
            lemma: "claim",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "comment",
        Cue {
            lemma: "comment",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "commented",
        Cue {
            lemma: "comment",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "commenting",
        Cue {
            lemma: "comment",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "comments",
        Cue {
            lemma: "comment",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "complain",
        Cue {
            lemma: "complain",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "complained",
        Cue {
            lemma: "complain",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "complaining",
        Cue {
            lemma: "complain",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "complains",
        Cue {
            lemma: "complain",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "concede",
        Cue {
            lemma: "concede",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "conceded",
        Cue {
            lemma: "concede",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "concedes",
        Cue {
            lemma: "concede",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "conceding",
        Cue {
            lemma: "concede",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "conclude",
        Cue {
            lemma: "conclude",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "concluded",
        Cue {
            lemma: "conclude",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "concludes",
        Cue {
            lemma: "conclude",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "concluding",
        Cue {
            lemma: "conclude",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "confirm",
        Cue {
            lemma: "confirm",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "confirmed",
        Cue {
            lemma: "confirm",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "confirming",
        Cue {
            lemma: "confirm",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "confirms",
        Cue {
            lemma: "confirm",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "contend",
        Cue {
            lemma: "contend",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "contended",
        Cue {
            lemma: "contend",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "contending",
        Cue {
            lemma: "contend",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "contends",
        Cue {
            lemma: "contend",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "continue",
        Cue {
            lemma: "continue",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "continued",
        Cue {
            lemma: "continue",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "continues",
        Cue {
            lemma: "continue",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "continuing",
        Cue {
            lemma: "continue",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "counter",
        Cue {
            lemma: "counter",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "countered",
        Cue {
            lemma: "counter",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "countering",
        Cue {
            lemma: "counter",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "counters",
        Cue {
            lemma: "counter",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "declare",
        Cue {
            lemma: "declare",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "declared",
        Cue {
            lemma: "declare",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "declares",
        Cue {
            lemma: "declare",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "declaring",
        Cue {
            lemma: "declare",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "denied",
        Cue {
            lemma: "deny",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "denies",
        Cue {
            lemma: "deny",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "deny",
        Cue {
            lemma: "deny",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "denying",
        Cue {
            lemma: "deny",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "disclose",
        Cue {
            lemma: "disclose",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "disclosed",
        Cue {
            lemma: "disclose",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "discloses",
        Cue {
            lemma: "disclose",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "disclosing",
        Cue {
            lemma: "disclose",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "emphasise",
        Cue {
            lemma: "emphasise",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "emphasised",
        Cue {
            lemma: "emphasise",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "emphasises",
        Cue {
            lemma: "emphasise",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "emphasising",
        Cue {
            lemma: "emphasise",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "emphasize",
        Cue {
            lemma: "emphasize",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "emphasized",
        Cue {
            lemma: "emphasize",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "emphasizes",
        Cue {
            lemma: "emphasize",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "emphasizing",
        Cue {
            lemma: "emphasize",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "estimate",
        Cue {
            lemma: "estimate",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "estimated",
        Cue {
            lemma: "estimate",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "estimates",
        Cue {
            lemma: "estimate",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "estimating",
        Cue {
            lemma: "estimate",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "explain",
        Cue {
            lemma: "explain",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "explained",
        Cue {
            lemma: "explain",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "explaining",
        Cue {
            lemma: "explain",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "explains",
        Cue {
            lemma: "explain",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "fear",
        Cue {
            lemma: "fear",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "feared",
        Cue {
            lemma: "fear",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "fearing",
        Cue {
            lemma: "fear",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "fears",
        Cue {
            lemma: "fear",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "feel",
        Cue {
            lemma: "feel",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "feeling",
        Cue {
            lemma: "feel",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "feels",
        Cue {
            lemma: "feel",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "felt",
        Cue {
            lemma: "feel",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "find",
        Cue {
            lemma: "find",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "finding",
        Cue {
            lemma: "find",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "finds",
        Cue {
            lemma: "find",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "found",
        Cue {
            lemma: "find",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "hope",
        Cue {
            lemma: "hope",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "hoped",
        Cue {
            lemma: "hope",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "hopes",
        Cue {
            lemma: "hope",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "hoping",
        Cue {
            lemma: "hope",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "indicate",
        Cue {
            lemma: "indicate",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "indicated",
        Cue {
            lemma: "indicate",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "indicates",
        Cue {
            lemma: "indicate",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "indicating",
        Cue {
            lemma: "indicate",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "inform",
        Cue {
            lemma: "inform",
            form: Form::Base,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "informed",
        Cue {
            lemma: "inform",
            form: Form::Past,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "informing",
        Cue {
            lemma: "inform",
            form: Form::Ing,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "informs",
        Cue {
            lemma: "inform",
            form: Form::Third,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "insist",
        Cue {
            lemma: "insist",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "insisted",
        Cue {
            lemma: "insist",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "insisting",
        Cue {
            lemma: "insist",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "insists",
        Cue {
            lemma: "insist",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "joke",
        Cue {
            lemma: "joke",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "joked",
        Cue {
            lemma: "joke",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "jokes",
        Cue {
            lemma: "joke",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "joking",
        Cue {
            lemma: "joke",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "lament",
        Cue {
            lemma: "lament",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "lamented",
        Cue {
            lemma: "lament",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "lamenting",
        Cue {
            lemma: "lament",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "laments",
        Cue {
            lemma: "lament",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "maintain",
        Cue {
            lemma: "maintain",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "maintained",
        Cue {
            lemma: "maintain",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "maintaining",
        Cue {
            lemma: "maintain",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "maintains",
        Cue {
            lemma: "maintain",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "mention",
        Cue {
            lemma: "mention",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "mentioned",
        Cue {
            lemma: "mention",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "mentioning",
        Cue {
            lemma: "mention",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "mentions",
        Cue {
            lemma: "mention",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "note",
        Cue {
            lemma: "note",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "noted",
        Cue {
            lemma: "note",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "notes",
        Cue {
            lemma: "note",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "noting",
        Cue {
            lemma: "note",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "observe",
        Cue {
            lemma: "observe",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "observed",
        Cue {
            lemma: "observe",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "observes",
        Cue {
            lemma: "observe",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "observing",
        Cue {
            lemma: "observe",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "pledge",
        Cue {
            lemma: "pledge",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "pledged",
        Cue {
            lemma: "pledge",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "pledges",
        Cue {
            lemma: "pledge",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "pledging",
        Cue {
            lemma: "pledge",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "point",
        Cue {
            lemma: "point",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "pointed",
        Cue {
            lemma: "point",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "pointing",
        Cue {
            lemma: "point",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "points",
        Cue {
            lemma: "point",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "predict",
        Cue {
            lemma: "predict",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "predicted",
        Cue {
            lemma: "predict",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "predicting",
        Cue {
            lemma: "predict",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "predicts",
        Cue {
            lemma: "predict",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "promise",
        Cue {
            lemma: "promise",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "promised",
        Cue {
            lemma: "promise",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "promises",
        Cue {
            lemma: "promise",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "promising",
        Cue {
            lemma: "promise",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "propose",
        Cue {
            lemma: "propose",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "proposed",
        Cue {
            lemma: "propose",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "proposes",
        Cue {
            lemma: "propose",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "proposing",
        Cue {
            lemma: "propose",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "quip",
        Cue {
            lemma: "quip",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "quipped",
        Cue {
            lemma: "quip",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "quipping",
        Cue {
            lemma: "quip",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "quips",
        Cue {
            lemma: "quip",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "recall",
        Cue {
            lemma: "recall",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "recalled",
        Cue {
            lemma: "recall",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "recalling",
        Cue {
            lemma: "recall",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "recalls",
        Cue {
            lemma: "recall",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "reiterate",
        Cue {
            lemma: "reiterate",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "reiterated",
        Cue {
            lemma: "reiterate",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "reiterates",
        Cue {
            lemma: "reiterate",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "reiterating",
        Cue {
            lemma: "reiterate",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "remark",
        Cue {
            lemma: "remark",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "remarked",
        Cue {
            lemma: "remark",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "remarking",
        Cue {
            lemma: "remark",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "remarks",
        Cue {
            lemma: "remark",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "remind",
        Cue {
            lemma: "remind",
            form: Form::Base,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "reminded",
        Cue {
            lemma: "remind",
            form: Form::Past,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "reminding",
        Cue {
            lemma: "remind",
            form: Form::Ing,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "reminds",
        Cue {
            lemma: "remind",
            form: Form::Third,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "repeat",
        Cue {
            lemma: "repeat",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "repeated",
        Cue {
            lemma: "repeat",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "repeating",
        Cue {
            lemma: "repeat",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "repeats",
        Cue {
            lemma: "repeat",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "replied",
        Cue {
            lemma: "reply",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "replies",
        Cue {
            lemma: "reply",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "reply",
        Cue {
            lemma: "reply",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "replying",
        Cue {
            lemma: "reply",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "report",
        Cue {
            lemma: "report",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "reported",
        Cue {
            lemma: "report",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "reporting",
        Cue {
            lemma: "report",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "reports",
        Cue {
            lemma: "report",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "respond",
        Cue {
            lemma: "respond",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "responded",
        Cue {
            lemma: "respond",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "responding",
        Cue {
            lemma: "respond",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "responds",
        Cue {
            lemma: "respond",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "reveal",
        Cue {
            lemma: "reveal",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "revealed",
        Cue {
            lemma: "reveal",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "revealing",
        Cue {
            lemma: "reveal",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "reveals",
        Cue {
            lemma: "reveal",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "said",
        Cue {
            lemma: "say",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "say",
        Cue {
            lemma: "say",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "saying",
        Cue {
            lemma: "say",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "says",
        Cue {
            lemma: "say",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "show",
        Cue {
            lemma: "show",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "showed",
        Cue {
            lemma: "show",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "showing",
        Cue {
            lemma: "show",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "shows",
        Cue {
            lemma: "show",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "speculate",
        Cue {
            lemma: "speculate",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "speculated",
        Cue {
            lemma: "speculate",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "speculates",
        Cue {
            lemma: "speculate",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "speculating",
        Cue {
            lemma: "speculate",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "state",
        Cue {
            lemma: "state",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "stated",
        Cue {
            lemma: "state",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "states",
        Cue {
            lemma: "state",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "stating",
        Cue {
            lemma: "state",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "stress",
        Cue {
            lemma: "stress",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "stressed",
        Cue {
            lemma: "stress",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "stresses",
        Cue {
            lemma: "stress",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "stressing",
        Cue {
            lemma: "stress",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "suggest",
        Cue {
            lemma: "suggest",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "suggested",
        Cue {
            lemma: "suggest",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "suggesting",
        Cue {
            lemma: "suggest",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "suggests",
        Cue {
            lemma: "suggest",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "tell",
        Cue {
            lemma: "tell",
            form: Form::Base,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "telling",
        Cue {
            lemma: "tell",
            form: Form::Ing,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "tells",
        Cue {
            lemma: "tell",
            form: Form::Third,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "testified",
        Cue {
            lemma: "testify",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "testifies",
        Cue {
            lemma: "testify",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "testify",
        Cue {
            lemma: "testify",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "testifying",
        Cue {
            lemma: "testify",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "think",
        Cue {
            lemma: "think",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "thinking",
        Cue {
            lemma: "think",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "thinks",
        Cue {
            lemma: "think",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "thought",
        Cue {
            lemma: "think",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "threaten",
        Cue {
            lemma: "threaten",
            form: Form::Base,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "threatened",
        Cue {
            lemma: "threaten",
            form: Form::Past,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "threatening",
        Cue {
            lemma: "threaten",
            form: Form::Ing,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "threatens",
        Cue {
            lemma: "threaten",
            form: Form::Third,
            object: false,
            needs_that: true,
            noun_like: false,
        },
    ),
    (
        "told",
        Cue {
            lemma: "tell",
            form: Form::Past,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "tweet",
        Cue {
            lemma: "tweet",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "tweeted",
        Cue {
            lemma: "tweet",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "tweeting",
        Cue {
            lemma: "tweet",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "tweets",
        Cue {
            lemma: "tweet",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "urge",
        Cue {
            lemma: "urge",
            form: Form::Base,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "urged",
        Cue {
            lemma: "urge",
            form: Form::Past,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "urges",
        Cue {
            lemma: "urge",
            form: Form::Third,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "urging",
        Cue {
            lemma: "urge",
            form: Form::Ing,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "vow",
        Cue {
            lemma: "vow",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "vowed",
        Cue {
            lemma: "vow",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "vowing",
        Cue {
            lemma: "vow",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "vows",
        Cue {
            lemma: "vow",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "warn",
        Cue {
            lemma: "warn",
            form: Form::Base,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "warned",
        Cue {
            lemma: "warn",
            form: Form::Past,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "warning",
        Cue {
            lemma: "warn",
            form: Form::Ing,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "warns",
        Cue {
            lemma: "warn",
            form: Form::Third,
            object: true,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "wonder",
        Cue {
            lemma: "wonder",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "wondered",
        Cue {
            lemma: "wonder",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "wondering",
        Cue {
            lemma: "wonder",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "wonders",
        Cue {
            lemma: "wonder",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: true,
        },
    ),
    (
        "write",
        Cue {
            lemma: "write",
            form: Form::Base,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "writes",
        Cue {
            lemma: "write",
            form: Form::Third,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "writing",
        Cue {
            lemma: "write",
            form: Form::Ing,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "written",
        Cue {
            lemma: "write",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
    (
        "wrote",
        Cue {
            lemma: "write",
            form: Form::Past,
            object: false,
            needs_that: false,
            noun_like: false,
        },
    ),
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
