//! Agenda items. (Filled in by the agenda issue.)

use crate::model::{AgendaNode, Annotation};
use crate::text::Document;

/// Finds agenda items and the agenda tree.
pub fn find_agenda(_doc: &Document) -> (Vec<Annotation>, Vec<AgendaNode>) {
    (Vec::new(), Vec::new())
}
