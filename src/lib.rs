//! # undoc — annotates United Nations meeting documents
//!
//! Finds agenda items, dates and times, document symbols, article
//! references, participants and places in the text of a UN meeting document
//! (Chinese first, English second), normalises them, and exports them as
//! the `undoc/1` JSON of `EXPORT.md`.
//!
//! The library is pure: no I/O, no clock, no DOM. [`annotate`] never fails
//! and never panics; what it cannot read becomes a diagnostic.
//!
//! ```
//! use undoc::{annotate, Kind, Options};
//!
//! let text = "缔约国会议将收到秘书处的说明（CAC/COSP/2021/2）。";
//! let found = annotate(text, &Options::default());
//! let symbol = found.annotations.iter().find(|a| a.kind == Kind::Symbol).unwrap();
//! assert_eq!(&text[symbol.span.range()], "CAC/COSP/2021/2");
//! let json = undoc::export::to_json(text, &found, "note.txt");
//! assert!(json.contains("https://undocs.org/zh/CAC/COSP/2021/2"));
//! ```

/// The text of the data file `src/data/NAME`, embedded without its comment
/// lines (`build.rs` strips them; every reader skips them anyway).
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $name))
    };
}

pub mod agenda;
pub mod agenda_refs;
pub mod articles;
pub mod dates;
pub mod decode;
pub mod error;
pub mod export;
pub mod formats;
pub mod gazetteer;
pub mod metadata;
pub mod model;
pub mod names_zh;
pub mod numerals;
pub mod participants;
pub mod places;
pub mod resolve;
pub mod roles;
pub mod schedule;
pub mod sorting;
pub mod span;
pub mod symbols;
pub mod text;
pub mod times;

pub use error::Error;
pub use model::{Annotated, Annotation, Kind, Language, Value};
pub use span::Span;

use dates::Reference;
use model::{Diagnostic, Severity};
use text::Document;

/// What the caller can fix instead of letting the annotator infer it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The document's language; detected from the text when `None`.
    pub language: Option<Language>,
    /// The year (and month) that completes dates written without one;
    /// taken from the document's header when `None`. Never the clock.
    pub reference: Option<Reference>,
}

/// Annotates `text`. Linear in the length of the text; never panics.
pub fn annotate(text: &str, options: &Options) -> Annotated {
    let doc = Document { text, language: options.language.unwrap_or_else(|| text::detect_language(text)) };
    let reference = options.reference.or_else(|| dates::reference(&doc));

    let (mut annotations, agenda, layout) = agenda::find_agenda(&doc);
    annotations.extend(agenda_refs::find_agenda_refs(&doc));
    annotations.extend(dates::find_dates(&doc, reference));
    annotations.extend(times::find_times(&doc));
    annotations.extend(symbols::find_symbols(&doc));
    annotations.extend(articles::find_articles(&doc));
    // States, organisations and cities: one pass of the gazetteer for both.
    let names = gazetteer::scan(doc.text);
    annotations.extend(participants::find_participants(&doc, &names));
    annotations.extend(places::find_places(&doc, &names));
    let annotations = resolve::resolve(text, annotations);

    let mut diagnostics = Vec::new();
    if reference.is_none() && annotations.iter().any(|a| a.kind == Kind::Date) {
        diagnostics.push(Diagnostic {
            severity: Severity::Info,
            message: "no meeting date or date of issue found: dates without a year are left out".into(),
        });
    }
    Annotated {
        language: doc.language,
        metadata: metadata::extract(&doc, &annotations),
        schedule: schedule::build_schedule(&doc, &layout, &annotations, reference),
        participants: participants::summarize(&doc, &annotations),
        agenda,
        annotations,
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_files_are_embedded_without_their_comments() {
        for (embedded, source) in [
            (data_file!("states.tsv"), include_str!("data/states.tsv")),
            (data_file!("instruments.tsv"), include_str!("data/instruments.tsv")),
        ] {
            let kept: String = source.split_inclusive('\n').filter(|l| !l.starts_with('#')).collect();
            assert_eq!(embedded, kept);
            assert!(embedded.len() < source.len() && !embedded.is_empty());
        }
    }
}
