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
//! already carry the year completed from the document. Where no such
//! annotation falls in the table, the table's own cells are read
//! (`12月14日`, `下午1时30分至3时30分`, `Monday, 13 December`, `3-6 p.m.`),
//! the year taken from the reference or the header. A slot whose date or
//! time the table does not give keeps `null` there. A date cell that gives
//! a range (`Tuesday, 27 May–Wednesday, 28 May`, `6 月 4 日至 5 日`) makes the
//! slot a row on each of its working days; a night written with a slash
//! (`Wednesday 4/5 June`) is one row, on the day it starts. A line that
//! repeats its slot's day and time (`3 月 9 日，星期一 → 10:00–13:00 → 2`
//! under the same cells of item 1) goes on with that slot, since a row is a
//! time slot; a Committee's table whose rows are its meetings keeps one row
//! for each. A line holding only a title right under an item's row is
//! that title broken by the PDF (` →  → Convention against Corruption`),
//! unless the title above is closed (`… (continued)`). Nothing before the
//! table's heading (`拟议工作安排`, `Proposed organization of work`) is read.
//!
//! A table whose header row names its columns (a General Assembly Main
//! Committee's `Date → Meeting → Agenda item → Subject`, a Council's `Date
//! and time → Item → Programme`; see [`crate::agenda::Table`]) is read row
//! by row instead, wherever it stands: each meeting is a row of its own,
//! and a meeting without an item (`Monday, 7 October → 1st →  →
//! Organization of work`) is a row with its title and no items. Budget and
//! attendance tables have other headers and give no rows.
//!
//! A Journal's programme of meetings (`Programme of meetings`, `会议安排`,
//! `会议时间表`: each meeting's time, room and items, then side events and
//! consultations) records the day's meetings; it is no organization-of-work
//! table, which is what ANNOTATION.md calls the schedule, and gives no rows:
//! its dates, times, rooms and items are annotations only.

use std::sync::LazyLock;

use regex_lite::{Captures, Regex};

use crate::agenda::{Column, Layout, Table};
use crate::dates::Reference;
use crate::model::{Annotation, Granularity, Kind, ScheduleRow, Value};
use crate::span::Span;
use crate::text::{is_ws, line_bounds, Document};

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A table date: `12月13日`, `2023年9月5日`, `13 December`, `Monday, 16 November 2020`.
static TABLE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months = MONTHS.join("|");
    crate::text::regex(&format!(
        r"(?:([0-9]{{4}})[ \t]*年[ \t]*)?([0-9]{{1,2}})[ \t]*月[ \t]*([0-9]{{1,2}})[ \t]*日|([0-9]{{1,2}})[ \t]+({months})(?:[ \t,]+([0-9]{{4}}))?"
    ))
});

/// A table time or time range: `上午10时至下午1时`, `下午 1 时 30 分至 3 时 30 分`,
/// `10 a.m.–1 p.m.`, `3-6 p.m.`, `10 a.m.–noon`, `Noon-1 p.m.`, `15:00–18:00`.
static TABLE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    let zh = r"(上午|下午|中午|晚上)?[ \t]*([0-9]{1,2})[ \t]*时(?:[ \t]*([0-9]{1,2})[ \t]*分)?";
    let en = r"([Nn]oon|[0-9]{1,2}(?:[.:][0-9]{2})?[ \t]*(?:a\.m\.|p\.m\.)?)";
    crate::text::regex(&format!(
        r"{zh}(?:[ \t]*(?:至|-|–)[ \t]*{zh})?|{en}[ \t]*(?:-|–|to)[ \t]*([Nn]oon|[0-9]{{1,2}}(?:[.:][0-9]{{2}})?[ \t]*(?:a\.m\.|p\.m\.))|([0-9]{{1,2}}[:.][0-9]{{2}})[ \t]*(?:-|–|to)[ \t]*([0-9]{{1,2}}[:.][0-9]{{2}})"
    ))
});

/// What the table says, in reading order.
enum Event {
    /// A day, ISO, and the last day when the cell gives a range.
    Date(String, Option<String>),
    /// A time span, `HH:MM`.
    Time(String, Option<String>),
    /// An agenda item: number, title, start of its line, and whether a cell
    /// (its time) comes before it on that line.
    Item(String, String, usize, bool),
}

/// Builds the schedule from the tables of `layout` whose header row names
/// their columns, and from the table under the organization-of-work
/// heading unless one of those stands there: their `date`, `time` and
/// `agenda_item` annotations, in order. Where a table gives no date or no
/// time annotation, its own cells are read instead, completing a missing
/// year from `reference` or else from the header's dates. Linear in the
/// length of the text.
pub fn build_schedule(doc: &Document, layout: &Layout, annotations: &[Annotation], reference: Option<Reference>) -> Vec<ScheduleRow> {
    let tables = &layout.tables;
    // A table read by its header row takes the place of the one under the heading.
    let mut heading = layout.heading.filter(|s| !tables.iter().any(|t| t.stands_in(*s)));
    let mut rows = Vec::new();
    // The year that completes the tables' dates, looked up once, when first needed.
    let mut year = None;
    for table in tables {
        if let Some(s) = heading.take_if(|s| s.start < table.header.start) {
            rows.extend(heading_schedule(doc, s, annotations, reference));
        }
        rows.extend(column_schedule(doc, table, annotations, reference, &mut year));
    }
    if let Some(s) = heading {
        rows.extend(heading_schedule(doc, s, annotations, reference));
    }
    rows
}

/// The schedule of the table under the heading, at `table_span`.
fn heading_schedule(doc: &Document, table_span: Span, annotations: &[Annotation], reference: Option<Reference>) -> Vec<ScheduleRow> {
    let (start, end) = (table_span.start, table_span.end);
    let text = doc.text;
    let in_table = |a: &&Annotation| a.span.start >= start && a.span.end <= end;
    let has_dates = annotations.iter().filter(in_table).any(|a| a.kind == Kind::Date);
    let has_times = annotations.iter().filter(in_table).any(|a| a.kind == Kind::Time);
    // Date spans of the table, by start, non-overlapping (one per kind).
    let date_spans: Vec<Span> = annotations.iter().filter(in_table).filter(|a| a.kind == Kind::Date).map(|a| a.span).collect();
    let mut events: Vec<(usize, Event)> = Vec::new();
    for a in annotations.iter().filter(in_table) {
        match &a.value {
            Value::Date(d) if d.granularity == Granularity::Day => {
                // A range is a row's days only as the date cell that opens its line,
                // not a range within a line (`Vienna, 2–6 June 2025`).
                let (line, _) = line_bounds(text, a.span.start);
                let cell = text.get(line..a.span.start).is_some_and(|p| p.trim_matches(is_ws).is_empty());
                events.push((a.span.start, Event::Date(d.start.clone(), d.end.clone().filter(|_| cell && !is_night(text, a.span)))));
            }
            Value::Time(t) => events.push((a.span.start, Event::Time(t.start.clone(), t.end.clone()))),
            // A date cell read as an item (`6 月 16 日，星期一` as item 6) is the date.
            Value::AgendaItem(_) if overlaps_any(&date_spans, a.span) => {}
            Value::AgendaItem(item) => {
                let (line, _) = line_bounds(text, a.span.start);
                let timed = text.get(line..a.span.start).is_some_and(|p| !p.trim_matches(is_ws).is_empty());
                events.push((a.span.start, Event::Item(item.number.clone(), item.title.clone(), line, timed)));
            }
            _ => {}
        }
    }
    let table = &text[start..end];
    if !has_dates {
        let year = reference.map(|r| r.year).or_else(|| header_year(doc, annotations));
        events.extend(TABLE_DATE.captures_iter(table).filter_map(|c| Some((start + c.get(0)?.start(), Event::Date(table_date(&c, year)?, None)))));
    }
    if !has_times {
        events.extend(TABLE_TIME.captures_iter(table).filter_map(|c| {
            let (from, to) = table_time(&c)?;
            Some((start + c.get(0)?.start(), Event::Time(from, to)))
        }));
    }
    crate::sorting::sort_by_key(&mut events, |(at, _)| *at);

    let mut last_line = None;
    let mut rows = Vec::new();
    let mut row = Slot::default();
    for (_, event) in events {
        match event {
            // A line that repeats the slot's day, or its time, goes on with that slot.
            Event::Date(day, None) if row.repeats(Some(&(day.clone(), None)), row.start.clone().map(|s| (s, row.end.clone())).as_ref()) => {}
            Event::Time(from, to) if row.repeats(None, Some(&(from.clone(), to.clone()))) => {}
            Event::Date(day, last) => {
                row.flush(&mut rows);
                row.set_date(&mut rows, day, last);
                row.start = None;
                row.end = None;
            }
            Event::Time(from, to) => {
                row.flush(&mut rows);
                row.start = Some(from);
                row.end = to;
            }
            Event::Item(number, title, line, timed) => {
                // With no time found at all, a line with a cell before the item starts a slot.
                if !has_times && row.start.is_none() && timed && last_line != Some(line) {
                    row.flush(&mut rows);
                }
                last_line = Some(line);
                row.items.push(number);
                row.titles.push(title);
            }
        }
    }
    row.finish(&mut rows);
    rows
}

/// The schedule of a table read by its header row (see
/// [`crate::agenda::Table`]): a row's date or time cell, or a new meeting,
/// ends the slot above; the date carries down to the rows that leave it
/// empty, the time until the next date or meeting. A slot collects the
/// items of its rows (the `agenda_item` annotations, else an item cell's
/// `agenda_ref`); a row with a title but no item number is a slot of its
/// own (`Organization of work`). `annotations` must be sorted by start, as
/// [`crate::annotate`] gives them; a binary search a cell. `year` caches
/// the year that completes dates without one (`None` until looked up).
fn column_schedule(doc: &Document, table: &Table, annotations: &[Annotation], reference: Option<Reference>, year: &mut Option<Option<i32>>) -> Vec<ScheduleRow> {
    let text = doc.text;
    let mut rows = Vec::new();
    let mut slot = Slot::default();
    // The end of the row whose item gave the slot's last title, and whether
    // that title lacks the lines below (an agenda item's title has them).
    let mut titled_row_end: Option<(usize, bool)> = None;
    for row in &table.rows {
        // `3 p.m.–6 p.m. → 3 → Review of implementation of the United Nations`
        // over ` →  → Convention against Corruption`: a line holding only a
        // title, right under the row of an item, is that title broken by the PDF.
        if let Some((_, join)) = titled_row_end.take().filter(|&(end, _)| row.carries_title(text, end)) {
            if !join {
                titled_row_end = Some((row.span.end, false));
                continue;
            }
            if let (Some(last), Some(cell)) = (slot.titles.last_mut(), row.cell(Column::Title)) {
                *last = crate::agenda::joined_title(last, &crate::agenda::cell_title(text, cell));
                titled_row_end = Some((row.span.end, true));
                continue;
            }
        }
        // A time cell starts a slot even when it cannot be read (`Morning`, `Afternoon`).
        let (mut date, mut time, mut timed, mut meeting) = (None, None, false, false);
        let mut also = Vec::new();
        for &(column, cell) in &row.cells {
            if matches!(column, Column::Date | Column::DateTime) {
                date = cell_date(text, cell, annotations, || *year.get_or_insert_with(|| reference.map(|r| r.year).or_else(|| header_year(doc, annotations))));
            }
            if matches!(column, Column::Time | Column::DateTime) {
                time = cell_time(text, cell, annotations);
                timed |= column == Column::Time || time.is_some() || date.is_none();
                also = later_times(text, cell, annotations);
            }
            meeting |= column == Column::Meeting;
        }
        // `3 月 9 日 → 10:00–13:00 → 1` over `3 月 9 日 → 10:00–13:00 → 2`: a row
        // that repeats its slot's date and time goes on with that slot.
        if !meeting && also.is_empty() && slot.repeats(date.as_ref(), time.as_ref()) {
            (date, timed) = (None, false);
        }
        if date.is_some() || timed || meeting {
            slot.flush(&mut rows);
        }
        if let Some((day, last)) = date {
            slot.set_date(&mut rows, day, last);
            (slot.start, slot.end) = (None, None);
            slot.also.clear();
        }
        if timed || meeting {
            (slot.start, slot.end) = time.map_or((None, None), |(from, to)| (Some(from), to));
            slot.also = also;
        }
        let before = slot.items.len();
        for a in starting_in(annotations, row.span) {
            if let Value::AgendaItem(item) = &a.value {
                slot.items.push(item.number.clone());
                slot.titles.push(item.title.clone());
            }
        }
        if slot.items.len() > before {
            titled_row_end = Some((row.span.end, false));
            continue;
        }
        let title = row.cell(Column::Title).map(|t| crate::agenda::cell_title(text, t)).filter(|t| !t.is_empty());
        let refs: Vec<String> = match row.cell(Column::Item) {
            Some(cell) => starting_in(annotations, cell)
                .filter_map(|a| if let Value::AgendaRef(r) = &a.value { Some(r.items.clone()) } else { None })
                .flatten()
                .collect(),
            None => Vec::new(),
        };
        if !refs.is_empty() {
            slot.items.extend(refs);
            if title.is_some() {
                titled_row_end = Some((row.span.end, true));
            }
            slot.titles.extend(title);
        } else if let Some(title) = title.filter(|_| row.cell(Column::Item).is_none()) {
            slot.flush(&mut rows);
            for date in slot.days() {
                let row = ScheduleRow { date, start: slot.start.clone(), end: slot.end.clone(), items: Vec::new(), titles: vec![title.clone()] };
                slot.push(&mut rows, row);
            }
        }
    }
    slot.finish(&mut rows);
    rows
}

/// The annotations starting inside `span`, of `annotations` sorted by start.
fn starting_in(annotations: &[Annotation], span: Span) -> impl Iterator<Item = &Annotation> {
    let first = annotations.partition_point(|a| a.span.start < span.start);
    annotations[first..].iter().take_while(move |a| a.span.start < span.end)
}

/// The day of a date cell, and its last day when the cell gives a range
/// (`Tuesday, 27 May–Wednesday, 28 May`, `6 月 4 日至 5 日`): its `date`
/// annotation, else the cell read with the year that `year` gives.
fn cell_date(text: &str, cell: Span, annotations: &[Annotation], year: impl FnOnce() -> Option<i32>) -> Option<(String, Option<String>)> {
    starting_in(annotations, cell)
        .find_map(|a| match &a.value {
            Value::Date(d) if d.granularity == Granularity::Day => Some((d.start.clone(), d.end.clone().filter(|_| !is_night(text, a.span)))),
            _ => None,
        })
        .or_else(|| TABLE_DATE.captures(&text[cell.range()]).and_then(|c| table_date(&c, year())).map(|d| (d, None)))
}

/// True when `span` overlaps one of `spans` (sorted by start, not
/// overlapping each other). A binary search.
fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let after = spans.partition_point(|s| s.start < span.end);
    after > 0 && spans[after - 1].end > span.start
}

/// True when the date at `span` is a night written with a slash (`4/5
/// June`, `12 月 16/17 日`): its slot is held once, starting on the first day.
fn is_night(text: &str, span: Span) -> bool {
    text.get(span.range()).is_some_and(|t| t.contains('/'))
}

/// The time span of a time cell: its `time` annotation, else the cell read.
fn cell_time(text: &str, cell: Span, annotations: &[Annotation]) -> Option<(String, Option<String>)> {
    starting_in(annotations, cell)
        .find_map(|a| match &a.value {
            Value::Time(t) => Some((t.start.clone(), t.end.clone())),
            _ => None,
        })
        .or_else(|| TABLE_TIME.captures(&text[cell.range()]).and_then(|c| table_time(&c)))
}

/// The time spans after the first of a time cell that gives several
/// (`10 a.m.–1 p.m. and 3–6 p.m.`), from its `time` annotations, else from
/// the cell read: the same items meet in each.
fn later_times(text: &str, cell: Span, annotations: &[Annotation]) -> Vec<(String, Option<String>)> {
    let annotated: Vec<_> = starting_in(annotations, cell)
        .filter_map(|a| match &a.value {
            Value::Time(t) => Some((t.start.clone(), t.end.clone())),
            _ => None,
        })
        .collect();
    if !annotated.is_empty() {
        return annotated.into_iter().skip(1).collect();
    }
    TABLE_TIME.captures_iter(&text[cell.range()]).filter_map(|c| table_time(&c)).skip(1).collect()
}

/// The year of the meeting, else of issue, as the header gives it.
fn header_year(doc: &Document, annotations: &[Annotation]) -> Option<i32> {
    let meta = crate::metadata::extract(doc, annotations);
    let day = meta.meeting.and_then(|m| m.start).or(meta.date)?;
    day.get(..4)?.parse().ok()
}

fn number(c: &Captures, i: usize) -> Option<u32> {
    c.get(i).and_then(|m| m.as_str().parse().ok())
}

fn table_date(c: &Captures, year: Option<i32>) -> Option<String> {
    let (y, m, d) = if c.get(2).is_some() {
        (number(c, 1).map(|y| y as i32).or(year)?, number(c, 2)?, number(c, 3)?)
    } else {
        let name = c.get(5)?.as_str();
        let m = MONTHS.iter().position(|n| *n == name)? as u32 + 1;
        (number(c, 6).map(|y| y as i32).or(year)?, m, number(c, 4)?)
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// `HH:MM` of a Chinese clock time: `下午` and `晚上` add twelve hours.
fn zh_clock(period: Option<&str>, hour: u32, minute: u32) -> Option<String> {
    let h = match period {
        Some("下午" | "晚上") if hour < 12 => hour + 12,
        _ => hour,
    };
    (h <= 24 && minute < 60).then(|| format!("{h:02}:{minute:02}"))
}

/// `(hour, minute, pm?)` of `10 a.m.`, `3.30 p.m.`, `noon`, `6`.
fn en_clock(s: &str) -> Option<(u32, u32, Option<bool>)> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("noon") {
        return Some((12, 0, Some(true)));
    }
    let pm = if s.ends_with("p.m.") { Some(true) } else if s.ends_with("a.m.") { Some(false) } else { None };
    let digits = s.trim_end_matches("a.m.").trim_end_matches("p.m.").trim();
    let (h, m) = match digits.split_once(['.', ':']) {
        Some((h, m)) => (h.parse().ok()?, m.parse().ok()?),
        None => (digits.parse().ok()?, 0),
    };
    (h <= if pm.is_some() { 12 } else { 24 } && m < 60).then_some((h, m, pm))
}

fn en_hhmm((h, m, pm): (u32, u32, Option<bool>)) -> String {
    let h = match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    format!("{h:02}:{m:02}")
}

fn table_time(c: &Captures) -> Option<(String, Option<String>)> {
    if let Some(h) = number(c, 2) {
        let period = c.get(1).map(|m| m.as_str());
        let from = zh_clock(period, h, number(c, 3).unwrap_or(0))?;
        let to = match number(c, 5) {
            Some(h2) => Some(zh_clock(c.get(4).map(|m| m.as_str()).or(period), h2, number(c, 6).unwrap_or(0))?),
            None => None,
        };
        return Some((from, to));
    }
    if let (Some(a), Some(b)) = (c.get(9), c.get(10)) {
        let (a, b) = (en_clock(a.as_str())?, en_clock(b.as_str())?);
        return Some((en_hhmm(a), Some(en_hhmm(b))));
    }
    let end = en_clock(c.get(8)?.as_str())?;
    let mut begin = en_clock(c.get(7)?.as_str())?;
    if begin.2.is_none() {
        // `3-6 p.m.`: the start shares the end's half of the day unless it would come after it.
        begin.2 = Some(end.2 == Some(true) && begin.0 <= end.0 && begin.0 != 12);
    }
    Some((en_hhmm(begin), Some(en_hhmm(end))))
}

/// The time slot being read.
#[derive(Default)]
struct Slot {
    date: Option<String>,
    /// The last day of a date cell that gives a range: the slot is held on
    /// each working day from `date` to it.
    last_day: Option<String>,
    start: Option<String>,
    end: Option<String>,
    items: Vec<String>,
    titles: Vec<String>,
    /// The other time spans of its time cell, each a row of the same items.
    also: Vec<(String, Option<String>)>,
    /// The rows of the slots under a date range, put in order of their days
    /// when the range ends (its morning on each day, then its afternoon…).
    spread: Vec<ScheduleRow>,
}

impl Slot {
    /// True when a row's date and time cells (`date`, `time`) name this
    /// slot again: the same time, and the same single day or none. A slot
    /// with other time spans or a range of days is never repeated.
    fn repeats(&self, date: Option<&(String, Option<String>)>, time: Option<&(String, Option<String>)>) -> bool {
        let same_day = date.is_none_or(|(day, last)| last.is_none() && self.date.as_ref() == Some(day));
        let same_time = time.is_some_and(|(from, to)| self.start.as_ref() == Some(from) && &self.end == to);
        same_day && same_time && self.last_day.is_none() && self.also.is_empty() && !self.items.is_empty()
    }

    /// Ends the slot's row (if it has items), and one row per other time
    /// span of its cell, on each of its days; the date and times stay for
    /// the rows that follow.
    fn flush(&mut self, rows: &mut Vec<ScheduleRow>) {
        if self.items.is_empty() {
            return;
        }
        let (items, titles) = (std::mem::take(&mut self.items), std::mem::take(&mut self.titles));
        for date in self.days() {
            for k in 0..=self.also.len() {
                let (start, end) = match k.checked_sub(1).and_then(|i| self.also.get(i)) {
                    Some((s, e)) => (Some(s.clone()), e.clone()),
                    None => (self.start.clone(), self.end.clone()),
                };
                let row = ScheduleRow { date: date.clone(), start, end, items: items.clone(), titles: titles.clone() };
                self.push(rows, row);
            }
        }
    }

    /// Adds `row` to the schedule, or keeps it with the rows of the date
    /// range it falls under.
    fn push(&mut self, rows: &mut Vec<ScheduleRow>, row: ScheduleRow) {
        if self.last_day.is_some() {
            self.spread.push(row);
        } else {
            rows.push(row);
        }
    }

    /// Starts the rows of a new date (`last`, the end of its range): the
    /// rows of the range before go to the schedule in order of their days.
    fn set_date(&mut self, rows: &mut Vec<ScheduleRow>, day: String, last: Option<String>) {
        self.spill(rows);
        (self.date, self.last_day) = (Some(day), last);
    }

    /// Ends the table: its last slot and the rows of its last range.
    fn finish(&mut self, rows: &mut Vec<ScheduleRow>) {
        self.flush(rows);
        self.spill(rows);
    }

    /// Puts the rows kept under a date range into the schedule, by day
    /// (stable: a day keeps its slots in the table's order).
    fn spill(&mut self, rows: &mut Vec<ScheduleRow>) {
        crate::sorting::sort_by(&mut self.spread, |a, b| a.date.cmp(&b.date));
        rows.append(&mut self.spread);
    }

    /// The days the slot is held on: its date, or each working day of its
    /// range (see [`crate::dates::working_days`]).
    fn days(&self) -> Vec<Option<String>> {
        match (&self.date, &self.last_day) {
            (Some(first), Some(last)) => match crate::dates::working_days(first, last) {
                Some(days) => days.into_iter().map(Some).collect(),
                None => vec![self.date.clone()],
            },
            _ => vec![self.date.clone()],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgendaItemValue, DateValue, Language, TimeValue};

    fn at(text: &str, needle: &str, nth: usize) -> Span {
        let start = text.match_indices(needle).nth(nth).map(|(i, _)| i).expect("needle in text");
        Span::new(start, start + needle.len())
    }

    fn date(span: Span, iso: &str) -> Annotation {
        Annotation::new(span, Value::Date(DateValue { start: iso.into(), end: None, granularity: Granularity::Day }))
    }

    fn date_range(span: Span, start: &str, end: &str) -> Annotation {
        Annotation::new(span, Value::Date(DateValue { start: start.into(), end: Some(end.into()), granularity: Granularity::Day }))
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
        let got = build_schedule(&Document { text, language: Language::Chinese }, &Layout::of(text), &anns, None);
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
    fn a_date_cell_read_as_an_item_is_no_item() {
        let text = "拟议工作安排\n\n6 月 16 日，星期一\n\n上午 10 时–下午 1 时 1(a) 会议开幕\n";
        let anns = vec![
            item(at(text, "6 月 16 日，星期一", 0), "6", "月 16 日，星期一"),
            date(at(text, "6 月 16 日，星期一", 0), "2025-06-16"),
            time(at(text, "上午 10 时–下午 1 时", 0), "10:00", "13:00"),
            item(at(text, "1(a) 会议开幕", 0), "1(a)", "会议开幕"),
        ];
        let got = build_schedule(&Document { text, language: Language::Chinese }, &Layout::of(text), &anns, None);
        assert_eq!(got, vec![row(Some("2025-06-16"), Some("10:00"), Some("13:00"), &["1(a)"], &["会议开幕"])]);
    }

    #[test]
    fn a_night_written_with_a_slash_is_one_row_on_its_first_day() {
        let text = "拟议工作安排\n\n6 月 4/5 日\t晚上7时至11时\t4\t其他事项\n";
        let anns = vec![
            date_range(at(text, "6 月 4/5 日", 0), "2025-06-04", "2025-06-05"),
            time(at(text, "晚上7时至11时", 0), "19:00", "23:00"),
            item(at(text, "4\t其他事项", 0), "4", "其他事项"),
        ];
        let got = build_schedule(&Document { text, language: Language::Chinese }, &Layout::of(text), &anns, None);
        assert_eq!(got, vec![row(Some("2025-06-04"), Some("19:00"), Some("23:00"), &["4"], &["其他事项"])]);
    }

    #[test]
    fn a_date_cell_giving_a_range_is_a_row_on_each_working_day() {
        let text = "拟议工作安排\n\n6 月 3 日\t上午10时至下午1时\t1\t会议开幕\n6 月 5 日至 9 日\t下午3时至6时\t2\t技术援助\n";
        let range = date_range(at(text, "6 月 5 日至 9 日", 0), "2025-06-05", "2025-06-09");
        let anns = vec![
            date(at(text, "6 月 3 日", 0), "2025-06-03"),
            time(at(text, "上午10时至下午1时", 0), "10:00", "13:00"),
            item(at(text, "1\t会议开幕", 0), "1", "会议开幕"),
            range,
            time(at(text, "下午3时至6时", 0), "15:00", "18:00"),
            item(at(text, "2\t技术援助", 0), "2", "技术援助"),
        ];
        let got = build_schedule(&Document { text, language: Language::Chinese }, &Layout::of(text), &anns, None);
        // Thursday 5 June to Monday 9 June 2025: the weekend is left out.
        let afternoon = |d| row(Some(d), Some("15:00"), Some("18:00"), &["2"], &["技术援助"]);
        assert_eq!(
            got,
            vec![row(Some("2025-06-03"), Some("10:00"), Some("13:00"), &["1"], &["会议开幕"]), afternoon("2025-06-05"), afternoon("2025-06-06"), afternoon("2025-06-09")]
        );
    }

    #[test]
    fn the_slots_under_a_date_range_go_day_by_day() {
        let text = "拟议工作安排\n\n6 月 5 日至 6 日\n上午10时至下午1时\t1\t会议开幕\n下午3时至6时\t2\t技术援助\n6 月 9 日\n上午10时至下午1时\t3\t通过报告\n";
        let range = date_range(at(text, "6 月 5 日至 6 日", 0), "2025-06-05", "2025-06-06");
        let anns = vec![
            range,
            time(at(text, "上午10时至下午1时", 0), "10:00", "13:00"),
            item(at(text, "1\t会议开幕", 0), "1", "会议开幕"),
            time(at(text, "下午3时至6时", 0), "15:00", "18:00"),
            item(at(text, "2\t技术援助", 0), "2", "技术援助"),
            date(at(text, "6 月 9 日", 0), "2025-06-09"),
            time(at(text, "上午10时至下午1时", 1), "10:00", "13:00"),
            item(at(text, "3\t通过报告", 0), "3", "通过报告"),
        ];
        let got = build_schedule(&Document { text, language: Language::Chinese }, &Layout::of(text), &anns, None);
        let morning = |d| row(Some(d), Some("10:00"), Some("13:00"), &["1"], &["会议开幕"]);
        let afternoon = |d| row(Some(d), Some("15:00"), Some("18:00"), &["2"], &["技术援助"]);
        assert_eq!(
            got,
            vec![morning("2025-06-05"), afternoon("2025-06-05"), morning("2025-06-06"), afternoon("2025-06-06"), row(Some("2025-06-09"), Some("10:00"), Some("13:00"), &["3"], &["通过报告"])]
        );
    }

    #[test]
    fn a_range_inside_a_line_is_no_row_range() {
        let text = "拟议工作安排\n\n维也纳，6 月 5 日至 6 日\n上午10时至下午1时\t1\t会议开幕\n";
        let range = date_range(at(text, "6 月 5 日至 6 日", 0), "2025-06-05", "2025-06-06");
        let anns = vec![range, time(at(text, "上午10时至下午1时", 0), "10:00", "13:00"), item(at(text, "1\t会议开幕", 0), "1", "会议开幕")];
        let got = build_schedule(&Document { text, language: Language::Chinese }, &Layout::of(text), &anns, None);
        assert_eq!(got, vec![row(Some("2025-06-05"), Some("10:00"), Some("13:00"), &["1"], &["会议开幕"])]);
    }

    #[test]
    fn english_table_without_dates_keeps_nulls() {
        // Under each heading a schedule may stand under.
        for heading in ["Proposed organization of work", "Tentative programme of work", "Proposed timetable"] {
            let text = &format!("{heading}\n\n10 a.m.–1 p.m.\t1 (a)\tOpening of the session\n\t2\tAdoption of the report\n");
            let anns = vec![
                time(at(text, "10 a.m.–1 p.m.", 0), "10:00", "13:00"),
                item(at(text, "1 (a)\tOpening of the session", 0), "1(a)", "Opening of the session"),
                item(at(text, "2\tAdoption of the report", 0), "2", "Adoption of the report"),
            ];
            let got = build_schedule(&Document { text, language: Language::English }, &Layout::of(text), &anns, None);
            assert_eq!(
                got,
                vec![row(None, Some("10:00"), Some("13:00"), &["1(a)", "2"], &["Opening of the session", "Adoption of the report"])],
                "{heading}"
            );
        }
    }

    #[test]
    fn without_readable_times_each_line_with_a_first_cell_starts_a_row() {
        let text = "Organization of work\n\nMorning\t1\tOpening\n\t2\tElection\nAfternoon\t3 and 4\tReview Report\n";
        let anns = vec![
            item(at(text, "1\tOpening", 0), "1", "Opening"),
            item(at(text, "2\tElection", 0), "2", "Election"),
            item(at(text, "Review", 0), "3", "Review"),
            item(at(text, "Report", 0), "4", "Report"),
        ];
        let got = build_schedule(&Document { text, language: Language::English }, &Layout::of(text), &anns, None);
        assert_eq!(
            got,
            vec![row(None, None, None, &["1", "2"], &["Opening", "Election"]), row(None, None, None, &["3", "4"], &["Review", "Report"])]
        );
    }

    #[test]
    fn table_cells_are_read_when_no_annotation_gives_dates_or_times() {
        let text = "Distr.: General\n26 June 2023\n\n2023年9月5日至8日，维也纳\n\n拟议的工作安排\n\n日期和时间\t项目\t标题或说明\n9月5日，星期二\t\t\n上午 10 时至下午 1 时\t1\t会议开幕\n\t2\t通过议程\n下午 1 时 30 分至 3 时 30 分\t3\t技术援助\n9月6日，星期三\n上午10时至中午12时\t4\t通过报告\n";
        let anns = vec![
            item(at(text, "1\t会议开幕", 0), "1", "会议开幕"),
            item(at(text, "2\t通过议程", 0), "2", "通过议程"),
            item(at(text, "3\t技术援助", 0), "3", "技术援助"),
            item(at(text, "4\t通过报告", 0), "4", "通过报告"),
        ];
        let got = build_schedule(&Document { text, language: Language::Chinese }, &Layout::of(text), &anns, None);
        assert_eq!(
            got,
            vec![
                row(Some("2023-09-05"), Some("10:00"), Some("13:00"), &["1", "2"], &["会议开幕", "通过议程"]),
                row(Some("2023-09-05"), Some("13:30"), Some("15:30"), &["3"], &["技术援助"]),
                row(Some("2023-09-06"), Some("10:00"), Some("12:00"), &["4"], &["通过报告"]),
            ]
        );
    }

    #[test]
    fn english_table_cells() {
        let text = "Proposed organization of work\n\nMonday, 16 November 2020\n10 a.m.–1 p.m.\t1 (a)\tOpening\n3-6 p.m.\t2\tReview\nTuesday, 17 November\n10 a.m.–noon\t3\tReport\n15:00–18:00\t4\tClosing\n";
        let anns = vec![
            item(at(text, "1 (a)\tOpening", 0), "1(a)", "Opening"),
            item(at(text, "2\tReview", 0), "2", "Review"),
            item(at(text, "3\tReport", 0), "3", "Report"),
            item(at(text, "4\tClosing", 0), "4", "Closing"),
        ];
        let reference = Some(Reference { year: 2020, month: Some(11) });
        let got = build_schedule(&Document { text, language: Language::English }, &Layout::of(text), &anns, reference);
        assert_eq!(
            got,
            vec![
                row(Some("2020-11-16"), Some("10:00"), Some("13:00"), &["1(a)"], &["Opening"]),
                row(Some("2020-11-16"), Some("15:00"), Some("18:00"), &["2"], &["Review"]),
                row(Some("2020-11-17"), Some("10:00"), Some("12:00"), &["3"], &["Report"]),
                row(Some("2020-11-17"), Some("15:00"), Some("18:00"), &["4"], &["Closing"]),
            ]
        );
    }

    /// The schedule of `text`, its items found by the agenda recogniser.
    fn schedule_of(text: &str, reference: Option<Reference>) -> Vec<ScheduleRow> {
        let doc = Document::new(text);
        let (mut anns, _, layout) = crate::agenda::find_agenda(&doc);
        anns.sort_by_key(|a| a.span.start);
        build_schedule(&doc, &layout, &anns, reference)
    }

    #[test]
    fn a_row_repeating_its_slots_date_and_time_goes_on_with_it() {
        let reference = Some(Reference { year: 2026, month: Some(3) });
        // Each case: the table, then each row's date, start and items.
        type Rows<'a> = &'a [(&'a str, &'a str, &'a [&'a str])];
        let cases: &[(&str, Rows)] = &[
            // A table read by its header: each row repeats the date and time cells.
            (
                "日期\t时间\t项目\t标题\n3 月 9 日，星期一\t10:00–13:00\t1\t选举主席团成员\n3 月 9 日，星期一\t10:00–13:00\t2\t通过议程\n3 月 9 日，星期一\t15:00–18:00\t3\t一般性辩论\n3 月 10 日，星期二\t15:00–18:00\t4\t战略管理\n",
                &[("2026-03-09", "10:00", &["1", "2"]), ("2026-03-09", "15:00", &["3"]), ("2026-03-10", "15:00", &["4"])],
            ),
            // The table under the heading, its cells read: the time repeated, then the day.
            (
                "拟议工作安排\n\n3月9日\t上午10时至下午1时\t1\t选举主席团成员\n\t上午10时至下午1时\t2\t通过议程\n3月9日\t下午3时至6时\t3\t一般性辩论\n3月9日\t下午3时至6时\t4\t战略管理\n",
                &[("2026-03-09", "10:00", &["1", "2"]), ("2026-03-09", "15:00", &["3", "4"])],
            ),
            // Not: another day at the same time, or the same day at another time.
            (
                "日期\t时间\t项目\t标题\n3 月 9 日\t10:00–13:00\t1\t开幕\n3 月 10 日\t10:00–13:00\t2\t辩论\n3 月 10 日\t15:00–18:00\t3\t报告\n",
                &[("2026-03-09", "10:00", &["1"]), ("2026-03-10", "10:00", &["2"]), ("2026-03-10", "15:00", &["3"])],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<(String, String, Vec<String>)> =
                schedule_of(text, reference).into_iter().map(|r| (r.date.unwrap_or_default(), r.start.unwrap_or_default(), r.items)).collect();
            let want: Vec<(String, String, Vec<String>)> = want.iter().map(|(d, t, i)| (d.to_string(), t.to_string(), i.iter().map(|s| s.to_string()).collect())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_line_holding_only_a_title_carries_on_the_title_above() {
        let reference = Some(Reference { year: 2026, month: Some(6) });
        // Each case: the table, then each row's items and titles.
        type Rows<'a> = &'a [(&'a [&'a str], &'a [&'a str])];
        let cases: &[(&str, Rows)] = &[
            (
                "Date and time\tItem\tTitle\nMonday, 8 June\n3 p.m.–6 p.m.\t3\tReview of implementation of the United Nations\n\t\tConvention against Corruption\n\t4\tOther matters\n",
                &[(&["3", "4"], &["Review of implementation of the United Nations Convention against Corruption", "Other matters"])],
            ),
            (
                "日期和时间\t项目\t标题\n6 月 8 日\n下午 3 时至 6 时\t3\t审议《联合国反腐败公约》的\n\t\t实施情况\n",
                &[(&["3"], &["审议《联合国反腐败公约》的实施情况"])],
            ),
            // A date cell parted after its weekday goes on with the table.
            (
                "Date and time\tItem\tTitle\nMonday, 8 June\n10 a.m.–1 p.m.\t1\tOpening\nTuesday,\n9 June\n10 a.m.–1 p.m.\t2\tStrategic management, budgetary and administrative\n\t\tquestions\n",
                &[(&["1"], &["Opening"]), (&["2"], &["Strategic management, budgetary and administrative questions"])],
            ),
            // Not: a title that ends in a bracket or a stop, nor one past a blank line.
            (
                "Date and time\tItem\tTitle\nMonday, 8 June\n10 a.m.–1 p.m.\t3\tReview (continued)\n\t\tPanel discussion\n",
                &[(&["3"], &["Review"]), (&[], &["Panel discussion"])],
            ),
            (
                "Date and time\tItem\tTitle\nMonday, 8 June\n10 a.m.–1 p.m.\t3\tReview\n\n\t\tPanel discussion\n",
                &[(&["3"], &["Review"]), (&[], &["Panel discussion"])],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<(Vec<String>, Vec<String>)> = schedule_of(text, reference).into_iter().map(|r| (r.items, r.titles)).collect();
            let want: Vec<(Vec<String>, Vec<String>)> =
                want.iter().map(|(i, t)| (i.iter().map(|s| s.to_string()).collect(), t.iter().map(|s| s.to_string()).collect())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_journals_programme_of_meetings_is_no_schedule() {
        for text in [
            "Journal\n\nProgramme of meetings\n\nWednesday, 18 June 2025\n\n10 a.m.–1 p.m.\t5th meeting\tPlenary Hall M\n\t2\tReview of implementation\n",
            "日刊\n\n今日会议安排\n\n2025 年 6 月 17 日，星期二\n上午 10 时至下午 1 时\t第 3 次全体会议\tC 楼 C3 会议室\n\t2\t审议实施情况\n",
        ] {
            let english = text.starts_with('J');
            let (date, hours, item_text) = if english { ("Wednesday, 18 June 2025", "10 a.m.–1 p.m.", "2\tReview of implementation") } else { ("2025 年 6 月 17 日，星期二", "上午 10 时至下午 1 时", "2\t审议实施情况") };
            let title = item_text.split('\t').nth(1).unwrap_or("");
            let anns = vec![date_range(at(text, date, 0), "2025-06-18", "2025-06-18"), time(at(text, hours, 0), "10:00", "13:00"), item(at(text, item_text, 0), "2", title)];
            let language = if english { Language::English } else { Language::Chinese };
            assert_eq!(build_schedule(&Document { text, language }, &Layout::of(text), &anns, None), vec![], "{text}");
        }
    }

    #[test]
    fn each_meeting_of_a_programme_of_work_is_a_row() {
        let text = "Date\tMeeting\tAgenda item\tSubject\nMonday, 7 October\t1st\t\tOrganization of work\n\t2nd\t109\tCrime prevention\n\t\t110\tDrug control\nTuesday, 8 October\t3rd\t109\tCrime prevention (continued)\n\t4th\tItems 72 and 73\tSelf-determination\n";
        let got = schedule_of(text, Some(Reference { year: 2024, month: Some(10) }));
        assert_eq!(
            got,
            vec![
                row(Some("2024-10-07"), None, None, &[], &["Organization of work"]),
                row(Some("2024-10-07"), None, None, &["109", "110"], &["Crime prevention", "Drug control"]),
                row(Some("2024-10-08"), None, None, &["109"], &["Crime prevention"]),
                row(Some("2024-10-08"), None, None, &["72", "73"], &["Self-determination"]),
            ]
        );
        // Without a year anywhere, the dates stay unknown.
        assert_eq!(schedule_of(text, None)[0].date, None);
    }

    #[test]
    fn a_time_cell_with_two_spans_gives_a_row_for_each() {
        let text = "Date\tTime\tAgenda item\tTopic\nMonday, 28 October\t10 a.m.–1 p.m. and 3–6 p.m.\t79\tReport of the Commission\nTuesday, 29 October\t10 a.m.–1 p.m.\t80\tDiplomatic protection\n";
        let got = schedule_of(text, Some(Reference { year: 2024, month: None }));
        assert_eq!(
            got,
            vec![
                row(Some("2024-10-28"), Some("10:00"), Some("13:00"), &["79"], &["Report of the Commission"]),
                row(Some("2024-10-28"), Some("15:00"), Some("18:00"), &["79"], &["Report of the Commission"]),
                row(Some("2024-10-29"), Some("10:00"), Some("13:00"), &["80"], &["Diplomatic protection"]),
            ]
        );
    }

    #[test]
    fn a_new_meeting_without_a_time_has_none() {
        let text = "| Date | Time | Meeting | Item | Subject |\n|---|---|---|---|---|\n| Monday, 7 October | 10 a.m.-1 p.m. | 1st | 5 | Election of officers |\n| | | | 6 | Organization of work |\n| | | 2nd | 80 | Criminal accountability |\n";
        let got = schedule_of(text, Some(Reference { year: 2024, month: None }));
        assert_eq!(
            got,
            vec![
                row(Some("2024-10-07"), Some("10:00"), Some("13:00"), &["5", "6"], &["Election of officers", "Organization of work"]),
                row(Some("2024-10-07"), None, None, &["80"], &["Criminal accountability"]),
            ]
        );
    }

    #[test]
    fn a_time_cell_that_cannot_be_read_still_starts_a_slot() {
        let text = "Date\tTime\tItem\tSubject\nMonday, 7 October\tMorning\t1\tOpening\n\t\t2\tElection\n\tAfternoon\t3\tGeneral debate\n";
        let got = schedule_of(text, Some(Reference { year: 2024, month: None }));
        assert_eq!(
            got,
            vec![row(Some("2024-10-07"), None, None, &["1", "2"], &["Opening", "Election"]), row(Some("2024-10-07"), None, None, &["3"], &["General debate"])]
        );
    }

    #[test]
    fn date_and_time_column_of_a_council_session() {
        let text = "Date and time\tItem\tProgramme\nMonday, 14 March\t\t\n10 a.m.-1 p.m.\t1\tOpening of the session\n\t2\tElection of officers\nNoon-1 p.m.\t3\tGeneral debate\nTuesday, 15 March, 3-6 p.m.\t4\tReport\n\n日期和时间\t项目\t方案\n3月16日，星期三\n下午3时至6时\t3\t一般性辩论（续）\n";
        let got = schedule_of(text, Some(Reference { year: 2022, month: Some(3) }));
        assert_eq!(
            got,
            vec![
                row(Some("2022-03-14"), Some("10:00"), Some("13:00"), &["1", "2"], &["Opening of the session", "Election of officers"]),
                row(Some("2022-03-14"), Some("12:00"), Some("13:00"), &["3"], &["General debate"]),
                row(Some("2022-03-15"), Some("15:00"), Some("18:00"), &["4"], &["Report"]),
                row(Some("2022-03-16"), Some("15:00"), Some("18:00"), &["3"], &["一般性辩论"]),
            ]
        );
    }

    #[test]
    fn a_table_read_by_its_header_leaves_the_one_under_the_heading_in_place() {
        let text = "Side events\n\nDate\tTime\tItem\tSubject\nMonday, 7 October\t1-2 p.m.\t3\tPanel\n\nProposed organization of work\n\n10 a.m.–1 p.m.\t1 (a)\tOpening\n";
        let got = schedule_of(text, Some(Reference { year: 2024, month: None }));
        assert_eq!(
            got,
            vec![row(Some("2024-10-07"), Some("13:00"), Some("14:00"), &["3"], &["Panel"]), row(None, Some("10:00"), Some("13:00"), &["1(a)"], &["Opening"])]
        );
    }

    #[test]
    fn budget_and_attendance_tables_give_no_rows() {
        let reference = Some(Reference { year: 2024, month: None });
        let budget = "Programme budget implications\n\nItem\tDescription\tAmount (United States dollars)\n1\tConference services\t182 400\n2\tTravel\t54 300\n";
        assert!(schedule_of(budget, reference).is_empty());
        let attendance = "Date\tMeeting\tDelegations present\nTuesday, 3 October 2023\t1st\t121\n";
        assert!(schedule_of(attendance, reference).is_empty());
    }

    #[test]
    fn no_table_no_rows() {
        let text = "1. 会议开幕\n\n会议将于12月13日上午10时开幕。";
        let anns = vec![item(at(text, "1. 会议开幕", 0), "1", "会议开幕"), date(at(text, "12月13日", 0), "2021-12-13")];
        assert!(build_schedule(&Document { text, language: Language::Chinese }, &Layout::of(text), &anns, None).is_empty());
        assert!(build_schedule(&Document { text: "", language: Language::English }, &Layout::default(), &[], None).is_empty());
    }
}
