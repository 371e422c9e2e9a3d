//! The dates and the place a header gives: from the `date` annotations in
//! the header, else from a small reader of its own date lines; the place on
//! the meeting's line.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::model::{Annotation, Kind, Value};
use crate::span::Span;
use crate::text::is_ws;

use super::Line;

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";

static DATE_ZH: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"([0-9]{4})[ \t]*年[ \t]*([0-9]{1,2})[ \t]*月[ \t]*([0-9]{1,2})[ \t]*日(?:[ \t]*(?:至|-|–)[ \t]*(?:([0-9]{4})[ \t]*年[ \t]*)?(?:([0-9]{1,2})[ \t]*月[ \t]*)?([0-9]{1,2})[ \t]*日)?")
});

pub(super) static DATE_EN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"([0-9]{{1,2}})(?:[ \t]+({MONTHS}))?(?:[ \t]*(?:-|–|—|to)[ \t]*([0-9]{{1,2}}))?[ \t]+({MONTHS}),?[ \t]+([0-9]{{4}})"))
});

static PLACE_ZH: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"在([^，。、,\s在]{2,30}?)(?:以[^，。]{0,20})?举行"));

static PLACE_EN: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"\b(?:held|convened|meeting) in ([A-Z][A-Za-z\-]*(?:[ \t][A-Z][A-Za-z\-]*)*)"));

/// A date of the header: where it is, its first and last day.
pub(super) struct HeaderDate {
    pub(super) span: Span,
    pub(super) start: String,
    pub(super) end: Option<String>,
}

/// Day dates in the header: the date annotations, and what the header's
/// own date reader finds where no annotation is.
pub(super) fn header_dates(text: &str, header_end: usize, annotations: &[Annotation]) -> Vec<HeaderDate> {
    let mut out: Vec<HeaderDate> = annotations
        .iter()
        .filter(|a| a.kind == Kind::Date && a.span.end <= header_end)
        .filter_map(|a| match &a.value {
            Value::Date(d) if d.start.len() == 10 => Some(HeaderDate { span: a.span, start: d.start.clone(), end: d.end.clone() }),
            _ => None,
        })
        .collect();
    let header = &text[..header_end];
    let read: Vec<HeaderDate> =
        DATE_ZH.captures_iter(header).filter_map(|c| zh_date(&c)).chain(DATE_EN.captures_iter(header).filter_map(|c| en_date(&c))).collect();
    for d in read {
        if !out.iter().any(|a| a.span.overlaps(d.span)) {
            out.push(d);
        }
    }
    crate::sorting::sort_by_key(&mut out, |d| d.span.start);
    out
}

/// `2023年12月7日和8日`, `8 and 9 December 2022`: the last of the days joined to `first` by `和`, `and` or
/// `、` — the meeting's last day.
pub(super) fn joined_last_day(text: &str, first: &HeaderDate, dates: &[HeaderDate]) -> Option<String> {
    let mut sorted: Vec<&HeaderDate> = dates.iter().filter(|d| d.span.start >= first.span.end).collect();
    crate::sorting::sort_by_key(&mut sorted, |d| d.span.start);
    let mut end = first.span.end;
    let mut last = None;
    for d in sorted {
        let gap = text.get(end..d.span.start)?;
        // `8 and 9 December 2022`, `12月13日、14日和15日`.
        let joiner = matches!(gap.trim_matches(|c: char| c == ' ' || c == '\t'), "和" | "、" | "及" | "and" | "&" | ",");
        if joiner && d.end.is_none() {
            end = d.span.end;
            last = Some(d.start.clone());
        } else {
            break;
        }
    }
    last
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    ((1..=12).contains(&m) && (1..=31).contains(&d) && (1900..=2200).contains(&y)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn num(c: &regex_lite::Captures, i: usize) -> Option<u32> {
    c.get(i).and_then(|m| m.as_str().parse().ok())
}

fn zh_date(c: &regex_lite::Captures) -> Option<HeaderDate> {
    let whole = c.get(0)?;
    let (y, m, d) = (num(c, 1)?, num(c, 2)?, num(c, 3)?);
    let end = match num(c, 6) {
        Some(d2) => Some(iso(num(c, 4).unwrap_or(y), num(c, 5).unwrap_or(m), d2)?),
        None => None,
    };
    Some(HeaderDate { span: Span::new(whole.start(), whole.end()), start: iso(y, m, d)?, end })
}

fn month(name: &str) -> Option<u32> {
    MONTHS.split('|').position(|m| m == name).map(|i| i as u32 + 1)
}

fn en_date(c: &regex_lite::Captures) -> Option<HeaderDate> {
    let whole = c.get(0)?;
    let y = num(c, 5)?;
    let last_month = month(c.get(4)?.as_str())?;
    let first_month = c.get(2).and_then(|m| month(m.as_str())).unwrap_or(last_month);
    let d1 = num(c, 1)?;
    let (start, end) = match num(c, 3) {
        Some(d2) => (iso(y, first_month, d1)?, Some(iso(y, last_month, d2)?)),
        None if c.get(2).is_some() => return None,
        None => (iso(y, last_month, d1)?, None),
    };
    Some(HeaderDate { span: Span::new(whole.start(), whole.end()), start, end })
}

/// The venue printed on the meeting's date line: a `place` annotation
/// there, else the words beside the date (`…，埃及沙姆沙伊赫`, `Vienna, 5–8
/// September 2023`, `…在维也纳举行的…`).
pub(super) fn place_on_line(text: &str, lines: &[Line], date: Span, annotations: &[Annotation]) -> Option<String> {
    let line = lines.iter().find(|l| l.start <= date.start && date.end <= l.end)?;
    // A place a PDF line break parts (`在卡塔尔多` / `哈举行`) starts on the line: its
    // name without the break.
    if let Some(p) = annotations.iter().find(|a| a.kind == Kind::Place && line.start <= a.span.start && a.span.start < line.end) {
        let written = &text[p.span.range()];
        return Some(if written.is_ascii() { written.split_ascii_whitespace().collect::<Vec<_>>().join(" ") } else { written.replace(['\n', '\r'], "") });
    }
    // `…Working Group on Asset Recovery held in Vienna on` / `12 and 13 June
    // 2024`: a title wrapped before its dates has its venue on the line above.
    let above = lines.iter().rev().find(|l| l.end < line.start).filter(|a| {
        let wrapped = !text[a.end..line.start].contains("\n\n") && !text[a.start..a.end].ends_with('.');
        wrapped && text[line.start..date.start].bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
    });
    if let Some(p) = above.and_then(|a| annotations.iter().rev().find(|p| p.kind == Kind::Place && a.start <= p.span.start && p.span.end <= a.end)) {
        return Some(text[p.span.range()].to_owned());
    }
    // A meeting record prints its venue alone on the line below the date.
    let below = lines.iter().find(|l| l.start > line.end);
    if let Some(p) = below.and_then(|b| annotations.iter().find(|a| a.kind == Kind::Place && a.span.start == b.start && a.span.end == b.end)) {
        return Some(text[p.span.range()].to_owned());
    }
    // A venue is set off from its date by a comma or a space (`…17日，埃及沙姆沙伊赫`);
    // words run on from a date are the sentence's (`3 月 20 日关于《公约》…`).
    let raw_after = &text[date.end..line.end];
    let set_off = raw_after.starts_with(|c: char| is_ws(c) || matches!(c, '，' | ',' | '、'));
    let after = raw_after.trim_start_matches(|c: char| is_ws(c) || matches!(c, '，' | ',' | '、'));
    let before_raw = text[line.start..date.start].trim_end_matches(is_ws);
    let before = before_raw.trim_end_matches(|c: char| is_ws(c) || matches!(c, '，' | ','));
    if let Some(c) = PLACE_ZH.captures(after) {
        return c.get(1).map(|m| m.as_str().to_owned());
    }
    if let Some(c) = PLACE_EN.captures(before) {
        return c.get(1).map(|m| m.as_str().to_owned());
    }
    let pick = |s: &str| {
        let s = s.trim_end_matches(['。', '.', ')', '）']).trim();
        (!s.is_empty() && s.chars().count() <= 40 && !s.chars().any(|c| c.is_ascii_digit()) && looks_like_place(s)).then(|| s.to_owned())
    };
    // `Vienna, 13–17 March 2023`: a venue before the date ends in a comma
    // (`回顾其 1965 年…` opens a sentence).
    let after = if set_off { pick(after) } else { None };
    after.or_else(|| if before_raw.ends_with([',', '，']) { pick(before) } else { None })
}

/// Words that run on from a date inside a sentence: a note's or letter's
/// date (`1 月 20 日关于…的照会`, `…日的信`), a deadline (`…日前`), a start (`…日起`).
const SENTENCE_AFTER_DATE_ZH: &[&str] = &["关于", "的", "前", "之前", "以前", "起", "以来"];

/// True when the text after a date goes on with its sentence
/// ([`SENTENCE_AFTER_DATE_ZH`]): the date is no meeting's.
pub(super) fn runs_into_sentence(after: &str) -> bool {
    SENTENCE_AFTER_DATE_ZH.iter().any(|w| after.starts_with(w))
}

/// Words of a title or session, never of a venue (`第六十六届会议的报告`).
const NOT_VENUE_ZH: &[&str] = &["会议", "届会", "报告", "议程", "说明", "的", "决议", "决定"];

/// A venue as printed: Chinese text, or capitalised words (`Sharm
/// el-Sheikh, Egypt`), never a weekday (`To be held on Monday`) nor the
/// rest of a title line (`…至17日第六十六届会议的报告`).
fn looks_like_place(s: &str) -> bool {
    if NOT_VENUE_ZH.iter().any(|w| s.contains(w)) {
        return false;
    }
    const PARTICLES: [&str; 7] = ["el", "de", "al", "la", "le", "du", "es"];
    const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    s.split([' ', ',', '\t']).filter(|w| !w.is_empty()).all(|w| {
        let first = w.split('-').next().unwrap_or(w);
        !WEEKDAYS.contains(&w) && (!w.starts_with(|c: char| c.is_ascii_lowercase()) || PARTICLES.contains(&first))
    })
}
