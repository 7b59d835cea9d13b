//! Credits and trailers: bylines, closing agency tags, staff lines, slugs, disclaimers.

use crate::agency::Agency;
use crate::model::{Credit, Dateline};
use crate::text::Document;

/// Finds the credit lines of the document, in order.
pub fn find<'a>(_doc: &Document<'a>, _dateline: Option<&Dateline<'a>>) -> Vec<Credit<'a>> {
    Vec::new()
}

/// Each agency credited in the dateline or a credit line, once, in order of first credit.
pub fn agencies(dateline: Option<&Dateline<'_>>, lines: &[Credit<'_>]) -> Vec<Agency> {
    let mut out: Vec<Agency> = Vec::new();
    let from_dateline = dateline
        .into_iter()
        .flat_map(|d| d.agencies.iter().copied());
    for a in from_dateline.chain(lines.iter().filter_map(|c| c.agency)) {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}
