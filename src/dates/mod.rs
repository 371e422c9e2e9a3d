//! Dates and date ranges, in Chinese and English.
//!
//! `2021年12月13日至17日` → `{"start": "2021-12-13", "end": "2021-12-17"}`;
//! `2022 年 11 月 7 日、9 日和 10 日` → three dates, year and month carried;
//! `2021 年上半年` → months `2021-01`..`2021-06`; `Monday, 1 June 2015` →
//! `2015-06-01`, the weekday inside the span.
//!
//! The recognisers (`zh` and `en`, both run on every document, since
//! Chinese documents carry English header dates) report the parts the text
//! gives; [`find_dates`] completes a missing year from a full date earlier
//! in the same sentence, else from the document's [`Reference`], checks the
//! calendar and writes ISO values.
//!
//! A week named by one of its days is the working week that contains that
//! day: `the week of 8 September 2025` (a Monday) → `2025-09-08`..`2025-09-12`,
//! `in the week of 26 May`, `the week beginning 3 June`, `during the weeks
//! of 2 and 9 June` (also `during weeks of`, `Weeks of 2 and 9 June:`), `9 月 8 日当周`
//! (`这一周`, `所在的一周`; after a list whose later days leave the month
//! out, every day's week: `6 月 9 日和 16 日当周`). The week is the ISO one (Monday to Sunday, as
//! Duckling counts weeks) and its value the Monday to the Friday, the days a
//! UN body meets; `week of` (or the Chinese word after the date) joins the
//! span, since it changes what the date means, `the`/`in` stay out.
//!
//! A part of a month or year named by a word is a range of its thirds, the
//! same in both languages: the first, middle or last ten days of a month
//! (`上旬`/`中旬`/`下旬`, `3 月初`/`3 月中`/`3 月底`, `early`/`mid`/`late March`,
//! `the beginning`/`middle`/`end of March`; the last to the month's end),
//! the first, middle or last four months of a year (`2026 年初`, `年中`,
//! `2025 年底`/`年末`, `early`/`mid`/`late 2025`, `the beginning of 2026`,
//! `the end of 2025`, `end-2024`), the word in the span, `the` out. A season
//! is no fixed months (a UN document is read in both hemispheres): `spring
//! 2025` and `2025 年春季` are the year alone, the season's word outside the
//! span.
//!
//! Left out on purpose: numbers inside document symbols and resolution
//! numbers (`CAC/COSP/2021/1`, `第 58/4 号决议` — no `年`/month name, and
//! [`crate::resolve`] drops anything overlapping a symbol), years that are
//! part of a name (`《2030 年可持续发展议程》`, `the 2030 Agenda`), words
//! around the date (`截至`, `from`), and a day without a month
//! (`14 日`) unless it continues a list or range.

mod cursor;
mod en;
mod zh;

pub(crate) use cursor::Cursor;
pub(crate) use en::starts_with_month;

use crate::model::{Annotation, DateValue, Granularity, Value};
use crate::span::Span;
use crate::text::Document;

/// The year and month that complete dates written without them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// Year of the meeting (or of issue).
    pub year: i32,
    /// Month of the meeting, when known.
    pub month: Option<u32>,
}

/// The parts of a date as the text gives them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
}

impl Parts {
    fn year(y: u32) -> Parts {
        Parts { year: i32::try_from(y).ok(), month: None, day: None }
    }

    /// The finest part given.
    fn granularity(self) -> Granularity {
        if self.day.is_some() {
            Granularity::Day
        } else if self.month.is_some() {
            Granularity::Month
        } else {
            Granularity::Year
        }
    }

    /// The coarser parts that `self` leaves out, taken from `from`
    /// (`17 日` after `2021 年 12 月 13 日` → 2021-12-17).
    fn after(self, from: Parts) -> Parts {
        let month = self.month.or(if self.day.is_some() { from.month } else { None });
        let year = self.year.or(if month.is_some() || self.day.is_some() { from.year } else { None });
        Parts { year, month, day: self.day }
    }

    /// True when `next` is the day after `self`, years aside: a night
    /// meeting's second date may leave its year out (`31 December/1 January`).
    fn day_before(self, next: Parts) -> bool {
        let (Some(m), Some(d), Some(m2), Some(d2)) = (self.month, self.day, next.month, next.day) else { return false };
        let (_, nm, nd) = next_day((self.year.unwrap_or(1), m, d));
        (nm, nd) == (m2, d2)
    }

    fn key(self) -> (i32, u32, u32) {
        (self.year.unwrap_or(0), self.month.unwrap_or(0), self.day.unwrap_or(0))
    }

    /// True when every given part exists in the calendar.
    fn is_valid(self) -> bool {
        let year_ok = self.year.is_some_and(|y| (1000..=2999).contains(&y));
        let month_ok = self.month.is_none_or(|m| (1..=12).contains(&m));
        let day_ok = match (self.month, self.day) {
            (_, None) => true,
            (Some(m), Some(d)) => d >= 1 && d <= days_in_month(self.year.unwrap_or(0), m),
            (None, Some(_)) => false,
        };
        year_ok && month_ok && day_ok
    }

    fn iso(self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), _, _) => format!("{y:04}"),
            _ => String::new(),
        }
    }
}

/// The reference year, or the one next to it when `month` is across the turn
/// of the year from the reference month (more than eight months away): in a
/// document about a December meeting `1 月 3 日` is in the next year, in one
/// about a January meeting `12 月 15 日` in the year before; `5 月` stays.
fn nearest_year(reference: Reference, month: Option<u32>) -> i32 {
    match (reference.month, month) {
        (Some(r), Some(m)) if r > m + 8 => reference.year + 1,
        (Some(r), Some(m)) if m > r + 8 => reference.year - 1,
        _ => reference.year,
    }
}

/// Longest range, in days, that [`working_days`] spells out: a longer one
/// is a session's period, not a slot of a programme.
const MAX_SLOT_DAYS: usize = 14;

/// The days from `first` to `last` (ISO `YYYY-MM-DD`, both included),
/// leaving out the Saturdays and Sundays between them: a programme's row
/// dated `27–28 May` meets on both days, one dated `Friday, 30 May–Monday,
/// 2 June` on the Friday and the Monday. `None` when either is no day, the
/// range runs backwards or is longer than [`MAX_SLOT_DAYS`].
pub(crate) fn working_days(first: &str, last: &str) -> Option<Vec<String>> {
    let (start, end) = (iso_day(first)?, iso_day(last)?);
    if start >= end {
        return None;
    }
    let mut out = Vec::new();
    let mut day = start;
    while day <= end {
        if out.len() > MAX_SLOT_DAYS {
            return None;
        }
        let weekend = weekday(day.0, day.1, day.2) >= 5;
        if !weekend || day == start || day == end {
            out.push(iso(day));
        }
        day = next_day(day);
    }
    Some(out)
}

/// Year, month and day of an ISO day `YYYY-MM-DD`.
fn iso_day(d: &str) -> Option<(i32, u32, u32)> {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !d[..4].bytes().chain(d[5..7].bytes()).chain(d[8..].bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
    Some((n(0..4) as i32, n(5..7), n(8..10)))
}

/// The day of the week of a date, 0 for Monday to 6 for Sunday.
fn weekday(year: i32, month: u32, day: u32) -> u32 {
    const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let sunday_first = (y + y / 4 - y / 100 + y / 400 + OFFSETS[(month as usize - 1) % 12] + day as i32).rem_euclid(7);
    ((sunday_first + 6) % 7) as u32
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// A date or range as a recogniser found it, before completion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    span: Span,
    start: Parts,
    end: Option<Parts>,
}

/// Finds dates and ranges of dates in Chinese and English; `reference`
/// completes those written without a year (they are left out when it is
/// `None`). Linear in the length of the text.
pub fn find_dates(doc: &Document, reference: Option<Reference>) -> Vec<Annotation> {
    let mut found = zh::find(doc.text);
    found.extend(en::find(doc.text));
    // Both recognisers may read the digits of `2020–2021 年`: keep the longer.
    crate::sorting::sort_by(&mut found, |a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
    let mut reach = 0;
    found.retain(|f| {
        let keep = f.span.start >= reach;
        reach = reach.max(f.span.end);
        keep
    });
    // A date without a year takes the year of a full date earlier in the
    // same sentence (`将于 2022 年 9 月 13 日开幕，一般性辩论于 9 月 20 日至
    // 26 日举行`), else the document's reference.
    // A list that writes the year once, at its end, gives it to every date
    // before (`from 22 January to 29 March, from 13 May to 28 June and from
    // 29 July to 13 September 2024`): read backwards, each date without a
    // year takes the one of the next date when only connectives lie between
    // and that date writes its year last, as English does (a Chinese year
    // opens its date and carries forward only: `12 月 14 日和 2021 年 12 月 15 日`).
    let mut closing: Vec<Option<Reference>> = vec![None; found.len()];
    for k in (0..found.len().saturating_sub(1)).rev() {
        let next = &found[k + 1];
        let year_last = doc.text.get(next.span.range()).is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()));
        let year = next.start.year.or(next.end.and_then(|e| e.year)).or(closing[k + 1].map(|r| r.year));
        if year.is_some() && (year_last || closing[k + 1].is_some()) && only_connectives(doc.text.get(found[k].span.end..next.span.start).unwrap_or("x")) {
            closing[k] = year.map(|year| Reference { year, month: next.start.month });
        }
    }
    let mut anchor: Option<(usize, i32)> = None;
    // The end of a day that `weeks of` opens a list with (`the weeks of
    // 2 and 9 June`, `during weeks of 2 and 9 June`): the days listed after it name weeks too.
    let mut weeks_until: Option<usize> = None;
    let mut out = Vec::with_capacity(found.len());
    for (f, closing) in found.into_iter().zip(closing) {
        let given = f.start.year.or(f.end.and_then(|e| e.year));
        let own = match (given, anchor, closing) {
            (None, _, Some(next)) => Some(next),
            (None, Some((end, year)), None) if same_sentence(doc.text, end, f.span.start) => {
                Some(Reference { year, month: None })
            }
            _ => reference,
        };
        if let Some(year) = f.end.and_then(|e| e.year).or(given) {
            anchor = Some((f.span.end, year));
        }
        if let Some(date) = complete(f, own) {
            let listed = weeks_until.is_some_and(|end| only_connectives(doc.text.get(end..date.span.start).unwrap_or("x")));
            let (date, more_weeks) = as_named_week(doc.text, date, listed);
            weeks_until = more_weeks.then_some(date.span.end);
            out.push(date);
        }
    }
    weeks_listed_before(doc.text, &mut out);
    out
}

/// `6 月 9 日和 16 日当周`: a Chinese word of [`WEEK_AFTER`] after the last
/// day of a list whose later days leave their month out names the week of
/// every day of it, as `the weeks of 9 and 16 June` does; each earlier
/// day's value becomes its working week, its span stays. A list that
/// writes each month (`6 月 2 日和 6 月 9 日当周`) may name one day and
/// one week, and is left as written. One backward pass over the dates.
fn weeks_listed_before(text: &str, out: &mut [Annotation]) {
    let mut carrying = false;
    for k in (0..out.len()).rev() {
        let written = text.get(out[k].span.range()).unwrap_or("");
        // Every word of WEEK_AFTER ends with 周: one literal check first.
        let names_week = carrying || (written.ends_with('周') && WEEK_AFTER.iter().any(|w| written.ends_with(w)));
        carrying = false;
        let Some(prev) = k.checked_sub(1) else { break };
        // A later day of the list writes no month (`16 日`, not `6 月 16 日`).
        let day_alone = !written.contains('月');
        if !(names_week && day_alone && only_connectives(text.get(out[prev].span.end..out[k].span.start).unwrap_or("x"))) {
            continue;
        }
        let Value::Date(v) = &out[prev].value else { continue };
        let Some(day) = iso_day(&v.start).filter(|_| v.end.is_none()) else { continue };
        let (monday, friday) = working_week(day);
        out[prev].value = Value::Date(DateValue { start: iso(monday), end: Some(iso(friday)), granularity: Granularity::Day });
        carrying = true;
    }
}

/// Words right before a day that make it name its week (`the week of 8
/// September`), the last word first and `week` before it.
const WEEK_OF: &[&str] = &["of", "beginning", "starting", "commencing"];
/// Words right after a Chinese day that make it name its week (`9 月 8 日当周`).
const WEEK_AFTER: &[&str] = &["所在的一周", "所在周", "的这一周", "的那一周", "这一周", "那一周", "当周", "这周", "那周"];

/// `date`, or the working week it names when `week of` precedes it, `当周`
/// follows it or it continues a list that `the weeks of` opens (`listed`):
/// the span takes those words in, the value runs from the Monday to the
/// Friday of the date's week. Only a single day names a week. The flag
/// returned is true when the days listed next name weeks too.
fn as_named_week(text: &str, mut date: Annotation, listed: bool) -> (Annotation, bool) {
    let Value::Date(v) = &date.value else { return (date, false) };
    let Some(day) = iso_day(&v.start).filter(|_| v.end.is_none()) else { return (date, false) };
    let before = week_word_before(text, date.span.start);
    let after = text.get(date.span.end..).and_then(|rest| WEEK_AFTER.iter().find(|w| rest.starts_with(**w)));
    if before.is_none() && after.is_none() && !listed {
        return (date, false);
    }
    let (monday, friday) = working_week(day);
    let start = before.map_or(date.span.start, |(start, _)| start);
    let end = date.span.end + after.map_or(0, |w| w.len());
    date.span = Span::new(start, end);
    date.value = Value::Date(DateValue { start: iso(monday), end: Some(iso(friday)), granularity: Granularity::Day });
    let more_weeks = listed || before.is_some_and(|(_, plural)| plural);
    (date, more_weeks)
}

/// Words right before a plural `weeks of` that make it name the weeks of
/// the days listed after it (`the weeks of 2 and 9 June`, `during weeks of
/// 2 and 9 June`); a number or quantifier there counts weeks instead (`two
/// weeks of 8 September`, `several weeks of`), naming none.
const WEEKS_LEAD: &[&str] = &["the", "The", "during", "During", "in", "In", "over", "Over", "throughout", "Throughout"];

/// Where `week` starts when `week of` (or `week beginning` …) and white
/// space end the text before byte `i`, and whether it is the plural `weeks
/// of` that a list of days follows: after a word of [`WEEKS_LEAD`], or
/// opening a bracket or clause, or its line or a table's cell with a
/// capital (`Weeks of 2 and 9 June:`; a PDF line break inside a sentence
/// is no opening).
fn week_word_before(text: &str, i: usize) -> Option<(usize, bool)> {
    let head = text.get(..i)?.trim_end_matches(crate::text::is_ws);
    let rest = WEEK_OF.iter().find_map(|w| head.strip_suffix(w))?;
    let trimmed = rest.trim_end_matches(crate::text::is_ws);
    let bounded = |stem: &str| trimmed.len() < rest.len() && !stem.ends_with(|c: char| c.is_alphanumeric());
    if let Some(stem) = trimmed.strip_suffix("weeks").or_else(|| trimmed.strip_suffix("Weeks")) {
        let lead = stem.trim_end_matches(crate::text::is_ws);
        let word = &lead[lead.trim_end_matches(|c: char| c.is_alphanumeric()).len()..];
        let capital = trimmed.ends_with("Weeks");
        let new_line = capital && stem[lead.len()..].contains(['\n', '\t']);
        let opens = lead.is_empty() || new_line || lead.ends_with(['(', '[', ':', ';', ',']);
        return (bounded(stem) && (opens || WEEKS_LEAD.contains(&word))).then_some((stem.len(), true));
    }
    let stem = trimmed.strip_suffix("week").or_else(|| trimmed.strip_suffix("Week"))?;
    bounded(stem).then_some((stem.len(), false))
}

/// The Monday and the Friday of the ISO week (Monday to Sunday) of `day`.
fn working_week(day: (i32, u32, u32)) -> ((i32, u32, u32), (i32, u32, u32)) {
    let mut monday = day;
    for _ in 0..weekday(day.0, day.1, day.2) {
        monday = previous_day(monday);
    }
    let friday = (0..4).fold(monday, |d, _| next_day(d));
    (monday, friday)
}

/// The day after `(year, month, day)`.
fn next_day((y, m, d): (i32, u32, u32)) -> (i32, u32, u32) {
    if d < days_in_month(y, m) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    }
}

/// The day before `(year, month, day)`.
fn previous_day((y, m, d): (i32, u32, u32)) -> (i32, u32, u32) {
    if d > 1 {
        (y, m, d - 1)
    } else if m > 1 {
        (y, m - 1, days_in_month(y, m - 1))
    } else {
        (y - 1, 12, 31)
    }
}

/// `YYYY-MM-DD` of a day.
fn iso((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The most bytes between two dates of one list.
const LIST_GAP: usize = 16;

/// True when `between` (the text between two dates) only joins them:
/// commas, `and`, `or`, `from`, and white space (`, from `, ` and from `).
fn only_connectives(between: &str) -> bool {
    between.len() <= LIST_GAP
        && !between.trim().is_empty()
        && between.split(|c: char| c.is_whitespace() || c == ',').all(|w| matches!(w, "" | "and" | "or" | "from" | "和" | "、"))
}

/// How far apart, in bytes, a full date and a date that takes its year may be.
const ANCHOR_REACH: usize = 400;

/// True when nothing between bytes `a` and `b` ends a sentence: no `。`,
/// `；`, `. `, blank line …, and they are at most [`ANCHOR_REACH`] apart.
fn same_sentence(text: &str, a: usize, b: usize) -> bool {
    let Some(between) = text.get(a..b).filter(|t| t.len() <= ANCHOR_REACH) else { return false };
    let ends = ['。', '；', ';', '！', '？', '!', '?'];
    !(between.contains(ends) || between.contains(". ") || between.contains(".\n") || between.contains(".\r") || between.contains("\n\n") || between.contains("\n\r\n"))
}

/// Fills in the year, checks the calendar, and writes the ISO value.
fn complete(f: Found, reference: Option<Reference>) -> Option<Annotation> {
    let end_year = f.end.and_then(|e| e.year);
    let given = f.start.year.or(end_year);
    let year = given.or(reference.map(|r| nearest_year(r, f.start.month)))?;
    let mut start = Parts { year: Some(year), ..f.start };
    let end = match f.end {
        Some(e) => {
            let mut end = e.after(start);
            if end.key() < start.key() {
                // `28 December to 3 January 2022`: the start is the year before;
                // `12月28日至1月3日`: the end is the year after.
                if f.start.year.is_none() && end_year.is_some() {
                    start.year = start.year.map(|y| y - 1);
                } else if e.year.is_none() && e.month.is_some() {
                    end.year = end.year.map(|y| y + 1);
                }
            }
            if end.key() <= start.key() || end.granularity() != start.granularity() || !end.is_valid() {
                return None;
            }
            Some(end)
        }
        None => None,
    };
    if !start.is_valid() {
        return None;
    }
    let value = DateValue { start: start.iso(), end: end.map(Parts::iso), granularity: start.granularity() };
    Some(Annotation::new(f.span, Value::Date(value)))
}

/// How far into the text the header may reach, in bytes.
const HEADER_MAX: usize = 2500;
/// How far into the text a document without dates in its header is read
/// for its first full date.
const BODY_MAX: usize = 10_000;
/// A line wider than this is running text and ends the header; an
/// ideograph counts two (a Chinese paragraph line is as wide as an English
/// one with half the characters).
const HEADER_LINE_MAX: usize = 200;

/// True when `line` is running text rather than a header line: very wide,
/// a numbered paragraph, or a long sentence.
fn is_running_text(line: &str) -> bool {
    let line = line.trim();
    let width: usize = line.chars().take(HEADER_LINE_MAX + 1).map(|c| if crate::text::is_cjk(c) { 2 } else { 1 }).sum();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let numbered = digits > 0 && line[digits..].starts_with(". ");
    width > HEADER_LINE_MAX || (numbered && width > 40) || (width > 60 && line.ends_with(['.', '。']))
}

/// The reference year and month of the document: its meeting dates in the
/// header (a range, or a full date after the date of issue), else its date
/// of issue (the first full date of the header), else the first full date
/// of the text. Reads at most the first few kilobytes.
pub fn reference(doc: &Document) -> Option<Reference> {
    let text = doc.text;
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        if end > HEADER_MAX || is_running_text(line) {
            break;
        }
        end += line.len();
    }
    let full_dates = |part: &str| {
        let mut found: Vec<Found> = zh::find(part);
        found.extend(en::find(part));
        found.retain(|f| f.start.year.or(f.end.and_then(|e| e.year)).is_some() && f.start.month.is_some());
        crate::sorting::sort_by_key(&mut found, |f| f.span.start);
        found
    };
    let header = full_dates(text.get(..end).unwrap_or(""));
    let meeting = header.iter().find(|f| f.end.is_some()).or(header.get(1)).or(header.first()).copied();
    let meeting = meeting.or_else(|| {
        let body = text.get(..crate::text::floor_boundary(text, BODY_MAX)).unwrap_or("");
        full_dates(body).into_iter().find(|f| f.start.day.is_some() && !dates_a_name(body, f.span.start))
    })?;
    let done = complete(meeting, None)?;
    let Value::Date(v) = done.value else { return None };
    let year = v.start.get(..4)?.parse().ok()?;
    let month = v.start.get(5..7).and_then(|m| m.parse().ok());
    Some(Reference { year, month })
}

/// True when the date starting at byte `start` dates a named instrument or
/// event (`the Geneva Conventions of 12 August 1949`, `the Convention of
/// 20 December 1988`): a capitalised word, then `of`, right before it. Such a
/// date says nothing about the document's own year.
fn dates_a_name(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|t| t.strip_suffix(" of ")) else { return false };
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.starts_with(|c: char| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn working_days_of_a_range() {
        assert_eq!(working_days("2025-05-27", "2025-05-28"), Some(vec!["2025-05-27".into(), "2025-05-28".into()]));
        // Friday to Monday: the weekend between is left out; across a month and a year.
        assert_eq!(working_days("2025-05-30", "2025-06-02"), Some(vec!["2025-05-30".into(), "2025-06-02".into()]));
        assert_eq!(working_days("2025-12-31", "2026-01-01"), Some(vec!["2025-12-31".into(), "2026-01-01".into()]));
        assert_eq!(working_days("2024-02-28", "2024-03-01").map(|d| d.len()), Some(3));
        // A day on a weekend that opens or closes the range stays.
        assert_eq!(working_days("2025-06-01", "2025-06-02"), Some(vec!["2025-06-01".into(), "2025-06-02".into()]));
        // Not a slot: backwards, one day, longer than a fortnight, not days.
        for (a, b) in [("2025-06-02", "2025-05-30"), ("2025-06-02", "2025-06-02"), ("2025-12-15", "2026-01-09"), ("2025-06", "2025-07"), ("x", "y")] {
            assert_eq!(working_days(a, b), None, "{a}..{b}");
        }
    }

    /// The dates of `text` as `text=start..end/granularity`, reference 2021-12.
    pub(super) fn dates(text: &str) -> Vec<String> {
        let doc = Document { text, language: Language::Chinese };
        find_dates(&doc, Some(Reference { year: 2021, month: Some(12) }))
            .iter()
            .map(|a| {
                let Value::Date(v) = &a.value else { return String::new() };
                let mut s = format!("{}={}", &text[a.span.range()], v.start);
                if let Some(e) = &v.end {
                    s += &format!("..{e}");
                }
                match v.granularity {
                    Granularity::Month => s += "/m",
                    Granularity::Year => s += "/y",
                    Granularity::Day => {}
                }
                s
            })
            .collect()
    }

    /// `text=start..end` of each date `find_dates` gives for `doc`.
    fn rendered(doc: &Document, reference: Option<Reference>) -> Vec<String> {
        find_dates(doc, reference)
            .iter()
            .map(|a| {
                let Value::Date(v) = &a.value else { return String::new() };
                format!("{}={}{}", &doc.text[a.span.range()], v.start, v.end.as_deref().map(|e| format!("..{e}")).unwrap_or_default())
            })
            .collect()
    }

    #[test]
    fn completion_and_calendar() {
        let cases: &[(&str, &[&str])] = &[
            ("2021年2月29日", &[]),
            ("2020年2月29日", &["2020年2月29日=2020-02-29"]),
            ("2021年4月31日", &[]),
            ("2021年13月1日", &["2021年=2021/y"]),
            ("12月28日至1月3日", &["12月28日至1月3日=2021-12-28..2022-01-03"]),
            ("28 December to 3 January 2022", &["28 December to 3 January 2022=2021-12-28..2022-01-03"]),
            ("2021年12月17日至13日", &[]),
            ("将于 1 月 3 日结束", &["1 月 3 日=2022-01-03"]),
            ("于 6 月 1 日", &["6 月 1 日=2021-06-01"]),
            ("5 月", &["5 月=2021-05/m"]),
            ("第七十七届会议将于 2022 年 9 月 13 日开幕，一般性辩论于 9 月 20 日至 26 日举行。9 月 30 日闭幕。", &["2022 年 9 月 13 日=2022-09-13", "9 月 20 日至 26 日=2022-09-20..2022-09-26", "9 月 30 日=2021-09-30"]),
            ("The session opens on 13 September 2022 and the debate is held from 20 to 26 September. It closes on 30 September.", &["13 September 2022=2022-09-13", "20 to 26 September=2022-09-20..2022-09-26", "30 September=2021-09-30"]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text}");
        }
    }

    #[test]
    fn every_chinese_week_word_ends_with_the_literal_checked_first() {
        assert!(WEEK_AFTER.iter().all(|w| w.ends_with('周')));
    }

    #[test]
    fn a_day_names_its_working_week() {
        let cases: &[(&str, &[&str])] = &[
            // Monday, Wednesday, Sunday (the ISO week it closes); across a month and a year.
            ("in the week of 8 September 2025", &["week of 8 September 2025=2025-09-08..2025-09-12"]),
            ("in the week of 10 September 2025.", &["week of 10 September 2025=2025-09-08..2025-09-12"]),
            ("the week of\n14 September 2025", &["week of\n14 September 2025=2025-09-08..2025-09-12"]),
            ("Week of 30 December 2025", &["Week of 30 December 2025=2025-12-29..2026-01-02"]),
            ("the week beginning 2 June 2025", &["week beginning 2 June 2025=2025-06-02..2025-06-06"]),
            ("in the week of 26 May", &["week of 26 May=2021-05-24..2021-05-28"]),
            ("将于 2025 年 9 月 10 日当周举行", &["2025 年 9 月 10 日当周=2025-09-08..2025-09-12"]),
            ("2025年9月8日所在的一周", &["2025年9月8日所在的一周=2025-09-08..2025-09-12"]),
            ("9 月 12 日的那一周和 9 月 15 日这周", &["9 月 12 日的那一周=2021-09-06..2021-09-10", "9 月 15 日这周=2021-09-13..2021-09-17"]),
            ("自 9 月 8 日起的一周内", &["9 月 8 日=2021-09-08"]),
            // Not: another word before `of`, a month, a range, `weeks of`.
            ("the end of 8 September 2025", &["8 September 2025=2025-09-08"]),
            ("the week of September 2025", &["September 2025=2025-09/m"]),
            ("the week of 8–12 September 2025", &["8–12 September 2025=2025-09-08..2025-09-12"]),
            ("two weeks of 8 September 2025", &["8 September 2025=2025-09-08"]),
            ("two weeks of 2 and 9 June 2025", &["2=2025-06-02", "9 June 2025=2025-06-09"]),
            ("lathe weeks of 2 June 2025", &["2 June 2025=2025-06-02"]),
            ("in the weeks of 2 and 9 June 2025, then on 16 June 2025", &["weeks of 2=2025-06-02..2025-06-06", "9 June 2025=2025-06-09..2025-06-13", "16 June 2025=2025-06-16"]),
            ("The weeks of 26 May, 2 June and 9 June", &["weeks of 26 May=2021-05-24..2021-05-28", "2 June=2021-05-31..2021-06-04", "9 June=2021-06-07..2021-06-11"]),
            ("a midweek of 8 September 2025", &["8 September 2025=2025-09-08"]),
            // A Chinese list of days whose last names its week: each day's week.
            ("会议将于 2026 年 6 月 9 日和 16 日当周举行", &["2026 年 6 月 9 日=2026-06-08..2026-06-12", "16 日当周=2026-06-15..2026-06-19"]),
            ("于 2026 年 6 月 2 日、9 日和 16 日所在的一周", &["2026 年 6 月 2 日=2026-06-01..2026-06-05", "9 日=2026-06-08..2026-06-12", "16 日所在的一周=2026-06-15..2026-06-19"]),
            // Not: a list writing each month, a day beyond the list, a day without the week word.
            ("于 2026 年 6 月 2 日和 6 月 9 日当周", &["2026 年 6 月 2 日=2026-06-02", "6 月 9 日当周=2026-06-08..2026-06-12"]),
            ("2026 年 6 月 2 日举行，6 月 9 日和 16 日当周", &["2026 年 6 月 2 日=2026-06-02", "6 月 9 日=2026-06-08..2026-06-12", "16 日当周=2026-06-15..2026-06-19"]),
            ("2026 年 6 月 9 日和 16 日举行", &["2026 年 6 月 9 日=2026-06-09", "16 日=2026-06-16"]),
            // `weeks of` without the article, after a preposition or opening a line.
            ("during weeks of 2 and 9 June 2025", &["weeks of 2=2025-06-02..2025-06-06", "9 June 2025=2025-06-09..2025-06-13"]),
            ("in weeks of 2 and 9 June 2025", &["weeks of 2=2025-06-02..2025-06-06", "9 June 2025=2025-06-09..2025-06-13"]),
            ("Informal consultations\nWeeks of 2 and 9 June 2025:", &["Weeks of 2=2025-06-02..2025-06-06", "9 June 2025=2025-06-09..2025-06-13"]),
            ("Consultations\tWeeks of 2 and 9 June 2025\n", &["Weeks of 2=2025-06-02..2025-06-06", "9 June 2025=2025-06-09..2025-06-13"]),
            ("(weeks of 2 and 9 June 2025)", &["weeks of 2=2025-06-02..2025-06-06", "9 June 2025=2025-06-09..2025-06-13"]),
            ("during week of 8 September 2025", &["week of 8 September 2025=2025-09-08..2025-09-12"]),
            // Not: counted weeks, or weeks of something else.
            ("three weeks of 2 and 9 June 2025", &["2=2025-06-02", "9 June 2025=2025-06-09"]),
            ("several weeks of 2 June 2025", &["2 June 2025=2025-06-02"]),
            ("after weeks of negotiations on 2 June 2025", &["2 June 2025=2025-06-02"]),
            ("inweeks of 2 June 2025", &["2 June 2025=2025-06-02"]),
            ("for two\nweeks of 2 June 2025", &["2 June 2025=2025-06-02"]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text}");
        }
    }

    #[test]
    fn a_season_is_its_year() {
        let cases: &[(&str, &[&str])] = &[
            ("in spring 2025 and in the autumn of 2026", &["2025=2025/y", "2026=2026/y"]),
            ("将于 2025 年春季和 2026 年秋季举行", &["2025 年=2025/y", "2026 年=2026/y"]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text}");
        }
    }

    #[test]
    fn no_reference_no_partial_dates() {
        let doc = Document { text: "12 月 14 日和 2021 年 12 月 15 日", language: Language::Chinese };
        let got = find_dates(&doc, None);
        assert_eq!(got.len(), 1);
        assert_eq!(&doc.text[got[0].span.range()], "2021 年 12 月 15 日");
    }

    /// An English annotated agenda written for this test in the style of the
    /// UN: header, running text, and the organization-of-work table.
    const ENGLISH_AGENDA: &str = "United Nations\tCTOC/COP/2022/1\n\
Conference of the Parties to the United Nations Convention against Transnational Organized Crime\tDistr.: General\n\
2 August 2022\n\nOriginal: English\n\nEleventh session\nVienna, 17–21 October 2022\n\n\
1. In its resolution 10/1 of 16 October 2020, the Conference decided to hold its eleventh session in Vienna from 17 to 21 October 2022.\n\
2. The session will be opened at 10 a.m. on Monday, 17 October 2022. Informal consultations will be held on 18 and 19 October.\n\
3. In 2021 and 2022, the working groups met on 7, 9 and 10 June 2021. The 2030 Agenda and resolution 2021/13 (see CTOC/COP/2020/10) apply in the biennium 2020–2021.\n\
Date\tTime\tItem\tTitle or description\n\
Tuesday, 18 October\t10 a.m.–1 p.m.\t3\tReview\n";

    #[test]
    fn a_list_gives_its_closing_year_to_the_dates_before() {
        let text = "Issued 2 June 2025.\nIt met from 22 January to\n29 March, from 13 May to 28 June and from 29 July to 13 September 2024, \
then on 5 December and, in Geneva, on 9 December 2024. On 3 March it closed.";
        let doc = Document::new(text);
        let got: Vec<String> = rendered(&doc, Some(Reference { year: 2025, month: Some(6) }));
        let want = [
            "2 June 2025=2025-06-02",
            "22 January to\n29 March=2024-01-22..2024-03-29",
            "13 May to 28 June=2024-05-13..2024-06-28",
            "29 July to 13 September 2024=2024-07-29..2024-09-13",
            // Not: words other than connectives lie between; the sentence ends.
            "5 December=2024-12-05",
            "9 December 2024=2024-12-09",
            "3 March=2025-03-03",
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn english_document() {
        let doc = Document::new(ENGLISH_AGENDA);
        let reference = reference(&doc);
        assert_eq!(reference, Some(Reference { year: 2022, month: Some(10) }));
        let got: Vec<String> = rendered(&doc, reference);
        let want = [
            "2 August 2022=2022-08-02",
            "17–21 October 2022=2022-10-17..2022-10-21",
            "16 October 2020=2020-10-16",
            "17 to 21 October 2022=2022-10-17..2022-10-21",
            "Monday, 17 October 2022=2022-10-17",
            "18=2022-10-18",
            "19 October=2022-10-19",
            "2021=2021",
            "2022=2022",
            "7=2021-06-07",
            "9=2021-06-09",
            "10 June 2021=2021-06-10",
            "2020–2021=2020..2021",
            "Tuesday, 18 October=2022-10-18",
        ];
        assert_eq!(got, want);
    }

    /// A Chinese letter written for this test in the style of the UN, with
    /// numbers that are not dates (resolution numbers, symbols, counts).
    const CHINESE_LETTER: &str = "安全理事会\tS/2023/123\n2023 年 2 月 15 日\n\n\
2023 年 2 月 14 日秘书长给安全理事会主席的信\n\n\
1. 谨提及安全理事会第 2231(2015)号决议。截至 2022 年 12 月 31 日，共有 2021 个项目，见 E/2022/30 号文件和第 2023/4 号决定。\n\
2. 委员会第十次会议于 1 月 25 日举行，会期 3 天。\n\
3. 第七十七届会议将于 2022 年 9 月 13 日（星期二）开幕，一般性辩论于 9 月 20 日至 26 日举行。\n\
4. 该方案在 2018—2020 年期间实施，并将延长至 2025 年底；《2030 年可持续发展议程》。\n\
5. 二〇二三年三月一日，主席团召开会议。\n";

    #[test]
    fn chinese_document() {
        let doc = Document::new(CHINESE_LETTER);
        let reference = reference(&doc);
        assert_eq!(reference, Some(Reference { year: 2023, month: Some(2) }));
        let got: Vec<String> = rendered(&doc, reference);
        let want = [
            "2023 年 2 月 15 日=2023-02-15",
            "2023 年 2 月 14 日=2023-02-14",
            "2022 年 12 月 31 日=2022-12-31",
            "1 月 25 日=2023-01-25",
            "2022 年 9 月 13 日（星期二）=2022-09-13",
            "9 月 20 日至 26 日=2022-09-20..2022-09-26",
            "2018—2020 年=2018..2020",
            "2025 年底=2025-09..2025-12",
            "二〇二三年三月一日=2023-03-01",
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn reference_from_header() {
        // Header texts, each with the reference year and month they give.
        type YearMonth = Option<(i32, Option<u32>)>;
        let cases: &[(&str, YearMonth)] = &[
            ("Distr.: General\n30 September 2021\n\n第九届会议\n\n2021年12月13日至17日，埃及沙姆沙伊赫\n", Some((2021, Some(12)))),
            ("Distr.: General\n30 January 2023\n\n2022 年 11 月 7 日至 11 日在维也纳举行的会议的报告\n", Some((2022, Some(11)))),
            ("Distr.: General\n2 August 2019\n\nNinth session\nVienna, 4 September 2019\n", Some((2019, Some(9)))),
            ("Distr.: General\n26 June 2023\nOriginal: English\n", Some((2023, Some(6)))),
            ("Conference of the States Parties\nSharm el-Sheikh, Egypt, 13–17 December 2021\n", Some((2021, Some(12)))),
            ("没有日期的文本。\n", None),
            ("Security Council\tDistr.: General\n15 February 2023\n\nLetter dated 14 February 2023 from the Secretary-General\n\n1. The report covers the period from 1 January to 31 December 2022.\n", Some((2023, Some(2)))),
            ("临时议程\n\n1. 资产追回的实际方面，包括趋势、挑战和良好做法以及其他事项。\n\n会议将于 2020 年 11 月 16 日开幕。\n", Some((2020, Some(11)))),
            (&"很长的一行。".repeat(40), None),
            (&format!("{}\n12 月 13 日", "很长的一行。".repeat(40)), None),
            ("United Nations\tCTOC/COP/2022/1\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\tDistr.: General\n2 August 2022\n\nEleventh session\nVienna, 17–21 October 2022\n", Some((2022, Some(10)))),
            (&format!("{}\n2021 年 12 月 13 日至 17 日", "很长的一行。".repeat(40)), Some((2021, Some(12)))),
            ("", None),
            // The date of a named instrument is skipped; a lowercase `of` is not such a name.
            (&format!("{}\nthe Geneva Conventions of 12 August 1949 and, on 4 November 2016, the Paris Agreement", "很长的一行。".repeat(40)), Some((2016, Some(11)))),
            (&format!("{}\nthe meeting of 12 August 1949", "很长的一行。".repeat(40)), Some((1949, Some(8)))),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let got = reference(&doc).map(|r| (r.year, r.month));
            assert_eq!(got, *want, "{text}");
        }
    }
}
