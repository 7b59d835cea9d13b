//! Quotations: every quoted passage, its marks and pieces, speech told apart from terms.

use crate::model::Quote;
use crate::text::Document;

/// Finds every quoted passage of the document, in order.
pub fn find<'a>(_doc: &Document<'a>) -> Vec<Quote<'a>> {
    Vec::new()
}
