//! Quotations: every quoted passage, its marks and pieces, speech told apart from terms.
//!
//! Marks come classified from the text layer ([`Document::marks`]); this module pairs
//! them, one paragraph at a time, with a small stack:
//!
//! * an opening mark is pushed; a closing mark closes the nearest open mark it fits
//!   (`”` closes `“`, `„` and ``` `` ```; `’` closes `‘` and `‚`; `»` closes `«`);
//! * a straight mark closes an open straight mark of its family, else opens one;
//! * German `„ … “`: after a low opener, the "opening-shaped" `“` closes it;
//! * a quotation left open at the end of a paragraph runs on when the next paragraph opens
//!   with a mark of its family (the convention for quotations over several paragraphs,
//!   whose earlier closing marks are left out): it becomes one [`Quote`] with one piece per
//!   paragraph. Otherwise it ends, `unclosed`, at the end of its paragraph, so an
//!   unbalanced mark never derails the rest of the article;
//! * an unmatched single mark is an apostrophe (`'90s`, `the Joneses’ house`) and is
//!   dropped.
//!
//! Each quotation is then classed as [`QuoteKind::Speech`] or [`QuoteKind::Term`] (scare
//! quotes, titles, nicknames): see [`is_term`].

use crate::model::{Excerpt, Quote, QuoteKind, Span};
use crate::text::{Document, Packed, QuoteMark, Role, Shape, listed_packed, packed};

/// The deepest nesting kept; deeper marks are ignored.
const MAX_DEPTH: usize = 8;

/// The family a mark belongs to for pairing purposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

fn family(m: &QuoteMark) -> Family {
    match m.shape {
        Shape::Double | Shape::LowDouble | Shape::Backticks => Family::Double,
        Shape::Single | Shape::LowSingle => Family::Single,
        Shape::Guillemet => Family::Guillemet,
        Shape::SingleGuillemet => Family::SingleGuillemet,
        Shape::Corner => Family::Corner,
        Shape::WhiteCorner => Family::WhiteCorner,
    }
}

/// An open mark on the stack, with the pieces of a quotation already run over paragraphs.
#[derive(Debug, Clone)]
struct Open {
    mark: QuoteMark,
    /// Where the quotation began (the first opening mark, in an earlier paragraph for a
    /// running quotation).
    start: usize,
    /// The content pieces of earlier paragraphs.
    pieces: Vec<Span>,
}

/// A quotation found, before it is built: its span, its content pieces and whether it was
/// left unclosed. The last piece is kept apart, so that a quotation within one paragraph
/// (most of them) needs no allocation for its pieces.
struct Found {
    span: Span,
    /// The pieces of earlier paragraphs (for a quotation run over several).
    earlier: Vec<Span>,
    /// The last piece (`None` only for a quotation with no piece at all).
    last: Option<Span>,
    unclosed: bool,
}

/// Finds every quoted passage of the document, in order of their opening marks.
pub fn find<'a>(doc: &Document<'a>) -> Vec<Quote<'a>> {
    let text = doc.text();
    let marks = doc.marks();
    let paragraphs = doc.paragraphs();
    // (a quotation takes two marks or more: half the marks bound their number)
    let mut spans: Vec<Found> = Vec::with_capacity(marks.len() / 2);
    // the marks open in the paragraph read (emptied at its end, its room kept)
    let mut stack: Vec<Open> = Vec::new();
    let mut m = 0;
    // A quotation carried over from the previous paragraph.
    let mut carry: Option<Open> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        while m < marks.len() && marks[m].span.start < para.start {
            m += 1;
        }
        let first = m;
        while m < marks.len() && marks[m].span.end <= para.end {
            m += 1;
        }
        let pmarks = &marks[first..m];
        for (k, mk) in pmarks.iter().enumerate() {
            if mk.role == Role::Apostrophe {
                continue;
            }
            // The opening mark of a paragraph that continues the carried quotation.
            if k == 0 && mk.span.start == para.start {
                if let Some(c) = carry.take() {
                    if family(&c.mark) == family(mk) && mk.role != Role::Close {
                        stack.push(Open {
                            mark: *mk,
                            start: c.start,
                            pieces: c.pieces,
                        });
                        continue;
                    }
                    spans.push(unclosed_at(&c));
                }
            }
            step(&mut stack, mk, &mut spans);
        }
        if let Some(c) = carry.take() {
            spans.push(unclosed_at(&c));
        }
        // What is left open ends here, or runs on into the next paragraph.
        // (Read no further than the next paragraph's start: the apostrophes of the rest of
        // the text are no concern of this paragraph's.)
        let next_opens = paragraphs.get(pi + 1).and_then(|np| {
            marks[m..]
                .iter()
                .take_while(|x| x.span.start <= np.start)
                .find(|x| x.role != Role::Apostrophe)
                .filter(|x| x.span.start == np.start && x.role != Role::Close)
                .map(family)
        });
        let mut bottom = true;
        for mut o in stack.drain(..) {
            let piece = Span::new(o.mark.span.end, para.end);
            if bottom && next_opens == Some(family(&o.mark)) && o.mark.is_double() {
                o.pieces.push(piece);
                carry = Some(o);
            } else if family(&o.mark) != Family::Single || bottom {
                // An unclosed double quotation ends with its paragraph; an unclosed single
                // mark nested inside another is an apostrophe and is dropped.
                if family(&o.mark) != Family::Single || o.mark.role == Role::Open {
                    spans.push(Found {
                        span: Span::new(o.start, para.end),
                        earlier: o.pieces,
                        last: Some(piece),
                        unclosed: true,
                    });
                }
            }
            bottom = false;
        }
    }
    if let Some(c) = carry.take() {
        spans.push(unclosed_at(&c));
    }
    spans.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    let mut quotes = Vec::with_capacity(spans.len());
    quotes.extend(spans.into_iter().filter_map(|f| build(text, f)));
    quotes
}

/// A carried quotation whose next paragraph did not continue it after all.
fn unclosed_at(c: &Open) -> Found {
    let end = c.pieces.last().map_or(c.mark.span.end, |p| p.end);
    let mut earlier = c.pieces.clone();
    let last = earlier.pop();
    Found {
        span: Span::new(c.start, end),
        earlier,
        last,
        unclosed: true,
    }
}

/// One mark of a paragraph: push an opener, or close the open mark it fits.
fn step(stack: &mut Vec<Open>, mk: &QuoteMark, out: &mut Vec<Found>) {
    let fam = family(mk);
    // After a German low opener, the `“` (or `‘`) that looks like an opener closes it.
    let low_closer = matches!(mk.shape, Shape::Double | Shape::Single)
        && mk.role == Role::Open
        && stack.last().is_some_and(|o| {
            matches!(o.mark.shape, Shape::LowDouble | Shape::LowSingle) && family(&o.mark) == fam
        });
    let closes = match mk.role {
        Role::Close => true,
        Role::Either => stack.iter().any(|o| family(&o.mark) == fam),
        Role::Open => low_closer,
        Role::Apostrophe => false,
    };
    if closes {
        if let Some(d) = stack.iter().rposition(|o| family(&o.mark) == fam) {
            // Marks opened inside and never closed are dropped.
            stack.truncate(d + 1);
            if let Some(o) = stack.pop() {
                out.push(Found {
                    span: Span::new(o.start, mk.span.end),
                    earlier: o.pieces,
                    last: Some(Span::new(o.mark.span.end, mk.span.start)),
                    unclosed: false,
                });
            }
        }
        // A closer with nothing to close: an apostrophe or a stray mark.
        return;
    }
    if mk.role == Role::Close {
        return;
    }
    if stack.len() < MAX_DEPTH {
        stack.push(Open {
            mark: *mk,
            start: mk.span.start,
            pieces: Vec::new(),
        });
    }
}

/// Builds a [`Quote`] from its span and content pieces.
fn build(text: &str, found: Found) -> Option<Quote<'_>> {
    let Found {
        span,
        earlier,
        last,
        unclosed,
    } = found;
    let last = last?;
    let first = earlier.first().copied().unwrap_or(last);
    let content = Span::new(first.start, last.end.max(first.start));
    if text.get(content.range()).is_none() || text.get(span.range()).is_none() {
        return None;
    }
    let kind = if is_term(text, span, content) {
        QuoteKind::Term
    } else {
        QuoteKind::Speech
    };
    let pieces = if earlier.is_empty() {
        Vec::new()
    } else {
        earlier
            .into_iter()
            .chain(std::iter::once(last))
            .map(|p| Excerpt::of(text, p))
            .collect()
    };
    Some(Quote {
        span,
        content: Excerpt::of(text, content),
        kind,
        pieces,
        unclosed,
    })
}

/// Words that, just before a short quotation, mark it as a name or a term. Sorted.
const TERM_LEAD: &[&str] = &[
    "a",
    "an",
    "as",
    "called",
    "dubbed",
    "entitled",
    "her",
    "his",
    "its",
    "known",
    "label",
    "labeled",
    "labelled",
    "my",
    "named",
    "nicknamed",
    "of",
    "on",
    "our",
    "phrase",
    "so-called",
    "term",
    "that",
    "the",
    "their",
    "this",
    "titled",
    "word",
    "words",
];

/// Whether `word` is in `list` (of lower-case ASCII words), ASCII case aside.
fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a quotation is a term in marks (scare quotes, a title, a nickname) rather than
/// speech: a short passage (at most four words) with no sentence punctuation of its own,
/// or one introduced by a naming word (`a`, `the`, `so-called`, `dubbed`, `on`).
///
/// ```
/// use newswire::{quote, text::Document};
/// let doc = Document::new("He spoke of a \"Haley effect\" on \"The Apprentice\". \"We won,\" she said.");
/// let kinds: Vec<_> = quote::find(&doc).iter().map(|q| q.kind).collect();
/// use newswire::QuoteKind::*;
/// assert_eq!(kinds, [Term, Term, Speech]);
/// ```
pub fn is_term(text: &str, span: Span, content: Span) -> bool {
    let c = content.slice(text).trim();
    // Counted up to five: past four words the count makes no difference.
    let words = words_up_to(c, 5);
    if words == 0 {
        return true;
    }
    let ends_punct = c.ends_with(['.', ',', '!', '?', '…', ';', ':']);
    if words >= 4 && is_title_case(c) {
        return true;
    }
    if words > 4 {
        return false;
    }
    // A comma or a full stop right after the closing mark with a cue to follow is speech;
    // a short passage without punctuation is a term.
    let before = text.get(..span.start).unwrap_or("").trim_end();
    // (Only the last 32 bytes are read: a longer word is in no list, and a run with no
    // white space may be as long as the text.)
    let mut lo = before.len().saturating_sub(32);
    while !before.is_char_boundary(lo) {
        lo += 1;
    }
    let tail = &before[lo..];
    let prev = match tail.rfind(char::is_whitespace) {
        Some(i) => tail[i..].trim_start(),
        None if lo == 0 => tail,
        None => "",
    };
    if listed(TERM_LEAD, prev) {
        return true;
    }
    // A short lower-case fragment (`called it “a lecture.”`) is a term too.
    if words <= 3 && c.starts_with(char::is_lowercase) {
        return true;
    }
    !ends_punct
}

/// Small words a title leaves in lower case (`Orange Is the New Black`). Sorted.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or", "the", "to",
    "vs", "with",
];

/// [`TITLE_SMALL_WORDS`], packed for lookup (a word of a title is looked up in one binary
/// search over integers, rather than compared with each small word).
const TITLE_SMALL_KEYS: Packed<{ TITLE_SMALL_WORDS.len() }> = packed(TITLE_SMALL_WORDS);

/// Whether `c` reads as a title rather than a sentence: four to fourteen words, each
/// capitalised but for small words (`The Kid Who Would Be King.`, `Orange is the New
/// Black`), one sentence at most, not ending as an exclamation or a question does (`What
/// a Super Tuesday!`).
fn is_title_case(c: &str) -> bool {
    if c.ends_with(['!', '?']) {
        return false;
    }
    let mut capitalised = 0;
    // (Fourteen words at most are read, whatever they hold: the test stays bounded on a
    // long passage of marks alone.)
    for (n, w) in split_words(c).enumerate() {
        if n >= 14 {
            return false;
        }
        // (The first letter or digit, read as a byte where it is ASCII; a word that opens
        // and ends with an ASCII letter or digit, most words, has nothing to trim.)
        let ends = (w.as_bytes().first(), w.as_bytes().last());
        let bare = match ends {
            (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => w,
            _ => w.trim_matches(|ch: char| !ch.is_alphanumeric()),
        };
        let Some(&b) = bare.as_bytes().first() else {
            continue;
        };
        let upper = if b < 0x80 {
            b.is_ascii_uppercase() || b.is_ascii_digit()
        } else {
            bare.chars()
                .next()
                .is_some_and(|ch| ch.is_uppercase() || ch.is_numeric())
        };
        if upper {
            capitalised += 1;
        } else if n == 0 || bare.len() > 4 || !listed_packed(&TITLE_SMALL_KEYS, bare) {
            return false;
        }
        // (`The Donald. Big Daddy`: two sentences; `Donald J. Trump`: an initial.)
        if bare.len() > 1 && w.ends_with(['.', '!', '?']) && !c.ends_with(w) {
            return false;
        }
    }
    capitalised >= 3
}

/// The words of `s` as `s.split_whitespace()` gives them, white space read as bytes where
/// it is ASCII (a character decoded only at a byte outside ASCII).
fn split_words(s: &str) -> impl Iterator<Item = &str> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = skip_while_space(s, at, true);
        let end = skip_while_space(s, start, false);
        at = end;
        s.get(start..end).filter(|w| !w.is_empty())
    })
}

/// The first character boundary at or after `at` of `s` (itself a boundary) where a
/// character that is (`space` false) or is not (`space` true) white space stands, or the
/// end of `s`.
fn skip_while_space(s: &str, mut at: usize, space: bool) -> usize {
    let b = s.as_bytes();
    while let Some(&c) = b.get(at) {
        let (is_space, len) = if c < 0x80 {
            (
                matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r'),
                1,
            )
        } else {
            match s.get(at..).and_then(|r| r.chars().next()) {
                Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                None => return b.len(),
            }
        };
        if is_space != space {
            return at;
        }
        at += len;
    }
    b.len()
}

/// The number of words of `s` (runs of characters other than white space), counted up to
/// `max`: `s.split_whitespace().take(max).count()`, read eight bytes at a time where they
/// are ASCII ([`ascii_spaces`]) and a character at a time elsewhere.
fn words_up_to(s: &str, max: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = s.as_bytes();
    let (mut n, mut inside, mut i) = (0, false, 0);
    while n < max {
        let lanes = b.get(i..i + 8).map(|c| {
            let mut lanes = [0u8; 8];
            lanes.copy_from_slice(c);
            u64::from_le_bytes(lanes)
        });
        match lanes {
            Some(x) if x & HIGH == 0 => {
                // a word starts at a byte that is no space after one that is (or before
                // the first byte, after what the last chunk ended on)
                let solid = !ascii_spaces(x) & 0xff;
                let starts = solid & !(solid << 1 | u64::from(inside));
                n += starts.count_ones() as usize;
                inside = solid >> 7 == 1;
                i += 8;
            }
            _ => {
                let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                    break;
                };
                let space = c.is_whitespace();
                n += usize::from(!space && !inside);
                inside = !space;
                i += c.len_utf8();
            }
        }
    }
    n.min(max)
}

/// The white space among eight ASCII bytes (little-endian; every lane below 0x80): a bit
/// per byte, set for a space, a tab, a line end, a vertical tab or a form feed.
fn ascii_spaces(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    // a lane of `x ^ spaces` that is not zero reaches its high bit once 0x7f is added
    let t = x ^ (0x20 * ONES);
    let space = !((t + 0x7f * ONES) | t) & HIGH;
    // between a tab (0x09) and a carriage return (0x0d)
    let control = (x + (0x80 - 0x09) * ONES) & !(x + (0x7f - 0x0d) * ONES) & HIGH;
    // gather the eight lane bits into one byte
    (((space | control) >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<(String, QuoteKind, bool, usize)> {
        let doc = Document::new(t);
        find(&doc)
            .into_iter()
            .map(|q| {
                (
                    q.content.text.into_owned(),
                    q.kind,
                    q.unclosed,
                    q.pieces.len(),
                )
            })
            .collect()
    }

    #[test]
    fn straight_and_curly_pairs() {
        let q = quotes("\"We will win,\" she said. “It is over,” he said.");
        assert_eq!(q[0].0, "We will win,");
        assert_eq!(q[1].0, "It is over,");
        assert!(q.iter().all(|q| q.1 == QuoteKind::Speech && !q.2));
    }

    #[test]
    fn guillemets_low_marks_and_backticks() {
        let q = quotes(
            "«Nous partons demain,» dit-il. „Wir kommen morgen“, sagte er. ``We go now,'' he said.",
        );
        let c: Vec<&str> = q.iter().map(|q| q.0.as_str()).collect();
        assert_eq!(
            c,
            ["Nous partons demain,", "Wir kommen morgen", "We go now,"]
        );
        let q = quotes("Er sagte: ‚Wir gehen jetzt heim‘ und ging.");
        assert_eq!(q[0].0, "Wir gehen jetzt heim");
    }

    #[test]
    fn single_inside_double_with_adjacent_closers() {
        let t = "“The order said ‘leave now.’” Then he left.";
        let q = quotes(t);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].0, "The order said ‘leave now.’");
        assert_eq!(q[1].0, "leave now.");
    }

    #[test]
    fn quotation_running_over_paragraphs() {
        let t = "“The first part goes here.\n\n“And the second part ends it,” she said.\n\nNext.";
        let doc = Document::new(t);
        let q = find(&doc);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].pieces.len(), 2);
        assert_eq!(q[0].pieces[0].text, "The first part goes here.");
        assert_eq!(q[0].pieces[1].text, "And the second part ends it,");
        assert!(!q[0].unclosed);
    }

    #[test]
    fn unbalanced_mark_stays_in_its_paragraph() {
        let t = "He said “this never closes.\n\nThen “Fine,” she said.";
        let q = quotes(t);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].0, "this never closes.");
        assert!(q[0].2);
        assert_eq!(q[1].0, "Fine,");
        assert!(!q[1].2);
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for t in [
            "",
            " ",
            "a",
            " a b ",
            "one two three four five six",
            "a\u{a0}b\u{2009}c\td\ne",
            "é ü  x",
            "  lead and trail  ",
            "eight by eight, ASCII words\tand\x0bcontrol\x0c\rbytes\n in chunks",
            "aaaaaaaa bbbbbbb cccccccc\u{a0}dddddddd eeeeeeee ffffffff",
            "x x x x x x x x x x x x x x x x",
            "        a       ",
            "\u{1f}\u{1c}a\x08b\x0ec~d\x7fe",
        ] {
            for max in [1, 4, 5, 99] {
                assert_eq!(
                    words_up_to(t, max),
                    t.split_whitespace().take(max).count(),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn word_lists_are_sorted_and_in_lower_case() {
        for list in [TERM_LEAD, TITLE_SMALL_WORDS] {
            assert!(list.is_sorted(), "{list:?}");
            assert!(list.iter().all(|w| w.is_ascii() && w.to_lowercase() == **w));
        }
        assert!(listed(TERM_LEAD, "So-Called") && !listed(TERM_LEAD, "thé"));
        for w in TITLE_SMALL_WORDS
            .iter()
            .chain(&["", "x", "THE", "Vs", "thé", "i", "ands", "wit", "with1"])
        {
            assert_eq!(
                listed_packed(&TITLE_SMALL_KEYS, w),
                listed(TITLE_SMALL_WORDS, w),
                "{w:?}"
            );
        }
    }

    #[test]
    fn words_are_split_as_split_whitespace_splits_them() {
        let pieces = [
            "a", "Bb", " ", "  ", "\t", "\n", "\x0b", "\x0c", "\r", "\u{a0}", "\u{85}", "\u{2009}",
            "\u{3000}", "é", "“", ".", "\x1c", "\x1f", "\0",
        ];
        for t in crate::testing::random_texts(&pieces, 3, 59, 4000) {
            let slow: Vec<&str> = t.split_whitespace().collect();
            assert_eq!(split_words(&t).collect::<Vec<_>>(), slow, "{t:?}");
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let q = quotes("The Joneses’ house from the ’90s was sold, it's said.");
        assert!(q.is_empty());
    }
}
