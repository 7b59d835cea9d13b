//! A run of capitalised words, and the rules that tell what it names: a person (titles
//! peeled off), an organisation, or something else (a place, a participle, a number);
//! what is found is recorded in [`Finds`].

use super::lexicon::{
    NAME_BREAKER_SET, ORG_WORD_SET, PERSON_NOUNS, PLACE_LEAD_SET, PLACE_SET, TITLE_SET, lower_in,
    title_index, title_of,
};
use super::shape::{is_acronym, is_cap};
use crate::model::{EntityKind, Span};

/// A person's or organisation's name found in the text, before merging.
#[derive(Debug, Clone)]
pub(super) struct Found {
    /// The name part (titles peeled off for people).
    pub(super) name: Span,
    /// The whole run as printed, titles included.
    pub(super) run: Span,
    pub(super) kind: EntityKind,
    /// The number of words of the name.
    pub(super) words: usize,
    /// The last word of the name.
    pub(super) last: Span,
    /// The title words before the name: a range of [`Finds::titles`].
    pub(super) titles: std::ops::Range<usize>,
}

/// The names found in a document, and the titles before them.
#[derive(Debug, Default)]
pub(super) struct Finds {
    pub(super) found: Vec<Found>,
    /// Titles as indexes into [`TITLES`](super::lexicon::TITLES), in runs
    /// ([`Found::titles`]).
    pub(super) titles: Vec<u8>,
}

impl Finds {
    /// Records the whole of a run (`run`, its words) as the name of a `kind`.
    fn whole(&mut self, run: &[Span], kind: EntityKind) {
        let whole = Span::new(run[0].start, run[run.len() - 1].end);
        self.found.push(Found {
            name: whole,
            run: whole,
            kind,
            words: run.len(),
            last: run[run.len() - 1],
            titles: 0..0,
        });
    }
}

/// A run of words that may be a name: their spans, and the indexed word lists of each
/// ([`Words::lists_of`](super::lexicon::Words::lists_of)).
#[derive(Debug, Default)]
pub(super) struct Run {
    spans: Vec<Span>,
    lists: Vec<u64>,
}

impl Run {
    pub(super) fn push(&mut self, w: Span, lists: u64) {
        self.spans.push(w);
        self.lists.push(lists);
    }

    pub(super) fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    pub(super) fn clear(&mut self) {
        self.spans.clear();
        self.lists.clear();
    }

    /// The words from `i` on, taken off this run.
    fn split_off(&mut self, i: usize) -> Run {
        Run {
            spans: self.spans.split_off(i),
            lists: self.lists.split_off(i),
        }
    }
}

/// Classifies a finished run of capitalised words and records it (`words`: a buffer for
/// the run's words, reused from run to run).
#[inline]
pub(super) fn flush<'t>(
    text: &'t str,
    run: &mut Run,
    found: &mut Finds,
    before: &str,
    words: &mut Vec<&'t str>,
) {
    if !run.is_empty() {
        flush_run(text, run, found, before, words);
        run.clear();
    }
}

/// [`flush`] for a run of one word or more.
fn flush_run<'t>(
    text: &'t str,
    run: &mut Run,
    found: &mut Finds,
    before: &str,
    words: &mut Vec<&'t str>,
) {
    // Linking words never end a run.
    while run.spans.last().is_some_and(|w| !is_cap(w.slice(text))) {
        run.spans.pop();
        run.lists.pop();
    }
    if run.is_empty() {
        return;
    }
    if run.spans.len() == 1 {
        flush_word(text, run.spans[0], run.lists[0], found, before);
        return;
    }
    // `Sen. Richard Shelby of Alabama`: `of` after a name (not after a title or an
    // organisation word) ends the name (after a title: from the third word on).
    if let Some(i) = (2..run.spans.len()).find(|&i| {
        let prev = run.lists[i - 1];
        run.spans[i].slice(text) == "of"
            && !TITLE_SET.in_lists(prev)
            && !ORG_WORD_SET.in_lists(prev)
            && run.lists[..i - 1].iter().any(|&l| TITLE_SET.in_lists(l))
    }) {
        let mut rest = run.split_off(i);
        flush(text, run, found, before, words);
        rest.spans.remove(0);
        rest.lists.remove(0);
        flush(text, &mut rest, found, "of", words);
        return;
    }
    words.clear();
    words.extend(run.spans.iter().map(|w| w.slice(text)));
    let (words, lists, run) = (&words[..], &run.lists[..], &mut run.spans);
    let whole = Span::new(run[0].start, run[run.len() - 1].end);
    // People: the name is what follows the last title word.
    let last_title = words
        .iter()
        .zip(lists)
        .rposition(|(w, &l)| TITLE_SET.in_lists(l) || *w == "of");
    let titled_person = last_title.is_some_and(|t| {
        let rest = &words[t + 1..];
        !rest.is_empty()
            && rest.len() <= 4
            && words[t] != "of"
            && !rest
                .iter()
                .zip(&lists[t + 1..])
                .any(|(w, &l)| ORG_WORD_SET.in_lists(l) || is_acronym(w))
    });
    let org = !titled_person
        && (lists.iter().any(|&l| ORG_WORD_SET.in_lists(l))
            || (words.len() == 1
                && is_acronym(words[0])
                && (2..=5).contains(&words[0].len())
                && !PLACE_SET.in_lists(lists[0])));
    if org {
        found.whole(run, EntityKind::Organisation);
        run.clear();
        return;
    }
    let name_from = last_title.map_or(0, |i| i + 1);
    if name_from >= words.len() {
        run.clear();
        return;
    }
    let name_words = &words[name_from..];
    let name_lists = &lists[name_from..];
    let titled = last_title.is_some_and(|t| words[t] != "of");
    // `Veterans Affairs Canada`, `Global Affairs Canada`: a department named for its
    // country, not a person titled `affairs`.
    if titled && name_words.len() == 1 && PLACE_SET.in_lists(name_lists[0]) {
        found.whole(run, EntityKind::Organisation);
        run.clear();
        return;
    }
    // A place (`in New York`) or a participle opening a sentence is no person.
    let place = !titled
        && (name_lists.iter().any(|&l| PLACE_SET.in_lists(l)) || PLACE_LEAD_SET.has(before));
    // (`Speaking Tuesday`: the participle opens the run; `Education Minister Rob Fleming`:
    // a surname in -ing after a title, or after a first name, is still a name.)
    let participle = !titled
        && name_words
            .first()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    let odd = participle
        || name_words
            .iter()
            .zip(name_lists)
            .any(|(w, &l)| is_odd_name_word(w, l));
    if place || odd {
        found.whole(run, EntityKind::Other);
        run.clear();
        return;
    }
    if (name_words.len() >= 2 && name_words.len() <= 4) || titled {
        if name_words.iter().any(|w| is_acronym(w) && w.len() >= 2) {
            // `BC Hydro`: a name with an acronym is an organisation's.
            found.whole(run, EntityKind::Organisation);
            run.clear();
            return;
        }
        // `WHL commissioner Ron Robison`: a lower-case title right before the run is
        // the person's too.
        let from = found.titles.len();
        for (w, &l) in words[..name_from].iter().zip(lists) {
            if TITLE_SET.in_lists(l) {
                found.titles.extend(title_index(w));
            }
        }
        if !is_cap(before) {
            found.titles.extend(title_of(before));
        }
        found.found.push(Found {
            name: Span::new(run[name_from].start, whole.end),
            run: whole,
            kind: EntityKind::Person,
            words: run.len() - name_from,
            last: run[run.len() - 1],
            titles: from..found.titles.len(),
        });
    } else if name_words.len() == 1 {
        // A lone capitalised word: a surname perhaps; recorded as Other and merged with a
        // person of that last name when one is found. A person known by one name is
        // described as one (`Yuni, a resident of Lampung,`, `Roman, 45,`).
        let kind = if !is_acronym(name_words[0]) && person_apposition(text, whole.end) {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        found.whole(run, kind);
    }
    run.clear();
}

/// [`flush_run`] for a run of one capitalised word `w` (its indexed word lists `lists`,
/// as [`Words::lists_of`](super::lexicon::Words::lists_of) gives them), after the word
/// `before`: the same tests, for one word.
fn flush_word(text: &str, w: Span, lists: u64, found: &mut Finds, before: &str) {
    let word = w.slice(text);
    let run = [w];
    let org = ORG_WORD_SET.in_lists(lists)
        || (is_acronym(word) && (2..=5).contains(&word.len()) && !PLACE_SET.in_lists(lists));
    if org {
        // (A title alone is no person: an organisation when it is one.)
        found.whole(&run, EntityKind::Organisation);
        return;
    }
    if TITLE_SET.in_lists(lists) {
        return;
    }
    // A place (`in New York`) or a participle opening a sentence is no person.
    let place = PLACE_SET.in_lists(lists) || PLACE_LEAD_SET.has(before);
    let odd = word.len() > 4 && word.ends_with("ing") || is_odd_name_word(word, lists);
    let kind = if place || odd {
        EntityKind::Other
    } else if !is_acronym(word) && person_apposition(text, w.end) {
        // A lone capitalised word: a surname perhaps; recorded as Other and merged with
        // a person of that last name when one is found. A person known by one name is
        // described as one (`Yuni, a resident of Lampung,`, `Roman, 45,`).
        EntityKind::Person
    } else {
        EntityKind::Other
    };
    found.whole(&run, kind);
}

/// Whether `w` (its indexed word lists `lists`) can be no word of a person's name: it is a
/// short function word (`by`, `the`), or it holds a digit or is hyphenated with a part in
/// lower case (not `Jean-Pierre`).
fn is_odd_name_word(w: &str, lists: u64) -> bool {
    if NAME_BREAKER_SET.in_lists(lists) {
        return true;
    }
    // (One pass over the bytes for the rare digit or hyphen.)
    let b = w.as_bytes();
    b.iter().any(|&c| c.is_ascii_digit() || c == b'-')
        && (b.iter().any(u8::is_ascii_digit)
            || w.chars().skip(1).any(char::is_lowercase) && w.split('-').any(|p| !is_cap(p)))
}

/// Whether the text at byte `at` opens an apposition that describes a person: `, 45,` or
/// `, a resident of ...` / `, an 18-year-old student who ...` (a title or a person's noun
/// heads it).
fn person_apposition(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && rest[digits..].starts_with(',') {
        return true;
    }
    let Some(desc) = ["a ", "an "].iter().find_map(|d| rest.strip_prefix(d)) else {
        return false;
    };
    let mut end = desc.find([',', '.', ';', '(', '—']).unwrap_or(desc.len());
    for stop in [" of ", " who ", " in ", " at ", " from ", " with ", " and "] {
        if let Some(i) = desc[..end].find(stop) {
            end = i;
        }
    }
    if end > 60 {
        return false;
    }
    let head = desc[..end].split_whitespace().last().unwrap_or("");
    head.chars().all(|c| c.is_lowercase() || c == '-')
        && (TITLE_SET.has(head) || lower_in(PERSON_NOUNS, head))
}
