//! Words and punctuation of one sentence, for the phrase rules.
//!
//! A word is a run of letters and digits, with internal apostrophes (`didn't`, `Trump's`),
//! hyphens (`five-year`), full stops (`U.S`), ampersands (`AT&T`) and digit-group commas
//! (`35,700`). Every other non-space character is a token of its own.

use std::cell::Cell;

use crate::model::Span;

use super::lexicon::{Kind, Words, class, classes, is_in, kind_of};

/// One token: a byte range of the text, and whether it is a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// A word (not punctuation).
    pub word: bool,
    /// The token's first character (the whole of a punctuation token), kept so that the
    /// rules' tests of a mark or a capital need not slice the text.
    first: char,
    /// The word's class mask (`lexicon::classes`), looked up when a rule first asks
    /// ([`Sent::any`]): [`UNKNOWN`] until then; 0 for punctuation.
    classes: Cell<u64>,
    /// The clause breaks at the token (`grammar::clause_end`), with whether an attribution
    /// tail opens there, read when a rule first asks ([`Sent::breaks`]): [`UNREAD`] until
    /// then.
    breaks: Cell<u8>,
}

/// The class mask of a word not looked up yet (no word is in every class).
const UNKNOWN: u64 = u64::MAX;

/// The clause breaks of a token not read yet (no token holds every break).
const UNREAD: u8 = u8::MAX;

/// Fills `out` with the tokens of `text` within `span` (cleared first).
#[inline(never)]
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Tok>) {
    out.clear();
    let Some(s) = text.get(span.range()) else {
        return;
    };
    // (room for a token per four bytes, which most sentences do not pass, up to a few
    // hundred: a longer sentence grows its room as it needs)
    out.reserve((s.len() / 4).min(256));
    let bytes = s.as_bytes();
    let base = span.start;
    let mut p = 0;
    while let Some(&first) = bytes.get(p) {
        let i = p;
        // (ASCII, most bytes, is classed by a table without decoding a character)
        let (c, opens) = if first < 0x80 {
            p += 1;
            (char::from(first), ASCII_OPENS[usize::from(first)])
        } else {
            let Some((c, len)) = char_at(s, p) else {
                break;
            };
            p += len;
            (c, Opens::of(c))
        };
        let word = match opens {
            Opens::Space => continue,
            Opens::Mark => false,
            Opens::Word => {
                p = word_end(s, i, p, c);
                true
            }
        };
        out.push(Tok {
            start: base + i,
            end: base + p,
            word,
            first: c,
            classes: Cell::new(if word { UNKNOWN } else { 0 }),
            breaks: Cell::new(UNREAD),
        });
    }
}

/// What a character opens in a sentence: nothing (white space), a word (a letter or a
/// digit), or a token of its own (any other mark).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opens {
    /// White space, passed over.
    Space,
    /// A letter or digit, which opens a word.
    Word,
    /// Any other character, a token of its own.
    Mark,
}

impl Opens {
    /// What `c` opens.
    fn of(c: char) -> Self {
        if c.is_whitespace() {
            Opens::Space
        } else if c.is_alphanumeric() {
            Opens::Word
        } else {
            Opens::Mark
        }
    }
}

/// [`Opens::of`] each ASCII character (its white space as `char::is_whitespace` holds it,
/// the vertical tab with the others).
const ASCII_OPENS: [Opens; 128] = {
    let mut t = [Opens::Mark; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
            t[b] = Opens::Space;
        } else if c.is_ascii_alphanumeric() {
            t[b] = Opens::Word;
        }
        b += 1;
    }
    t
};

/// The end of the word of `s` that opens at byte `i` with the character `c`, which ends at
/// `p`: its runs of letters and digits with the marks that join them, then a plural
/// possessive's apostrophe and an abbreviation's full stop.
fn word_end(s: &str, i: usize, p: usize, c: char) -> usize {
    let bytes = s.as_bytes();
    let mut end = p;
    let mut last = c;
    loop {
        // a run of ASCII letters and digits
        let run = end;
        end = alnum_run_end(bytes, end);
        if let Some(&b) = bytes.get(end - 1).filter(|_| end > run) {
            last = char::from(b);
        }
        // (an ASCII byte that is no joining mark ends the word before any decoding)
        if bytes
            .get(end)
            .is_none_or(|&b| b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b'&' | b','))
        {
            break;
        }
        let Some((d, dlen)) = char_at(s, end) else {
            break;
        };
        if !joins(s, end + dlen, last, d) {
            break;
        }
        end += dlen;
        last = d;
    }
    let rest = bytes.get(end..).unwrap_or_default();
    // `workers'`: a plural possessive keeps its apostrophe.
    if matches!(rest.first(), Some(b'\'' | 0xe2)) && (last == 's' || last == 'S') {
        let tail = s.get(end..).unwrap_or_default();
        let mut after = tail.chars();
        if matches!(after.next(), Some('\'' | '’')) && after.next().is_none_or(char::is_whitespace)
        {
            end += tail.chars().next().map_or(0, char::len_utf8);
        }
    }
    // `U.S.`, `W.`: an abbreviation keeps its closing full stop.
    if bytes.get(end) == Some(&b'.') {
        let w = s.get(i..end).unwrap_or_default();
        if w.contains('.') || (w.len() == 1 && c.is_uppercase()) || is_in(w, class::ABBREVIATIONS) {
            end += 1;
        }
    }
    end
}

/// Whether the character `d` joins a word to what follows it at byte `next` of `s`, after
/// the word's character `last`: a letter or digit always; an internal mark before a
/// letter or digit; a comma between digits (`35,700`).
#[inline]
fn joins(s: &str, next: usize, last: char, d: char) -> bool {
    if d.is_alphanumeric() {
        return true;
    }
    if !matches!(d, '\'' | '’' | '-' | '.' | '&' | ',') {
        return false;
    }
    let following = match s.as_bytes().get(next) {
        None => return false,
        Some(&b) if b < 0x80 => char::from(b),
        Some(_) => match char_at(s, next) {
            Some((n, _)) => n,
            None => return false,
        },
    };
    match d {
        ',' => last.is_ascii_digit() && following.is_ascii_digit(),
        _ => following.is_alphanumeric(),
    }
}

/// The end of the run of ASCII letters and digits at byte `at` of `bytes`, read eight
/// bytes at a time ([`lane_alnum`]), the last few one by one.
fn alnum_run_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut lanes = [0u8; 8];
        lanes.copy_from_slice(chunk);
        // `!alnum` has bit 8 set, so at most 8
        let n = (!lane_alnum(u64::from_le_bytes(lanes))).trailing_zeros() as usize;
        at += n;
        if n < 8 {
            return at;
        }
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

/// The ASCII letters and digits among the eight bytes of `x` (little-endian), as eight bits.
#[inline]
fn lane_alnum(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let marks = lane_between(x | (0x20 * ONES), b'a', b'z') | lane_between(x, b'0', b'9');
    // gather the eight lane bits into one byte
    ((marks >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The high bit of each byte lane of `x` that is ASCII and between `lo` and `hi` (no carry
/// crosses a lane: every lane is at most 0x7f before each addition).
#[inline]
fn lane_between(x: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = x & (0x7f * ONES);
    let from_lo = low + u64::from(0x80 - lo) * ONES;
    let past_hi = low + u64::from(0x7f - hi) * ONES;
    from_lo & !past_hi & !x & (0x80 * ONES)
}

/// The character at byte `p` of `s` and its length (ASCII decoded in place); `None` at the
/// end (or off a character boundary).
#[inline]
fn char_at(s: &str, p: usize) -> Option<(char, usize)> {
    match *s.as_bytes().get(p)? {
        b if b < 0x80 => Some((char::from(b), 1)),
        _ => s.get(p..)?.chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// A tokenized sentence: the text and its tokens, with the small queries the rules use.
/// Every query is total: an index out of range is no word and no punctuation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sent<'t> {
    /// The whole article text.
    pub text: &'t str,
    /// The sentence's tokens.
    pub toks: &'t [Tok],
}

impl<'t> Sent<'t> {
    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` (empty out of range).
    pub fn s(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// Whether token `i` is a word.
    pub fn word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.word && t.end - t.start == w.len() && self.s(i).eq_ignore_ascii_case(w)
        })
    }

    /// Whether token `i` is a word of `table` (a class: a bit of the token's mask).
    pub fn any(&self, i: usize, table: impl Words) -> bool {
        match table.bit() {
            0 => self.word(i) && is_in(self.s(i), table),
            bit => self
                .toks
                .get(i)
                .is_some_and(|t| self.classes_of(t) & bit != 0),
        }
    }

    /// The class mask of token `i` ([`classes`], looked up once): 0 out of range and for
    /// punctuation.
    pub fn mask(&self, i: usize) -> u64 {
        self.toks.get(i).map_or(0, |t| self.classes_of(t))
    }

    /// The instrument kind of token `i`, if it is a word and an instrument noun (read from
    /// its class mask).
    pub fn kind(&self, i: usize) -> Option<Kind> {
        if self.word(i) {
            kind_of(self.mask(i))
        } else {
            None
        }
    }

    /// The class mask of a token, looked up once.
    fn classes_of(&self, t: &Tok) -> u64 {
        let mut mask = t.classes.get();
        if mask == UNKNOWN {
            mask = classes(self.text.get(t.start..t.end).unwrap_or(""));
            t.classes.set(mask);
        }
        mask
    }

    /// The clause breaks at token `i` (a mask of `grammar::clause_end`'s, with whether an
    /// attribution tail opens there), read by `read` once a sentence: each act's action
    /// reads on over the tokens of the next ones, and a run-on sentence would test each
    /// comma of it again for every act before it. 0 out of range.
    #[inline]
    pub fn breaks(&self, i: usize, read: impl FnOnce() -> u8) -> u8 {
        let Some(t) = self.toks.get(i) else {
            return 0;
        };
        let mut mask = t.breaks.get();
        if mask == UNREAD {
            mask = read();
            t.breaks.set(mask);
        }
        mask
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| !t.word && t.first == c)
    }

    /// The first character of token `i`, when it is punctuation (a mark is one character).
    fn mark(&self, i: usize) -> Option<char> {
        self.toks.get(i).filter(|t| !t.word).map(|t| t.first)
    }

    /// Whether token `i` is punctuation (any).
    pub fn is_punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.word)
    }

    /// Whether token `i` is a quote mark.
    pub fn quote(&self, i: usize) -> bool {
        self.mark(i)
            .is_some_and(|c| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '`' | '«' | '»'))
    }

    /// Whether token `i` is a dash standing alone (`-`, `—`, `–`).
    pub fn dash(&self, i: usize) -> bool {
        self.mark(i)
            .is_some_and(|c| matches!(c, '-' | '—' | '–' | '_'))
    }

    /// Whether token `i` is a word that starts with a capital letter.
    pub fn cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.word && t.first.is_uppercase())
    }

    /// Whether token `i` is a capitalised word in mixed case (`Japanese`, not `RECENT`).
    pub fn proper(&self, i: usize) -> bool {
        self.cap(i) && self.s(i).chars().skip(1).any(|c| c.is_lowercase())
    }

    /// Whether token `i` is a word all in lower case.
    pub fn lower(&self, i: usize) -> bool {
        self.word(i) && !self.s(i).chars().any(|c| c.is_uppercase())
    }

    /// Whether token `i` is a number (starts with a digit).
    pub fn number(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.word && t.first.is_ascii_digit())
    }

    /// Whether token `i` is a possessive (`Trump's`, `Trump’s`, `creditors'`).
    pub fn possessive(&self, i: usize) -> bool {
        let w = self.s(i);
        self.word(i)
            && (w.ends_with("'s")
                || w.ends_with("’s")
                || w.ends_with("'S")
                || w.ends_with("’S")
                || w.ends_with("s'")
                || w.ends_with("s’"))
    }

    /// Whether token `i` is a currency sign (`$`, `€`, `£`, `¥`).
    pub fn currency(&self, i: usize) -> bool {
        self.mark(i)
            .is_some_and(|c| matches!(c, '$' | '€' | '£' | '¥'))
    }

    /// Whether token `i` is an adverb in `-ly` (lower case only, so that `Italy` is not);
    /// not a noun in `-ly` (`family`, `assembly`), nor a word right after a determiner
    /// (`the family`, `a friendly`).
    pub fn ly_adverb(&self, i: usize) -> bool {
        let w = self.s(i);
        self.lower(i)
            && w.len() > 4
            && w.ends_with("ly")
            && !super::lexicon::is_in(w, LY_NOUNS)
            && !(i > 0 && self.any(i - 1, class::DETERMINERS))
    }

    /// The byte span of tokens `a..b` (empty at `a` if the range is empty).
    pub fn span(&self, a: usize, b: usize) -> Span {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|l| self.toks.get(l)),
        ) {
            (Some(x), Some(y)) if b > a => Span::new(x.start, y.end.max(x.start)),
            (Some(x), _) => Span::new(x.start, x.start),
            _ => Span::default(),
        }
    }
}

/// Nouns in `-ly`, which are no adverbs (`the family agreed`).
const LY_NOUNS: &[&str] = &[
    "family",
    "assembly",
    "rally",
    "supply",
    "monopoly",
    "anomaly",
    "reply",
    "bully",
    "belly",
    "jelly",
    "folly",
    "lily",
    "oligopoly",
    "homily",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(t, Span::new(0, t.len()), &mut v);
        v.iter().map(|k| &t[k.start..k.end]).collect()
    }

    #[test]
    fn words_keep_internal_marks() {
        assert_eq!(
            words("Trump’s five-year U.S. deal, 35,700 workers (MIMCL) didn't."),
            [
                "Trump’s",
                "five-year",
                "U.S.",
                "deal",
                ",",
                "35,700",
                "workers",
                "(",
                "MIMCL",
                ")",
                "didn't",
                "."
            ]
        );
    }

    /// The tokenizer, one character at a time (the reference for the byte runs).
    fn tokenize_chars(s: &str) -> Vec<(usize, usize, bool)> {
        let mut out = Vec::new();
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                out.push((i, i + c.len_utf8(), false));
                continue;
            }
            let (mut end, mut last) = (i + c.len_utf8(), c);
            while let Some(&(j, d)) = it.peek() {
                let next = s[j + d.len_utf8()..].chars().next();
                let joins = d.is_alphanumeric()
                    || (d == ','
                        && last.is_ascii_digit()
                        && next.is_some_and(|n| n.is_ascii_digit()))
                    || (matches!(d, '\'' | '’' | '-' | '.' | '&')
                        && next.is_some_and(char::is_alphanumeric));
                if !joins {
                    break;
                }
                (end, last) = (j + d.len_utf8(), d);
                it.next();
            }
            if (last == 's' || last == 'S')
                && (s[end..].starts_with('\'') || s[end..].starts_with('’'))
                && s[end..].chars().nth(1).is_none_or(|n| n.is_whitespace())
            {
                end += s[end..].chars().next().map_or(0, char::len_utf8);
                it.next();
            }
            let w = &s[i..end];
            if s[end..].starts_with('.')
                && (w.contains('.')
                    || (w.len() == 1 && c.is_uppercase())
                    || is_in(w, super::super::lexicon::ABBREVIATIONS))
            {
                end += 1;
                it.next();
            }
            out.push((i, end, true));
        }
        out
    }

    #[test]
    fn byte_runs_tokenize_as_characters_do() {
        let pieces = [
            "Trump", "’s", "'s", "s'", "s’", " ", ".", "U.S", "Mr", "W", ",", "35", "700", "é",
            "Ünal", "—", "“", "-", "&", "T", "\u{a0}", "\u{2009}", "x", "1", "Co", "\n", "ʼ",
        ];
        for t in crate::testing::random_texts(&pieces, 11, 59, 5000) {
            let mut v = Vec::new();
            tokenize(&t, Span::new(0, t.len()), &mut v);
            let got: Vec<_> = v.iter().map(|k| (k.start, k.end, k.word)).collect();
            assert_eq!(got, tokenize_chars(&t), "{t:?}");
        }
    }

    #[test]
    fn alnum_runs_end_where_bytes_do() {
        let all: Vec<u8> = (0..=255u8).collect();
        for chunk in all.chunks(8) {
            let mut lanes = [0u8; 8];
            lanes.copy_from_slice(chunk);
            let bits = lane_alnum(u64::from_le_bytes(lanes));
            for (i, b) in chunk.iter().enumerate() {
                assert_eq!(bits >> i & 1 == 1, b.is_ascii_alphanumeric(), "{b}");
            }
        }
        let t = b"abcdefghijKLMNOP0123456789xyz-Q";
        for from in 0..t.len() {
            let slow = from
                + t[from..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
            assert_eq!(alnum_run_end(t, from), slow);
        }
    }

    #[test]
    fn the_ascii_table_opens_as_characters_do() {
        for b in 0..128u8 {
            assert_eq!(ASCII_OPENS[usize::from(b)], Opens::of(char::from(b)), "{b}");
        }
    }

    #[test]
    fn out_of_bounds_span_gives_nothing() {
        let mut v = Vec::new();
        tokenize("abc", Span::new(2, 9), &mut v);
        assert!(v.is_empty());
    }
}
