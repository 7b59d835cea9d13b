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

/// A byte's letter index: 0 to 25 for an ASCII letter (any case), 26 for any other byte.
pub(crate) const fn letter(c: u8) -> u32 {
    let l = c.to_ascii_lowercase();
    if l.is_ascii_lowercase() {
        (l - b'a') as u32
    } else {
        26
    }
}

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

/// The words of up to 64 lists, each once with the bits of the lists that hold it.
/// `WORDS` bounds the words ([`words_in`]); `SLOTS` is the hash table's size, a power of
/// two over twice `WORDS` (checked when the table is built).
pub(crate) struct WordTable<const WORDS: usize, const SLOTS: usize> {
    words: [&'static str; WORDS],
    flags: [u64; WORDS],
    /// Slot → index into `words`, plus one (zero for an empty slot).
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
            words: [""; WORDS],
            flags: [0; WORDS],
            slots: [0; SLOTS],
            letters: [0; MAX_LEN + 1],
        };
        let mut n = 0;
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                let word = lists[l][i];
                let w = word.as_bytes();
                assert!(!w.is_empty() && w.len() <= MAX_LEN);
                t.letters[w.len()] |= (1 << letter(w[0])) | (1 << (32 + letter(w[w.len() - 1])));
                let mut at = hash(w) & (SLOTS - 1);
                loop {
                    let s = t.slots[at] as usize;
                    if s == 0 {
                        t.words[n] = word;
                        t.flags[n] = 1 << l;
                        n += 1;
                        t.slots[at] = n as u16;
                        break;
                    }
                    if same(t.words[s - 1].as_bytes(), w) {
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

    /// [`WordTable::index`] of a word given as bytes.
    #[inline]
    pub(crate) fn index_bytes(&self, b: &[u8]) -> Option<usize> {
        let mask = *self.letters.get(b.len())?;
        let (&first, &last) = (b.first()?, b.last()?);
        if mask & (1 << letter(first)) == 0 || mask & (1 << (32 + letter(last))) == 0 {
            return None;
        }
        let mut at = hash(b) & (SLOTS - 1);
        loop {
            let i = usize::from(self.slots[at]).checked_sub(1)?;
            if self.words[i].as_bytes().eq_ignore_ascii_case(b) {
                return Some(i);
            }
            at = (at + 1) & (SLOTS - 1);
        }
    }

    /// The bits of the lists that hold `w` (any ASCII case); zero for none.
    #[inline]
    pub(crate) fn flags(&self, w: &str) -> u64 {
        self.index(w).map_or(0, |i| self.flags[i])
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
}
