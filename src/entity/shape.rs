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

    /// The shape of word `w`: ASCII words eight bytes at a time ([`ByteMasks`]), which
    /// tell the kinds of byte it holds and whether it has two capitals.
    #[inline]
    pub(super) fn of(w: &str) -> Shape {
        let b = w.as_bytes();
        // (Most words fit one chunk, read at once.)
        let (all, two_capitals) = if b.len() <= 8 {
            let m = ByteMasks::of(load(b));
            (m, m.upper & m.upper.wrapping_sub(1) != 0)
        } else {
            ByteMasks::of_chunks(b)
        };
        if all.past_ascii != 0 {
            return Shape::of_unicode(w);
        }
        let mut shape = Shape::default();
        shape.set(Shape::CAP, b.first().is_some_and(u8::is_ascii_uppercase));
        shape.set(Shape::ACRONYM, all.lower == 0 && two_capitals);
        shape.set(
            Shape::ODD,
            all.digit != 0 || all.hyphen != 0 && odd_hyphenation(w),
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

/// The bytes of up to eight bytes of a word (packed by [`load`], zero bytes after its
/// end) that are of each kind [`Shape::of`] tells apart, as the high bit of each byte:
/// capitals, lower-case letters, digits, hyphens, bytes past ASCII.
#[derive(Debug, Clone, Copy, Default)]
struct ByteMasks {
    upper: u64,
    lower: u64,
    digit: u64,
    hyphen: u64,
    past_ascii: u64,
}

impl ByteMasks {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * Self::ONES;

    /// The masks of the eight bytes of `x`.
    #[inline]
    fn of(x: u64) -> ByteMasks {
        let ascii = x & (0x7f * Self::ONES);
        // Bytes (their low seven bits, so no carry leaves a byte) from `lo` to `hi`.
        let within = |lo: u8, hi: u8| {
            (ascii + u64::from(0x80 - lo) * Self::ONES)
                & !(ascii + u64::from(0x7f - hi) * Self::ONES)
                & !x
                & Self::HIGH
        };
        ByteMasks {
            upper: within(b'A', b'Z'),
            lower: within(b'a', b'z'),
            digit: within(b'0', b'9'),
            hyphen: within(b'-', b'-'),
            past_ascii: x & Self::HIGH,
        }
    }

    /// The masks of all the bytes of `b`, eight at a time, together; and whether it holds
    /// two capitals or more (two in one chunk, or one after an earlier one).
    fn of_chunks(b: &[u8]) -> (ByteMasks, bool) {
        let mut all = ByteMasks::default();
        let mut two_capitals = false;
        for chunk in b.chunks(8) {
            let m = ByteMasks::of(load(chunk));
            two_capitals |=
                m.upper & m.upper.wrapping_sub(1) != 0 || all.upper != 0 && m.upper != 0;
            all.or(m);
        }
        (all, two_capitals)
    }

    fn or(&mut self, m: ByteMasks) {
        self.upper |= m.upper;
        self.lower |= m.lower;
        self.digit |= m.digit;
        self.hyphen |= m.hyphen;
        self.past_ascii |= m.past_ascii;
    }
}

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
    let Some((head, tail)) = w.split_once('-') else {
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

/// [`is_acronym`] over any characters.
fn is_acronym_unicode(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && w.chars().all(|c| !c.is_lowercase())
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
            assert_eq!(Shape::of(&w), shape_bytewise(&w), "{w:?}");
        }
        for b in 0..=0x7fu8 {
            for n in 0..20 {
                let w: String = (0..n)
                    .map(|i| if i % 3 == 1 { b as char } else { 'Q' })
                    .collect();
                assert_eq!(Shape::of(&w), shape_bytewise(&w), "{w:?}");
            }
        }
    }
}
