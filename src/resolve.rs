//! Decides between recognisers when their spans conflict, and puts the
//! annotations in export order.
//!
//! Spans of different kinds may nest (an `article` inside an `agenda_item`
//! title, a resolution `symbol` inside an `article`). What is removed:
//! dates, times, articles, agenda references, participants and places that
//! overlap a document symbol (the `2021/1` of `CAC/COSP/2021/1` is never a
//! date, the `INCB` of `E/INCB/2022/1` never an organization), and dates and
//! times that overlap a resolution number (`2231 (2015)`); state and
//! organisation participants inside a place (`埃及沙姆沙伊赫`, `在中国香港举行`); a year inside an article
//! reference or at the end of an instrument's name, where it is part of the
//! name (`article 12 of the Single Convention on Narcotic Drugs of 1961`,
//! `articles 5 and 6 of the Convention on Psychotropic Substances of 1971`); an organization that is
//! the body of the resolution it directly precedes (`人权理事会第 52/1 号决议`,
//! `Security Council resolution 2231 (2015)`: the symbol's body, as `大会` in
//! `大会第 58/4 号决议`, with its date of adoption between (`经济及社会理事会
//! 2024 年 7 月 23 日第 2024/21 号决议`); `decision 2023/225 of the Economic and Social
//! Council`) or that stands inside an article reference (the
//! `联合国` of `《1988 年联合国禁止非法贩运麻醉药品和精神药物公约》第 12 条`);
//! and, within one kind, any span overlapping an earlier longer one.

use crate::model::{Annotation, Kind, SymbolValue, Value};
use crate::span::Span;

/// Removes conflicting annotations of `text` and sorts the rest by start,
/// then by end descending, then by kind. O(n log n).
pub fn resolve(text: &str, mut annotations: Vec<Annotation>) -> Vec<Annotation> {
    sort(&mut annotations);
    let documents: Vec<Span> = annotations
        .iter()
        .filter(|a| matches!(a.value, Value::Symbol(SymbolValue::Document { .. })))
        .map(|a| a.span)
        .collect();
    let symbols: Vec<Span> = annotations.iter().filter(|a| a.kind == Kind::Symbol).map(|a| a.span).collect();
    let places: Vec<Span> = annotations.iter().filter(|a| a.kind == Kind::Place).map(|a| a.span).collect();
    let articles: Vec<Span> = annotations.iter().filter(|a| a.kind == Kind::Article).map(|a| a.span).collect();
    let resolutions: Vec<Span> = annotations.iter().filter(|a| is_resolution(a)).map(|a| a.span).collect();
    let mut before: Vec<usize> = resolutions.iter().filter_map(|s| body_end(text, s.start)).collect();
    crate::sorting::sort(&mut before);
    let mut after: Vec<usize> = resolutions.iter().filter_map(|s| body_start(text, s.end)).collect();
    crate::sorting::sort(&mut after);
    let owned = |a: &Annotation| {
        is_organization(a)
            && (before.binary_search(&a.span.end).is_ok() || after.binary_search(&a.span.start).is_ok() || nested_in_any(&articles, a.span))
    };
    annotations.retain(|a| match a.kind {
        Kind::Date if is_year(a) && (overlaps_any(&articles, a.span) || crate::articles::year_ends_instrument_name(text, a.span.end)) => false,
        // `2231 (2015)`, `2023/15`: a resolution's number holds no date either.
        Kind::Date | Kind::Time => !overlaps_any(&symbols, a.span),
        Kind::Article | Kind::AgendaRef | Kind::Place => !overlaps_any(&documents, a.span),
        Kind::Participant => !(overlaps_any(&documents, a.span) || ((is_state(a) || is_organization(a)) && overlaps_any(&places, a.span)) || owned(a)),
        _ => true,
    });
    drop_overlaps_within_kind(&mut annotations);
    annotations
}

/// Sorts by start, then end descending, then kind.
pub fn sort(annotations: &mut [Annotation]) {
    crate::sorting::sort_by(annotations, |a, b| {
        a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)).then(a.kind.cmp(&b.kind))
    });
}

/// Where the name of a body would end that directly precedes the resolution
/// number at `start`: before `第`, `resolution(s)` / `decision(s)` and blanks.
fn body_end(text: &str, start: usize) -> Option<usize> {
    const BLANKS: [char; 5] = [' ', '\t', '\n', '\u{3000}', '\u{a0}'];
    let head = text.get(..start)?.trim_end_matches(BLANKS);
    let head = ["第", "resolutions", "resolution", "decisions", "decision", "Resolutions", "Resolution", "Decisions", "Decision"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    let head = head.trim_end_matches(BLANKS);
    // `经济及社会理事会\n2024 年 7 月 23 日第 2024/21 号决议`: the date of
    // adoption between the body and the number.
    let undated = head.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '年' | '月' | '日') || BLANKS.contains(&c));
    let dated = head.ends_with('日') && head[undated.len()..].contains('年');
    Some(if dated { undated.len() } else { head.len() })
}

/// Where the name of a body would start that follows the resolution number
/// ending at `end` as its owner: `resolution 2023/15 of the Economic and Social Council`.
fn body_start(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(" of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    Some(text.len() - rest.len())
}

fn is_resolution(a: &Annotation) -> bool {
    matches!(a.value, Value::Symbol(SymbolValue::Resolution { .. } | SymbolValue::Decision { .. }))
}

fn is_organization(a: &Annotation) -> bool {
    matches!(a.value, Value::Participant(crate::model::ParticipantValue::Organization { .. }))
}

fn is_year(a: &Annotation) -> bool {
    matches!(&a.value, Value::Date(d) if d.granularity == crate::model::Granularity::Year)
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

/// True when `span` lies within one of `sorted` (sorted by start).
fn nested_in_any(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|s| s.start <= span.start);
    sorted[..i].iter().rev().take(4).any(|s| s.end >= span.end)
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
        let out = resolve("", vec![date(9, 13), sym.clone(), date(20, 26)]);
        assert_eq!(out.iter().map(|a| a.span.start).collect::<Vec<_>>(), vec![0, 20]);
    }

    #[test]
    fn a_resolution_number_holds_no_date() {
        let resolution = Annotation::new(Span::new(10, 21), Value::Symbol(SymbolValue::Resolution { number: "2231 (2015)".into(), body: None }));
        let out = resolve("", vec![date(16, 20), resolution, date(30, 34)]);
        assert_eq!(out.iter().map(|a| (a.kind, a.span.start)).collect::<Vec<_>>(), vec![(Kind::Symbol, 10), (Kind::Date, 30)]);
    }

    #[test]
    fn no_participant_or_place_inside_a_document_symbol() {
        let document = |s: usize, e: usize, symbol: &str| {
            Annotation::new(
                Span::new(s, e),
                Value::Symbol(SymbolValue::Document { symbol: symbol.into(), url: String::new(), parts: SymbolParts::default() }),
            )
        };
        let organization = |s: usize, e: usize, name: &str| {
            Annotation::new(Span::new(s, e), Value::Participant(ParticipantValue::Organization { name: name.into(), short: None }))
        };
        let place = Annotation::new(Span::new(32, 35), Value::Place(PlaceValue { name: "ECE".into(), state: None }));
        // `E/INCB/2022/1 … UNEP/EA.5/Res.3 … ECE/TRANS/2023/1 … INCB`
        let out = resolve("", vec![
            document(0, 13, "E/INCB/2022/1"),
            organization(2, 6, "INCB"),
            document(15, 30, "UNEP/EA.5/Res.3"),
            organization(15, 19, "UNEP"),
            document(32, 48, "ECE/TRANS/2023/1"),
            place,
            organization(50, 54, "INCB"),
        ]);
        let kept: Vec<(Kind, usize)> = out.iter().map(|a| (a.kind, a.span.start)).collect();
        assert_eq!(kept, vec![(Kind::Symbol, 0), (Kind::Symbol, 15), (Kind::Symbol, 32), (Kind::Participant, 50)]);
    }

    #[test]
    fn the_body_of_a_resolution_ends_before_its_number_and_date() {
        let cases = [
            ("大会第 ", "大会"),
            ("Security Council resolution ", "Security Council"),
            ("经济及社会理事会\n2024 年 7 月 23 日第 ", "经济及社会理事会"),
            ("经济及社会理事会2024年7月23日第", "经济及社会理事会"),
            // Not a date: a year alone, or digits.
            ("于 2024 年第 ", "于 2024 年"),
            ("理事会 12 日第 ", "理事会 12 日"),
        ];
        for (head, body) in cases {
            let text = format!("{head}2024/21 号决议");
            assert_eq!(body_end(&text, head.len()), Some(body.len()), "{head}");
        }
    }

    #[test]
    fn a_year_in_an_instruments_name_is_not_a_date() {
        let article = Annotation::new(
            Span::new(0, 60),
            Value::Article(crate::model::ArticleValue { article: Some(12), ..crate::model::ArticleValue::default() }),
        );
        let day = Annotation::new(Span::new(40, 50), Value::Date(DateValue { start: "2020-12-16".into(), end: None, granularity: Granularity::Day }));
        let out = resolve("", vec![article, date(56, 60), day, date(70, 74)]);
        let kept: Vec<(Kind, usize)> = out.iter().map(|a| (a.kind, a.span.start)).collect();
        assert_eq!(kept, vec![(Kind::Article, 0), (Kind::Date, 40), (Kind::Date, 70)]);
    }

    #[test]
    fn state_inside_place_is_dropped_and_same_kind_overlap_keeps_longest() {
        let place = Annotation::new(Span::new(0, 21), Value::Place(PlaceValue { name: "沙姆沙伊赫".into(), state: Some("EGY".into()) }));
        let state = Annotation::new(Span::new(0, 6), Value::Participant(ParticipantValue::State { name: "埃及".into(), iso3: "EGY".into() }));
        let out = resolve("", vec![state, place, date(30, 40), date(32, 36)]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].span, Span::new(30, 40));
    }
}
