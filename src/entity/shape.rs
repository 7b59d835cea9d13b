//! The shape of a word or a name as written: capitalised, in capitals, a compound
//! adjective; a name's first and last words; and [`Shape`], the shape of a word of a run
//! read once from its bytes.

use crate::lexicon::load;

/// How a word of a run is written, read once when it joins the run: what [`flush`]
/// (super::run::flush) asks of each word, kept as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Shape(u8);

impl Shape {
    /// Capitalised ([`is_cap`]).
    pub(super) const CAP: Shape = Shape(1);
    /// In capitals ([`is_acronym`]).
    pub(super) const ACRONYM: Shape = Shape(1 << 1);
    /// Holding a digit, or hyphenated with a part in lower case (not `Jean-Pierre`).
    pub(super) const ODD: Shape = Shape(1 << 2);
    /// Longer than four bytes and ending in `ing` (`Speaking`).
    pub(super) const ING: Shape = Shape(1 << 3);
    /// The word `of`.
    pub(super) const OF: Shape = Shape(1 << 4);

    /// The shape of word `b` (the bytes of a word of the text): its bytes read once, each
    /// byte's kind ([`BYTE_KIND`]) and the capitals counted as they go.
    #[inline]
    pub(super) fn of(b: &[u8]) -> Shape {
        // (Most words are ASCII and eight bytes or less: read in one load.)
        if b.len() <= 8 {
            let x = load(b);
            if x & HIGH_BITS == 0 {
                return Shape::of_short_ascii(b, x);
            }
        }
        let (mut kinds, mut capitals) = (0u8, 0u32);
        for &c in b {
            let k = BYTE_KIND[usize::from(c)];
            kinds |= k;
            capitals += u32::from(k & UPPER);
        }
        // (A word's bytes start and end on character boundaries: they are text, read as
        // such only in the few words that need it.)
        let text = || std::str::from_utf8(b).unwrap_or_default();
        if kinds & PAST_ASCII != 0 {
            return Shape::of_unicode(text());
        }
        let mut shape = Shape::default();
        shape.set(Shape::CAP, b.first().is_some_and(u8::is_ascii_uppercase));
        shape.set(Shape::ACRONYM, kinds & LOWER == 0 && capitals >= 2);
        shape.set(
            Shape::ODD,
            kinds & DIGIT != 0 || kinds & HYPHEN != 0 && odd_hyphenation(text()),
        );
        shape.set(Shape::ING, b.len() > 4 && b.ends_with(b"ing"));
        shape.set(Shape::OF, b == b"of");
        shape
    }

    /// [`Shape::of`] an ASCII word `b` of eight bytes or less, loaded into `x` (zero
    /// above its bytes): each kind of byte found for all eight at once.
    #[inline]
    fn of_short_ascii(b: &[u8], x: u64) -> Shape {
        let upper = bytes_between(x, b'A', b'Z');
        let lower = bytes_between(x, b'a', b'z');
        let digit = bytes_between(x, b'0', b'9');
        let hyphen = bytes_between(x, b'-', b'-');
        let text = || std::str::from_utf8(b).unwrap_or_default();
        let mut shape = Shape::default();
        shape.set(Shape::CAP, b.first().is_some_and(u8::is_ascii_uppercase));
        shape.set(Shape::ACRONYM, lower == 0 && upper.count_ones() >= 2);
        shape.set(
            Shape::ODD,
            digit != 0 || hyphen != 0 && odd_hyphenation(text()),
        );
        shape.set(Shape::ING, b.len() > 4 && b.ends_with(b"ing"));
        shape.set(Shape::OF, b == b"of");
        shape
    }

    /// [`Shape::of`] a word with characters past ASCII.
    fn of_unicode(w: &str) -> Shape {
        let mut shape = Shape::default();
        shape.set(Shape::CAP, is_cap(w));
        shape.set(Shape::ACRONYM, is_acronym(w));
        let digit = w.bytes().any(|c| c.is_ascii_digit());
        shape.set(Shape::ODD, digit || w.contains('-') && odd_hyphenation(w));
        shape.set(Shape::ING, w.len() > 4 && w.ends_with("ing"));
        shape
    }

    fn set(&mut self, bit: Shape, on: bool) {
        if on {
            self.0 |= bit.0;
        }
    }

    /// Whether this shape has all of `bits`.
    #[inline]
    pub(super) fn has(self, bits: Shape) -> bool {
        self.0 & bits.0 == bits.0
    }
}

/// Bit 7 of each byte.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Bit 7 of each byte of `x` (ASCII bytes, none over 0x7f) set where the byte is from `lo`
/// to `hi` (`lo` over zero: no zero byte is): no carry crosses a byte.
#[inline]
fn bytes_between(x: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let from_lo = x + u64::from(0x80 - lo) * ONES;
    let past_hi = x + u64::from(0x7f - hi) * ONES;
    from_lo & !past_hi & HIGH_BITS
}

/// The kinds of byte [`Shape::of`] tells apart, as bits of [`BYTE_KIND`].
const UPPER: u8 = 1;
const LOWER: u8 = 1 << 1;
const DIGIT: u8 = 1 << 2;
const HYPHEN: u8 = 1 << 3;
const PAST_ASCII: u8 = 1 << 4;

/// The kind of each byte: an ASCII capital, lower-case letter, digit or hyphen, a byte
/// past ASCII, or none of these (0).
const BYTE_KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b == b'-' {
            HYPHEN
        } else if b >= 0x80 {
            PAST_ASCII
        } else {
            0
        };
        c += 1;
    }
    t
};

/// Whether hyphenated word `w` has a lower-case letter past its first character and a part
/// that is not capitalised (`Calgary-based`, not `Jean-Pierre`).
fn odd_hyphenation(w: &str) -> bool {
    w.chars().skip(1).any(char::is_lowercase) && w.split('-').any(|p| !is_cap(p))
}

/// Whether `w` is a capitalised word (or an initial, or an acronym).
#[inline]
pub(super) fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `w` is a compound adjective on a name (`Calgary-based`, `Vancouver-bound`).
pub(super) fn is_compound_adjective(w: &str) -> bool {
    w.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.len() > 2 && tail.chars().all(char::is_lowercase))
}

/// Whether `w` reads as a given name of hyphenated syllables (`Jae-hun`, `Sang-mok`,
/// `Yo-jong`): a capitalised syllable, then one of two to five lower-case letters that
/// no compound adjective ends with (`U.S.-led`, `state-run`, `Calgary-based`).
pub(super) fn is_hyphenated_given_name(w: &str) -> bool {
    // (The first hyphen found among the bytes: a character search costs more.)
    let Some(i) = w.bytes().position(|b| b == b'-') else {
        return false;
    };
    let (Some(head), Some(tail)) = (w.get(..i), w.get(i + 1..)) else {
        return false;
    };
    is_cap(head)
        && head.len() <= 5
        && (2..=5).contains(&tail.len())
        && tail.bytes().all(|b| b.is_ascii_lowercase())
        && !tail.ends_with("ed")
        && !matches!(
            tail,
            "run" | "era" | "wide" | "like" | "style" | "born" | "made" | "owned" | "old"
        )
}

/// Whether `w` is written in capitals (`CNN`, `NATO`): two letters or more.
pub(super) fn is_acronym(w: &str) -> bool {
    // ASCII words byte by byte: a lower-case letter refuses the word at once.
    let mut capitals = 0;
    for &b in w.as_bytes() {
        if b >= 0x80 {
            return is_acronym_unicode(w);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        capitals += usize::from(b.is_ascii_uppercase());
    }
    capitals >= 2
}

/// [`is_acronym`] over any characters: one pass, which a lower-case letter ends, and the
/// letters counted only up to the two it needs (outside ASCII both tests are table
/// look-ups, slow in some scripts).
fn is_acronym_unicode(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if letters < 2 && c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// The first word of `name` (split at white space, as [`str::split_whitespace`] does) when
/// it has two words or more.
pub(super) fn first_of_several(name: &str) -> Option<&str> {
    if !name.is_ascii() {
        let mut words = name.split_whitespace();
        return match (words.next(), words.next()) {
            (Some(first), Some(_)) => Some(first),
            _ => None,
        };
    }
    // (The ASCII characters of white space: tab to carriage return, and space.)
    let space = |c: &u8| matches!(c, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ');
    let b = name.as_bytes();
    let start = b.iter().position(|c| !space(c))?;
    let end = start + b[start..].iter().position(space)?;
    b[end..]
        .iter()
        .any(|c| !space(c))
        .then(|| &name[start..end])
}

/// The last word of `s`: what follows its last space (all of it when it has none).
pub(super) fn last_word(s: &str) -> &str {
    // (A space is one byte: the byte after it starts a character.)
    match s.as_bytes().iter().rposition(|&b| b == b' ') {
        Some(i) => s.get(i + 1..).unwrap_or(""),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Shape::of`] as it read ASCII words byte by byte: the reference the eight-byte
    /// reading must agree with.
    fn shape_bytewise(w: &str) -> Shape {
        if !w.is_ascii() {
            return Shape::of_unicode(w);
        }
        let b = w.as_bytes();
        let capitals = b.iter().filter(|c| c.is_ascii_uppercase()).count();
        let mut shape = Shape::default();
        shape.set(Shape::CAP, b.first().is_some_and(u8::is_ascii_uppercase));
        shape.set(
            Shape::ACRONYM,
            !b.iter().any(u8::is_ascii_lowercase) && capitals >= 2,
        );
        shape.set(
            Shape::ODD,
            b.iter().any(u8::is_ascii_digit) || b.contains(&b'-') && odd_hyphenation(w),
        );
        shape.set(Shape::ING, b.len() > 4 && b.ends_with(b"ing"));
        shape.set(Shape::OF, b == b"of");
        shape
    }

    #[test]
    fn last_word_is_the_last_split_at_spaces() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            "Marco Rubio",
            "Rubio ",
            " Rubio",
            "Ünal  Öz",
            "x\u{a0}y",
        ] {
            assert_eq!(last_word(s), s.rsplit(' ').next().unwrap_or(s), "{s:?}");
        }
    }

    #[test]
    fn shape_agrees_with_reading_bytes() {
        let pieces = [
            "A", "b", "Z", "z", "a", "@", "[", "`", "{", "-", "0", "9", "/", ":", ".", "'", "of",
            "ing", "É", "é", "\u{7f}", "\0", "Mc", "NATO",
        ];
        for w in crate::testing::random_texts(&pieces, 11, 59, 50000) {
            assert_eq!(Shape::of(w.as_bytes()), shape_bytewise(&w), "{w:?}");
        }
        for b in 0..=0x7fu8 {
            for n in 0..20 {
                let w: String = (0..n)
                    .map(|i| if i % 3 == 1 { b as char } else { 'Q' })
                    .collect();
                assert_eq!(Shape::of(w.as_bytes()), shape_bytewise(&w), "{w:?}");
            }
        }
    }
}
