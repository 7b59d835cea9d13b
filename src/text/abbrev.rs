//! The abbreviation lexicon the sentence splitter consults.

/// Abbreviations that stand before a name or number and so never end a sentence
/// (`Mr. Smith`, `Sen. Warren`, `Feb. 4`, `No. 1`). Compared without the period, case-insensitively.
pub(crate) const PREFIX: &[&str] = &[
    "adm", "ald", "amb", "approx", "apr", "art", "assn", "atty", "aug", "ave", "blvd", "brig",
    "capt", "cdr", "ch", "cmdr", "col", "cols", "comdr", "cpl", "cpt", "dec", "dept", "det", "dr",
    "est", "feb", "fig", "fr", "ft", "gen", "gens", "gov", "govs", "hon", "hr", "insp", "jan",
    "jul", "jun", "ky", "lieut", "lt", "maj", "mar", "messrs", "mlle", "mme", "mr", "mrs", "ms",
    "msgr", "mt", "no", "nos", "nov", "oct", "op", "pp", "pres", "prof", "pt", "pvt", "rd", "rep",
    "reps", "rev", "rt", "sec", "secy", "sen", "sens", "sep", "sept", "sgt", "sgts", "sr", "sra",
    "st", "ste", "supt", "univ", "v", "vol", "vs",
];

/// Abbreviations that may end a sentence or stand inside one (`Inc.`, `a.m.`, `U.S.`):
/// they end one only when a usual sentence opener follows.
pub(crate) const AMBIGUOUS: &[&str] = &[
    "a.m", "al", "ala", "alta", "am", "ariz", "ark", "b.c", "bln", "bros", "calif", "cf", "co",
    "colo", "conn", "corp", "cts", "d.c", "del", "dist", "dlrs", "e.g", "e.u", "etc", "fla", "ft",
    "ga", "govt", "i.e", "ill", "inc", "ind", "jr", "kan", "kans", "km", "l.a", "la", "lb", "lbs",
    "llc", "ltd", "man", "mass", "max", "md", "mi", "mich", "min", "minn", "miss", "mln", "mo",
    "mont", "n.j", "n.y", "neb", "nev", "nfld", "okla", "ont", "ore", "oz", "p.m", "pa", "pct",
    "penn", "plc", "pm", "que", "sask", "tenn", "tex", "u.k", "u.n", "u.s", "u.s.a", "va", "vt",
    "wash", "wis", "wisc", "wyo", "yrs",
];

/// Capitalised words that usually open a sentence; after an ambiguous abbreviation they
/// mark a boundary (`... in the U.S. The company said ...`).
pub(crate) const OPENERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "although",
    "an",
    "analysts",
    "and",
    "as",
    "at",
    "before",
    "both",
    "but",
    "by",
    "each",
    "earlier",
    "for",
    "from",
    "he",
    "her",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "it's",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "most",
    "net",
    "next",
    "no",
    "not",
    "note",
    "officials",
    "on",
    "one",
    "or",
    "our",
    "police",
    "qtly",
    "revs",
    "shares",
    "she",
    "shr",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "three",
    "to",
    "two",
    "under",
    "we",
    "what",
    "when",
    "where",
    "while",
    "who",
    "why",
    "with",
    "without",
    "yet",
    "you",
];

/// A word list packed for lookup: each word of up to eight bytes as a big-endian `u64`
/// (zero-padded, so the order of the numbers is the order of the words), sorted. Longer
/// words are never looked up and pack to `u64::MAX`, which no UTF-8 word packs to.
pub(crate) type Packed<const N: usize> = [u64; N];

/// The key of `word`'s bytes, as [`Packed`] orders them.
const fn pack(word: &[u8]) -> u64 {
    if word.len() > 8 {
        return u64::MAX;
    }
    let mut key = 0u64;
    let mut i = 0;
    while i < 8 {
        key <<= 8;
        if i < word.len() {
            key |= word[i].to_ascii_lowercase() as u64;
        }
        i += 1;
    }
    key
}

/// Packs and sorts `list` at compile time.
pub(crate) const fn packed<const N: usize>(list: &[&str]) -> Packed<N> {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(list[i].as_bytes());
        let mut j = i;
        while j > 0 && out[j - 1] > out[j] {
            let t = out[j - 1];
            out[j - 1] = out[j];
            out[j] = t;
            j -= 1;
        }
        i += 1;
    }
    out
}

/// [`PREFIX`], packed.
pub(crate) const PREFIX_KEYS: Packed<{ PREFIX.len() }> = packed(PREFIX);
/// [`AMBIGUOUS`], packed.
pub(crate) const AMBIGUOUS_KEYS: Packed<{ AMBIGUOUS.len() }> = packed(AMBIGUOUS);
/// [`OPENERS`], packed.
pub(crate) const OPENERS_KEYS: Packed<{ OPENERS.len() }> = packed(OPENERS);

/// The key of `word` as [`Packed`] orders it, computed eight bytes at once (the ASCII
/// capitals lowered in place); `None` for a word longer than eight bytes, which no list
/// holds.
pub(crate) fn key(word: &str) -> Option<u64> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let b = word.as_bytes();
    let mut lanes = [0u8; 8];
    lanes.get_mut(..b.len())?.copy_from_slice(b);
    let x = u64::from_be_bytes(lanes);
    // per byte: ASCII and between `A` and `Z` (no carry crosses a byte: every lane is at
    // most 0x7f before each addition)
    let low = x & (0x7f * ONES);
    let from_a = low + u64::from(0x80 - b'A') * ONES;
    let past_z = low + u64::from(0x80 - b'Z' - 1) * ONES;
    let capitals = from_a & !past_z & !x & (0x80 * ONES);
    Some(x | (capitals >> 2))
}

/// Whether the word of `key` (see [`key`]) is in the packed list `keys`: one binary search
/// over integers.
pub(crate) fn has(keys: &[u64], key: Option<u64>) -> bool {
    key.is_some_and(|k| keys.binary_search(&k).is_ok())
}

/// A set of word keys (see [`key`]) as 4096 bits, each key's bit picked by a
/// multiplicative hash: a word whose bit is clear is in none of the lists the set was
/// built from, found without a search (a set bit may be another word's).
pub(crate) type Filter = [u64; 64];

/// The bit of `key` in a [`Filter`].
const fn filter_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52) as usize
}

/// The [`Filter`] of every word of `lists`.
pub(crate) const fn filter(lists: &[&[&str]]) -> Filter {
    let mut f = [0u64; 64];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let b = filter_bit(pack(lists[l][i].as_bytes()));
            f[b >> 6] |= 1 << (b & 63);
            i += 1;
        }
        l += 1;
    }
    f
}

/// Whether the word of `key` may be in the lists of `filter` (it is in none if not).
pub(crate) fn may_hold(filter: &Filter, key: Option<u64>) -> bool {
    key.is_some_and(|k| {
        let b = filter_bit(k);
        filter[b >> 6] >> (b & 63) & 1 == 1
    })
}

/// Whether `word` (without its final period) is in the packed list `keys`, ignoring ASCII
/// case.
pub(crate) fn listed(keys: &[u64], word: &str) -> bool {
    has(keys, key(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentence::BEFORE_NUMBER;

    #[test]
    fn lists_are_sorted_unique_and_lower_case() {
        for list in [PREFIX, AMBIGUOUS, OPENERS, BEFORE_NUMBER] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| *w == w.to_ascii_lowercase()));
        }
        let keys = packed::<3>(&["mr", "a", "zebra"]);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_filter_holds_every_word_of_its_lists() {
        let f = filter(&[PREFIX, AMBIGUOUS]);
        for w in PREFIX.iter().chain(AMBIGUOUS) {
            assert!(may_hold(&f, key(w)), "{w}");
            assert!(may_hold(&f, key(&w.to_ascii_uppercase())), "{w}");
        }
        assert!(!may_hold(&f, key("Thereafterwards")));
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(listed(&PREFIX_KEYS, "Sen"));
        assert!(listed(&AMBIGUOUS_KEYS, "U.S"));
        assert!(!listed(&PREFIX_KEYS, "Senator"));
        assert!(!listed(&PREFIX_KEYS, "S"));
        assert!(!listed(&OPENERS_KEYS, "Thereafterwards"));
        assert!(!listed(&OPENERS_KEYS, ""));
        // Longer than eight bytes: never looked up, as before.
        assert!(!listed(&OPENERS_KEYS, "meanwhile"));
    }

    #[test]
    fn runtime_keys_are_the_packed_keys() {
        let pieces = [
            "a", "Z", "é", "@", "[", "`", "{", "\u{7f}", "Mr", "U.S", "ß", "0",
        ];
        let mut seed = 3u64;
        for _ in 0..3000 {
            let mut w = String::new();
            for _ in 0..(seed >> 61) + 1 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                w.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let slow = (w.len() <= 8).then(|| pack(w.as_bytes()));
            assert_eq!(key(&w), slow, "{w:?}");
        }
    }
}
