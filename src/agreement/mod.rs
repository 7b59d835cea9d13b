//! Agreements: who agreed to, promised, offered, signed or rejected what, with whom.

use crate::entity::EntityTable;
use crate::model::{Agreement, Attribution};
use crate::text::Document;

/// Finds every agreement act of the document, in order of its trigger.
pub fn extract<'a>(
    _doc: &Document<'a>,
    _entities: &EntityTable<'a>,
    _attributions: &[Attribution<'a>],
) -> Vec<Agreement<'a>> {
    Vec::new()
}
