//! Attributions: who (source) said (cue) what (content).

use crate::entity::EntityTable;
use crate::model::{Attribution, Quote};
use crate::text::Document;

/// Finds every reported statement of the document, in order of its content.
pub fn extract<'a>(
    _doc: &Document<'a>,
    _quotes: &[Quote<'a>],
    _entities: &EntityTable<'a>,
) -> Vec<Attribution<'a>> {
    Vec::new()
}
