//! The organization of work. (Filled in by the agenda issue.)

use crate::dates::Reference;
use crate::model::{Annotation, ScheduleRow};
use crate::text::Document;

/// Builds the schedule from the annex table.
pub fn build_schedule(_doc: &Document, _annotations: &[Annotation], _reference: Option<Reference>) -> Vec<ScheduleRow> {
    Vec::new()
}
