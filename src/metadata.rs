//! Document metadata. (Filled in by the agenda issue.)

use crate::dates::Reference;
use crate::model::{Annotation, Metadata};
use crate::text::Document;

/// The reference year for partial dates.
pub fn reference(_doc: &Document) -> Option<Reference> {
    None
}

/// Extracts header metadata.
pub fn extract(doc: &Document, _annotations: &[Annotation]) -> Metadata {
    Metadata { language: Some(doc.language.code().to_owned()), ..Metadata::default() }
}
