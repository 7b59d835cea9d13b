//! Acronyms spelt out: an organisation known by its initials (`IRCC`) named by the long
//! form the article gives (`Immigration, Refugees and Citizenship Canada`).

use std::borrow::Cow;

use super::keys::HashMap;
use super::lexicon::{PLACE_SET, is_title};
use super::shape::{is_acronym, is_cap};
use super::tokens::{SentenceWords, tokens};
use crate::model::{Entity, EntityKind, Span};

/// Names each organisation known by an acronym (`IRCC`) by its long form where the article
/// spells it out (`Immigration, Refugees and Citizenship Canada`): a run of capitalised
/// words, over commas and `and`, `of`, `for`, `the`, whose initials are the acronym's
/// letters. One pass over the words that start with a wanted acronym's first letter, each
/// starting at most a few runs.
#[inline(never)]
pub(super) fn expand_acronyms<'a>(
    text: &'a str,
    words: &SentenceWords,
    entities: &mut [Entity<'a>],
) {
    let mut wanted: HashMap<u64, Option<Span>> = HashMap::default();
    // The first two letters of the wanted acronyms: a run starting with others is not
    // looked for.
    let mut pairs = LetterPairs::default();
    for ent in entities.iter() {
        if ent.kind != EntityKind::Organisation || !is_acronym(&ent.name) {
            continue;
        }
        if let Some(key) = Initials::of_acronym(&ent.name) {
            wanted.insert(key.packed, None);
            pairs.add(key);
        }
    }
    if wanted.is_empty() {
        return;
    }
    let sentence_words = words;
    let mut sentence = 0;
    let capital_at = |k: usize| {
        let w = sentence_words.words.get(k)?;
        text.as_bytes()
            .get(w.start)
            .copied()
            .filter(u8::is_ascii_uppercase)
    };
    // (A run's initials start with its first word's first letter: an ASCII capital. Words
    // that may start a name are the only ones to hold one. Its second initial is the first
    // letter of the next such word, as only linking words, in lower case, come between: a
    // run is looked for when the two letters open a wanted acronym. Each word's letter is
    // read once, as the second of a pair and then as the first.)
    let mut starts = sentence_words
        .name_starts
        .iter()
        .map(|&k| (k, capital_at(k)));
    let mut next = starts.next();
    while let Some((k, first)) = next {
        next = starts.next();
        let wanted_pair = match (first, next.and_then(|(_, second)| second)) {
            (Some(a), Some(b)) => pairs.has(a, b),
            _ => false,
        };
        if !wanted_pair {
            continue;
        }
        let Some((words, i)) = sentence_words.locate(k, &mut sentence) else {
            continue;
        };
        if is_acronym(words[i].slice(text)) {
            continue;
        }
        let mut initials = Initials::default();
        // Up to twice as many words as letters, the linking words included.
        for k in i..words.len().min(i + 2 * Initials::MAX) {
            let w = words[k].slice(text);
            if k > i {
                let gap = text.get(words[k - 1].end..words[k].start).unwrap_or("");
                if !gap.bytes().all(|c| c == b' ' || c == b',') {
                    break;
                }
            }
            if matches!(w, "and" | "of" | "for" | "the" | "on") {
                continue;
            }
            if !is_cap(w) || is_acronym(w) || !initials.push(w) {
                break;
            }
            if initials.len >= 2 {
                if let Some(slot @ None) = wanted.get_mut(&initials.packed) {
                    *slot = Some(Span::new(words[i].start, words[k].end));
                }
            }
        }
    }
    for ent in entities.iter_mut() {
        if ent.kind != EntityKind::Organisation || !is_acronym(&ent.name) {
            continue;
        }
        let Some(key) = Initials::of_acronym(&ent.name) else {
            continue;
        };
        if let Some(Some(long)) = wanted.get(&key.packed) {
            // A long form of titles (`Chief Executive Officer`) names no organisation.
            if tokens(text, *long).any(|w| !is_title(w.slice(text))) {
                ent.name = Cow::Borrowed(long.slice(text));
            }
        }
    }
}

/// Names each organisation known by a word given in brackets right after an
/// organisation's full name (`Petroliam Nasional Berhad (Petronas)`, `the Fruit Exporters
/// Association (ASOEX)`) by that full name: the later `Petronas` is the company. One pass
/// over the mentions (`mentions`: spans and entity indexes, sorted by start), each read
/// with the one before.
#[inline(never)]
pub(super) fn name_bracketed_aliases<'a>(
    text: &'a str,
    mentions: &[(Span, usize)],
    entities: &mut [Entity<'a>],
) {
    for pair in mentions.windows(2) {
        let [(long, l), (alias, a)] = [pair[0], pair[1]];
        // (Bytes compared: the spans of words start and end on character boundaries.)
        let bytes = text.as_bytes();
        if l == a || bytes.get(long.end..alias.start) != Some(b" (") {
            continue;
        }
        if bytes.get(alias.end) != Some(&b')') {
            continue;
        }
        let (Some(long_ent), Some(alias_ent)) = (entities.get(l), entities.get(a)) else {
            continue;
        };
        let word = alias.slice(text);
        // (A full name of two words or more; one word in the brackets, no place.)
        if long_ent.kind != EntityKind::Organisation
            || !long_ent.name.contains(' ')
            || alias_ent.kind == EntityKind::Person
            || alias_ent.name != word
            || word.contains(' ')
            || PLACE_SET.has(word)
        {
            continue;
        }
        let name = long_ent.name.clone();
        if let Some(ent) = entities.get_mut(a) {
            ent.name = name;
            ent.kind = EntityKind::Organisation;
        }
    }
}

/// Up to [`Initials::MAX`] ASCII capitals packed into a `u64` (a byte each, the first
/// highest): the letters of an acronym, or the initials of the words of its long form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Initials {
    packed: u64,
    len: usize,
}

impl Initials {
    /// The most letters an acronym is looked for with.
    const MAX: usize = 6;

    /// The letters of acronym `name` less its full stops (`U.N.` is `UN`), when they are
    /// two to [`Initials::MAX`] ASCII capitals.
    fn of_acronym(name: &str) -> Option<Initials> {
        let mut key = Initials::default();
        for &b in name.as_bytes() {
            if b == b'.' {
                continue;
            }
            if !b.is_ascii_uppercase() || key.len == Self::MAX {
                return None;
            }
            key.add(b);
        }
        (key.len >= 2).then_some(key)
    }

    /// Adds the first letter of capitalised word `w`: false (and nothing added) when the
    /// letters are full or the letter is no ASCII capital, as no acronym then matches.
    fn push(&mut self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&b) if b.is_ascii_uppercase() && self.len < Self::MAX => {
                self.add(b);
                true
            }
            _ => false,
        }
    }

    fn add(&mut self, b: u8) {
        self.packed = self.packed << 8 | u64::from(b);
        self.len += 1;
    }

    /// The `i`th letter (from the first), an ASCII capital.
    fn letter(&self, i: usize) -> u8 {
        (self.packed >> (8 * (self.len - 1 - i))) as u8
    }
}

/// The pairs of first two letters of some acronyms: for each first letter (an ASCII
/// capital), the set of second letters.
#[derive(Default)]
struct LetterPairs([u32; 26]);

impl LetterPairs {
    /// Adds the first two letters of `key` (two letters or more).
    fn add(&mut self, key: Initials) {
        let (a, b) = (key.letter(0), key.letter(1));
        if let Some(set) = self.0.get_mut(usize::from(a.wrapping_sub(b'A'))) {
            *set |= 1 << (b.wrapping_sub(b'A') & 31);
        }
    }

    /// Whether some acronym opens with the ASCII capitals `a` and `b`.
    fn has(&self, a: u8, b: u8) -> bool {
        self.0
            .get(usize::from(a.wrapping_sub(b'A')))
            .is_some_and(|set| set >> (b.wrapping_sub(b'A') & 31) & 1 == 1)
    }
}
