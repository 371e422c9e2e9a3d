//! English dates: `30 September 2021`, `1-5 June 2015`, `13–17 December 2021`,
//! `Monday, 1 June 2015`, `1 to 5 June`, `13 December 2021 to 17 January 2022`,
//! `7, 9 and 10 November 2022` (three dates), `early June`, `mid-March 2025`
//! and `late May` (the first, middle or last ten days, as `上旬`/`中旬`/`下旬`
//! are; `the beginning of March`, `the middle of March`, `the end of March`
//! likewise), `early 2025`, `mid-2024` and `late 2026` (the first, middle or
//! last four months, as `年初`/`年中`/`年底` are; `the beginning of 2026`,
//! `the end of 2025`, `end-2024` likewise), `December 2021`, `April to June
//! 2021`, `in June`, `2020 and 2021`, `2020–2021`, `the first half of 2021`, `the
//! third quarter of 2023`, `13 December 2021 (Monday)`, the United States
//! order `June 1, 2015` (and its ranges `June 1 to June 5, 2015`, `June 1 to
//! 5, 2015`), `between 30 May and 2 June 2024`, `10/11 March 2025` and `31
//! December/1 January` (a night meeting's two adjacent days written with a
//! slash: the range of both; days further apart are not read), `30 May and 2 June 2024` (the
//! year of the second is the first's too) and ISO `2021-12-13` (or with dots, `2025.03.12`). Months may be abbreviated
//! (`3 Sept. 2024`, `3 Jun 2024`); without its full stop an abbreviation is a
//! date only with a day or a year right after it (`Jan` is also a name).
//! Weekdays may be too, with or without the stop (`Mon. 3 June`, `Wed, 4
//! June`: the weekday inside the span, as a full one is), and a range of
//! weekdays before a range of days (`Monday to Friday, 8 to 12 June 2026`).
//!
//! Month names are capitalised (`may` is a verb). A year alone is a date
//! only after a word that introduces a time (`in 2021`, `since 2012`,
//! `by 2030`), alone in brackets (`East Africa (2019)`) or in a range of
//! years; a footnote mark after a year's full stop is left out (`March
//! 2022.2`); `the 2030 Agenda`,
//! `resolution 2021/13` and `A/76/2021` are not dates. A month alone needs
//! such a word too (`in June`).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex_lite::{Captures, Regex};

use super::{Found, Parts};
use crate::span::Span;
use crate::text::{char_at, char_before, floor_boundary};

/// Month and weekday names, from `src/data/calendar.tsv`.
struct Calendar {
    months: HashMap<&'static str, u32>,
    /// Abbreviations without their full stop (`Jun`): dates only with a day or year.
    bare_abbreviations: Vec<&'static str>,
    /// The month names, longest first.
    names: Vec<&'static str>,
    month_pattern: String,
    weekday_pattern: String,
}

static CALENDAR: LazyLock<Calendar> = LazyLock::new(|| {
    let mut months = HashMap::new();
    let (mut full, mut short, mut weekdays, mut bare) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut bare_weekdays = Vec::new();
    for line in data_file!("calendar.tsv").lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(kind), Some(name), Some(number)) = (cols.next(), cols.next(), cols.next()) else { continue };
        match (kind, number.parse::<u32>()) {
            ("month", Ok(n)) => {
                months.insert(name, n);
                match name.strip_suffix('.') {
                    Some(stem) => short.push(format!("{stem}\\.")),
                    None => full.push(name.to_string()),
                }
            }
            ("month_short", Ok(n)) => {
                months.insert(name, n);
                full.push(name.to_string());
                bare.push(name);
            }
            // `Mon.`, `Thurs.`: the full stop of an abbreviation, escaped.
            ("weekday", Ok(_)) => weekdays.push(name.replace('.', "\\.")),
            ("weekday_short", Ok(_)) => bare_weekdays.push(name),
            _ => {}
        }
    }
    let mut names: Vec<&'static str> = months.keys().copied().collect();
    crate::sorting::sort_by_key(&mut names, |n| std::cmp::Reverse(n.len()));
    Calendar {
        months,
        bare_abbreviations: bare,
        names,
        // The dotted abbreviations first: `Jan.` whole, not `Jan` before its stop.
        month_pattern: format!("(?:(?:{})|(?:{})\\b)", short.join("|"), full.join("|")),
        // The full and dotted names first, then the bare abbreviations as whole words.
        weekday_pattern: format!("(?:{}|\\b(?:{})\\b)", weekdays.join("|"), bare_weekdays.join("|")),
    }
});

/// Whitespace inside a date: spaces, no-break and ideographic spaces, line breaks.
const S: &str = r"[\s\x{A0}\x{202F}\x{3000}]";
/// An ordinal suffix a day may carry.
const ORD: &str = "(?:st|nd|rd|th)?";
/// A year after a month or day: 1800 to 2199 (`Friday 6 June 1000–1300`
/// is a day and a time of the military clock).
const YEAR: &str = "(?:1[89]|2[01])[0-9]{2}";
/// Words and dashes that make a range; a tilde too, as text typed from
/// Chinese or Japanese keyboards writes one (`2 ~ 4 June 2025`, `2～4 June`).
const TO: &str = "(?:-|–|—|~|～|to|until|till|through)";

fn re(pattern: &str) -> Regex {
    let c = &*CALENDAR;
    let p = pattern
        .replace("{MONTH}", &c.month_pattern)
        .replace("{WD}", &c.weekday_pattern)
        .replace("{S}", S)
        .replace("{ORD}", ORD)
        .replace("{TO}", TO)
        .replace("{YEAR}", YEAR);
    crate::text::regex(&p)
}

/// Days (and weekday) before a month name, up to the month.
static LEFT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:(?P<wd>{WD}),?{S}+)?(?P<list>(?:[0-9]{1,2}{ORD}(?:{S}*[-–]{S}*[0-9]{1,2}{ORD})?,{S}*)*[0-9]{1,2}{ORD}(?:{S}*[-–]{S}*[0-9]{1,2}{ORD})?,?{S}+(?:and|or){S}+)?(?P<d1>[0-9]{1,2})(?:/(?P<night>[0-9]{1,2}))?(?:(?:st|nd|rd|th)(?:{S}+of)?)?(?:{S}*{TO}{S}*(?:{WD},?{S}+)?(?P<d2>[0-9]{1,2})(?:(?:st|nd|rd|th)(?:{S}+of)?)?)?{S}+$")
});
static LEFT_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| re(r"(?P<wd>{WD}),?{S}+$"));
/// The first weekday of a range of weekdays before the weekday that opens
/// a date (`Monday to ` of `Monday to Friday, 8 to 12 June`).
static WEEKDAY_RANGE_START: LazyLock<Regex> = LazyLock::new(|| re(r"{WD}{S}*{TO}{S}*$"));
/// How far before a date's weekday [`WEEKDAY_RANGE_START`] is read, in bytes.
const WEEKDAY_RANGE_REACH: usize = 24;
/// `June 1, 2015`, `June 1-5, 2015`.
static RIGHT_DAY: LazyLock<Regex> =
    LazyLock::new(|| re(r"^{S}+(?P<d1>[0-9]{1,2}){ORD}(?:{S}*(?:-|–|—){S}*(?P<d2>[0-9]{1,2}))?\b(?:,?{S}+(?P<y>{YEAR})\b)?"));
/// The year after a month, in the same cell (no tab between).
static RIGHT_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"^,?[ \r\n\x{A0}\x{202F}\x{3000}]+(?P<y>{YEAR})\b"));
/// A weekday in brackets after a date: `13 December 2021 (Monday)`; or the
/// weekdays of a list or range of days after its last member: `13 and 14
/// December 2025 (Saturday and Sunday)`, `(Monday-Friday)`.
static RIGHT_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| re(r"^{S}*\({WD}(?:(?:,|{S}+and|{S}*{TO}){S}*{WD})*\)"));
/// The second half of `13 December 2021 to 17 January 2022`, or of
/// `Tuesday, 5 September, to Friday, 8 September 2023` (a comma before `to`).
/// `and` joins the two halves only after `between` (`between 30 May and 2 June 2024`).
/// A slash joins a night meeting's two days (`31 December/1 January`): the
/// second must be the day after the first.
static RANGE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^,?{S}*(?:{TO}|(?P<and>and)|(?P<slash>/)){S}*(?:{WD},?{S}+)?(?P<d>[0-9]{1,2}){ORD}{S}+(?P<m>{MONTH})(?:,?{S}+(?P<y>{YEAR})\b)?")
});
/// The next member of a list of days that gives the year the one before
/// leaves out: the `and 2 June 2024` of `30 May and 2 June 2024`.
static LIST_DAY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,?{S}*(?:and|or|,){S}*(?:{WD},?{S}+)?[0-9]{1,2}{ORD}{S}+{MONTH},?{S}+(?P<y>{YEAR})\b"));
/// The second half of a range in the United States order: `June 1 to June 5,
/// 2024`, `June 1 to 5, 2024` (without its month, the end needs its year);
/// the end's weekday before its month (`Monday, June 1, through Friday, June 5, 2026`).
static US_RANGE_DAY: LazyLock<Regex> =
    LazyLock::new(|| re(r"^,?{S}*{TO}{S}*(?:{WD},?{S}+)?(?:(?P<m>{MONTH}){S}+)?(?P<d>[0-9]{1,2}){ORD}\b(?:,?{S}+(?P<y>{YEAR})\b)?"));
/// The second half of `April to June 2021` or `April and May 2021`.
static RANGE_MONTH: LazyLock<Regex> =
    LazyLock::new(|| re(r"^{S}*(?:(?P<to>{TO})|(?P<and>and|or|,)){S}*(?P<m>{MONTH})(?:{S}+(?P<y>{YEAR})\b)?"));
static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| re(r"^{S}*(?:-|–|—|to){S}*(?P<y>(?:1[89][0-9]{2}|2[01][0-9]{2}))\b"));
/// Words after which a bare year or month is a time (`in 2021`, `since June`).
const CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "during", "from", "between", "before", "after", "for", "of", "and", "or", "to",
    "through", "throughout", "early", "mid", "late", "end", "year", "years", "beginning", "summer", "autumn", "spring",
    "winter", "last", "next",
];
/// Cue words that only join a year to a year before them (`2020 and 2021`,
/// not `resolutions 1373 and 2001`).
const JOINING_CUES: &[&str] = &["and", "or", "to", "through"];
/// `first half of`, `third quarter of` before a year.
static PART_OF_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?P<n>first|second|third|fourth){S}+(?P<u>half|quarter){S}+of{S}+$"));

/// How far the context regexes look around a month name, in bytes.
const WINDOW: usize = 120;
/// How far back the days of a month name may start (`Wednesday, 7, 9 and 10 `).
const LEFT_WINDOW: usize = 48;
/// How far back a cue word may start (`throughout `, `first half of `).
const CUE_WINDOW: usize = 24;

/// All English dates of `text`, in order.
pub(super) fn find(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some((ms, me)) = next_month(text, at) {
        let next = month_dates(text, ms, me, &mut out).unwrap_or(me);
        at = next.max(me);
    }
    crate::sorting::sort_by_key(&mut out, |f| f.span.start);
    years(text, &mut out);
    crate::sorting::sort_by_key(&mut out, |f| f.span.start);
    out
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The next month name at or after byte `at`, as a byte range. A plain byte
/// scan: the names are ASCII, so every hit is on a character boundary.
fn next_month(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    for i in at..bytes.len() {
        if !matches!(bytes[i], b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D') || (i > 0 && is_word_byte(bytes[i - 1])) {
            continue;
        }
        for name in &CALENDAR.names {
            let end = i + name.len();
            if bytes[i..].starts_with(name.as_bytes()) && (name.ends_with('.') || !bytes.get(end).is_some_and(|&b| is_word_byte(b))) {
                return Some((i, end));
            }
        }
    }
    None
}

/// The next year from 1900 to 2099 standing alone at or after byte `at`.
fn next_year(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    for i in at..bytes.len().saturating_sub(3) {
        let y = &bytes[i..i + 4];
        let plausible = matches!((y[0], y[1]), (b'1', b'9') | (b'2', b'0'));
        if plausible
            && y[2].is_ascii_digit()
            && y[3].is_ascii_digit()
            && (i == 0 || !is_word_byte(bytes[i - 1]))
            && !bytes.get(i + 4).is_some_and(|&b| is_word_byte(b))
        {
            return Some((i, i + 4));
        }
    }
    None
}

/// True when `text` starts with an English month name (`June 2023`,
/// `Sept. 2023`), as the rest of a date does after its day.
pub(crate) fn starts_with_month(text: &str) -> bool {
    let word = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let dotted = text.as_bytes().get(word) == Some(&b'.');
    let months = &CALENDAR.months;
    word > 0 && (months.contains_key(&text[..word]) || (dotted && months.contains_key(&text[..=word])))
}

fn month_number(name: &str) -> Option<u32> {
    CALENDAR.months.get(name).copied()
}

fn num(c: &Captures, name: &str) -> Option<u32> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

fn year_of(c: &Captures, name: &str) -> Option<i32> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

/// The text after byte `i`, at most [`WINDOW`] bytes.
fn ahead(text: &str, i: usize) -> &str {
    text.get(i..floor_boundary(text, i + WINDOW)).unwrap_or("")
}

/// The start of the window of `width` bytes before byte `i`.
fn behind_start(text: &str, i: usize, width: usize) -> usize {
    let mut lo = floor_boundary(text, i.saturating_sub(width));
    while lo < i && !text.is_char_boundary(lo) {
        lo += 1;
    }
    lo
}

/// True when a number may start at `i` (not inside a word, number or symbol).
fn free_start(text: &str, i: usize) -> bool {
    !char_before(text, i).is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-'))
}

/// True when a footnote mark glued to a sentence's full stop follows the
/// year that ends at `i`: `as revised in March 2022.2` (one or two digits)
/// then a line break or a new sentence; a decimal goes on (`2022.25 per
/// cent`, `2022.2%`).
fn footnote_mark(text: &str, i: usize) -> bool {
    let Some(rest) = text.get(i..).and_then(|r| r.strip_prefix('.')) else { return false };
    let digits = rest.bytes().take(3).take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let sentence = after.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    (1..=2).contains(&digits) && (after.is_empty() || after.starts_with(['\n', '\r']) || sentence)
}

/// True when a year stands alone in brackets at `ys..ye`, as a date after a
/// name: `established in East Africa (2019)`, or with the place of a
/// session: `fifteenth session (2024, Vienna)`; not the year of a Security
/// Council resolution after its number (`2282 (2016)`, `2231(2015)`), nor a
/// number among others (`(2024, 2025 and 17)`), nor an author's year after
/// the name (`(Li Jun, 2019)`). The year may close the bracket after a
/// city of the gazetteer, the session's venue: `the fifteenth session of the
/// Implementation Review Group (Vienna, 2024)`.
fn bracketed(text: &str, ys: usize, ye: usize) -> bool {
    let (head, tail) = (&text[..ys], &text[ye..]);
    if tail.starts_with(')') && head.ends_with(", ") {
        return city_before(&head[..head.len() - 2]);
    }
    let Some(head) = head.strip_suffix('(') else { return false };
    let named = || tail.strip_prefix(", ").map(|t| &t[..floor_boundary(t, PLACE_NAME + 1)]).and_then(|t| t.get(..t.find(')')?)).is_some_and(is_place_name);
    !head.trim_end().ends_with(|c: char| c.is_ascii_digit()) && (tail.starts_with(')') || named())
}

/// Longest place name in brackets beside a year, in bytes.
const PLACE_NAME: usize = 40;

/// True when `head` ends with a bracket opening on a city of the gazetteer
/// (`(Vienna`, `(Panama City`); an author's name is none (`(Li Jun`).
fn city_before(head: &str) -> bool {
    let lo = floor_boundary(head, head.len().saturating_sub(PLACE_NAME));
    let Some(open) = head[lo..].rfind('(').map(|o| lo + o) else { return false };
    let name = &head[open + 1..];
    is_place_name(name) && matches!(crate::gazetteer::lookup(name), Some(crate::gazetteer::Entry::City(_)))
}

/// True when `name` is a capitalised name (`Vienna`, `Panama City`,
/// `Atlanta, United States`): at most 40 bytes of letters, spaces, hyphens
/// and commas.
fn is_place_name(name: &str) -> bool {
    name.len() <= PLACE_NAME && name.starts_with(|c: char| c.is_uppercase()) && name.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | ','))
}

/// True when the word `between` (`Between` opening a sentence) stands
/// right before `at`: the `and` after the date then closes a range.
fn after_between(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("").trim_end();
    head.strip_suffix("between").or_else(|| head.strip_suffix("Between")).is_some_and(|h| !h.ends_with(char::is_alphanumeric))
}

/// True when a number may end at `i`.
fn free_end(text: &str, i: usize) -> bool {
    let glued = char_at(text, i).is_some_and(|c| c.is_ascii_digit() || c == '/');
    // `2021.5`, `2,021`: a decimal or thousands separator continues the number.
    let separated = matches!(char_at(text, i), Some('.' | ',')) && char_at(text, i + 1).is_some_and(|c| c.is_ascii_digit());
    !glued && !separated
}

/// Reads the dates around the month name at `ms..me`; returns where the
/// reading ended.
fn month_dates(text: &str, ms: usize, me: usize, out: &mut Vec<Found>) -> Option<usize> {
    let month = month_number(text.get(ms..me)?)?;
    let lo = behind_start(text, ms, LEFT_WINDOW);
    let before = text.get(lo..ms)?;
    // Days end right before the month (`13 `, `13th of `): only then is the
    // regex worth running.
    let tail = before.trim_end();
    let has_day = tail.len() < before.len() && (tail.ends_with(|c: char| c.is_ascii_digit()) || tail.ends_with("of") || tail.ends_with(['t', 'h', 'd']));
    let left = if has_day { left_days(before) } else { None };
    let (left_at, left) = match left.filter(|(i, l)| free_start(text, lo + i) && night_is_adjacent(l)) {
        Some((i, c)) => (lo + i, Some(c)),
        None => (lo, None),
    };
    let mut start_at = ms;
    let mut start = Parts { year: None, month: Some(month), day: None };
    let mut end: Option<Parts> = None;
    // Members of a list of days before the last: start, end, day, and the
    // last day of a member that is a range (`5–6` of `5–6 and 9 September`).
    let mut list: Vec<(usize, usize, u32, Option<u32>)> = Vec::new();
    let mut pos = me;
    if let Some(l) = &left {
        start_at = left_at + l.get(0)?.start();
        start.day = num(l, "d1");
        if let Some(d2) = num(l, "d2").or(num(l, "night")) {
            end = Some(Parts { day: Some(d2), ..Parts::default() });
        }
        if let Some(items) = l.name("list") {
            let base = left_at + items.start();
            let mut rest = items.as_str();
            let mut off = 0;
            while let Some(p) = rest.find(|c: char| c.is_ascii_digit()) {
                let len = rest[p..].find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len() - p);
                let suffix = ["st", "nd", "rd", "th"].iter().find(|o| rest[p + len..].starts_with(*o)).map_or(0, |o| o.len());
                let after = &rest[p + len + suffix..];
                let dash = after.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
                let to = dash.strip_prefix(['-', '–']).map(|t| t.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}'));
                let to_len = to.map_or(0, |t| t.bytes().take_while(u8::is_ascii_digit).count());
                if let Ok(d) = rest[p..p + len].parse() {
                    match to.filter(|_| to_len > 0) {
                        // `5–6`: one member, a range of two days.
                        Some(t) => {
                            let end_at = rest.len() - t.len() + to_len;
                            let t_suffix = ["st", "nd", "rd", "th"].iter().find(|o| rest[end_at..].starts_with(*o)).map_or(0, |o| o.len());
                            list.push((base + off + p, base + off + end_at + t_suffix, d, t[..to_len].parse().ok()));
                            off += end_at + t_suffix;
                            rest = &rest[end_at + t_suffix..];
                            continue;
                        }
                        None => list.push((base + off + p, base + off + p + len + suffix, d, None)),
                    }
                }
                off += p + len;
                rest = &rest[p + len..];
            }
            if l.name("wd").is_none() {
                start_at = left_at + l.name("d1")?.start();
            }
            // A weekday belongs to the first member of the list.
            if let (Some(wd), Some(first)) = (l.name("wd"), list.first_mut()) {
                first.0 = left_at + wd.start();
                start_at = left_at + l.name("d1")?.start();
            }
        }
    } else if let Some(r) = RIGHT_DAY.captures(ahead(text, me)).filter(|r| free_end(text, me + r.get(0).map_or(0, |m| m.end()))) {
        start.day = num(&r, "d1");
        if let Some(d2) = num(&r, "d2") {
            end = Some(Parts { day: Some(d2), ..Parts::default() });
        }
        start.year = year_of(&r, "y");
        pos = me + r.get(0)?.end();
        if let Some(wd) = LEFT_WEEKDAY.captures(before).and_then(|c| c.get(0)) {
            start_at = lo + wd.start();
        }
        let us_end = US_RANGE_DAY.captures(ahead(text, pos)).filter(|u| {
            let end_at = pos + u.get(0).map_or(0, |m| m.end());
            (u.name("m").is_some() || u.name("y").is_some()) && free_end(text, end_at)
        });
        if let Some(u) = us_end.filter(|_| end.is_none()) {
            let m2 = u.name("m").and_then(|m| month_number(m.as_str()));
            end = Some(Parts { year: year_of(&u, "y"), month: m2, day: num(&u, "d") });
            pos += u.get(0)?.end();
        }
    }
    if start.year.is_none() {
        // `31 December 2024/1 January 2025`: a slash after the year opens a
        // night's second day.
        let year_end = |r: &Captures| {
            let end = pos + r.get(0).map_or(0, |m| m.end());
            let night = || RANGE_DAY.captures(ahead(text, end)).is_some_and(|n| n.name("slash").is_some() && night_after(start, &n));
            !military_time_at(text, end - 4) && (free_end(text, end) || footnote_mark(text, end) || night())
        };
        if let Some(r) = RIGHT_YEAR.captures(ahead(text, pos)).filter(year_end) {
            start.year = year_of(&r, "y");
            pos += r.get(0)?.end();
        }
    }
    // A date that opens with its weekday has none in brackets after it: that
    // one opens the next cell (`Wednesday, 10 September` / `(Wednesday) 10.00`).
    let named_day = text.get(start_at..).is_some_and(|t| t.starts_with(|c: char| c.is_alphabetic()));
    // `Monday to Friday, 8 to 12 June`: the range of weekdays belongs to the range
    // of days; the regex runs only where a word of range ends the text before.
    if named_day && end.is_some() {
        let head = text.get(..start_at).unwrap_or("").trim_end();
        if ["to", "through", "until", "till", "-", "–", "—", "~", "～"].iter().any(|w| head.ends_with(w)) {
            let lo = floor_boundary(text, start_at.saturating_sub(WEEKDAY_RANGE_REACH));
            if let Some(m) = text.get(lo..start_at).and_then(|h| WEEKDAY_RANGE_START.find(h)) {
                start_at = lo + m.start();
            }
        }
    }
    if start.day.is_some() && !named_day {
        if let Some(w) = RIGHT_WEEKDAY.find(ahead(text, pos)) {
            pos += w.end();
        }
    }
    if end.is_none() && start.day.is_some() {
        let between = || after_between(text, start_at);
        if let Some(r) = RANGE_DAY.captures(ahead(text, pos)).filter(|r| (r.name("and").is_none() || between()) && (r.name("slash").is_none() || night_after(start, r))) {
            let m2 = r.name("m").and_then(|m| month_number(m.as_str()));
            end = Some(Parts { year: year_of(&r, "y"), month: m2, day: num(&r, "d") });
            pos += r.get(0)?.end();
            if let Some(w) = RIGHT_WEEKDAY.find(ahead(text, pos)) {
                pos += w.end();
            }
        }
    }
    if end.is_none() && start.day.is_some() && start.year.is_none() {
        start.year = LIST_DAY_YEAR.captures(ahead(text, pos)).and_then(|r| year_of(&r, "y"));
    }
    if start.day.is_none() {
        // `Jan` alone may be a name: an abbreviation without its stop needs a
        // day, or a year right after it (`Jun 2024`, not `Li Jun, 2019`).
        let year_after = start.year.is_some() && !text[me..].starts_with(',');
        if !year_after && CALENDAR.bare_abbreviations.contains(&&text[ms..me]) {
            return Some(pos);
        }
        if let Some(r) = RANGE_MONTH.captures(ahead(text, pos)) {
            let m2 = r.name("m").and_then(|m| month_number(m.as_str()));
            let second = Parts { year: year_of(&r, "y"), month: m2, day: None };
            let between = after_between(text, start_at);
            let is_range = r.name("to").is_some() || (between && r.name("and").is_some_and(|a| a.as_str() == "and"));
            if is_range && (start.year.is_some() || second.year.is_some() || cued(text, start_at)) {
                end = Some(second);
                pos += r.get(0)?.end();
            } else if !is_range && start.year.is_none() && second.year.is_some() {
                // `April and May 2021`: two months, the year given once.
                start.year = second.year;
                out.push(Found { span: Span::new(start_at, pos), start, end: None });
                let second_start = pos + r.name("m")?.start();
                pos += r.get(0)?.end();
                out.push(Found { span: Span::new(second_start, pos), start: second, end: None });
                return Some(pos);
            }
        }
        // `in June` is a month; `and June Smith` is a name.
        let named = ahead(text, pos).strip_prefix(|c: char| c == ' ').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()));
        if start.year.is_none() && end.is_none() && (named || !cued(text, start_at)) {
            return Some(pos);
        }
    }
    // `between 1 and 5 June` is a range, not a list.
    if list.len() == 1 && list[0].3.is_none() && end.is_none() && after_between(text, list[0].0) {
        let (s, _, d, _) = list[0];
        out.push(Found { span: Span::new(s, pos), start: Parts { day: Some(d), ..start }, end: Some(start) });
        return Some(pos);
    }
    for &(s, e, d, last) in &list {
        let end = last.map(|l| Parts { day: Some(l), ..start });
        out.push(Found { span: Span::new(s, e), start: Parts { day: Some(d), ..start }, end });
    }
    // `early June`, `mid-March 2025`, `late May`: the first, middle or last
    // ten days, as `上旬`/`中旬`/`下旬` (the last to the month's end).
    if let (None, None, Some((word, third))) = (start.day, end, third_before(text, start_at)) {
        let first = 1 + 10 * third;
        let last = if third == 2 { super::days_in_month(start.year.unwrap_or(1), month) } else { first + 9 };
        let part = Found { span: Span::new(word, pos), start: Parts { day: Some(first), ..start }, end: Some(Parts { day: Some(last), ..start }) };
        out.push(part);
        return Some(pos);
    }
    out.push(Found { span: Span::new(start_at, pos), start, end });
    Some(pos)
}

/// Words that name a third of a month or year, first to last.
const THIRDS: [&str; 3] = ["early", "mid", "late"];

/// Nouns that name a third of a month or year before `of` (`the end of
/// March`, `the beginning of 2026`), or glued by a hyphen (`end-2024`), with
/// the third they name: as `early`/`mid`/`late`, and `初`/`中`/`底` do.
const THIRD_NOUNS: [(&str, u32); 4] = [("beginning", 0), ("start", 0), ("middle", 1), ("end", 2)];

/// `early `, `mid-`, `Late `, `end of `, `end-`, `the beginning of ` right
/// before byte `i`: where the word starts (`the` stays out, as with `the
/// week of`) and which third it names (0 to 2).
fn third_before(text: &str, i: usize) -> Option<(usize, u32)> {
    let lo = behind_start(text, i, CUE_WINDOW);
    let before = text.get(lo..i)?;
    let hyphen = before.strip_suffix('-');
    let head = hyphen.unwrap_or_else(|| before.trim_end_matches(crate::text::is_ws));
    if head.len() == before.len() {
        return None;
    }
    let of = head.strip_suffix("of").filter(|h| h.ends_with(crate::text::is_ws) && hyphen.is_none());
    let head = of.map_or(head, |h| h.trim_end_matches(crate::text::is_ws));
    let word = head.rsplit(|c: char| !c.is_ascii_alphabetic()).next()?;
    let noun = || THIRD_NOUNS.iter().find(|(n, _)| n.eq_ignore_ascii_case(word)).map(|&(_, t)| t);
    let third = match (of, hyphen) {
        (Some(_), _) => noun()?,
        (None, Some(_)) => THIRDS.iter().position(|t| t.eq_ignore_ascii_case(word)).map(|t| t as u32).or_else(noun)?,
        (None, None) => THIRDS.iter().position(|t| t.eq_ignore_ascii_case(word))? as u32,
    };
    let start = lo + head.len() - word.len();
    (!char_before(text, start).is_some_and(char::is_alphanumeric)).then_some((start, third))
}

/// True when the four digits at `i` are a time of the military clock:
/// `1900–2100`, `1900 hours`, `1900 hrs` (`Friday 6 June 1900–2100`).
fn military_time_at(text: &str, i: usize) -> bool {
    let Some(rest) = text.get(i + 4..) else { return false };
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let dashed = rest.strip_prefix(['-', '–', '—']).map(|r| r.trim_start_matches([' ', '\u{a0}']));
    let ranged = dashed.is_some_and(|r| r.bytes().take(5).take_while(u8::is_ascii_digit).count() == 4);
    ranged || rest.starts_with("hours") || rest.starts_with("hrs")
}

/// True when the day that [`RANGE_DAY`] read in `second` is the day after
/// `start`, as the second day of a night written with a slash must be.
fn night_after(start: Parts, second: &Captures) -> bool {
    let month = second.name("m").and_then(|m| month_number(m.as_str()));
    start.day_before(Parts { year: None, month, day: num(second, "d") })
}

/// True unless the days of `left` are written with a slash (`10/11 March`,
/// a night meeting's two dates) and the second is not the day after the
/// first: `10/12` is no night, and may be a number of another kind.
fn night_is_adjacent(left: &Captures) -> bool {
    match (num(left, "d1"), num(left, "night")) {
        (Some(first), Some(second)) => second == first + 1,
        _ => true,
    }
}

/// The days (and weekday) that end `before`, found by trying [`LEFT`]
/// anchored at each word start, leftmost first: a handful of cheap anchored
/// attempts instead of one unanchored search.
/// Returns the offset of the match in `before` and its captures, whose
/// offsets count from there.
fn left_days(before: &str) -> Option<(usize, Captures<'_>)> {
    let bytes = before.as_bytes();
    (0..bytes.len())
        .filter(|&i| (bytes[i].is_ascii_digit() || bytes[i].is_ascii_uppercase()) && (i == 0 || !is_word_byte(bytes[i - 1])))
        .find_map(|i| before.get(i..).and_then(|b| LEFT.captures(b)).map(|c| (i, c)))
}

/// Words glued to a year by a hyphen that make it a time: `mid-2024`,
/// `end-2024`, `early-2025`, `late-2023`.
const HYPHEN_CUES: &[&str] = &["mid-", "end-", "early-", "late-"];

/// True when `head` ends with a word of [`HYPHEN_CUES`] standing alone
/// (`by end-2024`, not `weekend-2024`).
fn hyphen_cue(head: &str) -> bool {
    HYPHEN_CUES.iter().any(|cue| {
        head.len() >= cue.len()
            && head.is_char_boundary(head.len() - cue.len())
            && head[head.len() - cue.len()..].eq_ignore_ascii_case(cue)
            && !head[..head.len() - cue.len()].ends_with(|c: char| c.is_alphanumeric())
    })
}

/// True when a word that introduces a time directly precedes byte `i`
/// (`in 2021`, `as at 30 June`), or `mid-` does.
fn cued(text: &str, i: usize) -> bool {
    cued_within(text, i, MONTH_LIST_MAX)
}

/// The most months of a list (`in February, June and September`) that
/// [`cued`] walks back through to the word that introduces them.
const MONTH_LIST_MAX: usize = 12;

/// [`cued`], where a month joined by `,`/`and`/`or` to a month before it is
/// cued as that month is, through at most `depth` months.
fn cued_within(text: &str, i: usize, depth: usize) -> bool {
    let lo = behind_start(text, i, CUE_WINDOW);
    let before = text.get(lo..i).unwrap_or("");
    if hyphen_cue(before) {
        return true;
    }
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return false;
    }
    let word = trimmed.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let word_start = trimmed.len() - word.len();
    // A cut window may have split the word.
    if word_start == 0 && behind_start(text, i, CUE_WINDOW) > 0 {
        return false;
    }
    if JOINING_CUES.iter().any(|c| c.eq_ignore_ascii_case(word)) || (word.is_empty() && trimmed.ends_with(',')) {
        let head = trimmed[..word_start].trim_end().trim_end_matches(',');
        // `in February, June and September`: the month before is cued.
        let month = head.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        if depth > 0 && month.starts_with(|c: char| c.is_ascii_uppercase()) && month_number(month).is_some() {
            return cued_within(text, lo + head.len() - month.len(), depth - 1);
        }
        let b = head.as_bytes();
        return b.len() >= 4 && b[b.len() - 4..].iter().all(u8::is_ascii_digit) && !(b.len() > 4 && is_word_byte(b[b.len() - 5]));
    }
    CUES.iter().any(|c| c.eq_ignore_ascii_case(word))
}

/// True when `text` continues, after spaces, with a word that makes the year
/// before it part of a name (`the 2030 Agenda`).
fn names_something(text: &str, i: usize) -> bool {
    let rest = ahead(text, i);
    let word = rest.trim_start();
    word.len() < rest.len() && (word.starts_with("Agenda") || word.starts_with("agenda"))
}

/// The `-12-13` of an ISO date `2021-12-13` after a year ending at `i`:
/// month, day and where it ends. Dots may stand for both dashes, as
/// Chinese forms write a date (`时间：2025.03.12`); one of each is no date.
fn iso_rest(text: &str, i: usize) -> Option<(u32, u32, usize)> {
    let b = text.as_bytes().get(i..i + 6)?;
    let two = |x: &[u8]| -> Option<u32> { (x.iter().all(u8::is_ascii_digit)).then(|| u32::from(x[0] - b'0') * 10 + u32::from(x[1] - b'0')) };
    if !matches!(b[0], b'-' | b'.') || b[3] != b[0] {
        return None;
    }
    let (month, day) = (two(&b[1..3])?, two(&b[4..6])?);
    let after = text.as_bytes().get(i + 6).copied();
    // `2025.03.12.1`: a fourth part makes a version number.
    let version = after == Some(b'.') && text.as_bytes().get(i + 7).is_some_and(u8::is_ascii_digit);
    (!after.is_some_and(|c| is_word_byte(c) || c == b'-' || c == b'/') && !version).then_some((month, day, i + 6))
}

/// Years outside the dates already found: `in 2021`, `2020–2021`,
/// `the first half of 2021`.
fn years(text: &str, out: &mut Vec<Found>) {
    let taken: Vec<Span> = out.iter().map(|f| f.span).collect();
    let mut t = 0;
    let mut at = 0;
    while let Some((ys, ye)) = next_year(text, at) {
        at = ye;
        let year_text = &text[ys..ye];
        while t < taken.len() && taken[t].end <= ys {
            t += 1;
        }
        if taken.get(t).is_some_and(|s| s.start < ye) || !free_start(text, ys) && !hyphen_cue(&text[..ys]) {
            continue;
        }
        // `《2015-2030 年仙台减少灾害风险框架》`: a Chinese title's years are its name's.
        // `2025.03.12`: the dot after the year is a date's, not a decimal's.
        let iso = iso_rest(text, ye);
        if (iso.is_none() && !free_end(text, ye)) || names_something(text, ye) || super::zh::in_title(text, ys) {
            continue;
        }
        let Ok(y) = year_text.parse::<u32>() else { continue };
        if let Some((month, day, end)) = iso {
            let start = Parts { year: Some(y as i32), month: Some(month), day: Some(day) };
            out.push(Found { span: Span::new(ys, end), start, end: None });
            at = end;
            continue;
        }
        let lo = behind_start(text, ys, CUE_WINDOW);
        let part = text.get(lo..ys).filter(|b| b.contains("half") || b.contains("quarter")).and_then(|b| PART_OF_YEAR.captures(b));
        if let Some(h) = part {
            let n = match h.name("n").map(|n| n.as_str().to_ascii_lowercase()).as_deref() {
                Some("first") => 0,
                Some("second") => 1,
                Some("third") => 2,
                _ => 3,
            };
            let half = h.name("u").is_some_and(|u| u.as_str().eq_ignore_ascii_case("half"));
            let (a, b) = match (half, n) {
                (true, 0) => (1, 6),
                (true, 1) => (7, 12),
                (true, _) => continue,
                (false, q) => (q * 3 + 1, q * 3 + 3),
            };
            let year = Parts::year(y);
            let start = lo + h.get(0).map_or(0, |g| g.start());
            out.push(Found { span: Span::new(start, ye), start: Parts { month: Some(a), ..year }, end: Some(Parts { month: Some(b), ..year }) });
            continue;
        }
        let dash_or_to = ahead(text, ye).trim_start().starts_with(['-', '–', '—', 't']);
        if let Some(r) = YEAR_RANGE.captures(ahead(text, ye)).filter(|_| dash_or_to) {
            let y2: u32 = num(&r, "y").unwrap_or(0);
            let end = ye + r.get(0).map_or(0, |g| g.end());
            if y2 > y && y2 - y <= 100 && free_end(text, end) && !super::zh::years_of_a_name(text, end) {
                out.push(Found { span: Span::new(ys, end), start: Parts::year(y), end: Some(Parts::year(y2)) });
                at = end;
                continue;
            }
        }
        // `early 2025`, `mid-2024`, `late 2026`: the year's first, middle or last
        // four months.
        if let Some((word, third)) = third_before(text, ys) {
            let year = Parts::year(y);
            let (first, last) = (third * 4 + 1, third * 4 + 4);
            out.push(Found { span: Span::new(word, ye), start: Parts { month: Some(first), ..year }, end: Some(Parts { month: Some(last), ..year }) });
        } else if cued(text, ys) || bracketed(text, ys, ye) {
            out.push(Found { span: Span::new(ys, ye), start: Parts::year(y), end: None });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::dates;

    #[test]
    fn english_dates() {
        // Reference year 2021, month 12 (see `dates`).
        let cases: &[(&str, &[&str])] = &[
            ("Distr.: General\n30 September 2021\n", &["30 September 2021=2021-09-30"]),
            ("Vienna, 1-5 June 2015", &["1-5 June 2015=2015-06-01..2015-06-05"]),
            ("Sharm el-Sheikh, Egypt, 13–17 December 2021", &["13–17 December 2021=2021-12-13..2021-12-17"]),
            ("Monday, 1 June 2015\t10 a.m.", &["Monday, 1 June 2015=2015-06-01"]),
            ("from 1 to 5 June", &["1 to 5 June=2021-06-01..2021-06-05"]),
            ("from 13 December 2021 to 17 January 2022", &["13 December 2021 to 17 January 2022=2021-12-13..2022-01-17"]),
            ("held from 28 January to 1 February 2008 in Nusa Dua", &["28 January to 1 February 2008=2008-01-28..2008-02-01"]),
            ("on 7, 9 and 10 November 2022,", &["7=2022-11-07", "9=2022-11-09", "10 November 2022=2022-11-10"]),
            ("on 22 and 23 October 2012", &["22=2012-10-22", "23 October 2012=2012-10-23"]),
            // A member of the list may be a range of days.
            ("met on 5–6 and 9 September 2024.", &["5–6=2024-09-05..2024-09-06", "9 September 2024=2024-09-09"]),
            ("on 2, 4-5 and 8 May 2023", &["2=2023-05-02", "4-5=2023-05-04..2023-05-05", "8 May 2023=2023-05-08"]),
            ("between 1 and 5 June 2015", &["1 and 5 June 2015=2015-06-01..2015-06-05"]),
            // Two adjacent days with a slash: a night meeting's range.
            ("on the night of 10/11 March 2025,", &["10/11 March 2025=2025-03-10..2025-03-11"]),
            ("Monday, 30/31 December 2024", &["Monday, 30/31 December 2024=2024-12-30..2024-12-31"]),
            ("10/12 March 2025, A/79/10/11 March 2025", &["March 2025=2025-03/m", "March 2025=2025-03/m"]),
            ("on the night of 31 December/1 January 2026 and of 28/29 February 2024", &["31 December/1 January 2026=2025-12-31..2026-01-01", "28/29 February 2024=2024-02-28..2024-02-29"]),
            ("on 31 December 2024/1 January\n2025, not A/RES/2024/1 June", &["31 December 2024/1 January\n2025=2024-12-31..2025-01-01"]),
            // A time of the military clock, or one in the next cell, is no year.
            ("Friday 6 June\t1000\tThursday, 5 June 1900–2100 and 7 June 1500 hours", &["Friday 6 June=2021-06-06", "Thursday, 5 June=2021-06-05", "7 June=2021-06-07"]),
            ("on 6 June 2024, 6 June\n2024 and 6 June 2024 to 2025", &["6 June 2024=2024-06-06", "6 June\n2024=2024-06-06", "6 June 2024=2024-06-06", "2025=2025/y"]),
            ("on 30 April/1 May and 3 June/5 June", &["30 April/1 May=2021-04-30..2021-05-01", "3 June=2021-06-03"]),
            ("until December 2021.", &["December 2021=2021-12/m"]),
            // A footnote mark after the full stop is no decimal of the year.
            ("as revised in March 2022.2\n", &["March 2022=2022-03/m"]),
            ("by 31 May 2024.12 The", &["31 May 2024=2024-05-31"]),
            ("March 2022.25 per cent", &[]),
            ("March 2022.2%", &[]),
            // A year alone in brackets is a date; a number in brackets is not.
            ("in East Africa (2019) and Mexico (2020).", &["2019=2019/y", "2020=2020/y"]),
            // A year in brackets with the place of a session, either side of it.
            ("fifteenth session (2024, Vienna); sixteenth session (2025, Panama City)", &["2024=2024/y", "2025=2025/y"]),
            ("tenth session (2023, Atlanta, United States)", &["2023=2023/y"]),
            // The year after the city, the venue of a session of a body.
            ("the fifteenth session of the Implementation Review Group (Vienna, 2024), the tenth (Panama City, 2013)", &["2024=2024/y", "2013=2013/y"]),
            // Not: an author's year, a number after a city, a year after a State.
            ("(Li Jun, 2019), (Vienna, 1750 seats), (Austria, 2024)", &[]),
            // Not: a year among numbers, or before words in lower case.
            ("paragraphs (2024, 17 and 18) and (2025, see above)", &[]),
            ("expected by mid-2024, end-2024 or End-2025, not by weekend-2024", &["mid-2024=2024-05..2024-08/m", "end-2024=2024-09..2024-12/m", "End-2025=2025-09..2025-12/m"]),
            // `the end of`, `the beginning of`: the last or first third, as `late` and `early`.
            ("by the end of 2025 and the beginning of 2026", &["end of 2025=2025-09..2025-12/m", "beginning of 2026=2026-01..2026-04/m"]),
            ("by the end of March 2025, from the start of\nJune", &["end of March 2025=2025-03-21..2025-03-31", "start of\nJune=2025-06-01..2025-06-10"]),
            ("in the middle of 2025", &["middle of 2025=2025-05..2025-08/m"]),
            // Not: another noun before `of`.
            ("the session of 2025 and the weekend of June 2025", &["2025=2025/y", "June 2025=2025-06/m"]),
            // The first, middle or last third of a year (four months) or of a month (ten days).
            ("in early 2025, Late 2026 and\nmid 2027", &["early 2025=2025-01..2025-04/m", "Late 2026=2026-09..2026-12/m", "mid 2027=2027-05..2027-08/m"]),
            ("in early June, mid-March 2025 and late February 2024", &["early June=2025-06-01..2025-06-10", "mid-March 2025=2025-03-11..2025-03-20", "late February 2024=2024-02-21..2024-02-29"]),
            ("the yearly 2025 review, the template June 2025", &["June 2025=2025-06/m"]),
            ("activities (2500) and (2019a)", &[]),
            ("resolutions 2282 (2016) and 2231(2015)", &[]),
            ("from April to June 2021", &["April to June 2021=2021-04..2021-06/m"]),
            ("in April and May 2021", &["April=2021-04/m", "May 2021=2021-05/m"]),
            ("between June and August 2022", &["June and August 2022=2022-06..2022-08/m"]),
            ("submitted in September, the", &["September=2021-09/m"]),
            ("on 14 December, the", &["14 December=2021-12-14"]),
            ("Tuesday, 14 December", &["Tuesday, 14 December=2021-12-14"]),
            ("on June 1, 2015 and", &["June 1, 2015=2015-06-01"]),
            ("on the 13th of December 2021", &["13th of December 2021=2021-12-13"]),
            ("30 Sept. 2021", &["30 Sept. 2021=2021-09-30"]),
            ("on 3 Jun. 2024, 4 Jul. 2024 and 3 Sept 2024", &["3 Jun. 2024=2024-06-03", "4 Jul. 2024=2024-07-04", "3 Sept 2024=2024-09-03"]),
            ("29 Dec.–2 Jan. 2026 and 3 Sept.–4 Oct. 2024", &["29 Dec.–2 Jan. 2026=2025-12-29..2026-01-02", "3 Sept.–4 Oct. 2024=2024-09-03..2024-10-04"]),
            ("from 3 Jun to 5 Sep 2024", &["3 Jun to 5 Sep 2024=2024-06-03..2024-09-05"]),
            ("on Dec 3, 2024 and in Oct 2023", &["Dec 3, 2024=2024-12-03", "Oct 2023=2023-10/m"]),
            // Ranges across months in either order.
            ("from June 1 to June 5, 2024 and June 30 through July 2, 2024", &["June 1 to June 5, 2024=2024-06-01..2024-06-05", "June 30 through July 2, 2024=2024-06-30..2024-07-02"]),
            // The United States order with weekdays before both months.
            ("from Monday, June 1, through Friday, June 5, 2026", &["Monday, June 1, through Friday, June 5, 2026=2026-06-01..2026-06-05"]),
            // Not: a weekday without its month and year after `through`.
            ("on Monday, June 1, 2026, through Friday 5 sessions", &["Monday, June 1, 2026=2026-06-01"]),
            ("from June 1 to 5, 2024", &["June 1 to 5, 2024=2024-06-01..2024-06-05"]),
            ("on June 1 to 12 States", &["June 1=2021-06-01"]),
            ("between 30 May and 2 June 2024", &["30 May and 2 June 2024=2024-05-30..2024-06-02"]),
            // `Between` opening a sentence; `and` without it joins two dates.
            ("Between 3 March and 5 April 2025, 12 States replied; on 3 and 5 March 2025", &["3 March and 5 April 2025=2025-03-03..2025-04-05", "3=2025-03-03", "5 March 2025=2025-03-05"]),
            ("Between 1 and 5 June 2025; Inbetween 1 and 5 June 2025", &["1 and 5 June 2025=2025-06-01..2025-06-05", "1=2025-06-01", "5 June 2025=2025-06-05"]),
            ("on 30 May and 2 June 2024", &["30 May=2024-05-30", "2 June 2024=2024-06-02"]),
            ("on Monday, 3 June, and Tuesday, 4 June 2024", &["Monday, 3 June=2024-06-03", "Tuesday, 4 June 2024=2024-06-04"]),
            ("on 3 June and 4 States in 2024", &["3 June=2021-06-03", "2024=2024/y"]),
            // An abbreviation without its stop and without a day or year is a name.
            ("in Jan and in Mar del Plata, (Li Jun, 2019)", &[]),
            ("Jane and Janet in September", &["September=2021-09/m"]),
            ("30\u{a0}September\u{a0}2021", &["30\u{a0}September\u{a0}2021=2021-09-30"]),
            ("in 2020 and 2021", &["2020=2020/y", "2021=2021/y"]),
            ("Since 2012, experts", &["2012=2012/y"]),
            ("the 2020–2021 workplan", &["2020–2021=2020..2021/y"]),
            ("in the first half of 2021", &["first half of 2021=2021-01..2021-06/m"]),
            ("as at 30 September 2022", &["30 September 2022=2022-09-30"]),
            ("from Monday, 13 to Friday, 17 December 2021", &["Monday, 13 to Friday, 17 December 2021=2021-12-13..2021-12-17"]),
            ("from Tuesday, 5 September, to Friday, 8 September 2023.", &["Tuesday, 5 September, to Friday, 8 September 2023=2023-09-05..2023-09-08"]),
            ("from 28 August, to 1 September 2023", &["28 August, to 1 September 2023=2023-08-28..2023-09-01"]),
            // A comma and `to` that open a clause: two days are not a range.
            ("on 5 September, to 12 States", &["5 September=2021-09-05"]),
            ("adopted on 5 September, to be held", &["5 September=2021-09-05"]),
            ("on December 13–17, 2021,", &["December 13–17, 2021=2021-12-13..2021-12-17"]),
            ("on 13 December 2021 (Monday), the", &["13 December 2021 (Monday)=2021-12-13"]),
            // The weekdays of two days, in brackets after the last of them.
            ("on 13 and 14 December 2025 (Saturday and Sunday) in", &["13=2025-12-13", "14 December 2025 (Saturday and Sunday)=2025-12-14"]),
            ("from 15 to 19 June 2026 (Monday to Friday).", &["15 to 19 June 2026 (Monday to Friday)=2026-06-15..2026-06-19"]),
            // A range of weekdays before the range of days belongs to it, as after it.
            ("meets Monday to Friday, 8 to 12 June 2026;", &["Monday to Friday, 8 to 12 June 2026=2026-06-08..2026-06-12"]),
            ("Monday–Friday, 8–12 June 2026", &["Monday–Friday, 8–12 June 2026=2026-06-08..2026-06-12"]),
            ("on Monday to 8 June 2026", &["8 June 2026=2026-06-08"]),
            ("from 13 (Monday) to 17 December", &["17 December=2021-12-17"]),
            ("Wednesday, 10 September\n(Wednesday) 10.00–13.00", &["Wednesday, 10 September=2021-09-10"]),
            ("dated 2021-12-13.", &["2021-12-13=2021-12-13"]),
            ("2021-13-45", &[]),
            // Dots for both dashes; not a dot and a dash, nor a version's three parts.
            ("时间：2025.03.12；2025.03-12，version 2025.03.12.1", &["2025.03.12=2025-03-12"]),
            ("in the third quarter of 2023", &["third quarter of 2023=2023-07..2023-09/m"]),
            ("the second half of 2022", &["second half of 2022=2022-07..2022-12/m"]),
            ("by mid-2023", &["mid-2023=2023-05..2023-08/m"]),
            // Not dates.
            ("CAC/COSP/2021/1", &[]),
            ("resolution 58/4 and decision 2021/13", &[]),
            ("the 2030 Agenda for Sustainable Development", &[]),
            ("by 2030 Agenda", &[]),
            ("A/76/2021", &[]),
            ("some 2021 participants", &[]),
            ("States may wish to", &[]),
            ("the May 2020 review", &["May 2020=2020-05/m"]),
            ("Mayor of the city", &[]),
            ("June alone", &[]),
            ("to meet in Geneva in February, June and September.", &["February=2022-02/m", "June=2021-06/m", "September=2021-09/m"]),
            ("Reports February, June and September", &[]),
            ("Mary, June and April came", &[]),
            ("paragraph 31 of the report", &[]),
            ("Law No. 5 of June 2010", &["June 2010=2010-06/m"]),
            ("the 1st and 2nd of March 2022", &["1st=2022-03-01", "2nd of March 2022=2022-03-02"]),
            ("30 February 2021", &[]),
            ("US$ 2,021", &[]),
            ("resolutions 1373 (2001) and 2178 (2014)", &[]),
            ("increase to 2030 participants", &[]),
            ("this August body", &[]),
            ("Ms. Smith and June Brown", &[]),
            ("in 1850", &[]),
            ("in 2020, 2021 and 2022", &["2020=2020/y", "2021=2021/y", "2022=2022/y"]),
            ("paragraph 5, 2021 requests", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text}");
        }
    }

    #[test]
    fn forms_pasted_from_pdf_word_and_web_pages() {
        // Reference year 2021, month 12 (see `dates`).
        let cases: &[(&str, &[&str])] = &[
            ("on 1st June 2024", &["1st June 2024=2024-06-01"]),
            ("on June 1, 2024", &["June 1, 2024=2024-06-01"]),
            ("on 1 and 2 June 2024", &["1=2024-06-01", "2 June 2024=2024-06-02"]),
            // A tilde typed on an East Asian keyboard joins a range too.
            ("2 ~ 4 June 2025, 2～4 June, 10 June ~ 2 July 2025", &["2 ~ 4 June 2025=2025-06-02..2025-06-04", "2～4 June=2025-06-02..2025-06-04", "10 June ~ 2 July 2025=2025-06-10..2025-07-02"]),
            ("1-5 June 2024, 1–5 June 2024, 1 – 5 June 2024", &["1-5 June 2024=2024-06-01..2024-06-05", "1–5 June 2024=2024-06-01..2024-06-05", "1 – 5 June 2024=2024-06-01..2024-06-05"]),
            ("from 1 to 5 June 2024 and 1 through 5 July 2024", &["1 to 5 June 2024=2024-06-01..2024-06-05", "1 through 5 July 2024=2024-07-01..2024-07-05"]),
            ("from 30 May to 2 June 2024", &["30 May to 2 June 2024=2024-05-30..2024-06-02"]),
            ("from 30 December 2024 to 3 January 2025", &["30 December 2024 to 3 January 2025=2024-12-30..2025-01-03"]),
            ("on Monday 3 June 2024", &["Monday 3 June 2024=2024-06-03"]),
            // Abbreviated weekdays, with their full stop.
            ("on Mon. 3 June 2024 and Thurs., 6 June", &["Mon. 3 June 2024=2024-06-03", "Thurs., 6 June=2024-06-06"]),
            // Without it, as tables write them: a weekday still, a word of its own.
            ("Mon 3 June 2024", &["Mon 3 June 2024=2024-06-03"]),
            ("Wed, 4 June and Thurs 5 June 2025", &["Wed, 4 June=2025-06-04", "Thurs 5 June 2025=2025-06-05"]),
            ("Hassun 3 June 2024, Monk 3 June 2024", &["3 June 2024=2024-06-03", "3 June 2024=2024-06-03"]),
            ("on 3 June, the", &["3 June=2021-06-03"]),
            ("dated 2024-06-03", &["2024-06-03=2024-06-03"]),
            ("dated 03/06/2024 and 3.6.2024", &[]),
            ("on 3 Jun. 2024", &["3 Jun. 2024=2024-06-03"]),
            ("on 30\u{a0}September\u{a0}2021 and 1\u{a0}–\u{a0}5\u{a0}June\u{a0}2024", &["30\u{a0}September\u{a0}2021=2021-09-30", "1\u{a0}–\u{a0}5\u{a0}June\u{a0}2024=2024-06-01..2024-06-05"]),
            ("Distr.: General\r\n30 September\r\n2021\r\n", &["30 September\r\n2021=2021-09-30"]),
            ("dated 30\u{3000}September\u{3000}2021", &["30\u{3000}September\u{3000}2021=2021-09-30"]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text}");
        }
    }
}
