//! Document metadata. (Filled in by the agenda issue.)

use crate::model::{Annotation, Metadata};
use crate::text::Document;

/// Extracts header metadata.
pub fn extract(doc: &Document, _annotations: &[Annotation]) -> Metadata {
    Metadata { language: Some(doc.language.code().to_owned()), ..Metadata::default() }
}
