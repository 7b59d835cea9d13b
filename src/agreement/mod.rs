//! Agreements: who agreed to, promised, offered, signed or rejected what, with whom.
//!
//! The stage scans each sentence once for the trigger words of the `lexicon`
//! (`agreed`, `signed`, `struck`, `pledged`, `offer` ...), then reads a bounded window around
//! each hit with small phrase rules (`grammar`) chosen by the trigger's frame (`frames`):
//! the subject and its conjuncts (or a passive's `by` phrase), the instrument noun phrase,
//! the counterparty (`with X`, `to X`), and the committed action (`agreed to take back ...`).
//! Traps are refused by the frames: `agree that` + opinion, `deal with`, `a sign of`,
//! signing a bill or a letter, bare mentions of agreements, threats phrased as promises.
//!
//! ```
//! let text = "Kenya and Uganda signed a trade pact on Monday to cut tariffs.";
//! let article = newswire::parse(text);
//! let a = &article.agreements[0];
//! assert_eq!(a.trigger.text, "signed");
//! assert_eq!(a.status, newswire::Status::Signed);
//! let parties: Vec<&str> = a.parties.iter().map(|p| &*p.text).collect();
//! assert_eq!(parties, ["Kenya", "Uganda"]);
//! assert_eq!(a.instrument.as_ref().unwrap().text, "a trade pact");
//! assert_eq!(a.action.as_ref().unwrap().text, "cut tariffs");
//! ```

mod frames;
mod grammar;
mod lexicon;
mod scan;
mod tokens;

use std::borrow::Cow;
use std::cell::LazyCell;

use crate::entity::EntityTable;
use crate::model::{Agreement, Attribution, Excerpt, Mention, Span};
use crate::text::Document;

use frames::{Cand, Party, analyse};
use grammar::Range;
use scan::Keys;
use tokens::{Sent, Tok, tokenize};

/// Finds every agreement act of the document, in order of its trigger.
pub fn extract<'a>(
    doc: &Document<'a>,
    entities: &EntityTable<'a>,
    attributions: &[Attribution<'a>],
) -> Vec<Agreement<'a>> {
    let text = doc.text();
    let bytes = text.as_bytes();
    // (built only when a first act is found: most articles hold none)
    let holders = LazyCell::new(|| Holders::new(attributions));
    // the key words of the whole text, then of each sentence in turn
    // (room for a key word per 256 bytes, which most texts do not pass)
    let mut hits = Vec::with_capacity(bytes.len() / 256);
    scan::key_words(bytes, 0, &mut hits);
    let (mut local, mut cursor) = (Vec::new(), 0);
    let mut toks: Vec<Tok> = Vec::new();
    let mut cands: Vec<Cand> = Vec::new();
    let mut out = Vec::new();
    let sentences = doc.sentences();
    let mut next = 0;
    let mut triggers = scan::TriggerWalk::new(&hits);
    while let Some(&first) = sentences.get(next) {
        if quiet(bytes, first, &mut triggers) {
            next += 1;
            continue;
        }
        let sentence = joined(doc, sentences, &mut next);
        let found = scan::within(&hits, &mut cursor, bytes, sentence, &mut local);
        let keys = Keys::of(found, bytes, sentence);
        if !keys.worth_reading() {
            continue;
        }
        tokenize(text, sentence, &mut toks);
        let s = Sent { text, toks: &toks };
        cands.clear();
        let mut h = 0;
        for (i, tok) in toks.iter().enumerate() {
            if !tok.word {
                continue;
            }
            // (a trigger token is a whole letter run, so it is one of the key words found)
            let Some(trig) = scan::trigger_at(found, &mut h, tok.start, tok.end) else {
                continue;
            };
            // a frame that lacks what it needs in the sentence reads no act
            if !keys.may_read(trig.frame) {
                continue;
            }
            // a verb inside another act's committed action is part of it (`promised to
            // accept`), unless a clause of its own opens there (`... if China pledged to`):
            // only a noun is read there
            // (actions are bounded, so only the last few acts can still cover this one)
            let covered = cands.iter().rev().take(8).any(|p| {
                p.cover.is_some_and(|(a, b)| {
                    a <= i && i < b && !(a..i).any(|k| s.any(k, lexicon::class::CLAUSE_BREAKS))
                })
            });
            let Some(c) = analyse(&s, i, trig, &cands, !covered) else {
                continue;
            };
            cands.push(c);
        }
        for c in &cands {
            out.push(build(doc, entities, attributions, &holders, &s, c));
        }
    }
    out
}

/// Whether the sentence `span` (the first of a joined run) can be passed over unread: no
/// trigger hit starts in it, no abbreviation at its end joins it to the next, and its ends
/// cut no word (whose key words would be read from the span alone).
fn quiet(text: &[u8], span: Span, triggers: &mut scan::TriggerWalk<'_>) -> bool {
    !triggers.any_in(span) && !may_end_abbreviated(text, span) && !scan::cuts_a_word(text, span)
}

/// The sentence at `*next`, joined with those that follow it when the split fell after an
/// abbreviation before a conjunction (`THE U.S. AND HONDURAN GOVERNMENTS`); advances `*next`.
fn joined(doc: &Document<'_>, sentences: &[Span], next: &mut usize) -> Span {
    let text = doc.text();
    let mut span = sentences[*next];
    *next += 1;
    while let Some(&following) = sentences.get(*next) {
        // (the tests in turn, cheapest and rarest first: the last bytes before anything)
        if !may_end_abbreviated(text.as_bytes(), span) {
            break;
        }
        let tail = span.slice(text).trim_end();
        if !tail.ends_with('.') {
            break;
        }
        if !ends_with_abbreviation(tail) {
            break;
        }
        let head = following.slice(text);
        let first = head.split(char::is_whitespace).next().unwrap_or("");
        let continues = lexicon::is_in(first, &["and", "or", "&"])
            || first.chars().next().is_some_and(char::is_lowercase);
        let same_paragraph = doc.paragraph_at(span.start) == doc.paragraph_at(following.start);
        if !(continues && same_paragraph) {
            break;
        }
        span = Span::new(span.start, following.end);
        *next += 1;
    }
    span
}

/// Whether the text of `span` may end with an abbreviation in capitals (`U.S.`), by its
/// last bytes: after any ASCII white space, a full stop after a capital or a full stop
/// (or a byte outside ASCII, which the character tests read).
fn may_end_abbreviated(text: &[u8], span: Span) -> bool {
    let b = text.get(span.range()).unwrap_or_default();
    let space = |c: &&u8| matches!(**c, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ');
    let mut rev = b.iter().rev().skip_while(space);
    match (rev.next(), rev.next()) {
        (Some(&last), _) if last >= 0x80 => true,
        (Some(b'.'), Some(&before)) => {
            before >= 0x80 || before.is_ascii_uppercase() || before == b'.'
        }
        _ => false,
    }
}

/// Whether the last word of `tail` (after its last white space) is an abbreviation in
/// capitals with two full stops or more (`U.S.`): its bytes read backwards while they are
/// capitals or full stops, the character before them decoded only there.
fn ends_with_abbreviation(tail: &str) -> bool {
    let b = tail.as_bytes();
    let k = b.len()
        - b.iter()
            .rev()
            .take_while(|&&c| c.is_ascii_uppercase() || c == b'.')
            .count();
    // the word holds another character unless white space (or nothing) comes before
    let whole = tail
        .get(..k)
        .is_some_and(|head| head.chars().next_back().is_none_or(char::is_whitespace));
    let last = &b[k..];
    whole && last.len() >= 4 && last.ends_with(b".") && last[..last.len() - 1].contains(&b'.')
}

/// The spans of the attributions' contents and parts, sorted by start, with the furthest
/// end reached so far: the attribution holding a trigger is found by a binary search and a
/// short walk back (no scan of every attribution per act).
struct Holders {
    /// `(span, attribution index)`, sorted by span start.
    spans: Vec<(Span, usize)>,
    /// `reach[k]`: the largest end among `spans[..=k]`.
    reach: Vec<usize>,
}

impl Holders {
    fn new(attributions: &[Attribution<'_>]) -> Self {
        // (room for every content and part at once: a chain of filters tells `collect`
        // no size, and it would grow the list a step at a time)
        let room = attributions.iter().map(|a| 1 + a.parts.len()).sum();
        let mut spans = Vec::with_capacity(room);
        for (i, a) in attributions.iter().enumerate() {
            let c = a.content.span;
            spans.push((c, i));
            spans.extend(
                a.parts
                    .iter()
                    .filter(|p| !c.contains(p.span))
                    .map(|p| (p.span, i)),
            );
        }
        Self::from_spans(spans)
    }

    fn from_spans(mut spans: Vec<(Span, usize)>) -> Self {
        spans.sort_unstable_by_key(|&(sp, i)| (sp.start, i));
        // (a list of the spans' length: `scan` would tell `collect` no size)
        let mut reach = Vec::with_capacity(spans.len());
        let mut furthest = 0;
        for &(sp, _) in &spans {
            furthest = sp.end.max(furthest);
            reach.push(furthest);
        }
        Holders { spans, reach }
    }

    /// The first attribution (in article order) whose content or a part holds `span`.
    fn holding(&self, span: Span) -> Option<usize> {
        let mut k = self
            .spans
            .partition_point(|&(sp, _)| sp.start <= span.start);
        let mut best: Option<usize> = None;
        while k > 0 && self.reach[k - 1] >= span.end {
            k -= 1;
            let (sp, i) = self.spans[k];
            if sp.contains(span) {
                best = Some(best.map_or(i, |b| b.min(i)));
            }
        }
        best
    }
}

/// Turns a candidate's token ranges into the model's excerpts and mentions.
fn build<'a>(
    doc: &Document<'a>,
    entities: &EntityTable<'a>,
    attributions: &[Attribution<'a>],
    holders: &Holders,
    s: &Sent<'_>,
    c: &Cand,
) -> Agreement<'a> {
    let text = doc.text();
    let excerpt = |r: Range| Excerpt::of(text, s.span(r.0, r.1));
    let trigger = s.span(c.trigger, c.trigger + 1);
    // `Albanese declined to commit to funding`: an attribution whose speaker is the act's
    // own party reports nothing besides the act
    let attribution = holders.holding(trigger).filter(|&i| {
        attributions[i].source.as_ref().is_none_or(|src| {
            !c.parties
                .iter()
                .any(|p| s.span(p.range.0, p.range.1) == src.span)
        })
    });
    Agreement {
        trigger: Excerpt::of(text, trigger),
        status: c.status,
        negated: c.negated,
        future: c.future,
        parties: c
            .parties
            .iter()
            .map(|p| mention(doc, entities, s, p))
            .collect(),
        counterparties: c
            .counterparties
            .iter()
            .map(|&r| {
                mention(
                    doc,
                    entities,
                    s,
                    &Party {
                        range: r,
                        named_by: None,
                    },
                )
            })
            .collect(),
        instrument: c.instrument.map(excerpt),
        action: c.action.filter(|r| r.1 > r.0).map(excerpt),
        source: match attribution {
            Some(i) => attributions[i].source.clone(),
            // no attribution holds the act: a speaker named in its own sentence
            None => frames::local_source(s, c).map(|r| {
                mention(
                    doc,
                    entities,
                    s,
                    &Party {
                        range: r,
                        named_by: None,
                    },
                )
            }),
        },
        attribution,
    }
}

/// A party's mention, named through the entity table (a pronoun resolved locally to the
/// subject of a verb of saying is named by that subject).
fn mention<'a>(
    doc: &Document<'a>,
    entities: &EntityTable<'a>,
    s: &Sent<'_>,
    p: &Party,
) -> Mention<'a> {
    let mut span = s.span(p.range.0, p.range.1);
    // `Japan's offer`: the party is `Japan`
    let t = span.slice(doc.text());
    for suffix in ["'s", "’s", "'S", "’S"] {
        if t.len() > suffix.len() && t.ends_with(suffix) {
            span.end -= suffix.len();
            break;
        }
    }
    let name = match p.named_by {
        Some((a, b)) => {
            let by = s.span(a, b);
            entities
                .resolve(doc, by)
                .or_else(|| Some(Cow::Borrowed(by.slice(doc.text()))))
        }
        None if lexicon::is_in(span.slice(doc.text()), &["he", "she"]) => {
            // the subject of an act: prefer the last person who was a sentence's subject
            // (of the pronoun's gender)
            let female = span.slice(doc.text()).eq_ignore_ascii_case("she");
            entities
                .subject_person_before(span.start, Some(female))
                .map(|(_, n)| n)
                .or_else(|| entities.resolve(doc, span))
                .filter(|n| !is_pronoun(n))
        }
        None => entities.resolve(doc, span).filter(|n| !is_pronoun(n)),
    };
    Mention::of(doc.text(), span, name)
}

/// Whether a resolved name is only a pronoun (no name).
fn is_pronoun(name: &str) -> bool {
    lexicon::is_in(name, lexicon::class::PRONOUNS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_end_as_the_character_test_says() {
        let slow = |tail: &str| {
            let last = tail.rsplit(char::is_whitespace).next().unwrap_or("");
            last.len() >= 4
                && last.ends_with('.')
                && last.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                && last[..last.len() - 1].contains('.')
        };
        for t in [
            "the U.S.",
            "U.S.",
            "x\u{a0}U.S.",
            "xU.S.",
            "éU.S.",
            "the US.",
            "A.B",
            "a U.S.A.",
            "",
            ".",
            "....",
            " ....",
            "the u.s.",
            "\u{2009}N.Y.",
            "ÉU.S.",
            "the U.S..",
        ] {
            assert_eq!(ends_with_abbreviation(t), slow(t), "{t:?}");
        }
    }

    #[test]
    fn holders_find_the_first_attribution_holding_a_span() {
        let h = Holders::from_spans(vec![
            (Span::new(0, 100), 0),
            (Span::new(10, 20), 1),
            (Span::new(150, 200), 2),
            (Span::new(30, 40), 1),
        ]);
        assert_eq!(h.holding(Span::new(12, 15)), Some(0));
        assert_eq!(h.holding(Span::new(160, 170)), Some(2));
        assert_eq!(h.holding(Span::new(120, 130)), None);
        assert_eq!(h.holding(Span::new(95, 105)), None);
    }
}
