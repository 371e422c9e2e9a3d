//! References to agenda items in running text. (Filled in by the agenda issue.)

use crate::model::Annotation;
use crate::text::Document;

/// Finds agenda references.
pub fn find_agenda_refs(_doc: &Document) -> Vec<Annotation> {
    Vec::new()
}
