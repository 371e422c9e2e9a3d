//! The organization of work: the annex table as rows of date, time span,
//! agenda items and titles.
//!
//! ```text
//! 拟议工作安排
//! 日期 → 时间 → 项目 → 标题或说明
//! 12月13日, 星期一 → 上午10时至下午1时 → 1(a) → 会议开幕
//!  →  → 1(b) → 选举主席团成员
//! ```
//! (`→` stands for a tab) gives one row `{"date": "2021-12-13", "start": "10:00", "end": "13:00",
//! "items": ["1(a)", "1(b)"], "titles": ["会议开幕", "选举主席团成员"]}`: a row
//! is a time slot, and collects the `agenda_item` annotations that the
//! agenda recogniser found in the table until the next date or time.
//!
//! Dates and times are read from the `date` and `time` annotations, which
//! already carry the year completed from the document; a slot whose date or
//! time the table does not give keeps `null` there. Nothing before the
//! table's heading (`拟议工作安排`, `Proposed organization of work`) is read.

use crate::agenda::schedule_start;
use crate::dates::Reference;
use crate::model::{Annotation, Granularity, Kind, ScheduleRow, Value};
use crate::text::{is_ws, line_bounds, Document};

/// Builds the schedule from the annex table. The date annotations already
/// carry the year (`reference` completed them), so the reference is not
/// read again here. Linear in the number of annotations.
pub fn build_schedule(doc: &Document, annotations: &[Annotation], _reference: Option<Reference>) -> Vec<ScheduleRow> {
    let Some(start) = schedule_start(doc.text) else { return Vec::new() };
    let text = doc.text;
    // Without time annotations a table line with a cell before the item
    // (its time) starts a new slot.
    let has_times = annotations.iter().any(|a| a.kind == Kind::Time && a.span.start >= start);
    let mut last_line = None;
    let mut rows = Vec::new();
    let mut row = Slot::default();
    for a in annotations.iter().filter(|a| a.span.start >= start) {
        match &a.value {
            Value::Date(d) if d.granularity == Granularity::Day => {
                row.flush(&mut rows);
                row.date = Some(d.start.clone());
                row.start = None;
                row.end = None;
            }
            Value::Time(t) => {
                row.flush(&mut rows);
                row.start = Some(t.start.clone());
                row.end = t.end.clone();
            }
            Value::AgendaItem(item) => {
                let (line, _) = line_bounds(text, a.span.start);
                let timed = text.get(line..a.span.start).is_some_and(|p| !p.trim_matches(is_ws).is_empty());
                if !has_times && timed && last_line != Some(line) {
                    row.flush(&mut rows);
                }
                last_line = Some(line);
                row.items.push(item.number.clone());
                row.titles.push(item.title.clone());
            }
            _ => {}
        }
    }
    row.flush(&mut rows);
    rows
}

/// The time slot being read.
#[derive(Default)]
struct Slot {
    date: Option<String>,
    start: Option<String>,
    end: Option<String>,
    items: Vec<String>,
    titles: Vec<String>,
}

impl Slot {
    /// Ends the slot's row (if it has items); the date and time stay for
    /// the rows that follow.
    fn flush(&mut self, rows: &mut Vec<ScheduleRow>) {
        if self.items.is_empty() {
            return;
        }
        rows.push(ScheduleRow {
            date: self.date.clone(),
            start: self.start.clone(),
            end: self.end.clone(),
            items: std::mem::take(&mut self.items),
            titles: std::mem::take(&mut self.titles),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgendaItemValue, DateValue, Language, TimeValue};
    use crate::span::Span;

    fn at(text: &str, needle: &str, nth: usize) -> Span {
        let start = text.match_indices(needle).nth(nth).map(|(i, _)| i).expect("needle in text");
        Span::new(start, start + needle.len())
    }

    fn date(span: Span, iso: &str) -> Annotation {
        Annotation::new(span, Value::Date(DateValue { start: iso.into(), end: None, granularity: Granularity::Day }))
    }

    fn time(span: Span, start: &str, end: &str) -> Annotation {
        Annotation::new(span, Value::Time(TimeValue { start: start.into(), end: Some(end.into()) }))
    }

    fn item(span: Span, number: &str, title: &str) -> Annotation {
        Annotation::new(span, Value::AgendaItem(AgendaItemValue { number: number.into(), title: title.into() }))
    }

    fn row(date: Option<&str>, start: Option<&str>, end: Option<&str>, items: &[&str], titles: &[&str]) -> ScheduleRow {
        ScheduleRow {
            date: date.map(Into::into),
            start: start.map(Into::into),
            end: end.map(Into::into),
            items: items.iter().map(|s| s.to_string()).collect(),
            titles: titles.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn rows_are_time_slots_of_the_table() {
        let text = "1. 会议开幕\n\n拟议工作安排\n\n12月13日\t上午10时至下午1时\t1(a)\t会议开幕\n\t\t1(b)\t选举主席团成员\n\t下午3时至6时\t2\t技术援助\n12月14日\t上午10时至下午1时\t3\t通过报告\n";
        let anns = vec![
            item(at(text, "1. 会议开幕", 0), "1", "会议开幕"),
            date(at(text, "12月13日", 0), "2021-12-13"),
            time(at(text, "上午10时至下午1时", 0), "10:00", "13:00"),
            item(at(text, "1(a)\t会议开幕", 0), "1(a)", "会议开幕"),
            item(at(text, "1(b)\t选举主席团成员", 0), "1(b)", "选举主席团成员"),
            time(at(text, "下午3时至6时", 0), "15:00", "18:00"),
            item(at(text, "2\t技术援助", 0), "2", "技术援助"),
            date(at(text, "12月14日", 0), "2021-12-14"),
            time(at(text, "上午10时至下午1时", 1), "10:00", "13:00"),
            item(at(text, "3\t通过报告", 0), "3", "通过报告"),
        ];
        let got = build_schedule(&Document { text, language: Language::Chinese }, &anns, None);
        assert_eq!(
            got,
            vec![
                row(Some("2021-12-13"), Some("10:00"), Some("13:00"), &["1(a)", "1(b)"], &["会议开幕", "选举主席团成员"]),
                row(Some("2021-12-13"), Some("15:00"), Some("18:00"), &["2"], &["技术援助"]),
                row(Some("2021-12-14"), Some("10:00"), Some("13:00"), &["3"], &["通过报告"]),
            ]
        );
    }

    #[test]
    fn english_table_without_dates_keeps_nulls() {
        let text = "Proposed organization of work\n\n10 a.m.–1 p.m.\t1 (a)\tOpening of the session\n\t2\tAdoption of the report\n";
        let anns = vec![
            time(at(text, "10 a.m.–1 p.m.", 0), "10:00", "13:00"),
            item(at(text, "1 (a)\tOpening of the session", 0), "1(a)", "Opening of the session"),
            item(at(text, "2\tAdoption of the report", 0), "2", "Adoption of the report"),
        ];
        let got = build_schedule(&Document { text, language: Language::English }, &anns, None);
        assert_eq!(
            got,
            vec![row(None, Some("10:00"), Some("13:00"), &["1(a)", "2"], &["Opening of the session", "Adoption of the report"])]
        );
    }

    #[test]
    fn without_times_each_timed_line_starts_a_row() {
        let text = "Organization of work\n\n10 a.m.–1 p.m.\t1\tOpening\n\t2\tElection\n3 p.m.–6 p.m.\t3 and 4\tReview Report\n";
        let anns = vec![
            item(at(text, "1\tOpening", 0), "1", "Opening"),
            item(at(text, "2\tElection", 0), "2", "Election"),
            item(at(text, "Review", 0), "3", "Review"),
            item(at(text, "Report", 0), "4", "Report"),
        ];
        let got = build_schedule(&Document { text, language: Language::English }, &anns, None);
        assert_eq!(
            got,
            vec![row(None, None, None, &["1", "2"], &["Opening", "Election"]), row(None, None, None, &["3", "4"], &["Review", "Report"])]
        );
    }

    #[test]
    fn no_table_no_rows() {
        let text = "1. 会议开幕\n\n会议将于12月13日上午10时开幕。";
        let anns = vec![item(at(text, "1. 会议开幕", 0), "1", "会议开幕"), date(at(text, "12月13日", 0), "2021-12-13")];
        assert!(build_schedule(&Document { text, language: Language::Chinese }, &anns, None).is_empty());
        assert!(build_schedule(&Document { text: "", language: Language::English }, &[], None).is_empty());
    }
}
