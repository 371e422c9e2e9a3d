//! Dates and date ranges. (Filled in by the dates issue.)

use crate::model::Annotation;
use crate::text::Document;

/// The year and month that complete dates written without them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// Year of the meeting (or of issue).
    pub year: i32,
    /// Month of the meeting, when known.
    pub month: Option<u32>,
}

/// Finds dates; `reference` completes partial ones.
pub fn find_dates(_doc: &Document, _reference: Option<Reference>) -> Vec<Annotation> {
    Vec::new()
}

/// The reference year and month of the document: its meeting dates in the
/// header, else its date of issue.
pub fn reference(_doc: &Document) -> Option<Reference> {
    None
}
