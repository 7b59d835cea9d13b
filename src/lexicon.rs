//! Word lists as data, and the index that makes looking words up in them cheap.
//!
//! The stages keep their lexicons as plain, readable arrays of lower-case words (titles,
//! cue verbs, determiners, agreement triggers ...). A [`WordTable`] is built from a group of
//! such lists at compile time: every word once, with a bit for each list that holds it, in
//! an open-addressing hash table, behind a filter on each word length's first and last
//! letters that refuses most other words with two bit tests. One probe then answers "which
//! of these lists hold this word?", in any ASCII case.
//!
//! ```text
//! const LISTS: [&[&str]; 2] = [&["said", "says"], &["the", "a", "an"]];
//! static TABLE: WordTable<{ words_in(&LISTS) }, { slots_for(words_in(&LISTS)) }> =
//!     WordTable::build(&LISTS);
//! assert_eq!(TABLE.flags("Said"), 1 << 0);
//! assert_eq!(TABLE.flags("THE"), 1 << 1);
//! assert_eq!(TABLE.flags("table"), 0);
//! ```

/// The longest word a table holds; longer words are in no list.
pub(crate) const MAX_LEN: usize = 32;

/// The number of words in `lists`, counting a word once per list that holds it (an upper
/// bound on the words of their table).
pub(crate) const fn words_in(lists: &[&[&str]]) -> usize {
    let mut n = 0;
    let mut l = 0;
    while l < lists.len() {
        n += lists[l].len();
        l += 1;
    }
    n
}

/// The words of a table of `(word, value)` rows, in its order: the list to build a
/// [`WordTable`] of, so that a word's index is its row (when the words are distinct).
pub(crate) const fn keys<T, const N: usize>(rows: &[(&'static str, T)]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = rows[i].0;
        i += 1;
    }
    out
}

/// A hash table size for `words` words: the power of two over twice their number.
pub(crate) const fn slots_for(words: usize) -> usize {
    (2 * words + 1).next_power_of_two()
}

/// FNV-1a over the ASCII-lower-cased bytes.
pub(crate) const fn hash(b: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i].to_ascii_lowercase() as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h as usize
}

/// A byte's letter index: 0 to 25 for an ASCII letter (any case), 26 for any other byte
/// (read from [`LETTERS`]).
#[inline]
pub(crate) const fn letter(c: u8) -> u32 {
    LETTERS[c as usize] as u32
}

/// [`letter`] of each byte.
const LETTERS: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut c = 0;
    while c < 26 {
        t[(b'a' + c) as usize] = c;
        t[(b'A' + c) as usize] = c;
        c += 1;
    }
    t
};

/// Whether two words are the same in ASCII lower case.
pub(crate) const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// A word of up to [`MAX_LEN`] bytes in ASCII lower case, packed little-endian into four
/// `u64`s with zero bytes after its end: two words of one length are the same in any ASCII
/// case when their keys are equal.
pub(crate) type Key = [u64; MAX_LEN / 8];

/// [`Key`] of `b` (at most [`MAX_LEN`] bytes) byte by byte, for the compiler (the table's
/// words) and as the test oracle of [`key`].
pub(crate) const fn key_const(b: &[u8]) -> Key {
    let mut k = [0u64; MAX_LEN / 8];
    let mut i = 0;
    while i < b.len() {
        k[i / 8] |= (b[i].to_ascii_lowercase() as u64) << (8 * (i % 8));
        i += 1;
    }
    k
}

/// The bytes of `b` (1 to 8 of them) as a little-endian `u64`, zero above: overlapping
/// loads of 4, 2 or 1 bytes, which agree where they overlap.
#[inline]
pub(crate) fn load(b: &[u8]) -> u64 {
    let n = b.len();
    if n == 8 {
        u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
    } else if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let hi = u64::from(u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]));
        lo | hi << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u64::from(u16::from_le_bytes([b[0], b[1]]));
        let hi = u64::from(u16::from_le_bytes([b[n - 2], b[n - 1]]));
        lo | hi << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&c| u64::from(c))
    }
}

/// Each ASCII capital among the eight bytes of `x` made lower case (other bytes kept).
#[inline]
pub(crate) const fn lower8(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let h = x & LOW7;
    // Bit 7 of each byte: its low seven bits are at least 'A' / over 'Z' (no carries out).
    let from_a = h + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = h + 0x2525_2525_2525_2525;
    let upper = from_a & !past_z & !x & HIGH;
    x | upper >> 2
}

/// [`Key`] of `b` (at most [`MAX_LEN`] bytes), eight bytes at a time.
#[inline]
pub(crate) fn key(b: &[u8]) -> Key {
    let mut k = [0u64; MAX_LEN / 8];
    for (slot, chunk) in k.iter_mut().zip(b.chunks(8)) {
        *slot = lower8(load(chunk));
    }
    k
}

/// Odd multipliers, one for each `u64` word of a [`Key`].
const MUL: [u64; MAX_LEN / 8] = [
    0x9e37_79b9_7f4a_7c15,
    0xc2b2_ae3d_27d4_eb4f,
    0x1656_67b1_9e37_79f9,
    0x27d4_eb2f_1656_67c5,
];

/// The hash of a word of `len` bytes from its [`Key`]: each `u64` word multiplied by its
/// own odd number, folded with the length, then mixed. (Unused words are zero and add
/// nothing, so a word of eight bytes or less hashes from its first alone: [`short_hash`].)
#[inline]
const fn key_hash(k: &Key, len: usize) -> usize {
    mix(k[0].wrapping_mul(MUL[0])
        ^ k[1].wrapping_mul(MUL[1])
        ^ k[2].wrapping_mul(MUL[2])
        ^ k[3].wrapping_mul(MUL[3])
        ^ len as u64)
}

/// [`key_hash`] of a word of at most eight bytes, whose key is `[k0, 0, 0, 0]`.
#[inline]
const fn short_hash(k0: u64, len: usize) -> usize {
    mix(k0.wrapping_mul(MUL[0]) ^ len as u64)
}

/// The high bits of `h` folded down and spread over the bits a table size takes.
#[inline]
const fn mix(h: u64) -> usize {
    let h = h ^ h >> 29;
    (h.wrapping_mul(MUL[0]) >> 32) as usize
}

/// The words of up to 64 lists, each once with the bits of the lists that hold it.
/// `WORDS` bounds the words ([`words_in`]); `SLOTS` is the hash table's size, a power of
/// two over twice `WORDS` (checked when the table is built).
pub(crate) struct WordTable<const WORDS: usize, const SLOTS: usize> {
    /// Each word's [`Key`] (lower case, packed) and its length.
    keys: [(Key, usize); WORDS],
    flags: [u64; WORDS],
    /// Slot → index into `keys`, plus one (zero for an empty slot).
    slots: [u16; SLOTS],
    /// For each word length, the bit sets of first letters (low bits) and of last letters
    /// (bits 32 and up) that the table's words of that length have.
    letters: [u64; MAX_LEN + 1],
}

impl<const WORDS: usize, const SLOTS: usize> WordTable<WORDS, SLOTS> {
    /// Builds the table of `lists` (list `l` gets bit `l`). Meant for a `static`, so that
    /// it is built by the compiler: a list over 64, a word over [`MAX_LEN`] bytes or empty,
    /// or too few slots fail the build.
    pub(crate) const fn build(lists: &[&'static [&'static str]]) -> Self {
        assert!(lists.len() <= 64);
        assert!(SLOTS.is_power_of_two() && WORDS * 2 < SLOTS);
        assert!(SLOTS <= u16::MAX as usize);
        let mut t = WordTable {
            keys: [([0; MAX_LEN / 8], 0); WORDS],
            flags: [0; WORDS],
            slots: [0; SLOTS],
            letters: [0; MAX_LEN + 1],
        };
        let mut n = 0;
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                let w = lists[l][i].as_bytes();
                assert!(!w.is_empty() && w.len() <= MAX_LEN);
                t.letters[w.len()] |= (1 << letter(w[0])) | (1 << (32 + letter(w[w.len() - 1])));
                let k = key_const(w);
                let mut at = key_hash(&k, w.len()) & (SLOTS - 1);
                loop {
                    let s = t.slots[at] as usize;
                    if s == 0 {
                        t.keys[n] = (k, w.len());
                        t.flags[n] = 1 << l;
                        n += 1;
                        t.slots[at] = n as u16;
                        break;
                    }
                    let (other, len) = &t.keys[s - 1];
                    if *len == w.len()
                        && other[0] == k[0]
                        && other[1] == k[1]
                        && other[2] == k[2]
                        && other[3] == k[3]
                    {
                        t.flags[s - 1] |= 1 << l;
                        break;
                    }
                    at = (at + 1) & (SLOTS - 1);
                }
                i += 1;
            }
            l += 1;
        }
        t
    }

    /// The index of `w` (any ASCII case) among the table's words, in the order the lists
    /// first give them: for a table of one list of distinct words, its index in that list.
    #[inline]
    pub(crate) fn index(&self, w: &str) -> Option<usize> {
        self.index_bytes(w.as_bytes())
    }

    /// [`WordTable::index`] of a word given as bytes. (Inlined: its callers are few, and
    /// hot.)
    #[inline(always)]
    pub(crate) fn index_bytes(&self, b: &[u8]) -> Option<usize> {
        let mask = *self.letters.get(b.len())?;
        let (&first, &last) = (b.first()?, b.last()?);
        if mask & (1 << letter(first)) == 0 || mask & (1 << (32 + letter(last))) == 0 {
            return None;
        }
        // Most words fit one `u64`: the other three are zero, in the table's words of that
        // length too.
        if b.len() <= 8 {
            self.short_index(b)
        } else {
            self.long_index(b)
        }
    }

    /// The bits of the lists that hold `w` (any ASCII case); zero for none.
    #[inline]
    pub(crate) fn flags(&self, w: &str) -> u64 {
        self.index(w).map_or(0, |i| self.flags[i])
    }

    /// [`WordTable::flags`] of a word given as bytes, without the filter on its first and
    /// last letters: for a caller whose own filter has refused most words already, so that
    /// the words it lets through (mostly listed ones) are not tested twice.
    #[inline]
    pub(crate) fn flags_unfiltered(&self, b: &[u8]) -> u64 {
        let found = if b.len() <= 8 {
            self.short_index(b)
        } else if b.len() <= MAX_LEN {
            self.long_index(b)
        } else {
            None
        };
        found.map_or(0, |i| self.flags[i])
    }

    /// The index of a word of at most eight bytes (none for an empty one, which no table
    /// holds): one `u64` key, whose hash probe stops at the first empty slot.
    #[inline(always)]
    fn short_index(&self, b: &[u8]) -> Option<usize> {
        let k0 = lower8(load(b));
        let mut at = short_hash(k0, b.len()) & (SLOTS - 1);
        loop {
            let i = usize::from(self.slots[at]).checked_sub(1)?;
            let (k, len) = &self.keys[i];
            if *len == b.len() && k[0] == k0 {
                return Some(i);
            }
            at = (at + 1) & (SLOTS - 1);
        }
    }

    /// The index of a word of nine to [`MAX_LEN`] bytes. (Apart: rare, and its four-word
    /// key would make every caller save registers.)
    #[inline(never)]
    fn long_index(&self, b: &[u8]) -> Option<usize> {
        let k = key(b);
        let mut at = key_hash(&k, b.len()) & (SLOTS - 1);
        loop {
            let i = usize::from(self.slots[at]).checked_sub(1)?;
            if self.keys[i] == (k, b.len()) {
                return Some(i);
            }
            at = (at + 1) & (SLOTS - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CUES: &[&str] = &["said", "says", "told", "according"];
    const SMALL: &[&str] = &["the", "a", "an", "said"];
    const LISTS: [&[&str]; 2] = [CUES, SMALL];
    static TABLE: WordTable<{ words_in(&LISTS) }, 32> = WordTable::build(&LISTS);

    #[test]
    fn a_word_carries_the_bits_of_its_lists() {
        assert_eq!(TABLE.flags("said"), 0b11);
        assert_eq!(TABLE.flags("SAYS"), 0b01);
        assert_eq!(TABLE.flags("An"), 0b10);
        assert_eq!(TABLE.flags("a"), 0b10);
    }

    #[test]
    fn other_words_carry_none() {
        for w in [
            "",
            "x",
            "sai",
            "saidx",
            "said.",
            "sáid",
            "table",
            "ANA",
            "according to",
        ] {
            assert_eq!(TABLE.flags(w), 0, "{w}");
        }
        let long = "a".repeat(MAX_LEN + 5);
        assert_eq!(TABLE.flags(&long), 0);
    }

    #[test]
    fn one_list_indexes_in_its_order() {
        static ONE: WordTable<{ CUES.len() }, 16> = WordTable::build(&[CUES]);
        for (i, w) in CUES.iter().enumerate() {
            assert_eq!(ONE.index(w), Some(i));
            assert_eq!(ONE.index(&w.to_ascii_uppercase()), Some(i));
        }
        assert_eq!(ONE.index("the"), None);
    }

    #[test]
    fn packed_keys_agree_with_the_byte_oracle() {
        let samples = [
            "",
            "a",
            "Z",
            "@",
            "[",
            "`",
            "{",
            "\x7f",
            "ab",
            "AbC",
            "SAID",
            "Según",
            "ÀÉÎ",
            "naïve",
            "ABCDEFG",
            "ABCDEFGH",
            "abcdefghi",
            "Sept.",
            "O'Neill",
            "co-OPERATE",
            "ÄÖÜẞ-STRASSE",
            "abcdefghijklmnopqrstuvwxyz012345",
            "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
        ];
        for w in samples {
            let b = w.as_bytes();
            assert_eq!(key(b), key_const(b), "{w}");
            for end in 0..=b.len() {
                for start in 0..end {
                    let p = &b[start..end];
                    if p.len() <= MAX_LEN {
                        assert_eq!(key(p), key_const(p), "{w} {start}..{end}");
                    }
                }
            }
        }
        for c in 0..=255u8 {
            let b = [c, c, c, c, c, c, c, c, c];
            assert_eq!(key(&b), key_const(&b), "{c}");
            for n in 1..=8 {
                let k = key_const(&b[..n]);
                assert_eq!(short_hash(k[0], n), key_hash(&k, n), "{c} {n}");
            }
        }
    }

    #[test]
    fn words_that_differ_in_a_byte_or_length_differ() {
        static T: WordTable<3, 8> = WordTable::build(&[&["abcdefghij", "abcdefgh", "ab"]]);
        assert_eq!(T.index("ABCDEFGHIJ"), Some(0));
        assert_eq!(T.index("abcdefgh"), Some(1));
        assert_eq!(T.index("aB"), Some(2));
        for w in [
            "abcdefghiJ\0",
            "abcdefgh\0",
            "ab\0",
            "abcdefghik",
            "abcdefgj",
            "aa",
        ] {
            assert_eq!(T.index(w), None, "{w:?}");
        }
        assert_eq!(TABLE.flags("Said"), TABLE.flags("sAID"));
        assert_eq!(TABLE.flags("s\u{c1}id"), 0);
    }

    #[test]
    fn unfiltered_flags_agree_with_flags() {
        static T: WordTable<5, 16> =
            WordTable::build(&[&["abcdefghij", "abcdefgh", "ab"], &["ab", "said"]]);
        let long = "a".repeat(MAX_LEN + 5);
        let words = [
            "",
            "a",
            "ab",
            "AB",
            "ba",
            "said",
            "SAID",
            "saidx",
            "abcdefgh",
            "ABCDEFGHIJ",
            "abcdefghik",
            "abcdefgh\0",
            "s\u{c1}id",
            &long,
        ];
        for w in words {
            assert_eq!(T.flags_unfiltered(w.as_bytes()), T.flags(w), "{w:?}");
            assert_eq!(
                TABLE.flags_unfiltered(w.as_bytes()),
                TABLE.flags(w),
                "{w:?}"
            );
        }
        assert_eq!(T.flags_unfiltered(b"Ab"), 0b11);
    }
}
