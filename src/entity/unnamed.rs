//! Whether a noun was introduced unnamed (`a Western diplomat`) before a mention of it
//! (`the diplomat`): read from the text before the mention ([`introduced_unnamed`]), or,
//! for a title's noun the table is asked about again, from the places of the noun in the
//! whole text, found once per document ([`UnnamedNouns`]): each mention is then a search
//! by halves, not a read of the 2,000 bytes before it.

use std::sync::OnceLock;

use super::lexicon::lower_in;

/// How far back [`introduced_unnamed`] reads.
const UNNAMED_REACH: usize = 2000;

/// Whether `noun` (`diplomat`) is introduced by an indefinite article (`a Western
/// diplomat`, `an official`) between bytes `from` and `to` of `text` (within the last
/// [`UNNAMED_REACH`] bytes before `to`).
pub(crate) fn introduced_unnamed(text: &str, from: usize, to: usize, noun: &str) -> bool {
    introduced_within(text, from, to, noun, UNNAMED_REACH)
}

/// [`introduced_unnamed`] within the last `reach` bytes before `to`.
fn introduced_within(text: &str, from: usize, to: usize, noun: &str, reach: usize) -> bool {
    let Some((_, region)) = region_read(text, from, to, reach) else {
        return false;
    };
    // The noun's places, as `match_indices` gives them (not overlapping), found by its
    // first byte: the region is read for each mention of a title, and may hold the noun
    // in every sentence, too often for a substring searcher's set-up and restarts.
    let (bytes, key) = (region.as_bytes(), noun.as_bytes());
    let Some(&first) = key.first() else {
        return false;
    };
    let mut free = 0;
    memchr::memchr_iter(first, bytes).any(|i| {
        if i < free || !bytes[i..].starts_with(key) {
            return false;
        }
        free = i + key.len();
        whole_after_article(region, i, key.len())
    })
}

/// The part of `text` that [`introduced_unnamed`] reads, and where it starts: from byte
/// `from`, or `reach` bytes before `to` when that is later (on the next character
/// boundary), up to `to`.
fn region_read(text: &str, from: usize, to: usize, reach: usize) -> Option<(usize, &str)> {
    let mut lo = from.max(to.saturating_sub(reach));
    while lo < text.len() && !text.is_char_boundary(lo) {
        lo += 1;
    }
    Some((lo, text.get(lo..to)?))
}

/// Whether the noun of `len` bytes at byte `i` of `region` stands whole there (a space
/// before it, no letter or digit after it within the region) after an indefinite article.
/// (The noun is whole text: `i` and the byte after it lie on char boundaries.)
fn whole_after_article(region: &str, i: usize, len: usize) -> bool {
    let free = i + len;
    region[..i].ends_with(' ')
        && !region[free..].starts_with(|c: char| c.is_alphanumeric())
        && article_within_three(&region[..i])
}

/// Whether one of the last three words of `before` is an indefinite article (`a`, `an`,
/// `another`). (Read by bytes while they are ASCII, as most are: the noun may recur in
/// every sentence of the region, and each recurrence is read.)
fn article_within_three(before: &str) -> bool {
    const ARTICLES: &[&str] = &["a", "an", "another"];
    // White space as `char::is_whitespace` has it, in ASCII.
    let space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = before.as_bytes();
    let mut end = bytes.len();
    for _ in 0..3 {
        while end > 0 && space(bytes[end - 1]) {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && !space(bytes[start - 1]) {
            if !bytes[start - 1].is_ascii() {
                return before
                    .split_whitespace()
                    .rev()
                    .take(3)
                    .any(|w| lower_in(ARTICLES, w));
            }
            start -= 1;
        }
        if start == end {
            return false; // no word left
        }
        // (ASCII bytes: `start..end` lies on char boundaries. Every article opens with
        // an `a`.)
        if bytes[start] | 0x20 == b'a' && lower_in(ARTICLES, &before[start..end]) {
            return true;
        }
        end = start;
    }
    false
}

/// The places of one noun in a text, found once: where it stands after a space, whether
/// an indefinite article is among the three words before each, and whether each is
/// whole (no letter or digit after it) too.
#[derive(Debug, Clone)]
struct NounPlaces {
    /// (start, whether an article is among the three words before it), in text order.
    places: Vec<(usize, bool)>,
    /// `whole[j]`: how many of `places[..j]` are whole and after an article.
    whole: Vec<usize>,
    /// The noun's length in bytes.
    len: usize,
}

impl NounPlaces {
    /// The places of `noun` (not empty, no white space in it) in `text`. (Each byte is read
    /// back from at most four places: the three words before one hold at most three
    /// others.)
    fn of(text: &str, noun: &str) -> Self {
        let (bytes, key) = (text.as_bytes(), noun.as_bytes());
        let mut places = Vec::new();
        let mut whole = vec![0];
        if let Some(&first) = key.first() {
            for i in memchr::memchr_iter(first, bytes) {
                if i == 0 || bytes[i - 1] != b' ' || !bytes[i..].starts_with(key) {
                    continue;
                }
                // (The noun is whole text: `i` and the byte after it lie on char
                // boundaries.)
                let before = text.get(..i).unwrap_or_default();
                let after = text.get(i + key.len()..).unwrap_or_default();
                let article = article_within_three(before);
                let ends = !after.starts_with(|c: char| c.is_alphanumeric());
                places.push((i, article));
                whole.push(whole[whole.len() - 1] + usize::from(article && ends));
            }
        }
        NounPlaces {
            places,
            whole,
            len: key.len(),
        }
    }

    /// [`introduced_within`] for this noun, read from its places: the first four in the
    /// region read there (the three words before one may start before the region), any
    /// later one by what was found of it in the whole text (its three words lie in the
    /// region: at most three places stand between the region's start and a word before
    /// the fourth).
    fn introduced(&self, text: &str, from: usize, to: usize, reach: usize) -> bool {
        let Some((lo, region)) = region_read(text, from, to, reach) else {
            return false;
        };
        let len = self.len;
        // The places whole in the region, a space before them in it: `first..end`.
        let first = self.places.partition_point(|&(p, _)| p <= lo);
        let end = self.places.partition_point(|&(p, _)| p + len <= to);
        if first >= end {
            return false;
        }
        let near = end.min(first + 4);
        if self.places[first..near]
            .iter()
            .any(|&(p, _)| whole_after_article(region, p - lo, len))
        {
            return true;
        }
        if near == end {
            return false;
        }
        // (The last may end the region, whole there whatever follows it in the text.)
        let last = end - 1;
        let (p, article) = self.places[last];
        self.whole[last] > self.whole[near]
            || if p + len == to {
                article
            } else {
                self.whole[end] > self.whole[last]
            }
    }
}

/// A noun a table has been asked about, in a text (as its address and length: a table
/// asked about another text reads that one), and its places there once it is asked again.
#[derive(Debug, Clone)]
struct AskedNoun {
    text: (usize, usize),
    noun: Box<str>,
    places: OnceLock<NounPlaces>,
}

/// The nouns of titles a table has been asked about, a few per document (any more are
/// read from the text): a noun asked once is read from the text before the mention, as
/// most are; one asked again, from its places in the whole text ([`NounPlaces`]), found
/// then.
#[derive(Debug, Clone, Default)]
pub(super) struct UnnamedNouns {
    nouns: [OnceLock<AskedNoun>; 4],
}

impl UnnamedNouns {
    /// [`introduced_unnamed`], from the places of `noun` in `text` once it is asked again.
    pub(super) fn introduced(&self, text: &str, from: usize, to: usize, noun: &str) -> bool {
        if noun.is_empty() || noun.contains(char::is_whitespace) {
            return introduced_unnamed(text, from, to, noun);
        }
        let id = (text.as_ptr() as usize, text.len());
        let mut first_asking = false;
        let asked = self
            .nouns
            .iter()
            .map(|slot| {
                slot.get_or_init(|| {
                    first_asking = true;
                    AskedNoun {
                        text: id,
                        noun: noun.into(),
                        places: OnceLock::new(),
                    }
                })
            })
            .find(|n| n.text == id && *n.noun == *noun);
        match asked {
            Some(n) if !first_asking => n
                .places
                .get_or_init(|| NounPlaces::of(text, noun))
                .introduced(text, from, to, UNNAMED_REACH),
            _ => introduced_unnamed(text, from, to, noun),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_agree_with_reading_the_text() {
        let pieces = [
            "minister",
            " ",
            "  ",
            "a ",
            "an ",
            "An ",
            "another ",
            "x",
            "Jan ",
            "ban",
            "é",
            "\u{a0}",
            ".",
            "-",
            "\t",
            "the ",
            "a.",
            "ministers",
            "1",
        ];
        for t in crate::testing::random_texts(&pieces, 5, 58, 3000) {
            let places = NounPlaces::of(&t, "minister");
            for reach in [0, 3, 9, 14, 25, 60, 2000] {
                for to in (0..=t.len()).filter(|&b| t.is_char_boundary(b)) {
                    for from in [0, 1, 5, to.saturating_sub(12), to] {
                        assert_eq!(
                            places.introduced(&t, from, to, reach),
                            introduced_within(&t, from, to, "minister", reach),
                            "{t:?} {from}..{to} reach {reach}"
                        );
                    }
                }
            }
        }
    }
}
