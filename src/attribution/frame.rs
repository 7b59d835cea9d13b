//! The frames of direct quotations: `"...," X said.`, `"...," said X.`, `X said: "..."`.
//!
//! Each rule looks a bounded distance from the quotation's marks: the rest of the sentence
//! after the closing mark, or the sentence before the opening mark.

use super::clause::{has_phrases, lacks_it, sentence_subject, verb_frame};
use super::cue::Form;
use super::cue_word;
use super::grammar::{self, Words, is_cap, is_in};
use crate::entity::{SentenceWords, tokens};
use crate::model::{Quote, Span};
use crate::text::Document;

/// Where a quotation's content ends with punctuation that lets a frame follow (or a
/// long quotation that opens its paragraph ends without any).
pub(super) fn ends_for_frame(text: &str, q: &Quote, para: Span) -> bool {
    let c = q.content.text.trim_end();
    let after = text.get(q.span.end..).unwrap_or("");
    c.ends_with([',', '?', '!', '—', '–', '-', '…'])
        || after.starts_with(',')
        || (c.ends_with('.') && after.trim_start().starts_with(char::is_lowercase))
        || (q.span.start == para.start
            && !c.ends_with(['.', ':', ';'])
            && c.split_whitespace().take(4).count() >= 4)
}

/// Whether `before` ends with a title's abbreviation or an initial (`Lt`, `Sen`, `J`),
/// so a full stop after it does not end the sentence.
fn abbreviation_before(before: &str) -> bool {
    let w = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    crate::entity::is_title(w) || (w.chars().count() == 1 && is_cap(w)) || initialism(w)
}

/// Whether `w` is an initialism with inner full stops (`U.N`, `U.S`, `E.U`), whose
/// last full stop in a frame opens a title rather than a sentence (`U.N. High
/// Commissioner Annika Brandvold said`).
fn initialism(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(i, &c)| {
            if i % 2 == 0 {
                c.is_ascii_uppercase()
            } else {
                c == b'.'
            }
        })
}

/// Whether the text after a full stop goes on with the same sentence: a comma, a
/// bracket or a colon right after it (`Sen. Rick Scott, R-Fla., said`), or a lower-case
/// word (`Sen. Ann Cole of Ark. said`), as [`crate::text`] reads sentence ends.
fn continues_after(after: &str) -> bool {
    after.starts_with([',', ')', ';', ':'])
        || after.trim_start().starts_with(|c: char| c.is_lowercase())
}

/// The marks that may end a frame after a quotation (`.`, `?`, `!`, `;` and quotation
/// marks), with their byte offsets in `region`, found by their bytes: each mark is ASCII
/// or opens with byte 0xC2 (`«`) or 0xE2 (`“`, `”`, `„`), so other bytes are skipped
/// without decoding a character.
fn frame_stops(region: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    region
        .bytes()
        .enumerate()
        .filter(|&(_, b)| matches!(b, b'.' | b'?' | b'!' | b';' | b'"' | 0xC2 | 0xE2))
        .filter_map(|(i, _)| {
            let c = region.get(i..)?.chars().next()?;
            matches!(c, '.' | '?' | '!' | ';' | '"' | '“' | '”' | '«' | '„').then_some((i, c))
        })
}

/// The words of the text after a quotation that [`frame_after`] reads: the cue among the
/// first `MAX_NP + 10`, and the word after it. No rule reads farther (a subject is read
/// backwards from its cue, a source forwards for at most `MAX_NP` words from the second
/// word), so the words after these are left untokenised.
const FRAME_AFTER_WORDS: usize = grammar::MAX_NP + 11;

/// Whether a clause of its own follows the cue at word `k`: `that` or a subject pronoun
/// (`admitted that ...`, `claimed they ...`), or after `say` a determiner too (`said the
/// protests ...`), but no time (`said the next day`).
fn clause_follows(ws: &Words, k: usize, lemma: &str) -> bool {
    let next = ws.w(k + 1);
    if is_in(
        &["he", "i", "it", "she", "that", "there", "they", "we"],
        next,
    ) {
        return true;
    }
    lemma == "say"
        && is_in(&["a", "an", "the", "these", "this", "those"], next)
        && grammar::time_phrase_at(ws, k + 1).is_none()
        && !is_in(&["day", "following", "next", "same"], ws.w(k + 2))
}

/// The words of `sent`, the text after a quotation up to its frame's end, taken from its
/// sentence's shared words (no second tokenisation) when they are the same: `sent` lies in
/// one sentence, no word runs across its start or its end, the first shared word in it
/// starts at its first letter or digit (no possessive `’s` passed over there), and no
/// letter or digit stands right after it.
fn shared_words_after<'w>(
    doc: &Document,
    shared: Option<&'w SentenceWords>,
    sent: Span,
) -> Option<&'w [Span]> {
    let shared = shared?;
    let text = doc.text();
    let si = doc.sentence_at(sent.start)?;
    if sent.end > doc.sentences().get(si)?.end {
        return None;
    }
    let words = shared.sentence(si);
    let a = words.partition_point(|w| w.start < sent.start);
    let b = words.partition_point(|w| w.end <= sent.end);
    // (A short walk: a frame opens with a comma or a space.)
    let first = text
        .get(sent.range())?
        .char_indices()
        .find(|&(_, c)| c.is_alphanumeric())
        .map(|(i, _)| sent.start + i);
    let opens_right = match first {
        Some(f) => words.get(a).map(|w| w.start) == Some(f),
        None => a >= b,
    };
    if b < a
        || !opens_right
        || a > 0 && words[a - 1].end > sent.start
        || words.get(b).is_some_and(|w| w.start < sent.end)
        || text
            .get(sent.end..)?
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some(&words[a..b])
}

/// `"...," X said.` / `"...," said X.`: the frame after a quotation. Returns the source,
/// the cue and where the frame ends. `shared`: the document's sentence words, if at hand;
/// `buf`: room for the frame's words otherwise.
pub(super) fn frame_after(
    doc: &Document,
    q: &Quote,
    para: Span,
    shared: Option<&SentenceWords>,
    buf: &mut Vec<Span>,
) -> Option<(Option<Span>, Span, usize)> {
    let text = doc.text();
    if q.unclosed || !ends_for_frame(text, q, para) {
        return None;
    }
    let mut stop = (q.span.end + 240).min(para.end);
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    // The frame ends at the sentence's end or at the next quotation.
    let region = text.get(q.span.end..stop)?;
    let cut = frame_stops(region)
        .find(|&(i, c)| {
            !(c == '.' && (abbreviation_before(&region[..i]) || continues_after(&region[i + 1..])))
        })
        .map_or(region.len(), |(i, _)| i);
    let sent = Span::new(q.span.end, q.span.end + cut);
    let toks = match shared_words_after(doc, shared, sent) {
        Some(words) => &words[..words.len().min(FRAME_AFTER_WORDS)],
        None => {
            buf.clear();
            buf.extend(tokens(text, sent).take(FRAME_AFTER_WORDS));
            &buf[..]
        }
    };
    let ws = Words { text, toks, sent };
    if toks.is_empty() {
        return None;
    }
    let lead = ws.gap_before(0);
    if !lead
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'))
    {
        return None;
    }
    // `said X` (cue first).
    if let Some(c) = cue_word(ws.w(0)) {
        if c.form != Form::Ing && !c.needs_that && !c.stance && !lacks_it(&ws, 0, c) {
            let np = grammar::noun_phrase_from(&ws, 1);
            // `..., said the candidate could win`: the words after the cue are a clause of
            // their own (a quoted fragment before a reported statement), no frame.
            if np.is_some_and(|(_, b)| {
                b + 1 < toks.len() && ws.joined(b) && grammar::set::FINITE.has(ws.w(b + 1))
            }) {
                return None;
            }
            let src = np.map(|(a, b)| Span::new(toks[a].start, toks[b].end));
            let end = src.map_or(toks[0].end, |s| s.end);
            return Some((src, toks[0], end));
        }
    }
    // `X said` (subject first), the subject within a few words, an apposition allowed.
    for k in 1..toks.len().min(grammar::MAX_NP + 10) {
        let Some(c) = cue_word(ws.w(k)) else {
            continue;
        };
        // `"...," Ryabkov was quoted as saying by RIA.`: the quoted person.
        if let Some((a, b, q)) = (c.form == Form::Ing)
            .then(|| grammar::quoted_as_saying(&ws, k))
            .flatten()
        {
            let src = Span::new(toks[a].start, toks[b].end);
            return Some((
                Some(src),
                Span::new(toks[q].start, toks[k].end),
                toks[k].end,
            ));
        }
        if c.form == Form::Ing
            || c.needs_that && c.form != Form::Past
            || c.stance
            || lacks_it(&ws, k, c)
        {
            continue;
        }
        // `..., while police said`: a clause of its own, no frame.
        if is_in(
            &[
                "after", "although", "and", "as", "because", "before", "but", "if", "since", "so",
                "though", "when", "whereas", "while",
            ],
            ws.w(0),
        ) {
            return None;
        }
        let subj = grammar::subject_before(&ws, k);
        let (a, b) = match subj {
            Some((a, b)) if a == 0 => (a, b),
            // A long title before the name: `University of X political scientist Y said`.
            Some((_, b)) if (0..b).all(|i| ws.joined(i) && cue_word(ws.w(i)).is_none()) => (0, b),
            _ => {
                // `Smith, a spokesman for X, said`: the name before the apposition.
                if !ws.gap_before(k).contains(',') {
                    if k > 3 {
                        return None;
                    }
                    continue;
                }
                let np = grammar::noun_phrase_from(&ws, 0)?;
                (np.0, np.1)
            }
        };
        // `"Face the Nation," Paul Ryan said the protests ...`, `..., she admitted that
        // ...`: a verb with a clause of its own after it frames no quotation (`said the
        // next day` does).
        if !c.object && k + 1 < toks.len() && ws.joined(k) && clause_follows(&ws, k, c.lemma) {
            return None;
        }
        let src = Span::new(toks[a].start, toks[b].end);
        return Some((Some(src), toks[k], toks[k].end));
    }
    None
}

/// The words of `sent`, the part of sentence `si` before a quotation, taken from the
/// sentence's shared words (no second tokenisation) when they are the same: `sent` starts
/// with the sentence, no word runs across its end, and no letter or digit stands there.
fn shared_words_before<'w>(
    doc: &Document,
    shared: Option<&'w SentenceWords>,
    si: usize,
    sent: Span,
) -> Option<&'w [Span]> {
    let words = shared?.sentence(si);
    let after = doc.text().get(sent.end..)?;
    if doc.sentences().get(si)?.start != sent.start
        || after.chars().next().is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let k = words.partition_point(|w| w.end <= sent.end);
    if words.get(k).is_some_and(|w| w.start < sent.end) {
        return None;
    }
    Some(&words[..k])
}

/// The paragraph before a quotation that opens its own, when that paragraph ends with a
/// colon (`Haddad told reporters:`): where its text ends, and the paragraph.
fn colon_paragraph_before(doc: &Document, q: &Quote, para: Span) -> Option<(usize, Span)> {
    let text = doc.text();
    if !text.get(para.start..q.span.start)?.trim().is_empty() {
        return None;
    }
    let p = doc.paragraph_at(para.start)?;
    let prev = *doc.paragraphs().get(p.checked_sub(1)?)?;
    let body = text.get(prev.range())?.trim_end();
    body.ends_with(':').then(|| (prev.start + body.len(), prev))
}

/// What lies between a frame's last word and its quotation, if it is only white space,
/// commas, colons and dashes: whether a comma or a colon is among it, and whether a colon
/// is. (Read from the quotation back: quotations with no words in them leave a gap that
/// grows with each, and only its last stretch is read.)
fn frame_gap(gap: &str) -> Option<(bool, bool)> {
    let (mut punct, mut colon) = (false, false);
    for c in gap.chars().rev() {
        match c {
            ',' => punct = true,
            ':' => (punct, colon) = (true, true),
            '—' | '–' => {}
            c if c.is_whitespace() => {}
            _ => return None,
        }
    }
    Some((punct, colon))
}

/// `X said: "..."`, `X said, "..."`: the frame before a quotation.
pub(super) fn frame_before(
    doc: &Document,
    q: &Quote,
    para: Span,
    shared: Option<&SentenceWords>,
    buf: &mut Vec<Span>,
) -> Option<(Option<Span>, Span, usize)> {
    let text = doc.text();
    // `Haddad told reporters:` ending the paragraph before the quotation's: the frame
    // is read there.
    let (at, para) = colon_paragraph_before(doc, q, para).unwrap_or((q.span.start, para));
    let s = doc.sentence_at(at.saturating_sub(1))?;
    let start = doc.sentences()[s].start.max(para.start);
    if start >= at {
        return None;
    }
    let sent = Span::new(start, at);
    let toks = match shared_words_before(doc, shared, s, sent) {
        Some(words) => words,
        None => {
            buf.clear();
            buf.extend(tokens(text, sent));
            &buf[..]
        }
    };
    let ws = Words { text, toks, sent };
    let n = toks.len();
    if n == 0 {
        return None;
    }
    let (punct, colon) = frame_gap(ws.gap_after(n - 1))?;
    let capital = q.content.text.trim_start().starts_with(char::is_uppercase);
    if !(punct || capital) {
        return None;
    }
    // The cue within the last few words; what follows it is adverbial or the hearer.
    for k in (n.saturating_sub(8)..n).rev() {
        // (`Said Ellis: "..."`: a cue that opens the sentence, capitalised.)
        let fronted = || (k == 0).then(|| super::cue::lookup(ws.w(0))).flatten();
        let Some(c) = cue_word(ws.w(k)).or_else(fronted) else {
            continue;
        };
        if c.needs_that && c.form != Form::Past || has_phrases(c.lemma) || lacks_it(&ws, k, c) {
            continue;
        }
        let subj = if c.form == Form::Ing {
            None
        } else {
            grammar::subject_before(&ws, k).or_else(|| {
                // `Ms. Sherry smiled and said, "..."`: the sentence's subject.
                (k > 1 && is_in(&["and", "then"], ws.w(k - 1)))
                    .then(|| sentence_subject(&ws, k))
                    .flatten()
            })
        };
        if subj.is_none() && c.form != Form::Ing {
            // `said Smith: "..."`
            if let Some((a, b)) = grammar::noun_phrase_from(&ws, k + 1) {
                if b + 1 == n && is_cap(ws.w(a)) {
                    return Some((
                        Some(Span::new(toks[a].start, toks[b].end)),
                        toks[k],
                        q.span.start,
                    ));
                }
            }
            continue;
        }
        // Between the cue and the quotation: no clause of its own (`that` is fine), and
        // without punctuation no finite verb (`CBS said it was canceling "Rush Hour."`:
        // a title inside a reported clause).
        if (k + 1..n)
            .any(|m| cue_word(ws.w(m)).is_some() || !punct && grammar::set::FINITE.has(ws.w(m)))
        {
            return None;
        }
        let src = subj.map(|(a, b)| Span::new(toks[a].start, toks[b].end));
        return Some((src, toks[k], q.span.start));
    }
    // `The headline reads: "..."`: any verb of the sentence's subject before a colon.
    if colon {
        if let Some(d) = verb_frame(&ws, q.span.start) {
            if let (Some(src), Some(cue)) = (d.source, d.cue) {
                return Some((Some(src), cue, q.span.start));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote;

    /// The frame of the first quotation of `text`: (source, cue) as text.
    fn frame(text: &str) -> Option<(Option<&str>, &str)> {
        let doc = Document::new(text);
        let quotes = quote::find(&doc);
        let q = quotes.first()?;
        let para = doc.paragraphs()[doc.paragraph_at(q.span.start)?];
        let mut toks = Vec::new();
        frame_after(&doc, q, para, None, &mut toks)
            .or_else(|| frame_before(&doc, q, para, None, &mut toks))
            .map(|(s, c, _)| (s.map(|s| s.slice(text)), c.slice(text)))
    }

    #[test]
    fn after_subject_then_cue() {
        assert_eq!(
            frame("“We won,” Ms. Lee said."),
            Some((Some("Ms. Lee"), "said"))
        );
    }

    #[test]
    fn after_cue_then_subject() {
        assert_eq!(
            frame("“We won,” said Sen. Maria Lee, a Democrat."),
            Some((Some("Sen. Maria Lee"), "said"))
        );
    }

    #[test]
    fn after_long_title_before_the_name() {
        assert_eq!(
            frame("“It is late,” University of Toronto historian Mark Dale said."),
            Some((Some("University of Toronto historian Mark Dale"), "said"))
        );
    }

    #[test]
    fn before_with_colon_or_comma() {
        assert_eq!(
            frame("The minister said: “We stay.”"),
            Some((Some("The minister"), "said"))
        );
        assert_eq!(frame("He added, “We stay.”"), Some((Some("He"), "added")));
    }

    #[test]
    fn shared_words_give_the_frame_a_tokenisation_gives() {
        for text in [
            "The minister said: “We stay.”",
            "Jones's aide told reporters, 'We stay.'",
            "He said'We stay,' and left.",
            "U.S. officials said, \"We stay.\"",
            "Mr. O'Neil, the mayor, said:«Nous restons.»",
            "She added — “We stay” — then left.",
            "The players' union said \"no\".",
        ] {
            let doc = Document::new(text);
            let entities = crate::entity::EntityTable::build(&doc);
            let shared = entities.sentence_words(&doc);
            assert!(shared.is_some(), "{text}");
            for q in &quote::find(&doc) {
                let Some(p) = doc.paragraph_at(q.span.start) else {
                    continue;
                };
                let para = doc.paragraphs()[p];
                let mut buf = Vec::new();
                assert_eq!(
                    frame_before(&doc, q, para, shared, &mut buf),
                    frame_before(&doc, q, para, None, &mut buf),
                    "{text}"
                );
                assert_eq!(
                    frame_after(&doc, q, para, shared, &mut buf),
                    frame_after(&doc, q, para, None, &mut buf),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn shared_words_after_are_the_words_a_tokenisation_gives() {
        for text in [
            "“We won,” Ms. Lee said. ‘Hello’s end,’ she said.",
            "'Go,' Paul's aide said, and U.S. officials agreed.",
            "“Yes”s and “no”s, said Ann O’Neil’s aide; «Non», dit-il.",
            "“A,” — B. C. Dale’s view, he said 2,400 times.",
        ] {
            let doc = Document::new(text);
            let entities = crate::entity::EntityTable::build(&doc);
            let shared = entities.sentence_words(&doc);
            assert!(shared.is_some(), "{text}");
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &a in &bounds {
                for &b in bounds.iter().filter(|&&b| b >= a) {
                    let sent = Span::new(a, b);
                    if let Some(words) = shared_words_after(&doc, shared, sent) {
                        let own: Vec<Span> = tokens(text, sent).collect();
                        assert_eq!(words, &own[..], "{text} {a}..{b}");
                    }
                }
            }
        }
    }

    #[test]
    fn no_frame_for_a_new_clause() {
        assert_eq!(frame("“We stay,” while police said nothing."), None);
    }
}
