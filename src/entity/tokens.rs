//! The tokenizer: the words of a span of text as spans (letters, digits and the
//! punctuation inside a word), read byte by byte in the common ASCII case; and
//! [`SentenceWords`], the words of every sentence of a document, found once.

use crate::model::Span;
use crate::text::Document;

/// The words of `text` in `span` as spans: letters, digits, inner `.`, `-`, `'`, `’`, `&`.
/// A trailing possessive `'s` / `’s` is left out of the word.
pub(crate) fn tokens(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let s = span.slice(text);
    let base = span.start;
    let mut p = 0;
    std::iter::from_fn(move || {
        let (start, end, next) = next_word(s, p)?;
        p = next;
        Some(Span::new(base + start, base + end))
    })
}

/// Whether a word that starts with byte `b` may start a name: an ASCII capital, or a
/// character past ASCII (`Ünal`, `“`).
const MAY_START_NAME: [bool; 256] = {
    let mut t = [true; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = (b as u8).is_ascii_uppercase();
        b += 1;
    }
    t
};

/// Fills `out` with the words of `text` in `span` (as [`tokens`] gives them), appended,
/// and `name_starts` with the indexes in `out` of those that may start a name
/// ([`MAY_START_NAME`]).
fn tokens_into(text: &str, span: Span, out: &mut Vec<Span>, name_starts: &mut Vec<usize>) {
    let s = span.slice(text);
    let base = span.start;
    let bytes = s.as_bytes();
    // As [`next_token`] reads words, the common cases in one loop: ASCII punctuation and
    // spaces passed over a byte at a time, General Punctuation skipped, and a word of ASCII
    // letters and digits taken at once where it ends ([`ascii_word_ends_at`]).
    let mut p = 0;
    while let Some(&b) = bytes.get(p) {
        let start = p;
        // (The byte's class, one look-up: most bytes are letters or spaces.)
        let class = OPENER[usize::from(b)];
        if class != Opener::PastAscii {
            // (A word that opens with a letter is read as letters, half the work of letters
            // and digits: one that a digit ends it at is left to [`next_token`], as
            // [`ascii_word_ends_at`] tells.)
            p = match class {
                Opener::Capital | Opener::Letter => ascii_letter_run(bytes, p + 1),
                Opener::Digit => ascii_alnum_run(bytes, p + 1),
                _ => {
                    p += 1;
                    continue;
                }
            };
            // (Most words end at a space, passed over with the word.)
            let space = bytes.get(p) == Some(&b' ');
            if space || ascii_word_ends_at(bytes, p) {
                if class == Opener::Capital {
                    name_starts.push(out.len());
                }
                out.push(Span::new(base + start, base + p));
                p += usize::from(space);
                continue;
            }
        } else if general_punctuation(bytes, p).is_some() {
            p += 3;
            continue;
        }
        let Some((start, end, next)) = next_token(s, start) else {
            break;
        };
        if bytes
            .get(start)
            .is_none_or(|&b| MAY_START_NAME[usize::from(b)])
        {
            name_starts.push(out.len());
        }
        out.push(Span::new(base + start, base + end));
        p = next;
    }
}

/// How a byte opens a word, for [`tokens_into`]: an ASCII capital (a word that may start a
/// name), another ASCII letter, an ASCII digit, another ASCII byte (no word), or a byte
/// past ASCII (read as a character).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    Capital,
    Letter,
    Digit,
    None,
    PastAscii,
}

/// [`Opener`] of each byte.
const OPENER: [Opener; 256] = {
    let mut t = [Opener::PastAscii; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_uppercase() {
            Opener::Capital
        } else if (b as u8).is_ascii_lowercase() {
            Opener::Letter
        } else if (b as u8).is_ascii_digit() {
            Opener::Digit
        } else {
            Opener::None
        };
        b += 1;
    }
    t
};

/// A byte's class for [`next_word`]: an ASCII letter or digit, ASCII punctuation that may
/// join a word's parts (`.`, `-`, `'`, `&`), any other ASCII byte, or a non-ASCII byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Other,
    Alnum,
    Joiner,
    NonAscii,
}

/// [`ByteClass`] of each byte.
const BYTE_CLASS: [ByteClass; 256] = {
    let mut t = [ByteClass::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_alphanumeric() {
            ByteClass::Alnum
        } else if matches!(b as u8, b'.' | b'-' | b'\'' | b'&') {
            ByteClass::Joiner
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    t
};

/// [`next_token`], with the common case read byte by byte: ASCII punctuation and spaces
/// skipped, then a word of ASCII letters and digits that ends at the end or at another
/// ASCII byte than a letter, a digit or a joiner. Anything else is left to
/// [`next_token`] from where the word (or the non-ASCII byte) starts.
#[inline]
fn next_word(s: &str, mut p: usize) -> Option<(usize, usize, usize)> {
    let bytes = s.as_bytes();
    let start = loop {
        match BYTE_CLASS[usize::from(*bytes.get(p)?)] {
            ByteClass::Other | ByteClass::Joiner => p += 1,
            ByteClass::Alnum => break p,
            ByteClass::NonAscii => return next_token(s, p),
        }
    };
    let end = ascii_alnum_run(bytes, start + 1);
    match bytes.get(end) {
        None => Some((start, end, end)),
        Some(&b) if BYTE_CLASS[usize::from(b)] == ByteClass::Other => Some((start, end, end)),
        Some(_) => next_token(s, start),
    }
}

/// Whether a word of ASCII letters and digits that runs to byte `end` ends there, as
/// [`next_token`] reads it (and goes on from `end`): at the end, at any other ASCII byte
/// than a joiner, at a joiner (`.`, `-`, `'`, `&`) or a `’` that no letter or digit
/// follows, or at other General Punctuation (`”`, `—`).
#[inline]
fn ascii_word_ends_at(bytes: &[u8], end: usize) -> bool {
    let Some(&b) = bytes.get(end) else {
        return true;
    };
    // (No letter or digit at `at`, nor a character past ASCII that might be one.)
    let no_alnum_at = |at: usize| {
        bytes.get(at).is_none_or(|&c| {
            BYTE_CLASS[usize::from(c)] == ByteClass::Other
                || BYTE_CLASS[usize::from(c)] == ByteClass::Joiner
        })
    };
    match BYTE_CLASS[usize::from(b)] {
        ByteClass::Other => true,
        ByteClass::Alnum => false,
        ByteClass::Joiner => no_alnum_at(end + 1),
        ByteClass::NonAscii => match general_punctuation(bytes, end) {
            Some('’') => no_alnum_at(end + 3),
            Some(_) => true,
            None => false,
        },
    }
}

/// Whether each ASCII byte is a letter or digit (non-ASCII bytes are decoded instead).
const ASCII_ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The next word of `s` from byte `p`: its start and end, and where to go on from.
#[inline]
fn next_token(s: &str, mut p: usize) -> Option<(usize, usize, usize)> {
    let bytes = s.as_bytes();
    // Skip to the first letter or digit (ASCII bytes tested in place).
    let start = loop {
        let b = *bytes.get(p)?;
        let at = p;
        if b < 0x80 {
            p += 1;
            if ASCII_ALNUM[usize::from(b)] {
                break at;
            }
        } else if let Some(c) = general_punctuation(bytes, p) {
            p += c.len_utf8();
        } else {
            let c = s.get(p..)?.chars().next()?;
            p += c.len_utf8();
            if c.is_alphanumeric() {
                break at;
            }
        }
    };
    let mut end = p;
    loop {
        // A run of ASCII letters and digits.
        p = ascii_alnum_run(bytes, p);
        end = end.max(p);
        let Some(&b) = bytes.get(p) else {
            break;
        };
        let (d, dlen) = if b < 0x80 {
            (b as char, 1)
        } else if let Some(c) = general_punctuation(bytes, p) {
            (c, 3)
        } else {
            let Some(c) = s.get(p..).and_then(|r| r.chars().next()) else {
                break;
            };
            if c.is_alphanumeric() {
                p += c.len_utf8();
                end = p;
                continue;
            }
            (c, c.len_utf8())
        };
        if !matches!(d, '.' | '-' | '\'' | '’' | '&') {
            break;
        }
        // Keep inner punctuation only when a letter follows (U.S., O'Neil);
        // keep an abbreviation's full stop (Mr.) when a capital letter's word.
        let rest = p + dlen;
        let possessive = matches!(d, '\'' | '’')
            && matches!(bytes.get(rest), Some(b's' | b'S'))
            && !alnum_at(s, rest + 1);
        if possessive {
            // Skip the `'s` of a possessive.
            p = rest + 1;
            break;
        }
        if alnum_at(s, rest) {
            end = rest;
            p = rest;
        } else {
            break;
        }
    }
    Some((start, end, p))
}

/// The character at byte `p` when it is one of General Punctuation's first 64 (U+2000 to
/// U+203F: the spaces, dashes and curly quotes of news text, none a letter or digit),
/// read from its three bytes without decoding.
#[inline]
fn general_punctuation(bytes: &[u8], p: usize) -> Option<char> {
    match bytes.get(p..p + 3)? {
        &[0xe2, 0x80, last] => char::from_u32(0x2000 + u32::from(last & 0x3f)),
        _ => None,
    }
}

/// Where the run of ASCII letters and digits from byte `p` of `bytes` ends: eight bytes
/// at a time, then byte by byte.
#[inline]
fn ascii_alnum_run(bytes: &[u8], mut p: usize) -> usize {
    while let Some(x) = eight_at(bytes, p) {
        // (No carry crosses a byte: every lane is at most 0x7f before each addition.)
        let ascii = x & (0x7f * ONES);
        let digits = (ascii + (0x80 - u64::from(b'0')) * ONES)
            & !(ascii + (0x80 - u64::from(b'9') - 1) * ONES);
        let other = !((letter_lanes(x) | digits) & !x) & HIGH;
        if other != 0 {
            return p + (other.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    while let Some(&b) = bytes.get(p) {
        if b < 0x80 && ASCII_ALNUM[usize::from(b)] {
            p += 1;
        } else {
            break;
        }
    }
    p
}

/// Where the run of ASCII letters from byte `p` of `bytes` ends: as [`ascii_alnum_run`],
/// with letters alone told in each eight bytes.
#[inline]
fn ascii_letter_run(bytes: &[u8], mut p: usize) -> usize {
    while let Some(x) = eight_at(bytes, p) {
        let other = !(letter_lanes(x) & !x) & HIGH;
        if other != 0 {
            return p + (other.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    while bytes.get(p).is_some_and(u8::is_ascii_alphabetic) {
        p += 1;
    }
    p
}

/// A one in each byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
const HIGH: u64 = 0x80 * ONES;

/// The eight bytes from `p`, as one little-endian word, if there are eight.
#[inline]
fn eight_at(bytes: &[u8], p: usize) -> Option<u64> {
    let chunk = bytes.get(p..p + 8)?;
    let mut lanes = [0u8; 8];
    lanes.copy_from_slice(chunk);
    Some(u64::from_le_bytes(lanes))
}

/// Per byte of `x`, its high bit set if the byte is a letter once lower-cased (as in
/// `agreement::lexicon`; the caller masks out bytes past ASCII).
#[inline]
fn letter_lanes(x: u64) -> u64 {
    let low = (x | (0x20 * ONES)) & (0x7f * ONES);
    (low + (0x80 - u64::from(b'a')) * ONES) & !(low + (0x80 - u64::from(b'z') - 1) * ONES)
}

/// Whether the character at byte `p` of `s` (if any) is a letter or digit.
#[inline]
fn alnum_at(s: &str, p: usize) -> bool {
    match s.as_bytes().get(p) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => s
            .get(p..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric),
    }
}

/// The words ([`tokens`]) of every sentence of a document, found once and shared by the
/// later stages, which would otherwise tokenise every sentence again.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceWords {
    /// The document's text length and sentences, to tell whether a document is this one.
    text_len: usize,
    sentences: Vec<Span>,
    /// The words of all sentences, in order.
    pub(super) words: Vec<Span>,
    /// `ends[i]`: one past the index of sentence `i`'s last word in `words`.
    ends: Vec<usize>,
    /// The indexes in `words` of the words that may start a name (an ASCII capital or a
    /// character past ASCII first), in order: the entity scan passes over the others.
    pub(super) name_starts: Vec<usize>,
}

impl SentenceWords {
    /// Tokenises every sentence of `doc`.
    #[inline(never)]
    pub(super) fn new(doc: &Document<'_>) -> Self {
        let text = doc.text();
        let sentences = doc.sentences().to_vec();
        let mut words = Vec::with_capacity(text.len() / 5);
        let mut ends = Vec::with_capacity(sentences.len());
        // (About one word in five.)
        let mut name_starts = Vec::with_capacity(text.len() / 20);
        for &sent in &sentences {
            tokens_into(text, sent, &mut words, &mut name_starts);
            ends.push(words.len());
        }
        SentenceWords {
            text_len: text.len(),
            sentences,
            words,
            ends,
            name_starts,
        }
    }

    /// The words of the sentence holding word `k` (an index in all the words), and `k`'s
    /// index among them; for words asked in text order, `sentence` walking forward from the
    /// last one's sentence.
    pub(super) fn locate(&self, k: usize, sentence: &mut usize) -> Option<(&[Span], usize)> {
        if k < self.first_word(*sentence) {
            *sentence = 0;
        }
        while self.ends.get(*sentence).is_some_and(|&e| e <= k) {
            *sentence += 1;
        }
        let first = self.first_word(*sentence);
        let words = self.words.get(first..*self.ends.get(*sentence)?)?;
        Some((words, k - first))
    }

    /// The index in all the words of sentence `i`'s first word.
    pub(super) fn first_word(&self, i: usize) -> usize {
        i.checked_sub(1).map_or(0, |p| self.ends[p])
    }

    /// The words of sentence `i`.
    pub(crate) fn sentence(&self, i: usize) -> &[Span] {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        &self.words[start..self.ends[i]]
    }

    /// Whether these are the words of `doc` (same text length and sentences).
    pub(super) fn of(&self, doc: &Document<'_>) -> bool {
        self.text_len == doc.text().len() && self.sentences == doc.sentences()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as it read characters before [`ascii_alnum_run`] and
    /// [`general_punctuation`]: the reference the faster one must agree with.
    fn next_token_chars(s: &str, mut p: usize) -> Option<(usize, usize, usize)> {
        let bytes = s.as_bytes();
        // Skip to the first letter or digit (ASCII bytes tested in place).
        let start = loop {
            let b = *bytes.get(p)?;
            let at = p;
            if b < 0x80 {
                p += 1;
                if ASCII_ALNUM[usize::from(b)] {
                    break at;
                }
            } else {
                let c = s.get(p..)?.chars().next()?;
                p += c.len_utf8();
                if c.is_alphanumeric() {
                    break at;
                }
            }
        };
        let mut end = p;
        loop {
            // A run of ASCII letters and digits.
            while let Some(&b) = bytes.get(p) {
                if b < 0x80 && ASCII_ALNUM[usize::from(b)] {
                    p += 1;
                } else {
                    break;
                }
            }
            end = end.max(p);
            let Some(&b) = bytes.get(p) else {
                break;
            };
            let (d, dlen) = if b < 0x80 {
                (b as char, 1)
            } else {
                let Some(c) = s.get(p..).and_then(|r| r.chars().next()) else {
                    break;
                };
                if c.is_alphanumeric() {
                    p += c.len_utf8();
                    end = p;
                    continue;
                }
                (c, c.len_utf8())
            };
            if !matches!(d, '.' | '-' | '\'' | '’' | '&') {
                break;
            }
            // Keep inner punctuation only when a letter follows (U.S., O'Neil);
            // keep an abbreviation's full stop (Mr.) when a capital letter's word.
            let rest = p + dlen;
            let possessive = matches!(d, '\'' | '’')
                && matches!(bytes.get(rest), Some(b's' | b'S'))
                && !alnum_at(s, rest + 1);
            if possessive {
                // Skip the `'s` of a possessive.
                p = rest + 1;
                break;
            }
            if alnum_at(s, rest) {
                end = rest;
                p = rest;
            } else {
                break;
            }
        }
        Some((start, end, p))
    }

    /// Pieces of text the random texts of the tests are made of.
    const PIECES: [&str; 36] = [
        "Trump",
        "’s",
        "'s",
        "s'",
        "s’",
        " ",
        ".",
        "U.S",
        "Mr",
        "W",
        ",",
        "35",
        "700",
        "é",
        "Ünal",
        "—",
        "“",
        "”",
        "-",
        "&",
        "T",
        "\u{a0}",
        "\u{2009}",
        "x",
        "1",
        "Co",
        "\n",
        "ʼ",
        "abcdefghij",
        "Z9",
        "@[`{",
        "\u{2071}",
        "\u{2040}",
        "é",
        "’S",
        "…",
    ];

    /// Texts of ASCII bytes each, before, within and after words.
    fn ascii_texts() -> impl Iterator<Item = String> {
        (0..=0x7fu8).map(|b| {
            format!(
                "{}{}xyz{}",
                "ab".repeat(usize::from(b % 5)),
                b as char,
                "Q".repeat(9)
            )
        })
    }

    #[test]
    fn tokenizer_agrees_with_reading_characters() {
        for t in crate::testing::random_texts(&PIECES, 7, 59, 20000) {
            for p in (0..=t.len()).filter(|&p| t.is_char_boundary(p)) {
                assert_eq!(next_token(&t, p), next_token_chars(&t, p), "{t:?} at {p}");
                assert_eq!(next_word(&t, p), next_token_chars(&t, p), "{t:?} at {p}");
            }
        }
        for t in ascii_texts() {
            for p in 0..t.len() {
                assert_eq!(next_token(&t, p), next_token_chars(&t, p), "{t:?} at {p}");
                assert_eq!(next_word(&t, p), next_token_chars(&t, p), "{t:?} at {p}");
            }
        }
    }

    #[test]
    fn words_of_sentences_agree_with_tokens() {
        let texts = crate::testing::random_texts(&PIECES, 11, 59, 20000).chain(ascii_texts());
        for t in texts {
            let span = Span::new(0, t.len());
            let (mut words, mut name_starts) = (Vec::new(), Vec::new());
            tokens_into(&t, span, &mut words, &mut name_starts);
            let want: Vec<Span> = tokens(&t, span).collect();
            assert_eq!(words, want, "{t:?}");
            // (No word ends in a full stop: `Words::lists_of_token` trims none.)
            assert!(words.iter().all(|w| !w.slice(&t).ends_with('.')), "{t:?}");
            let want_starts: Vec<usize> = (0..want.len())
                .filter(|&i| MAY_START_NAME[usize::from(t.as_bytes()[want[i].start])])
                .collect();
            assert_eq!(name_starts, want_starts, "{t:?}");
        }
    }
}
