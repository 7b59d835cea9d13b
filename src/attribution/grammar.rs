//! The grammar rules of attribution, each named after what it parses.
//!
//! The rules work on the words of one sentence (spans from `crate::entity::tokens`) and
//! look at the text between words for punctuation. Every rule looks only a bounded number
//! of words away from its cue, so the whole stage is linear in the text.

use nom::IResult;
use nom::Parser;
use nom::bytes::complete::tag_no_case;
use nom::character::complete::{multispace1, satisfy};
use nom::combinator::{not, peek, recognize};

use crate::model::Span;

/// `according to` (any case, any spacing) at the start of `input`, not followed by a
/// letter: the cue phrase of `according to X`. Returns the phrase.
///
/// ```
/// use newswire::attribution::grammar::according_to_phrase;
/// assert_eq!(according_to_phrase("According  to police").map(|(_, p)| p), Ok("According  to"));
/// assert!(according_to_phrase("according tofu").is_err());
/// ```
pub fn according_to_phrase(input: &str) -> IResult<&str, &str> {
    recognize((
        tag_no_case("according"),
        multispace1,
        tag_no_case("to"),
        peek(not(satisfy(char::is_alphanumeric))),
    ))
    .parse(input)
}

/// How many words a subject or an object may hold.
pub const MAX_NP: usize = 9;

/// Words between a subject and its cue that belong to neither (`has`, `also`, `later`).
const AUX_ADV: &[&str] = &[
    "again",
    "already",
    "also",
    "always",
    "angrily",
    "are",
    "be",
    "been",
    "being",
    "bluntly",
    "can",
    "could",
    "did",
    "didn't",
    "didn’t",
    "directly",
    "do",
    "does",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "earlier",
    "even",
    "explicitly",
    "firmly",
    "first",
    "flatly",
    "further",
    "had",
    "has",
    "have",
    "immediately",
    "initially",
    "is",
    "just",
    "later",
    "loudly",
    "may",
    "might",
    "must",
    "never",
    "not",
    "now",
    "often",
    "once",
    "only",
    "openly",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "recently",
    "repeatedly",
    "reportedly",
    "separately",
    "should",
    "simply",
    "since",
    "specifically",
    "still",
    "strongly",
    "subsequently",
    "then",
    "today",
    "tonight",
    "ultimately",
    "was",
    "were",
    "will",
    "won't",
    "won’t",
    "would",
    "yesterday",
];

/// Days and times that may stand around a cue (`said Tuesday`, `on Monday said`).
const TIME_WORDS: &[&str] = &[
    "afternoon",
    "again",
    "also",
    "earlier",
    "evening",
    "friday",
    "further",
    "last",
    "later",
    "monday",
    "month",
    "morning",
    "night",
    "once",
    "previously",
    "privately",
    "publicly",
    "recently",
    "repeatedly",
    "saturday",
    "separately",
    "sunday",
    "then",
    "this",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "weekend",
    "year",
    "yesterday",
];

/// Words that end a noun phrase read backwards from a cue.
const NP_STOP: &[&str] = &[
    "about", "across", "after", "against", "already", "also", "although", "amid", "among", "and",
    "are", "around", "as", "at", "be", "because", "been", "before", "behind", "being", "beyond",
    "but", "by", "can", "could", "despite", "did", "do", "does", "down", "during", "even", "for",
    "from", "had", "has", "have", "here", "how", "however", "if", "in", "instead", "into", "is",
    "it's", "just", "like", "may", "might", "must", "near", "nor", "not", "off", "on", "once",
    "only", "onto", "or", "out", "over", "per", "said", "say", "says", "should", "since", "so",
    "tells", "than", "that", "then", "there", "though", "through", "to", "told", "too", "toward",
    "towards", "under", "unlike", "until", "up", "upon", "very", "via", "was", "were", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yet",
];

/// Determiners that may open a noun phrase.
const DETERMINERS: &[&str] = &[
    "a",
    "all",
    "an",
    "another",
    "any",
    "both",
    "dozens",
    "each",
    "eight",
    "every",
    "few",
    "five",
    "four",
    "her",
    "his",
    "hundreds",
    "its",
    "many",
    "most",
    "my",
    "nine",
    "no",
    "one",
    "other",
    "our",
    "seven",
    "several",
    "six",
    "some",
    "such",
    "ten",
    "the",
    "their",
    "these",
    "this",
    "those",
    "thousands",
    "three",
    "two",
    "your",
];

/// Object pronouns: a whole content of one word (`endorsed her.`, `decried it.`).
pub const OBJECT_PRONOUNS: &[&str] = &["her", "him", "it", "me", "them", "us"];

/// Pronouns that may be a source.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Nouns for findings that `show` or `find` a state of affairs without a `that` clause
/// (`a new survey shows the mayor ahead`, `..., the figures show.`, `the poll found.`).
pub const EVIDENCE_WORDS: &[&str] = &[
    "data",
    "documents",
    "figures",
    "filings",
    "numbers",
    "poll",
    "polling",
    "polls",
    "records",
    "report",
    "reports",
    "results",
    "studies",
    "study",
    "survey",
    "surveys",
];

/// Shares of a polled group that hold a stance (`two-thirds support ...`, `19 percent
/// back ...`, `a majority of Republicans oppose ...`).
pub const SHARE_WORDS: &[&str] = &[
    "half",
    "majority",
    "percent",
    "plurality",
    "quarter",
    "quarters",
    "third",
    "thirds",
    "two-thirds",
];

/// Nouns for documents and media that speak (`the statement added`).
pub const DOCUMENT_WORDS: &[&str] = &[
    "affidavit",
    "analysis",
    "announcement",
    "book",
    "bulletin",
    "cable",
    "communique",
    "communiqué",
    "complaint",
    "data",
    "decision",
    "document",
    "documents",
    "e-mail",
    "email",
    "filing",
    "filings",
    "footage",
    "indictment",
    "judgment",
    "lawsuit",
    "letter",
    "memo",
    "message",
    "motion",
    "notice",
    "order",
    "paper",
    "petition",
    "poll",
    "post",
    "readout",
    "records",
    "release",
    "report",
    "reports",
    "research",
    "resolution",
    "ruling",
    "statement",
    "statements",
    "study",
    "survey",
    "transcript",
    "tweet",
    "verdict",
    "video",
    "website",
];

/// People who speak for others or of what they know, named by what they speak for (`a
/// spokesman for the ministry`, `officials at the agency`).
pub const SPEAKER_NOUNS: &[&str] = &[
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "attorney",
    "attorneys",
    "economist",
    "economists",
    "executive",
    "executives",
    "expert",
    "experts",
    "lawyer",
    "lawyers",
    "official",
    "officials",
    "people",
    "representative",
    "representatives",
    "researcher",
    "researchers",
    "source",
    "sources",
    "spokesman",
    "spokespeople",
    "spokesperson",
    "spokeswoman",
];

/// Nouns that may follow `in a`/`in an` after a cue (`said in a statement`).
const VENUE_WORDS: &[&str] = &[
    "blog",
    "briefing",
    "call",
    "column",
    "conference",
    "e-mail",
    "email",
    "filing",
    "interview",
    "letter",
    "message",
    "news",
    "note",
    "op-ed",
    "phone",
    "post",
    "radio",
    "release",
    "speech",
    "statement",
    "telephone",
    "television",
    "tweet",
    "video",
];

/// Participles that may follow a venue (`in a statement posted on X`, `in a video
/// released by the ministry`).
pub const VENUE_PARTICIPLES: &[&str] = &[
    "aired",
    "broadcast",
    "carried",
    "issued",
    "posted",
    "published",
    "released",
    "sent",
    "shared",
    "uploaded",
];

/// Words that open an adverbial after a cue, no content (`said at a rally`, `said during
/// the debate`, `told reporters as he left`): prepositions of place and time and the
/// subordinators of time.
const ADVERBIAL_OPENERS: &[&str] = &[
    "aboard",
    "after",
    "amid",
    "as",
    "at",
    "before",
    "during",
    "following",
    "from",
    "in",
    "inside",
    "near",
    "on",
    "outside",
    "via",
    "when",
    "while",
];

/// The named word lists of the rules, as bits of one hash table built from the lists at
/// compile time: a word is looked up once for all of them (`set::NP_STOP.has(w)` is
/// `set::NP_STOP.has(w)`).
pub(crate) mod set {
    use super::super::clause;
    use super::super::cue::pair;
    use crate::lexicon::{WordTable, slots_for, words_in};

    /// One named word list: its bit in the table's flags.
    #[derive(Debug, Clone, Copy)]
    pub(crate) struct Set(u64);

    impl Set {
        /// Whether `w` (any ASCII case) is in the list.
        #[inline]
        pub(crate) fn has(self, w: &str) -> bool {
            flags(w) & self.0 != 0
        }

        /// Whether a word with these [`flags`] is in the list.
        #[inline]
        pub(crate) fn among(self, flags: u64) -> bool {
            flags & self.0 != 0
        }
    }

    /// The lists, in the order of their bits.
    const LISTS: [&[&str]; 18] = [
        super::AUX_ADV,
        super::TIME_WORDS,
        super::NP_STOP,
        super::DETERMINERS,
        super::PRONOUNS,
        super::EVIDENCE_WORDS,
        super::DOCUMENT_WORDS,
        super::VENUE_WORDS,
        super::FINITE,
        super::MONTHS,
        super::DAYS,
        clause::BE,
        clause::MODALS,
        clause::SUBORDINATORS,
        clause::PARTICLES,
        super::SHARE_WORDS,
        super::SPEAKER_NOUNS,
        super::ADVERBIAL_OPENERS,
    ];
    pub(crate) const AUX_ADV: Set = Set(1 << 0);
    pub(crate) const TIME_WORDS: Set = Set(1 << 1);
    pub(crate) const NP_STOP: Set = Set(1 << 2);
    pub(crate) const DETERMINERS: Set = Set(1 << 3);
    pub(crate) const PRONOUNS: Set = Set(1 << 4);
    pub(crate) const EVIDENCE_WORDS: Set = Set(1 << 5);
    pub(crate) const DOCUMENT_WORDS: Set = Set(1 << 6);
    pub(crate) const VENUE_WORDS: Set = Set(1 << 7);
    pub(crate) const FINITE: Set = Set(1 << 8);
    pub(crate) const MONTHS: Set = Set(1 << 9);
    pub(crate) const DAYS: Set = Set(1 << 10);
    pub(crate) const BE: Set = Set(1 << 11);
    pub(crate) const MODALS: Set = Set(1 << 12);
    pub(crate) const SUBORDINATORS: Set = Set(1 << 13);
    pub(crate) const PARTICLES: Set = Set(1 << 14);
    pub(crate) const SHARE_WORDS: Set = Set(1 << 15);
    pub(crate) const SPEAKER_NOUNS: Set = Set(1 << 16);
    pub(crate) const ADVERBIAL_OPENERS: Set = Set(1 << 17);

    /// The lists indexed together (see [`crate::lexicon`]).
    static INDEX: WordTable<{ words_in(&LISTS) }, { slots_for(words_in(&LISTS)) }> =
        WordTable::build(&LISTS);

    /// The bits of the lists that hold `w` (any ASCII case). Most words in no list are
    /// refused by [`OPENINGS`] before the table is searched.
    #[inline]
    pub(crate) fn flags(w: &str) -> u64 {
        if !opens_like(&OPENINGS, w) {
            return 0;
        }
        listed_flags(w.as_bytes())
    }

    /// `FINITE.has(w)`, with most words that are in other lists (`said`, which opens like
    /// `shall` and is as long as `does`) refused by [`FINITE_OPENINGS`] before the table
    /// is searched: for rules that read every word of a stretch for a finite verb.
    #[inline]
    pub(crate) fn finite(w: &str) -> bool {
        opens_like(&FINITE_OPENINGS, w) && FINITE.has(w)
    }

    /// Whether `w` has a length that `openings` holds for the [`pair`] of its first two
    /// bytes.
    #[inline]
    fn opens_like(openings: &[u32; 1024], w: &str) -> bool {
        let b = w.as_bytes();
        let n = b.len();
        let Some(&first) = b.first() else {
            return false;
        };
        let second = b.get(1).copied().unwrap_or(0);
        n < 32 && openings[pair(first, second)] >> n & 1 != 0
    }

    /// [`flags`] of a word that [`OPENINGS`] let through, most often a listed one: the
    /// table searched with no second filter. (Apart, so that the refusal inlines.)
    #[inline(never)]
    fn listed_flags(b: &[u8]) -> u64 {
        INDEX.flags_unfiltered(b)
    }

    /// For each [`pair`] of a listed word's first two bytes (the second zero for a word of
    /// one byte), the set of the lengths of the listed words that open with it. A word in a
    /// list (in any ASCII case) has the five low bits of its bytes, so its opening and its
    /// length, in common with the listed form.
    static OPENINGS: [u32; 1024] = openings(&LISTS);

    /// [`OPENINGS`] of [`super::FINITE`] alone.
    static FINITE_OPENINGS: [u32; 1024] = openings(&[super::FINITE]);

    /// For each [`pair`], the set of the lengths of the words of `lists` that open with it.
    const fn openings(lists: &[&[&str]]) -> [u32; 1024] {
        let mut m = [0u32; 1024];
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                let b = lists[l][i].as_bytes();
                assert!(!b.is_empty() && b.len() < 32);
                let second = if b.len() > 1 { b[1] } else { 0 };
                m[pair(b[0], second)] |= 1 << b.len();
                i += 1;
            }
            l += 1;
        }
        m
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn sets_agree_with_their_lists() {
            let sets = [
                AUX_ADV,
                TIME_WORDS,
                NP_STOP,
                DETERMINERS,
                PRONOUNS,
                EVIDENCE_WORDS,
                DOCUMENT_WORDS,
                VENUE_WORDS,
                FINITE,
                MONTHS,
                DAYS,
                BE,
                MODALS,
                SUBORDINATORS,
                PARTICLES,
                SHARE_WORDS,
                SPEAKER_NOUNS,
                ADVERBIAL_OPENERS,
            ];
            let mut probes: Vec<String> = vec![
                String::new(),
                "x".into(),
                "The".into(),
                "SAID".into(),
                "didn't".into(),
                "DIDN’T".into(),
                "monday.".into(),
                "communiqué".into(),
                "COMMUNIQUÉ".into(),
                "ab".into(),
            ];
            for list in LISTS {
                for w in list {
                    probes.push(w.to_string());
                    probes.push(w.to_ascii_uppercase());
                    probes.push(format!("{w}s"));
                    probes.push(w[1..].to_string());
                }
            }
            for (list, set) in LISTS.iter().zip(sets) {
                for p in &probes {
                    assert_eq!(set.has(p), super::super::is_in(list, p), "{p}");
                }
            }
            for p in &probes {
                assert_eq!(finite(p), FINITE.has(p), "{p}");
            }
        }
    }
}

/// Whether `w` (any case) is one of `list`.
pub fn is_in(list: &[&str], w: &str) -> bool {
    w.len() <= 16 && crate::entity::listed(list, w)
}

/// `w` in ASCII lower case, written into `buf`, for matching against short lower-case
/// words: a word longer than `buf` gives `""`.
pub(crate) fn lower_short<'b>(w: &str, buf: &'b mut [u8; 16]) -> &'b str {
    let Some(out) = buf.get_mut(..w.len()) else {
        return "";
    };
    out.copy_from_slice(w.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or("")
}

/// Whether a word is capitalised.
pub fn is_cap(w: &str) -> bool {
    // ASCII first bytes are told apart without decoding a character.
    match w.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The words of one sentence and the text they come from.
#[derive(Debug, Clone, Copy)]
pub struct Words<'s, 't> {
    /// The article text.
    pub text: &'t str,
    /// The sentence's words.
    pub toks: &'s [Span],
    /// The sentence.
    pub sent: Span,
}

impl<'s, 't> Words<'s, 't> {
    /// The word at `i`.
    pub fn w(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |s| s.slice(self.text))
    }

    /// The text between word `i` and word `i + 1` (to the sentence's end after the last,
    /// from its start before the first when `i` is `usize::MAX`).
    pub fn gap_after(&self, i: usize) -> &'t str {
        let a = if i == usize::MAX {
            self.sent.start
        } else {
            self.toks.get(i).map_or(self.sent.end, |s| s.end)
        };
        let b = self
            .toks
            .get(i.wrapping_add(1))
            .map_or(self.sent.end, |s| s.start);
        self.text.get(a..b.max(a)).unwrap_or("")
    }

    /// Whether word `i` is `lit`, a non-empty ASCII word: `ws.w(i) == lit`, told from the
    /// bytes without slicing the text (bytes equal to ASCII ones lie on character
    /// boundaries in valid UTF-8).
    #[inline]
    pub(crate) fn is(&self, i: usize, lit: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| self.text.as_bytes().get(t.start..t.end) == Some(lit.as_bytes()))
    }

    /// Whether the text after word `i` ([`Words::gap_after`]) opens with the ASCII byte
    /// `b`, told from the bytes without slicing the text.
    #[inline]
    pub(crate) fn gap_after_opens_with(&self, i: usize, b: u8) -> bool {
        let Some(t) = self.toks.get(i) else {
            return self.gap_after(i).as_bytes().first() == Some(&b);
        };
        let next = self.toks.get(i + 1).map_or(self.sent.end, |s| s.start);
        t.end < next && self.text.as_bytes().get(t.end) == Some(&b)
    }

    /// [`Words::gap_after`] trimmed: the marks between word `i` and the next.
    #[inline]
    pub(crate) fn marks_after(&self, i: usize) -> &'t str {
        let g = self.gap_after(i);
        // (Trimmed of ASCII spaces as bytes; then of other white space, a vertical tab or
        // one past ASCII, as characters only if some is left at an end.)
        let t = g.trim_ascii();
        let white = |c: Option<char>| c.is_some_and(char::is_whitespace);
        if white(t.chars().next()) || white(t.chars().next_back()) {
            g.trim()
        } else {
            t
        }
    }

    /// The text before word `i` (after word `i - 1`).
    pub fn gap_before(&self, i: usize) -> &'t str {
        self.gap_after(i.wrapping_sub(1))
    }

    /// Whether a comma alone (with spaces) stands after word `i`: a clause's comma, not
    /// the one that groups the digits of a number (`2,400`, `$1,500`).
    pub fn comma_after(&self, i: usize) -> bool {
        let g = self.gap_after(i);
        g.trim() == ","
            && !(g == ","
                && self.w(i).ends_with(|c: char| c.is_ascii_digit())
                && self
                    .w(i.wrapping_add(1))
                    .starts_with(|c: char| c.is_ascii_digit()))
    }

    /// [`Words::comma_after`] word `i - 1`.
    pub fn comma_before(&self, i: usize) -> bool {
        self.comma_after(i.wrapping_sub(1))
    }

    /// Whether exactly one space stands between word `i` and the next (word `i + 1`): the
    /// common case, told from the bytes without slicing the text.
    #[inline]
    pub(crate) fn one_space_after(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i.wrapping_add(1))) {
            (Some(a), Some(b)) => {
                b.start == a.end + 1 && self.text.as_bytes().get(a.end) == Some(&b' ')
            }
            _ => false,
        }
    }

    /// Whether only spaces stand between word `i` and the next.
    #[inline]
    pub fn joined(&self, i: usize) -> bool {
        if let (Some(a), Some(b)) = (self.toks.get(i), self.toks.get(i.wrapping_add(1))) {
            // (The common gaps told from their first bytes: one space joins, a comma or
            // another mark that joins nothing, first or after a space, does not.)
            let bytes = self.text.as_bytes();
            let mut k = a.end;
            if bytes.get(k) == Some(&b' ') {
                if b.start == k + 1 {
                    return true;
                }
                k += 1;
            }
            if k < b.start && bytes.get(k).is_some_and(|&c| refuses_join(c)) {
                return false;
            }
        }
        self.joined_otherwise(i)
    }

    /// [`Words::joined`] when more or other than one space stands after word `i`.
    #[inline(never)]
    fn joined_otherwise(&self, i: usize) -> bool {
        // (A line break or a tab alone joins as a space does: told from its byte, before
        // the gap is sliced.)
        if let (Some(a), Some(b)) = (self.toks.get(i), self.toks.get(i.wrapping_add(1))) {
            let byte = self.text.as_bytes().get(a.end);
            if b.start == a.end + 1 && byte.is_some_and(u8::is_ascii_whitespace) {
                return true;
            }
        }
        let g = self.gap_after(i);
        if g == " " {
            return true;
        }
        // (Most such gaps open with a comma, a dash or another mark that joins nothing, or
        // have one after a space: refused on it before the characters are read.)
        let first = g.strip_prefix(' ').unwrap_or(g).chars().next();
        if first.is_some_and(|c| match u8::try_from(c) {
            Ok(b) if b.is_ascii() => refuses_join(b),
            _ => refuses_join_past_ascii(c),
        }) {
            return false;
        }
        // Spaces, or a possessive (`Carter’s press secretary`), or a figure's percent
        // sign (`47% say`).
        let g2 = g
            .strip_prefix("’s")
            .or_else(|| g.strip_prefix("'s"))
            .or_else(|| g.strip_prefix('%'))
            .unwrap_or(g);
        if g2
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '\'' | '’' | '\u{200b}' | '\u{feff}'))
        {
            return true;
        }
        // `Mr. Hemming`, `John F. Kennedy`: an abbreviation's full stop.
        let w = self.w(i);
        g.starts_with('.')
            && g[1..].chars().all(char::is_whitespace)
            && i + 1 < self.toks.len()
            && (crate::entity::is_title(w)
                || is_in(&["jr", "sr"], w)
                || w.len() == 1 && is_cap(w)
                || w.contains('.')
                || w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase())
                // `on Mar. 15`: a month's abbreviation before its day.
                || is_in(MONTH_ABBREVIATIONS, w)
                    && self.w(i + 1).starts_with(|c: char| c.is_ascii_digit()))
    }
}

/// Whether a gap that opens with byte `b` is no join of [`Words::joined`]: an ASCII byte
/// that is no space, quotation mark, percent sign or full stop (every gap that joins
/// opens with one of those, with `’` or with a space past ASCII).
#[inline]
fn refuses_join(b: u8) -> bool {
    b.is_ascii() && !(b.is_ascii_whitespace() || matches!(b, b'\x0b' | b'\'' | b'%' | b'.'))
}

/// Whether a gap that opens with `c`, a character past ASCII, is no join of
/// [`Words::joined`]: no white space, `’` or zero-width character (`—`, `“`).
fn refuses_join_past_ascii(c: char) -> bool {
    !(c.is_whitespace() || matches!(c, '’' | '\u{200b}' | '\u{feff}'))
}

/// The speaker of `quoted ... as saying` at the gerund `k` (`Interfax quoted Ryabkov as
/// saying`, `Ryabkov was quoted as saying`): the quoted person, not the quoting medium.
/// Returns the speaker's first and last words and the word `quoted`.
pub fn quoted_as_saying(ws: &Words, k: usize) -> Option<(usize, usize, usize)> {
    if k < 3 || !ws.w(k - 1).eq_ignore_ascii_case("as") || !ws.joined(k - 1) {
        return None;
    }
    let q = (k.saturating_sub(8)..k - 1)
        .rev()
        .find(|&q| ws.is(q, "quoted"))?;
    if !(q..k - 1).all(|i| ws.joined(i)) {
        return None;
    }
    // `Ryabkov was quoted (by Interfax) as saying`: the passive's subject.
    if q > 0 && set::BE.has(ws.w(q - 1)) {
        if q + 1 < k - 1 && ws.w(q + 1) != "by" {
            return None;
        }
        let (a, b) = subject_before(ws, q)?;
        return Some((a, b, q));
    }
    // `quoted Ryabkov as saying`: the object between `quoted` and `as`.
    let (a, b) = noun_phrase_from(ws, q + 1)?;
    (a == q + 1 && b == k - 2).then_some((a, b, q))
}

/// The subject of a cue, read backwards from the word before the cue (`Mr. Hemming`,
/// `the US Department of State`, `he`, `officials`). Skips auxiliaries and adverbs
/// (`has`, `also`, `on Monday`). Returns the first and last word indexes.
pub fn subject_before(ws: &Words, cue: usize) -> Option<(usize, usize)> {
    let mut j = cue.checked_sub(1)?;
    // Skip `has also`, `on Monday`.
    let mut skipped = 0;
    // The list flags of word `j`, once looked up here.
    let mut flags_j = None;
    loop {
        if !ws.joined(j) {
            return apposition_before(ws, j);
        }
        if skipped >= 4 {
            break;
        }
        let f = set::flags(ws.w(j));
        // `Officials in March said`, `in 2019`: a date's phrase.
        if j > 1 && ws.is(j - 1, "in") && ws.joined(j - 2) && is_date_word(ws.w(j), f) {
            j -= 2;
            skipped += 1;
            continue;
        }
        if (set::AUX_ADV.among(f) || set::TIME_WORDS.among(f) || ly_adverb_after_subject(ws, j))
            && !modal_surname(ws, j, f)
        {
            if j == 0 {
                return None;
            }
            j -= 1;
            skipped += 1;
            if ws.w(j).eq_ignore_ascii_case("on") && ws.joined(j) && j > 0 {
                j -= 1;
            }
            continue;
        }
        flags_j = Some(f);
        break;
    }
    // (`Ruiz met the mayor and on Friday said`: a second verb, its subject further back.)
    if skipped > 0 && is_in(&["and", "but", "then"], ws.w(j)) {
        return None;
    }
    let (a, b) = noun_phrase_with(ws, j, flags_j.unwrap_or_else(|| set::flags(ws.w(j))))?;
    Some((post_modified_head(ws, a).unwrap_or(a), b))
}

/// Adverbs and words that open an adverbial aside between a subject and its cue (`Others,
/// however, say`, `Republicans, for their part, expect`); not `from` or `near`, which
/// modify the noun (`The mediators, from the bloc IGAD, proposed`).
const ASIDE_ADVERBS: &[&str] = &[
    "after",
    "amid",
    "as",
    "at",
    "before",
    "during",
    "following",
    "for",
    "however",
    "in",
    "instead",
    "like",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "on",
    "though",
    "too",
    "unlike",
    "when",
    "while",
];

/// Nouns in `-ly` that may end a subject (`the Trump family said`).
const LY_NOUNS: &[&str] = &[
    "ally",
    "anomaly",
    "assembly",
    "bully",
    "daily",
    "family",
    "monopoly",
    "monthly",
    "quarterly",
    "rally",
    "supply",
    "weekly",
];

/// Whether word `j` is an adverb in `-ly` between a subject that is a pronoun or a name,
/// or an auxiliary, and its cue (`She regularly tells`, `Trump repeatedly said`, `has
/// sharply criticized`, `has long opposed`), not a noun (`family`).
fn ly_adverb_after_subject(ws: &Words, j: usize) -> bool {
    let w = ws.w(j);
    let ly = w.len() >= 5 && w.ends_with("ly");
    // (Only an adverb in `-ly` or `long` may be one: other words are refused before the
    // word before is looked up.)
    if !(ly || w == "long") {
        return false;
    }
    if j == 0 || !ws.joined(j - 1) || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let prev = ws.w(j - 1);
    // (`has long opposed`, `have vehemently opposed`: after an auxiliary.)
    // (`are quietly saying`: or a `be` before a progressive.)
    let after_aux = is_in(&["has", "have", "had"], prev)
        || set::MODALS.has(prev) && prev != "to"
        || set::BE.has(prev) && ws.w(j + 1).ends_with("ing");
    (ly && !is_in(LY_NOUNS, w) || after_aux && w == "long")
        && (after_aux || set::PRONOUNS.has(prev) || is_cap(prev) && !set::DETERMINERS.has(prev))
}

/// Whether `w` is an answer of one word (`yes`, `no`), a statement of its own after a
/// verb of speech (`X said no.`).
pub fn is_answer(w: &str) -> bool {
    w.eq_ignore_ascii_case("yes") || w.eq_ignore_ascii_case("no")
}

/// Whether `w`, with list flags `f`, names a month or a year (`March`, `May`, `2019`).
fn is_date_word(w: &str, f: u64) -> bool {
    set::MONTHS.among(f) && is_cap(w)
        || w == "May"
        || w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
}

/// Whether word `j`, with list flags `f`, is a modal that ends a name (`Theresa May`, `Yin
/// Myint May`, `Tom Will`): capitalised after a capitalised word, not an auxiliary, and
/// not in a headline's capitals (`Some Will Want To ...`).
fn modal_surname(ws: &Words, j: usize, f: u64) -> bool {
    // (Most words are no modal: refused on their flags before any other word is read.)
    if !set::MODALS.among(f) {
        return false;
    }
    let next = ws.w(j + 1);
    // (No modal comes before a verb's past or `-s` form: `May said`, `Will adds`.)
    let finite_next = || {
        super::cue_word(next)
            .is_some_and(|c| matches!(c.form, super::cue::Form::Past | super::cue::Form::Third))
    };
    set::MODALS.among(f)
        && is_cap(ws.w(j))
        && !is_cap(next)
        && (j > 0 && ws.joined(j - 1) && is_cap(ws.w(j - 1)) || ws.joined(j) && finite_next())
}

/// `Beyond the footage, ...`, `By big margins, ...`: where the sentence goes on after a
/// fronted adverbial that opens at word `s0` (a preposition or adverb) and ends at its
/// comma within a few words, before word `before`.
pub fn fronted_adverbial_end(ws: &Words, s0: usize, before: usize) -> Option<usize> {
    (s0 + 1..before.min(s0 + 9))
        .find(|&m| !ws.joined(m - 1))
        .filter(|&m| ws.comma_before(m))
}

/// A subject too long or too loosely built for [`subject_before`], read from the
/// sentence's start up to the cue `k`: `Her campaign workers here said`, `Political
/// observers in Virginia and around the country say`, `Yin Myint May, 60, a doctor,
/// said`, `The state officials whose laws have been invalidated say`. After an opening
/// `But`/`And` and a fronted adverbial set off by its comma (`By big margins, those
/// surveyed say`). The words must read as one noun phrase: no finite verb, cue or
/// subordinator outside a relative clause, no quotation, colon or semicolon.
pub fn long_subject(ws: &Words, k: usize) -> Option<(usize, usize)> {
    let opener = ws.w(0);
    let mut a = usize::from(
        ["but", "and", "yet", "so"]
            .iter()
            .any(|c| opener.eq_ignore_ascii_case(c)),
    );
    // A fronted adverbial (`By big margins,`, `In recent days,`) ends at its comma.
    if set::NP_STOP.has(ws.w(a)) {
        a = fronted_adverbial_end(ws, a, k)?;
    }
    if k < a + 2 || k - a > 24 {
        return None;
    }
    let first = ws.w(a);
    let f = set::flags(first);
    // (A plural noun may open it after the adverbial: `By wide margins, commuters ...`.)
    let plural = first.len() > 3 && first.ends_with('s') && !first.ends_with("ss");
    if !(is_cap(first) || plural || set::DETERMINERS.among(f) || is_in(QUANTIFIER_SUBJECTS, first))
        || set::NP_STOP.among(f)
        || set::PRONOUNS.among(f)
    {
        return None;
    }
    let last = ws.w(k - 1);
    let lf = set::flags(last);
    if set::NP_STOP.among(lf) || set::AUX_ADV.among(lf) || set::DETERMINERS.among(lf) {
        return None;
    }
    let mut relative = false;
    for i in a..k {
        let w = ws.w(i);
        if ws
            .gap_after(i)
            .contains([':', ';', '"', '“', '”', '(', ')'])
        {
            return None;
        }
        if is_in(&["who", "whose", "whom", "which", "that"], w) {
            relative = true;
            continue;
        }
        if relative {
            continue;
        }
        let f = set::flags(w);
        if set::FINITE.among(f)
            || set::SUBORDINATORS.among(f)
            || set::PRONOUNS.among(f) && i > a
            || !is_cap(w)
                && crate::attribution::cue::lookup(w).is_some()
                // (`the talks`, `a report`: a noun after a determiner.)
                && !(i > a && ws.joined(i - 1) && set::DETERMINERS.has(ws.w(i - 1)))
        {
            return None;
        }
    }
    Some((a, k - 1))
}

/// Whether `text` is a fronted adverbial rather than a statement: a short phrase that
/// opens with a preposition or a word of time (`At one point`, `In a three-way news
/// conference`, `Last month`) and holds no finite verb or cue (`In all, the committee
/// raised ...` is a statement).
pub fn is_adverbial(text: &str) -> bool {
    let mut words = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let Some(first) = words.next() else {
        return false;
    };
    let f = set::flags(first);
    if !(set::ADVERBIAL_OPENERS.among(f) || set::TIME_WORDS.among(f))
        || set::PRONOUNS.among(f)
        || set::DETERMINERS.among(f)
    {
        return false;
    }
    let mut n = 1;
    for w in words {
        n += 1;
        if n > 10
            || w.ends_with("n't")
            || w.ends_with("n’t")
            || set::FINITE.has(w)
            || crate::attribution::cue::lookup(w)
                .is_some_and(|c| c.form != crate::attribution::cue::Form::Base)
        {
            return false;
        }
    }
    true
}

/// People named by what they are close to or speak for (`a spokesman for the ministry`,
/// `people familiar with the matter`, `a source close to him`): where the whole phrase
/// starts, given the start `a` of the phrase after the preposition.
fn post_modified_head(ws: &Words, a: usize) -> Option<usize> {
    if a < 2 || !ws.joined(a - 1) || !ws.joined(a - 2) {
        return None;
    }
    let prep = ws.w(a - 1);
    let before = ws.w(a - 2);
    let head_end = if is_in(&["about", "in", "on", "to", "with"], prep)
        && is_in(
            &[
                "briefed",
                "close",
                "closest",
                "familiar",
                "involved",
                "knowledgeable",
                "loyal",
            ],
            before,
        ) {
        a.checked_sub(3)?
    } else if is_in(&["at", "for", "from", "with"], prep) && set::SPEAKER_NOUNS.has(before)
        // `Tim Guest with the health authority`, `Jane Doe of the Brookings Institution`:
        // a person's name (two capitalised words) and where they work.
        || is_in(&["at", "from", "of", "with"], prep)
            && is_cap(before)
            && a >= 3
            && is_cap(ws.w(a - 3))
            && ws.joined(a - 3)
            && !crate::entity::is_title(before)
    {
        a - 2
    } else {
        return None;
    };
    if head_end + 1 < a - 1 && !ws.joined(head_end) {
        return None;
    }
    noun_phrase_ending(ws, head_end).map(|(h, _)| h)
}

/// `Chris Cox, who runs the lobbying arm, says`: a name and its apposition, the
/// apposition ending with word `j` and a comma. Returns the name's first word and `j`.
pub fn apposition_before(ws: &Words, j: usize) -> Option<(usize, usize)> {
    let g = ws.gap_after(j).trim();
    // (`Sen. Bill Cassidy, R-La., said`: an abbreviation's full stop before the comma.)
    let abbreviated = |w: &str| is_cap(w) && (w.len() <= 5 || w.contains('-'));
    let g = match g.strip_prefix('.') {
        Some(rest) if abbreviated(ws.w(j)) => rest,
        _ => g,
    };
    // `Mr. Manafort, citing "the magic of Trump," said`: an aside that ends with a
    // quotation, its closing mark after the comma.
    let quoted = g.len() > 1
        && g.starts_with(',')
        && g[1..].chars().all(|c| matches!(c, '"' | '”' | '\'' | '’'));
    let g = if quoted { "," } else { g };
    let close = match g {
        "," | "—" | "–" | "--" => g,
        _ if g.ends_with(')') => "(",
        _ => return None,
    };
    let comma = close == ",";
    // The mark that opens the apposition, a few words back; with several commas
    // (`Marley Anderson, 21, a junior from Las Vegas, said`) the farthest one that follows
    // a named phrase opening the sentence.
    let mut best = None;
    let mut clause_words = ClauseWords::after(j);
    for open in (j.saturating_sub(24)..j).rev() {
        if ws.joined(open) {
            continue;
        }
        let og = ws.marks_after(open);
        // `Rep. Jo Levin (Mich.), a superdelegate, said`: a name's bracket before the
        // comma; the name ends before the bracket.
        let bracketed = comma && og.ends_with("),");
        let opens = if comma {
            og == "," || bracketed
        } else if close == "(" {
            og.starts_with('(')
        } else {
            og == close
        };
        if !opens {
            if og.contains([';', ':']) || !quoted && og.contains(['“', '”', '"']) {
                break;
            }
            continue;
        }
        // A participle's aside (`Mr. Manafort, citing polls, said`): the name before it
        // speaks, the aside is no part of the source.
        let aside = ws.w(open + 1);
        if comma
            && aside.len() > 4
            && aside.ends_with("ing")
            && !is_cap(aside)
            && !is_in(PREPOSITIONS_ING, aside)
        {
            let name = noun_phrase_ending(ws, open).filter(|&(a, b)| {
                (a == 0 || !ws.joined(a - 1)) && (a..=b).any(|i| is_cap(ws.w(i)))
            });
            if name.is_some() {
                return name;
            }
        }
        // An adverbial aside (`Others, however, say`, `Blunt, after a long pause, said`,
        // `Republicans, for their part, expect`): the phrase before it speaks.
        if comma
            && !quoted
            && j - open <= 6
            && is_in(ASIDE_ADVERBS, aside)
            && !(open + 1..=j).any(|i| is_finite(ws.w(i)) || super::cue::lookup(ws.w(i)).is_some())
        {
            let np = noun_phrase_ending(ws, open).filter(|&(a, b)| {
                (a == 0 || !ws.joined(a - 1))
                    && (is_cap(ws.w(a))
                        || set::DETERMINERS.has(ws.w(a))
                        || set::PRONOUNS.has(ws.w(b)))
            });
            if np.is_some() {
                return np;
            }
        }
        if quoted {
            continue;
        }
        // An apposition opens with no clause of its own (`Somehow, the family will find
        // a way, adds X` is a statement, not an apposition; `a Democrat so boyish he has
        // been ...` is one).
        if clause_words.make_a_clause(ws, open) {
            continue;
        }
        let name_end = if bracketed {
            match (open.saturating_sub(4)..open)
                .rev()
                .find(|&m| ws.gap_after(m).trim() == "(")
            {
                Some(m) => m,
                None => continue,
            }
        } else {
            open
        };
        let np = if lower_case_alone(ws, name_end) {
            None
        } else {
            noun_phrase_ending(ws, name_end).filter(|&(a, b)| (a..=b).any(|i| is_cap(ws.w(i))))
        };
        let Some((a, _)) = np else {
            // `A source familiar with the talks, who was not authorized to speak, said`: a
            // relative clause on a phrase of lower-case words that opens the sentence.
            if best.is_none() && ws.is(open + 1, "who") {
                if let Some((a, _)) = long_subject(ws, open + 1) {
                    return Some((a, j));
                }
            }
            // `One of the authors, Ari Fleischer, said`: the apposition is the name.
            let name = open + 1..=j;
            if best.is_none()
                && j - open <= 4
                && name
                    .clone()
                    .all(|i| is_cap(ws.w(i)) || crate::entity::is_title(ws.w(i)))
                && name.clone().skip(1).all(|i| ws.joined(i - 1))
            {
                best = Some((open + 1, j));
            }
            continue;
        };
        // A name that opens the sentence or follows punctuation; else (`a philanthropist
        // from Monsey, New York,`) a farther one may still open the apposition.
        let anchored = a == 0 || !ws.joined(a - 1);
        if anchored || best.is_none() {
            best = Some((a, j));
        }
        if !comma {
            break;
        }
    }
    best
}

/// The words after an apposition's opening mark that make it a clause of its own, for
/// [`apposition_before`], which moves its opening back one word at a time: each word is
/// read once however many marks open before it (a run of `said, said, ...` has one at
/// every word).
struct ClauseWords {
    /// The last word an apposition may hold (the one before its closing mark).
    last: usize,
    /// The first word read so far: words `read..=last` have been (those in reach).
    read: usize,
    /// The first word read that is a lower-case finite verb (`usize::MAX` if none).
    finite: usize,
    /// The first word read that is a relative word (`usize::MAX` if none).
    relative: usize,
}

impl ClauseWords {
    /// None read yet, of an apposition whose last word is `last`.
    fn after(last: usize) -> Self {
        ClauseWords {
            last,
            read: last + 1,
            finite: usize::MAX,
            relative: usize::MAX,
        }
    }

    /// Whether the words after the mark at word `open` make a clause: a lower-case finite
    /// verb within four words (`Martin Will`: a capitalised modal is a name) and no
    /// relative word. `open` only falls from one call to the next.
    fn make_a_clause(&mut self, ws: &Words, open: usize) -> bool {
        let end = self.last.min(open + 4);
        while self.read > open + 1 {
            self.read -= 1;
            let i = self.read;
            // (A word past `end` is past the reach of every mark before this one too.)
            if i > end {
                continue;
            }
            let w = ws.w(i);
            if !is_cap(w) && set::finite(w) {
                self.finite = i;
            }
            // (By the first letter first: most words open with neither.)
            if matches!(w.as_bytes().first(), Some(b't' | b'w' | b'T' | b'W'))
                && is_in(&["that", "which", "who", "whom", "whose"], w)
            {
                self.relative = i;
            }
        }
        self.finite <= end && self.relative > end
    }
}

/// Whether word `j` is in lower case and set apart from the word before it (or first):
/// then [`noun_phrase_ending`] gives it alone or nothing, and no phrase with a
/// capitalised word, which an apposition's name needs.
fn lower_case_alone(ws: &Words, j: usize) -> bool {
    !is_cap(ws.w(j)) && (j == 0 || !ws.joined(j - 1))
}

/// Prepositions with a participle's ending (`X, during a debate, said`), which open
/// an adverbial aside rather than a participle's.
const PREPOSITIONS_ING: &[&str] = &[
    "according",
    "concerning",
    "during",
    "following",
    "including",
    "notwithstanding",
    "regarding",
];

/// The antecedent of a relative pronoun at word `r` (`who`, `which`): the noun phrase
/// before it, past a bracketed label (`Sen. Ana Ruiz (D-Conn.), who ...` gives `Sen. Ana
/// Ruiz`).
pub fn antecedent_of(ws: &Words, r: usize) -> Option<(usize, usize)> {
    let j = r.checked_sub(1)?;
    let gap = ws.gap_after(j).trim();
    if gap.strip_suffix(',').unwrap_or(gap).ends_with(')') {
        let open = (j.saturating_sub(4)..=j)
            .rev()
            .find(|&m| m > 0 && ws.gap_before(m).trim_start().ends_with('('))?;
        return noun_phrase_ending(ws, open - 1);
    }
    noun_phrase_ending(ws, j)
}

/// The noun phrase that ends with word `j`, read backwards: `(first, j)`.
pub fn noun_phrase_ending(ws: &Words, j: usize) -> Option<(usize, usize)> {
    noun_phrase_with(ws, j, set::flags(ws.w(j)))
}

/// [`noun_phrase_ending`], given the list flags `lf` of word `j`.
fn noun_phrase_with(ws: &Words, j: usize, lf: u64) -> Option<(usize, usize)> {
    if modal_surname(ws, j, lf) {
        // (`Theresa May`: with the name before it; `May said`: alone.)
        let name_before = j > 0 && ws.joined(j - 1) && is_cap(ws.w(j - 1));
        let a = name_before
            .then(|| noun_phrase_ending(ws, j - 1).map(|(a, _)| a))
            .flatten()
            .unwrap_or(j);
        return Some((a, j));
    }
    let last = ws.w(j);
    if set::PRONOUNS.among(lf) || last == "who" {
        return Some((j, j));
    }
    // A word set apart from the one before (by a comma, or first in the sentence) is a
    // phrase alone, or none if it stops one; every rule below reads back across a join.
    // (Not after `and`, which may join names across a mark.)
    if j == 0 || !ws.joined(j - 1) && !ws.is(j - 1, "and") {
        let alone = is_in(QUANTIFIER_SUBJECTS, last)
            || !(set::NP_STOP.among(lf) || set::DETERMINERS.among(lf));
        return alone.then_some((j, j));
    }
    // `two in three`, `more than six in 10`: a poll's share, whole.
    if let Some(a) = share_before(ws, j) {
        return Some((a, j));
    }
    // `some say`, `many said`, `another says`: a quantifier standing for people.
    if is_in(QUANTIFIER_SUBJECTS, last) {
        // (`no one knows`, `the one`: no one in particular.)
        let bound = j > 0 && ws.joined(j - 1) && {
            let prev = ws.w(j - 1);
            set::DETERMINERS.has(prev) || is_in(&["no", "any", "every", "each", "that"], prev)
        };
        return (!bound).then_some((j, j));
    }
    if set::NP_STOP.among(lf) || set::DETERMINERS.among(lf) {
        // (`all but two`: a count after the exception.)
        return (j >= 2 && quantifier_exception(ws, j) && is_count(last)).then(|| (j - 2, j));
    }
    let mut i = j;
    // The list flags of word `i`, kept as `i` moves back.
    let mut fi = lf;
    while i > 0 && j - i + 1 < MAX_NP {
        let prev = ws.w(i - 1);
        // `Forbes and Wealth-X`: `and` between names.
        let and_names = prev == "and"
            && is_cap(ws.w(i))
            && i >= 2
            && ws.joined(i - 2)
            && (is_cap(ws.w(i - 2)) || set::PRONOUNS.has(ws.w(i - 2)));
        // (A word set apart ends the phrase before its flags are looked up.)
        if !and_names && !ws.joined(i - 1) {
            break;
        }
        let pf = set::flags(prev);
        if !and_names && (set::NP_STOP.among(pf) || set::PRONOUNS.among(pf)) {
            break;
        }
        // A lower-case word before a capitalised one is not part of a name
        // (`support Smith`) unless it is a determiner or `of`.
        // (`state Labour Minister X`: `state` modifies the title.)
        if !is_cap(prev) && crate::attribution::cue::lookup(prev).is_some() && prev != "state" {
            break;
        }
        i -= 1;
        fi = pf;
        if set::DETERMINERS.among(pf) && !(i > 0 && ws.is(i - 1, "of") && ws.joined(i - 1)) {
            break;
        }
    }
    // `the two governments`: a count after its determiner.
    if i > 0
        && i < j
        && is_count(ws.w(i))
        && ws.joined(i - 1)
        && is_in(
            &["the", "these", "those", "their", "its", "our", "all"],
            ws.w(i - 1),
        )
    {
        i -= 1;
        fi = set::flags(ws.w(i));
    }
    // A phrase of lower-case words only must be short (`officials`, `local residents`).
    let any_cap = (i..=j).any(|k| is_cap(ws.w(k)));
    let det = set::DETERMINERS.among(fi);
    if !any_cap && !det && j - i > 2 {
        i = j - 1;
        fi = set::flags(ws.w(i));
    }
    // Sentence-initial `Also`, `Then`: drop (capitalised words of the time list that stop
    // a noun phrase).
    while i < j && is_cap(ws.w(i)) && set::TIME_WORDS.among(fi) && set::NP_STOP.among(fi) {
        i += 1;
        fi = set::flags(ws.w(i));
    }
    // `all but two MLAs`, `everyone but Hewlett`: a quantifier's exception, whole.
    if i >= 2 && quantifier_exception(ws, i) {
        i -= 2;
    }
    // `Six in 10 (voters)`: a poll's share, its `in` no break.
    // (The `in` first: the cheapest test, and the one most words fail.)
    if i >= 2
        && ws.is(i - 1, "in")
        && is_count(ws.w(i))
        && is_count(ws.w(i - 2))
        && ws.joined(i - 2)
        && ws.joined(i - 1)
    {
        i -= 2;
    }
    Some((i, j))
}

/// Whether word `i` follows a quantifier's `but` (`all but two`, `everyone but Hewlett`).
fn quantifier_exception(ws: &Words, i: usize) -> bool {
    ws.is(i - 1, "but")
        && ws.joined(i - 2)
        && ws.joined(i - 1)
        && is_in(&["all", "everybody", "everyone", "none"], ws.w(i - 2))
}

/// A poll's share that ends with word `j` (`two in three`, `nearly three in five`, `more
/// than six in 10`): its first word, with the words that hedge it.
pub fn share_before(ws: &Words, j: usize) -> Option<usize> {
    // (The `in` first: the cheapest test, and the one most words fail.)
    if !(j >= 2
        && ws.is(j - 1, "in")
        && is_count(ws.w(j))
        && is_count(ws.w(j - 2))
        && ws.joined(j - 2)
        && ws.joined(j - 1))
    {
        return None;
    }
    let mut a = j - 2;
    while a > 0 && ws.joined(a - 1) {
        let w = ws.w(a - 1);
        if is_in(SHARE_HEDGES, w) {
            a -= 1;
        } else if a > 1
            && is_in(&["than", "least"], w)
            && ws.joined(a - 2)
            && is_in(&["more", "fewer", "less", "at"], ws.w(a - 2))
        {
            a -= 2;
        } else {
            break;
        }
    }
    Some(a)
}

/// Quantifiers that stand alone for people as a subject (`some say`, `many said`).
pub const QUANTIFIER_SUBJECTS: &[&str] = &[
    "all", "another", "both", "few", "many", "most", "one", "several", "some",
];

/// Whether words `a..=b` name a poll's share (`two-thirds`, `19 percent of voters`, `44%`,
/// `six in 10`).
pub fn is_share(ws: &Words, a: usize, b: usize) -> bool {
    (a..=b).any(|i| {
        let w = ws.w(i);
        // (The percent signs first: a byte each, before the lists are searched.)
        w.ends_with('%') || ws.gap_after_opens_with(i, b'%') || set::SHARE_WORDS.has(w)
    }) || share_before(ws, b).is_some()
}

/// Words that hedge a poll's share (`nearly three in five`, `just over half`).
const SHARE_HEDGES: &[&str] = &[
    "about", "almost", "around", "just", "nearly", "only", "over", "roughly", "some", "under",
];

/// Whether `w` is a small count in figures or words (`10`, `Six`, `three`), as polls give
/// shares (`six in 10`).
fn is_count(w: &str) -> bool {
    // (By its length first: figures have one to three bytes, the words three to five.)
    let n = w.len();
    (1..=3).contains(&n) && w.bytes().all(|b| b.is_ascii_digit())
        || (3..=5).contains(&n)
            && [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            ]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
}

/// The noun phrase that begins with word `i`, read forwards (`said Thierry Zomahoun,`).
pub fn noun_phrase_from(ws: &Words, i: usize) -> Option<(usize, usize)> {
    let first = ws.w(i);
    // (The list flags of each word looked up once for its tests.)
    let f = set::flags(first);
    if first.is_empty() || set::NP_STOP.among(f) {
        return None;
    }
    if set::PRONOUNS.among(f) {
        return Some((i, i));
    }
    let mut j = i;
    while j + 1 < ws.toks.len() && j + 1 - i < MAX_NP && ws.joined(j) {
        let next = ws.w(j + 1);
        let f = set::flags(next);
        if set::NP_STOP.among(f) && next != "of" || set::TIME_WORDS.among(f) {
            break;
        }
        if !is_cap(next) && crate::attribution::cue::lookup(next).is_some() {
            break;
        }
        j += 1;
    }
    Some((i, j))
}

/// Words that make a clause finite: a content holding one of them within its first
/// words is a clause (`the deadline had passed`), not a plain noun object.
pub const FINITE: &[&str] = &[
    "am", "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might",
    "must", "shall", "should", "was", "were", "will", "would",
];

/// Whether the content from word `cs` (ending at byte `end`) is a clause, a quotation or
/// a `for`/`on` complement rather than a plain noun object: `noted that ...`, `noted the
/// rule had changed`, `called for calm`, `noted: “...”` but not `noted the deadline`.
pub fn looks_clausal(ws: &Words, cs: usize, end: usize) -> bool {
    let g = ws.gap_before(cs);
    if g.contains([',', ':', '“', '"', '‘', '«', '„']) {
        return true;
    }
    if is_in(
        &["for", "on", "how", "what", "why", "whether", "if"],
        ws.w(cs),
    ) {
        return true;
    }
    (cs..ws.toks.len().min(cs + 8))
        .take_while(|&i| ws.toks[i].end <= end)
        .any(|i| is_finite(ws.w(i)) || ws.gap_before(i).contains(['“', '"']))
        || past_clause(ws, cs, end)
}

/// Whether the words from `cs` (to byte `end`) open a clause with a verb in the past
/// tense and no auxiliary: a short subject (a name, a pronoun, or a determiner and its
/// nouns), then a lower-case `-ed` form or a common irregular past (`noted the deal
/// included ...`, `notes the foundation hid ...`), not an adjective after a determiner
/// (`the proposed plan`).
pub fn past_clause(ws: &Words, cs: usize, end: usize) -> bool {
    let first = ws.w(cs);
    if !(is_cap(first) || set::DETERMINERS.has(first) || set::PRONOUNS.has(first)) {
        return false;
    }
    (cs + 1..ws.toks.len().min(cs + 5))
        .take_while(|&i| ws.toks[i].end <= end && ws.joined(i - 1))
        .any(|i| {
            let w = ws.w(i);
            let prev = ws.w(i - 1);
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && (w.len() > 4 && w.ends_with("ed") || is_in(IRREGULAR_PASTS, w))
                && !set::DETERMINERS.has(prev)
                && !set::NP_STOP.has(prev)
        })
}

/// Common irregular past tenses that may open a reported clause's predicate.
const IRREGULAR_PASTS: &[&str] = &[
    "became", "began", "bought", "brought", "built", "came", "chose", "drew", "fell", "felt",
    "fought", "found", "gave", "got", "grew", "held", "hid", "kept", "knew", "led", "left", "lost",
    "made", "meant", "met", "paid", "ran", "rose", "sank", "saw", "sent", "sold", "spent", "stood",
    "thought", "told", "took", "won", "wrote",
];

/// Months and seasons that a time phrase may name (`in early June`, `last summer`).
const MONTHS: &[&str] = &[
    "april",
    "august",
    "autumn",
    "december",
    "fall",
    "february",
    "january",
    "july",
    "june",
    "march",
    "may",
    "november",
    "october",
    "september",
    "spring",
    "summer",
    "winter",
];

/// The abbreviations of months written with a full stop (`Mar. 15`).
const MONTH_ABBREVIATIONS: &[&str] = &[
    "apr", "aug", "dec", "feb", "jan", "jun", "jul", "mar", "nov", "oct", "sep", "sept",
];

/// Weekdays.
const DAYS: &[&str] = &[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// The length in words of a time phrase that starts at word `m`, if one does: `last
/// week`, `this month`, `on Tuesday`, `Wednesday`, `in early June`, `earlier this year`,
/// `yesterday`.
#[inline(always)]
pub fn time_phrase_at(ws: &Words, m: usize) -> Option<usize> {
    let w = ws.w(m);
    // Every phrase opens with a capitalised day (six to nine bytes) or one of a few words
    // of two, four, five, seven or nine: a word of another length is refused here, inlined
    // where every word of a clause is tried, before any call.
    if !matches!(w.len(), 2 | 4..=9) {
        return None;
    }
    time_phrase_opened(ws, m, w)
}

/// [`time_phrase_at`] for a word `w` at `m` of a length that may open a time phrase.
#[inline(never)]
fn time_phrase_opened(ws: &Words, m: usize, w: &str) -> Option<usize> {
    if !(could_open_time_phrase(w) || is_cap(w) && is_day(w)) {
        return None;
    }
    time_phrase_from(ws, m, w)
}

/// [`time_phrase_at`] for a word `w` at `m` that may open a time phrase.
#[inline(never)]
fn time_phrase_from(ws: &Words, m: usize, w: &str) -> Option<usize> {
    let next = ws.w(m + 1);
    let unit = |x: &str| {
        is_in(
            &[
                "afternoon",
                "evening",
                "month",
                "morning",
                "night",
                "week",
                "weekend",
                "year",
            ],
            x,
        ) || set::MONTHS.has(x)
            || set::DAYS.has(x)
    };
    if set::DAYS.has(w) && is_cap(w) || is_in(&["yesterday", "today", "tonight"], w) {
        return Some(1);
    }
    if !ws.joined(m) {
        return None;
    }
    match lower_short(w, &mut [0; 16]) {
        "last" | "this" | "next" | "earlier" | "later" if unit(next) => Some(2),
        "earlier" | "later" if is_in(&["this", "that", "last"], next) && unit(ws.w(m + 2)) => {
            Some(3)
        }
        "on" if set::DAYS.has(next) && is_cap(next) => Some(2),
        "in" if set::MONTHS.has(next) && is_cap(next) && next != "May" => Some(2),
        "in" if is_in(&["early", "mid", "late"], next)
            && set::MONTHS.has(ws.w(m + 2))
            && is_cap(ws.w(m + 2)) =>
        {
            Some(3)
        }
        _ => None,
    }
}

/// Whether `w` (any case) is a weekday: every one ends in `day` and is six to nine
/// letters long, tested before the lookup.
fn is_day(w: &str) -> bool {
    (6..=9).contains(&w.len())
        && w.as_bytes()[w.len() - 3..].eq_ignore_ascii_case(b"day")
        && set::DAYS.has(w)
}

/// Whether `w` (any case) is one of the words besides a capitalised day that open a time
/// phrase of [`time_phrase_at`].
fn could_open_time_phrase(w: &str) -> bool {
    // (By their lengths and first letters before the list is searched.)
    matches!(w.len(), 2 | 4 | 5 | 7 | 9)
        && matches!(
            w.as_bytes()[0].to_ascii_lowercase(),
            b'y' | b't' | b'l' | b'n' | b'e' | b'o' | b'i'
        )
        && is_in(TIME_OPENERS, w)
}

/// The words besides a capitalised day that open a time phrase.
const TIME_OPENERS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "on",
    "in",
];

/// Whether the content from word `cs` (ending at byte `end`) is a bare finite clause, its
/// `that` left out: a subject of up to seven words, then a finite verb (`think the plan is
/// dead`, `found voters were split`), not an object (`found the keys`).
pub fn bare_clause(ws: &Words, cs: usize, end: usize) -> bool {
    if is_in(
        &["a", "an", "for", "in", "of", "on", "that", "to", "with"],
        ws.w(cs),
    ) {
        return false;
    }
    // `endorsed Trump and has appeared ...`: a verb after `and` is the subject's second
    // verb, not the finite verb of a clause.
    finite_verb_within(ws, cs, end, &["and", "but", "or"])
}

/// Whether a finite verb follows word `cs` within eight words, in the same run of words
/// and before byte `end`, with none of the words `not_after` right before it.
fn finite_verb_within(ws: &Words, cs: usize, end: usize, not_after: &[&str]) -> bool {
    (cs + 1..ws.toks.len().min(cs + 9))
        .take_while(|&i| ws.toks[i].end <= end && ws.joined(i - 1))
        .any(|i| is_finite(ws.w(i)) && !is_in(not_after, ws.w(i - 1)))
}

/// Whether the `-ing` word at `cs` opens a gerund that is a clause's subject (`replacing
/// her would be ...`): a finite verb follows within eight words, and not a coordinated
/// or a relative clause's (`ending a program that has paid ...` is a participle's clause).
pub fn gerund_subject(ws: &Words, cs: usize) -> bool {
    finite_verb_within(
        ws,
        cs,
        ws.sent.end,
        &["and", "but", "or", "that", "which", "who"],
    )
}

/// Whether `w` is a finite auxiliary ([`FINITE`], two to six letters, looked up only at
/// those lengths) or a negated one (`didn't`).
pub fn is_finite(w: &str) -> bool {
    (2..=6).contains(&w.len()) && set::FINITE.has(w) || w.ends_with("n't") || w.ends_with("n’t")
}

/// Whether word `cs` is a subject pronoun (`she`, `they’re`), which only a clause opens.
pub fn opens_with_subject_pronoun(ws: &Words, cs: usize) -> bool {
    let w = ws.w(cs);
    let head = w.split(['\'', '’']).next().unwrap_or(w);
    is_in(&["he", "i", "she", "they", "we"], head)
}

/// The word index where a cue's content begins, skipping adverbials (`Tuesday`,
/// `in a statement`, `on Monday`), the hearer of `tell`-like verbs, and `that`.
/// Returns the index and whether a `that` was seen.
pub fn content_start(ws: &Words, cue: usize, mut object: bool) -> Option<(usize, bool)> {
    let n = ws.toks.len();
    let mut k = cue + 1;
    let mut steps = 0;
    // Set when word `k` follows an aside already passed over.
    let mut after_aside = false;
    loop {
        steps += 1;
        if k >= n || steps > 12 {
            return None;
        }
        // (A single space, the common gap, is told from the bytes.)
        if !std::mem::take(&mut after_aside)
            && !ws.one_space_after(k - 1)
            && !ws
                .gap_before(k)
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '“' | '"' | '‘' | '«' | '„'))
        {
            // Punctuation after the cue: `said, "`, `said:`; the content starts here.
            let g = ws.gap_before(k);
            if g.contains(['—', '–']) {
                // `said — on Twitter, as it happens — that ...`: skip the aside.
                if let Some(m) =
                    (k + 1..(k + 12).min(n)).find(|&m| ws.gap_before(m).contains(['—', '–']))
                {
                    k = m;
                    after_aside = true;
                    continue;
                }
            }
            // `reported, citing sources, that ...`: a participle's aside before the
            // complementizer.
            if g.trim() == "," && ws.w(k).len() > 4 && ws.w(k).ends_with("ing") {
                if let Some(t) =
                    (k + 1..(k + 10).min(n)).find(|&t| ws.is(t, "that") && ws.comma_before(t))
                {
                    if (k + 1..t).all(|i| ws.joined(i - 1) || i == t) && t + 1 < n {
                        return Some((t + 1, true));
                    }
                }
            }
            if g.contains([',', ':']) && !g.contains(['.', ';']) {
                return Some((k, false));
            }
            return None;
        }
        let w = ws.w(k);
        // (The list flags of word `k`, looked up once for the tests below.)
        let fw = set::flags(w);
        // (`said Thursday's speeches ...`: a possessive is the content's subject.)
        let possessive = |i: usize| ws.gap_after(i).starts_with(['\'', '’']);
        if set::TIME_WORDS.among(fw) && !possessive(k)
            || w.eq_ignore_ascii_case("on") && set::TIME_WORDS.has(ws.w(k + 1))
        {
            k += 1;
            continue;
        }
        if w.eq_ignore_ascii_case("in")
            && is_in(
                &["a", "an", "the", "his", "her", "their", "its"],
                ws.w(k + 1),
            )
            && (set::VENUE_WORDS.has(ws.w(k + 2)) || set::VENUE_WORDS.has(ws.w(k + 3)))
        {
            // `in a statement`, `in a phone interview`, plus `with X`/`to X` up to a comma
            // or `that`.
            k += if set::VENUE_WORDS.has(ws.w(k + 2)) {
                3
            } else {
                4
            };
            // `in a video message`, `in a phone interview`: the venue may take two nouns.
            if k < n && ws.joined(k - 1) && set::VENUE_WORDS.has(ws.w(k)) {
                k += 1;
            }
            // `in a statement posted on its website`: a participle on the venue.
            if k + 1 < n && ws.joined(k - 1) && is_in(VENUE_PARTICIPLES, ws.w(k)) {
                k += 1;
            }
            while k < n
                && ws.joined(k - 1)
                && matches!(ws.w(k), "with" | "to" | "on" | "from" | "by")
            {
                let mut m = k + 1;
                while m < n
                    && m < k + 6
                    && ws.joined(m - 1)
                    && !ws.w(m).eq_ignore_ascii_case("that")
                {
                    m += 1;
                }
                k = m;
            }
            continue;
        }
        if w.eq_ignore_ascii_case("that") {
            return (k + 1 < n).then_some((k + 1, true));
        }
        // (Not after a verb of stance: `which he described as ...` is its content.)
        // (`on` after `say` and `tell` only: `commented on the ruling` names a topic.)
        if set::ADVERBIAL_OPENERS.among(fw)
            && super::cue::lookup(ws.w(cue)).is_some_and(|c| {
                !c.stance && (is_in(&["say", "tell"], c.lemma) || !w.eq_ignore_ascii_case("on"))
            })
        {
            if let Some(m) = adverbial_end(ws, k) {
                k = m;
                continue;
            }
        }
        if object {
            // The hearer: a `that` within a few words, else one noun phrase.
            if let Some(t) = (k..(k + 14).min(n))
                .find(|&m| ws.w(m).eq_ignore_ascii_case("that") && (k..m).all(|x| ws.joined(x)))
            {
                return (t + 1 < n).then_some((t + 1, true));
            }
            // `asked whether ...`, `asked former Attorney General Eric Holder whether ...`: an
            // indirect question, after its hearer if any.
            if let Some(t) = (k..(k + 8).min(n))
                .take_while(|&m| m == k || ws.joined(m - 1))
                .find(|&m| is_in(QUESTION_WORDS, ws.w(m)))
            {
                if t + 1 < n && (k..t).all(|m| !is_finite(ws.w(m))) {
                    return Some((t, false));
                }
            }
            let mut m = k;
            if set::PRONOUNS.among(fw)
                || matches!(
                    lower_short(w, &mut [0; 16]),
                    "him" | "them" | "us" | "me" | "reporters" | "journalists"
                )
            {
                m = k + 1;
            } else if is_cap(w) || set::DETERMINERS.among(fw) {
                m = k + 1;
                while m < n
                    && m < k + 6
                    && ws.joined(m - 1)
                    && (is_cap(ws.w(m))
                        || matches!(ws.w(m), "of" | "and")
                        || m == k + 1 && is_count(ws.w(m)))
                {
                    m += 1;
                }
                // `a Senate panel`, `his closest advisers`: after a determiner, the
                // hearer's nouns may be in lower case when the hearer ends the clause or
                // an adverbial follows it.
                if set::DETERMINERS.among(fw) {
                    let mut e = m;
                    while e < n && e < k + 6 && ws.joined(e - 1) && hearer_noun(ws.w(e)) {
                        e += 1;
                    }
                    let clause_after = || {
                        (set::DETERMINERS.has(ws.w(e)) || opens_with_subject_pronoun(ws, e))
                            && bare_clause(ws, e, ws.sent.end)
                    };
                    // `urged the two countries to ...`: a hearer with the infinitive after
                    // it is the content's subject, whole.
                    if e > m && ws.is(e, "to") && ws.joined(e - 1) {
                        return Some((k, false));
                    }
                    if e > m
                        && (ends_hearer(ws, e) || clause_after())
                        && !is_in(TOLD_THINGS, ws.w(e - 1))
                    {
                        m = e;
                    }
                }
            }
            // `urged donors to ...`: a bare plural hearer.
            if m == k && !is_cap(w) && w.len() > 3 && w.ends_with('s') && hearer_noun(w) {
                m = k + 1;
            }
            if m == k || m >= n {
                return None;
            }
            // `urged Warsaw to drop the ban`, `asked him to stay`: a hearer with the
            // infinitive after it is the content's subject, whole.
            if ws.is(m, "to") && ws.joined(m - 1) && m + 1 < n && ws.joined(m) {
                return Some((k, false));
            }
            if ws.w(m).eq_ignore_ascii_case("that") {
                return (m + 1 < n).then_some((m + 1, false));
            }
            if !ends_hearer(ws, m) {
                return Some((m, false));
            }
            // After the hearer, adverbials as after the cue (`told reporters Tuesday`).
            k = m;
            object = false;
            continue;
        }
        return Some((k, false));
    }
}

/// Whether `w` may be a lower-case noun or adjective of a hearer after its determiner (`a
/// Senate panel`, `his closest advisers`): no function word, finite verb or time word.
fn hearer_noun(w: &str) -> bool {
    !is_cap(w)
        && w.chars().next().is_some_and(char::is_alphabetic)
        && !set::NP_STOP.has(w)
        && !set::DETERMINERS.has(w)
        && !set::PRONOUNS.has(w)
        && !set::TIME_WORDS.has(w)
        && !is_finite(w)
}

/// Words that open an indirect question (`asked whether ...`).
pub const QUESTION_WORDS: &[&str] = &["how", "if", "what", "whether", "why"];

/// What is told that is no hearer (`told a different story`).
const TOLD_THINGS: &[&str] = &[
    "anecdote",
    "anecdotes",
    "joke",
    "jokes",
    "lie",
    "lies",
    "stories",
    "story",
    "tale",
    "tales",
    "truth",
];

/// Whether a hearer may end before word `e`: at punctuation, a time word, or an
/// adverbial opener (`told reporters Tuesday`, `told his aides as he left`).
fn ends_hearer(ws: &Words, e: usize) -> bool {
    let w = ws.w(e);
    e >= ws.toks.len()
        || !ws.joined(e - 1) && !quote_gap(ws.gap_before(e))
        || ws.joined(e - 1)
            && (set::TIME_WORDS.has(w)
                || set::ADVERBIAL_OPENERS.has(w) && adverbial_end(ws, e).is_some())
}

/// After a cue, the adverbial that word `k` opens, if any (`at a news conference`, `during
/// a rally`, `on MSNBC's “Morning Joe”`, `as he left`): the index of the word after it,
/// where a content may begin. The adverbial runs to the next punctuation or `that`, or to
/// a clause's subject (`said at a rally the plan was dead`); one of more than ten words is
/// not read as one.
fn adverbial_end(ws: &Words, k: usize) -> Option<usize> {
    // (`at least six planes`: a quantity; `in favor of`: a stance.)
    if !set::ADVERBIAL_OPENERS.has(ws.w(k))
        || is_in(
            &["least", "most", "favor", "favour", "support"],
            ws.w(k + 1),
        )
    {
        return None;
    }
    let n = ws.toks.len();
    // (A subordinate clause, `as he labored over ...`, may run long; a prepositional
    // phrase of more than ten words is not read as one.)
    // (`as`, `when`, `while` open a clause; `after`, `before` one only when a subject
    // follows, else a phrase: `after the vote`.)
    let subordinate = is_in(&["as", "when", "while"], ws.w(k))
        || set::SUBORDINATORS.has(ws.w(k)) && opens_with_subject_pronoun(ws, k + 1);
    let last = if subordinate { n } else { n.min(k + 11) };
    let mut end = None;
    for m in k + 1..last {
        // (`at 7:30 p.m.`: a clock time's colon.)
        let clock = ws.gap_before(m) == ":" && ws.w(m).starts_with(|c: char| c.is_ascii_digit());
        if !(ws.joined(m - 1) || clock || quote_gap(ws.gap_before(m)))
            || ws.w(m).eq_ignore_ascii_case("that")
        {
            end = Some(m);
            break;
        }
    }
    let end = match end {
        Some(m) => m,
        None if last == n => n,
        None => return None,
    };
    // `said at 7:30 p.m., there were no units`: an adverbial set off before a clause
    // opens the content.
    if end < n && ws.comma_before(end) && bare_clause(ws, end, ws.sent.end) {
        return None;
    }
    if subordinate {
        return Some(end);
    }
    // A clause's subject inside the run: a determiner or subject pronoun with a finite verb
    // after it.
    let clause = (k + 2..end).find(|&m| {
        (set::DETERMINERS.has(ws.w(m)) || opens_with_subject_pronoun(ws, m))
            && (m + 1..end.min(m + 8)).any(|i| is_finite(ws.w(i)))
    });
    // Or a bare noun before a finite verb (`says in Nova Scotia ambulances are ...`).
    let clause = clause.or_else(|| {
        (k + 3..end)
            .find(|&i| is_finite(ws.w(i)))
            .map(|i| i - 1)
            .filter(|&s| ws.w(s).starts_with(|c: char| c.is_ascii_lowercase()))
    });
    Some(clause.unwrap_or(end))
}

/// Whether a gap between words holds only spaces, quotation marks and a possessive
/// (`MSNBC’s “Morning Joe”`).
fn quote_gap(g: &str) -> bool {
    let g = g
        .strip_prefix("’s")
        .or_else(|| g.strip_prefix("'s"))
        .unwrap_or(g);
    g.chars().all(|c| {
        c.is_whitespace() || matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„')
    })
}

/// The byte where a sentence's content ends: before its closing punctuation.
pub fn trim_end(text: &str, start: usize, end: usize) -> usize {
    let s = text.get(start..end).unwrap_or("");
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | '(' | '—' | '–' | '-'
            )
    });
    start + t.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::tokens;

    fn with<'t, R>(t: &'t str, f: impl FnOnce(&Words<'_, 't>) -> R) -> R {
        let sent = Span::new(0, t.len());
        let toks: Vec<Span> = tokens(t, sent).collect();
        f(&Words {
            text: t,
            toks: &toks,
            sent,
        })
    }

    fn idx(t: &str, word: &str) -> usize {
        with(t, |ws| {
            (0..ws.toks.len()).find(|&i| ws.w(i) == word).unwrap()
        })
    }

    #[test]
    fn word_lists_are_sorted_for_search() {
        for list in [
            AUX_ADV,
            TIME_WORDS,
            NP_STOP,
            DETERMINERS,
            DOCUMENT_WORDS,
            VENUE_WORDS,
            MONTHS,
            DAYS,
            FINITE,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn subject_before_skips_auxiliaries_and_days() {
        let t = "In a statement issued later, Mr. Hemming has also said his group would go.";
        let c = idx(t, "said");
        let s = with(t, |ws| {
            subject_before(ws, c).map(|(a, b)| (ws.w(a), ws.w(b)))
        });
        assert_eq!(s, Some(("Mr", "Hemming")));
        let t = "The US Department of State on Monday said the talks went well.";
        let c = idx(t, "said");
        let s = with(t, |ws| {
            subject_before(ws, c).map(|(a, b)| (ws.w(a), ws.w(b)))
        });
        assert_eq!(s, Some(("The", "State")));
    }

    #[test]
    fn content_start_skips_hearer_and_that() {
        let t = "Lopez told reporters on Friday that the bridge would reopen.";
        let c = idx(t, "told");
        let s = with(t, |ws| {
            content_start(ws, c, true).map(|(k, that)| (ws.w(k), that))
        });
        assert_eq!(s, Some(("the", true)));
        let t = "She said in a statement Tuesday the plan was dead.";
        let c = idx(t, "said");
        let s = with(t, |ws| content_start(ws, c, false).map(|(k, _)| ws.w(k)));
        assert_eq!(s, Some("the"));
    }

    #[test]
    fn time_openers_pass_their_byte_tests() {
        for w in TIME_OPENERS {
            assert!(could_open_time_phrase(w), "{w}");
            assert!(could_open_time_phrase(&w.to_ascii_uppercase()), "{w}");
        }
        assert!(!could_open_time_phrase("at"));
    }

    #[test]
    fn noun_phrase_forward() {
        let t = "said Thierry Zomahoun, chairman of the forum.";
        let s = with(t, |ws| {
            noun_phrase_from(ws, 1).map(|(a, b)| (ws.w(a), ws.w(b)))
        });
        assert_eq!(s, Some(("Thierry", "Zomahoun")));
    }
}
