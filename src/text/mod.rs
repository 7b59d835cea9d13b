//! The text layer: paragraphs, abbreviation-aware sentences, words and quote marks.
//!
//! Everything later (datelines, quotations, attributions, agreements) is built on the
//! [`Document`] this module makes: a single pass over the text that records where
//! paragraphs and sentences begin and end and where every quote mark stands.
//!
//! ```
//! use newswire::text::Document;
//! let doc = Document::new("Sen. Warren spoke in the U.S. Senate on Feb. 4. Mr. Smith left.\n\nNew paragraph.");
//! let sentences: Vec<&str> = doc.sentences().iter().map(|s| s.slice(doc.text())).collect();
//! assert_eq!(sentences, [
//!     "Sen. Warren spoke in the U.S. Senate on Feb. 4.",
//!     "Mr. Smith left.",
//!     "New paragraph.",
//! ]);
//! assert_eq!(doc.paragraphs().len(), 2);
//! ```

mod abbrev;
mod marks;
mod search;
mod sentence;

pub(crate) use abbrev::{Packed, listed as listed_packed, packed};
pub use marks::{QuoteMark, Role, Shape, quote_marks};
pub use sentence::{paragraphs, sentences_in};

use unicode_segmentation::UnicodeSegmentation;

use crate::model::Span;

/// A text with its paragraphs, sentences and quote marks found.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    text: &'a str,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    marks: Vec<QuoteMark>,
}

impl<'a> Document<'a> {
    /// Segments `text`.
    pub fn new(text: &'a str) -> Self {
        let paragraphs = paragraphs(text);
        let mut sentences = Vec::with_capacity(paragraphs.len() * 3);
        // (the search for sentence marks set up once for every paragraph)
        let marks = sentence::sentence_marks();
        for p in &paragraphs {
            sentence::sentences_with(text, *p, &marks, &mut sentences);
        }
        Document {
            text,
            paragraphs,
            sentences,
            marks: quote_marks(text),
        }
    }

    /// Cuts a dateline (or any span already read) out of the paragraphs and sentences, so
    /// that later stages never take its words for the story's: a sentence that holds it
    /// keeps what stands before it (a headline on the same line) and after it.
    ///
    /// ```
    /// use newswire::{Span, text::Document};
    /// let mut doc = Document::new("HAVANA (AP) -- \"We agreed,\" she said. Then she left.");
    /// doc.skip_dateline(Span::new(0, 15));
    /// let first = doc.sentences()[0];
    /// assert_eq!(first.slice(doc.text()), "\"We agreed,\" she said.");
    /// ```
    pub fn skip_dateline(&mut self, cut: Span) {
        let text = self.text;
        if cut.is_empty()
            || cut.end > text.len()
            || !text.is_char_boundary(cut.start)
            || !text.is_char_boundary(cut.end)
        {
            return;
        }
        let trimmed = |s: usize, e: usize| {
            let piece = &text[s..e];
            let t = piece.trim_start();
            let s = s + (piece.len() - t.len());
            Span::new(s, s + t.trim_end().len())
        };
        let split = |spans: &mut Vec<Span>| {
            let mut out = Vec::with_capacity(spans.len() + 1);
            for &sp in spans.iter() {
                if sp.end <= cut.start || sp.start >= cut.end {
                    out.push(sp);
                    continue;
                }
                for part in [
                    trimmed(sp.start, cut.start.max(sp.start)),
                    trimmed(cut.end.min(sp.end), sp.end),
                ] {
                    if !part.is_empty() {
                        out.push(part);
                    }
                }
            }
            *spans = out;
        };
        split(&mut self.paragraphs);
        split(&mut self.sentences);
    }

    /// The text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The paragraphs, in order, trimmed of surrounding white space.
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// The sentences, in order; none crosses a paragraph boundary.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// Every quote mark, in order.
    pub fn marks(&self) -> &[QuoteMark] {
        &self.marks
    }

    /// The index of the sentence holding byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }

    /// The index of the paragraph holding byte `at`, if any.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|s| s.end <= at);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= at).then_some(i)
    }

    /// The words of `span` (Unicode word boundaries; punctuation and spaces left out).
    pub fn words(&self, span: Span) -> impl Iterator<Item = Span> + 'a {
        words(self.text, span)
    }
}

/// The words of `text` within `span`, by Unicode word boundaries, as spans of `text`.
///
/// ```
/// use newswire::{Span, text::words};
/// let t = "He didn't go to the U.S. yesterday.";
/// let w: Vec<&str> = words(t, Span::new(0, t.len())).map(|s| s.slice(t)).collect();
/// assert_eq!(w, ["He", "didn't", "go", "to", "the", "U.S", "yesterday"]);
/// ```
pub fn words(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let base = span.start;
    text.get(span.range())
        .unwrap_or("")
        .split_word_bound_indices()
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphanumeric))
        .map(move |(i, w)| Span::new(base + i, base + i + w.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_and_paragraph_lookup() {
        let doc = Document::new("One. Two.\n\nThree.");
        assert_eq!(doc.sentence_at(0), Some(0));
        assert_eq!(doc.sentence_at(5), Some(1));
        assert_eq!(doc.sentence_at(4), None);
        assert_eq!(doc.paragraph_at(12), Some(1));
    }
}
