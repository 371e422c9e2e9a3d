//! The schedule (the organization-of-work table) as an iCalendar file (RFC
//! 5545), to import into a calendar: one `VEVENT` per schedule row that has a
//! date.
//!
//! A row with a start time gives `DTSTART`/`DTEND` in floating local time
//! (the meeting's own clock, whatever the reader's time zone); a row without
//! one is an all-day event (`VALUE=DATE`). The `SUMMARY` is the row's agenda
//! items with their titles, the `LOCATION` the meeting's place. `UID`s are
//! made from the file name and the row, so exporting the same document again
//! updates the same events instead of adding copies. `DTSTAMP` is the
//! timestamp the caller passes in: the core reads no clock.
//!
//! Lines end in CRLF and are folded at 75 octets, never inside a character;
//! text values escape backslash, `;`, `,` and line breaks.
//!
//! ```text
//! BEGIN:VEVENT
//! UID:20211213T100000-6c9f…@undoc
//! DTSTAMP:20261122T184500Z
//! DTSTART:20211213T100000
//! DTEND:20211213T130000
//! SUMMARY:1(a) 会议开幕\; 1(b) 选举主席团成员
//! END:VEVENT
//! ```

use super::ExportOptions;
use crate::model::{Annotated, ScheduleRow};

/// The longest line, in octets without the CRLF (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// Writes the schedule of `annotated` as an iCalendar file.
pub fn to_ics(annotated: &Annotated, options: &ExportOptions<'_>) -> String {
    let mut out = String::new();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", concat!("PRODID:-//undoc//undoc ", env!("CARGO_PKG_VERSION"), "//EN"), "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
        push_line(&mut out, line);
    }
    let stamp = format_timestamp(options.timestamp);
    let location = annotated.metadata.meeting.as_ref().and_then(|m| m.place.as_deref());
    let description = description(annotated);
    let mut seen: Vec<u64> = Vec::new();
    for row in &annotated.schedule {
        let Some(when) = When::of(row) else { continue };
        let hash = row_hash(options.name, row);
        let copies = seen.iter().filter(|&&h| h == hash).count();
        seen.push(hash);
        let copy = if copies == 0 { String::new() } else { format!("-{}", copies + 1) };
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}-{hash:016x}{copy}@undoc", when.start_compact()));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        for line in when.lines() {
            push_line(&mut out, &line);
        }
        push_line(&mut out, &format!("SUMMARY:{}", escape(&summary(row, annotated))));
        if let Some(place) = location {
            push_line(&mut out, &format!("LOCATION:{}", escape(place)));
        }
        if let Some(d) = &description {
            push_line(&mut out, &format!("DESCRIPTION:{}", escape(d)));
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// How many events [`to_ics`] writes: the schedule rows with a valid date.
pub fn event_count(annotated: &Annotated) -> usize {
    annotated.schedule.iter().filter(|r| When::of(r).is_some()).count()
}

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Day {
    year: u32,
    month: u32,
    day: u32,
}

impl Day {
    /// `YYYY-MM-DD`, a real day of the Gregorian calendar.
    fn parse(iso: &str) -> Option<Day> {
        let b = iso.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits(&iso[..4])?, digits(&iso[5..7])?, digits(&iso[8..])?);
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some(Day { year, month, day })
    }

    fn next(self) -> Day {
        if self.day < days_in_month(self.year, self.month) {
            Day { day: self.day + 1, ..self }
        } else if self.month < 12 {
            Day { month: self.month + 1, day: 1, ..self }
        } else {
            Day { year: self.year + 1, month: 1, day: 1 }
        }
    }

    fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `HH:MM` as minutes after midnight; `24:00` is allowed as an end.
fn minutes(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.split_once(':')?;
    let (h, m) = (digits(h)?, digits(m)?);
    (h < 24 && m < 60 || h == 24 && m == 0).then_some(h * 60 + m)
}

/// When a schedule row's event takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    /// A whole day.
    AllDay(Day),
    /// From a time of the day, to an end time when one is given and later.
    Timed { day: Day, start: u32, end: Option<u32> },
}

impl When {
    fn of(row: &ScheduleRow) -> Option<When> {
        let day = Day::parse(row.date.as_deref()?)?;
        let Some(start) = row.start.as_deref().and_then(minutes).filter(|&m| m < 24 * 60) else {
            return Some(When::AllDay(day));
        };
        let end = row.end.as_deref().and_then(minutes).filter(|&e| e > start);
        Some(When::Timed { day, start, end })
    }

    fn start_compact(self) -> String {
        match self {
            When::AllDay(day) => day.compact(),
            When::Timed { day, start, .. } => stamp(day, start),
        }
    }

    fn lines(self) -> Vec<String> {
        match self {
            When::AllDay(day) => vec![format!("DTSTART;VALUE=DATE:{}", day.compact()), format!("DTEND;VALUE=DATE:{}", day.next().compact())],
            When::Timed { day, start, end } => {
                let mut v = vec![format!("DTSTART:{}", stamp(day, start))];
                if let Some(end) = end {
                    let end = if end == 24 * 60 { stamp(day.next(), 0) } else { stamp(day, end) };
                    v.push(format!("DTEND:{end}"));
                }
                v
            }
        }
    }
}

/// A floating local date-time: `20211213T100000`.
fn stamp(day: Day, minutes: u32) -> String {
    format!("{}T{:02}{:02}00", day.compact(), minutes / 60, minutes % 60)
}

/// Seconds since 1970-01-01 UTC as `20261122T184500Z`.
pub fn format_timestamp(seconds: u64) -> String {
    let days = seconds / 86_400;
    let rest = seconds % 86_400;
    // Howard Hinnant's civil_from_days, for days since the epoch.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!("{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

/// The row's items with their titles: `1(a) 会议开幕; 1(b) 选举主席团成员`;
/// the document's title when the row names no item.
fn summary(row: &ScheduleRow, annotated: &Annotated) -> String {
    let n = row.items.len().max(row.titles.len());
    let parts: Vec<String> = (0..n)
        .map(|i| {
            let item = row.items.get(i).map_or("", String::as_str);
            let title = row.titles.get(i).map_or("", String::as_str);
            format!("{item} {title}").trim().to_owned()
        })
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        annotated.metadata.title.clone().unwrap_or_else(|| "Meeting".to_owned())
    } else {
        parts.join("; ")
    }
}

/// The body and session the meeting belongs to, when the header gives them.
fn description(annotated: &Annotated) -> Option<String> {
    let m = &annotated.metadata;
    let parts: Vec<&str> = [m.body.as_deref(), m.session.as_ref().map(|s| s.text.as_str()), m.symbol.as_deref()].into_iter().flatten().filter(|s| !s.trim().is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// FNV-1a over the name and the row: the same row of the same file always
/// gets the same `UID`.
fn row_hash(name: &str, row: &ScheduleRow) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let fields = [name, row.date.as_deref().unwrap_or(""), row.start.as_deref().unwrap_or(""), row.end.as_deref().unwrap_or("")];
    for field in fields.into_iter().chain(row.items.iter().map(String::as_str)).chain(row.titles.iter().map(String::as_str)) {
        for b in field.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Escapes a TEXT value (RFC 5545 §3.3.11); line breaks become `\n`, other
/// control characters, which TEXT may not hold, are dropped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at [`LINE_OCTETS`] octets, each piece ended by
/// CRLF, continuation lines starting with a space.
fn push_line(out: &mut String, line: &str) {
    let mut room = LINE_OCTETS;
    let mut from = 0;
    for (i, c) in line.char_indices() {
        if i - from + c.len_utf8() > room {
            out.push_str(&line[from..i]);
            out.push_str("\r\n ");
            from = i;
            room = LINE_OCTETS - 1;
        }
    }
    out.push_str(&line[from..]);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Meeting, Metadata, Session};

    fn row(date: &str, start: &str, end: &str, items: &[&str], titles: &[&str]) -> ScheduleRow {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        ScheduleRow { date: opt(date), start: opt(start), end: opt(end), items: items.iter().map(|s| s.to_string()).collect(), titles: titles.iter().map(|s| s.to_string()).collect() }
    }

    /// Unfolds the lines of an iCalendar file, checking the folding.
    fn unfold(ics: &str) -> Vec<String> {
        assert!(ics.ends_with("\r\n"));
        let mut lines: Vec<String> = Vec::new();
        for physical in ics[..ics.len() - 2].split("\r\n") {
            assert!(physical.len() <= LINE_OCTETS, "{physical:?} is {} octets", physical.len());
            assert!(!physical.contains(['\r', '\n']));
            match physical.strip_prefix(' ') {
                Some(rest) => lines.last_mut().expect("continuation of a line").push_str(rest),
                None => lines.push(physical.to_owned()),
            }
        }
        lines
    }

    #[test]
    fn rows_become_events() {
        for (r, want) in [
            (row("2021-12-13", "10:00", "13:00", &["1(a)"], &["会议开幕"]), &["DTSTART:20211213T100000", "DTEND:20211213T130000"][..]),
            (row("2021-12-13", "15:00", "", &["2"], &[]), &["DTSTART:20211213T150000"]),
            (row("2021-12-13", "", "", &["2"], &[]), &["DTSTART;VALUE=DATE:20211213", "DTEND;VALUE=DATE:20211214"]),
            (row("2021-12-31", "", "", &[], &[]), &["DTSTART;VALUE=DATE:20211231", "DTEND;VALUE=DATE:20220101"]),
            (row("2024-02-28", "", "", &[], &[]), &["DTSTART;VALUE=DATE:20240228", "DTEND;VALUE=DATE:20240229"]),
            (row("2023-02-28", "", "", &[], &[]), &["DTSTART;VALUE=DATE:20230228", "DTEND;VALUE=DATE:20230301"]),
            (row("2021-12-13", "22:00", "24:00", &[], &[]), &["DTSTART:20211213T220000", "DTEND:20211214T000000"]),
            (row("2021-12-13", "15:00", "13:00", &[], &[]), &["DTSTART:20211213T150000"]),
            (row("2021-12-13", "25:00", "26:00", &[], &[]), &["DTSTART;VALUE=DATE:20211213", "DTEND;VALUE=DATE:20211214"]),
        ] {
            let a = Annotated { schedule: vec![r.clone()], ..Annotated::default() };
            let lines = unfold(&to_ics(&a, &ExportOptions::new("x.txt")));
            let got: Vec<&str> = lines.iter().map(String::as_str).filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND")).collect();
            assert_eq!(got, want, "{r:?}");
            assert_eq!(event_count(&a), 1);
        }
    }

    #[test]
    fn rows_without_a_real_date_are_left_out() {
        for date in ["", "2021-12", "2021", "2021-02-30", "2021-13-01", "21-12-13", "２０２１-12-13", "2021/12/13", "2021-12-1x"] {
            let a = Annotated { schedule: vec![row(date, "10:00", "13:00", &["1"], &[])], ..Annotated::default() };
            assert_eq!(event_count(&a), 0, "{date}");
            assert!(!to_ics(&a, &ExportOptions::new("x.txt")).contains("VEVENT"), "{date}");
        }
    }

    #[test]
    fn summary_pairs_items_with_titles() {
        let titled = Annotated { metadata: Metadata { title: Some("临时议程".into()), ..Metadata::default() }, ..Annotated::default() };
        for (r, want) in [
            (row("2021-12-13", "", "", &["1(a)", "1(b)"], &["会议开幕", "选举主席团成员"]), "1(a) 会议开幕; 1(b) 选举主席团成员"),
            (row("2021-12-13", "", "", &["2", "3"], &["一般性辩论"]), "2 一般性辩论; 3"),
            (row("2021-12-13", "", "", &["4"], &[]), "4"),
            (row("2021-12-13", "", "", &[], &["Closing"]), "Closing"),
            (row("2021-12-13", "", "", &[], &[]), "临时议程"),
        ] {
            assert_eq!(summary(&r, &titled), want);
        }
        assert_eq!(summary(&row("", "", "", &[], &[]), &Annotated::default()), "Meeting");
    }

    #[test]
    fn text_is_escaped() {
        for (s, want) in [
            ("a,b;c\\d", "a\\,b\\;c\\\\d"),
            ("line\nbreak", "line\\nbreak"),
            ("crlf\r\nbreak", "crlf\\nbreak"),
            ("cr\rbreak", "cr\\nbreak"),
            ("nul\u{0}bell\u{7}", "nulbell"),
            ("维也纳，奥地利", "维也纳，奥地利"),
            ("tab\tok", "tab\tok"),
        ] {
            assert_eq!(escape(s), want, "{s:?}");
        }
    }

    #[test]
    fn long_lines_fold_between_characters() {
        for line in ["SUMMARY:".to_owned() + &"会".repeat(100), "SUMMARY:".to_owned() + &"x".repeat(200), "S:".to_owned() + &"😀".repeat(50), "SUMMARY:short".to_owned(), "X:".to_owned() + &"a".repeat(73)] {
            let mut out = String::new();
            push_line(&mut out, &line);
            assert_eq!(unfold(&out), std::slice::from_ref(&line));
            let first = out.split("\r\n").next().unwrap();
            assert!(first.len() > LINE_OCTETS - 4 || out.matches("\r\n").count() == 1, "{first:?} folded too early");
        }
        let mut out = String::new();
        push_line(&mut out, &("X:".to_owned() + &"a".repeat(73)));
        assert_eq!(out.matches("\r\n").count(), 1, "exactly 75 octets is not folded");
    }

    #[test]
    fn timestamps_are_utc() {
        for (secs, want) in [
            (0, "19700101T000000Z"),
            (951_782_400, "20000229T000000Z"),
            (1_639_389_600, "20211213T100000Z"),
            (1_795_373_100, "20261122T184500Z"),
            (4_102_444_799, "20991231T235959Z"),
        ] {
            assert_eq!(format_timestamp(secs), want, "{secs}");
        }
    }

    #[test]
    fn calendar_is_complete_and_uids_are_stable() {
        let a = Annotated {
            metadata: Metadata {
                body: Some("联合国反腐败公约 缔约国会议".into()),
                session: Some(Session { text: "第九届会议".into(), number: Some(9) }),
                meeting: Some(Meeting { start: None, end: None, place: Some("埃及沙姆沙伊赫".into()) }),
                ..Metadata::default()
            },
            schedule: vec![
                row("2021-12-13", "10:00", "13:00", &["1(a)", "1(b)", "1(c)"], &["缔约国会议第九届会议开幕，选举主席团成员", "通过议程和安排工作", "其他事项"]),
                row("2021-12-13", "10:00", "13:00", &["1(a)", "1(b)", "1(c)"], &["缔约国会议第九届会议开幕，选举主席团成员", "通过议程和安排工作", "其他事项"]),
                row("2021-12-14", "15:00", "18:00", &["2"], &["审议情况"]),
            ],
            ..Annotated::default()
        };
        let options = ExportOptions { name: "000.txt", timestamp: 1_795_373_100 };
        let ics = to_ics(&a, &options);
        assert_eq!(ics, to_ics(&a, &options));
        let lines = unfold(&ics);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        for required in ["VERSION:2.0", "LOCATION:埃及沙姆沙伊赫", "DESCRIPTION:联合国反腐败公约 缔约国会议 第九届会议", "DTSTAMP:20261122T184500Z", "SUMMARY:2 审议情况"] {
            assert!(lines.iter().any(|l| l == required), "{required} missing");
        }
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        assert!(lines.iter().any(|l| l == "SUMMARY:1(a) 缔约国会议第九届会议开幕，选举主席团成员\\; 1(b) 通过议程和安排工作\\; 1(c) 其他事项"));
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 3);
        let uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), 3);
        assert!(uids[0] != uids[1] && uids[1] != uids[2] && uids[0] != uids[2], "{uids:?}");
        assert!(uids[0].starts_with("UID:20211213T100000-") && uids[1].ends_with("-2@undoc"));
        let other = to_ics(&a, &ExportOptions { name: "001.txt", timestamp: 0 });
        assert!(!uids.iter().any(|u| other.contains(u.as_str())), "UIDs depend on the file name");
    }
}
