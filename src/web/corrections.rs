//! A person's corrections to the annotations: added spans, removed ones and
//! changed kinds, stored with the text and replayed over each fresh
//! annotation. An edit applies only while the text it was made on is still
//! there, so editing the document never moves a correction onto other words.

use serde::Serialize;
use undoc::model::{
    AgendaItemValue, AgendaRefValue, Annotated, Annotation, ArticleValue, DateValue, Granularity, Origin,
    ParticipantValue, PlaceValue, SymbolParts, SymbolValue, TimeValue,
};
use undoc::participants::summarize;
use undoc::text::Document;
use undoc::{annotate, Kind, Options, Span, Value};

/// One span of one kind, with the text it covered (bytes into the document).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// The kind's JSON name.
    pub kind: String,
    /// The covered text, to check the edit still fits the document.
    pub text: String,
}

impl Mark {
    /// The mark of `kind` over `span` of `text`; `None` when the span is
    /// empty or not on character boundaries.
    pub fn new(text: &str, span: Span, kind: Kind) -> Option<Mark> {
        let covered = text.get(span.range()).filter(|s| !s.trim().is_empty())?;
        Some(Mark { start: span.start, end: span.end, kind: kind.as_str().into(), text: covered.into() })
    }

    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    fn fits(&self, text: &str) -> bool {
        text.get(self.start..self.end) == Some(self.text.as_str())
    }
}

/// One undoable step: remove a mark, add one, or both (a change of kind).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// The annotation taken away.
    pub remove: Option<Mark>,
    /// The annotation put in, marked `"source": "manual"`.
    pub add: Option<Mark>,
}

/// `annotated` with `edits` replayed in order. An added annotation replaces
/// those of its kind it overlaps and those of other kinds that cross its
/// ends, and keeps those nested in it or around it; the result stays sorted
/// as `resolve` sorts, and the list of
/// participants counts the corrected annotations.
pub fn apply(text: &str, mut annotated: Annotated, edits: &[Edit]) -> Annotated {
    if edits.is_empty() {
        return annotated;
    }
    for edit in edits {
        if let Some(m) = edit.remove.as_ref().filter(|m| m.fits(text)) {
            annotated.annotations.retain(|a| !(a.span == m.span() && a.kind.as_str() == m.kind));
        }
        if let Some(m) = edit.add.as_ref().filter(|m| m.fits(text)) {
            if let Some(kind) = Kind::from_name(&m.kind) {
                let span = m.span();
                // Nesting is kept (a sentence marked as an agenda item keeps
                // its dates); what overlaps within the kind, or crosses the new
                // span's ends and could not be drawn with it, goes.
                annotated.annotations.retain(|a| {
                    let nested = a.span.contains(span) || span.contains(a.span);
                    !a.span.overlaps(span) || (nested && a.kind != kind)
                });
                let mut added = Annotation::new(span, value_for(text, span, kind, &annotated));
                added.origin = Origin::Manual;
                annotated.annotations.push(added);
            }
        }
    }
    undoc::sorting::sort_by(&mut annotated.annotations, |a, b| {
        (a.span.start, std::cmp::Reverse(a.span.end), a.kind).cmp(&(b.span.start, std::cmp::Reverse(b.span.end), b.kind))
    });
    let doc = Document { text, language: annotated.language };
    annotated.participants = summarize(&doc, &annotated.annotations);
    annotated
}

/// `edits`, made on `old`, moved onto `new`: a mark before the changed
/// stretch stays, one after it moves with the text, one the change touches
/// goes, and so does an edit left with no mark. So typing above a
/// correction keeps it, and pasting another document drops every one (and
/// Undo has nothing stale to undo). Linear in the texts.
pub fn rebase(edits: &[Edit], old: &str, new: &str) -> Vec<Edit> {
    let (o, n) = (old.as_bytes(), new.as_bytes());
    let mut prefix = o.iter().zip(n).take_while(|(a, b)| a == b).count();
    while !old.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let room = o.len().min(n.len()) - prefix;
    let mut suffix = o.iter().rev().zip(n.iter().rev()).take(room).take_while(|(a, b)| a == b).count();
    while !old.is_char_boundary(o.len() - suffix) || !new.is_char_boundary(n.len() - suffix) {
        suffix -= 1;
    }
    let tail = o.len() - suffix;
    let moved = |m: &Mark| -> Option<Mark> {
        // A reversed mark can only come from a damaged store; it never fits.
        let m = if m.start > m.end {
            return None;
        } else if m.end <= prefix {
            m.clone()
        } else if m.start >= tail {
            Mark { start: m.start - tail + (n.len() - suffix), end: m.end - tail + (n.len() - suffix), ..m.clone() }
        } else {
            return None;
        };
        m.fits(new).then_some(m)
    };
    edits
        .iter()
        .filter_map(|e| {
            let edit = Edit { remove: e.remove.as_ref().and_then(moved), add: e.add.as_ref().and_then(moved) };
            (edit.remove.is_some() || edit.add.is_some()).then_some(edit)
        })
        .collect()
}

/// The normalised value of a person's annotation: what the annotator makes
/// of the selected text alone when it finds that kind there, else the text
/// itself in the kind's shape with unknown parts empty.
fn value_for(text: &str, span: Span, kind: Kind, annotated: &Annotated) -> Value {
    let piece = &text[span.range()];
    let options = Options { language: Some(annotated.language), reference: None };
    if let Some(found) = annotate(piece, &options).annotations.into_iter().find(|a| a.kind == kind) {
        return found.value;
    }
    let name = piece.trim().to_string();
    match kind {
        Kind::AgendaItem => Value::AgendaItem(AgendaItemValue { number: String::new(), title: name }),
        Kind::AgendaRef => Value::AgendaRef(AgendaRefValue { items: Vec::new() }),
        Kind::Date => Value::Date(DateValue { start: name, end: None, granularity: Granularity::Day }),
        Kind::Time => Value::Time(TimeValue { start: name, end: None }),
        Kind::Symbol => Value::Symbol(SymbolValue::Document {
            url: format!("https://undocs.org/{}/{}", annotated.language.code(), name),
            symbol: name,
            parts: SymbolParts::default(),
        }),
        Kind::Participant => Value::Participant(ParticipantValue::Organization { name, short: None }),
        Kind::Place => Value::Place(PlaceValue { name, state: None }),
        Kind::Article => Value::Article(ArticleValue::default()),
    }
}
