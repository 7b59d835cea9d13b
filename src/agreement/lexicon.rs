//! The agreement lexicon, as data: trigger words with their frame and status, and the word
//! classes the phrase rules consult (instrument nouns, auxiliaries, time words ...).
//!
//! Every table is matched case-insensitively (ASCII). [`TRIGGERS`] is sorted so that a word
//! is looked up by binary search; a unit test keeps it sorted.

use crate::lexicon::{WordTable, hash, same, slots_for};
use crate::model::Status;

/// How a trigger takes its complements: which phrase rule reads the rest of the clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Frame {
    /// `agree to VP`, `agree on X`, `agree with X to/on ...` (never `agree that`).
    Agree,
    /// `accept an offer / a ceasefire`: the object must be an instrument or an offer.
    Accept,
    /// `promise / pledge / vow / commit / assure / guarantee` + to-VP, that-clause or object.
    Promise,
    /// `offer / propose` + to-VP, a dative (`offered X a rise`) or a commitment object.
    Offer,
    /// `sign / ink / initial / conclude / seal` + an instrument (or its passive).
    Sign,
    /// `reach / strike / clinch` + an agreement noun (or its passive).
    Reach,
    /// `make` + an agreement, offer, proposal or pledge noun.
    Make,
    /// `enter into` + an agreement noun.
    Enter,
    /// `ratify` + an instrument or what is ratified.
    Ratify,
    /// `approve` by a body (parliament, board, member states ...).
    Approve,
    /// `reject / refuse / decline` + an offer or instrument, or `refuse to sign ...`.
    Reject,
    /// `urge X to sign ...`: a proposal.
    Urge,
    /// `vote in favour of X`.
    Vote,
    /// `give its go-ahead / approval`.
    Give,
}

/// The grammatical form of a trigger word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Base or present form (`sign`, `signs`).
    Present,
    /// Simple past, also a past participle (`signed`, `struck`).
    Past,
    /// The `-ing` form (`signing`).
    Gerund,
    /// A form that is a noun as often as a verb (`offer`, `pledge`, `promises`).
    NounOrVerb,
    /// Only a noun (`proposal`).
    Noun,
}

/// A trigger word: its frame, the status its act reaches, and its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Trigger {
    /// The phrase rule that reads its complements.
    pub frame: Frame,
    /// The status of the act.
    pub status: Status,
    /// The word's form.
    pub form: Form,
}

/// A trigger entry (short, for the table).
const fn t(frame: Frame, status: Status, form: Form) -> Trigger {
    Trigger {
        frame,
        status,
        form,
    }
}

use Form::{Gerund as G, Noun as N, NounOrVerb as NV, Past as D, Present as P};
use Frame::*;
use Status::{
    Agreed as AG, Offered as OF, Promised as PR, Proposed as PP, Ratified as RA, Rejected as RJ,
    Signed as SG,
};

/// Every trigger word, lower case, sorted.
pub(crate) const TRIGGERS: &[(&str, Trigger)] = &[
    ("accept", t(Accept, AG, P)),
    ("accepted", t(Accept, AG, D)),
    ("accepting", t(Accept, AG, G)),
    ("accepts", t(Accept, AG, P)),
    ("agree", t(Agree, AG, P)),
    ("agreed", t(Agree, AG, D)),
    ("agreeing", t(Agree, AG, G)),
    ("agrees", t(Agree, AG, P)),
    ("approve", t(Approve, RA, P)),
    ("approved", t(Approve, RA, D)),
    ("approves", t(Approve, RA, P)),
    ("approving", t(Approve, RA, G)),
    ("assure", t(Promise, PR, P)),
    ("assured", t(Promise, PR, D)),
    ("assures", t(Promise, PR, P)),
    ("came", t(Reach, AG, D)),
    ("clinch", t(Reach, AG, P)),
    ("clinched", t(Reach, AG, D)),
    ("clinches", t(Reach, AG, P)),
    ("clinching", t(Reach, AG, G)),
    ("come", t(Reach, AG, P)),
    ("comes", t(Reach, AG, P)),
    ("commit", t(Promise, PR, P)),
    ("commits", t(Promise, PR, P)),
    ("committed", t(Promise, PR, D)),
    ("committing", t(Promise, PR, G)),
    ("conclude", t(Sign, SG, P)),
    ("concluded", t(Sign, SG, D)),
    ("concludes", t(Sign, SG, P)),
    ("concluding", t(Sign, SG, G)),
    ("consent", t(Agree, AG, P)),
    ("consented", t(Agree, AG, D)),
    ("consents", t(Agree, AG, P)),
    ("decline", t(Reject, RJ, P)),
    ("declined", t(Reject, RJ, D)),
    ("declines", t(Reject, RJ, P)),
    ("dismiss", t(Reject, RJ, P)),
    ("dismissed", t(Reject, RJ, D)),
    ("dismisses", t(Reject, RJ, P)),
    ("dismissing", t(Reject, RJ, G)),
    ("endorse", t(Approve, RA, P)),
    ("endorsed", t(Approve, RA, D)),
    ("endorses", t(Approve, RA, P)),
    ("endorsing", t(Approve, RA, G)),
    ("enter", t(Enter, SG, P)),
    ("entered", t(Enter, SG, D)),
    ("entering", t(Enter, SG, G)),
    ("enters", t(Enter, SG, P)),
    ("exchanged", t(Sign, SG, D)),
    ("finalise", t(Sign, SG, P)),
    ("finalised", t(Sign, SG, D)),
    ("finalising", t(Sign, SG, G)),
    ("finalize", t(Sign, SG, P)),
    ("finalized", t(Sign, SG, D)),
    ("finalizing", t(Sign, SG, G)),
    ("gave", t(Give, RA, D)),
    ("give", t(Give, RA, P)),
    ("gives", t(Give, RA, P)),
    ("guarantee", t(Promise, PR, P)),
    ("guaranteed", t(Promise, PR, D)),
    ("guarantees", t(Promise, PR, P)),
    ("hammer", t(Reach, AG, P)),
    ("hammered", t(Reach, AG, D)),
    ("hammering", t(Reach, AG, G)),
    ("initialed", t(Sign, SG, D)),
    ("initialled", t(Sign, SG, D)),
    ("ink", t(Sign, SG, P)),
    ("inked", t(Sign, SG, D)),
    ("inks", t(Sign, SG, P)),
    ("made", t(Make, AG, D)),
    ("make", t(Make, AG, P)),
    ("makes", t(Make, AG, P)),
    ("offer", t(Offer, OF, NV)),
    ("offered", t(Offer, OF, D)),
    ("offering", t(Offer, OF, G)),
    ("offers", t(Offer, OF, NV)),
    ("pledge", t(Promise, PR, NV)),
    ("pledged", t(Promise, PR, D)),
    ("pledges", t(Promise, PR, NV)),
    ("pledging", t(Promise, PR, G)),
    ("present", t(Make, PP, P)),
    ("presented", t(Make, PP, D)),
    ("presenting", t(Make, PP, G)),
    ("presents", t(Make, PP, P)),
    ("promise", t(Promise, PR, NV)),
    ("promised", t(Promise, PR, D)),
    ("promises", t(Promise, PR, NV)),
    ("promising", t(Promise, PR, G)),
    ("proposal", t(Offer, PP, N)),
    ("proposals", t(Offer, PP, N)),
    ("propose", t(Offer, PP, P)),
    ("proposed", t(Offer, PP, D)),
    ("proposes", t(Offer, PP, P)),
    ("proposing", t(Offer, PP, G)),
    ("ratified", t(Ratify, RA, D)),
    ("ratifies", t(Ratify, RA, P)),
    ("ratify", t(Ratify, RA, P)),
    ("ratifying", t(Ratify, RA, G)),
    ("reach", t(Reach, AG, P)),
    ("reached", t(Reach, AG, D)),
    ("reaches", t(Reach, AG, P)),
    ("reaching", t(Reach, AG, G)),
    ("rebuff", t(Reject, RJ, P)),
    ("rebuffed", t(Reject, RJ, D)),
    ("rebuffs", t(Reject, RJ, P)),
    ("refuse", t(Reject, RJ, P)),
    ("refused", t(Reject, RJ, D)),
    ("refuses", t(Reject, RJ, P)),
    ("reject", t(Reject, RJ, P)),
    ("rejected", t(Reject, RJ, D)),
    ("rejecting", t(Reject, RJ, G)),
    ("rejects", t(Reject, RJ, P)),
    ("rule", t(Reject, RJ, P)),
    ("ruled", t(Reject, RJ, D)),
    ("ruling", t(Reject, RJ, G)),
    ("seal", t(Sign, SG, P)),
    ("sealed", t(Sign, SG, D)),
    ("sign", t(Sign, SG, NV)),
    ("signed", t(Sign, SG, D)),
    ("signing", t(Sign, SG, G)),
    ("signs", t(Sign, SG, NV)),
    ("spurn", t(Reject, RJ, P)),
    ("spurned", t(Reject, RJ, D)),
    ("spurns", t(Reject, RJ, P)),
    ("strike", t(Reach, AG, P)),
    ("strikes", t(Reach, AG, P)),
    ("struck", t(Reach, AG, D)),
    ("submit", t(Make, PP, P)),
    ("submits", t(Make, PP, P)),
    ("submitted", t(Make, PP, D)),
    ("submitting", t(Make, PP, G)),
    ("turn", t(Reject, RJ, P)),
    ("turned", t(Reject, RJ, D)),
    ("turning", t(Reject, RJ, G)),
    ("turns", t(Reject, RJ, P)),
    ("undertake", t(Promise, PR, P)),
    ("undertaken", t(Promise, PR, D)),
    ("undertakes", t(Promise, PR, P)),
    ("undertaking", t(Promise, PR, G)),
    ("undertook", t(Promise, PR, D)),
    ("urge", t(Urge, PP, P)),
    ("urged", t(Urge, PP, D)),
    ("urges", t(Urge, PP, P)),
    ("veto", t(Reject, RJ, P)),
    ("vetoed", t(Reject, RJ, D)),
    ("vetoes", t(Reject, RJ, P)),
    ("vetoing", t(Reject, RJ, G)),
    ("vote", t(Vote, RA, P)),
    ("voted", t(Vote, RA, D)),
    ("vow", t(Promise, PR, NV)),
    ("vowed", t(Promise, PR, D)),
    ("vowing", t(Promise, PR, G)),
    ("vows", t(Promise, PR, NV)),
];

/// Companion bit: an instrument noun ([`INSTRUMENTS`]).
pub(crate) const INSTRUMENT: u8 = 1;
/// Companion bit: `into` (`entered into`).
pub(crate) const INTO: u8 = 2;
/// Companion bit: `favor`, `favour` or `against` (`voted in favour of`, `voted against`).
pub(crate) const FAVOUR: u8 = 4;
/// Companion bit: an approval noun ([`APPROVALS`]) or `green` (`the green light`).
pub(crate) const APPROVAL: u8 = 8;

/// What a frame needs in its sentence besides the trigger before any act can be read
/// there: the companion bits of the words that must stand in it. An agreement, a promise,
/// an offer or a ratification can be read from the trigger's clause alone; the other frames
/// each need an instrument noun (`signed a pact`, `made an offer`, `refused to sign the
/// treaty`), and some a fixed word of their phrase (`entered into`, `voted in favour of`,
/// `gave its approval`).
pub(crate) const fn needs(frame: Frame) -> u8 {
    match frame {
        Agree | Promise | Offer | Ratify | Approve => 0,
        Accept | Sign | Reach | Make | Reject | Urge => INSTRUMENT,
        Enter => INSTRUMENT | INTO,
        Vote => INSTRUMENT | FAVOUR,
        Give => APPROVAL,
    }
}

/// Letter runs that stand for a companion besides the instrument and approval nouns
/// themselves: the letters of a hyphenated one (`cease-fire`, `go-ahead`), the words
/// the rules read in a fixed phrase (`letter of intent`, `green light`, `into`, `favour`)
/// and the matters a rejection reads besides instruments ([`REJECTED_MATTERS`]).
pub(crate) const COMPANIONS: &[(&str, u8)] = &[
    ("cease", INSTRUMENT),
    ("intent", INSTRUMENT),
    ("ahead", APPROVAL),
    ("green", APPROVAL),
    ("into", INTO),
    ("favor", FAVOUR),
    ("favour", FAVOUR),
    ("against", FAVOUR),
    ("approach", INSTRUMENT),
    ("behalf", INSTRUMENT),
    ("motion", INSTRUMENT),
    ("motions", INSTRUMENT),
    ("package", INSTRUMENT),
    ("reform", INSTRUMENT),
    ("reforms", INSTRUMENT),
    ("request", INSTRUMENT),
    ("requests", INSTRUMENT),
];

/// Room for every key word: each trigger, instrument, approval and companion.
const KEYS_MAX: usize = TRIGGERS.len() + INSTRUMENTS.len() + APPROVALS.len() + COMPANIONS.len();

/// The key words a letter run is looked up among, with their companion bits, and their
/// number: the triggers first, in the order of [`TRIGGERS`] (so that a key below
/// `TRIGGERS.len()` is its trigger's row), then every instrument, approval and companion
/// word once (a word that is also a trigger adds its bits to the trigger's). Words with
/// other characters than letters are left out: no letter run is one.
const fn key_words() -> ([&'static str; KEYS_MAX], [u8; KEYS_MAX], usize) {
    let mut words = [""; KEYS_MAX];
    let mut bits = [0u8; KEYS_MAX];
    let mut n = 0;
    let mut i = 0;
    while i < TRIGGERS.len() {
        n = add_key(&mut words, &mut bits, n, TRIGGERS[i].0, 0);
        i += 1;
    }
    assert!(n == TRIGGERS.len());
    i = 0;
    while i < INSTRUMENTS.len() {
        n = add_key(&mut words, &mut bits, n, INSTRUMENTS[i].0, INSTRUMENT);
        i += 1;
    }
    i = 0;
    while i < APPROVALS.len() {
        n = add_key(&mut words, &mut bits, n, APPROVALS[i], APPROVAL);
        i += 1;
    }
    i = 0;
    while i < COMPANIONS.len() {
        n = add_key(&mut words, &mut bits, n, COMPANIONS[i].0, COMPANIONS[i].1);
        i += 1;
    }
    (words, bits, n)
}

/// Adds the word `w` with the companion bits `b` to the first `n` key words (to its
/// entry, if it is one already); the new number of words.
const fn add_key(
    words: &mut [&'static str; KEYS_MAX],
    bits: &mut [u8; KEYS_MAX],
    n: usize,
    w: &'static str,
    b: u8,
) -> usize {
    let mut i = 0;
    while i < w.len() {
        if !w.as_bytes()[i].is_ascii_alphabetic() {
            return n;
        }
        i += 1;
    }
    let mut k = 0;
    while k < n {
        if same(words[k].as_bytes(), w.as_bytes()) {
            bits[k] |= b;
            return n;
        }
        k += 1;
    }
    words[n] = w;
    bits[n] = b;
    n + 1
}

/// [`key_words`], built once.
const KEY_LIST: ([&str; KEYS_MAX], [u8; KEYS_MAX], usize) = key_words();

/// The number of key words.
const KEY_COUNT: usize = KEY_LIST.2;

/// The first `N` items of `all`.
const fn first<T: Copy, const M: usize, const N: usize>(all: &[T; M], fill: T) -> [T; N] {
    let mut out = [fill; N];
    let mut i = 0;
    while i < N {
        out[i] = all[i];
        i += 1;
    }
    out
}

/// The key words ([`key_words`]).
const KEY_WORDS: [&str; KEY_COUNT] = first(&KEY_LIST.0, "");

/// The companion bits of each key word.
const KEY_COMPANIONS: [u8; KEY_COUNT] = first(&KEY_LIST.1, 0);

/// [`KEY_WORDS`] indexed for lookup (see [`crate::lexicon`]): a word's index is its row.
static KEY_INDEX: WordTable<KEY_COUNT, { slots_for(KEY_COUNT) }> = WordTable::build(&[&KEY_WORDS]);

/// The tail of a letter run, the first thing the scan reads of it: the four bytes that end
/// it (a little-endian `u32`, ASCII letters lower-cased); for a run of three letters, the
/// byte before it left out (zero).
#[inline]
pub(crate) const fn tail(last4: u32, three: bool) -> u32 {
    let x = last4 | 0x2020_2020;
    if three { x & 0xffff_ff00 } else { x }
}

/// The bit of a [`tail`] in [`TAILS`] (twelve bits of a multiplicative hash).
#[inline]
const fn tail_bit(tail: u32) -> usize {
    (tail.wrapping_mul(0x9e37_79b1) >> 20) as usize
}

/// The tails of every key word, as a set of 4096 flags (one byte each, so that a run is
/// tested by one load): a letter run whose tail is not in it is no key word (nine runs in
/// ten are refused so, before their start is looked for).
static TAILS: [bool; 4096] = {
    let mut m = [false; 4096];
    let mut i = 0;
    while i < KEY_WORDS.len() {
        let w = KEY_WORDS[i].as_bytes();
        let n = w.len();
        let last4 = if n == 3 {
            (w[0] as u32) << 8 | (w[1] as u32) << 16 | (w[2] as u32) << 24
        } else {
            w[n - 4] as u32
                | (w[n - 3] as u32) << 8
                | (w[n - 2] as u32) << 16
                | (w[n - 1] as u32) << 24
        };
        m[tail_bit(tail(last4, n == 3))] = true;
        i += 1;
    }
    m
};

/// Whether a letter run with this [`tail`] may be a key word.
#[inline]
pub(crate) fn may_end_key(tail: u32) -> bool {
    TAILS[tail_bit(tail)]
}

/// For each word length and first letter (its low five bits, so either case), the set of
/// last letters (low five bits) that key words of that length and first letter have:
/// most words are refused by one bit test, without a table search.
const FIRST_LAST: [[u32; 32]; 13] = {
    let mut m = [[0u32; 32]; 13];
    let mut i = 0;
    while i < KEY_WORDS.len() {
        let w = KEY_WORDS[i].as_bytes();
        m[w.len()][(w[0] & 31) as usize] |= 1 << (w[w.len() - 1] & 31);
        i += 1;
    }
    m
};

/// For each first and second letter (their low five bits), the set of lengths of the key
/// words that open with them: a second bit test after [`FIRST_LAST`].
const FIRST_TWO: [[u16; 32]; 32] = {
    let mut m = [[0u16; 32]; 32];
    let mut i = 0;
    while i < KEY_WORDS.len() {
        let w = KEY_WORDS[i].as_bytes();
        m[(w[0] & 31) as usize][(w[1] & 31) as usize] |= 1 << w.len();
        i += 1;
    }
    m
};

/// For each last but one and last letter (their low five bits), the set of lengths of the
/// key words that end with them: the third bit test, after which few words are left for
/// the table search.
const LAST_TWO: [[u16; 32]; 32] = {
    let mut m = [[0u16; 32]; 32];
    let mut i = 0;
    while i < KEY_WORDS.len() {
        let w = KEY_WORDS[i].as_bytes();
        let n = w.len();
        m[(w[n - 2] & 31) as usize][(w[n - 1] & 31) as usize] |= 1 << n;
        i += 1;
    }
    m
};

/// Whether the letters `b` may be a key word, by length, first two and last two letters;
/// every key word passes.
#[inline]
fn maybe_key(b: &[u8]) -> bool {
    match (FIRST_LAST.get(b.len()), b.first_chunk(), b.last_chunk()) {
        (Some(row), Some(&[f, s]), Some(&[x, l])) => {
            row[usize::from(f & 31)] >> (l & 31) & 1 == 1
                && FIRST_TWO[usize::from(f & 31)][usize::from(s & 31)] >> b.len() & 1 == 1
                && LAST_TWO[usize::from(x & 31)][usize::from(l & 31)] >> b.len() & 1 == 1
        }
        _ => false,
    }
}

/// The key word that the letters `b` are (any ASCII case), as its index: three bit tests,
/// then one hash probe.
#[inline]
pub(crate) fn key(b: &[u8]) -> Option<usize> {
    if !maybe_key(b) {
        return None;
    }
    KEY_INDEX.index_bytes(b)
}

/// The trigger entry of key word `k`, if it is a trigger.
pub(crate) fn key_trigger(k: usize) -> Option<Trigger> {
    TRIGGERS.get(k).map(|t| t.1)
}

/// The companion bits of key word `k`.
pub(crate) fn key_companions(k: usize) -> u8 {
    KEY_COMPANIONS.get(k).copied().unwrap_or(0)
}

/// The particle a phrasal trigger needs right after it (`came to`, `turned down`).
pub(crate) fn particle(word: &[u8]) -> Option<&'static [u8]> {
    let lower = |w: &str| word.eq_ignore_ascii_case(w.as_bytes());
    if ["come", "came", "comes"].iter().any(|w| lower(w)) {
        Some(b"to")
    } else if ["turn", "turned", "turns", "turning"]
        .iter()
        .any(|w| lower(w))
    {
        Some(b"down")
    } else if ["rule", "ruled", "ruling"].iter().any(|w| lower(w)) {
        Some(b"out")
    } else {
        None
    }
}

/// The trigger entry of `word`, if it is one (ASCII case-insensitive).
pub(crate) fn trigger(word: &str) -> Option<Trigger> {
    let b = word.as_bytes();
    // (the bit tests first: they refuse most words, before a look at every letter)
    if !maybe_key(b) || !b.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    KEY_INDEX.index_bytes(b).and_then(key_trigger)
}

/// What kind of thing an instrument noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An agreement proper: treaty, pact, accord, MOU, deal, contract ...
    Core,
    /// An offer or a proposal, which can be accepted or rejected.
    Offer,
    /// A pledge or a promise (made).
    Pledge,
    /// Papers that are signed (`documents of accession`).
    Paper,
}

/// Head nouns of instruments, with their kind.
pub(crate) const INSTRUMENTS: &[(&str, Kind)] = &[
    ("accord", Kind::Core),
    ("accords", Kind::Core),
    ("agreement", Kind::Core),
    ("agreements", Kind::Core),
    ("armistice", Kind::Core),
    ("arrangement", Kind::Core),
    ("arrangements", Kind::Core),
    ("cease-fire", Kind::Core),
    ("ceasefire", Kind::Core),
    ("charter", Kind::Core),
    ("compact", Kind::Core),
    ("compromise", Kind::Core),
    ("consensus", Kind::Core),
    ("contract", Kind::Core),
    ("contracts", Kind::Core),
    ("convention", Kind::Core),
    ("communique", Kind::Core),
    ("communiques", Kind::Core),
    ("declaration", Kind::Core),
    ("deal", Kind::Core),
    ("deals", Kind::Core),
    ("memoranda", Kind::Core),
    ("memorandum", Kind::Core),
    ("memorandums", Kind::Core),
    ("mou", Kind::Core),
    ("mous", Kind::Core),
    ("pact", Kind::Core),
    ("pacts", Kind::Core),
    ("protocol", Kind::Core),
    ("protocols", Kind::Core),
    ("roadmap", Kind::Core),
    ("roadmaps", Kind::Core),
    ("settlement", Kind::Core),
    ("treaties", Kind::Core),
    ("treaty", Kind::Core),
    ("truce", Kind::Core),
    ("bid", Kind::Offer),
    ("condition", Kind::Offer),
    ("conditions", Kind::Offer),
    ("formula", Kind::Offer),
    ("bids", Kind::Offer),
    ("offer", Kind::Offer),
    ("offers", Kind::Offer),
    ("proposal", Kind::Offer),
    ("proposals", Kind::Offer),
    ("plan", Kind::Offer),
    ("initiative", Kind::Offer),
    ("initiatives", Kind::Offer),
    ("terms", Kind::Offer),
    ("pledge", Kind::Pledge),
    ("pledges", Kind::Pledge),
    ("promise", Kind::Pledge),
    ("promises", Kind::Pledge),
    ("commitment", Kind::Pledge),
    ("document", Kind::Paper),
    ("documents", Kind::Paper),
    ("papers", Kind::Paper),
];

/// Words that join an instrument head to its complement in a fixed name:
/// `memorandum of understanding`, `letter of intent`, `documents of accession`.
pub(crate) const OF_COMPLEMENTS: &[&str] = &[
    "understanding",
    "intent",
    "accession",
    "ratification",
    "agreement",
];

/// `letter(s)` is an instrument only as `letter of intent`.
pub(crate) const LETTERS: &[&str] = &["letter", "letters"];

/// The kind of the instrument noun `word`, if it is one.
pub(crate) fn instrument(word: &str) -> Option<Kind> {
    kind_of(classes(word))
}

/// Determiners and possessive pronouns: they open a noun phrase.
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "any", "no", "every", "each", "another", "both", "all", "some", "multiple", "several", "many",
];

/// Auxiliaries and modals that stand between a subject and its verb.
pub(crate) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "do", "does", "did", "is", "are", "was", "were", "be", "been", "being", "'s",
    "'ll", "'d", "’s", "’ll", "’d", "am",
];

/// Forms of `be`: before a past participle they make a passive.
pub(crate) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

/// Modals and verbs of plan that make an act future.
pub(crate) const FUTURE: &[&str] = &[
    "will",
    "would",
    "shall",
    "should",
    "'ll",
    "’ll",
    "could",
    "may",
    "might",
    "willing",
    "ready",
    "expected",
    "expects",
    "set",
    "scheduled",
    "due",
    "going",
    "plans",
    "planned",
    "plan",
    "intends",
    "intended",
    "hopes",
    "hoped",
    "wants",
    "aims",
    "likely",
    "prepared",
    // an obligation still to be met (`must still be ratified`)
    "must",
];

/// Verbs of obligation before `to`: the act is still to be done (`still has to approve`).
pub(crate) const OBLIGED: &[&str] = &["has", "have", "needs"];

/// Verbs that take a to-infinitive whose subject is their own (`failed to agree`,
/// `is willing to accept`, `plans to sign`).
pub(crate) const CATENATIVES: &[&str] = &[
    "failed",
    "fails",
    "fail",
    "willing",
    "ready",
    "able",
    "unable",
    "expected",
    "set",
    "due",
    "going",
    "planned",
    "plans",
    "plan",
    "hopes",
    "hoped",
    "hope",
    "wants",
    "wanted",
    "want",
    "decided",
    "decides",
    "sought",
    "seeks",
    "tried",
    "tries",
    "intends",
    "intended",
    "likely",
    "prepared",
    "moved",
    "aims",
    "aimed",
    "scheduled",
    "poised",
    "needs",
    "needed",
    "continued",
    "voted",
    "votes",
    "appeared",
    "declined",
    "declines",
    "refused",
    "refuses",
];

/// Adverbs that may stand between a subject and its verb.
pub(crate) const ADVERBS: &[&str] = &[
    "also",
    "further",
    "already",
    "still",
    "yet",
    "now",
    "then",
    "today",
    "yesterday",
    "tonight",
    "jointly",
    "formally",
    "finally",
    "narrowly",
    "earlier",
    "later",
    "reportedly",
    "eventually",
    "officially",
    "tentatively",
    "just",
    "even",
    "again",
    "recently",
    "both",
    "all",
    "each",
    "quickly",
    "previously",
    "subsequently",
    "since",
    "once",
    "unanimously",
    "initially",
    "almost",
    "nearly",
    "first",
    "readily",
    "publicly",
    "privately",
    "conditionally",
    "immediately",
    "last",
    "this",
    "early",
    "late",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "themselves",
    "instead",
    "ultimately",
    "reluctantly",
    "sometimes",
    "often",
    "usually",
    "always",
];

/// Time words: days, months and the words of relative time.
pub(crate) const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "later",
    "earlier",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Prepositions.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "by",
    "since",
    "until",
    "from",
    "for",
    "with",
    "after",
    "before",
    "under",
    "over",
    "into",
    "to",
    "of",
    "between",
    "among",
    "against",
    "about",
    "through",
    "without",
    "within",
    "despite",
    "following",
    "like",
    "upon",
    "across",
    "around",
    "out",
    "towards",
    "toward",
];

/// Words that end a subject when walking back from its verb: conjunctions that open a
/// clause, relative pronouns, and verbs of saying.
pub(crate) const CLAUSE_BREAKS: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "because",
    "if",
    "although",
    "though",
    "since",
    "unless",
    "whereas",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "announced",
    "announces",
    "reported",
    "stated",
    "noted",
    "saying",
    "but",
    "then",
    "so",
    "after",
    "before",
    "than",
    "once",
    "whether",
    "as",
    "confirmed",
    "explained",
    "believes",
    "thinks",
    "hopes",
    "why",
    "how",
    "what",
];

/// Verbs of saying: they mark an attribution tail (`, the ministry said.`).
pub(crate) const REPORT_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "announces",
    "stated",
    "noted",
    "explained",
    "confirmed",
    "according",
    "quoted",
    "disclosed",
    "revealed",
    "insisted",
    "argued",
    "warned",
    "claimed",
    "countered",
    "replied",
    "contended",
];

/// Relative pronouns.
pub(crate) const RELATIVES: &[&str] = &["which", "that", "who"];

/// Words that open a new clause after a comma inside a committed action, ending it.
pub(crate) const ACTION_BREAKS_AFTER_COMMA: &[&str] = &[
    "saying",
    "adding",
    "citing",
    "while",
    "as",
    "because",
    "although",
    "though",
    "whereas",
    "according",
    "and",
    "but",
];

/// Words that end a committed action wherever they stand.
pub(crate) const ACTION_BREAKS: &[&str] = &[
    "after",
    "following",
    "before",
    "because",
    "while",
    "although",
    "under",
    "whereas",
];

/// Subject pronouns; a party that is one of these is resolved through the entity table.
pub(crate) const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Reflexive pronouns (`committed themselves to`).
pub(crate) const REFLEXIVES: &[&str] = &[
    "themselves",
    "itself",
    "himself",
    "herself",
    "ourselves",
    "myself",
];

/// Adverbs and conjunctions trimmed from the front of a subject.
pub(crate) const LEADING_TRIM: &[&str] = &[
    "not",
    "whether",
    "and",
    "but",
    "or",
    "also",
    "meanwhile",
    "however",
    "additionally",
    "notably",
    "so",
    "yet",
    "thus",
    "now",
    "then",
    "instead",
    "still",
    "moreover",
    "furthermore",
    "separately",
];

/// Heads of bodies that can approve (`approve` is an agreement act only for these).
pub(crate) const BODIES: &[&str] = &[
    "parliament",
    "house",
    "senate",
    "congress",
    "assembly",
    "cabinet",
    "council",
    "board",
    "shareholders",
    "stockholders",
    "committee",
    "commission",
    "commissions",
    "legislature",
    "lawmakers",
    "legislators",
    "states",
    "governments",
    "government",
    "members",
    "countries",
    "nations",
    "ministers",
    "directors",
    "regulators",
    "union",
    "voters",
    "court",
    "diet",
    "bundestag",
    "duma",
    "knesset",
    "majlis",
    "parliaments",
    "authorities",
    "creditors",
];

/// Words in an offered or pledged object that make it a commitment (`a 2.7 pct rise`).
pub(crate) const OFFER_OBJECTS: &[&str] = &[
    "access",
    "aid",
    "amnesty",
    "assistance",
    "asylum",
    "bid",
    "billion",
    "bln",
    "cease-fire",
    "ceasefire",
    "compensation",
    "concession",
    "concessions",
    "contract",
    "cooperation",
    "credit",
    "credits",
    "cut",
    "cuts",
    "deal",
    "dlrs",
    "dollars",
    "funding",
    "funds",
    "grant",
    "grants",
    "guarantees",
    "incentives",
    "increase",
    "investment",
    "job",
    "jobs",
    "land",
    "loan",
    "loans",
    "million",
    "mln",
    "money",
    "package",
    "payment",
    "payments",
    "plan",
    "raise",
    "reduction",
    "rise",
    "rises",
    "seats",
    "settlement",
    "subsidies",
    "terms",
    "tonnes",
    "tons",
    "training",
    "troops",
    "truce",
];

/// Adjectives that may stand between a determiner and a noun trigger (`a rival offer`).
pub(crate) const NOMINAL_ADJECTIVES: &[&str] = &[
    "rival",
    "new",
    "recent",
    "final",
    "latest",
    "fresh",
    "formal",
    "similar",
    "improved",
    "revised",
    "earlier",
    "initial",
    "firm",
    "conditional",
    "previous",
    "original",
    "joint",
    "peace",
    "unsolicited",
    "hostile",
    "friendly",
    "sweetened",
    "higher",
    "lower",
    "formal",
];

/// What a body approves when the approval is an agreement act: an accord, a merger, an
/// offer (not a dividend, a budget, a bill, a plan or a sale). A membership counts only
/// with its organisation named ([`ACCESSIONS`]).
pub(crate) const APPROVE_OBJECTS: &[&str] = &[
    "merger",
    "acquisition",
    "takeover",
    "offer",
    "bid",
    "settlement",
    "agreement",
    "accord",
    "treaty",
    "deal",
    "pact",
    "contract",
    "protocol",
    "ceasefire",
    "cease-fire",
    "truce",
    "memorandum",
];

/// Nouns of joining an organisation: `approve` / `give its go-ahead to` them is an
/// agreement act only with the organisation named (`NATO expansion`, `joining the
/// alliance`), never alone (`the entry of new products`).
pub(crate) const ACCESSIONS: &[&str] = &[
    "accession",
    "membership",
    "enlargement",
    "expansion",
    "joining",
    "inclusion",
    "entry",
    "admission",
];

/// Organisation nouns that complete a membership (`joining the alliance`).
pub(crate) const MEMBER_BODIES: &[&str] = &[
    "alliance",
    "union",
    "bloc",
    "organisation",
    "organization",
    "treaty",
    "pact",
    "community",
    "nato",
    "club",
    "federation",
    "association",
];

/// Heads of parties that are things, not agents: a report concludes nothing, a law
/// guarantees nothing, a plan promises nothing (in the agreement sense).
pub(crate) const INANIMATES: &[&str] = &[
    "report",
    "reports",
    "study",
    "studies",
    "survey",
    "analysis",
    "investigation",
    "inquiry",
    "probe",
    "review",
    "audit",
    "research",
    "findings",
    "paper",
    "article",
    "law",
    "laws",
    "constitution",
    "act",
    "rule",
    "rules",
    "measure",
    "bill",
    "system",
    "policy",
    "plan",
    "scheme",
    "program",
    "programme",
    "clause",
    "provision",
    "regulation",
    "regulations",
    "statute",
    "data",
    "evidence",
    "book",
    "film",
    "movie",
    "song",
    "show",
    "product",
    "device",
    "phone",
    "model",
    "ruling",
    "verdict",
    "decision",
    "document",
    "letter",
    "memo",
    "budget",
    "forecast",
    "index",
    "market",
    "economy",
    "technology",
    "method",
    "strategy",
    "framework",
    "platform",
    "service",
    "app",
    "software",
    "design",
    "museum",
    "hotel",
    "restaurant",
    "resort",
    "tour",
    "package",
    "deal",
    "agreement",
    "treaty",
    "accord",
    "pact",
    "contract",
    "warranty",
    "insurance",
    "note",
    "statement",
    "declaration",
    "charter",
    "version",
    "update",
    "release",
    "season",
];

/// Lower-case heads of parties that can give a guarantee or an assurance (besides names,
/// pronouns, bodies and organisations).
pub(crate) const AGENTS: &[&str] = &[
    "official",
    "officials",
    "minister",
    "ministers",
    "president",
    "leader",
    "leaders",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "company",
    "companies",
    "firm",
    "firms",
    "bank",
    "banks",
    "group",
    "side",
    "sides",
    "management",
    "employer",
    "employers",
    "owner",
    "owners",
    "chairman",
    "chairwoman",
    "chief",
    "executive",
    "executives",
    "administration",
    "rebels",
    "army",
    "military",
    "police",
    "mayor",
    "governor",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "envoy",
    "ambassador",
    "diplomat",
    "diplomats",
    "negotiator",
    "negotiators",
    "manager",
    "managers",
    "partner",
    "partners",
    "buyer",
    "seller",
    "insurer",
    "lender",
    "lenders",
    "creditor",
    "investor",
    "investors",
    "operator",
    "carrier",
    "airline",
    "utility",
    "producer",
    "producers",
    "exporters",
    "importers",
    "donors",
    "allies",
    "country",
    "state",
    "regime",
    "junta",
    "coalition",
    "opposition",
    "secretary",
    "general",
    "commander",
    "prosecutor",
    "prosecutors",
    "lawyer",
    "lawyers",
    "director",
    "ceo",
    "founder",
    "candidate",
    "father",
    "mother",
    "man",
    "woman",
    "people",
    "workers",
    "union",
    "unions",
    "organizers",
    "organisers",
];

/// Securities on sale: `offering 150 mln dlrs of notes` is an issue, not a commitment.
pub(crate) const SECURITIES: &[&str] = &[
    "notes",
    "securities",
    "debentures",
    "bonds",
    "bills",
    "warrants",
    "units",
    "paper",
    "issue",
    "eurobonds",
    "eurobond",
    "certificates",
    "debt",
    "preferred",
    "common",
    "stock",
    "forward",
    "shares",
    "share",
    "stocks",
    "stake",
    "note",
    "bond",
    "debenture",
    "equity",
    "ipo",
    "offering",
    "obligations",
];

/// First verbs of an action that make a promise a threat (`vowed to kill`).
pub(crate) const THREATS: &[&str] = &[
    "kill",
    "attack",
    "destroy",
    "bomb",
    "retaliate",
    "punish",
    "crush",
    "annihilate",
    "wipe",
    "execute",
    "hurt",
    "harm",
    "avenge",
    "revenge",
    "behead",
    "shoot",
    "murder",
    "disrupt",
    "sabotage",
    "invade",
];

/// Words for a pair or group of parties, with how many they stand for (`the two sides`).
pub(crate) const NUMBERS: &[(&str, usize)] = &[("two", 2), ("both", 2), ("three", 3), ("four", 4)];

/// Cardinal numbers spelled out (`offered Portugal two water bombers`).
pub(crate) const CARDINALS: &[&str] = &[
    "eight", "eleven", "five", "four", "nine", "seven", "six", "ten", "three", "twelve", "two",
];

/// Objects of `give` that make it an approval (`gave its go-ahead`).
pub(crate) const APPROVALS: &[&str] = &["go-ahead", "approval", "assent", "consent"];

/// Verbs that, as an infinitive after `urge` or `refuse`, name an agreement act.
pub(crate) const INNER_ACTS: &[&str] = &[
    "sign", "accept", "ratify", "agree", "conclude", "approve", "adopt", "endorse", "join",
    "honour", "honor", "commit",
];

/// Words after `and` that continue a company name (`Kleinwort Grieveson and Co`).
pub(crate) const NAME_TAILS: &[&str] = &[
    "co",
    "co.",
    "company",
    "sons",
    "partners",
    "associates",
    "brothers",
    "bros",
    "bros.",
];

/// Last words of company names (`American Telephone and Telegraph Co`): an `and` before
/// such a short conjunct is part of the name.
pub(crate) const COMPANY_SUFFIXES: &[&str] = &[
    "co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "group", "bank", "company",
    "ag", "sa", "nv", "spa", "gmbh", "llc", "lp", "partners", "trust", "holdings",
];

/// Verbs that introduce reported speech (a local source when no attribution holds an act).
pub(crate) const SAYING: &[&str] = &[
    "said",
    "says",
    "added",
    "told",
    "reported",
    "announced",
    "stated",
    "according",
    "quoted",
    "disclosed",
    "confirmed",
];

/// Nouns in `-ing` that are no gerund after `propose` (`proposed funding for ...` is a
/// commitment's object, read as one).
pub(crate) const ING_NOUNS: &[&str] = &[
    "anything",
    "ceiling",
    "evening",
    "everything",
    "funding",
    "meeting",
    "morning",
    "nothing",
    "something",
    "spending",
    "training",
];

/// What a proposal puts to another side (`proposed a joint patrol`, `proposed talks`); a
/// policy proposed to no one (`proposed a carbon tax`) is no agreement act.
pub(crate) const PROPOSALS: &[&str] = &[
    "joint",
    "talks",
    "meeting",
    "summit",
    "negotiations",
    "ceasefire",
    "cease-fire",
    "truce",
    "compromise",
    "settlement",
    "swap",
    "exchange",
    "merger",
    "deal",
    "terms",
    "alliance",
    "partnership",
    "venture",
    "debate",
    "debates",
    "cooperation",
    "accord",
    "agreement",
    "agreements",
    "framework",
    "pact",
    "treaty",
    "armistice",
    "dialogue",
    "takeover",
    "acquisition",
];

/// What is rejected besides an instrument or an offer (`rejected the reform`, `rejected a
/// motion to delay ...`, `rejected a Bolivian request`): a matter put to the rejecting side
/// for its consent. A request counts only as a state's (see [`REQUESTS`]), an approach
/// only as a named side's.
pub(crate) const REJECTED_MATTERS: &[&str] = &[
    "approach", "motion", "motions", "package", "reform", "reforms", "request", "requests",
];

/// Matters of [`REJECTED_MATTERS`] that are a negotiating side's only with that side named
/// by its nationality (`a Bolivian request`): `an interview request`, `a request from
/// Democrats` put to a court ask for no commitment.
pub(crate) const REQUESTS: &[&str] = &["request", "requests"];

/// Linking verbs between a subject and an adjectival trigger (`we remain committed to`).
pub(crate) const LINKING: &[&str] = &[
    "remain", "remains", "remained", "stay", "stays", "stayed", "seem", "seems", "seemed",
    "appear", "appears", "became", "become", "becomes",
];

/// Words of a run for office: `a presidential bid` is no offer.
pub(crate) const OFFICE_WORDS: &[&str] = &[
    "presidential",
    "election",
    "reelection",
    "re-election",
    "leadership",
    "senate",
    "congressional",
    "gubernatorial",
    "mayoral",
    "olympic",
    "title",
    "comeback",
    "record",
];

/// Nouns of opinion: `agree with this view` is no agreement.
pub(crate) const OPINIONS: &[&str] = &[
    "view",
    "views",
    "sentiment",
    "assessment",
    "analysis",
    "statement",
    "comments",
    "idea",
    "position",
    "opinion",
    "criticism",
    "characterization",
    "conclusion",
    "premise",
    "point",
];

/// Heads of organisation names: `the Energy and Commerce subcommittee` is one body.
pub(crate) const ORG_HEADS: &[&str] = &[
    "committee",
    "subcommittee",
    "commission",
    "council",
    "department",
    "ministry",
    "bank",
    "institute",
    "union",
    "association",
    "federation",
    "board",
    "authority",
    "agency",
    "committees",
    "corporation",
    "foundation",
    "party",
    "front",
    "movement",
    "league",
];

/// Abbreviations that keep their full stop in a sentence's tokens (`Mr.`, `Inc.`, `Gen.`).
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "adm", "bros", "capt", "cmdr", "co", "col", "corp", "cpl", "dr", "ft", "gen", "gov", "hon",
    "inc", "insp", "jr", "lt", "ltd", "maj", "messrs", "mr", "mrs", "ms", "mt", "no", "plc",
    "pres", "prof", "pvt", "rep", "rev", "sen", "sgt", "sr", "st", "supt", "vs",
];

/// A pronoun with a contracted auxiliary (`he's`, `they're`).
pub(crate) const CONTRACTIONS: &[&str] = &[
    "he's",
    "she's",
    "it's",
    "they're",
    "we're",
    "they've",
    "we've",
    "he'll",
    "she'll",
    "it'll",
    "they'll",
    "we'll",
    "i'm",
    "you're",
    "he'd",
    "she'd",
    "they'd",
    "we'd",
    "i've",
    "he’s",
    "she’s",
    "it’s",
    "they’re",
    "we’re",
    "they’ve",
    "we’ve",
    "he’ll",
    "she’ll",
    "it’ll",
    "they’ll",
    "we’ll",
    "i’m",
    "you’re",
    "he’d",
    "she’d",
    "they’d",
    "we’d",
    "i’ve",
];

/// A word class of the lexicon: one of the lists above, and its bit in the class mask of a
/// word ([`classes`]). The lists stay the data; the classes and their table are derived.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Class {
    /// The class's bit in a word's mask.
    bit: u64,
    /// The words of the class.
    words: &'static [&'static str],
}

/// Declares the classes, numbered in order, in the module `class` (`class::ALL` lists
/// them), each under the name of its list.
macro_rules! classes {
    ($($name:ident),* $(,)?) => {
        /// The word lists of the lexicon as classes, looked up through one hash table.
        pub(crate) mod class {
            use super::Class;
            classes!(@each 0; $($name),*);
            /// Every class, in the order of its bit.
            pub(crate) const ALL: &[Class] = &[$($name),*];
        }
    };
    (@each $n:expr; $name:ident $(, $rest:ident)*) => {
        pub(crate) const $name: Class = Class { bit: 1 << ($n), words: super::$name };
        classes!(@each $n + 1; $($rest),*);
    };
    (@each $n:expr;) => {};
}

classes!(
    OF_COMPLEMENTS,
    LETTERS,
    DETERMINERS,
    AUXILIARIES,
    BE,
    FUTURE,
    CATENATIVES,
    ADVERBS,
    TIME_WORDS,
    PREPOSITIONS,
    CLAUSE_BREAKS,
    REPORT_VERBS,
    RELATIVES,
    ACTION_BREAKS_AFTER_COMMA,
    ACTION_BREAKS,
    PRONOUNS,
    REFLEXIVES,
    LEADING_TRIM,
    BODIES,
    OFFER_OBJECTS,
    NOMINAL_ADJECTIVES,
    APPROVE_OBJECTS,
    ACCESSIONS,
    MEMBER_BODIES,
    INANIMATES,
    AGENTS,
    SECURITIES,
    THREATS,
    APPROVALS,
    INNER_ACTS,
    NAME_TAILS,
    COMPANY_SUFFIXES,
    SAYING,
    PROPOSALS,
    LINKING,
    OFFICE_WORDS,
    OPINIONS,
    ORG_HEADS,
    CONTRACTIONS,
    OBLIGED,
    REJECTED_MATTERS,
    REQUESTS,
    ING_NOUNS,
    CARDINALS,
    ABBREVIATIONS,
);

/// The first bit of an instrument's kind in a word's mask (one bit per [`Kind`]).
const KIND_SHIFT: u32 = 60;

/// The bit of an instrument kind.
const fn kind_bit(k: Kind) -> u64 {
    1 << (KIND_SHIFT
        + match k {
            Kind::Core => 0,
            Kind::Offer => 1,
            Kind::Pledge => 2,
            Kind::Paper => 3,
        })
}

/// The number of entries of every class and of [`INSTRUMENTS`] (duplicates included).
const ENTRIES: usize = {
    let mut n = INSTRUMENTS.len();
    let mut c = 0;
    while c < class::ALL.len() {
        n += class::ALL[c].words.len();
        c += 1;
    }
    n
};

/// The longest word of the class table: longer words are in no class.
const MAX_WORD: usize = {
    let mut m = 0;
    let mut i = 0;
    while i < INSTRUMENTS.len() {
        if INSTRUMENTS[i].0.len() > m {
            m = INSTRUMENTS[i].0.len();
        }
        i += 1;
    }
    let mut c = 0;
    while c < class::ALL.len() {
        let words = class::ALL[c].words;
        let mut i = 0;
        while i < words.len() {
            if words[i].len() > m {
                m = words[i].len();
            }
            i += 1;
        }
        c += 1;
    }
    m
};

/// Slots of the class hash table (a power of two, over twice the entries).
const CLASS_SLOTS: usize = 4096;

/// The class table: the distinct words (up to ASCII case) with their masks, and the slots
/// (index into both plus one, 0 empty).
struct ClassTable {
    words: [&'static str; ENTRIES],
    masks: [u64; ENTRIES],
    slots: [u16; CLASS_SLOTS],
}

impl ClassTable {
    /// Adds `bits` to the mask of `word`; an instrument's kind is its first one.
    const fn add(&mut self, n: &mut usize, word: &'static str, bits: u64) {
        let mut at = hash(word.as_bytes()) & (CLASS_SLOTS - 1);
        loop {
            let k = self.slots[at] as usize;
            if k == 0 {
                self.words[*n] = word;
                self.masks[*n] = bits;
                *n += 1;
                self.slots[at] = *n as u16;
                return;
            }
            if same(self.words[k - 1].as_bytes(), word.as_bytes()) {
                let kinds = ((1u64 << 4) - 1) << KIND_SHIFT;
                if bits & kinds == 0 || self.masks[k - 1] & kinds == 0 {
                    self.masks[k - 1] |= bits;
                }
                return;
            }
            at = (at + 1) & (CLASS_SLOTS - 1);
        }
    }
}

/// The class table of every class and instrument.
const CLASS_TABLE: ClassTable = {
    assert!(ENTRIES < CLASS_SLOTS / 2 && class::ALL.len() <= KIND_SHIFT as usize);
    let mut t = ClassTable {
        words: [""; ENTRIES],
        masks: [0; ENTRIES],
        slots: [0; CLASS_SLOTS],
    };
    let mut n = 0;
    let mut c = 0;
    while c < class::ALL.len() {
        let Class { bit, words } = class::ALL[c];
        assert!(bit == 1 << c);
        let mut i = 0;
        while i < words.len() {
            t.add(&mut n, words[i], bit);
            i += 1;
        }
        c += 1;
    }
    let mut i = 0;
    while i < INSTRUMENTS.len() {
        t.add(&mut n, INSTRUMENTS[i].0, kind_bit(INSTRUMENTS[i].1));
        i += 1;
    }
    t
};

/// The class mask of `word` (ASCII case-insensitive): the bit of every class that holds
/// it, and the bit of its kind if it is an instrument noun.
pub(crate) fn classes(word: &str) -> u64 {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > MAX_WORD {
        return 0;
    }
    let t = &CLASS_TABLE;
    let mut at = hash(b) & (CLASS_SLOTS - 1);
    loop {
        let Some(k) = (t.slots[at] as usize).checked_sub(1) else {
            return 0;
        };
        let w = t.words[k];
        if w.len() == b.len() && w.as_bytes().eq_ignore_ascii_case(b) {
            return t.masks[k];
        }
        at = (at + 1) & (CLASS_SLOTS - 1);
    }
}

/// The instrument kind in a class mask.
pub(crate) fn kind_of(mask: u64) -> Option<Kind> {
    match (mask >> KIND_SHIFT) & 0xf {
        1 => Some(Kind::Core),
        2 => Some(Kind::Offer),
        4 => Some(Kind::Pledge),
        8 => Some(Kind::Paper),
        _ => None,
    }
}

/// A word list to search: a class of the lexicon (one hash probe, or a bit of a token's
/// mask) or a short literal list (searched in order).
pub(crate) trait Words: Copy {
    /// Whether `word` is in the list (ASCII case-insensitive).
    fn has(self, word: &str) -> bool;
    /// The list's bit in a class mask (0 for a literal list).
    fn bit(self) -> u64 {
        0
    }
}

impl Words for Class {
    fn has(self, word: &str) -> bool {
        classes(word) & self.bit != 0
    }
    fn bit(self) -> u64 {
        self.bit
    }
}

impl Words for &[&str] {
    fn has(self, word: &str) -> bool {
        self.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

impl<const N: usize> Words for &[&str; N] {
    fn has(self, word: &str) -> bool {
        self.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

/// Whether `word` is in `table` (ASCII case-insensitive).
pub(crate) fn is_in(word: &str, table: impl Words) -> bool {
    table.has(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers_are_sorted_and_lower_case() {
        for w in TRIGGERS.windows(2) {
            assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
        }
        for (w, _) in TRIGGERS {
            assert_eq!(*w, w.to_ascii_lowercase());
        }
    }

    #[test]
    fn lookup_is_case_insensitive() {
        assert_eq!(trigger("SIGNED").map(|t| t.status), Some(Status::Signed));
        assert_eq!(trigger("Agreed").map(|t| t.frame), Some(Frame::Agree));
        assert_eq!(trigger("committee"), None);
        assert_eq!(trigger("dealt"), None);
        assert_eq!(trigger("é"), None);
    }

    #[test]
    fn hash_table_finds_every_trigger() {
        let mut words: Vec<String> = TRIGGERS.iter().map(|t| t.0.to_ascii_lowercase()).collect();
        words.sort();
        words.dedup();
        assert_eq!(words.len(), TRIGGERS.len(), "trigger words are distinct");
        for (w, t) in TRIGGERS {
            assert_eq!(trigger(w), Some(*t), "{w}");
            assert_eq!(trigger(&w.to_ascii_uppercase()), Some(*t), "{w}");
        }
        for w in ["sig", "signer", "agreedd", "zzz", "offerx"] {
            assert_eq!(trigger(w), None);
        }
    }

    #[test]
    fn class_table_agrees_with_the_lists() {
        let mut probes: Vec<String> = Vec::new();
        for c in class::ALL {
            for w in c.words {
                probes.push(w.to_string());
                probes.push(w.to_ascii_uppercase());
                probes.push(format!("{w}x"));
                probes.push(w[..w.len() - 1].to_string());
            }
        }
        for (w, _) in INSTRUMENTS {
            probes.push(w.to_string());
            probes.push(w.to_ascii_uppercase());
        }
        probes.extend(["", "é", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzz"].map(String::from));
        for p in &probes {
            for c in class::ALL {
                let linear = c.words.iter().any(|w| w.eq_ignore_ascii_case(p));
                assert_eq!(is_in(p, *c), linear, "{p}");
                assert_eq!(is_in(p, c.words), linear, "{p}");
            }
            let first = INSTRUMENTS
                .iter()
                .find(|(w, _)| w.eq_ignore_ascii_case(p))
                .map(|&(_, k)| k);
            assert_eq!(instrument(p), first, "{p}");
        }
    }

    #[test]
    fn every_list_is_a_class() {
        let src = include_str!("lexicon.rs");
        let lists = src.matches(concat!(": &[&str] = ", "&[")).count();
        assert_eq!(lists, class::ALL.len());
    }

    #[test]
    fn instrument_kinds() {
        assert_eq!(instrument("MOU"), Some(Kind::Core));
        assert_eq!(instrument("offer"), Some(Kind::Offer));
        assert_eq!(instrument("bill"), None);
        assert_eq!(instrument("letter"), None);
    }
}
