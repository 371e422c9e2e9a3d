//! Export formats besides the `undoc/1` JSON: a CSV of the annotations, W3C
//! Web Annotation JSON-LD, brat standoff `.ann`, and an iCalendar `.ics` of
//! the schedule. The command line (`undoc annotate --format csv`) and the page
//! both call [`render`], so their files are identical for the same text.
//!
//! Every format gives offsets in code points, like the JSON, through the one
//! [`OffsetMap`](crate::export::OffsetMap) of [`crate::export`]. Nothing here
//! reads a clock: the iCalendar `DTSTAMP` comes in through [`ExportOptions`].
//!
//! ```
//! use undoc::formats::{render, ExportOptions, Format};
//!
//! let text = "见 CAC/COSP/2021/2。";
//! let found = undoc::annotate(text, &undoc::Options::default());
//! let csv = render(Format::Csv, text, &found, &ExportOptions::new("note.txt"));
//! assert!(csv.starts_with("id,kind,start,end,text,value,source\r\n"));
//! ```

pub mod brat;
pub mod csv;
pub mod ics;
pub mod jsonld;

use crate::export::{self, OffsetMap};
use crate::model::{Annotated, Annotation, Origin};

/// A file format the annotations can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// The `undoc/1` JSON of `EXPORT.md`.
    Json,
    /// One row per annotation, RFC 4180.
    Csv,
    /// A W3C Web Annotation `AnnotationCollection`.
    JsonLd,
    /// brat standoff (`.ann`), to open beside the text in brat.
    Brat,
    /// An iCalendar (RFC 5545) file with one event per schedule row.
    Ics,
}

impl Format {
    /// Every format, in the order the command line's help lists them.
    pub const ALL: [Format; 5] = [Format::Json, Format::Csv, Format::JsonLd, Format::Brat, Format::Ics];

    /// The name used on the command line: `json`, `csv`, `jsonld`, `brat`, `ics`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::JsonLd => "jsonld",
            Format::Brat => "brat",
            Format::Ics => "ics",
        }
    }

    /// The format called `name` (case-insensitive; `ann` and `ical` too).
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "jsonld" | "json-ld" => Some(Format::JsonLd),
            "brat" | "ann" => Some(Format::Brat),
            "ics" | "ical" | "icalendar" => Some(Format::Ics),
            _ => None,
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::JsonLd => "jsonld",
            Format::Brat => "ann",
            Format::Ics => "ics",
        }
    }

    /// The media type, for a download.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Csv => "text/csv; charset=utf-8",
            Format::JsonLd => "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"",
            Format::Brat => "text/plain; charset=utf-8",
            Format::Ics => "text/calendar; charset=utf-8",
        }
    }
}

/// What the formats need besides the text and the annotations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions<'a> {
    /// The source's file name, as in the JSON's `source.name`.
    pub name: &'a str,
    /// When the export is made, in seconds since 1970-01-01 UTC: the
    /// iCalendar `DTSTAMP`. The caller reads the clock; 0 by default.
    pub timestamp: u64,
}

impl<'a> ExportOptions<'a> {
    /// Options for the source called `name`, with timestamp 0.
    pub fn new(name: &'a str) -> ExportOptions<'a> {
        ExportOptions { name, timestamp: 0 }
    }
}

/// Writes `annotated` (found in `text`) in `format`.
pub fn render(format: Format, text: &str, annotated: &Annotated, options: &ExportOptions<'_>) -> String {
    match format {
        Format::Json => export::to_json(text, annotated, options.name),
        Format::Csv => csv::to_csv(text, annotated),
        Format::JsonLd => jsonld::to_jsonld(text, annotated, options.name),
        Format::Brat => brat::to_brat(text, annotated),
        Format::Ics => ics::to_ics(annotated, options),
    }
}

/// An annotation with its id (its index, as in the JSON) and its offsets in
/// code points.
struct Located<'a> {
    id: usize,
    annotation: &'a Annotation,
    text: &'a str,
    start: usize,
    end: usize,
}

impl Located<'_> {
    /// `auto` or `manual`.
    fn source(&self) -> &'static str {
        match self.annotation.origin {
            Origin::Auto => "auto",
            Origin::Manual => "manual",
        }
    }
}

/// The annotations whose spans slice `text`, located in code points; `extra`
/// gives more byte offsets to map for each annotation (brat's fragments).
/// Spans that do not slice the text (a bad manual edit) are left out rather
/// than panicking.
fn locate<'a>(text: &'a str, annotated: &'a Annotated, extra: impl Fn(&'a str, &Annotation) -> Vec<usize>) -> (Vec<Located<'a>>, OffsetMap) {
    let valid: Vec<(usize, &Annotation, &str)> = annotated
        .annotations
        .iter()
        .enumerate()
        .filter_map(|(id, a)| text.get(a.span.range()).map(|t| (id, a, t)))
        .collect();
    let map = OffsetMap::new(
        text,
        valid.iter().flat_map(|&(_, a, _)| [a.span.start, a.span.end].into_iter().chain(extra(text, a))),
    );
    let located = valid
        .into_iter()
        .map(|(id, annotation, t)| Located {
            id,
            annotation,
            text: t,
            start: map.get(annotation.span.start).0,
            end: map.get(annotation.span.end).0,
        })
        .collect();
    (located, map)
}

/// The value as compact JSON.
fn value_json(a: &Annotation) -> String {
    serde_json::to_string(&a.value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f));
            assert_eq!(Format::from_name(&f.name().to_uppercase()), Some(f));
        }
        for (name, want) in [("ann", Some(Format::Brat)), ("json-ld", Some(Format::JsonLd)), ("ical", Some(Format::Ics)), ("xml", None), ("", None), ("jsonl", None)] {
            assert_eq!(Format::from_name(name), want, "{name}");
        }
    }

    #[test]
    fn every_format_renders_empty_input() {
        let found = Annotated::default();
        for (f, want) in [(Format::Json, "{\n"), (Format::Csv, "id,kind,"), (Format::JsonLd, "{\n"), (Format::Brat, ""), (Format::Ics, "BEGIN:VCALENDAR\r\n")] {
            assert!(render(f, "", &found, &ExportOptions::new("empty.txt")).starts_with(want), "{f:?}");
        }
        assert_eq!(render(Format::Brat, "", &found, &ExportOptions::new("empty.txt")), "");
    }
}
