//! Decides between recognisers when their spans conflict, and puts the
//! annotations in export order.
//!
//! Spans of different kinds may nest (an `article` inside an `agenda_item`
//! title, a resolution `symbol` inside an `article`). What is removed:
//! dates, times, articles and agenda references that overlap a document
//! symbol (the `2021/1` of `CAC/COSP/2021/1` is never a date); state
//! participants inside a place (`埃及沙姆沙伊赫`); and, within one kind, any
//! span overlapping an earlier longer one.

use crate::model::{Annotation, Kind, SymbolValue, Value};
use crate::span::Span;

/// Removes conflicting annotations and sorts the rest by start, then by end
/// descending, then by kind. O(n log n).
pub fn resolve(mut annotations: Vec<Annotation>) -> Vec<Annotation> {
    sort(&mut annotations);
    let documents: Vec<Span> = annotations
        .iter()
        .filter(|a| matches!(a.value, Value::Symbol(SymbolValue::Document { .. })))
        .map(|a| a.span)
        .collect();
    let places: Vec<Span> = annotations.iter().filter(|a| a.kind == Kind::Place).map(|a| a.span).collect();
    annotations.retain(|a| match a.kind {
        Kind::Date | Kind::Time | Kind::Article | Kind::AgendaRef => !overlaps_any(&documents, a.span),
        Kind::Participant => !(is_state(a) && overlaps_any(&places, a.span)),
        _ => true,
    });
    drop_overlaps_within_kind(&mut annotations);
    annotations
}

/// Sorts by start, then end descending, then kind.
pub fn sort(annotations: &mut [Annotation]) {
    annotations.sort_by(|a, b| {
        a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)).then(a.kind.cmp(&b.kind))
    });
}

fn is_state(a: &Annotation) -> bool {
    matches!(a.value, Value::Participant(crate::model::ParticipantValue::State { .. }))
}

/// True when `span` overlaps one of `sorted` (sorted by start, non-nested
/// enough that a binary search on start finds the candidates).
fn overlaps_any(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|s| s.start < span.end);
    sorted[..i].iter().rev().take(4).any(|s| s.overlaps(span))
}

/// Within a kind, keeps the first (longest, as sorted) of overlapping spans.
fn drop_overlaps_within_kind(annotations: &mut Vec<Annotation>) {
    let mut reach = [0usize; Kind::ALL.len()];
    annotations.retain(|a| {
        let r = &mut reach[a.kind as usize];
        if a.span.start < *r {
            return false;
        }
        *r = a.span.end;
        true
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateValue, Granularity, ParticipantValue, PlaceValue, SymbolParts};

    fn date(s: usize, e: usize) -> Annotation {
        Annotation::new(Span::new(s, e), Value::Date(DateValue { start: "2021".into(), end: None, granularity: Granularity::Year }))
    }

    #[test]
    fn number_inside_symbol_is_not_a_date() {
        let sym = Annotation::new(
            Span::new(0, 15),
            Value::Symbol(SymbolValue::Document { symbol: "CAC/COSP/2021/1".into(), url: String::new(), parts: SymbolParts::default() }),
        );
        let out = resolve(vec![date(9, 13), sym.clone(), date(20, 26)]);
        assert_eq!(out.iter().map(|a| a.span.start).collect::<Vec<_>>(), vec![0, 20]);
    }

    #[test]
    fn state_inside_place_is_dropped_and_same_kind_overlap_keeps_longest() {
        let place = Annotation::new(Span::new(0, 21), Value::Place(PlaceValue { name: "沙姆沙伊赫".into(), state: Some("EGY".into()) }));
        let state = Annotation::new(Span::new(0, 6), Value::Participant(ParticipantValue::State { name: "埃及".into(), iso3: "EGY".into() }));
        let out = resolve(vec![state, place, date(30, 40), date(32, 36)]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].span, Span::new(30, 40));
    }
}
