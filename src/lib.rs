//! # newswire
//!
//! Reads the text of wire-service news stories (AP, Reuters, AFP, Xinhua, ANI, PTI, IANS,
//! UPI, EFE, dpa, Kyodo, Yonhap ...) into a typed model: the **dateline** (place, date,
//! agency) and credits, the **quotes and attributions** (who said what), and the
//! **agreements** (who agreed to, promised, offered, signed or rejected what, with whom).
//!
//! One call parses an article; the result borrows from the text:
//!
//! ```
//! let text = "NAIROBI, Kenya (AP) — Officials said Monday that talks would resume.";
//! let article = newswire::parse(text);
//! let dateline = article.dateline.as_ref().unwrap();
//! assert_eq!(dateline.place.as_deref(), Some("NAIROBI"));
//! assert_eq!(dateline.region.as_deref(), Some("Kenya"));
//! assert_eq!(dateline.agencies, [newswire::Agency::Ap]);
//! assert_eq!(article.credits, [newswire::Agency::Ap]);
//! ```
//!
//! Walk the quotations by speaker: every source carries the fullest name the article gives
//! (`the statement` is the US Department of State, `He` is Nayib Bukele):
//!
//! ```
//! let text = "LONDON (Reuters) - \"Talks will resume,\" Foreign Secretary Jane Hale said \
//!             on Monday. Hale added that she expected a deal by June.";
//! let article = newswire::parse(text);
//! for a in &article.attributions {
//!     let who = a.source.as_ref().and_then(|s| s.name.as_deref()).unwrap_or("?");
//!     println!("{who} ({:?}): {}", a.kind, a.content.text);
//! }
//! let first = &article.attributions[0];
//! assert_eq!(first.kind, newswire::AttributionKind::Direct);
//! assert_eq!(first.content.text, "Talks will resume,");
//! assert_eq!(first.source.as_ref().unwrap().name.as_deref(), Some("Jane Hale"));
//! assert_eq!(first.cue.as_ref().unwrap().text, "said");
//! ```
//!
//! List who agreed to what, with whom:
//!
//! ```
//! let text = "HANOI, Oct 14 (Reuters) - Vietnam and South Korea signed a trade pact on \
//!             Tuesday, and Seoul agreed to open its market to Vietnamese fruit.";
//! let article = newswire::parse(text);
//! for g in &article.agreements {
//!     let parties: Vec<&str> = g.parties.iter().map(|p| p.text.as_ref()).collect();
//!     println!("{} {:?} by {:?}", g.trigger.text, g.status, parties);
//! }
//! let signed = &article.agreements[0];
//! assert_eq!(signed.status, newswire::Status::Signed);
//! assert_eq!(signed.instrument.as_ref().unwrap().text, "a trade pact");
//! let agreed = &article.agreements[1];
//! assert_eq!(agreed.status, newswire::Status::Agreed);
//! assert_eq!(agreed.action.as_ref().unwrap().text, "open its market to Vietnamese fruit");
//! ```
//!
//! A [`Parser`] carries options (a size limit), and [`parse_bytes`] checks raw bytes:
//!
//! ```
//! let err = newswire::parse_bytes(b"caf\xC3").unwrap_err();
//! assert_eq!(err, newswire::Error::InvalidUtf8 { offset: 3 });
//!
//! let parser = newswire::Parser::new().max_bytes(10);
//! assert!(parser.parse("a story longer than ten bytes").is_err());
//! ```
//!
//! Keep a result beyond the text's life with [`Article::into_owned`]:
//!
//! ```
//! let owned: newswire::OwnedArticle = {
//!     let text = String::from("BEIJING, Feb. 4 (Xinhua) -- Markets rose.");
//!     newswire::parse(&text).into_owned()
//! };
//! assert_eq!(owned.dateline.unwrap().date.unwrap().month, Some(2));
//! ```
//!
//! With the default `serde` feature every type serializes to the JSON contract that the
//! `newswire` command-line tool writes.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod agency;
pub mod agreement;
pub mod attribution;
pub mod credits;
pub mod dateline;
pub mod entity;
mod error;
#[cfg(feature = "jsonl")]
pub mod jsonl;
mod lexicon;
pub mod model;
pub mod quote;
pub mod render;
#[cfg(feature = "schema")]
pub mod schema;
#[cfg(test)]
mod testing;
pub mod text;

pub use agency::Agency;
pub use error::Error;
pub use model::{
    Agreement, Article, Attribution, AttributionKind, Credit, CreditKind, Date, Dateline, Entity,
    EntityKind, Excerpt, Mention, OwnedArticle, Person, Quote, QuoteKind, Span, Status,
};

/// Parses an article with the default options.
///
/// Never panics and takes time linear in the text's length.
pub fn parse(text: &str) -> Article<'_> {
    Parser::new().parse_unchecked(text)
}

/// Parses an article given as raw bytes, reporting invalid UTF-8 with its byte offset.
pub fn parse_bytes(bytes: &[u8]) -> Result<Article<'_>, Error> {
    Parser::new().parse_bytes(bytes)
}

/// A parser with options. [`Parser::new`] gives the defaults that [`parse`] uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parser {
    max_bytes: usize,
    attributions: bool,
    agreements: bool,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// The default size limit: 64 MiB.
    pub const DEFAULT_MAX_BYTES: usize = 64 << 20;

    /// A parser with the default options: every stage on, a 64 MiB size limit.
    pub const fn new() -> Self {
        Parser {
            max_bytes: Self::DEFAULT_MAX_BYTES,
            attributions: true,
            agreements: true,
        }
    }

    /// Sets the size limit: longer articles give [`Error::TooLarge`].
    pub const fn max_bytes(mut self, limit: usize) -> Self {
        self.max_bytes = limit;
        self
    }

    /// Turns the quotes and attributions stage on or off (on by default).
    pub const fn attributions(mut self, on: bool) -> Self {
        self.attributions = on;
        self
    }

    /// Turns the agreements stage on or off (on by default).
    pub const fn agreements(mut self, on: bool) -> Self {
        self.agreements = on;
        self
    }

    /// Parses `text`, or says why not (it is over the size limit).
    pub fn parse<'a>(&self, text: &'a str) -> Result<Article<'a>, Error> {
        if text.len() > self.max_bytes {
            return Err(Error::TooLarge {
                len: text.len(),
                limit: self.max_bytes,
            });
        }
        Ok(self.parse_unchecked(text))
    }

    /// Parses raw bytes, reporting invalid UTF-8 with the offset of the first bad byte.
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Article<'a>, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        self.parse(text)
    }

    /// Parses many articles on `threads` threads, keeping their order; each result is what
    /// [`Parser::parse`] gives for that text.
    ///
    /// ```
    /// let texts = ["BEIJING, Feb. 4 (Xinhua) -- Markets rose.", "No dateline here."];
    /// let articles = newswire::Parser::new().parse_many(&texts, 2);
    /// assert_eq!(articles.len(), 2);
    /// assert!(articles[0].as_ref().unwrap().dateline.is_some());
    /// assert!(articles[1].as_ref().unwrap().dateline.is_none());
    /// ```
    #[cfg(feature = "parallel")]
    pub fn parse_many<'a>(
        &self,
        texts: &[&'a str],
        threads: usize,
    ) -> Vec<Result<Article<'a>, Error>> {
        let threads = threads.clamp(1, texts.len().max(1));
        if threads == 1 {
            return texts.iter().map(|t| self.parse(t)).collect();
        }
        let chunk = texts.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let handles: Vec<_> = texts
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || part.iter().map(|t| self.parse(t)).collect::<Vec<_>>())
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    }

    fn parse_unchecked<'a>(&self, text: &'a str) -> Article<'a> {
        let mut doc = text::Document::new(text);
        let dateline = dateline::find(text);
        let credit_lines = credits::find(&doc, dateline.as_ref());
        // What stands up to the dateline's end (headline, byline, dateline) is read; the
        // later stages see the story from there on, the headline excepted: it may hold an
        // attribution of its own (`Lynch: No outside influence ...`).
        if let Some(d) = &dateline {
            doc.skip_dateline(d.span);
        }
        let credits = credits::agencies(dateline.as_ref(), &credit_lines);
        let entities = entity::EntityTable::build(&doc);
        let (quotes, attributions) = if self.attributions {
            let quotes = quote::find(&doc);
            let attributions = attribution::extract(&doc, &quotes, &entities);
            (quotes, attributions)
        } else {
            Default::default()
        };
        let agreements = if self.agreements {
            agreement::extract(&doc, &entities, &attributions)
        } else {
            Vec::new()
        };
        Article {
            dateline,
            credits,
            credit_lines,
            quotes,
            attributions,
            agreements,
            entities: entities.into_entities(),
        }
    }
}

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
