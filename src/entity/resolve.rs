//! Reading the table: what a mention resolves to (a pronoun to the last person named, a
//! title to its bearer, a surname to the full name, `the ministry` to the organisation),
//! and the queries of attribution and agreement (the last person or organisation named
//! before a point, the subject of a sentence, whether a name agrees with `he` or `she`).

use std::borrow::Cow;

use super::EntityTable;
use super::lexicon::{
    COMMON_TITLES, DETERMINERS, FUNCTION_SET, ORG_NOUN_SET, ORG_WORD_SET, PERSON_PRONOUNS,
    PORTFOLIO_BODIES, PORTFOLIOS, is_title, lower_in, title_exactly, title_of,
};
use super::shape::{is_cap, is_compound_adjective, last_word};
use super::tokens::tokens;
use crate::model::{EntityKind, Span};
use crate::text::Document;

impl<'a> EntityTable<'a> {
    /// The fullest name the article gives the entity mentioned at `span`, if any.
    ///
    /// A pronoun resolves to the last person named before it; a title (`the Secretary`)
    /// to the person who bore it; a surname or a titled surname to the full name; a common
    /// noun of an organisation (`the ministry`) to the last organisation named with it;
    /// another capitalised phrase to itself without its article.
    pub fn resolve(&self, doc: &Document<'a>, span: Span) -> Option<Cow<'a, str>> {
        let text = doc.text();
        let t = span.slice(text).trim();
        if t.is_empty() {
            return None;
        }
        let (mut inline, mut spill) = ([Span::new(0, 0); 8], Vec::new());
        let words = words_in(text, span, &mut inline, &mut spill);
        self.resolve_words(doc, span, words)
    }

    /// [`resolve`](Self::resolve) given the words of `span` ([`tokens`]), for a caller
    /// that has them already: the mention is not tokenised a second time.
    pub(crate) fn resolve_tokenised(
        &self,
        doc: &Document<'a>,
        span: Span,
        words: &[Span],
    ) -> Option<Cow<'a, str>> {
        // (A mention that opens with an ASCII letter or digit, most, is no blank one: told
        // by its first byte, with no pass to trim it.)
        let t = span.slice(doc.text());
        let opens_word = t.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric);
        if !opens_word && t.trim().is_empty() {
            return None;
        }
        self.resolve_words(doc, span, words)
    }

    /// [`resolve`](Self::resolve) past its test for an empty mention, with the words of
    /// `span`.
    fn resolve_words(
        &self,
        doc: &Document<'a>,
        span: Span,
        words: &[Span],
    ) -> Option<Cow<'a, str>> {
        let text = doc.text();
        let first = words.first()?.slice(text);
        if words.len() == 1 && lower_in(PERSON_PRONOUNS, first) {
            return self
                .person_before(span.start)
                .map(|e| self.entities[e].name.clone());
        }
        // `the rookie defenceman`: a description given in an apposition.
        if lower_in(&["the", "this", "that"], first) && words.len() >= 2 {
            let last = words[words.len() - 1].slice(text);
            if let Some(e) = self.described(last, span.start) {
                return Some(self.entities[e].name.clone());
            }
        }
        // `A Western diplomat in Bamako`: an indefinite description whose lower-case head
        // a phrase modifies names nobody, not the place it is in.
        if lower_in(&["a", "an", "one", "another"], first) {
            let pp = words
                .iter()
                .position(|w| lower_in(&["at", "from", "in", "near", "of", "with"], w.slice(text)));
            if pp.is_some_and(|i| i > 1 && !is_cap(words[i - 1].slice(text))) {
                return None;
            }
        }
        // A common noun heads the mention (`South Korean officials`): no name.
        let final_word = words.last()?.slice(text);
        if !is_cap(final_word)
            && !is_title(final_word)
            && !ORG_WORD_SET.has(final_word)
            && !ORG_NOUN_SET.has(final_word)
        {
            return None;
        }
        // `A Vancouver peewee hockey coach`: an indefinite description names nobody.
        if !is_cap(final_word) && lower_in(&["a", "an", "one", "another"], first) {
            return None;
        }
        // A person named in the mention (`Sen. Richard Shelby of Alabama`).
        for w in words.iter().rev() {
            let ws = w.slice(text);
            if !is_cap(ws) || is_title(ws) {
                continue;
            }
            let i = self.mentions.partition_point(|(s, _)| s.end <= w.start);
            if let Some(&(s, e)) = self.mentions.get(i) {
                if s.start <= w.start
                    && w.end <= s.end
                    && self.entities[e].kind == EntityKind::Person
                {
                    // (`Prime Minister Haidar al-Jubouri's spokesman`: the person named owns
                    // what the mention is, a lower-case noun, and is not it; the one so
                    // described is, `The spokesman, Basim al-Khafaji`.)
                    if !is_cap(final_word) && possessive_after(text, w.start, span.end) {
                        return self
                            .described(final_word, span.start)
                            .map(|d| self.entities[d].name.clone());
                    }
                    return Some(self.entities[e].name.clone());
                }
            }
        }
        // The entity mentioned exactly here, or whose run covers the head.
        // (`The Calgary-based railway`: a compound adjective is no head.)
        // (`The prime minister`: the article opening the sentence is no head.)
        let head = words
            .iter()
            .enumerate()
            .rev()
            .find(|&(i, w)| {
                let ws = w.slice(text);
                is_cap(ws)
                    && !is_title(ws)
                    && !is_compound_adjective(ws)
                    && (i > 0 || !lower_in(DETERMINERS, ws))
            })
            .map(|(_, w)| *w);
        // `the WHL commissioner`: a lower-case title heads the mention, and its holder is
        // named rather than the capitalised modifier.
        let last = words.last()?.slice(text);
        if head.is_some() && !is_cap(last) && is_title(last) {
            if let Some(e) = title_exactly(last).and_then(|t| self.title_bearer(t, span.start)) {
                return Some(self.entities[e].name.clone());
            }
        }
        if let Some(h) = head {
            let i = self.mentions.partition_point(|(s, _)| s.end <= h.start);
            if let Some(&(s, e)) = self.mentions.get(i) {
                if s.start <= h.start && h.end <= s.end {
                    return Some(self.entities[e].name.clone());
                }
            }
            let surname_of = |e: usize| last_word(&self.entities[e].name);
            if let Some(e) = self.surnames.get(h.slice(text), surname_of) {
                return Some(self.entities[e].name.clone());
            }
        }
        // A title or an organisation's common noun: `the Secretary`, `the ministry`.
        // (`Global Affairs`, `the Treasury`: a department, not the minister of it.)
        // (`the state`: lower case, a title word that is also a common noun names no
        // bearer of it, `State Sen. Maribel Quintanilla`.)
        if is_title(last) && !lower_in(PORTFOLIOS, last) && !COMMON_TITLES.contains(&last) {
            if let Some(e) = title_of(last).and_then(|t| self.title_bearer(t, span.start)) {
                // (`A Western diplomat ... the diplomat`: one introduced unnamed since the
                // bearer was named is meant.)
                // (The mentions are sorted: only those before the span's start are read,
                // from the last back, not all of a bearer named throughout the text.)
                let mentions = &self.entities[e].mentions;
                let before = mentions.partition_point(|m| m.start <= span.start);
                let named_at = mentions[..before]
                    .iter()
                    .rev()
                    .map(|m| m.end)
                    .find(|&m| m <= span.start);
                if named_at
                    .is_some_and(|from| self.unnamed.introduced(text, from, span.start, last))
                {
                    return None;
                }
                return Some(self.entities[e].name.clone());
            }
        }
        if ORG_WORD_SET.has(last) && !is_cap(first)
            || (first.eq_ignore_ascii_case("the") && ORG_WORD_SET.has(last))
        {
            let before = self.mentions.partition_point(|(s, _)| s.start < span.start);
            if let Some(&(_, e)) = self.mentions[..before]
                .iter()
                .rev()
                .take(64)
                .find(|(_, e)| {
                    let ent = &self.entities[*e];
                    ent.kind == EntityKind::Organisation
                        && ent
                            .name
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(last))
                })
            {
                return Some(self.entities[e].name.clone());
            }
        }
        // (`the fisheries ministry`: a body named by its portfolio is no other
        // organisation than one whose name holds the noun.)
        let portfolio_body =
            words.len() > 2 && lower_in(PORTFOLIO_BODIES, last) && lower_in(&["the"], first);
        if !is_cap(last)
            && ORG_NOUN_SET.has(last)
            && lower_in(&["the", "its", "this", "that"], first)
            && !portfolio_body
        {
            // `the company`: the last organisation named before.
            let before = self.mentions.partition_point(|(s, _)| s.start < span.start);
            if let Some(&(_, e)) = self.mentions[..before]
                .iter()
                .rev()
                .take(64)
                .find(|(m, e)| {
                    self.entities[*e].kind == EntityKind::Organisation && !self.is_credit(m.start)
                })
            {
                return Some(self.entities[e].name.clone());
            }
        }
        head.map(|_| {
            let start = words
                .iter()
                .find(|w| !FUNCTION_SET.has(w.slice(text)))
                .map_or(span.start, |w| w.start);
            let end = words.last().map_or(span.end, |w| w.end);
            Cow::Borrowed(Span::new(start, end.max(start)).slice(text))
        })
    }

    /// The bearer of title `t` that a mention at byte `at` names (`the minister`): the
    /// last one named with it before, else the first named with it after.
    fn title_bearer(&self, t: u8, at: usize) -> Option<usize> {
        // (Found by halves in the table sorted by title and place: linear work overall.)
        let lo = self.titles.partition_point(|&(title, _, _)| title < t);
        let hi = self.titles.partition_point(|&(title, _, _)| title <= t);
        let bearers = self.titles.get(lo..hi)?;
        let before = bearers.partition_point(|&(_, _, start)| start < at);
        // (The last before, else the first after.)
        bearers.get(before.saturating_sub(1)).map(|&(_, e, _)| e)
    }

    /// The person an apposition described by the head noun `head` (`the rookie
    /// defenceman`) that a mention at byte `at` names: the last so described before, else
    /// the first after.
    fn described(&self, head: &str, at: usize) -> Option<usize> {
        let lo = self.descriptions.partition_point(|&(h, _, _)| h < head);
        let hi = self.descriptions.partition_point(|&(h, _, _)| h <= head);
        let people = self.descriptions.get(lo..hi)?;
        let before = people.partition_point(|&(_, start, _)| start < at);
        people.get(before.saturating_sub(1)).map(|&(_, _, e)| e)
    }

    /// The index of the last person mentioned before byte `at`.
    fn person_before(&self, at: usize) -> Option<usize> {
        let before = self.mentions.partition_point(|(s, _)| s.start < at);
        self.mentions[..before]
            .iter()
            .rev()
            .take(64)
            .find(|(_, e)| self.entities[*e].kind == EntityKind::Person)
            .map(|&(_, e)| e)
    }

    /// The last person named as the subject of a sentence before byte `at`: where the
    /// mention starts and the person's name.
    pub fn subject_person_before(
        &self,
        at: usize,
        female: Option<bool>,
    ) -> Option<(usize, Cow<'a, str>)> {
        let before = self.subjects.partition_point(|(s, _, _, _)| *s < at);
        self.subjects[..before]
            .iter()
            .rev()
            .take(32)
            .find(|&&(_, e, strong, until)| {
                // (A subject inside a quotation is none for a mention after it closes.)
                at <= until
                    &&
                // A person confirmed by a title or a lone surname, or whose first name
                // tells a gender, or who opens a sentence before its verb.
                self.entities[e].kind == EntityKind::Person
                    && (strong
                        || self.confirmed.get(e).copied().unwrap_or(false)
                        || self.gender.get(e).copied().flatten().is_some())
                    && self.agrees(e, female)
            })
            .map(|&(s, e, _, _)| (s, self.entities[e].name.clone()))
    }

    /// The name of the last person mentioned before byte `at` who may be referred to as
    /// `she` (`female`) or `he`: one whose gender is known to differ is passed over.
    pub fn agreeing_person_before(&self, at: usize, female: Option<bool>) -> Option<Cow<'a, str>> {
        let before = self.mentions.partition_point(|(s, _)| s.start < at);
        self.mentions[..before]
            .iter()
            .rev()
            .take(64)
            .find(|(_, e)| self.entities[*e].kind == EntityKind::Person && self.agrees(*e, female))
            .map(|&(_, e)| self.entities[e].name.clone())
    }

    fn agrees(&self, e: usize, female: Option<bool>) -> bool {
        match (female, self.gender.get(e).copied().flatten()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }

    /// Whether the person named `name` may be referred to as `she` (`female`) or `he`.
    pub fn name_agrees(&self, name: &str, female: Option<bool>) -> bool {
        self.people
            .get(name)
            .is_none_or(|&e| self.agrees(e, female))
    }

    /// Whether the mention starting at byte `start` is a photo credit's (`ANTARA
    /// FOTO/Reuters`): it names no one in the story.
    fn is_credit(&self, start: usize) -> bool {
        self.credits.binary_search(&start).is_ok()
    }

    /// The name of the organisation mentioned last before byte `at`, if any (no photo
    /// credit's).
    pub fn last_organisation_before(&self, at: usize) -> Option<Cow<'a, str>> {
        let before = self.mentions.partition_point(|(s, _)| s.start < at);
        self.mentions[..before]
            .iter()
            .rev()
            .take(64)
            .find(|(m, e)| {
                self.entities[*e].kind == EntityKind::Organisation && !self.is_credit(m.start)
            })
            .map(|&(_, e)| self.entities[e].name.clone())
    }

    /// Whether `name` is the name of a person of the table.
    pub fn is_person(&self, name: &str) -> bool {
        self.people.contains_key(name)
    }

    /// The name of the person mentioned last before byte `at`, if any.
    pub fn last_person_before(&self, at: usize) -> Option<Cow<'a, str>> {
        self.person_before(at)
            .map(|e| self.entities[e].name.clone())
    }
}

/// Whether a possessive `'s` (or `’s`) ends a word between bytes `from` and `to` of
/// `text`.
fn possessive_after(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|t| t.contains("'s ") || t.contains("\u{2019}s "))
}

/// The words of `span` ([`tokens`]): held in `inline` when they are few (most mentions),
/// in `spill` otherwise, with no allocation for a short mention.
fn words_in<'b>(
    text: &str,
    span: Span,
    inline: &'b mut [Span; 8],
    spill: &'b mut Vec<Span>,
) -> &'b [Span] {
    let mut n = 0;
    for w in tokens(text, span) {
        if n < inline.len() {
            inline[n] = w;
            n += 1;
        } else {
            if spill.is_empty() {
                spill.extend_from_slice(&inline[..]);
            }
            spill.push(w);
        }
    }
    if spill.is_empty() {
        &inline[..n]
    } else {
        spill
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../examples/seed.txt");

    fn at(text: &str, needle: &str, nth: usize) -> Span {
        let s = text.match_indices(needle).nth(nth).map(|(i, _)| i).unwrap();
        Span::new(s, s + needle.len())
    }

    #[test]
    fn titles_peeled_and_surnames_resolved() {
        let doc = Document::new(SEED);
        let t = EntityTable::build(&doc);
        let r = |n: &str, k: usize| t.resolve(&doc, at(SEED, n, k)).map(|c| c.into_owned());
        assert_eq!(
            r("US Secretary of State Marco Rubio", 0).as_deref(),
            Some("Marco Rubio")
        );
        assert_eq!(r("Secretary Rubio", 0).as_deref(), Some("Marco Rubio"));
        assert_eq!(r("President Bukele", 0).as_deref(), Some("Nayib Bukele"));
        assert_eq!(r("CNN", 0).as_deref(), Some("CNN"));
        assert_eq!(
            r("the US Department of State", 0).as_deref(),
            Some("US Department of State")
        );
        assert_eq!(r("the Secretary", 0).as_deref(), Some("Marco Rubio"));
        assert!(
            t.entities()
                .iter()
                .any(|e| e.name == "Alexandra Hill Tinoco")
        );
    }

    #[test]
    fn resolving_given_words_agrees_with_resolving_the_span() {
        let doc = Document::new(SEED);
        let t = EntityTable::build(&doc);
        // Every span of one to six words of the seed, and the same span with its edges
        // moved into the words and the white space around them.
        let all: Vec<Span> = tokens(SEED, Span::new(0, SEED.len())).collect();
        for i in 0..all.len() {
            for j in i..all.len().min(i + 6) {
                for (ds, de) in [(0, 0), (1, 0), (0, 1), (0, 2)] {
                    let (s, e) = (all[i].start + ds, all[j].end + de);
                    if e > SEED.len() || !SEED.is_char_boundary(s) || !SEED.is_char_boundary(e) {
                        continue;
                    }
                    let span = Span::new(s, e);
                    let words: Vec<Span> = tokens(SEED, span).collect();
                    assert_eq!(
                        t.resolve_tokenised(&doc, span, &words),
                        t.resolve(&doc, span),
                        "{:?}",
                        span.slice(SEED)
                    );
                }
            }
        }
    }

    #[test]
    fn description_from_an_apposition() {
        let text = "Caleb Jones, a rookie defenceman, scored twice. The rookie defenceman smiled.";
        let doc = Document::new(text);
        let t = EntityTable::build(&doc);
        assert_eq!(
            t.resolve(&doc, at(text, "The rookie defenceman", 0))
                .as_deref(),
            Some("Caleb Jones")
        );
    }

    #[test]
    fn a_description_names_the_last_person_so_described_before_it() {
        let text = "Caleb Jones, a rookie defenceman, scored twice. The rookie defenceman smiled. \
                    Ty Moss, a rookie defenceman, scored once. The rookie defenceman frowned.";
        let doc = Document::new(text);
        let t = EntityTable::build(&doc);
        let r = |k: usize| t.resolve(&doc, at(text, "The rookie defenceman", k));
        assert_eq!(r(0).as_deref(), Some("Caleb Jones"));
        assert_eq!(r(1).as_deref(), Some("Ty Moss"));
    }

    #[test]
    fn pronoun_and_ministry() {
        let text = "Foreign Minister Anna Berg met the Ministry of Trade on Monday. She said the talks went well. The ministry agreed.";
        let doc = Document::new(text);
        let t = EntityTable::build(&doc);
        assert_eq!(
            t.resolve(&doc, at(text, "She", 0)).as_deref(),
            Some("Anna Berg")
        );
        assert_eq!(
            t.resolve(&doc, at(text, "The ministry", 0)).as_deref(),
            Some("Ministry of Trade")
        );
    }
}
