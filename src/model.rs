//! The article model: plain data that borrows from the input text.
//!
//! Every type here serializes (with the default `serde` feature) to the JSON contract that
//! pipelines store: spans are UTF-8 byte offsets into the text as received, `end`
//! exclusive; absent objects are `null` and absent lists `[]`, never omitted.
//!
//! Text fields are [`Cow`]s borrowing from the input. [`Article::into_owned`] turns a parse
//! result into an `Article<'static>` ([`OwnedArticle`]) for callers who keep it.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::agency::Agency;

/// A byte range of the article text: `start..end`, `end` exclusive, on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text` (empty if it is out of bounds).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range()).unwrap_or("")
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A piece of the article: its span and the text at that span.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Excerpt<'a> {
    /// Where it stands.
    pub span: Span,
    /// The slice of the input at `span`.
    pub text: Cow<'a, str>,
}

impl<'a> Excerpt<'a> {
    /// The excerpt of `text` at `span`. An out-of-bounds span gives empty text.
    pub fn of(text: &'a str, span: Span) -> Self {
        Excerpt {
            span,
            text: Cow::Borrowed(span.slice(text)),
        }
    }

    /// The same excerpt, owning its text.
    pub fn into_owned(self) -> Excerpt<'static> {
        Excerpt {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
        }
    }
}

/// A mention of an entity: an excerpt plus the fullest name the article gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Mention<'a> {
    /// Where it stands.
    pub span: Span,
    /// The words as printed (`"He"`, `"the statement"`).
    pub text: Cow<'a, str>,
    /// The fullest name the article gives this entity (`"Nayib Bukele"`), or `None`.
    pub name: Option<Cow<'a, str>>,
}

impl<'a> Mention<'a> {
    /// A mention at `span` of `text`, resolved to `name`.
    pub fn of(text: &'a str, span: Span, name: Option<Cow<'a, str>>) -> Self {
        Mention {
            span,
            text: Cow::Borrowed(span.slice(text)),
            name,
        }
    }

    /// The same mention, owning its text.
    pub fn into_owned(self) -> Mention<'static> {
        Mention {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            name: self.name.map(|n| Cow::Owned(n.into_owned())),
        }
    }
}

/// A date as a dateline prints it: only what is printed is filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Date {
    /// The year, four digits (a two-digit `89` is read as 1989); `None` if not printed.
    pub year: Option<u16>,
    /// The month, 1 to 12; `None` if not printed.
    pub month: Option<u8>,
    /// The day of the month, 1 to 31; `None` if not printed.
    pub day: Option<u8>,
}

/// Where, when and by whom a story was filed: `NAIROBI, Kenya (AP) — `.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Dateline<'a> {
    /// The whole dateline, up to and including its separator and one following space.
    pub span: Span,
    /// The text at `span`.
    pub text: Cow<'a, str>,
    /// The locality as printed (`"SAN SALVADOR"`, `"New Delhi"`), if any.
    pub place: Option<Cow<'a, str>>,
    /// The state, province or country printed with the place (`"Calif."`, `"Kenya"`).
    pub region: Option<Cow<'a, str>>,
    /// The date, holding only what the dateline prints; `None` if it prints none.
    pub date: Option<Date>,
    /// The agencies credited inside the dateline, in order.
    pub agencies: Vec<Agency>,
}

impl Dateline<'_> {
    /// The same dateline, owning its text.
    pub fn into_owned(self) -> Dateline<'static> {
        Dateline {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            place: self.place.map(|p| Cow::Owned(p.into_owned())),
            region: self.region.map(|r| Cow::Owned(r.into_owned())),
            date: self.date,
            agencies: self.agencies,
        }
    }
}

/// What kind of credit line a [`Credit`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum CreditKind {
    /// `By NAME` before the story.
    Byline,
    /// An agency tag closing the story: `(ANI)`, `--IANS`, `/PTI`, ` Reuter`.
    AgencyTag,
    /// `(Reporting by ...; Editing by ...)` and the like, with the people named.
    Staff,
    /// A wire slug such as `AP-NY-02-13-98 1426EST`.
    Slug,
    /// A syndication disclaimer (`(Except for the headline, this story has not been edited by NDTV staff ...)`).
    Disclaimer,
}

/// A credit line: a byline, a closing agency tag, a staff line, a slug or a disclaimer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Credit<'a> {
    /// What kind of credit this is.
    pub kind: CreditKind,
    /// The whole credit line.
    pub span: Span,
    /// The text at `span`.
    pub text: Cow<'a, str>,
    /// The agency it credits, if any.
    pub agency: Option<Agency>,
    /// The people it names, each with their role (`"Reporting"`, `"Editing"`, `"By"`).
    pub people: Vec<Person<'a>>,
}

impl Credit<'_> {
    /// The same credit, owning its text.
    pub fn into_owned(self) -> Credit<'static> {
        Credit {
            kind: self.kind,
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            agency: self.agency,
            people: self.people.into_iter().map(Person::into_owned).collect(),
        }
    }
}

/// A person named in a credit line, with the role the line gives them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Person<'a> {
    /// The name as printed.
    pub name: Excerpt<'a>,
    /// The role: `"By"`, `"Reporting"`, `"Editing"`, `"Writing"`, `"Additional reporting"`...
    pub role: Cow<'a, str>,
}

impl Person<'_> {
    /// The same person, owning the text.
    pub fn into_owned(self) -> Person<'static> {
        Person {
            name: self.name.into_owned(),
            role: Cow::Owned(self.role.into_owned()),
        }
    }
}

/// How an attribution reports its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum AttributionKind {
    /// The content is a quotation in marks.
    Direct,
    /// A paraphrase with a quoted fragment.
    Mixed,
    /// Reported speech without marks: `X said that ...`, `according to X, ...`.
    Indirect,
}

/// Whether a quoted passage is speech or a mark of another kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A quotation of what someone said or wrote.
    Speech,
    /// Scare quotes, a title or a nickname: not speech.
    Term,
}

/// A quoted passage: its marks and what stands between them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Quote<'a> {
    /// From the opening mark to the closing mark, both included (or to where the
    /// quotation ends when its closing mark is missing).
    pub span: Span,
    /// What stands between the marks.
    pub content: Excerpt<'a>,
    /// Speech, or a term in marks.
    pub kind: QuoteKind,
    /// The pieces of a quotation running over several paragraphs, in order.
    pub pieces: Vec<Excerpt<'a>>,
    /// Whether the closing mark is missing (an unbalanced or continued quotation).
    pub unclosed: bool,
}

impl Quote<'_> {
    /// The same quote, owning its text.
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            span: self.span,
            content: self.content.into_owned(),
            kind: self.kind,
            pieces: self.pieces.into_iter().map(Excerpt::into_owned).collect(),
            unclosed: self.unclosed,
        }
    }
}

/// One reported statement: who (source) said (cue) what (content).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attribution<'a> {
    /// Direct, mixed or indirect.
    pub kind: AttributionKind,
    /// The reported material; for direct quotes without the quote marks.
    pub content: Excerpt<'a>,
    /// Who said it, resolved to a name where the article gives one; `None` if unsaid.
    pub source: Option<Mention<'a>>,
    /// The word(s) that introduce it (`"said"`, `"according to"`, `:`), if any.
    pub cue: Option<Excerpt<'a>>,
    /// The pieces of an interrupted or multi-paragraph quotation, in order.
    pub parts: Vec<Excerpt<'a>>,
    /// Indexes into [`Article::quotes`] of the quotations this attribution reports.
    pub quotes: Vec<usize>,
}

impl Attribution<'_> {
    /// The same attribution, owning its text.
    pub fn into_owned(self) -> Attribution<'static> {
        Attribution {
            kind: self.kind,
            content: self.content.into_owned(),
            source: self.source.map(Mention::into_owned),
            cue: self.cue.map(Excerpt::into_owned),
            parts: self.parts.into_iter().map(Excerpt::into_owned).collect(),
            quotes: self.quotes,
        }
    }
}

/// The stage an agreement act has reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Status {
    /// Put forward for the other side to accept (`proposed`).
    Proposed,
    /// Offered (`offered to house ...`).
    Offered,
    /// Promised, pledged, vowed, committed.
    Promised,
    /// Agreed, accepted, struck or reached.
    Agreed,
    /// Signed, inked, initialled, concluded.
    Signed,
    /// Ratified or approved by a body.
    Ratified,
    /// Rejected, refused, declined.
    Rejected,
}

/// One act of offering, promising, agreeing, signing, ratifying, proposing or rejecting.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Agreement<'a> {
    /// The predicate (`"agreed"`, `"signed"`, `"struck"`).
    pub trigger: Excerpt<'a>,
    /// How far the act went.
    pub status: Status,
    /// The trigger is negated (`did not sign`).
    pub negated: bool,
    /// Only planned, expected or conditional (`will sign`).
    pub future: bool,
    /// Who agrees, signs or promises (each conjunct; a passive's by-phrase).
    pub parties: Vec<Mention<'a>>,
    /// The other side, where named (`with X`, `to X`).
    pub counterparties: Vec<Mention<'a>>,
    /// The agreement's noun phrase (`a civil nuclear cooperation MOU`).
    pub instrument: Option<Excerpt<'a>>,
    /// What is committed to (`take back all ...`).
    pub action: Option<Excerpt<'a>>,
    /// Who reports the act, when it is reported speech.
    pub source: Option<Mention<'a>>,
    /// Index into [`Article::attributions`] of the attribution that reports it.
    pub attribution: Option<usize>,
}

impl Agreement<'_> {
    /// The same agreement, owning its text.
    pub fn into_owned(self) -> Agreement<'static> {
        Agreement {
            trigger: self.trigger.into_owned(),
            status: self.status,
            negated: self.negated,
            future: self.future,
            parties: self.parties.into_iter().map(Mention::into_owned).collect(),
            counterparties: self
                .counterparties
                .into_iter()
                .map(Mention::into_owned)
                .collect(),
            instrument: self.instrument.map(Excerpt::into_owned),
            action: self.action.map(Excerpt::into_owned),
            source: self.source.map(Mention::into_owned),
            attribution: self.attribution,
        }
    }
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, government body, company or news outlet.
    Organisation,
    /// A document or statement that speaks (`the statement`, `a court filing`).
    Document,
    /// Not known.
    Other,
}

/// An entity the article names: a person, an organisation, a document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entity<'a> {
    /// The fullest name the article gives it.
    pub name: Cow<'a, str>,
    /// What it is.
    pub kind: EntityKind,
    /// Where it is mentioned, in order.
    pub mentions: Vec<Span>,
}

impl Entity<'_> {
    /// The same entity, owning its text.
    pub fn into_owned(self) -> Entity<'static> {
        Entity {
            name: Cow::Owned(self.name.into_owned()),
            kind: self.kind,
            mentions: self.mentions,
        }
    }
}

/// A parsed article. Borrows from the text it was parsed from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Article<'a> {
    /// Where, when and by whom the story was filed; `None` if it has no dateline.
    pub dateline: Option<Dateline<'a>>,
    /// Each agency credited anywhere in the article, once, in order of first credit.
    pub credits: Vec<Agency>,
    /// Bylines, closing agency tags, staff lines, slugs and disclaimers.
    pub credit_lines: Vec<Credit<'a>>,
    /// Every quoted passage, speech or not, in order.
    pub quotes: Vec<Quote<'a>>,
    /// Every reported statement, in order of its content.
    pub attributions: Vec<Attribution<'a>>,
    /// Every agreement act, in order of its trigger.
    pub agreements: Vec<Agreement<'a>>,
    /// The people, organisations and documents the article names.
    pub entities: Vec<Entity<'a>>,
}

/// An article that owns its text, for callers who keep results.
pub type OwnedArticle = Article<'static>;

impl Article<'_> {
    /// The same article, owning all its text.
    pub fn into_owned(self) -> OwnedArticle {
        Article {
            dateline: self.dateline.map(Dateline::into_owned),
            credits: self.credits,
            credit_lines: self
                .credit_lines
                .into_iter()
                .map(Credit::into_owned)
                .collect(),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            attributions: self
                .attributions
                .into_iter()
                .map(Attribution::into_owned)
                .collect(),
            agreements: self
                .agreements
                .into_iter()
                .map(Agreement::into_owned)
                .collect(),
            entities: self.entities.into_iter().map(Entity::into_owned).collect(),
        }
    }
}
