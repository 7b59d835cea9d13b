//! Merging the names found into entities: people first, by their longest form, each
//! indexed by its last name, so that a shorter form (`Rubio`, `Secretary Rubio`) joins the
//! person of the full name; and [`Surnames`], the people by their last word.

use std::borrow::Cow;

use super::keys::{HashMap, lower_hash, same_lower};
use super::lexicon::{PLACE_SET, lower_in};
use super::run::Found;
use super::shape::{is_cap, is_hyphenated_given_name, last_word};
use crate::model::{Entity, EntityKind};

/// The entity of each name found (index into `entities`, which it fills): people first,
/// by their longest form, each indexed by its last name, so that a shorter form (`Rubio`,
/// `Secretary Rubio`) joins the person of the full name; any other name by itself.
#[inline(never)]
pub(super) fn assign<'a>(
    text: &'a str,
    found: &[Found],
    entities: &mut Vec<Entity<'a>>,
) -> Vec<usize> {
    let mut by_last = ByKey::with_capacity(found.len());
    let mut by_other = OtherWords::default();
    let mut assigned = vec![0; found.len()];
    entities.reserve(found.len());
    for i in merge_order(found) {
        let f = &found[i];
        let name = f.name.slice(text);
        let key: &str = match f.kind {
            EntityKind::Person => f.last.slice(text),
            _ => name,
        };
        let hash = lower_hash(key);
        // An entity of the name's kind under its key; else (a surname alone may name a
        // person found with a full name) a person.
        let mut person = None;
        let mut hit = None;
        for e in by_last.get(key, hash) {
            let kind = entities[e].kind;
            if kind == f.kind {
                hit = Some(e);
                break;
            }
            if kind == EntityKind::Person && person.is_none() {
                person = Some(e);
            }
        }
        let hit = hit.or(person.filter(|_| f.kind != EntityKind::Person));
        // `Tsai` after `Tsai Ming-hung`, `Riquelme` after `Esteban Riquelme Soto`: a word
        // alone that is another word of one person's name (a family name written first, the
        // first of two surnames), not after a preposition of place.
        // (A name not a person's is its own key, hashed already; the word before is read
        // only for a word some person's name holds.)
        let hit = hit.or_else(|| {
            (f.kind != EntityKind::Person && f.words == 1)
                .then(|| by_other.get(name, hash))
                .flatten()
                .filter(|_| !after_place_word(text, f.run.start))
        });
        assigned[i] = hit.unwrap_or_else(|| {
            entities.push(Entity {
                name: Cow::Borrowed(name),
                kind: f.kind,
                mentions: Vec::new(),
            });
            let e = entities.len() - 1;
            by_last.insert(key, hash, e);
            if f.kind == EntityKind::Person {
                by_other.insert(name, e);
            }
            e
        });
    }
    assigned
}

/// Whether the word before byte `at` of `text` is a preposition of place (`in Santiago`).
fn after_place_word(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    lower_in(
        &[
            "across", "at", "from", "in", "into", "near", "of", "outside", "to",
        ],
        word,
    )
}

/// People by a word of their name other than the last (`Tsai` of `Tsai Ming-hung`,
/// `Riquelme` of `Esteban Riquelme Soto`; see [`OtherWords::insert`]): for each word's [`lower_hash`], the one person
/// whose name holds it, or `None` when two do.
#[derive(Default)]
struct OtherWords<'t> {
    people: HashMap<u64, (&'t str, Option<usize>)>,
}

impl<'t> OtherWords<'t> {
    /// Adds person `e` of name `name` under each capitalised word of it between the first
    /// and the last (no initial, no place), and under its first when the last is a given
    /// name of hyphenated syllables (`Tsai Ming-hung`: the family name first). (A given
    /// name alone, `Kody`, stays apart: it may be another of the family.)
    fn insert(&mut self, name: &'t str, e: usize) {
        let family_first = is_hyphenated_given_name(last_word(name));
        let mut words = split_at_spaces(name).enumerate().peekable();
        while let Some((i, w)) = words.next() {
            if words.peek().is_none() {
                break;
            }
            if i == 0 && !family_first {
                continue;
            }
            if w.chars().count() < 3 || w.ends_with('.') || !is_cap(w) || PLACE_SET.has(w) {
                continue;
            }
            self.people
                .entry(lower_hash(w))
                .and_modify(|(k, one)| {
                    if !same_lower(k, w) || one.is_some_and(|o| o != e) {
                        *one = None;
                    }
                })
                .or_insert((w, Some(e)));
        }
    }

    /// The one person whose name holds `word` (of [`lower_hash`] `hash`) but not last.
    fn get(&self, word: &str, hash: u64) -> Option<usize> {
        self.people
            .get(&hash)
            .filter(|(k, _)| same_lower(k, word))
            .and_then(|&(_, e)| e)
    }
}

/// The parts of `s` between its spaces, as [`str::split`] at `' '` gives them, found among
/// the bytes (a space is one byte: the bytes around it start and end characters).
fn split_at_spaces(s: &str) -> impl Iterator<Item = &str> {
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let start = from?;
        let rest = s.as_bytes().get(start..)?;
        match rest.iter().position(|&b| b == b' ') {
            Some(i) => {
                from = Some(start + i + 1);
                s.get(start..start + i)
            }
            None => {
                from = None;
                s.get(start..)
            }
        }
    })
}

/// The order names are merged in: people first, longest first, then in text order.
fn merge_order(found: &[Found]) -> Vec<usize> {
    /// Names shorter than this are sorted in buckets.
    const WORDS: usize = 64;
    let bucket =
        |f: &Found| usize::from(f.kind != EntityKind::Person) * WORDS + WORDS - 1 - f.words;
    // Names found in text order (as the scan finds them) and short: a stable bucket sort,
    // by kind and number of words. (The order and the lengths are checked in the pass
    // that counts the names of each bucket.)
    let mut starts = [0usize; 2 * WORDS + 1];
    let mut last_start = None;
    for f in found {
        if f.words >= WORDS || last_start.is_some_and(|s| s >= f.name.start) {
            return sorted_merge_order(found);
        }
        last_start = Some(f.name.start);
        starts[bucket(f) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut order = vec![0; found.len()];
    for (i, f) in found.iter().enumerate() {
        let b = bucket(f);
        order[starts[b]] = i;
        starts[b] += 1;
    }
    order
}

/// [`merge_order`] by a sort of keys: the kind and the number of words (packed into one
/// number), the start, the index.
fn sorted_merge_order(found: &[Found]) -> Vec<usize> {
    let mut keyed: Vec<(u64, usize, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let other = u64::from(f.kind != EntityKind::Person) << 63;
            (other | ((u64::MAX >> 1) - f.words as u64), f.name.start, i)
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// Entities by a key word in any case (compared as [`str::to_lowercase`] gives it), each key
/// holding the entities inserted with it in their order: a map from the key's hash to the
/// first and last entity of that hash, and a link from each entity to the next.
#[derive(Default)]
struct ByKey<'t> {
    ends: HashMap<u64, (usize, usize)>,
    /// Per entity, its key and the next entity of its hash (`usize::MAX` for none).
    links: Vec<(&'t str, usize)>,
}

impl<'t> ByKey<'t> {
    fn with_capacity(n: usize) -> Self {
        ByKey {
            ends: HashMap::with_capacity_and_hasher(n, Default::default()),
            links: Vec::with_capacity(n),
        }
    }

    /// Adds entity `e` under `key` (hashed by [`lower_hash`]): each entity once, in the
    /// order of their indexes.
    fn insert(&mut self, key: &'t str, hash: u64, e: usize) {
        debug_assert_eq!(self.links.len(), e);
        self.links.push((key, usize::MAX));
        match self.ends.entry(hash) {
            std::collections::hash_map::Entry::Occupied(mut o) => {
                let (_, last) = o.get_mut();
                self.links[*last].1 = e;
                *last = e;
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((e, e));
            }
        }
    }

    /// The entities under `key` (hashed by [`lower_hash`]), in the order they were
    /// inserted.
    fn get<'s>(&'s self, key: &'s str, hash: u64) -> impl Iterator<Item = usize> + 's {
        let mut at = self.ends.get(&hash).map_or(usize::MAX, |&(first, _)| first);
        std::iter::from_fn(move || {
            while at != usize::MAX {
                let e = at;
                let (k, next) = self.links[e];
                at = next;
                if same_lower(k, key) {
                    return Some(e);
                }
            }
            None
        })
    }
}

/// People by the last word of their name in any case ([`same_lower`]): for each, the person
/// named first. A map from the word's [`lower_hash`] to the first and last person of that
/// hash, and a link from each person to the next (in the order of their entity indexes).
#[derive(Debug, Clone, Default)]
pub(super) struct Surnames {
    ends: HashMap<u64, (usize, usize)>,
    /// Per entity index, the next person of the same hash (`usize::MAX` for none).
    next: Vec<usize>,
}

impl Surnames {
    /// Room for `people` people, of entity indexes under `entities`.
    pub(super) fn with_capacity(people: usize, entities: usize) -> Self {
        Surnames {
            ends: HashMap::with_capacity_and_hasher(people, Default::default()),
            next: Vec::with_capacity(entities),
        }
    }

    /// Adds person `e` (entity indexes ascending) of last word `surname`.
    pub(super) fn insert(&mut self, surname: &str, e: usize) {
        match self.ends.entry(lower_hash(surname)) {
            std::collections::hash_map::Entry::Occupied(mut o) => {
                let (_, last) = o.get_mut();
                let from = std::mem::replace(last, e);
                if self.next.len() <= from {
                    self.next.resize(from + 1, usize::MAX);
                }
                self.next[from] = e;
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((e, e));
            }
        }
    }

    /// The first person whose last word (`surname_of` an entity index) is `word` in any
    /// case.
    pub(super) fn get<'s>(
        &self,
        word: &str,
        surname_of: impl Fn(usize) -> &'s str,
    ) -> Option<usize> {
        let mut at = self.ends.get(&lower_hash(word)).map(|&(first, _)| first);
        while let Some(e) = at {
            if same_lower(surname_of(e), word) {
                return Some(e);
            }
            at = self.next.get(e).copied().filter(|&n| n != usize::MAX);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    #[test]
    fn split_at_spaces_agrees_with_split() {
        for s in [
            "",
            " ",
            "  ",
            "a",
            "a b",
            " a  b ",
            "Tsai Ming-hung",
            "Ünal Öz é",
            "x\u{a0}y z",
        ] {
            let want: Vec<&str> = s.split(' ').collect();
            assert_eq!(split_at_spaces(s).collect::<Vec<_>>(), want, "{s:?}");
        }
    }

    #[test]
    fn merge_order_in_buckets_agrees_with_sorting() {
        let mut seed = 5u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for len in 0..200 {
            let mut start = 0;
            let found: Vec<Found> = (0..len)
                .map(|_| {
                    start += 1 + next(20);
                    let kind = [
                        EntityKind::Person,
                        EntityKind::Organisation,
                        EntityKind::Other,
                    ][next(3)];
                    let span = Span::new(start, start + 1);
                    Found {
                        name: span,
                        run: span,
                        kind,
                        words: 1 + next(6),
                        last: span,
                        titles: 0..0,
                    }
                })
                .collect();
            assert_eq!(merge_order(&found), sorted_merge_order(&found), "{len}");
        }
    }
}
