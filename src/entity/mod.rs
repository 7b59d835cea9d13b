//! Entities within an article: people (with titles), organisations, documents, and the
//! light coreference that resolves `He`, `the statement`, `Rubio` to the fullest name.
//!
//! The table is built in one pass over the words of the text: every run of capitalised
//! words is a candidate name. Leading titles and nationality words are peeled off a
//! person's name (`US Secretary of State Marco Rubio` is `Marco Rubio`, with the title
//! `secretary`); a run holding an organisation word (`Department`, `Ministry`, `Party`) or
//! written in capitals (`CNN`) is an organisation. People are merged by their last name, so
//! `Rubio`, `Secretary Rubio` and `Marco Rubio` are one entity named by its fullest form.
//!
//! [`EntityTable::resolve`] maps any mention span to a name: a pronoun to the last person
//! named before it, a title (`the Secretary`) to the person who bore it, a surname to the
//! full name, an organisation's common noun (`the ministry`) to the last organisation
//! named with it.

// The parts, in the order the table is built: `tokens` (the words of every sentence), `scan`
// (one pass gathering the runs of capitalised words), `run` (what a run names), `merge`
// (names merged into entities), `acronym` (acronyms spelt out); `lexicon` (the word lists),
// `shape` (how a word is written) and `keys` (words hashed in lower case) serve them; and
// `resolve` reads the finished table, `unnamed` finding the places of a title's noun once.
mod acronym;
mod keys;
mod lexicon;
mod merge;
mod resolve;
mod run;
mod scan;
mod shape;
mod tokens;
mod unnamed;

use acronym::{expand_acronyms, name_bracketed_aliases};
use keys::HashMap;
use lexicon::{FUNCTION_SET, given_name_gender, title_gender};
use merge::{Surnames, assign};
use run::Finds;
use scan::Scan;
use shape::{first_of_several, last_word};
use unnamed::UnnamedNouns;

pub(crate) use lexicon::{is_calendar, is_org_noun, is_title, listed};
pub(crate) use tokens::{SentenceWords, tokens};
pub(crate) use unnamed::introduced_unnamed;

use std::borrow::Cow;

use crate::model::{Entity, EntityKind, Span};
use crate::text::{Document, Role};

/// The entities of one article and the names their mentions resolve to.
#[derive(Debug, Clone, Default)]
pub struct EntityTable<'a> {
    entities: Vec<Entity<'a>>,
    /// Every mention: (span of the whole run, entity index), in text order.
    mentions: Vec<(Span, usize)>,
    /// Mentions that open their sentence (its subject, most likely): (start, entity index,
    /// whether the mention opens the sentence itself and a verb or an apposition follows,
    /// where the quotation holding the sentence ends: `usize::MAX` outside one).
    subjects: Vec<(usize, usize, bool, usize)>,
    /// Where mentions in photo credits start (`ANTARA FOTO/Reuters`: right after a
    /// slash), in text order.
    credits: Vec<usize>,
    /// Per entity: a person confirmed by a title or a mention of the surname alone.
    confirmed: Vec<bool>,
    /// Per entity: `Some(true)` for a woman, `Some(false)` for a man, as far as the
    /// article's titles and pronouns tell.
    gender: Vec<Option<bool>>,
    /// Title words borne by people: (title, entity index, where the titled mention
    /// starts), by title and then in text order; titles as indexes into
    /// [`TITLES`](lexicon::TITLES).
    titles: Vec<(u8, usize, usize)>,
    /// People by the head noun of an apposition once given them (`defenceman`): (head
    /// noun, where the person's name starts, entity index), by head noun and then in text
    /// order.
    descriptions: Vec<(&'a str, usize, usize)>,
    /// People by the lower-case last word of their name.
    surnames: Surnames,
    /// People by their name (as the entity holds it: no copy).
    people: HashMap<Cow<'a, str>, usize>,
    /// The words of every sentence.
    words: SentenceWords,
    /// The places of the nouns of titles asked about, found once.
    unnamed: UnnamedNouns,
}

/// Looks keys up in a slice sorted by distinct keys, for keys asked mostly in ascending
/// order (names in text order): a walk forward from the last place, a search by halves
/// when a key is lower than the one before.
#[derive(Default)]
struct SortedWalk {
    at: usize,
    last: usize,
}

impl SortedWalk {
    /// The index of the item of `items` whose key (`key_of`) is `key`.
    fn find<T>(&mut self, items: &[T], key: usize, key_of: impl Fn(&T) -> usize) -> Option<usize> {
        if key < self.last {
            self.at = items.partition_point(|x| key_of(x) < key);
        } else {
            while items.get(self.at).is_some_and(|x| key_of(x) < key) {
                self.at += 1;
            }
        }
        self.last = key;
        items
            .get(self.at)
            .is_some_and(|x| key_of(x) == key)
            .then_some(self.at)
    }
}

/// Where the apposition `desc` (after its article) ends: at its first `,`, `.`, `;`, `(`
/// or `—` when that is within its first 60 bytes, else 0 (no head noun is read). Bytes
/// are read: none of these ASCII bytes, nor the lead byte of `—`, is inside a character.
fn apposition_end(desc: &str) -> usize {
    let b = desc.as_bytes();
    (0..b.len().min(61))
        .find(|&i| match b[i] {
            b',' | b'.' | b';' | b'(' => true,
            0xe2 => b.get(i + 1..i + 3) == Some(&[0x80, 0x94]),
            _ => false,
        })
        .unwrap_or(0)
}

/// The double quote marks of a document that open or close a quotation: (where the mark
/// stands, whether it opens), in text order; and where the last byte asked about
/// ([`Quotations::until`]) stands among them.
struct Quotations {
    marks: Vec<(usize, bool)>,
    /// The number of marks before the byte last asked about, and that byte.
    at: usize,
    last: usize,
}

impl Quotations {
    fn of(doc: &Document<'_>) -> Self {
        Quotations {
            marks: doc
                .marks()
                .iter()
                .filter(|m| m.is_double() && matches!(m.role, Role::Open | Role::Close))
                .map(|m| (m.span.start, m.role == Role::Open))
                .collect(),
            at: 0,
            last: 0,
        }
    }

    /// Where the quotation holding byte `at` ends (`"Neither Manila nor Hanoi wants a
    /// confrontation."`: the sentence names no subject of the story outside it), or
    /// `usize::MAX` when no quotation opened within its paragraph holds it. (A quotation
    /// over paragraphs opens again in each of them.) (Bytes asked in text order, names as
    /// the scan found them: the marks before one walked forward from the last, searched by
    /// halves when it is lower than the one before.)
    fn until(&mut self, doc: &Document<'_>, at: usize) -> usize {
        if at < self.last {
            self.at = self.marks.partition_point(|&(p, _)| p < at);
        } else {
            while self.marks.get(self.at).is_some_and(|&(p, _)| p < at) {
                self.at += 1;
            }
        }
        self.last = at;
        let i = self.at;
        let Some(&(open_at, true)) = i.checked_sub(1).and_then(|k| self.marks.get(k)) else {
            return usize::MAX;
        };
        let Some(para) = doc.paragraph_at(at).and_then(|p| doc.paragraphs().get(p)) else {
            return usize::MAX;
        };
        if open_at < para.start {
            return usize::MAX;
        }
        self.marks
            .get(i)
            .map_or(para.end, |&(p, _)| p.min(para.end))
    }
}

/// Whether the mention `m` of `text` is a photo or video credit: right before or after a
/// slash (`ANTARA FOTO/Reuters`), or alone after a sentence at the end of its paragraph (`...
/// in Lampung province. Reuters`).
fn is_credit(text: &str, m: Span) -> bool {
    let b = text.as_bytes();
    if m.start > 0 && b.get(m.start - 1) == Some(&b'/') || b.get(m.end) == Some(&b'/') {
        return true;
    }
    // (The sentence before is told first: a mention seldom follows one.)
    let before = b.get(..m.start).unwrap_or_default();
    if !before.ends_with(b". ") {
        return false;
    }
    let after = b.get(m.end..).unwrap_or_default();
    after
        .iter()
        .find(|&&c| c != b' ' && c != b'\t' && c != b'\r')
        .is_none_or(|&c| c == b'\n')
}

/// The head noun of a definite description that opens its clause right before a name,
/// given in apposition to it (`The spokesman, ` before `Basim al-Khafaji`): `before` is
/// the text before the name; one to three lower-case words after `the`.
fn description_before(before: &str) -> Option<&str> {
    let before = before.strip_suffix(", ")?;
    // The clause opens after the last of these marks. (Read back from the end, a character
    // that no such clause holds, past any white space before it, refuses the text at once:
    // not a lower-case letter, a hyphen, the `T` of `The` or white space.)
    let mut from = 0;
    for (i, c) in before.char_indices().rev() {
        if matches!(
            c,
            '.' | '\n' | ',' | ';' | ':' | '"' | '\u{201c}' | '\u{201d}' | '('
        ) {
            from = i + 1;
            break;
        }
        if !(c.is_lowercase() || c == '-' || c == 'T' || c.is_whitespace()) {
            return None;
        }
    }
    description_in(before.get(from..)?)
}

/// The head noun of a clause that is a description, `the` and one to three lower-case
/// words (`The retired teacher` gives `teacher`).
fn description_in(clause: &str) -> Option<&str> {
    let clause = clause.trim_start();
    let words = clause
        .strip_prefix("The ")
        .or_else(|| clause.strip_prefix("the "))?;
    let n = words.split(' ').count();
    let lower = words
        .split(' ')
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'));
    (lower && (1..=3).contains(&n)).then(|| words.rsplit(' ').next().unwrap_or(words))
}

/// The entity `e` holds, an empty one left in its place (no allocation).
fn taken<'a>(e: &mut Entity<'a>) -> Entity<'a> {
    std::mem::replace(
        e,
        Entity {
            name: Cow::Borrowed(""),
            kind: EntityKind::Other,
            mentions: Vec::new(),
        },
    )
}

/// Whether the starts of `mentions` rise: no two together, none before the one before.
fn starts_rise(mentions: &[(Span, usize)]) -> bool {
    mentions.windows(2).all(|p| p[0].0.start < p[1].0.start)
}

/// The indexes of `entities` in order of their first mention (then by index), read off
/// `mentions` (every mention with its entity, sorted by start) when no two mentions start
/// together (`distinct`, [`starts_rise`]), by a sort of the entities' first mentions
/// otherwise.
fn first_mention_order(
    mentions: &[(Span, usize)],
    distinct: bool,
    entities: &[Entity<'_>],
) -> Vec<usize> {
    let mut seen = vec![false; entities.len()];
    let mut order = Vec::with_capacity(entities.len());
    if distinct {
        for &(_, e) in mentions {
            if let Some(s @ false) = seen.get_mut(e) {
                *s = true;
                order.push(e);
            }
        }
    }
    if order.len() == entities.len() {
        return order;
    }
    // (By first mention, then by index: the keys made once.)
    let mut firsts: Vec<(usize, usize)> = entities
        .iter()
        .enumerate()
        .map(|(e, ent)| (ent.mentions.first().map_or(usize::MAX, |s| s.start), e))
        .collect();
    firsts.sort_unstable();
    firsts.into_iter().map(|(_, e)| e).collect()
}

impl<'a> EntityTable<'a> {
    /// Builds the table for a segmented document.
    pub fn build(doc: &Document<'a>) -> Self {
        let text = doc.text();
        let sentence_words = SentenceWords::new(doc);
        let Scan {
            found,
            subject_starts,
            comma_starts,
        } = Scan::of(doc, &sentence_words);
        let mut table = EntityTable {
            words: sentence_words,
            ..EntityTable::default()
        };
        let Finds { found, titles } = found;
        let assigned = assign(text, &found, &mut table.entities);
        let mut confirmed = vec![false; table.entities.len()];
        let mut gender = vec![(0u32, 0u32); table.entities.len()];
        // (Each entity's mentions counted first, to be held without growing.)
        let mut counts = vec![0usize; table.entities.len()];
        for &e in &assigned {
            counts[e] += 1;
        }
        for (ent, &n) in table.entities.iter_mut().zip(&counts) {
            ent.mentions = Vec::with_capacity(n);
        }
        table.mentions.reserve_exact(found.len());
        table
            .subjects
            .reserve(subject_starts.len() + comma_starts.len());
        table.titles.reserve(titles.len());
        let (mut subject_walk, mut comma_walk) = (SortedWalk::default(), SortedWalk::default());
        let mut quotes = Quotations::of(doc);
        for (f, &e) in found.iter().zip(&assigned) {
            table.entities[e].mentions.push(f.run);
            table.mentions.push((f.run, e));
            if let Some(k) = subject_walk.find(&subject_starts, f.run.start, |&(s, _)| s) {
                // `Mamadou Dia was ...`, `Tareq Hadad, the co-founder ...`: a name that
                // opens its sentence before a verb or an apposition.
                let after = text.get(f.run.end..).unwrap_or("");
                let credit = after.trim_start().starts_with('/');
                let after = after.strip_prefix(',').unwrap_or(after);
                let strong = subject_starts[k].1
                    && after.starts_with(' ')
                    && after[1..].starts_with(|c: char| c.is_lowercase());
                // `Mark Duffy/The Associated Press`: a photo credit, no subject.
                if !credit {
                    let until = quotes.until(doc, f.run.start);
                    table.subjects.push((f.run.start, e, strong, until));
                }
            } else if comma_walk
                .find(&comma_starts, f.run.start, |&s| s)
                .is_some()
            {
                // `When asked, Mulder didn't hesitate`: a name after an opening phrase,
                // before a verb (not `Smith, Jones and Brown`).
                let after = text.get(f.run.end..).unwrap_or("");
                let verb = after.strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(|c: char| c.is_lowercase())
                        && r.split([' ', ',', '.', ';', ':'])
                            .next()
                            .is_some_and(|v| !FUNCTION_SET.has(v))
                });
                if verb {
                    let until = quotes.until(doc, f.run.start);
                    table.subjects.push((f.run.start, e, true, until));
                }
            }
            let f_titles = &titles[f.titles.clone()];
            for &t in f_titles {
                table.titles.push((t, e, f.run.start));
            }
            // A person is confirmed by a title or by a mention of the surname alone.
            if !f_titles.is_empty() || f.kind != EntityKind::Person {
                confirmed[e] = true;
            }
            // Gender from the first of two or more names (a weaker sign than a title). (A
            // name of one word, a single token, has no first of several.)
            if f.kind == EntityKind::Person && f.words >= 2 {
                if let Some(first) = first_of_several(f.name.slice(text)) {
                    match given_name_gender(first) {
                        Some(true) => gender[e].1 += 2,
                        Some(false) => gender[e].0 += 2,
                        None => {}
                    }
                }
            }
            // Gender from a title.
            for &t in f_titles {
                match title_gender(t) {
                    Some(false) => gender[e].0 += 4,
                    Some(true) => gender[e].1 += 4,
                    None => {}
                }
            }
        }
        // (Found in text order, they are most likely sorted already, and no two start
        // together: then so is each entity's, a part of them in the same order.)
        let mut distinct = starts_rise(&table.mentions);
        if !distinct {
            if !table.mentions.is_sorted_by_key(|(s, _)| s.start) {
                table.mentions.sort_by_key(|(s, _)| s.start);
            }
            for ent in &mut table.entities {
                if !ent.mentions.is_sorted() {
                    ent.mentions.sort();
                }
            }
            distinct = starts_rise(&table.mentions);
        }
        // `ANTARA FOTO/Reuters`, `... in Lampung province. Reuters`: a credit's
        // organisation is nobody's antecedent.
        table.credits = table
            .mentions
            .iter()
            .map(|(m, _)| *m)
            .filter(|&m| is_credit(text, m))
            .map(|m| m.start)
            .collect();
        // Entities in order of first mention; remap indexes.
        let idx = first_mention_order(&table.mentions, distinct, &table.entities);
        let mut remap = vec![0; idx.len()];
        for (new, &old) in idx.iter().enumerate() {
            remap[old] = new;
        }
        let mut ents = std::mem::take(&mut table.entities);
        table.entities = idx.iter().map(|&o| taken(&mut ents[o])).collect();
        for m in &mut table.mentions {
            m.1 = remap[m.1];
        }
        for t in &mut table.titles {
            t.1 = remap[t.1];
        }
        // By title, then in text order: a title's bearers are found by halves.
        table
            .titles
            .sort_unstable_by_key(|&(t, _, start)| (t, start));
        for t in &mut table.subjects {
            t.1 = remap[t.1];
        }
        table.subjects.sort_unstable();
        // `Caleb Jones, a rookie defenceman,`: the apposition's head noun describes the
        // person (`the rookie defenceman` later).
        for &(run, e) in &table.mentions {
            // `The spokesman, Basim al-Khafaji,`: a description before the name (a title
            // tells a person named by one word).
            let kind = table.entities[e].kind;
            // (Mostly no comma comes right before: told by the bytes, before the text is
            // sliced and read back.)
            let after_comma = text
                .as_bytes()
                .get(..run.start)
                .is_some_and(|b| b.ends_with(b", "));
            let description = after_comma
                .then(|| description_before(text.get(..run.start).unwrap_or("")))
                .flatten();
            if let Some(head) = description {
                if kind == EntityKind::Person || kind == EntityKind::Other && is_title(head) {
                    table.descriptions.push((head, run.start, e));
                }
            }
            if kind != EntityKind::Person {
                continue;
            }
            let after = text.get(run.end..).unwrap_or("");
            let Some(rest) = after.strip_prefix(", ") else {
                continue;
            };
            let Some(desc) = ["a ", "an ", "the "]
                .iter()
                .find_map(|d| rest.strip_prefix(d))
            else {
                continue;
            };
            let end = apposition_end(desc);
            let head = desc[..end].split_whitespace().last().unwrap_or("");
            if !head.is_empty() && head.chars().all(|c| c.is_lowercase() || c == '-') {
                table.descriptions.push((head, run.start, e));
            }
        }
        table.descriptions.sort_unstable();
        expand_acronyms(text, &table.words, &mut table.entities);
        name_bracketed_aliases(text, &table.mentions, &mut table.entities);
        let people = table
            .entities
            .iter()
            .filter(|ent| ent.kind == EntityKind::Person)
            .count();
        table.surnames = Surnames::with_capacity(people, table.entities.len());
        table.people.reserve(people);
        for (e, ent) in table.entities.iter().enumerate() {
            if ent.kind == EntityKind::Person {
                table.surnames.insert(last_word(&ent.name), e);
                table.people.entry(ent.name.clone()).or_insert(e);
            }
        }
        table.confirmed = idx.iter().map(|&o| confirmed[o]).collect();
        table.gender = idx
            .iter()
            .map(|&o| match gender[o] {
                (m, f) if m > f => Some(false),
                (m, f) if f > m => Some(true),
                _ => None,
            })
            .collect();
        table
    }

    /// The words of each sentence of `doc`, when this table was built from it.
    pub(crate) fn sentence_words(&self, doc: &Document<'_>) -> Option<&SentenceWords> {
        self.words.of(doc).then_some(&self.words)
    }

    /// The entities, in order of first mention.
    pub fn entities(&self) -> &[Entity<'a>] {
        &self.entities
    }

    /// The entities, consumed.
    pub fn into_entities(self) -> Vec<Entity<'a>> {
        self.entities
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`description_before`] as it found the clause, by a search for the last mark: the
    /// reference the backward read must agree with.
    fn description_before_by_search(before: &str) -> Option<&str> {
        let before = before.strip_suffix(", ")?;
        let from = before
            .rfind(['.', '\n', ',', ';', ':', '"', '\u{201c}', '\u{201d}', '('])
            .map_or(0, |i| i + 1);
        description_in(before.get(from..)?)
    }

    #[test]
    fn description_before_agrees_with_a_search_for_the_last_mark() {
        let pieces = [
            "The ",
            "the ",
            "T",
            "he",
            "x",
            "-",
            " ",
            "  ",
            "\t",
            "\n",
            ".",
            ",",
            ", ",
            ";",
            ":",
            "\"",
            "\u{201c}",
            "\u{201d}",
            "(",
            "é",
            "É",
            "\u{a0}",
            "Said",
            "7",
            "spokesman",
            "rookie",
        ];
        for d in crate::testing::random_texts(&pieces, 6, 60, 50000) {
            for t in [d.clone(), format!("{d}, ")] {
                assert_eq!(
                    description_before(&t),
                    description_before_by_search(&t),
                    "{t:?}"
                );
            }
        }
    }

    #[test]
    fn apposition_end_agrees_with_a_search_of_characters() {
        let pieces = [
            "a", "é", " ", ",", ".", ";", "(", "—", "–", "“", "x-y", "\u{e2}",
        ];
        for d in crate::testing::random_texts(&pieces, 3, 57, 20000) {
            let want = d
                .find([',', '.', ';', '(', '—'])
                .filter(|&i| i <= 60)
                .unwrap_or(0);
            assert_eq!(apposition_end(&d), want, "{d:?}");
        }
    }
}
