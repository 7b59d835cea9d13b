//! Paragraph and sentence bounds for wire copy.
//!
//! `unicode_sentences()` splits at every `Mr.`, `U.S.`, `Sen.` and `Feb.`; these rules know
//! the abbreviations of news copy (see `abbrev.rs`) and run in one pass over the bytes.

use super::abbrev::{
    AMBIGUOUS, AMBIGUOUS_KEYS, Filter, OPENERS_KEYS, PREFIX, PREFIX_KEYS, Packed, filter, has, key,
    listed, may_hold, packed,
};
use super::search::{Three, Two};
use crate::model::Span;

/// Abbreviations that never end a sentence when a number follows (`No. 1`, `Feb. 4`), and
/// end one only before a usual opener otherwise. Sorted (see `abbrev::listed`).
pub(super) const BEFORE_NUMBER: &[&str] = &[
    "apr", "art", "aug", "ave", "ch", "dec", "feb", "fig", "ft", "jan", "jul", "jun", "mar", "no",
    "nos", "nov", "oct", "op", "pp", "pt", "rd", "sec", "sep", "sept", "st", "vol",
];

/// [`BEFORE_NUMBER`], packed for lookup.
const BEFORE_NUMBER_KEYS: Packed<{ BEFORE_NUMBER.len() }> = packed(BEFORE_NUMBER);

/// The words of the three lists a word before a full stop is looked up in: most words
/// are in none, which one bit test tells before any search.
static LISTED: Filter = filter(&[BEFORE_NUMBER, PREFIX, AMBIGUOUS]);

/// The lines of `text`: `(start, end)` of each line's content, without its line end
/// (`\n`, `\r\n` or a lone `\r`).
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let breaks = Two::new(b'\n', b'\r');
    let mut at = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        // (a line end right at `at`, a blank line, is seen without a search: half the
        // lines of copy whose paragraphs are set off by blank lines)
        let next = match bytes.get(at) {
            Some(b'\n' | b'\r') => Some(at),
            _ => breaks
                .find(bytes.get(at..).unwrap_or_default())
                .map(|o| at + o),
        };
        match next {
            Some(end) => {
                let start = at;
                at = end + 1;
                if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                    at += 1;
                }
                Some((start, end))
            }
            None => {
                done = true;
                (at < bytes.len() || at == 0).then_some((at, bytes.len()))
            }
        }
    })
}

/// The paragraphs of `text`, trimmed of white space. A paragraph ends at a blank line, and
/// before an indented line (the layout of Reuters and many wire feeds). A form feed counts
/// as a blank line.
///
/// ```
/// use newswire::text::paragraphs;
/// let t = "First line\nwraps here.\n\nSecond.\n    Third, indented.";
/// let p: Vec<&str> = paragraphs(t).iter().map(|s| s.slice(t)).collect();
/// assert_eq!(p, ["First line\nwraps here.", "Second.", "Third, indented."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    // (room for a paragraph per 128 bytes, which most texts do not pass)
    let mut out = Vec::with_capacity(text.len() / 128);
    let mut cur: Option<(usize, usize)> = None;
    // (most texts hold no form feed: their lines are then not searched for one)
    let form_feeds = memchr::memchr(b'\x0c', text.as_bytes()).is_some();
    for (line_start, line_end) in lines(text) {
        if line_start == line_end {
            if let Some(p) = cur.take() {
                out.push(p);
            }
            continue;
        }
        // A form feed ends a paragraph like a blank line; the text on either side stays.
        let mut start = line_start;
        loop {
            let ff = form_feeds
                .then(|| memchr::memchr(b'\x0c', &text.as_bytes()[start..line_end]))
                .flatten();
            let end = ff.map_or(line_end, |off| start + off);
            let line = &text[start..end];
            let content = skip_space(line, 0);
            let blank = content == line.len();
            let indented = line.starts_with("  ") || line.starts_with('\t');
            if blank || (indented && cur.is_some()) {
                if let Some(p) = cur.take() {
                    out.push(p);
                }
            }
            if !blank {
                let s = start + content;
                let e = start + trimmed_end(line, line.len());
                cur = Some(match cur {
                    Some((ps, _)) => (ps, e),
                    None => (s, e),
                });
            }
            if ff.is_none() {
                break;
            }
            if let Some(p) = cur.take() {
                out.push(p);
            }
            start = end + 1;
        }
    }
    if let Some(p) = cur {
        out.push(p);
    }
    out.into_iter().map(|(s, e)| Span::new(s, e)).collect()
}

/// Closing characters that may follow a sentence's final mark and belong to it.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '›'
    )
}

/// Appends to `out` the sentences of the paragraph `para` of `text`.
///
/// ```
/// use newswire::{Span, text::sentences_in};
/// let t = "Apple Inc. said sales rose. Mr. Cook spoke at 10 a.m. Tuesday. \"Great,\" he said.";
/// let mut out = Vec::new();
/// sentences_in(t, Span::new(0, t.len()), &mut out);
/// let s: Vec<&str> = out.iter().map(|s| s.slice(t)).collect();
/// assert_eq!(s, ["Apple Inc. said sales rose.", "Mr. Cook spoke at 10 a.m. Tuesday.", "\"Great,\" he said."]);
/// ```
pub fn sentences_in(text: &str, para: Span, out: &mut Vec<Span>) {
    sentences_with(text, para, &sentence_marks(), out);
}

/// The search for the marks that may end a sentence (`.`, `!`, `?`).
pub(super) fn sentence_marks() -> Three {
    Three::new(b'.', b'!', b'?')
}

/// [`sentences_in`], with the search for sentence marks ([`sentence_marks`]) set up by
/// the caller once for all its paragraphs.
pub(super) fn sentences_with(text: &str, para: Span, marks: &Three, out: &mut Vec<Span>) {
    let Some(p) = text.get(para.range()) else {
        return;
    };
    let bytes = p.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let Some(off) = marks.find(&bytes[i..]) else {
            break;
        };
        let at = i + off;
        // The sentence's end: past repeated marks and closing quotes or brackets.
        let mut end = at + 1;
        while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?') {
            end += 1;
        }
        // (an ASCII byte that closes nothing ends the closers before any decoding)
        while bytes
            .get(end)
            .is_some_and(|&b| b >= 0x80 || is_closer(char::from(b)))
        {
            match p.get(end..).and_then(|r| r.chars().next()) {
                Some(c) if is_closer(c) => end += c.len_utf8(),
                _ => break,
            }
        }
        let from = skip_space(p, end);
        // No space after it (3.5, U.S.A, a URL) or the paragraph's end: no split. A mark
        // later in the run before `end` has the same end and no space after it either, so
        // it splits nothing: the search goes on past `end` (and stops at the paragraph's end).
        if from == p.len() {
            break;
        }
        // Every mark of the run (`at` is its first) has the same end and the same text
        // after it, so the run is judged once, and the search goes on past it: a run-on of
        // marks stays linear.
        i = end;
        if from != end && run_ends_sentence(p, at, &p[from..]) {
            push_trimmed(para.start, p, start, end, out);
            // (the next sentence opens at `from`, past the white space)
            start = from;
        }
    }
    push_trimmed(para.start, p, start, p.len(), out);
}

/// Appends `p[s..e]` trimmed of white space, unless nothing is left, as a span moved by
/// `base`.
#[inline(always)]
fn push_trimmed(base: usize, p: &str, s: usize, e: usize, out: &mut Vec<Span>) {
    let s = skip_space(p, s);
    if s < e {
        // (a character other than white space stands at `s`: the end stays past it)
        out.push(Span::new(base + s, base + trimmed_end(p, e)));
    }
}

/// The first byte at or after `at` of `p` that is not white space (`p.len()` if none):
/// where `p[at..].trim_start()` begins, ASCII white space passed over byte by byte.
fn skip_space(p: &str, at: usize) -> usize {
    let b = p.as_bytes().get(at..).unwrap_or_default();
    let at = at + b.iter().take_while(|c| is_ascii_space(**c)).count();
    match p.as_bytes().get(at) {
        Some(&c) if c >= 0x80 => {
            let rest = &p[at..];
            at + (rest.len() - rest.trim_start().len())
        }
        _ => at,
    }
}

/// Where `p[..end].trim_end()` ends, ASCII white space passed over byte by byte.
fn trimmed_end(p: &str, end: usize) -> usize {
    let t = p.get(..end).unwrap_or_default();
    let end = t.len()
        - t.as_bytes()
            .iter()
            .rev()
            .take_while(|c| is_ascii_space(**c))
            .count();
    match t.as_bytes().get(end.wrapping_sub(1)) {
        Some(&c) if c >= 0x80 => t[..end].trim_end().len(),
        _ => end,
    }
}

/// Whether `c` is an ASCII character that `char::is_whitespace` holds to be white space
/// (the vertical tab with the others).
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Whether the run of marks that opens at byte `at` of `p`, followed (after white space) by
/// `after`, ends a sentence: whether one of its marks does ([`ends_sentence`]). Past a
/// first mark that is a full stop, the second mark of a run ends it (an `!` or a `?` does,
/// as does a full stop after a full stop) unless a lower-case word follows, as for every
/// mark; so only a lone full stop needs the word before it read.
fn run_ends_sentence(p: &str, at: usize, after: &str) -> bool {
    let bytes = p.as_bytes();
    let mark = bytes.get(at).copied().unwrap_or(b'.');
    let lone_stop = mark == b'.' && !matches!(bytes.get(at + 1), Some(b'.' | b'!' | b'?'));
    if lone_stop {
        ends_sentence(p, at, mark, after)
    } else {
        !after.chars().next().is_some_and(char::is_lowercase)
    }
}

/// Whether the mark `mark` at byte `at` of `p`, followed (after white space) by `after`,
/// ends a sentence.
fn ends_sentence(p: &str, at: usize, mark: u8, after: &str) -> bool {
    let Some(next) = after.chars().next() else {
        return true;
    };
    if next.is_lowercase() {
        return false;
    }
    if mark != b'.' || (at > 0 && p.as_bytes()[at - 1] == b'.') {
        return true;
    }
    // The word before the period.
    let before = &p[..at];
    let word = &before[word_start(before)..];
    if word.is_empty() {
        return true;
    }
    let mut chars = word.chars();
    let first = chars.next();
    if chars.next().is_none() && first.is_some_and(char::is_uppercase) {
        return false; // an initial: "C. Joseph LaBonte"
    }
    let next_is_digit = next.is_ascii_digit();
    // (the word's key made once for the three lists)
    let k = key(word);
    if may_hold(&LISTED, k) {
        if has(&BEFORE_NUMBER_KEYS, k) {
            return !next_is_digit && (opens(after) || quotation_opens(after, next));
        }
        if has(&PREFIX_KEYS, k) {
            return false;
        }
        if has(&AMBIGUOUS_KEYS, k) {
            return ambiguous_ends(after, next);
        }
    }
    if word.contains('.') {
        return ambiguous_ends(after, next);
    }
    true
}

/// Whether an ambiguous abbreviation (or a word with a full stop inside), followed by
/// `after` (whose first character is `next`), ends its sentence: a usual opener or a
/// quote mark follows.
fn ambiguous_ends(after: &str, next: char) -> bool {
    opens(after) || matches!(next, '"' | '“' | '‘' | '\'')
}

/// Whether `after` (whose first character is `next`) opens a quotation with a capital
/// (`said no. "We ...`).
fn quotation_opens(after: &str, next: char) -> bool {
    matches!(next, '"' | '“' | '‘')
        && after[next.len_utf8()..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Whether `c` stands before a word rather than in it (white space, an opening bracket or
/// quote mark, a dash, a slash).
fn bounds_word(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '‘' | '—' | '/')
}

/// Where the last word of `before` starts: past its last [`bounds_word`] character, read
/// back byte by byte over ASCII (the characters decoded from the first other byte on).
fn word_start(before: &str) -> usize {
    let b = before.as_bytes();
    let mut k = b.len();
    while let Some(&c) = k.checked_sub(1).and_then(|i| b.get(i)) {
        if c >= 0x80 {
            // (`k` follows a character outside ASCII: a boundary)
            let head = &before[..k];
            return head.rfind(bounds_word).map_or(0, |j| {
                j + head[j..].chars().next().map_or(1, char::len_utf8)
            });
        }
        if bounds_word(char::from(c)) {
            return k;
        }
        k -= 1;
    }
    0
}

/// Whether `after` begins with a word that usually opens a sentence.
fn opens(after: &str) -> bool {
    let word_end = after
        .find(|c: char| !(c.is_alphanumeric() || c == '\''))
        .unwrap_or(after.len());
    listed(&OPENERS_KEYS, &after[..word_end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for p in paragraphs(t) {
            sentences_in(t, p, &mut out);
        }
        out.iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn titles_never_split() {
        assert_eq!(
            split("Sen. Warren and Gov. Newsom met Dr. Fauci."),
            ["Sen. Warren and Gov. Newsom met Dr. Fauci."]
        );
    }

    #[test]
    fn months_before_numbers() {
        assert_eq!(
            split("It began Feb. 4 in Iowa. Then it ended."),
            ["It began Feb. 4 in Iowa.", "Then it ended."]
        );
    }

    #[test]
    fn acronyms_split_before_openers_only() {
        assert_eq!(
            split("He lives in the U.S. The U.S. Senate voted."),
            ["He lives in the U.S.", "The U.S. Senate voted."]
        );
    }

    #[test]
    fn no_ends_a_sentence_before_a_quotation_but_not_before_a_number() {
        assert_eq!(
            split("She said no. \"We have set it aside.\" Item No. 4 passed."),
            [
                "She said no.",
                "\"We have set it aside.\"",
                "Item No. 4 passed."
            ]
        );
    }

    #[test]
    fn question_inside_quote_before_lowercase() {
        assert_eq!(
            split("\"Why?\" he asked. \"Because.\""),
            ["\"Why?\" he asked.", "\"Because.\""]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("She said “no.” He left."),
            ["She said “no.”", "He left."]
        );
    }

    #[test]
    fn numbers_and_urls_do_not_split() {
        assert_eq!(
            split("Rates rose 3.5 pct at example.com today."),
            ["Rates rose 3.5 pct at example.com today."]
        );
    }

    /// The lines, one search per line (the reference for the single search).
    fn lines_slow(text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while !(at > bytes.len() || (at == bytes.len() && at != 0)) {
            match memchr::memchr2(b'\n', b'\r', &bytes[at..]) {
                Some(off) => {
                    let end = at + off;
                    out.push((at, end));
                    at = end + 1;
                    if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                        at += 1;
                    }
                }
                None => {
                    out.push((at, bytes.len()));
                    at = bytes.len() + 1;
                }
            }
        }
        out
    }

    #[test]
    fn lines_end_where_the_slow_search_ends_them() {
        let pieces = ["a", "\n", "\r", "\r\n", " ", "\x0c", "é"];
        for t in crate::testing::random_texts(&pieces, 5, 60, 3000) {
            assert_eq!(lines(&t).collect::<Vec<_>>(), lines_slow(&t), "{t:?}");
        }
    }

    #[test]
    fn white_space_is_skipped_as_trim_skips_it() {
        for t in [
            "",
            " ",
            "a",
            "  a b  ",
            "\u{a0} a\u{2009}",
            "\x0b\x0c x \x0b",
            "\t\u{3000}é\u{85}",
            "é",
        ] {
            for at in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                let rest = &t[at..];
                assert_eq!(
                    skip_space(t, at),
                    at + rest.len() - rest.trim_start().len(),
                    "{t:?}"
                );
                assert_eq!(trimmed_end(t, at), t[..at].trim_end().len(), "{t:?}");
            }
        }
    }

    #[test]
    fn last_words_start_where_the_character_search_finds_them() {
        let slow = |before: &str| {
            before.rfind(bounds_word).map_or(0, |k| {
                k + before[k..].chars().next().map_or(1, char::len_utf8)
            })
        };
        for t in [
            "",
            "word",
            "the U.S",
            "(Reuters",
            "said “Inc",
            "é word",
            "a—b",
            "x\u{a0}Corp",
            "éé",
            "/etc",
        ] {
            assert_eq!(word_start(t), slow(t), "{t:?}");
        }
    }

    #[test]
    fn crlf_and_lone_cr_line_ends() {
        assert_eq!(paragraphs("a\r\n\r\nb\rc\r\rd").len(), 3);
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\n \t\n").is_empty());
        assert_eq!(split("..."), ["..."]);
    }
}
