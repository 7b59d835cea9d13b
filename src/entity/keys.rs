//! Keys of the table's maps: a small fast hasher for short strings, and words hashed and
//! compared in lower case (as [`str::to_lowercase`] gives them), eight bytes at a time.

use crate::lexicon::{load, lower8};
use std::hash::{BuildHasherDefault, Hasher};

/// The table's maps: keyed by short strings of one article, hashed with [`FxHasher`].
pub(super) type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A small fast hasher for short string keys (the multiply-rotate mix of rustc's FxHash),
/// in place of SipHash, whose flooding defence the per-article tables do not need.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // (The multiply leaves the low bits, which pick the bucket, a function of the low
        // bytes alone: the high bits, mixed from all, are rotated down.)
        self.hash.rotate_left(26)
    }
}

/// Whether `a` and `b` are the same in lower case ([`str::to_lowercase`]).
#[inline]
pub(super) fn same_lower(a: &str, b: &str) -> bool {
    // (Words that differ only in the case of ASCII letters are the same in lower case: for
    // words of eight bytes or less, the common case, told in place in one load each; the
    // rest is a call.)
    let (x, y) = (a.as_bytes(), b.as_bytes());
    x.len() == y.len() && x.len() <= 8 && lower8(load(x)) == lower8(load(y))
        || same_lower_otherwise(a, b)
}

/// [`same_lower`] for words longer than eight bytes, or that differ in more than the case
/// of ASCII letters.
#[inline(never)]
fn same_lower_otherwise(a: &str, b: &str) -> bool {
    if eq_ignore_ascii_case(a.as_bytes(), b.as_bytes()) {
        true
    } else if a.is_ascii() && b.is_ascii() {
        false
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// A hash of `w` in lower case ([`str::to_lowercase`]): words the same in lower case
/// ([`same_lower`]) hash the same. ASCII words are hashed in place, in the same pass that
/// tells they are ASCII; one of fifteen bytes or less (most) in one or two loads, as
/// [`ascii_lower_hash`] hashes it, without a call.
#[inline(always)]
pub(super) fn lower_hash(w: &str) -> u64 {
    let b = w.as_bytes();
    if b.len() < 8 {
        let x = load(b);
        if x & HIGH == 0 {
            let mut h = FxHasher::default();
            h.add(lower8(x) ^ ((b.len() as u64) << 59));
            return h.hash;
        }
    } else if b.len() < 16 {
        let (head, rest) = b.split_at(8);
        let (x, y) = (load(head), load(rest));
        if (x | y) & HIGH == 0 {
            let mut h = FxHasher::default();
            h.add(lower8(x));
            h.add(lower8(y) ^ ((rest.len() as u64) << 59));
            return h.hash;
        }
    }
    lower_hash_otherwise(w)
}

/// [`lower_hash`] of a word of sixteen bytes or more, or one past ASCII.
#[inline(never)]
fn lower_hash_otherwise(w: &str) -> u64 {
    match ascii_lower_hash(w.as_bytes()) {
        (hash, true) => hash,
        (_, false) => ascii_lower_hash(w.to_lowercase().as_bytes()).0,
    }
}

/// Bit 7 of each of eight bytes.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The [`FxHasher`] hash of `b` with its ASCII capitals made lower case, eight bytes at
/// a time; and whether `b` is all ASCII.
fn ascii_lower_hash(b: &[u8]) -> (u64, bool) {
    let mut h = FxHasher::default();
    let mut high = 0;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let x = load(c);
        high |= x;
        h.add(lower8(x));
    }
    let rest = chunks.remainder();
    let x = load(rest);
    high |= x;
    h.add(lower8(x) ^ ((rest.len() as u64) << 59));
    (h.hash, high & HIGH == 0)
}

/// [`slice::eq_ignore_ascii_case`] eight bytes at a time (words of eight bytes or less,
/// most, in one load each).
#[inline]
fn eq_ignore_ascii_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.len() <= 8 {
        return lower8(load(a)) == lower8(load(b));
    }
    a.chunks(8)
        .zip(b.chunks(8))
        .all(|(x, y)| lower8(load(x)) == lower8(load(y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_keys_agree_with_to_lowercase() {
        let words = [
            "",
            "a",
            "A",
            "Rubio",
            "RUBIO",
            "rubio",
            "Rubiö",
            "RUBIÖ",
            "O'Neill",
            "o'neill",
            "Abcdefgh",
            "ABCDEFGH",
            "abcdefghi",
            "ABCDEFGHI",
            "ABCDEFGHIJKLMNOPQ",
            "abcdefghijklmno",
            "ABCDEFGHIJKLMNO",
            "Abcdefghijklmnop",
            "abcdefghijklmnoé",
            "Σ",
            "σ",
            "\u{212a}im",
            "kim",
            "Kim",
            "Ki",
            "@[`{",
            "`{@[",
            "İstanbul",
            "i̇stanbul",
        ];
        for a in words {
            for b in words {
                let same = a.to_lowercase() == b.to_lowercase();
                assert_eq!(same_lower(a, b), same, "{a} {b}");
                assert_eq!(
                    eq_ignore_ascii_case(a.as_bytes(), b.as_bytes()),
                    a.eq_ignore_ascii_case(b),
                    "{a} {b}"
                );
                if same {
                    assert_eq!(lower_hash(a), lower_hash(b), "{a} {b}");
                }
                assert_eq!(lower_hash(a), lower_hash_otherwise(a), "{a}");
            }
        }
    }
}
