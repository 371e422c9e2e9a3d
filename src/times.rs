//! Times of day and ranges of times, in Chinese and English, as `HH:MM`.
//!
//! `上午10时至下午1时` → `{"start": "10:00", "end": "13:00"}`;
//! `下午1时30分至3时30分` → `13:30`/`15:30` (the end keeps the start's 下午);
//! `中午12时` → `12:00`; `下\n\n午 3 时` (a PDF line break inside) → `15:00`;
//! `10 a.m. to 1 p.m.`, `3 to 6 p.m.` (the start takes the end's p.m.),
//! `10.30 a.m.`, `12 noon`, `noon`, `15:00`, `15:00 hours`, `at 14.00 hours`,
//! `1500 hours` (military; a range `1000–1300` also as a whole table cell), `10h00`, `15 h 30` (French style, 24-hour;
//! an hour without minutes, `13h`, in a range of such times: `10h - 13h`, `15 h 30 - 18 h`,
//! after a word that places a moment, `at 10h`, `à 15h`, or alone in a table's cell),
//! `10.00-13.00` (a dashed range of two dotted 24-hour times; also each with
//! its `hrs`: `10.00 hrs–13.00 hrs`). Digits may
//! be full-width (`１０：００`).
//!
//! `晚7时`, `早8时` (one character of the day's part before an hour).
//!
//! Left out on purpose: `晚` alone (`12 月 14 日晚` is an evening, not a
//! time), numbers before `时` that are not hours (`24 小时`, `2 时期`,
//! `三时` without 上午/下午), `10.30` without a.m./p.m. (a number) unless in
//! such a range or before `hours` after `at`…, the
//! words around a time (`from`, `从`). `中午` alone is a time only right
//! after a date (`2021 年 12 月 13 日星期一中午`); `午夜` (midnight) always is
//! one (`00:00`; `24:00` at the end of a range, as `to midnight`). A range
//! whose end the next clause gives is one: `晚上 7 点半开始，至 9 点结束` →
//! `19:30`/`21:00`, the span up to the end's hour.

use crate::dates::Cursor;
use crate::model::{Annotation, TimeValue, Value};
use crate::numerals::{digit_value, is_chinese_numeral};
use crate::span::Span;
use crate::text::is_ws;

/// Parts of the day in Chinese; the first character opens a candidate.
const PERIODS: &[(&str, Period)] = &[
    ("上午", Period::Morning),
    ("早上", Period::Morning),
    ("早晨", Period::Morning),
    ("凌晨", Period::Night),
    ("午夜", Period::Night),
    ("中午", Period::Noon),
    ("下午", Period::Afternoon),
    ("傍晚", Period::Afternoon),
    ("晚上", Period::Afternoon),
    ("晚间", Period::Afternoon),
    ("夜间", Period::Afternoon),
    // One character, a part of the day only before an hour (`晚7时`): last,
    // so that `早上`, `晚上` are read whole.
    ("早", Period::Morning),
    ("晚", Period::Afternoon),
];
/// The word after an hour that makes it sharp (`10 时整`).
const SHARP: &str = "整";
/// What follows `整` in the words it opens (`整理`, `整体`, `整个`, `整合`…).
const NOT_SHARP_AFTER: &[char] = &['理', '体', '个', '合', '改', '顿', '天', '套', '齐', '洁', '数', '修', '治', '编', '装', '形', '容', '部', '年', '月', '日', '周'];
/// Midnight, a time by itself.
const MIDNIGHT: &str = "午夜";
/// Words that join two times into a range; in Chinese also `起至`
/// (`上午 10 时起至下午 1 时止`) and a meeting's `开到`/`开至` (`下午 3 时开到
/// 6 时`: it sits from three to six).
const ZH_RANGE: &[&str] = &["至", "到", "——", "—", "–", "－", "-", "～", "~", "起至", "起到", "开到", "开至"];
const EN_RANGE: &[&str] = &["to", "until", "till", "and", "—", "–", "-"];
/// What may follow `时` when it is not an hour (`时间`, `时期`, …).
const NOT_HOUR_AFTER: &[char] = &['间', '期', '段', '代', '候', '刻', '区', '差', '效', '限', '事', '机', '局', '尚', '髦'];

/// A part of the day, which decides how a 12-hour clock reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Period {
    /// 上午, a.m.
    Morning,
    /// 凌晨: midnight to dawn.
    Night,
    /// 中午: around noon.
    Noon,
    /// 下午, 晚上, p.m.
    Afternoon,
}

/// A time as written: hour, minutes, and the part of the day if given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Clock {
    hour: u32,
    minute: u32,
    period: Option<Period>,
    /// A Chinese hour with nothing else (`3 时`): often the end of a clause
    /// (`在审议项目 3 时`, "when considering item 3"), so a time only in a
    /// range or after a word that introduces one.
    weak: bool,
}

impl Clock {
    /// Minutes after midnight, reading the hour in `period`.
    fn minutes(self, period: Option<Period>) -> Option<u32> {
        let h = self.hour;
        let h = match period {
            None => h,
            Some(_) if h > 12 => return None,
            Some(Period::Morning) => h,
            Some(Period::Night) => h % 12,
            Some(Period::Noon) => if h <= 3 { h + 12 } else { h },
            Some(Period::Afternoon) => if h == 12 { 12 } else { h + 12 },
        };
        (h <= 24 && self.minute < 60 && !(h == 24 && self.minute > 0)).then_some(h * 60 + self.minute)
    }
}

/// How an English number reads as a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// A time by itself: `10 a.m.`, `15:00`, `noon`, any Chinese time.
    Marked,
    /// A number without a.m./p.m. or colon (`3`, `1.30`): a time only as
    /// the start of a range whose end is marked (`3 to 6 p.m.`).
    Bare,
    /// Hours and minutes with a dot and no a.m./p.m. (`10.00`, `13.30`):
    /// like [`Form::Bare`], and a 24-hour time in a dashed range of two such
    /// (`10.00-13.00`).
    Dotted,
    /// An hour and `h` without minutes (`13h`, `18 h`) and no word before
    /// it that places a moment (`at 13h` is [`Form::Marked`], as `13h` alone
    /// in a table's cell): a 24-hour time only in a range whose other end is
    /// French-style too (`10h - 13h`, `15 h 30 - 18 h`); alone it may be a
    /// duration (`2 h`).
    HourH,
}

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Finds times and ranges of times. Linear in the length of the text.
pub fn find_times(doc: &crate::text::Document) -> Vec<Annotation> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut next = 0;
    // The character before the current one, carried along instead of
    // decoded again backwards at each character.
    let (mut prev, mut prev2) = (None, None);
    for (i, c) in text.char_indices() {
        let before = prev.replace(c);
        let before2 = std::mem::replace(&mut prev2, before);
        if i < next || !may_start(before, c, before2) {
            continue;
        }
        if let Some((end, value)) = range_at(text, i) {
            out.push(Annotation::new(Span::new(i, end), Value::Time(value)));
            next = end;
        }
    }
    out
}

/// True when a time may start with `c`, `prev` the character before it
/// and `prev2` the one before that.
fn may_start(prev: Option<char>, c: char, prev2: Option<char>) -> bool {
    if digit_value(c).is_some() {
        // An ideograph before the digits does not make them part of a word
        // (`于15:00`), a Latin letter or digit does (`A15`); a colon does
        // (the minutes of `10：30`) unless it ends a label (`会议时间：10：00`).
        let label = matches!(prev, Some(':' | '：')) && prev2.is_some_and(crate::text::is_cjk);
        return label || !prev.is_some_and(|p| (p.is_alphanumeric() && !crate::text::is_cjk(p)) || matches!(p, '/' | '.' | ':' | '：' | '-' | ',' | '第'));
    }
    match c {
        '上' | '早' | '凌' | '午' | '中' | '下' | '傍' | '晚' | '夜' => true,
        'n' | 'm' => !prev.is_some_and(|p| p.is_alphanumeric()),
        _ => false,
    }
}

/// Reads a time or range of times at `i`.
fn range_at(text: &str, i: usize) -> Option<(usize, TimeValue)> {
    let mut c = Cursor::new(text, i);
    let (first, first_form) = clock(&mut c, text)?;
    let first_bare = first_form != Form::Marked;
    let after_first = c;
    c.ws();
    let joiner_at = c.pos;
    // `晚上 7 点半开始，至 9 点结束`: a range whose end a clause of its own gives.
    let started = first_form == Form::Marked && started_range(&mut c);
    let joiner = if started { Some("") } else { c.eat_any(ZH_RANGE).map(|_| "").or_else(|| c.eat_any(EN_RANGE).map(|k| EN_RANGE[k])) };
    let zh_joined = joiner == Some("");
    if first_form == Form::Dotted && matches!(text.get(joiner_at..c.pos), Some("-" | "–" | "—" | "－" | "～" | "~")) {
        if let Some(range) = dotted_range(text, i, c, first) {
            return Some(range);
        }
    }
    if let Some(range) = french_range(text, (i, after_first.pos), (first, first_form), joiner, c) {
        return Some(range);
    }
    if first_form == Form::HourH {
        return None;
    }
    // `at 10 a.m. and 3 p.m.` are two times; `between 10 a.m. and 1 p.m.`
    // and `3 and 6 p.m.` are ranges.
    let listed = joiner == Some("and") && !first_bare && !after_between(text, i);
    let second = joiner.filter(|_| !listed).and_then(|_| {
        c.ws();
        let save = c;
        // `上午 10.00–12.30`: after a Chinese part of the day a dotted end
        // is a time as its start is.
        let dotted_ok = first.period.is_some() && !first_bare && zh_joined;
        clock(&mut c, text).filter(|(_, form)| *form == Form::Marked || (dotted_ok && *form == Form::Dotted)).or_else(|| {
            // `下午3点至6点`: the end of a range may use 点 without a part of the day.
            c = save;
            first.period.and_then(|_| point_hour(&mut c)).map(|k| (k, Form::Marked))
        })
    });
    // The clause that gives the end says it ends there (`至 9 点结束`, `至 9 时止`).
    let second = second.filter(|_| !started || { let r = c.rest().trim_start_matches(is_ws); STARTED_END.iter().any(|w| r.starts_with(w)) });
    let Some((second, _)) = second else {
        if first_bare || (first.weak && !introduced(text, i)) {
            return None;
        }
        let start = first.minutes(first.period)?;
        return Some((after_first.pos, TimeValue { start: hhmm(start), end: None }));
    };
    let (start, end) = if first_bare {
        // `3 to 6 p.m.`, `11 to 1 p.m.`: the start takes the end's period,
        // unless that would put it after the end.
        let end = second.minutes(second.period)?;
        let start = first.minutes(second.period).filter(|&s| s < end).or_else(|| first.minutes(Some(Period::Morning)))?;
        (start, end)
    } else {
        let start = first.minutes(first.period)?;
        // `中午 12 时至 13 时`: an end past 12 without a part of the day is on
        // the 24-hour clock.
        let end = second.minutes(second.period.or(first.period)).or_else(|| second.period.map_or_else(|| second.minutes(None), |_| None))?;
        // `上午9时至1时`: a 12-hour end before the start is in the afternoon.
        let end = if end < start && first.period.is_some() && second.period.is_none() && end + 720 <= 1440 { end + 720 } else { end };
        (start, end)
    };
    Some((c.pos, TimeValue { start: hhmm(start), end: Some(hhmm(end)) }))
}

/// The words after the start of a range whose end a clause of its own gives
/// (`开始，至`), and the word after that end (`结束`, `止`).
const STARTED: &str = "开始";
const STARTED_END: &[&str] = &["结束", "止"];

/// Eats `开始`, perhaps a comma, then `至` or `到` at the cursor (`晚上 7 点半开始，至
/// 9 点结束`: one range, its end in the next clause); the cursor stays put
/// when they are not there.
fn started_range(c: &mut Cursor) -> bool {
    let save = *c;
    if c.eat(STARTED) {
        if !c.eat("，") {
            c.eat(",");
        }
        c.ws();
        if c.eat_any(&["至", "到"]).is_some() {
            return true;
        }
    }
    *c = save;
    false
}

/// True when `between`/`Between` ends right before `i`, spaces aside.
fn after_between(text: &str, i: usize) -> bool {
    let head = text.get(..i).unwrap_or("").trim_end();
    let lo = crate::text::floor_boundary(head, head.len().saturating_sub("between".len()));
    head.get(lo..).is_some_and(|w| w.eq_ignore_ascii_case("between"))
}

/// `10.00-13.00`, `09.30–11.00`: the 24-hour range of two dotted times
/// that starts at `i` with `first`, the cursor after the dash. Both hours
/// are written with two digits, the end is after the start, and no
/// currency or `per cent` makes the numbers amounts (`US$ 10.00-13.00`).
fn dotted_range(text: &str, i: usize, mut c: Cursor, first: Clock) -> Option<(usize, TimeValue)> {
    c.ws();
    let second_at = c.pos;
    let (second, form) = en_clock(&mut c)?;
    let two_digits = |at: usize| text.get(at..).is_some_and(|t| t.chars().take(3).filter(|&d| digit_value(d).is_some()).count() == 2);
    let head = text.get(..i).unwrap_or("").trim_end_matches(is_ws);
    let amount = head.ends_with(['$', '€', '£', '¥']) || head.ends_with("USD") || head.ends_with("EUR");
    let tail = text.get(c.pos..).unwrap_or("").trim_start_matches(is_ws);
    let share = tail.starts_with(['%', '％']) || tail.starts_with("per cent") || tail.starts_with("percent");
    if form != Form::Dotted || !two_digits(i) || !two_digits(second_at) || amount || share {
        return None;
    }
    let (start, end) = (first.minutes(None)?, second.minutes(None)?);
    // A Chinese range ends with the `时` of both its ends (`10.00–13.00 时`).
    let before_hour = c;
    c.ws();
    if !c.eat("时") || c.peek().is_some_and(|ch| NOT_HOUR_AFTER.contains(&ch)) {
        c = before_hour;
    }
    (start < end).then(|| (c.pos, TimeValue { start: hhmm(start), end: Some(hhmm(end)) }))
}

/// `10h - 13h`, `15 h 30 - 18 h`, `9h to 12h30`, `between 10h and 13h`: the
/// 24-hour range of two French-style times (`first` spans `first_at`) when
/// one of them or both leave the minutes out, joined by a dash or `to`, or
/// by `and` after `between` (the cursor after the joiner).
/// Ranges whose both ends have minutes are read by [`range_at`] already.
fn french_range(text: &str, first_at: (usize, usize), first: (Clock, Form), joiner: Option<&str>, mut c: Cursor) -> Option<(usize, TimeValue)> {
    let (clock, form) = first;
    let dash_or_to = matches!(joiner, Some("" | "—" | "–" | "-" | "to")) || (joiner == Some("and") && after_between(text, first_at.0));
    if !dash_or_to || !(form == Form::HourH || is_french(text, first_at.0, first_at.1)) {
        return None;
    }
    c.ws();
    let second_at = c.pos;
    let (second, second_form) = en_clock(&mut c)?;
    let french_second = second_form == Form::HourH || is_french(text, second_at, c.pos);
    if !french_second || (form != Form::HourH && second_form != Form::HourH) || clock.period.is_some() || second.period.is_some() {
        return None;
    }
    let (start, end) = (clock.minutes(None)?, second.minutes(None)?);
    (start < end).then(|| (c.pos, TimeValue { start: hhmm(start), end: Some(hhmm(end)) }))
}

/// True when `text[start..end]` is an hour written the French way: digits,
/// perhaps a space, then `h` (`15h30`, `15 h 30`), not `hours`/`hrs`.
fn is_french(text: &str, start: usize, end: usize) -> bool {
    let after_digits = text.get(start..end).unwrap_or("").trim_start_matches(|c: char| digit_value(c).is_some());
    let tail = after_digits.strip_prefix(' ').unwrap_or(after_digits);
    tail.starts_with('h') && !tail.starts_with("ho") && !tail.starts_with("hr")
}

/// A time at the cursor, Chinese or English, and how it reads ([`Form`]).
fn clock(c: &mut Cursor, text: &str) -> Option<(Clock, Form)> {
    let save = *c;
    if let Some(k) = zh_clock(c, text, save.pos) {
        return Some((k, Form::Marked));
    }
    *c = save;
    let got = en_clock(c);
    if got.is_none() {
        *c = save;
    }
    got
}

/// A Chinese time at the cursor: `上午10时`, `下午1时30分`, `3 时半`,
/// `下午 3:30`, `中午` (after a date only).
fn zh_clock(c: &mut Cursor, text: &str, start: usize) -> Option<Clock> {
    let period = zh_period(c);
    let before_hour = *c;
    c.ws();
    let hour = if period.is_some() { c.number(2, true) } else { c.digits(2) };
    let Some(hour) = hour else {
        *c = before_hour;
        // `中午` alone: a time when it directly follows a date; `午夜` (midnight)
        // always names its moment (`3 月 5 日午夜`, `于午夜截止`), as `midnight` does.
        if text.get(start..).is_some_and(|t| t.starts_with(MIDNIGHT)) {
            return Some(Clock { hour: 0, minute: 0, period: None, weak: false });
        }
        return (period == Some(Period::Noon) && after_date(text, start)).then_some(Clock { hour: 12, minute: 0, period, weak: false });
    };
    let before_unit = *c;
    if let Some(minute) = dotted_minutes(c, period.is_some()) {
        return Some(Clock { hour, minute, period: on_24_hour_clock(period, hour), weak: false });
    }
    c.ws();
    let ascii_colon = c.eat(":");
    if ascii_colon || c.eat("：") {
        // `10:00 a.m.`, `15:00`: without a part of the day the English reader
        // reads it, with what follows (a full-width `15：00` stays here).
        if ascii_colon && period.is_none() {
            return None;
        }
        let minute = c.digits(2).filter(|_| c.pos >= before_unit.pos + 3)?;
        return Some(Clock { hour, minute, period: on_24_hour_clock(period, hour), weak: false });
    }
    let hour_word = if period.is_some() { &["时", "点"][..] } else { &["时"][..] };
    c.eat_any(hour_word)?;
    if c.peek().is_some_and(|ch| NOT_HOUR_AFTER.contains(&ch)) {
        return None;
    }
    let after_hour = *c;
    c.ws();
    let minute = if c.eat("半") {
        Some(30)
    } else {
        // `上午10时零5分`: minutes under ten may be written after 零.
        if c.eat("零") || c.eat("〇") {
            c.ws();
        }
        c.number(2, period.is_some()).filter(|_| {
            c.ws();
            c.eat("分")
        })
    };
    let period_read = on_24_hour_clock(period, hour);
    match minute {
        Some(minute) => Some(Clock { hour, minute, period: period_read, weak: false }),
        None => {
            *c = after_hour;
            // `上午 10 时整`: the hour sharp, its `整` part of the time; not the
            // first character of a word after it (`6 时整理文件`).
            let save = *c;
            if c.eat(SHARP) && c.peek().is_some_and(|ch| NOT_SHARP_AFTER.contains(&ch)) {
                *c = save;
            }
            Some(Clock { hour, minute: 0, period: period_read, weak: period.is_none() })
        }
    }
}

/// The minutes of a Chinese time written with a dot after its hour, the
/// cursor after the hour: two digits, then `时` (`14.45 时`, the dot a
/// Journal's way of writing a colon), or nothing more after a part of the
/// day (`上午 10.30`). A dotted number alone is an amount (`10.50 美元`), and
/// `时` that starts a word is no hour (`10.00 时间`). The cursor stays put
/// when there are no such minutes.
fn dotted_minutes(c: &mut Cursor, after_period: bool) -> Option<u32> {
    let save = *c;
    let got = c.eat(".").then(|| two_digit_minutes(c)).flatten().filter(|_| {
        let digits_end = *c;
        c.ws();
        if c.eat("时") && !c.peek().is_some_and(|ch| NOT_HOUR_AFTER.contains(&ch)) {
            return true;
        }
        *c = digits_end;
        after_period && !c.peek().is_some_and(|ch| ch.is_alphanumeric() && !crate::text::is_cjk(ch))
    });
    if got.is_none() {
        *c = save;
    }
    got
}

/// Exactly two digits of minutes at the cursor, ASCII or full-width.
fn two_digit_minutes(c: &mut Cursor) -> Option<u32> {
    let at = c.pos;
    c.digits(2).filter(|_| c.text_before(c.pos).get(at..).is_some_and(|m| m.chars().count() == 2))
}

/// The part of the day that reads a Chinese `hour`: none for an afternoon
/// or evening hour written on the 24-hour clock (`下午 15:00`, `晚上 18:30`).
fn on_24_hour_clock(period: Option<Period>, hour: u32) -> Option<Period> {
    if period == Some(Period::Afternoon) && (13..24).contains(&hour) { None } else { period }
}

/// `6点`, `6点半`, `6点30分`, `十二点`, `十二时三十分`: an hour written with 点
/// (or with 时 in Chinese numerals) and no part of the day, read only as the
/// end of a range whose start has one.
fn point_hour(c: &mut Cursor) -> Option<Clock> {
    let save = *c;
    let chinese = c.peek().is_some_and(is_chinese_numeral);
    let hour = c.number(2, true)?;
    c.ws();
    if !(c.eat("点") || (chinese && c.eat("时"))) {
        *c = save;
        return None;
    }
    let after_hour = *c;
    let minute = if c.eat("半") {
        30
    } else {
        match c.number(2, true) {
            Some(m) if c.eat("分") => m,
            _ => {
                *c = after_hour;
                0
            }
        }
    };
    Some(Clock { hour, minute, period: None, weak: false })
}

/// `上午`, `下\n\n午`, `晚`: a part of the day, its two characters perhaps
/// split by a PDF line break.
fn zh_period(c: &mut Cursor) -> Option<Period> {
    let save = *c;
    let first = c.peek()?;
    for &(word, period) in PERIODS {
        let mut chars = word.chars();
        let Some(a) = chars.next().filter(|&a| a == first) else { continue };
        let mut k = save;
        k.pos += a.len_utf8();
        let Some(b) = chars.next() else {
            *c = k;
            return Some(period);
        };
        k.ws();
        if k.eat_char(|x| x == b).is_some() {
            *c = k;
            return Some(period);
        }
    }
    None
}

/// Words right before a bare Chinese hour that make it a time (`于 15 时`).
const INTRODUCERS: &[char] = &['于', '从', '自', '至', '到', '在', '为', '是', '起', '日', '午'];

/// True when a bare Chinese hour at `i` is introduced as a time: after a
/// date or a word such as `于`, but not after `项目`, `第`, `段` …; or after
/// a time zone (`中欧时间 14 时`, `维也纳时间（CET）14 时`, `于（CET）14 时`:
/// a zone's abbreviation in brackets is passed over).
fn introduced(text: &str, i: usize) -> bool {
    let head = without_zone(text.get(..i).unwrap_or("").trim_end_matches(is_ws));
    after_date(text, head.len()) || head.ends_with("时间") || head.ends_with(INTRODUCERS) && !head.ends_with("项目在") && !head.ends_with("段在")
}

/// Longest abbreviation of a time zone in brackets (`UTC+01:00`), in bytes.
const ZONE_ABBREVIATION: usize = 10;

/// `head` without the abbreviation of a time zone in brackets that ends it
/// (`（CET）`, `(UTC+1)`: capitals, then perhaps an offset), spaces aside.
fn without_zone(head: &str) -> &str {
    let Some(inner) = head.strip_suffix(['）', ')']) else { return head };
    let Some(open) = inner.rfind(['（', '(']) else { return head };
    let close = inner[open..].chars().next().map_or(0, char::len_utf8);
    let zone = &inner[open + close..];
    let capitals = zone.bytes().take_while(u8::is_ascii_uppercase).count();
    let offset = zone[capitals..].bytes().all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b':'));
    if (2..=4).contains(&capitals) && zone.len() <= ZONE_ABBREVIATION && offset {
        inner[..open].trim_end_matches(is_ws)
    } else {
        head
    }
}

/// True when a date (a day or a weekday) ends right before `i`, spaces aside.
fn after_date(text: &str, i: usize) -> bool {
    let head = text.get(..i).unwrap_or("");
    let head = head.trim_end_matches(is_ws);
    if head.ends_with('日') || head.ends_with('号') {
        return head.trim_end_matches(['日', '号']).ends_with(|c: char| c.is_ascii_digit() || digit_value(c).is_some() || is_chinese_numeral(c) || is_ws(c));
    }
    let Some(last) = head.chars().next_back() else { return false };
    let head = &head[..head.len() - last.len_utf8()];
    matches!(last, '一' | '二' | '三' | '四' | '五' | '六' | '日' | '天') && (head.ends_with("星期") || head.ends_with("礼拜") || head.ends_with('周'))
}

/// An English time at the cursor: `10 a.m.`, `10.30 a.m.`, `3:30 p.m.`,
/// `12 noon`, `noon`, `15:00`, `15:00 hours` (the word in the span), `10h00`
/// (French style), and how it reads ([`Form`]).
fn en_clock(c: &mut Cursor) -> Option<(Clock, Form)> {
    let start = c.pos;
    if let Some(k) = c.eat_any(&["noon", "midday", "midnight"]) {
        if c.peek().is_some_and(|ch| ch.is_alphanumeric()) {
            return None;
        }
        let hour = if k == 2 { 0 } else { 12 };
        return Some((Clock { hour, minute: 0, period: None, weak: false }, Form::Marked));
    }
    if let Some(military) = military(c) {
        return Some((military, Form::Marked));
    }
    let hour = c.digits(2)?;
    let after_hour = *c;
    let mut minute = None;
    let mut colon = false;
    let mut french = false;
    if let Some(sep) = c.eat_any(&[":", "."]) {
        let minute_at = c.pos;
        // Two digits exactly, ASCII or full-width (`１０:００`).
        match c.digits(2).filter(|_| c.text_before(c.pos).get(minute_at..).is_some_and(|m| m.chars().count() == 2)) {
            Some(m) => {
                minute = Some(m);
                colon = sep == 0;
            }
            None => *c = after_hour,
        }
    } else if let Some(m) = french_minutes(c) {
        minute = Some(m);
        french = true;
    } else if french_hour(c) {
        // `at 10h`, `à 15h`: a word that places a moment makes the hour a
        // time by itself, as a table's time cell that holds it alone
        // (`Friday, 12 June→15h→5`); else it may be a duration (`2 h`).
        let head = c.text_before(start);
        let moment = french_hour_cued(head) || whole_cell(head, c.rest());
        let form = if hour <= 23 && moment { Form::Marked } else { Form::HourH };
        return (hour <= 24).then_some((Clock { hour, minute: 0, period: None, weak: false }, form));
    }
    if c.peek().and_then(digit_value).is_some() {
        return None;
    }
    let before_mer = *c;
    c.ws();
    let period = match c.eat_any(&["a.m.", "p.m.", "a.m", "p.m", "A.M.", "P.M.", "am", "pm", "AM", "PM", "noon", "midnight"]) {
        Some(k) if !c.peek().is_some_and(|ch| ch.is_alphanumeric()) => match k {
            0 | 2 | 4 | 6 | 8 => Some(Period::Morning),
            10 if hour == 12 => Some(Period::Afternoon),
            11 if hour == 12 => Some(Period::Night),
            10 | 11 => None,
            _ => Some(Period::Afternoon),
        },
        _ => None,
    };
    if period.is_none() {
        *c = before_mer;
    }
    let minute_value = minute.unwrap_or(0);
    let clock = Clock { hour, minute: minute_value, period, weak: false };
    if french && period.is_none() {
        // `10h00`, `at 9h30`: a 24-hour time; `1h30` alone may be a duration
        // (`1h30 of debate`, `2 h 30 min`), so a time only as the start of a range.
        let rest = c.rest().trim_start_matches(is_ws);
        if hour > 24 || rest.starts_with("min") {
            return None;
        }
        let two_digits = c.text_before(c.pos).get(start..).is_some_and(|t| t.bytes().take(2).all(|b| b.is_ascii_digit()));
        let cued = last_word(c.text_before(start)).is_some_and(|w| HOURS_CUES.contains(&w));
        return Some((clock, if two_digits || cued { Form::Marked } else { Form::Bare }));
    }
    if period.is_some() || colon {
        // A 24-hour clock needs the colon: `10.30` alone is a number.
        let ok = period.is_some() || hour <= 24;
        if ok && period.is_none() {
            hours_word(c);
        }
        return ok.then_some((clock, Form::Marked));
    }
    if minute.is_some() && hour <= 24 {
        // `at 14.00 hours` is a time, `a total of 10.50 hours` a duration;
        // so is each end of `10.00 hrs–13.00 hrs`, its hours of two digits.
        let cued = last_word(c.text_before(start)).is_some_and(|w| HOURS_CUES.contains(&w));
        let save = *c;
        if hours_word(c) {
            const DASHES: [char; 3] = ['-', '–', '—'];
            // The dash joins two such times: a dotted time after it, `hrs` before it.
            let next = c.rest().trim_start_matches(is_ws).strip_prefix(DASHES).map(|t| t.trim_start_matches(is_ws).as_bytes());
            let dotted_next = next.is_some_and(|b| b.len() >= 5 && b[..2].iter().all(u8::is_ascii_digit) && b[2] == b'.' && b[3..5].iter().all(u8::is_ascii_digit));
            let prev = c.text_before(start).trim_end_matches(is_ws).strip_suffix(DASHES).map(|t| t.trim_end_matches(is_ws));
            let ranged = dotted_next || prev.is_some_and(|t| t.ends_with("hrs") || t.ends_with("hours"));
            let two_digits = c.text_before(c.pos).get(start..).is_some_and(|t| t.bytes().take(2).all(|b| b.is_ascii_digit()));
            if cued || (ranged && two_digits) {
                return Some((clock, Form::Marked));
            }
        }
        *c = save;
        return Some((clock, Form::Dotted));
    }
    // `1` alone is a number; it is a time only as the start of a range
    // whose end says a.m. or p.m. (`1–3.30 p.m.`).
    (hour <= 12).then_some((clock, Form::Bare))
}

/// The minutes of a time written the French way after its hour: `h` and two
/// ASCII digits, a space perhaps on either side of `h` (`10h00`, `15 h 30`),
/// standing as a word. The cursor stays put when they are not there
/// (`10 hours`, `2 h`, `10h5`). How such a time reads: see [`en_clock`].
fn french_minutes(c: &mut Cursor) -> Option<u32> {
    let save = *c;
    let got = (|| {
        c.eat(" ");
        if !c.eat("h") {
            return None;
        }
        c.eat(" ");
        let d = c.rest().as_bytes();
        let two = d.len() >= 2 && d[0].is_ascii_digit() && d[1].is_ascii_digit() && !d.get(2).is_some_and(u8::is_ascii_alphanumeric);
        two.then(|| c.digits(2)).flatten()
    })();
    if got.is_none() {
        *c = save;
    }
    got
}

/// The `h` of an hour written the French way without minutes (`13h`,
/// `18 h`), standing as a word: the cursor moves past it only when it is there.
fn french_hour(c: &mut Cursor) -> bool {
    let save = *c;
    c.eat(" ");
    if c.eat("h") && !c.peek().is_some_and(|ch| ch.is_alphanumeric()) {
        return true;
    }
    *c = save;
    false
}

/// Words before an hour written the French way without minutes (`at 10h`,
/// `à 15h`, `jusqu'à 18h`, `dès 9 h`) that make it a moment, not a duration; `after`, `by`,
/// `from` and `for` stay out (`after 2 h of debate`, `reduced by 2 h`, `from
/// 3 h to 2 h`).
const FRENCH_HOUR_CUES: &[&str] = &["at", "At", "à", "À", "until", "Until", "till", "vers", "dès", "Dès"];

/// The Chinese word before an hour written the French way that makes it a
/// moment (`会议于 10h 开始`, `于 15h30 结束`); it needs no word boundary.
const FRENCH_HOUR_CUE_ZH: &str = "于";

/// What before [`FRENCH_HOUR_CUE_ZH`] makes it compare an amount, not place
/// a moment (`不少于 2h`, `相当于 3h`, `多于`, `高于`).
const COMPARING_ZH: &[char] = &['少', '多', '当', '等', '大', '小', '高', '低', '长', '短', '过'];

/// True when `head` ends with a word of [`FRENCH_HOUR_CUES`], spaces aside,
/// or with the Chinese [`FRENCH_HOUR_CUE_ZH`] that compares nothing.
fn french_hour_cued(head: &str) -> bool {
    let head = head.trim_end_matches(is_ws);
    if let Some(h) = head.strip_suffix(FRENCH_HOUR_CUE_ZH) {
        return !h.ends_with(COMPARING_ZH);
    }
    FRENCH_HOUR_CUES.iter().any(|w| head.strip_suffix(w).is_some_and(|h| !h.ends_with(char::is_alphanumeric)))
}

/// A military time, four ASCII digits before ` hours` (`at 1500 hours`),
/// the word in the span, or before the end of a range that has it (`1000
/// to 1300 hours`, `1000-1300 hours`). A duration of as many hours is written with a
/// comma in the house style (`1,500 hours`), so no cue is needed before it.
fn military(c: &mut Cursor) -> Option<Clock> {
    let start = c.pos;
    let (hour, minute) = four_digits(c.rest())?;
    let mut after = *c;
    after.pos += 4;
    if after.peek().is_some_and(|ch| ch.is_ascii_digit()) {
        return None;
    }
    let digits_end = after;
    // `from 1000 to 1300 hours`: the start of a range whose end says `hours`.
    if !hours_word(&mut after) && !ends_cell_range(c.text_before(start), (hour, minute), digits_end.rest()) {
        let mut end = digits_end;
        end.ws();
        end.eat_any(&["to", "until", "-", "–", "—"])?;
        end.ws();
        // The end must say `hours` itself, or the range fill a table's cell
        // (`Monday 2 June→1000–1300→1`): no chain is followed further.
        let mut digits = end;
        digits.pos += 4;
        let last = four_digits(end.rest()).filter(|_| !digits.peek().is_some_and(|ch| ch.is_ascii_digit()))?;
        let cell = last > (hour, minute) && whole_cell(c.text_before(start), digits.rest());
        if !(hours_word(&mut digits) || cell) {
            return None;
        }
        after = digits_end;
    }
    *c = after;
    Some(Clock { hour, minute, period: None, weak: false })
}

/// True when the military time `end`, between `before` and `after`, ends
/// a dashed range of military times that is all of a table cell (the
/// `1300` of `→1000–1300→`), after its start.
fn ends_cell_range(before: &str, end: (u32, u32), after: &str) -> bool {
    let Some(head) = before.trim_end_matches(' ').strip_suffix(['-', '–', '—']) else { return false };
    let head = head.trim_end_matches(' ');
    let Some(at) = head.len().checked_sub(4).filter(|&at| head.is_char_boundary(at)) else { return false };
    four_digits(&head[at..]).is_some_and(|start| start < end) && whole_cell(&head[..at], after)
}

/// True when a range between `before` and `after` is all of a cell of a
/// tab-separated row: a tab before it, a tab or the line's end after it.
fn whole_cell(before: &str, after: &str) -> bool {
    let opens = before.trim_end_matches(' ').ends_with('\t');
    let after = after.trim_start_matches(' ');
    opens && (after.is_empty() || after.starts_with(['\t', '\n', '\r']))
}

/// The hour and minute of the four ASCII digits `rest` starts with
/// (`1530` → 15, 30), when they make a time of day.
fn four_digits(rest: &str) -> Option<(u32, u32)> {
    let d = rest.as_bytes().get(..4).filter(|d| d.iter().all(u8::is_ascii_digit))?;
    let two = |a: u8, b: u8| u32::from(a - b'0') * 10 + u32::from(b - b'0');
    let (hour, minute) = (two(d[0], d[1]), two(d[2], d[3]));
    (hour <= 23 && minute <= 59).then_some((hour, minute))
}

/// Words before `14.00 hours` that make it a time of day.
const HOURS_CUES: &[&str] = &["at", "from", "until", "till", "to", "by", "before", "after", "between", "and"];

/// Steps over ` hours`/` hrs` after a 24-hour time; says whether it did.
fn hours_word(c: &mut Cursor) -> bool {
    let save = *c;
    c.ws();
    if c.eat_any(&["hours", "hrs"]).is_some() && !c.peek().is_some_and(char::is_alphanumeric) {
        return true;
    }
    *c = save;
    false
}

/// The word of ASCII letters that ends `head`, spaces aside.
fn last_word(head: &str) -> Option<&str> {
    let head = head.trim_end_matches(is_ws);
    let word = &head[head.trim_end_matches(|ch: char| ch.is_ascii_alphabetic()).len()..];
    (!word.is_empty()).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// The times of `text` as `text=start..end`.
    fn times(text: &str) -> Vec<String> {
        find_times(&Document::new(text))
            .iter()
            .map(|a| {
                let Value::Time(v) = &a.value else { return String::new() };
                let mut s = format!("{}={}", &text[a.span.range()], v.start);
                if let Some(e) = &v.end {
                    s += &format!("..{e}");
                }
                s
            })
            .collect()
    }

    #[test]
    fn chinese_times() {
        let cases: &[(&str, &[&str])] = &[
            ("上午10时至下午1时", &["上午10时至下午1时=10:00..13:00"]),
            ("下午1时30分至3时30分", &["下午1时30分至3时30分=13:30..15:30"]),
            ("中午12时", &["中午12时=12:00"]),
            // A bare hour after a time zone, its abbreviation in brackets passed over.
            ("中欧时间 14 时开始；维也纳时间（CET）9 时；于（UTC+1）16 时 30 分", &["14 时=14:00", "9 时=09:00", "16 时 30 分=16:30"]),
            // Not: a bracket that names no zone, or a zone before no introducer.
            ("项目（CET）14 时；于（2023）14 时；第（ABCDE）3 时", &[]),
            ("上午10时至中午12时", &["上午10时至中午12时=10:00..12:00"]),
            ("下午 3 时至 6 时", &["下午 3 时至 6 时=15:00..18:00"]),
            ("下午 3 时开到 6 时，上午 10 时开至 12 时", &["下午 3 时开到 6 时=15:00..18:00", "上午 10 时开至 12 时=10:00..12:00"]),
            // Not: `开` of another word after a time (`开会`), with no end after it.
            ("定于上午 10 时开会到齐。", &["上午 10 时=10:00"]),
            ("上午 11 时至下午 1 时 3 资产", &["上午 11 时至下午 1 时=11:00..13:00"]),
            ("星期一下\n\n午 3 时在维也纳", &["下\n\n午 3 时=15:00"]),
            ("2023年9月5日星期二上午10时在维也纳", &["上午10时=10:00"]),
            ("2021 年 12 月 13 日星期一中午。", &["中午=12:00"]),
            ("上午9时至1时", &["上午9时至1时=09:00..13:00"]),
            ("下午三时半", &["下午三时半=15:30"]),
            ("晚上 7 时", &["晚上 7 时=19:00"]),
            ("会议于 15 时开始", &["15 时=15:00"]),
            ("10 时至 13 时", &["10 时至 13 时=10:00..13:00"]),
            ("在审议议程项目 3 时，", &[]),
            ("讨论第 5 时", &[]),
            ("12 月 14 日 15 时", &["15 时=15:00"]),
            ("下午 3 时 30 分", &["下午 3 时 30 分=15:30"]),
            ("上午 10:30 至 12:00", &["上午 10:30 至 12:00=10:30..12:00"]),
            ("12 月 14 日晚结束", &[]),
            ("中午休会", &[]),
            ("发言不超过 24 小时", &[]),
            ("在 2 时期内", &[]),
            ("同时举行", &[]),
            ("一时难以", &[]),
            ("第 58/4 号决议", &[]),
            ("上午会议", &[]),
            ("另于10:00-13:00和15:00—18:00举行", &["10:00-13:00=10:00..13:00", "15:00—18:00=15:00..18:00"]),
            ("下午3点至6点和上午9点半到11点30分", &["下午3点至6点=15:00..18:00", "上午9点半到11点30分=09:30..11:30"]),
            ("上午九时三十分至十二时三十分，下午三时至六时", &["上午九时三十分至十二时三十分=09:30..12:30", "下午三时至六时=15:00..18:00"]),
            ("上午十时至十二", &["上午十时=10:00"]),
            ("晚上 18:30 至 20:00，下午 15:00-18:00", &["晚上 18:30 至 20:00=18:30..20:00", "下午 15:00-18:00=15:00..18:00"]),
            ("中午 12 时至 13 时，下午 3 时至 18 时", &["中午 12 时至 13 时=12:00..13:00", "下午 3 时至 18 时=15:00..18:00"]),
            ("提出了3点至6点建议", &[]),
            ("上午十点至十二点", &["上午十点至十二点=10:00..12:00"]),
            ("提出了三点至五点建议", &[]),
            ("会议于15时开始", &["15时=15:00"]),
            ("在审议议程项目3时，", &[]),
            ("共有12个国家和2时期", &[]),
            ("会议于上午10时零5分开始", &["上午10时零5分=10:05"]),
            ("下午3时〇5分", &["下午3时〇5分=15:05"]),
            ("午夜12时休会", &["午夜12时=00:00"]),
            // Midnight alone, after a date or not.
            ("2026 年 3 月 5 日午夜（中欧时间）前提交；于午夜截止", &["午夜=00:00", "午夜=00:00"]),
            // The end of the day, as `9 p.m. to midnight` reads.
            ("晚上 9 时至午夜", &["晚上 9 时至午夜=21:00..24:00"]),
            // A range whose end the next clause gives, and says it ends there.
            ("非正式磋商定于晚上 7 点半开始，至 9 点结束", &["晚上 7 点半开始，至 9 点=19:30..21:00"]),
            ("上午 10 时开始，至下午 1 时止", &["上午 10 时开始，至下午 1 时=10:00..13:00"]),
            // Not: a clause that gives no end, or an end that is none.
            ("上午 10 时开始，下午 3 时继续", &["上午 10 时=10:00", "下午 3 时=15:00"]),
            ("上午 10 时开始，至下午 1 时与会者发言", &["上午 10 时=10:00", "下午 1 时=13:00"]),
            ("于15:00开始", &["15:00=15:00"]),
            ("于15：00开始", &["15：00=15:00"]),
            ("会议于上午 10 时起至下午 1 时止举行", &["上午 10 时起至下午 1 时=10:00..13:00"]),
            ("下午3时起到6时", &["下午3时起到6时=15:00..18:00"]),
            ("上午 10 时起举行", &["上午 10 时=10:00"]),
            // After a label's colon; not the minutes after an hour's.
            ("会议时间：10：00—13：00；15：00—18：00。", &["10：00—13：00=10:00..13:00", "15：00—18：00=15:00..18:00"]),
            ("时间:9:30-10:30", &["9:30-10:30=09:30..10:30"]),
            // Not a minute: 零 that starts another word.
            ("上午10时零售商", &["上午10时=10:00"]),
            // Midnight names its moment alone, as `midnight` does (`中午` only after a date).
            ("午夜", &["午夜=00:00"]),
            // The hour sharp; not 整 of a word after a range's end.
            ("会议将于上午 10 时整开幕；下午 3 时至 6 时整理文件", &["上午 10 时整=10:00", "下午 3 时至 6 时=15:00..18:00"]),
            ("12 月 14 日晚 7 时开幕，早8时至晚6时开放，晚七时半结束", &["晚 7 时=19:00", "早8时至晚6时=08:00..18:00", "晚七时半=19:30"]),
            ("晚些时候、早日、不早于 8 时", &["8 时=08:00"]),
            // Full-width digits, mixed colons, spaces around the range word.
            ("会议于１０:００开始", &["１０:００=10:00"]),
            ("１０：００－１３：００", &["１０：００－１３：００=10:00..13:00"]),
            ("上午 10:00 至 下午 1:00", &["上午 10:00 至 下午 1:00=10:00..13:00"]),
            ("上午１０时至下午１时", &["上午１０时至下午１时=10:00..13:00"]),
            ("上午十时至下午一时，下午三时三十分", &["上午十时至下午一时=10:00..13:00", "下午三时三十分=15:30"]),
            ("中午12时至下午3时和晚上7时", &["中午12时至下午3时=12:00..15:00", "晚上7时=19:00"]),
            // A Journal's dotted hours: the dot reads as a colon before `时`
            // or after a part of the day; alone, or before `时间`, an amount.
            ("上午 10.00–13.00 时", &["上午 10.00–13.00 时=10:00..13:00"]),
            ("13.15～14.45 时，10.00-13.00时，15.00 至 18.00 时", &["13.15～14.45 时=13:15..14:45", "10.00-13.00时=10:00..13:00", "15.00 至 18.00 时=15:00..18:00"]),
            ("上午 9.30 开始，下午 3.00—6.00", &["上午 9.30=09:30", "下午 3.00—6.00=15:00..18:00"]),
            ("会议于 14.45 时结束", &["14.45 时=14:45"]),
            ("增长 10.50 美元，10.00 时间，13.5 时，10.00 至 13.00 元", &[]),
            ("上午\u{3000}10\u{a0}时至\r\n下午 1 时", &["上午\u{3000}10\u{a0}时至\r\n下午 1 时=10:00..13:00"]),
        ];
        for (text, want) in cases {
            assert_eq!(times(text), *want, "{text}");
        }
    }

    #[test]
    fn english_times() {
        let cases: &[(&str, &[&str])] = &[
            ("from 10 a.m. to 1 p.m.", &["10 a.m. to 1 p.m.=10:00..13:00"]),
            ("at 3 p.m. in", &["3 p.m.=15:00"]),
            ("10.30 a.m.–1 p.m.", &["10.30 a.m.–1 p.m.=10:30..13:00"]),
            ("3 to 6 p.m.", &["3 to 6 p.m.=15:00..18:00"]),
            ("1.30–3.30 p.m.", &["1.30–3.30 p.m.=13:30..15:30"]),
            ("from 10.30 a.m. to 12.30 p.m.", &["10.30 a.m. to 12.30 p.m.=10:30..12:30"]),
            ("10.30–11.45 a.m.", &["10.30–11.45 a.m.=10:30..11:45"]),
            ("rates of 1.30 to 3.30 per cent", &[]),
            ("version 1.30", &[]),
            ("11 to 1 p.m.", &["11 to 1 p.m.=11:00..13:00"]),
            ("at 12 noon", &["12 noon=12:00"]),
            ("At 10:00 a.m. the meeting", &["10:00 a.m.=10:00"]),
            ("from 3:30 p.m. to 6:00 p.m.", &["3:30 p.m. to 6:00 p.m.=15:30..18:00"]),
            ("The meeting was called to order at 10.05 a.m.", &["10.05 a.m.=10:05"]),
            ("The meeting rose at 1.15 p.m.", &["1.15 p.m.=13:15"]),
            ("until noon.", &["noon=12:00"]),
            ("10 a.m. to noon", &["10 a.m. to noon=10:00..12:00"]),
            ("15:00–18:00", &["15:00–18:00=15:00..18:00"]),
            ("at 3.15 p.m.", &["3.15 p.m.=15:15"]),
            ("Monday, 1 June 2015, 10 a.m.", &["10 a.m.=10:00"]),
            ("12 p.m.", &["12 p.m.=12:00"]),
            ("at 10 a.m. and 3 p.m. daily", &["10 a.m.=10:00", "3 p.m.=15:00"]),
            ("between 10 a.m. and 1 p.m.", &["10 a.m. and 1 p.m.=10:00..13:00"]),
            ("between 3 and 6 p.m.", &["3 and 6 p.m.=15:00..18:00"]),
            ("Between 10 a.m. and 1 p.m., the Group met.", &["10 a.m. and 1 p.m.=10:00..13:00"]),
            ("上午 10:00 至下午 1:00", &["上午 10:00 至下午 1:00=10:00..13:00"]),
            ("10:00—13:00", &["10:00—13:00=10:00..13:00"]),
            ("下午 1 时 15 分至 2 时 45 分", &["下午 1 时 15 分至 2 时 45 分=13:15..14:45"]),
            ("上午十一时", &["上午十一时=11:00"]),
            ("中午 1 时", &["中午 1 时=13:00"]),
            ("at 14.00 hours", &["14.00 hours=14:00"]),
            ("8 June 2026, 10.00 hrs–13.00 hrs", &["10.00 hrs–13.00 hrs=10:00..13:00"]),
            ("Meeting 10.00 hrs - 13.00 hrs\n", &["10.00 hrs - 13.00 hrs=10:00..13:00"]),
            ("a total of 10.50 hours – that is", &[]),
            ("at 15:00 hours, and from 09:30 hrs", &["15:00 hours=15:00", "09:30 hrs=09:30"]),
            ("a total of 10.50 hours of interpretation", &[]),
            ("from 10.00-13.00 and 15.00–18.00", &["10.00-13.00=10:00..13:00", "15.00–18.00=15:00..18:00"]),
            ("09.30—11.00", &["09.30—11.00=09:30..11:00"]),
            ("13.00-10.00", &[]),
            ("US$ 10.00-13.00 and 10.00-12.50 per cent", &[]),
            ("9.30 a.m., 9:30 am and 9.30am", &["9.30 a.m.=09:30", "9:30 am=09:30", "9.30am=09:30"]),
            ("10 a.m.–noon and noon to 3 p.m.", &["10 a.m.–noon=10:00..12:00", "noon to 3 p.m.=12:00..15:00"]),
            ("3–6 p.m.", &["3–6 p.m.=15:00..18:00"]),
            ("10 a.m. to 1 p.m. (Vienna time)", &["10 a.m. to 1 p.m.=10:00..13:00"]),
            ("from 10\u{a0}a.m. to\u{a0}1\u{a0}p.m.", &["10\u{a0}a.m. to\u{a0}1\u{a0}p.m.=10:00..13:00"]),
            ("from 10 a.m.\r\nto 1 p.m.", &["10 a.m.\r\nto 1 p.m.=10:00..13:00"]),
            ("10 amendments", &[]),
            ("paragraphs 3 to 6 of", &[]),
            ("version 10.30 of", &[]),
            ("noonday", &[]),
            ("A/76/10:25", &[]),
            ("25:00", &[]),
            ("13 p.m.", &[]),
            // Military times: four digits before `hours`; not a count with a comma, not five digits.
            ("will begin at 1000 hours; closing at 1530 hrs.", &["1000 hours=10:00", "1530 hrs=15:30"]),
            ("a total of 1,500 hours", &[]),
            ("12000 hours", &[]),
            ("2500 hours", &[]),
            ("1500 hourslong", &[]),
            ("from 1000 to 1300 hours and 1430-1600 hrs", &["1000 to 1300 hours=10:00..13:00", "1430-1600 hrs=14:30..16:00"]),
            ("from 1000 to 1300 delegates", &[]),
            ("Monday 2 June\t1000–1300\t1\n\t1500-1800\n", &["1000–1300=10:00..13:00", "1500-1800=15:00..18:00"]),
            ("Staff\t1000–1300\tfrom 2200 to 0100 hours\t1300–1000\t2020–2021 funds\t1000–1300 staff", &["1000–1300=10:00..13:00", "2200 to 0100 hours=22:00..01:00"]),
            ("1000 to 2500 hours", &[]),
            // French-style hours and minutes, 24-hour.
            ("from 10h00 to 13h00 and from 15 h 30 to 18 h 00", &["10h00 to 13h00=10:00..13:00", "15 h 30 to 18 h 00=15:30..18:00"]),
            ("会议时间为 10h00 至 13h00", &["10h00 至 13h00=10:00..13:00"]),
            ("at 9h30.", &["9h30=09:30"]),
            ("10 hours, 2 h, 10h5, 10h000, 25h00", &[]),
            ("15h30-18h00; 9h00 – 12h30", &["15h30-18h00=15:30..18:00", "9h00 – 12h30=09:00..12:30"]),
            // French-style hours without minutes, in a range with another French-style time.
            ("10h - 13h et 15 h 30 - 18 h", &["10h - 13h=10:00..13:00", "15 h 30 - 18 h=15:30..18:00"]),
            ("from 9h to 12h30 and 14h–17h.", &["9h to 12h30=09:00..12:30", "14h–17h=14:00..17:00"]),
            ("between 10h and 13h, then 15h and 18h", &["10h and 13h=10:00..13:00"]),
            // Not: an hour and `h` alone, against a time of another style, backwards, past 24.
            ("10 h, 13h.", &[]),
            ("10h - 1 p.m.; 10h - 13:00; 15h - 11h; 20h - 26h", &["1 p.m.=13:00", "13:00=13:00"]),
            // A duration: one digit and no cue, or minutes after it.
            ("1h30 of debate, 2 h 30 min, 12 h 30 min", &[]),
            // An hour and `h` alone after a word that places a moment: a time by itself.
            ("The meeting will resume at 10h. Séance à 15h; dès 9 h, at 15h - 18h", &["10h=10:00", "15h=15:00", "9 h=09:00", "15h - 18h=15:00..18:00"]),
            // `于` places the hour in Chinese text; a comparison does not.
            ("会议于 10h 开始，于15h30结束；发言不少于 2h", &["10h=10:00", "15h30=15:30"]),
            ("Ouverture : 10h30. Clôture : 9h30", &["10h30=10:30"]),
            ("ouvert jusqu'à 18h", &["18h=18:00"]),
            ("at 10h - 1 p.m.", &["10h - 1 p.m.=10:00..13:00"]),
            // Not: a duration after other words, past 23, glued to a word.
            ("after 2 h of debate, reduced by 2 h, from 3 h to 2 h, at 24h, at 25h, that 10h, cat 10h", &[]),
            // An hour and `h` alone in a table's cell; not in running text or beside other words in the cell.
            ("Friday, 12 June\t15h\t5\tAdoption of the report\n\t9 h\n", &["15h=15:00", "9 h=09:00"]),
            ("Duration\t2 h of debate\t\n2 h\n", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(times(text), *want, "{text}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "下", "上午", "10", "10:", "下午\u{0}时", "a.m.", "中午🙂", "3 to", "\r\n上午\r\n10时"] {
            let _ = times(text);
        }
    }
}
