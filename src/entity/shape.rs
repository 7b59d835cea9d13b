//! The shape of a word or a name as written: capitalised, in capitals, a compound
//! adjective; a name's first and last words; and [`Shape`], the shape of a word of a run
//! read once from its bytes.

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

    /// The shape of word `w`: ASCII words in one pass over their bytes, which gathers the
    /// kinds of byte ([`BYTE_KINDS`]) it holds and counts its capitals up to two.
    pub(super) fn of(w: &str) -> Shape {
        let b = w.as_bytes();
        let (mut kinds, mut capitals) = (0u8, 0u8);
        for &c in b {
            let kind = BYTE_KINDS[usize::from(c)];
            kinds |= kind;
            // (A bit more for each capital: the second sets bit 1.)
            capitals |= (capitals << 1 | 1) & 0u8.wrapping_sub(kind & UPPER);
        }
        if kinds & PAST_ASCII != 0 {
            return Shape::of_unicode(w);
        }
        let mut shape = Shape::default();
        shape.set(Shape::CAP, b.first().is_some_and(u8::is_ascii_uppercase));
        shape.set(Shape::ACRONYM, kinds & LOWER == 0 && capitals & 2 != 0);
        shape.set(
            Shape::ODD,
            kinds & DIGIT != 0 || kinds & HYPHEN != 0 && odd_hyphenation(w),
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

/// The kinds of byte [`Shape::of`] tells apart, a bit each: a capital (bit 0, as it counts
/// capitals by it), a lower-case letter, a digit, a hyphen, a byte past ASCII.
const BYTE_KINDS: [u8; 256] = {
    let mut t = [PAST_ASCII; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b'-' {
            HYPHEN
        } else {
            0
        };
        b += 1;
    }
    t
};
const UPPER: u8 = 1;
const LOWER: u8 = 1 << 1;
const DIGIT: u8 = 1 << 2;
const HYPHEN: u8 = 1 << 3;
const PAST_ASCII: u8 = 1 << 4;

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

pub(super) fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}
