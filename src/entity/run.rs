//! A run of capitalised words, and the rules that tell what it names: a person (titles
//! peeled off), an organisation, or something else (a place, a participle, a number);
//! what is found is recorded in [`Finds`].

use super::lexicon::{
    NAME_BREAKER_SET, ORG_WORD_SET, PERSON_NOUNS, PLACE_LEAD_SET, PLACE_SET, THING_ACRONYMS,
    TITLE_SET, Words, lower_in, title_index, title_of,
};
use super::shape::{Shape, is_cap, is_hyphenated_given_name};
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
    fn whole(&mut self, run: &[RunWord], kind: EntityKind) {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            return;
        };
        let whole = Span::new(first.span.start, last.span.end);
        self.found.push(Found {
            name: whole,
            run: whole,
            kind,
            words: run.len(),
            last: last.span,
            titles: 0..0,
        });
    }
}

/// A word of a [`Run`]: its span, the indexed word lists that hold it
/// ([`Words::lists_of`]) and its [`Shape`], read once when it joins the run.
#[derive(Debug, Clone, Copy)]
struct RunWord {
    span: Span,
    lists: u64,
    shape: Shape,
}

/// A run of words that may be a name.
#[derive(Debug, Default)]
pub(super) struct Run {
    words: Vec<RunWord>,
}

impl Run {
    /// A run with room for `n` words (most runs are short: it seldom grows).
    pub(super) fn with_capacity(n: usize) -> Self {
        Run {
            words: Vec::with_capacity(n),
        }
    }

    /// Adds word `w` (its bytes `word`), held by the lists `lists`.
    #[inline]
    pub(super) fn push(&mut self, w: Span, word: &[u8], lists: u64) {
        self.words.push(RunWord {
            span: w,
            lists,
            shape: Shape::of(word),
        });
    }

    pub(super) fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub(super) fn clear(&mut self) {
        self.words.clear();
    }
}

/// Whether any of `words` from `from` on is in `set`, or has the shape `shape` if one is
/// given.
fn any_from(words: &[RunWord], from: usize, set: Words, shape: Option<Shape>) -> bool {
    words
        .get(from..)
        .unwrap_or_default()
        .iter()
        .any(|w| set.in_lists(w.lists) || shape.is_some_and(|shape| w.shape.has(shape)))
}

/// Classifies a finished run of capitalised words (after the word `before`) and records
/// it.
#[inline]
pub(super) fn flush(text: &str, run: &mut Run, found: &mut Finds, before: &str) {
    if !run.is_empty() {
        flush_run(text, run, found, before);
        run.clear();
    }
}

/// [`flush`] for a run of one word or more: cut after a name at each `of` that ends one
/// ([`name_ends_at_of`]), each piece classified in turn. (A loop over slices, not a call per
/// piece: a run-on of `Sen. A of Sen. B of ...` stays linear in time and memory.) (Inlined
/// into the scan, which flushes a run at most once a word: a call cost more than its body.)
#[inline(always)]
fn flush_run(text: &str, run: &mut Run, found: &mut Finds, before: &str) {
    let mut words: &[RunWord] = &run.words;
    let mut before = before;
    loop {
        words = without_trailing_linkers(words);
        let Some(i) = name_ends_at_of(words) else {
            flush_piece(text, words, found, before);
            return;
        };
        // (No `of` before `i` ends a name: the piece before it is classified whole.)
        flush_piece(text, without_trailing_linkers(&words[..i]), found, before);
        words = words.get(i + 1..).unwrap_or_default();
        before = "of";
    }
}

/// `words` less the linking words at its end: they never end a run.
fn without_trailing_linkers(words: &[RunWord]) -> &[RunWord] {
    let keep = words
        .iter()
        .rposition(|w| w.shape.has(Shape::CAP))
        .map_or(0, |k| k + 1);
    &words[..keep]
}

/// `Sen. Richard Shelby of Alabama`: the first `of` after a name (not after a title or an
/// organisation word) that ends the name, when a title stands before the name (from the
/// run's third word on). One pass: whether a title stood before grows as it goes.
fn name_ends_at_of(words: &[RunWord]) -> Option<usize> {
    let mut titled = false;
    for i in 2..words.len() {
        // (A title among `words[..i - 1]`.)
        titled |= TITLE_SET.in_lists(words[i - 2].lists);
        let prev = words[i - 1].lists;
        if words[i].shape.has(Shape::OF)
            && !TITLE_SET.in_lists(prev)
            && !ORG_WORD_SET.in_lists(prev)
            && titled
        {
            return Some(i);
        }
    }
    None
}

/// The most words a name runs to. A longer run of capitalised words (a headline in title
/// case, capitals run on) names nothing: no entity is recorded for it.
const MAX_NAME_WORDS: usize = 12;

/// [`MAX_NAME_WORDS`] for a run that holds a title, which may open with a chain of
/// offices (`UAE Minister of State for Foreign Trade Sheikh Rashid bin Hamad Al Qasimi`).
const MAX_TITLED_RUN_WORDS: usize = 24;

/// The most bytes a name runs to, for the same reason as [`MAX_NAME_WORDS`]. Every later
/// mention that is resolved to an entity reads its name (and the model repeats it for
/// each), so an unbounded name would make that work, and the output, grow with the
/// square of the input.
const MAX_NAME_BYTES: usize = 160;

/// Classifies a piece of a run with no `of` that ends a name in it and no linking word at
/// its end (none, one word, or more).
fn flush_piece(text: &str, words: &[RunWord], found: &mut Finds, before: &str) {
    if let (Some(first), Some(last)) = (words.first(), words.last()) {
        let too_many = words.len() > MAX_TITLED_RUN_WORDS
            || words.len() > MAX_NAME_WORDS && !words.iter().any(|w| TITLE_SET.in_lists(w.lists));
        if too_many || last.span.end - first.span.start > MAX_NAME_BYTES {
            return;
        }
    }
    match words {
        [] => {}
        [w] => flush_word(text, *w, found, before),
        _ => flush_words(text, words, found, before),
    }
}

/// [`flush_piece`] for two words or more.
fn flush_words(text: &str, words: &[RunWord], found: &mut Finds, before: &str) {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let whole = Span::new(first.span.start, last.span.end);
    // People: the name is what follows the last title word.
    let last_title = words
        .iter()
        .rposition(|w| TITLE_SET.in_lists(w.lists) || w.shape.has(Shape::OF));
    let titled = last_title.is_some_and(|t| !words[t].shape.has(Shape::OF));
    let titled_person = titled
        && last_title.is_some_and(|t| {
            (1..=4).contains(&(words.len() - t - 1))
                && !any_from(words, t + 1, ORG_WORD_SET, Some(Shape::ACRONYM))
        });
    // (Two words or more: no lone acronym.)
    if !titled_person && words.iter().any(|w| ORG_WORD_SET.in_lists(w.lists)) {
        found.whole(words, EntityKind::Organisation);
        return;
    }
    let name_from = last_title.map_or(0, |i| i + 1);
    if name_from >= words.len() {
        return;
    }
    let name_len = words.len() - name_from;
    // `Veterans Affairs Canada`, `Global Affairs Canada`: a department named for its
    // country, not a person titled `affairs`.
    if titled && name_len == 1 && PLACE_SET.in_lists(words[name_from].lists) {
        found.whole(words, EntityKind::Organisation);
        return;
    }
    // (`Speaking Tuesday`: the participle opens the run; `Education Minister Rob Fleming`:
    // a surname in -ing after a title, or after a first name, is still a name.)
    let participle = !titled && words[name_from].shape.has(Shape::ING);
    // (`Industry Minister Gong Jae-hun`: after a title, a given name of hyphenated
    // syllables is no compound adjective.)
    let odd = participle
        || any_from(words, name_from, NAME_BREAKER_SET, None)
        || words[name_from..].iter().any(|w| {
            w.shape.has(Shape::ODD)
                && !(titled_person && is_hyphenated_given_name(w.span.slice(text)))
        });
    // A place (`in New York`) or a participle opening a sentence is no person.
    let place =
        !titled && (any_from(words, name_from, PLACE_SET, None) || PLACE_LEAD_SET.has(before));
    if odd || place {
        found.whole(words, EntityKind::Other);
        return;
    }
    if (2..=4).contains(&name_len) || titled {
        if words[name_from..]
            .iter()
            .any(|w| w.shape.has(Shape::ACRONYM))
        {
            // `BC Hydro`: a name with an acronym is an organisation's (`the
            // Surrey-Newton LRT`: not one ending in an acronym of a thing).
            let last = words[words.len() - 1].span.slice(text);
            let kind = if lower_in(THING_ACRONYMS, last) {
                EntityKind::Other
            } else {
                EntityKind::Organisation
            };
            found.whole(words, kind);
            return;
        }
        // `WHL commissioner Ron Robison`: a lower-case title right before the run is
        // the person's too.
        let from = found.titles.len();
        for w in &words[..name_from] {
            if TITLE_SET.in_lists(w.lists) {
                found.titles.extend(title_index(w.span.slice(text)));
            }
        }
        if !is_cap(before) {
            found.titles.extend(title_of(before));
        }
        found.found.push(Found {
            name: Span::new(words[name_from].span.start, whole.end),
            run: whole,
            kind: EntityKind::Person,
            words: name_len,
            last: words[words.len() - 1].span,
            titles: from..found.titles.len(),
        });
    } else if name_len == 1 {
        // A lone capitalised word: a surname perhaps; recorded as Other and merged with a
        // person of that last name when one is found. A person known by one name is
        // described as one (`Yuni, a resident of Lampung,`, `Roman, 45,`).
        let person =
            !words[name_from].shape.has(Shape::ACRONYM) && person_apposition(text, whole.end);
        found.whole(
            words,
            if person {
                EntityKind::Person
            } else {
                EntityKind::Other
            },
        );
    }
}

/// [`flush_run`] for a run of one capitalised word `word`, after the word `before`: the
/// same tests, for one word.
fn flush_word(text: &str, word: RunWord, found: &mut Finds, before: &str) {
    let RunWord {
        span: w,
        lists,
        shape,
    } = word;
    let run = [word];
    let acronym = shape.has(Shape::ACRONYM);
    // (`the MOU`: an acronym of a thing is no organisation.)
    let org = ORG_WORD_SET.in_lists(lists)
        || (acronym
            && (2..=5).contains(&w.len())
            && !PLACE_SET.in_lists(lists)
            && !lower_in(THING_ACRONYMS, w.slice(text)));
    if org {
        // (A title alone is no person: an organisation when it is one.)
        found.whole(&run, EntityKind::Organisation);
        return;
    }
    if TITLE_SET.in_lists(lists) {
        return;
    }
    // A lone capitalised word: a surname perhaps; recorded as Other and merged with a
    // person of that last name when one is found. A person known by one name is described
    // as one (`Yuni, a resident of Lampung,`, `Roman, 45,`); not a place (`in New York`),
    // a participle opening a sentence, or an acronym. (The word before is looked up last:
    // it is seldom needed.)
    let odd = shape.has(Shape::ING)
        || shape.has(Shape::ODD)
        || NAME_BREAKER_SET.in_lists(lists)
        || PLACE_SET.in_lists(lists);
    let person = !odd && !acronym && person_apposition(text, w.end) && !PLACE_LEAD_SET.has(before);
    found.whole(
        &run,
        if person {
            EntityKind::Person
        } else {
            EntityKind::Other
        },
    );
}

/// Whether the text at byte `at` opens an apposition that describes a person: `, 45,` or
/// `, a resident of ...` / `, an 18-year-old student who ...` (a title or a person's noun
/// heads it).
#[inline]
fn person_apposition(text: &str, at: usize) -> bool {
    // (Mostly no comma follows: told by the bytes in place, before a call reads the rest.)
    text.as_bytes().get(at..at.saturating_add(2)) == Some(b", ")
        && person_apposition_after_comma(text, at)
}

/// [`person_apposition`] at a byte `at` that `, ` follows.
#[inline(never)]
fn person_apposition_after_comma(text: &str, at: usize) -> bool {
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
    // (Only the first 60 bytes may hold the head, as in `apposition_end`: the description is
    // read no further than them and a stop word that starts within them, six bytes more.)
    let mut n = desc.len().min(67);
    while !desc.is_char_boundary(n) {
        n -= 1;
    }
    let desc = &desc[..n];
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
