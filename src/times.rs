//! Times of day and ranges of times. (Filled in by the dates issue.)

use crate::model::Annotation;
use crate::text::Document;

/// Finds times.
pub fn find_times(_doc: &Document) -> Vec<Annotation> {
    Vec::new()
}
