//! The scan: one pass over the words of every sentence of a document, which gathers the
//! runs of capitalised words (each classified by [`flush`]) and notes where sentences (or
//! their subjects, after an opening phrase) start; photo captions and credits, which name
//! no one in the story, are told apart as it goes.

use super::lexicon::{CALENDAR_SET, FUNCTION_SET, Words, is_linker, is_title};
use super::run::{Finds, Run, flush};
use super::shape::is_cap;
use super::tokens::SentenceWords;
use crate::text::Document;

/// What one pass over the words of a document finds: the runs of capitalised words, and
/// where sentences (or their subjects after an opening phrase) start.
pub(super) struct Scan {
    pub(super) found: Finds,
    /// (start, whether the word opens the sentence itself, not after `The`).
    pub(super) subject_starts: Vec<(usize, bool)>,
    /// Words right after the comma that closes an opening phrase.
    pub(super) comma_starts: Vec<usize>,
}

impl Scan {
    /// Scans the words of every sentence of `doc`.
    #[inline(never)]
    pub(super) fn of(doc: &Document<'_>, sentence_words: &SentenceWords) -> Scan {
        let text = doc.text();
        // (Each name holds a word that may start one: no more names than such words, held
        // without growing; as many as a word in four at most.)
        let mut found = Finds {
            found: Vec::with_capacity(
                (sentence_words.name_starts.len()).min(sentence_words.words.len() / 4),
            ),
            titles: Vec::with_capacity(16),
        };
        let sentences = doc.sentences().len();
        // (start, whether the word opens the sentence itself, not after `The`).
        let mut subject_starts: Vec<(usize, bool)> = Vec::with_capacity(sentences);
        // Words right after the comma that closes an opening phrase (`Down the street, Mike
        // McFadden ...`): the subject, when a verb follows the name.
        let mut comma_starts: Vec<usize> = Vec::with_capacity(sentences / 4 + 4);
        let bytes = text.as_bytes();
        let mut run = Run::with_capacity(16);
        // The last paragraph tested for a caption, whether it is one, and its credit lead.
        let mut caption_of: Option<(usize, bool, Option<usize>)> = None;
        let mut paragraphs = ParagraphWalk::default();
        let mut name_starts = NameStarts {
            starts: &sentence_words.name_starts,
            at: 0,
        };
        for (si, &sent) in doc.sentences().iter().enumerate() {
            let para = paragraphs.at(doc, sent.start);
            // A photo caption or credit (`(Jane Roe/CBC)`) has no subject of the story.
            let (caption, lead) = match (para, caption_of) {
                (None, _) => (false, None),
                (Some(p), Some((q, c, lead))) if p == q => (c, lead),
                (Some(p), _) => {
                    let para_text = doc.paragraphs()[p].slice(text);
                    let lead = credit_lead(para_text);
                    let c = is_caption(para_text, lead);
                    caption_of = Some((p, c, lead));
                    (c, lead)
                }
            };
            // (`The Canadian Press A train ...`: the credit is dropped, and no `Press A`.)
            let credit_cut = para
                .map(|p| doc.paragraphs()[p])
                .filter(|p| p.start == sent.start)
                .and(lead)
                .map(|k| sent.start + k);
            run.clear();
            let words = sentence_words.sentence(si);
            let first_word = sentence_words.first_word(si);
            let mut before_run = "";
            // The lists of the sentence's first word, when looked up.
            let mut first_lists = None;
            let mut ti = 0;
            while ti < words.len() {
                // Past the first two words, a word in lower case (or a number) outside a run
                // records nothing: skipped to the next that may start a name.
                if ti >= 2 && run.is_empty() {
                    match name_starts.from(first_word + ti) {
                        Some(k) if k < first_word + words.len() => ti = k - first_word,
                        _ => break,
                    }
                }
                let w = words[ti];
                // (The end of the word before.)
                let last_end = ti.checked_sub(1).map_or(sent.start, |p| words[p].end);
                let ascii_capital = bytes.get(w.start).is_some_and(u8::is_ascii_uppercase);
                let first = ti == 0;
                let prev_word = || match ti {
                    0 => "",
                    _ => words[ti - 1].slice(text),
                };
                let opens = ti == 0
                    || ti == 1
                        && FUNCTION_SET.in_lists(
                            *first_lists.get_or_insert_with(|| Words::lists_of(prev_word())),
                        );
                if !caption && opens {
                    let opening = bytes.get(sent.start..w.start).unwrap_or(b"");
                    // (A word or two: read in place, not by a search.)
                    if opening.iter().all(|&b| b != b'(') {
                        subject_starts.push((w.start, ti == 0));
                    }
                }
                let capital = ascii_capital
                    || bytes.get(w.start).is_some_and(|&b| b >= 0x80) && is_cap(w.slice(text));
                // (The gap from the word before, read as bytes: spans of words start and end
                // on character boundaries.)
                let gap_is = |g: &[u8]| {
                    w.start.checked_sub(last_end) == Some(g.len())
                        && bytes.get(last_end..w.start) == Some(g)
                };
                if !caption && ti > 1 && ti <= 30 && capital && gap_is(b", ") {
                    comma_starts.push(w.start);
                }
                // (A run that holds no word has nothing to flush: the gap, [`joins`], is read
                // only for one that does.)
                if !run.is_empty() {
                    if credit_cut == Some(w.start) {
                        // The credit names who took the photo, no one in the story.
                        run.clear();
                    } else if !(gap_is(b" ")
                        || joins(text.get(last_end..w.start).unwrap_or(""), prev_word))
                    {
                        flush(text, &mut run, &mut found, before_run);
                    }
                }
                // (The word itself is read only when it may join a run: capitalised, or a
                // linker within one. Its bytes: a word's span starts and ends characters.)
                let word = if capital || !run.is_empty() {
                    bytes.get(w.start..w.end).unwrap_or_default()
                } else {
                    b""
                };
                // (The word's lists, looked up once for the run.)
                let lists = if capital {
                    Words::lists_of_token(word)
                } else {
                    0
                };
                if first && capital {
                    first_lists = Some(lists);
                }
                let cap = capital
                    && word != b"I"
                    && !(first && FUNCTION_SET.in_lists(lists))
                    && !CALENDAR_SET.in_lists(lists);
                if cap || !run.is_empty() && is_linker(word) {
                    if run.is_empty() {
                        before_run = prev_word();
                    }
                    let lists = if capital {
                        lists
                    } else {
                        Words::lists_of_token(word)
                    };
                    run.push(w, word, lists);
                } else {
                    flush(text, &mut run, &mut found, before_run);
                }
                ti += 1;
            }
            flush(text, &mut run, &mut found, before_run);
        }
        Scan {
            found,
            subject_starts,
            comma_starts,
        }
    }
}

/// The words that may start a name ([`SentenceWords::name_starts`]) from a word on, for
/// words asked in text order.
struct NameStarts<'s> {
    starts: &'s [usize],
    at: usize,
}

impl NameStarts<'_> {
    /// The first word from word `i` on (indexes of all the document's words) that may
    /// start a name.
    fn from(&mut self, i: usize) -> Option<usize> {
        while self.starts.get(self.at).is_some_and(|&k| k < i) {
            self.at += 1;
        }
        self.starts.get(self.at).copied()
    }
}

/// Finds the paragraph of each sentence: a walk forward from the last, for sentences in
/// text order ([`Document::paragraph_at`] otherwise).
#[derive(Default)]
struct ParagraphWalk {
    at: usize,
    last: usize,
}

impl ParagraphWalk {
    /// The index of the paragraph of `doc` holding byte `at`, if any.
    fn at(&mut self, doc: &Document<'_>, at: usize) -> Option<usize> {
        if at < self.last {
            return doc.paragraph_at(at);
        }
        self.last = at;
        let paragraphs = doc.paragraphs();
        while paragraphs.get(self.at).is_some_and(|p| p.end <= at) {
            self.at += 1;
        }
        paragraphs
            .get(self.at)
            .is_some_and(|p| p.start <= at)
            .then_some(self.at)
    }
}

/// Whether the words around `gap` (after the word `prev` gives, read only when needed)
/// hold together in a run: over spaces only, and over the full stop of a title or an
/// initial (`Mr. Hemming`, `John F. Kennedy`).
fn joins<'t>(gap: &str, prev: impl FnOnce() -> &'t str) -> bool {
    gap.chars()
        .all(|c| matches!(c, ' ' | '\u{a0}' | '\u{200b}' | '\u{feff}'))
        || (gap.starts_with('.') && gap[1..].chars().all(|c| c == ' ') && {
            let prev = prev();
            is_title(prev) || prev.len() == 1 && is_cap(prev)
        })
}

/// Where the caption starts in a paragraph led by its credit (`The Canadian Press A train
/// derailment is shown ...`): the byte after `Press `, when capitalised words lead to it and
/// a capital follows.
fn credit_lead(para: &str) -> Option<usize> {
    let mut n = para.len().min(40);
    while !para.is_char_boundary(n) {
        n -= 1;
    }
    // (The first ` Press ` within the window: a `P` after a space.)
    let window = &para.as_bytes()[..n];
    let i = memchr::memchr_iter(b'P', window)
        .filter(|&p| p >= 1)
        .map(|p| p - 1)
        .find(|&i| window.get(i..i + 7) == Some(b" Press "))?;
    let next = i + " Press ".len();
    (para[..i].split(' ').all(is_cap)
        && para[next..].starts_with(char::is_uppercase)
        && !para[next..].starts_with("Agency"))
    .then_some(next)
}

/// Whether paragraph `para` (led by a credit at `lead`, [`credit_lead`]) is a photo caption
/// or credit: it ends with a parenthesised credit (`(Jane Roe/CBC)`, `( THE CANADIAN PRESS
/// FILE PHOTO )`).
fn is_caption(para: &str, lead: Option<usize>) -> bool {
    if para.starts_with("Open this photo in gallery") {
        return true;
    }
    if lead.is_some() {
        return true;
    }
    let end = para.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    let Some(body) = end.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let credit = &body[open + 1..];
    credit.len() <= 80
        && (credit.contains('/')
            || credit.contains("PRESS")
            || credit.contains("Photo")
            || credit.contains("PHOTO")
            || credit.contains("Images"))
}
