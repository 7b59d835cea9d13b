//! Phrase rules over the tokens of one sentence: the verb group before a trigger, its
//! subject (with appositions, lists and relative clauses), noun phrases to the right,
//! instrument noun phrases, time phrases and the extent of a committed action.
//!
//! Every rule looks at a bounded window around its starting token, so the analysis of a
//! sentence stays linear in its length. Token ranges are `(start, end)`, `end` exclusive.

use super::lexicon::class::{
    ACTION_BREAKS, ACTION_BREAKS_AFTER_COMMA, ADVERBS, AUXILIARIES, BE, CATENATIVES, CLAUSE_BREAKS,
    COMPANY_SUFFIXES, CONTRACTIONS, DETERMINERS, FUTURE, LEADING_TRIM, LETTERS, NAME_TAILS,
    OF_COMPLEMENTS, ORG_HEADS, PREPOSITIONS, PRONOUNS, RELATIVES, REPORT_VERBS, TIME_WORDS,
};
use super::lexicon::class::{LINKING, OBLIGED, OFFICE_WORDS};
use super::lexicon::{Form, Kind, NUMBERS, Words, instrument, trigger};
use super::tokens::Sent;

/// A range of tokens, `end` exclusive.
pub(crate) type Range = (usize, usize);

/// The longest subject, noun phrase or modifier run a rule will read.
const MAX_PHRASE: usize = 24;

/// The longest committed action, in tokens.
const MAX_ACTION: usize = 120;

/// What stands between a subject and its verb: auxiliaries, negation, adverbs, a
/// catenative (`failed to`, `is willing to`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct VerbGroup {
    /// The first token of the group (the subject ends before it).
    pub first: usize,
    /// `not`, `never`, `n't`, `failed to`.
    pub negated: bool,
    /// A modal or a verb of plan (`will`, `would`, `is willing to`).
    pub future: bool,
    /// A form of `be` right before the verb (a passive, with a past participle).
    pub passive: bool,
    /// Any auxiliary at all.
    pub aux: bool,
    /// An infinitive whose subject could not be found (`in an effort to sign`).
    pub orphan: bool,
    /// A pronoun subject contracted with the auxiliary (`he's`), at this token.
    pub contracted: Option<usize>,
}

/// Whether the word at `k` negates (`not`, `never`, `didn't`).
fn negation(s: &Sent, k: usize) -> bool {
    let w = s.s(k);
    s.any(k, &["not", "never"]) || w.ends_with("n't") || w.ends_with("n’t") || w.ends_with("N'T")
}

/// The verb group that ends right before token `t`.
pub(crate) fn verb_group(s: &Sent, t: usize) -> VerbGroup {
    let mut g = VerbGroup {
        first: t,
        ..VerbGroup::default()
    };
    let mut adjacent = true;
    let mut k = t;
    let mut steps = 0;
    while k > 0 && steps < 12 {
        steps += 1;
        let p = k - 1;
        if s.any(p, CONTRACTIONS) {
            let w = s.s(p);
            let ends = |x: &str| {
                w.len() >= x.len()
                    && w.as_bytes()[w.len() - x.len()..].eq_ignore_ascii_case(x.as_bytes())
            };
            g.aux = true;
            g.passive |= adjacent && (ends("s") || ends("re") || ends("m"));
            g.future |= ends("ll") || ends("d");
            g.contracted = Some(p);
            g.first = p + 1;
            return g;
        } else if negation(s, p) {
            g.negated = true;
            g.aux |= s.s(p).len() > 3;
        } else if s.any(p, AUXILIARIES) || s.any(p, LINKING) {
            if adjacent && s.any(p, BE) {
                g.passive = true;
            }
            adjacent = false;
            g.aux = true;
            g.future |= s.any(p, FUTURE);
        } else if (s.any(p, ADVERBS) || s.ly_adverb(p))
            && !(s.any(p, &["both", "all", "each"])
                && (p == 0 || !s.word(p - 1) || s.any(p - 1, CLAUSE_BREAKS)))
        {
            // adverbs do not break adjacency
        } else if s.is(p, "to") {
            adjacent = false;
            if s.any(p.wrapping_sub(1), CATENATIVES) || s.any(p.wrapping_sub(1), &["yet"]) {
                let c = p - 1;
                g.future |= s.any(c, FUTURE);
                g.negated |= s.any(
                    c,
                    &[
                        "failed", "fails", "fail", "unable", "yet", "declined", "declines",
                        "refused", "refuses",
                    ],
                );
                k = c;
                continue;
            }
            // `The parliament still has to approve`: an obligation, still to be met
            if s.any(p.wrapping_sub(1), OBLIGED) {
                g.future = true;
                g.aux = true;
                k = p - 1;
                continue;
            }
            // `Egypt and Sudan are to sign`: a plan
            if s.any(p.wrapping_sub(1), &["is", "are", "was", "were"]) {
                g.future = true;
                g.aux = true;
                k = p - 1;
                continue;
            }
            // `the last country to ratify`: the subject of `became the last country`.
            if p >= 4
                && s.is(p - 3, "the")
                && s.any(
                    p - 2,
                    &["first", "last", "only", "latest", "second", "next"],
                )
                && s.any(p - 4, &["became", "become", "becomes", "is", "was", "be"])
            {
                k = p - 4;
                continue;
            }
            g.orphan = true;
            g.first = p;
            return g;
        } else {
            break;
        }
        k = p;
    }
    g.first = k;
    g
}

/// Who does the act, read back from the start of its verb group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Subject {
    /// No subject found.
    None,
    /// A coordinated verb (`..., but agreed to`): the subject is the previous verb's.
    Coordinated,
    /// The subject's conjunct regions (several for a bare list `Trump, Ryan, pledge`).
    Regions(Vec<Range>),
}

/// The opening bracket of a closing one.
fn opener_of(close: &str) -> Option<&'static str> {
    match close {
        ")" => Some("("),
        "]" => Some("["),
        ">" => Some("<"),
        _ => None,
    }
}

/// The matching opener of the bracket closing at `k`, within a few tokens.
fn bracket_start(s: &Sent, k: usize, lo: usize) -> Option<usize> {
    let open = opener_of(s.s(k))?;
    let mut j = k;
    while j > lo && k - j < 10 {
        j -= 1;
        if s.is_punct(j) && s.s(j) == open {
            return Some(j);
        }
    }
    None
}

/// The region of a noun phrase that ends right before `end`, read backwards to a clause
/// break (punctuation, a conjunction that opens a clause, a verb of saying, a trigger).
pub(crate) fn region_back(s: &Sent, end: usize) -> Option<Range> {
    let mut a = end;
    let mut n = 0;
    while a > 0 {
        if n >= MAX_PHRASE {
            return None;
        }
        let k = a - 1;
        // `U.S.-brokered`, `64% of members`
        if glued_hyphen(s, k) || (s.punct(k, '%') && s.number(k.wrapping_sub(1))) {
            a = k;
            n += 1;
            continue;
        }
        if s.is_punct(k) {
            match bracket_start(s, k, 0) {
                Some(o) if o < k => {
                    a = o;
                    n += k - o + 1;
                    continue;
                }
                _ => break,
            }
        }
        if s.any(k, CLAUSE_BREAKS) || s.any(k, AUXILIARIES) || verb_trigger(s, k) {
            break;
        }
        // `confirmed a report in the paper the Federation would`: a determiner right after a
        // word that is no preposition, conjunction or determiner opens a new clause
        if s.any(k, &["the", "a", "an"])
            && k > 0
            && s.word(k - 1)
            && !s.any(k - 1, PREPOSITIONS)
            && !s.any(k - 1, DETERMINERS)
            && !s.any(k - 1, &["and", "or", "&"])
            && !(k >= 2 && s.is(k - 2, "to"))
            && !s.s(k - 1).ends_with("ing")
            && k + 1 < end
        {
            a = k;
            break;
        }
        // `resisting Qatar's prices`: a verb with its object ends the subject
        if s.lower(k)
            && s.s(k).ends_with("ing")
            && (s.any(k + 1, DETERMINERS) || s.cap(k + 1) || s.possessive(k + 1))
        {
            break;
        }
        a = k;
        n += 1;
    }
    if end > a && s.any(end - 1, PRONOUNS) {
        return Some((end - 1, end)); // `in a statement it would`
    }
    trim_back(s, a, end).and_then(|b| trim_front(s, (a, b)))
}

/// Drops leading conjunctions and adverbs, and a leading time phrase (`On Monday`).
pub(crate) fn trim_front(s: &Sent, (mut a, b): Range) -> Option<Range> {
    loop {
        if a >= b {
            return None;
        }
        if s.any(a, LEADING_TRIM) || s.ly_adverb(a) {
            a += 1;
            continue;
        }
        // a leading bracketed tag: `[TEXT] THE GOVERNMENT`
        if let Some(c) = opener_of_at(s, a, b).filter(|&c| c + 1 < b && s.punct(a, '[')) {
            a = c + 1;
            continue;
        }
        let tl = time_len(s, a);
        let opens_time = s.any(a, PREPOSITIONS)
            || s.lower(a)
            || s.any(
                a,
                &[
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                ],
            )
            || s.any(
                a,
                &[
                    "sunday",
                    "today",
                    "yesterday",
                    "tonight",
                    "last",
                    "next",
                    "this",
                ],
            );
        if tl > 0 && a + tl < b && opens_time {
            a += tl;
            continue;
        }
        if s.any(a, PREPOSITIONS) && !s.is(a, "of") {
            a += 1;
            continue;
        }
        break;
    }
    let mut b = b;
    while b > a && s.is_punct(b - 1) && opener_of(s.s(b - 1)).is_none() {
        b -= 1;
    }
    (b > a && (a..b).any(|i| s.word(i))).then_some((a, b))
}

/// Whether token `k` is a trigger that can only be a verb here (`concluded`, `agreed`).
fn verb_trigger(s: &Sent, k: usize) -> bool {
    trigger(s.s(k)).is_some_and(|t| matches!(t.form, Form::Past | Form::Present))
}

/// Drops a closing time phrase from a region (`the City Council on Wednesday`).
fn trim_back(s: &Sent, a: usize, b: usize) -> Option<usize> {
    for k in a + 1..b {
        let n = time_len(s, k);
        if n > 0 && k + n >= b && (s.any(k, PREPOSITIONS) || !s.cap(k) || s.any(k + 1, TIME_WORDS))
        {
            return Some(k);
        }
    }
    Some(b)
}

/// The subject of a verb whose verb group starts at `first`.
pub(crate) fn subject(s: &Sent, first: usize) -> Subject {
    if first == 0 {
        return Subject::None;
    }
    let k = first - 1;
    if s.any(k, &["and", "or", "but"]) {
        return Subject::Coordinated;
    }
    if s.punct(k, ',') {
        return apposition_or_list(s, k);
    }
    if s.any(k, RELATIVES) {
        let end = if k > 0 && s.punct(k - 1, ',') {
            k - 1
        } else {
            k
        };
        return region_back(s, end).map_or(Subject::None, |r| Subject::Regions(vec![r]));
    }
    region_back(s, first).map_or(Subject::None, |r| {
        Subject::Regions(vec![extend_list(s, after_object(s, r))])
    })
}

/// `offered 150 million pounds and Saudi Arabia pledged`: a region right after a verb
/// trigger opens with that verb's object; the subject is the conjunct after the last
/// `and`.
fn after_object(s: &Sent, (a, b): Range) -> Range {
    if a == 0 || !verb_trigger(s, a - 1) {
        return (a, b);
    }
    match (a..b).rev().find(|&k| s.any(k, &["and", "but"])) {
        Some(k) if k + 1 < b => (k + 1, b),
        _ => (a, b),
    }
}

/// `A of X, B of Y and C of Z signed`: a region holding `and` takes in the list items
/// before it, back to a segment that opens with a preposition or has no name.
fn extend_list(s: &Sent, (a, b): Range) -> Range {
    if !(a..b).any(|i| s.is(i, "and")) {
        return (a, b);
    }
    let mut a = a;
    for _ in 0..5 {
        if a == 0 || !s.punct(a - 1, ',') {
            break;
        }
        let (x, y) = segment_back(s, a - 1);
        let named = (x..y).any(|i| s.proper(i) || (s.cap(i) && s.s(i).len() > 1))
            && !s.s(x).ends_with("ing");
        if x >= y
            || y - x > 10
            || !named
            || s.any(x, PREPOSITIONS)
            || (x > 0 && s.word(x - 1))
            || x + time_len(s, x) >= y
        {
            break;
        }
        a = x;
    }
    (a, b)
}

/// The segment that ends right before `end`, back to a comma or clause break.
fn segment_back(s: &Sent, end: usize) -> Range {
    let mut a = end;
    while a > 0 && end - a < 16 {
        let k = a - 1;
        if s.is_punct(k) && !s.punct(k, ',') {
            if let Some(o) = bracket_start(s, k, 0) {
                a = o; // `RepublicBank Corp <RPT>`
                continue;
            }
        }
        if s.punct(k, ',') || s.is_punct(k) {
            break;
        }
        if s.any(k, CLAUSE_BREAKS) || trigger(s.s(k)).is_some() {
            break;
        }
        a = k;
    }
    (a, end)
}

/// `X, the boy's uncle, signed` (the subject is `X`) or `Trump, Ryan, pledge` (a list).
fn apposition_or_list(s: &Sent, comma: usize) -> Subject {
    let found = apposition_or_list_plain(s, comma);
    if found != Subject::None {
        return found;
    }
    parenthetical(s, comma).map_or(Subject::None, |r| Subject::Regions(vec![extend_list(s, r)]))
}

/// The subject before a comma-delimited relative clause or participle phrase that closes
/// at `comma`: `The union, known as X, agreed`, `The alliance, which represents 28,000
/// workers, rejected`, `Denmark, which signed the treaty, has offered`.
pub(crate) fn parenthetical(s: &Sent, comma: usize) -> Option<Range> {
    let lo = comma.saturating_sub(MAX_PHRASE + 6);
    let mut k = comma;
    let open = loop {
        if k <= lo {
            return None;
        }
        k -= 1;
        if s.punct(k, ',') {
            break k;
        }
        if s.is_punct(k) {
            match bracket_start(s, k, lo) {
                Some(o) => k = o,
                None if s.punct(k, '%') || s.punct(k, '$') => {}
                None => return None,
            }
        }
    };
    let first = open + 1;
    let w = s.s(first);
    let opens = s.any(first, &["which", "who", "whose"])
        || (s.lower(first)
            && !s.any(first, PREPOSITIONS)
            && (w.ends_with("ed") || w.ends_with("wn") || w.ends_with("en")));
    if !opens || first + 1 >= comma {
        return None;
    }
    region_back(s, open)
}

/// The apposition or bare list of names before `comma`, read from its segment alone.
fn apposition_or_list_plain(s: &Sent, comma: usize) -> Subject {
    let (a1, b1) = segment_back(s, comma);
    if a1 >= b1 {
        return Subject::None;
    }
    let apposition =
        s.any(a1, DETERMINERS) || s.any(a1, PREPOSITIONS) || (s.lower(a1) && !s.any(a1, PRONOUNS));
    if apposition {
        if a1 > 0 && s.punct(a1 - 1, ',') {
            if let Some(r) = trim_front(s, segment_back(s, a1 - 1)) {
                return Subject::Regions(vec![r]);
            }
        }
        return Subject::None;
    }
    // A bare list of short names.
    let short_name = |(a, b): Range| b > a && b - a <= 4 && (a..b).all(|i| s.cap(i));
    let mut items = vec![(a1, b1)];
    let mut at = a1;
    while at > 0 && s.punct(at - 1, ',') && items.len() < 6 {
        let seg = segment_back(s, at - 1);
        if !short_name(seg) {
            break;
        }
        items.push(seg);
        at = seg.0;
    }
    if items.len() >= 2 && items.iter().all(|&r| short_name(r)) && (at == 0 || !s.word(at - 1)) {
        items.reverse();
        Subject::Regions(items)
    } else {
        Subject::None
    }
}

/// Splits a region into its conjuncts at top-level commas and `and`.
pub(crate) fn conjuncts(s: &Sent, (a, b): Range) -> Vec<Range> {
    let mut out = Vec::new();
    let mut start = a;
    let mut i = a;
    while i < b {
        if s.is_punct(i) {
            if let Some(o) = opener_of_at(s, i, b) {
                i = o + 1;
                continue;
            }
        }
        let split = (s.punct(i, ',') || s.is(i, "and") || s.s(i) == "&")
            && !s.any(i + 1, NAME_TAILS)
            && !inner_and(s, (start, i), b);
        if split {
            if let Some(r) = trim_front(s, (start, i)) {
                out.push(r);
            }
            start = i + 1;
        }
        i += 1;
    }
    if let Some(r) = trim_front(s, (start, b)) {
        out.push(r);
    }
    out
}

/// Whether the `and` ending the conjunct `(a, i)` sits inside one name or one modifier:
/// `pulp and paper mill` (a bare word before a longer phrase), `American Telephone and
/// Telegraph Co` (a short conjunct closing with a company suffix).
fn inner_and(s: &Sent, (a, i): Range, b: usize) -> bool {
    if i <= a || !(s.is(i, "and") || s.s(i) == "&") {
        return false; // no left conjunct
    }
    // the right conjunct: up to the next comma or `and`
    let e = (i + 1..b)
        .find(|&k| s.punct(k, ',') || s.is(k, "and"))
        .unwrap_or(b);
    let right = e - (i + 1);
    let w = i - 1;
    let bare = w == a || s.any(w - 1, DETERMINERS) || s.any(w - 1, PREPOSITIONS);
    // (`the city and the builder` are two: a determiner opens the right conjunct)
    if i > a
        && s.lower(w)
        && bare
        && right >= 2
        && !s.any(w, DETERMINERS)
        && !s.any(w, PRONOUNS)
        && !s.any(i + 1, DETERMINERS)
    {
        return true;
    }
    // a minister's portfolio: `Science and Technology Minister H. Ramesh Gowda`,
    // `Minister of Agriculture and Rural Affairs Zhou Liqun` (capitalised words on both
    // sides, a title in the right conjunct or before `of` in the left, none in the
    // left that a name follows)
    let portfolio_title =
        |k: usize| s.cap(k) && s.any(k, &["minister", "secretary", "commissioner"]);
    let capitalised = |r: Range| (r.0..r.1).all(|k| s.cap(k) || s.is(k, "of"));
    if capitalised((a, i)) && capitalised((i + 1, e)) && s.cap(i + 1) {
        let titled_right = (i + 2..e).any(|k| portfolio_title(k) && s.cap(k + 1));
        let left_title = (a..i).find(|&k| portfolio_title(k));
        let of_portfolio = left_title.is_some_and(|k| s.is(k + 1, "of"));
        if titled_right && left_title.is_none() || of_portfolio && !titled_right {
            return true;
        }
    }
    (1..=2).contains(&right)
        && i - a >= 2
        && (s.any(e - 1, COMPANY_SUFFIXES) || s.any(e - 1, ORG_HEADS))
        && (a..i).all(|k| s.cap(k))
        && !(a..i).any(|k| s.any(k, COMPANY_SUFFIXES) || s.any(k, ORG_HEADS))
}

/// If token `i` opens a bracket, the index of its closer (before `b`).
fn opener_of_at(s: &Sent, i: usize, b: usize) -> Option<usize> {
    let close = match s.s(i) {
        "(" => ")",
        "[" => "]",
        "<" => ">",
        _ => return None,
    };
    (i + 1..b.min(i + 12)).find(|&j| s.is_punct(j) && s.s(j) == close)
}

/// How many parties a conjunct stands for: `the two sides` is two.
pub(crate) fn multiplicity(s: &Sent, (a, b): Range) -> usize {
    let last = s.s(b.saturating_sub(1));
    if b - a > 4 || !(last.ends_with('s') || last.ends_with('S')) {
        return 1;
    }
    (a..b)
        .find_map(|i| NUMBERS.iter().find(|(w, _)| s.is(i, w)).map(|&(_, n)| n))
        .unwrap_or(1)
}

/// A noun phrase starting at `i`, read right to a preposition (other than `of`), a clause
/// break, an auxiliary, a time word or punctuation; brackets are kept inside.
pub(crate) fn np_right(s: &Sent, i: usize) -> Option<Range> {
    let mut j = i;
    while j < s.len() && j - i < MAX_PHRASE {
        if s.currency(j) {
            j += 1;
            continue;
        }
        // `from Iowa Beef Inc and remain out of work`: a verb after `and` ends the phrase
        if s.any(j, &["and", "or"])
            && j > i
            && s.cap(j - 1)
            && s.lower(j + 1)
            && !s.any(j + 1, DETERMINERS)
        {
            break;
        }
        if s.is_punct(j) {
            if let Some(c) = opener_of_at(s, j, s.len()) {
                j = c + 1;
                continue;
            }
            break;
        }
        if (s.any(j, PREPOSITIONS) && !s.is(j, "of"))
            || s.any(j, CLAUSE_BREAKS)
            || s.any(j, AUXILIARIES)
            || s.any(j, TIME_WORDS) && !(s.cap(j) && s.is(j, "may"))
            || s.ly_adverb(j)
            || trigger(s.s(j)).is_some()
            || (s.any(j, &["last", "next", "this", "early", "late"]) && s.any(j + 1, TIME_WORDS))
            || (s.lower(j)
                && s.s(j).ends_with("ing")
                && s.s(j).len() > 4
                && (s.any(j + 1, DETERMINERS)
                    || s.cap(j + 1)
                    || s.possessive(j + 1)
                    || s.any(j + 1, PREPOSITIONS)))
        {
            break;
        }
        j += 1;
    }
    while j > i && (s.any(j - 1, &["and", "or"]) || s.punct(j - 1, ',')) {
        j -= 1;
    }
    (j > i).then_some((i, j))
}

/// The instrument kind of the word at `i`, trying the last part of a hyphenated compound
/// (`15-year-contract`).
pub(crate) fn instrument_at(s: &Sent, i: usize) -> Option<Kind> {
    if !s.word(i) {
        return None;
    }
    // (the whole word's kind from its cached class mask)
    let w = s.s(i);
    // (the last hyphen found by a walk back over the word's bytes: `rfind` sets up a
    // memory search that costs more than a short word holds)
    s.kind(i).or_else(|| {
        w.bytes()
            .rposition(|b| b == b'-')
            .and_then(|p| w.get(p + 1..))
            .and_then(instrument)
    })
}

/// An instrument found: its range, its head token and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Instrument {
    /// The noun phrase.
    pub range: Range,
    /// The head noun.
    pub head: usize,
    /// What the head names.
    pub kind: Kind,
}

/// The end of an instrument whose head is at `h`: a compound of instrument nouns
/// (`contract agreement`) and a fixed `of` complement (`memorandum of understanding`).
fn instrument_end(s: &Sent, h: usize) -> (usize, usize) {
    let mut h = h;
    while instrument_at(s, h + 1).is_some_and(|k| k != Kind::Paper) && !s.is(h + 1, "plan") {
        h += 1;
    }
    let mut end = h + 1;
    if s.is(end, "of") && s.any(end + 1, OF_COMPLEMENTS) {
        end += 2;
    }
    (h, end)
}

/// An object instrument starting at `i`: determiners and modifiers, then an instrument
/// noun of one of `kinds` (within ten tokens, before any preposition but `of`).
pub(crate) fn object_instrument(s: &Sent, i: usize, kinds: &[Kind]) -> Option<Instrument> {
    if s.is(i, "of") {
        return None; // `signs of a deal`
    }
    let mut j = i;
    let mut start = None;
    while j < s.len() && j - i < 10 {
        if s.quote(j) || (s.currency(j) && start.is_some()) {
            j += 1;
            continue;
        }
        // `a Santos Ltd <STOS.S> takeover offer`: a ticker or an abbreviation inside
        if start.is_some() && s.is_punct(j) {
            if let Some(c) = opener_of_at(s, j, s.len()) {
                j = c + 1;
                continue;
            }
        }
        if !s.word(j) {
            return None;
        }
        let w = s.s(j);
        if start.is_none()
            && w.len() > 4
            && (w.ends_with("ly") || w.ends_with("LY"))
            && (s.quote(j + 1) || s.any(j + 1, DETERMINERS))
        {
            j += 1; // `accept "immediately" a cease-fire`
            continue;
        }
        let st = *start.get_or_insert(j);
        if let Some(k) = instrument_at(s, j).filter(|_| !office_bid(s, st, j)) {
            // `a five-year action plan`: a plan both sides sign is an accord
            let k = if j > st && s.is(j - 1, "action") && s.any(j, &["plan", "plans"]) {
                Kind::Core
            } else {
                k
            };
            if kinds.contains(&k) {
                let (h, end) = instrument_end(s, j);
                let kind = instrument_at(s, h).unwrap_or(k);
                if kind == Kind::Paper && !accession_paper(s, (st, end)) && kinds != SIGNED_PAPERS {
                    return None; // `signed the documents at the bank`
                }
                return Some(Instrument {
                    range: (st, end),
                    head: h,
                    kind,
                });
            }
        }
        if s.any(j, LETTERS) && s.is(j + 1, "of") && s.is(j + 2, "intent") {
            return Some(Instrument {
                range: (st, j + 3),
                head: j,
                kind: Kind::Core,
            });
        }
        // (one mask read for the four classes that end the phrase)
        let m = s.mask(j);
        if (m & PREPOSITIONS.bit() != 0 && !s.is(j, "of"))
            || m & (CLAUSE_BREAKS.bit() | AUXILIARIES.bit() | PRONOUNS.bit()) != 0
            || (j > i && trigger(s.s(j)).is_some() && !participle_modifier(s, j))
            || (s.lower(j)
                && s.s(j).ends_with("ing")
                && (s.any(j + 1, DETERMINERS) || s.cap(j + 1)))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// An object noun phrase starting at `i` whose head is a word of `heads` (within fourteen
/// tokens, brackets and figures inside, before any preposition but `of`): `a 2.1 billion
/// pound ($2.8 billion) takeover approach`, `the reform`. Its range and head.
pub(crate) fn object_with_head(s: &Sent, i: usize, heads: impl Words) -> Option<(Range, usize)> {
    let mut j = i;
    while j < s.len() && j - i < 14 {
        if s.currency(j) || s.punct(j, '%') || glued_hyphen(s, j) {
            j += 1;
            continue;
        }
        if j > i && s.is_punct(j) {
            if let Some(c) = opener_of_at(s, j, s.len()) {
                j = c + 1;
                continue;
            }
        }
        if !s.word(j) {
            return None;
        }
        if s.any(j, heads) {
            return Some(((i, j + 1), j));
        }
        if (s.any(j, PREPOSITIONS) && !s.is(j, "of"))
            || s.any(j, CLAUSE_BREAKS)
            || s.any(j, AUXILIARIES)
            || s.any(j, PRONOUNS)
            || trigger(s.s(j)).is_some()
            || (s.lower(j) && s.s(j).ends_with("ing"))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// Whether the trigger word at `j` is a participle modifying the noun after it (`the
/// proposed merger agreement`, `a newly signed accord`): a past form right after a
/// determiner, a number or an `-ly` adverb, with a word after it.
fn participle_modifier(s: &Sent, j: usize) -> bool {
    j > 0
        && trigger(s.s(j)).is_some_and(|t| t.form == Form::Past)
        && (s.any(j - 1, DETERMINERS) || s.number(j - 1) || s.ly_adverb(j - 1))
        && s.word(j + 1)
}

/// Papers are an instrument only as papers of accession, ratification or cooperation
/// (`documents of accession`, `Budapest's accession document`, `20 cooperation documents`),
/// never alone (`signed the documents`).
fn accession_paper(s: &Sent, (a, b): Range) -> bool {
    (a..b).any(|k| s.any(k, &["accession", "ratification", "cooperation"]))
}

/// `a presidential bid`: a run for office, not an offer.
fn office_bid(s: &Sent, a: usize, h: usize) -> bool {
    s.any(h, &["bid", "bids"]) && (a..h).any(|k| s.any(k, OFFICE_WORDS))
}

/// The first token of the instrument noun phrase whose head is at `h`: modifiers read back
/// to a determiner, but not past `lo`.
pub(crate) fn expand_left(s: &Sent, h: usize, lo: usize) -> usize {
    let mut a = h;
    while a > lo && h - a < 7 {
        let k = a - 1;
        // `U.S.-brokered`: a hyphen glued between two words joins them
        if glued_hyphen(s, k) && k > lo {
            a = k;
            continue;
        }
        if !s.word(k) {
            break;
        }
        if s.any(k, DETERMINERS) {
            return k;
        }
        if s.number(k) || s.possessive(k) {
            a = k;
            continue;
        }
        if s.any(k, PREPOSITIONS)
            || s.any(k, CLAUSE_BREAKS)
            || s.any(k, AUXILIARIES)
            || s.any(k, PRONOUNS)
            || trigger(s.s(k)).is_some()
            || (s.lower(k) && s.s(k).ends_with("ed") && !adjective_participle(s, k))
            || s.ly_adverb(k)
        {
            break;
        }
        a = k;
    }
    a
}

/// Whether the token at `k` is a hyphen glued to the words on both sides (`U.S.-brokered`).
fn glued_hyphen(s: &Sent, k: usize) -> bool {
    let touches = |x: usize, y: usize| matches!((s.toks.get(x), s.toks.get(y)), (Some(p), Some(q)) if p.end == q.start);
    k > 0
        && s.punct(k, '-')
        && s.word(k - 1)
        && s.word(k + 1)
        && touches(k - 1, k)
        && touches(k, k + 1)
}

/// Whether an `-ed` word at `k` is an adjective inside a noun phrase rather than a verb:
/// a compound (`long-awaited`, `U.S.-brokered`) or right after a determiner (`the revised
/// accord`).
fn adjective_participle(s: &Sent, k: usize) -> bool {
    s.s(k).contains('-') || (k > 0 && (glued_hyphen(s, k - 1) || s.any(k - 1, DETERMINERS)))
}

/// The kinds that ask for papers of any sort (`the documents were signed by A and B`):
/// only when their signers are named is a paper an agreement's.
pub(crate) const SIGNED_PAPERS: &[Kind] = &[Kind::Paper];

/// The rightmost instrument noun (of `kinds`) in a region, as a noun phrase; with the
/// to-infinitive that follows it in the region (`an agreement to resume the business`).
pub(crate) fn instrument_in(
    s: &Sent,
    (a, b): Range,
    kinds: &[Kind],
) -> Option<(Instrument, Option<Range>)> {
    let h = (a..b)
        .rev()
        .find(|&i| instrument_at(s, i).is_some_and(|k| kinds.contains(&k)))?;
    // the first noun of a compound is a modifier: take the last one
    let (h, end) = instrument_end(s, h);
    let kind = instrument_at(s, h)?;
    let start = expand_left(s, h, a);
    if kind == Kind::Paper && !accession_paper(s, (start, end)) && kinds != SIGNED_PAPERS {
        return None;
    }
    let action = (s.is(end, "to") && verbish(s, end + 1) && end + 1 < b).then_some((end + 1, b));
    Some((
        Instrument {
            range: (start, end.min(b.max(end))),
            head: h,
            kind,
        },
        action,
    ))
}

/// Whether the word at `i` can open a verb phrase after `to` (not a determiner, number,
/// name or pronoun).
pub(crate) fn verbish(s: &Sent, i: usize) -> bool {
    s.word(i)
        && !s.any(i, DETERMINERS)
        && !s.number(i)
        && !s.proper(i)
        && !s.possessive(i)
        && !s.any(i, &["them", "him", "her", "us", "me", "it"])
}

/// The number of tokens of a time phrase at `i` (`on Wednesday`, `late this month`,
/// `in early October this year`, `on 19 FEBRUARY`), or 0.
pub(crate) fn time_len(s: &Sent, i: usize) -> usize {
    let mut j = i;
    if s.any(
        j,
        &[
            "on", "in", "by", "until", "from", "during", "within", "since", "at",
        ],
    ) {
        j += 1;
    }
    let mut seen = false;
    while j < s.len() && j - i < 8 {
        if s.any(j, TIME_WORDS) {
            seen = true;
        } else if !(s.any(
            j,
            &["last", "next", "this", "early", "late", "mid", "the", "of"],
        ) || s.number(j)
            || (seen && s.punct(j, ',') && s.number(j + 1)))
        {
            break;
        }
        j += 1;
    }
    if !seen {
        return 0;
    }
    while j > i && (s.is_punct(j - 1) || s.any(j - 1, &["the", "of"])) {
        j -= 1;
    }
    j - i
}

/// The number of tokens of a place phrase at `i` (`in Paris`, `at U.N. climate talks`), or 0.
pub(crate) fn place_len(s: &Sent, i: usize) -> usize {
    // `at the National Palace`
    let the = usize::from(s.is(i + 1, "the") && s.proper(i + 2));
    if !s.any(i, &["in", "at"]) || !s.proper(i + 1 + the) {
        return 0;
    }
    let mut j = i + 1 + the;
    while j < s.len() && j - i < 6 && s.proper(j) {
        j += 1;
    }
    // (`in the Paris accord`: a name modifying a noun is no place)
    if the == 1 && s.lower(j) && !s.any(j, PREPOSITIONS) {
        return 0;
    }
    j - i
}

/// Skips time and place phrases and `-ly` adverbs from `i`.
pub(crate) fn skip_adjuncts(s: &Sent, mut i: usize) -> usize {
    for _ in 0..6 {
        let n = time_len(s, i).max(place_len(s, i));
        if n > 0 {
            i += n;
        } else if s.is(i, "in") && s.is(i + 1, "principle") {
            i += 2;
        } else if s.ly_adverb(i)
            || (s.quote(i) && (s.ly_adverb(i + 1) || s.ly_adverb(i.wrapping_sub(1))))
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Whether the comma at `k` opens an attribution tail (`, the ministry said.`,
/// `, according to reports`).
pub(crate) fn attribution_tail(s: &Sent, k: usize) -> bool {
    let mut j = k + 1;
    while j < s.len() && j - k <= 25 {
        if s.any(j, REPORT_VERBS) {
            // a short rest (at most 8 words, no comma) closes the sentence
            if s.len() > j + 17 {
                return false;
            }
            let end = s.len();
            let rest = (j + 1..end).filter(|&i| s.word(i)).count();
            let comma = (j + 1..end).any(|i| s.punct(i, ',') || s.punct(i, ';'));
            return rest <= 8 && !comma;
        }
        if s.punct(j, ',') || s.punct(j, ';') || s.quote(j) {
            return false;
        }
        j += 1;
    }
    false
}

/// Where a committed action starting at `i` ends: at the end of the clause, before an
/// attribution tail, a closing quote, a dash, `;`, a subordinate clause (`after ...`) or
/// a coordinated clause (`, but agreed ...`). Trailing punctuation is left out.
pub(crate) fn clause_end(s: &Sent, i: usize) -> usize {
    // a committed action is a clause, not a page: bounded so that a run-on text stays linear
    let n = s.len().min(i + MAX_ACTION);
    // (the tests of a token are read once a sentence, and hold by how far it is from `i`:
    // from the third token on, all of them)
    let breaks = |j: usize| s.breaks(j, || breaks_at(s, j));
    let mut j = i;
    if j < n && breaks(j) & BREAK_ANYWHERE == 0 {
        j += 1;
        if j < n && breaks(j) & (BREAK_ANYWHERE | BREAK_AFTER_FIRST) == 0 {
            j += 1;
            while j < n && breaks(j) == 0 {
                j += 1;
            }
        }
    }
    let mut e = j;
    while e > i && s.is_punct(e - 1) && opener_of(s.s(e - 1)).is_none() {
        e -= 1;
    }
    e
}

/// A clause break at a token wherever the action starts ([`breaks_at`]).
const BREAK_ANYWHERE: u8 = 1;

/// A clause break at a token after the action's first.
const BREAK_AFTER_FIRST: u8 = 2;

/// A clause break at a token from the action's third on.
const BREAK_FROM_THIRD: u8 = 4;

/// A comma at the token that opens an attribution tail ([`attribution_tail`]): read with
/// the breaks, as a speaker is looked for after each act ([`tail_at`]).
const ATTRIBUTION_TAIL: u8 = 8;

/// Whether the comma at `k` opens an attribution tail (`, the ministry said.`), read once a
/// sentence.
pub(crate) fn tail_at(s: &Sent, k: usize) -> bool {
    s.punct(k, ',') && s.breaks(k, || breaks_at(s, k)) & ATTRIBUTION_TAIL != 0
}

/// The clause breaks at token `j` that end an action ([`clause_end`]), as a mask of
/// `BREAK_` bits (each by the first token of the action it may end), with
/// [`ATTRIBUTION_TAIL`] set for a comma that opens an attribution tail.
// (Out of line: it is read once a token, and the loop of `clause_end` that asks for it runs
// over every token of every action.)
#[inline(never)]
fn breaks_at(s: &Sent, j: usize) -> u8 {
    let mut mask = 0;
    if s.punct(j, ';') || s.punct(j, ':') || s.dash(j) {
        mask |= BREAK_ANYWHERE;
    }
    if s.punct(j, '.') && s.cap(j + 1) {
        mask |= BREAK_ANYWHERE; // a sentence end the splitter missed (`... 1.25.  REUTER`)
    }
    // `agreed to buy X and pledged to ...`: a coordinated act in the past tense, or a
    // coordinated verb of saying (`agreed to a truce and said they would ...`)
    if s.any(j, &["and", "but"])
        && (trigger(s.s(j + 1)).is_some_and(|t| t.form == Form::Past)
            || s.any(j + 1, &["said", "says", "told", "added", "announced"]))
    {
        mask |= BREAK_AFTER_FIRST;
    }
    if s.quote(j) && j > 0 && (s.punct(j - 1, ',') || s.punct(j - 1, '.')) {
        mask |= BREAK_AFTER_FIRST;
    }
    // `promised 410 million euros, Britain offered 150 million pounds and Saudi
    // Arabia pledged $200 million`: a coordinated clause with its own subject and act
    if (s.punct(j, ',') || s.any(j, &["and", "but"])) && subject_and_act(s, j + 1) {
        mask |= BREAK_AFTER_FIRST;
    }
    if s.punct(j, ',') && attribution_tail(s, j) {
        mask |= BREAK_ANYWHERE | ATTRIBUTION_TAIL;
    } else if s.punct(j, ',') && comma_break(s, j) {
        mask |= BREAK_ANYWHERE;
    }
    if s.any(j, ACTION_BREAKS) && !(j > 0 && s.any(j - 1, &["and", "or", "on", "just"])) {
        mask |= BREAK_FROM_THIRD;
    }
    mask
}

/// Whether the comma at `j` (no attribution tail) closes an action: a word that breaks an
/// action after a comma, or a clause of its own (a subject, a participle, an apposition
/// that names the act).
fn comma_break(s: &Sent, j: usize) -> bool {
    (s.any(j + 1, ACTION_BREAKS_AFTER_COMMA) && !s.is(j + 2, "also"))
        || new_clause(s, j + 1)
        || participle_clause(s, j + 1)
        || appositive_act(s, j + 1)
}

/// Whether a clause of its own opens at `i`: a short subject of names (`Britain`, `Saudi
/// Arabia`, `the Dutch`) then a past-tense act (`offered`, `pledged`), not a passive
/// participle (`offered by`).
fn subject_and_act(s: &Sent, i: usize) -> bool {
    let i = if s.any(i, &["and", "but"]) { i + 1 } else { i };
    let mut j = i;
    while j < s.len() && j - i < 5 {
        if trigger(s.s(j)).is_some_and(|t| t.form == Form::Past) {
            return j > i && (i..j).any(|k| s.cap(k)) && !s.is(j + 1, "by");
        }
        let name = s.cap(j) || (j == i && s.any(j, &["the"]));
        if !s.word(j) || !name || s.any(j, PRONOUNS) {
            return false;
        }
        j += 1;
    }
    false
}

/// Whether a participle clause opens at `i`, after a comma: `averting a strike`, `offering
/// to discuss ...`, or an absolute `with X agreeing to ...`; not `including ...` nor a noun
/// in `-ing` (`housing and schools`).
fn participle_clause(s: &Sent, i: usize) -> bool {
    let ing = |k: usize| {
        s.lower(k)
            && s.s(k).len() > 5
            && s.s(k).ends_with("ing")
            && !s.any(
                k,
                &[
                    "including",
                    "according",
                    "regarding",
                    "concerning",
                    "during",
                ],
            )
            && (s.any(k + 1, DETERMINERS)
                || s.is(k + 1, "to")
                || s.possessive(k + 1)
                || bare_object(s, k + 1))
    };
    if s.is(i, "with") {
        return (i + 2..s.len().min(i + 6)).any(|k| ing(k) && (i + 1..k).all(|x| s.word(x)));
    }
    ing(i)
}

/// Whether an apposition that names the act opens at `i`, after a comma: `a deal that
/// ...`, `an offer which ...` (an indefinite instrument noun, then a relative pronoun).
fn appositive_act(s: &Sent, i: usize) -> bool {
    if !s.any(i, &["a", "an"]) {
        return false;
    }
    (i + 1..s.len().min(i + 4))
        .find(|&k| !s.word(k) || instrument_at(s, k).is_some())
        .is_some_and(|k| instrument_at(s, k).is_some() && s.any(k + 1, &["that", "which"]))
}

/// Whether a bare plural object with a complement opens at `i` (`months of resistance`,
/// `imports for industries`): a participle before it opens a clause.
fn bare_object(s: &Sent, i: usize) -> bool {
    s.lower(i)
        && s.s(i).len() > 3
        && s.s(i).ends_with('s')
        && !s.any(i, PREPOSITIONS)
        && s.any(i + 1, &["of", "for", "from"])
}

/// Whether a new clause with its own subject opens at `i` (`the party has done ...`).
fn new_clause(s: &Sent, i: usize) -> bool {
    if s.any(
        i,
        &[
            "which",
            "who",
            "including",
            "that",
            "and",
            "or",
            "but",
            "whose",
            "where",
        ],
    ) {
        return false;
    }
    if s.any(i, &["said", "says", "added", "told"]) {
        return true; // `, said it has agreed`
    }
    let mut j = i;
    while j < s.len() && j - i < 7 {
        if !s.word(j) {
            return false;
        }
        if j > i && (s.any(j, AUXILIARIES) || s.any(j, REPORT_VERBS)) {
            return true;
        }
        if (s.any(j, PREPOSITIONS) && !s.is(j, "of"))
            || s.any(j, CLAUSE_BREAKS)
            || s.any(j, &["and", "or"])
        {
            return false;
        }
        j += 1;
    }
    false
}

/// Cuts a time phrase that closes a noun-phrase action (`the move in early October`).
pub(crate) fn trim_time_tail(s: &Sent, (a, b): Range) -> Range {
    for k in a + 1..b {
        let n = time_len(s, k);
        if n > 0 && k + n >= b && s.any(k, PREPOSITIONS) {
            return (a, k);
        }
    }
    (a, b)
}

/// Cuts a bare time phrase that closes a noun-phrase object (`proposed the talks last
/// week`): one with no preposition, which dates the act rather than its object.
pub(crate) fn trim_bare_time_tail(s: &Sent, (a, b): Range) -> Range {
    for k in a + 1..b {
        let n = time_len(s, k);
        if n > 0 && k + n >= b && s.any(k, &["last", "next", "this", "yesterday", "today"]) {
            return (a, k);
        }
    }
    (a, b)
}

/// Whether the word at `i` is a subject pronoun.
pub(crate) fn pronoun(s: &Sent, i: usize) -> bool {
    s.any(i, PRONOUNS)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{Tok, tokenize};
    use super::*;
    use crate::model::Span;

    fn toks(t: &str) -> Vec<Tok> {
        let mut v = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut v);
        v
    }

    fn text<'a>(s: &Sent<'a>, (a, b): Range) -> &'a str {
        s.span(a, b).slice(s.text)
    }

    fn find(s: &Sent, w: &str) -> usize {
        (0..s.len()).find(|&i| s.s(i) == w).unwrap()
    }

    #[test]
    fn verb_group_reads_negation_future_and_passive() {
        let t = "Lazaro Gonzalez still had not signed the deal.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        let g = verb_group(&s, find(&s, "signed"));
        assert!(g.negated && !g.future && !g.passive);
        assert_eq!(s.s(g.first), "still");

        let t = "A memorandum would be signed later.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        let g = verb_group(&s, find(&s, "signed"));
        assert!(g.future && g.passive);

        let t = "The rebels said they were willing to accept a truce.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        let g = verb_group(&s, find(&s, "accept"));
        assert!(g.future && !g.passive);
        assert_eq!(s.s(g.first), "were");
    }

    #[test]
    fn subject_of_apposition_list_and_relative() {
        let t = "As of Monday, Ana Ruiz, the mayor's aide, signed it.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        let g = verb_group(&s, find(&s, "signed"));
        let Subject::Regions(r) = subject(&s, g.first) else {
            panic!("no subject")
        };
        assert_eq!(text(&s, r[0]), "Ana Ruiz");

        let t = "Kenya, Uganda, pledge to cut tariffs.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        let Subject::Regions(r) = subject(&s, find(&s, "pledge")) else {
            panic!("no list")
        };
        assert_eq!(r.len(), 2);
        assert_eq!(text(&s, r[1]), "Uganda");

        let t = "On Monday employers in the state of Bavaria offered more.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        let Subject::Regions(r) = subject(&s, find(&s, "offered")) else {
            panic!("no subject")
        };
        assert_eq!(text(&s, r[0]), "employers in the state of Bavaria");
    }

    #[test]
    fn conjuncts_keep_names_and_modifiers_whole() {
        for t in [
            "American Telephone and Telegraph Co",
            "union workers at its pulp and paper mill",
        ] {
            let v = toks(t);
            let s = Sent { text: t, toks: &v };
            assert_eq!(conjuncts(&s, (0, s.len())), [(0, s.len())], "{t}");
        }
        let t = "Japan and Acme Corp";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        assert_eq!(conjuncts(&s, (0, s.len())).len(), 2);
    }

    #[test]
    fn conjuncts_split_lists() {
        let t = "Jan Novak of Slovakia, Ivo Horvat of Croatia and Ana Kos of Slovenia";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        let c: Vec<&str> = conjuncts(&s, (0, s.len()))
            .into_iter()
            .map(|r| text(&s, r))
            .collect();
        assert_eq!(
            c,
            [
                "Jan Novak of Slovakia",
                "Ivo Horvat of Croatia",
                "Ana Kos of Slovenia"
            ]
        );
        assert_eq!(multiplicity(&s, (0, 2)), 1);
        let t = "the two governments";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        assert_eq!(multiplicity(&s, (0, 3)), 2);
    }

    #[test]
    fn instruments_and_time() {
        let t = "signed a memorandum of understanding late this month with Acme to build a plant.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        let i = object_instrument(&s, 1, &[Kind::Core]).unwrap();
        assert_eq!(text(&s, i.range), "a memorandum of understanding");
        assert_eq!(time_len(&s, i.range.1), 3);
        let to = find(&s, "to");
        assert_eq!(text(&s, (to + 1, clause_end(&s, to + 1))), "build a plant");

        let t = "a bill to raise taxes";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        assert_eq!(object_instrument(&s, 0, &[Kind::Core]), None);
    }

    #[test]
    fn action_stops_at_attribution_tail_and_quote() {
        let t = "agreed to cut output by 5 pct, oil ministers said.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        assert_eq!(text(&s, (2, clause_end(&s, 2))), "cut output by 5 pct");
        let t = "to house migrants, including minors,\" the statement added.";
        let v = toks(t);
        let s = Sent { text: t, toks: &v };
        assert_eq!(
            text(&s, (1, clause_end(&s, 1))),
            "house migrants, including minors"
        );
    }
}
