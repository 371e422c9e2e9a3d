//! Participants. (Filled in by the participants issue.)

use crate::model::{Annotation, ParticipantEntry};
use crate::text::Document;

/// Finds participants.
pub fn find_participants(_doc: &Document) -> Vec<Annotation> {
    Vec::new()
}

/// One entry per distinct participant.
pub fn summarize(_doc: &Document, _annotations: &[Annotation]) -> Vec<ParticipantEntry> {
    Vec::new()
}
