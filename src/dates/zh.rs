//! Chinese dates: `2021年12月13日至17日`, `2008 年 1 月 28 日至 2 月 1 日`,
//! `12月13日, 星期一`, `2022 年 11 月 7 日、9 日和 10 日`, `2024 年 6 月`,
//! `2020 年和 2021 年`, `2021 年上半年`, `2023 年第三季度` (and a `和第四季度`
//! after it, of the same year; `2025 年第三和第四季度` are two quarters, each
//! member its own span, as lists of articles are), `2020–2021 年`,
//! `2022/23 年度`, `二〇二一年十二月十三日`, `2024 年 6 月上旬` (days 1–10;
//! `3 月初`, `3 月中`, `3 月底` likewise), `2025 年初`, `年中`, `年底`, `2026 年年中` (months
//! 1–4, 5–8, 9–12, as English `early`, `mid`, `late 2025`),
//! `3 月 10/11 日` and `12 月 31 日/1 月 1 日` (a night meeting's two adjacent
//! days: their range; between two months, `2025 年 3 月/4 月`, a slash
//! lists them),
//! `同年 9 月` and `本月 5 日` (the year, or year and month, of the date
//! written before), `6 月 3 日上午 10 时至 7 日下午 6 时` (two dates, the
//! times between them left to [`crate::times`]).
//!
//! Spaces and PDF line breaks may sit between the parts
//! (`2020年 11月 16日， \n\n星期一`); a trailing weekday belongs to the span.
//! Only `至`/`到`/dashes make a range; `、`/`和`/`及`/`与`/`或` make a list,
//! one date per member, each taking the year and month it leaves out from
//! the one before. A date starts with a year or a month: a bare `14 日` is a
//! date only inside a list or range. Not dates: numbers glued to letters,
//! digits or `/` (symbols, resolution numbers), years of a name
//! (`《2030 年可持续发展议程》`, `2030 年议程`, `2019 年部长级宣言`: a year
//! before a name noun of `data/year_names_zh.tsv`).

use std::sync::LazyLock;

use super::{Cursor, Found, Parts};
use crate::model::Granularity;
use crate::numerals::{digit_value, is_chinese_numeral};
use crate::span::Span;
use crate::text::is_cjk;

/// Words that join two dates into a range, also `起至` (`3 月 2 日起至 6 日止`).
const RANGE: &[&str] = &["至", "到", "——", "—", "–", "－", "-", "～", "~", "起至", "起到"];
/// Words that join dates into a list.
const LIST: &[&str] = &["、", "以及", "和", "及", "与", "或"];
/// What may follow a bare year when it names something rather than a time.
/// `届会`, `实质性届会`, `组织会议` after a year name a session of the Economic
/// and Social Council (`2023年届会`, English `2023 session`), not a date.
const NAME_AFTER_YEAR: &[&str] = &["可持续发展", "年代", "届会", "实质性届会", "组织会议"];

/// The nouns of `data/year_names_zh.tsv` that end a name opened by a year
/// (`宣言`, `议程`, `框架`…).
static NAME_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| include_str!("../data/year_names_zh.tsv").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect());

/// Most ideographs between a year and the noun that ends its name
/// (`仙台减少灾害风险` of `2015-2030 年仙台减少灾害风险框架`).
const MAX_NAME_MODIFIER: usize = 8;

/// Ideographs that a modifier inside a name does not contain: particles and
/// the first characters of verbs and time words that follow a year in a
/// sentence (`2019 年通过的宣言`, `2020 年以来的议程`).
/// `后` is not one of them: `2015 年后发展议程` is a name.
const NOT_IN_MODIFIER: &str = "的了在于将已曾和与及或并中内前以起期底初末通举至到对由为是有之";

/// All Chinese dates of `text`, in order.
pub(super) fn find(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut next = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts = (digit_value(c).is_some() || is_chinese_numeral(c)) && prev.is_none_or(can_precede);
        prev = Some(c);
        if i < next || !starts {
            continue;
        }
        if let Some(end) = dates_at(text, i, &mut out) {
            next = end;
        }
    }
    out
}

/// True when a date may start right after `c`: not inside a number, a word
/// in Latin letters, a symbol (`2021/1`) or an ordinal (`第十一届`).
fn can_precede(c: char) -> bool {
    !(c.is_ascii_alphanumeric()
        || digit_value(c).is_some()
        || is_chinese_numeral(c)
        || matches!(c, '/' | '.' | '-' | '第' | '_' | ':'))
}

/// Words before a date that give it the year, or the year and month, of
/// the date written before it: `同年 9 月`, `本月 5 日`; and the years
/// they add to it (`次年` is the year after).
const SAME_AS_BEFORE: &[(&str, Carried)] = &[
    ("同年", Carried::Year(0)),
    ("当年", Carried::Year(0)),
    ("次年", Carried::Year(1)),
    ("翌年", Carried::Year(1)),
    ("同月", Carried::Month),
    ("当月", Carried::Month),
    ("本月", Carried::Month),
];

/// How many dates back a word of [`SAME_AS_BEFORE`] looks for a year written.
const LENDERS: usize = 8;

/// What a word of [`SAME_AS_BEFORE`] takes from the date written before.
#[derive(Clone, Copy)]
enum Carried {
    /// Its year, plus so many years.
    Year(i32),
    /// Its year and month.
    Month,
}

/// The word of [`SAME_AS_BEFORE`] written right before byte `i` (spaces
/// between them allowed): where it starts and what it carries.
fn same_as_before(text: &str, i: usize) -> Option<(usize, Carried)> {
    let head = text.get(..i)?.trim_end_matches(crate::text::is_space);
    SAME_AS_BEFORE.iter().find(|(w, _)| head.ends_with(w)).map(|(w, k)| (head.len() - w.len(), *k))
}

/// Reads the date (range, list) at `i`; pushes what it finds and returns
/// where it ends.
fn dates_at(text: &str, i: usize, out: &mut Vec<Found>) -> Option<usize> {
    let mut c = Cursor::new(text, i);
    // `同年 9 月`, `本月 5 日`: the date before lends its year (and month).
    let lent = same_as_before(text, i).and_then(|(from, kind)| {
        let b = out.last().map(|f| f.end.unwrap_or(f.start).after(f.start))?;
        // `7 月 31 日…同年 9 月`: the year last written, when the date before leaves it out.
        let year = out.iter().rev().take(LENDERS).find_map(|f| f.end.and_then(|e| e.year).or(f.start.year))?;
        Some(match kind {
            Carried::Year(add) => (from, Parts { year: Some(year + add), ..Parts::default() }),
            // A day as `chain` reads it after a list's day (`9 日`), taking the month lent.
            Carried::Month => (from, Parts { year: Some(year), month: Some(b.month?), day: Some(b.day.unwrap_or(1)) }),
        })
    });
    let (mut start, mut end) = match year_range(&mut c) {
        Some(range) => range,
        None => match lent {
            Some((_, carry)) if carry.day.is_some() => chain(&mut c, Some(carry)).filter(|(s, _)| s.year.is_none() && s.month.is_none())?,
            _ => chain(&mut c, None)?,
        },
    };
    let i = match lent {
        Some((from, carry)) if start.year.is_none() => {
            start = start.after(Parts { day: None, ..carry });
            end = end.map(|e| e.after(start));
            from
        }
        _ => i,
    };
    let mut parts_of_year = false;
    if end.is_none() && start.granularity() == Granularity::Year {
        if let Some((first, last)) = half_or_quarter(&mut c, start) {
            (start, end, parts_of_year) = (first, Some(last), true);
        } else if let Some(members) = quarter_list(&mut c) {
            // `2025 年第三和第四季度`: a date per quarter, as a list makes.
            for (k, (from, to, q)) in members.into_iter().enumerate() {
                let span = Span::new(if k == 0 { i } else { from }, to);
                out.push(Found { span, start: Parts { month: Some(q * 3 - 2), ..start }, end: Some(Parts { month: Some(q * 3), ..start }) });
            }
            return Some(c.pos);
        }
    }
    if end.is_none() && start.granularity() == Granularity::Month {
        if let Some((first, last)) = third_of_month(&mut c, start) {
            // `3 月中旬至 4 月上旬`: a range of ten-day periods.
            (start, end) = (first, Some(thirds_range_end(&mut c, first).unwrap_or(last)));
        }
    }
    if end.is_none() {
        weekday(&mut c, start);
        end = range_end(&mut c, start);
    }
    // A year, or a range of years, that is part of a name: `《2030 年可持续发展议程》`,
    // `《2015-2030 年仙台减少灾害风险框架》`.
    let years_only = end.is_none_or(|e| e.granularity() == Granularity::Year);
    if start.granularity() == Granularity::Year && years_only && names_something(text, i, c.pos) {
        return None;
    }
    let taken = out.last().map_or(0, |f| f.span.end);
    let i = if start.day.is_some() { weekday_before(text, i, taken).unwrap_or(i) } else { i };
    out.push(Found { span: Span::new(i, c.pos), start, end });
    if end.is_none() && start.granularity() == Granularity::Day {
        if let Some(found) = day_after_time_range(&mut c, start) {
            out.push(found);
        }
    }
    let mut last = end.unwrap_or(start).after(start);
    loop {
        let save = c;
        c.ws();
        // `2025 年 3 月/4 月` in a table's cell: either month, a list as `或` makes.
        if c.eat_any(LIST).is_none() && !(last.granularity() == Granularity::Month && c.eat("/")) {
            c = save;
            break;
        }
        c.ws();
        let from = c.pos;
        // `2026 年第二季度和第三季度`: a part of the same year.
        let part = if parts_of_year { half_or_quarter(&mut c, Parts { month: None, day: None, ..last }) } else { None };
        if let Some((first, final_month)) = part {
            out.push(Found { span: Span::new(from, c.pos), start: first, end: Some(final_month) });
            last = final_month;
            continue;
        }
        let Some((s, e)) = chain(&mut c, Some(last)).filter(|(s, _)| s.granularity() == last.granularity()) else {
            c = save;
            break;
        };
        let e = e.or_else(|| {
            weekday(&mut c, s);
            range_end(&mut c, s.after(last))
        });
        out.push(Found { span: Span::new(from, c.pos), start: s.after(last), end: e });
        last = e.unwrap_or(s).after(s.after(last));
    }
    Some(c.pos)
}

/// Characters of a Chinese time of day (`上午 10 时 30 分`, `下午3:30`):
/// what [`day_after_time_range`] steps over between a day and `至`.
const TIME_CHARS: &str = "上下中晚早午时点分半零〇:：";

/// Most bytes of a time of day between a day and `至`.
const MAX_TIME_BYTES: usize = 48;

/// `6 月 3 日上午 10 时至 7 日下午 6 时`, `12 月 15 日下午至 16 日上午`: after a
/// day, a time or part of the day (left to the time recogniser), `至` and
/// another day, which is a date of its own
/// taking the year and month it leaves out from `start` (`7 日` →
/// 2025-06-07). The cursor moves past that day only when there is one.
fn day_after_time_range(c: &mut Cursor, start: Parts) -> Option<Found> {
    let save = *c;
    let got = (|| {
        let mut timed = false;
        for (n, ch) in c.rest().char_indices() {
            let timeish = TIME_CHARS.contains(ch) || digit_value(ch).is_some() || is_chinese_numeral(ch) || crate::text::is_ws(ch);
            if !timeish || n >= MAX_TIME_BYTES {
                c.pos += n;
                break;
            }
            timed |= TIME_CHARS.contains(ch);
        }
        if !timed {
            return None;
        }
        c.ws();
        c.eat_any(RANGE)?;
        c.ws();
        let from = c.pos;
        let (day, _) = chain(c, Some(start)).filter(|(d, e)| e.is_none() && d.granularity() == Granularity::Day)?;
        weekday(c, day);
        Some(Found { span: Span::new(from, c.pos), start: day.after(start), end: None })
    })();
    if got.is_none() {
        *c = save;
    }
    got
}

/// `2020–2021 年`, `2020-2021 年`, and a financial year or biennium
/// written with the century left out: `2022/23 年度`, `2022/23 财政年度`,
/// `2023/2024 两年期`. One range of years.
fn year_range(c: &mut Cursor) -> Option<(Parts, Option<Parts>)> {
    let save = *c;
    let got = (|| {
        let y1 = c.digits(4).filter(|&y| y >= 1000)?;
        c.ws();
        let slash = c.eat("/");
        if !slash {
            c.eat_any(RANGE)?;
        }
        c.ws();
        let from = c.pos;
        let y2 = c.digits(4)?;
        let y2 = match c.text_before(c.pos).get(from..).unwrap_or("").chars().count() {
            2 => Some(century_completed(y1, y2)).filter(|y| y - y1 < 10)?,
            4 => y2,
            _ => return None,
        };
        let years = (Parts::year(y1), Some(Parts::year(y2)));
        let digits_end = *c;
        c.ws();
        if c.eat_any(&["年度", "年"]).is_some() {
            return Some(years);
        }
        // `2023/2024 两年期`, `2022/23 财政年度`: the period word stays out of
        // the span, as `期间` does after `2020-2021 年`.
        let period = c.rest().starts_with("两年期") || c.rest().starts_with("财政年");
        *c = digits_end;
        period.then_some(years)
    })();
    if got.is_none() {
        *c = save;
    }
    got
}

/// The year that the two last digits `yy` of `2022/23` name: the first
/// after `from` that ends in them.
fn century_completed(from: u32, yy: u32) -> u32 {
    let y = from - from % 100 + yy;
    if y <= from { y + 100 } else { y }
}

/// Years, months and days in that order, without gaps: `2021 年 12 月 13 日`,
/// `12 月`, and — continuing `carry` — `17 日`. A compact range of the last
/// part (`13-17 日`, `4 至 6 月`) gives the end too.
fn chain(c: &mut Cursor, carry: Option<Parts>) -> Option<(Parts, Option<Parts>)> {
    let save = *c;
    let mut p = Parts::default();
    let mut chinese_month = false;
    if let Some(y) = year(c) {
        p.year = Some(y);
    }
    let mut end = None;
    let after_year = *c;
    if p.year.is_some() {
        c.ws();
    }
    match month(c) {
        Some((m, m2, chinese)) => {
            p.month = Some(m);
            chinese_month = chinese;
            if let Some(m2) = m2 {
                end = Some(Parts { month: Some(m2), ..Parts::default() });
            }
        }
        None => *c = after_year,
    }
    if end.is_none() && (p.month.is_some() || (p.year.is_none() && carry.is_some_and(|k| k.day.is_some()))) {
        let before_day = *c;
        c.ws();
        match day(c) {
            Some((d, d2)) => {
                p.day = Some(d);
                if let Some(d2) = d2 {
                    end = Some(Parts { day: Some(d2), ..Parts::default() });
                }
            }
            None => *c = before_day,
        }
    }
    // `每年 6 月` is every June, not a date.
    let every = carry.is_none() && p.year.is_none() && c.text_before(save.pos).trim_end_matches(crate::text::is_ws).trim_end_matches('年').ends_with('每');
    let ok = match (p.year, p.month, p.day) {
        _ if every => false,
        (None, None, None) => false,
        // A month alone in Chinese numerals is too often part of a word (统一月报).
        (None, Some(_), None) => !chinese_month && carry.is_none_or(|k| k.month.is_some()),
        (None, None, Some(_)) => carry.is_some(),
        _ => true,
    };
    if !ok {
        *c = save;
        return None;
    }
    Some((p, end))
}

/// `2021 年`: four digits (or four Chinese digits) and 年.
fn year(c: &mut Cursor) -> Option<i32> {
    let save = *c;
    let y = c.digits(4).filter(|&y| y >= 1000).or_else(|| c.chinese_year());
    if let Some(y) = y {
        c.ws();
        if c.eat("年") {
            return i32::try_from(y).ok();
        }
    }
    *c = save;
    None
}

/// `12 月`, `十二月`, `4 至 6 月`, `3 月份`: the month, the end of a compact range, and
/// whether it was written in Chinese numerals.
fn month(c: &mut Cursor) -> Option<(u32, Option<u32>, bool)> {
    let save = *c;
    let chinese = c.peek().is_some_and(is_chinese_numeral);
    let got = (|| {
        let m = c.number(2, true).filter(|m| (1..=12).contains(m))?;
        c.ws();
        let m2 = compact_end(c, 12);
        c.ws();
        // `3 月份`: the month named as a period.
        (c.eat("月份") || c.eat("月")).then_some((m, m2, chinese))
    })();
    if got.is_none() {
        *c = save;
    }
    got
}

/// `13 日`, `十三日`, `5 号`, `13-17 日`: the day and the end of a compact range.
fn day(c: &mut Cursor) -> Option<(u32, Option<u32>)> {
    let save = *c;
    let got = (|| {
        let d = c.number(2, true).filter(|d| (1..=31).contains(d))?;
        c.ws();
        let d2 = compact_end(c, 31).or_else(|| night_end(c, d));
        c.ws();
        c.eat_any(&["日", "号"]).map(|_| (d, d2))
    })();
    if got.is_none() {
        *c = save;
    }
    got
}

/// The `/11` of `10/11 日`: the day after `day`, written with a slash for a
/// night meeting that runs into it (`3 月 10/11 日`, a range of both days).
fn night_end(c: &mut Cursor, day: u32) -> Option<u32> {
    let save = *c;
    let next = if c.eat("/") { c.number(2, false).filter(|&n| n == day + 1) } else { None };
    if next.is_none() {
        *c = save;
    }
    next
}

/// The `-17` of `13-17 日`: a range word and a number up to `max`.
fn compact_end(c: &mut Cursor, max: u32) -> Option<u32> {
    let save = *c;
    let got = (|| {
        c.eat_any(RANGE)?;
        c.ws();
        let n = c.number(2, true).filter(|n| (1..=max).contains(n))?;
        c.ws();
        Some(n)
    })();
    if got.is_none() {
        *c = save;
    }
    got
}

/// `上半年`, `下半年`, `第一季度` (`第 1 季度`, `第１季度`) after a year, or
/// `初`, `中`, `底`/`末` right after its `年` (its first, middle or last four
/// months, as English `early`/`mid`/`late 2025`): the first and last month.
fn half_or_quarter(c: &mut Cursor, year: Parts) -> Option<(Parts, Parts)> {
    // `2026 年年中`, `2025 年年底`: the year's `年` may be written again.
    let save = *c;
    c.eat("年");
    if let Some(third) = third_word(c).or_else(|| {
        *c = save;
        None
    }) {
        let first = third * 4 + 1;
        return Some((Parts { month: Some(first), ..year }, Parts { month: Some(first + 3), ..year }));
    }
    let save = *c;
    c.ws();
    let (first, last) = match c.eat_any(&["上半年", "下半年", "第"]) {
        Some(0) => (1, 6),
        Some(1) => (7, 12),
        Some(_) => {
            c.ws();
            let q = c.number(1, true).filter(|q| (1..=4).contains(q));
            c.ws();
            match q.filter(|_| c.eat("季度")) {
                Some(q) => (q * 3 - 2, q * 3),
                None => {
                    *c = save;
                    return None;
                }
            }
        }
        None => {
            *c = save;
            return None;
        }
    };
    Some((Parts { month: Some(first), ..year }, Parts { month: Some(last), ..year }))
}

/// `第三和第四季度`, `第三、四季度` after a year: quarters that share one
/// `季度`, each member as where it starts, where it ends (the last one
/// after `季度`) and its number. `None` for a single quarter.
fn quarter_list(c: &mut Cursor) -> Option<Vec<(usize, usize, u32)>> {
    let save = *c;
    let quarter = |c: &mut Cursor| {
        c.eat("第");
        c.ws();
        c.number(1, true).filter(|q| (1..=4).contains(q))
    };
    c.ws();
    let from = c.pos;
    let Some(first) = quarter(c) else {
        *c = save;
        return None;
    };
    let mut members = vec![(from, c.pos, first)];
    loop {
        let before = *c;
        c.ws();
        if c.eat_any(LIST).is_none() {
            *c = before;
            break;
        }
        c.ws();
        let from = c.pos;
        let Some(q) = quarter(c) else {
            *c = before;
            break;
        };
        members.push((from, c.pos, q));
    }
    c.ws();
    if members.len() < 2 || !c.eat("季度") {
        *c = save;
        return None;
    }
    if let Some(last) = members.last_mut() {
        last.1 = c.pos;
    }
    Some(members)
}

/// Words glued to the `年` or `月` before them that name its first, middle
/// or last part, with that part's index (0 to 2).
const THIRD_WORDS: [(&str, u32); 4] = [("初", 0), ("中", 1), ("底", 2), ("末", 2)];

/// Words that `初` or `中` begin, where they name no part of a year or
/// month: `2025 年初步报告`, `2025 年中国代表团`.
const NOT_A_THIRD: &[&str] = &["初步", "初次", "初稿", "初审", "中国", "中期", "中文", "中心", "中央", "中东", "中亚", "中非", "中美"];

/// `初`, `中`, `底` or `末` right after a year's `年` or a month's `月`
/// (`2025 年底`, `3 月初`, white space perhaps between) and before no word that starts with it
/// ([`NOT_A_THIRD`]): which third it names. The cursor moves past it only
/// when there is one.
fn third_word(c: &mut Cursor) -> Option<u32> {
    let mut at = *c;
    // A PDF line may break before it (`10 月\n初`).
    at.ws();
    let rest = at.rest();
    if NOT_A_THIRD.iter().any(|w| rest.starts_with(w)) {
        return None;
    }
    let (word, third) = THIRD_WORDS.iter().find(|(w, _)| rest.starts_with(w))?;
    if *word == "中" && is_locative_zhong(rest, at.text_before(at.pos)) {
        return None;
    }
    c.pos = at.pos + word.len();
    Some(*third)
}

/// Ideographs that may follow the `中` of a middle (`年中前`, `6 月中至 7 月`).
const AFTER_MIDDLE: &str = "前后以左至到和及或";

/// Whether the `中` that `rest` starts with is the locative "in" rather than
/// a middle: before a verb or noun (`于 2025 年中举行`, `6 月中的会议`) it
/// reads "in 2025", "in June". A doubled `年年中` is always the middle.
fn is_locative_zhong(rest: &str, before: &str) -> bool {
    let next = rest["中".len()..].chars().next();
    next.is_some_and(|n| is_cjk(n) && !AFTER_MIDDLE.contains(n)) && !before.ends_with("年年")
}

/// `上旬`, `中旬`, `下旬` after a month, or `初`, `中`, `底`/`末` right after
/// its `月` (`3 月底`, as English `the end of March`): its first, middle or
/// last ten days (the last to the month's end; February of an unknown year
/// ends on the 28th).
fn third_of_month(c: &mut Cursor, month: Parts) -> Option<(Parts, Parts)> {
    let save = *c;
    c.ws();
    let ten_days = c.eat_any(&["上旬", "中旬", "下旬"]).map(|k| k as u32);
    let Some(k) = ten_days.or_else(|| {
        *c = save;
        third_word(c)
    }) else {
        *c = save;
        return None;
    };
    let Some(m) = month.month else {
        *c = save;
        return None;
    };
    let first = 1 + 10 * k;
    let last = if k == 2 { super::days_in_month(month.year.unwrap_or(1), m) } else { first + 9 };
    Some((Parts { day: Some(first), ..month }, Parts { day: Some(last), ..month }))
}

/// The `至 4 月上旬` of `3 月中旬至 4 月上旬` (or the `至下旬` of `6 月中旬至
/// 下旬`): the last day of the period that ends the range (its year and
/// month, when left out, from `start`).
fn thirds_range_end(c: &mut Cursor, start: Parts) -> Option<Parts> {
    let save = *c;
    let got = (|| {
        c.ws();
        c.eat_any(RANGE)?;
        c.ws();
        // `6 月中旬至下旬`: the same month when none is written.
        let month = Parts { day: None, ..start };
        let m = match chain(c, None) {
            Some((m, None)) => m.after(month),
            Some(_) => return None,
            None => month,
        };
        (m.granularity() == Granularity::Month).then_some(())?;
        third_of_month(c, m).map(|(_, last)| last)
    })();
    if got.is_none() {
        *c = save;
    }
    got
}

/// `，星期一`, `星期一`, `（星期一）`, `, 周一` after a day, or the weekdays
/// of the days before it (`（星期六和星期日）`); steps over them.
fn weekday(c: &mut Cursor, date: Parts) {
    if date.day.is_none() {
        return;
    }
    let save = *c;
    c.ws();
    c.eat_any(&["，", ","]);
    c.ws();
    let open = c.eat_any(&["（", "("]).is_some();
    if open {
        c.ws();
    }
    let named = weekday_name(c);
    // `11 日至 15 日，星期一至星期五`, `（星期一至星期五）`: the weekdays of a range after its end;
    // `13 日和 14 日（星期六和星期日）`: those of a list of days after its last member.
    if named {
        let before_range = *c;
        c.ws();
        if !((c.eat_any(RANGE).is_some() || c.eat_any(LIST).is_some()) && {
            c.ws();
            weekday_name(c)
        }) {
            *c = before_range;
        }
    }
    let closed = !open || {
        c.ws();
        c.eat_any(&["）", ")"]).is_some()
    };
    if !(named && closed) {
        *c = save;
    }
}

/// Spaces that may part a weekday written before a day from it (no line break:
/// a weekday ending the line above ends that line's date).
const WEEKDAY_GAP: [char; 3] = [' ', '\u{3000}', '\u{a0}'];

/// Where a weekday written before the day at `i` starts (`星期一，2025 年 6
/// 月 16 日`, a Journal's heading; `周二 6 月 17 日`): it belongs to the span,
/// as in English (`Monday, 1 June 2015`). Not one before `taken` (the end of
/// the date found before), nor the end of a range or list of weekdays
/// (`星期一至星期五，…`). Literal checks only.
fn weekday_before(text: &str, i: usize, taken: usize) -> Option<usize> {
    let head = text.get(..i)?.trim_end_matches(WEEKDAY_GAP);
    let head = head.strip_suffix(['，', ',']).unwrap_or(head).trim_end_matches(WEEKDAY_GAP);
    let day = head.chars().next_back().filter(|d| matches!(d, '一' | '二' | '三' | '四' | '五' | '六' | '日' | '天'))?;
    let stem = &head[..head.len() - day.len_utf8()];
    let word = ["星期", "礼拜", "周"].into_iter().find(|w| stem.ends_with(w) && !(*w == "周" && day == '天'))?;
    let start = stem.len() - word.len();
    let joined = text[..start].trim_end_matches(WEEKDAY_GAP).chars().next_back().is_some_and(|b| "至到和、及与或-–—".contains(b) || b == '每' || b == '本' || b == '下' || b == '上');
    (start >= taken && !joined).then_some(start)
}

/// Steps over `星期一`, `礼拜天`, `周一`; true when one is there.
fn weekday_name(c: &mut Cursor) -> bool {
    let save = *c;
    let named = (c.eat_any(&["星期", "礼拜"]).is_some() && c.eat_any(&["一", "二", "三", "四", "五", "六", "日", "天"]).is_some())
        || (c.eat("周") && c.eat_any(&["一", "二", "三", "四", "五", "六", "日"]).is_some());
    if !named {
        *c = save;
    }
    named
}

/// `至 17 日`, `至 2 月 1 日`, `至 2022 年 1 月`: the end of a range, of the
/// same precision as `start`, with its weekday (after it, or before it:
/// `至星期五，11 月 28 日`).
fn range_end(c: &mut Cursor, start: Parts) -> Option<Parts> {
    let save = *c;
    c.ws();
    // `12 月 31 日/1 月 1 日`: a slash joins a night meeting's two days.
    let slash = c.eat("/");
    if slash || c.eat_any(RANGE).is_some() {
        c.ws();
        // `星期一，11 月 24 日至星期五，11 月 28 日`: the end's weekday written before it.
        if !slash && weekday_name(c) {
            c.ws();
            c.eat_any(&["，", ","]);
            c.ws();
        }
        if let Some((e, None)) = chain(c, Some(start)) {
            if e.granularity() == start.granularity() && (!slash || start.day_before(e.after(start))) {
                weekday(c, e);
                return Some(e);
            }
        }
    }
    *c = save;
    None
}

/// True when the year at `start..end` is part of a name: followed by
/// `可持续发展`/`届会`…, by a name noun with at most a short modifier before
/// it (`2019 年部长级宣言`), or inside a 《title》 on its line.
fn names_something(text: &str, start: usize, end: usize) -> bool {
    name_follows(text.get(end..).unwrap_or("")) || in_title(text, start)
}

/// True when `after`, the text after a year and its `年`, continues a name.
fn name_follows(after: &str) -> bool {
    let after = after.trim_start_matches(crate::text::is_space);
    NAME_AFTER_YEAR.iter().any(|w| after.starts_with(w)) || ends_in_name_noun(after)
}

/// True when the years that end at byte `end` are, with the `年` that
/// follows them, part of a name (`2011-2020 年伊斯坦布尔行动纲领`): for the
/// English recogniser, which reads such digits without the `年`.
pub(super) fn years_of_a_name(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("").trim_start_matches(crate::text::is_space);
    after.strip_prefix('年').is_some_and(name_follows)
}

/// True when `after` (the text after a year) opens with a short modifier of
/// ideographs and a name noun: `部长级宣言`, `议程`, not `通过的宣言`.
fn ends_in_name_noun(after: &str) -> bool {
    for (n, (p, c)) in after.char_indices().enumerate() {
        if NAME_NOUNS.iter().any(|w| after[p..].starts_with(w)) {
            return true;
        }
        if n >= MAX_NAME_MODIFIER || !crate::text::is_cjk(c) || NOT_IN_MODIFIER.contains(c) {
            return false;
        }
    }
    false
}

/// True when byte `start` is inside a 《title》 opened earlier on its line
/// (looked for at most 300 bytes back).
pub(super) fn in_title(text: &str, start: usize) -> bool {
    let lo = crate::text::floor_boundary(text, start.saturating_sub(300));
    let before = text.get(lo..start).unwrap_or("");
    let before = before.rsplit('\n').next().unwrap_or("");
    matches!((before.rfind('《'), before.rfind('》')), (Some(o), c) if c.is_none_or(|c| c < o))
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::dates;

    #[test]
    fn chinese_dates() {
        // Reference year 2021, month 12 (see `dates`).
        let cases: &[(&str, &[&str])] = &[
            ("2021年12月13日至17日，埃及沙姆沙伊赫", &["2021年12月13日至17日=2021-12-13..2021-12-17"]),
            ("于 2021 年 12 月 13 日至 17 日在", &["2021 年 12 月 13 日至 17 日=2021-12-13..2021-12-17"]),
            ("2008 年 1 月 28 日至 2 月 1 日在印度尼西亚", &["2008 年 1 月 28 日至 2 月 1 日=2008-01-28..2008-02-01"]),
            ("2019 年 12 月 30 日至 2020 年 1 月 3 日", &["2019 年 12 月 30 日至 2020 年 1 月 3 日=2019-12-30..2020-01-03"]),
            ("注册自 2026 年 3 月 2 日起至 6 日止", &["2026 年 3 月 2 日起至 6 日=2026-03-02..2026-03-06"]),
            ("2026 年 3 月 9 日起到 3 月 13 日", &["2026 年 3 月 9 日起到 3 月 13 日=2026-03-09..2026-03-13"]),
            ("自 2026 年 1 月 1 日起生效", &["2026 年 1 月 1 日=2026-01-01"]),
            ("12月13日, 星期一\t上午10时", &["12月13日, 星期一=2021-12-13"]),
            ("2023年9月5日，星期二", &["2023年9月5日，星期二=2023-09-05"]),
            ("2021 年 12 月 13 日星期一中午", &["2021 年 12 月 13 日星期一=2021-12-13"]),
            ("2020年 11月 16日， \n\n星期一 \n\n下午", &["2020年 11月 16日， \n\n星期一=2020-11-16"]),
            ("12 月 13 日（星期一）", &["12 月 13 日（星期一）=2021-12-13"]),
            ("2023 年 12 月 11 日至 15 日，星期一至星期五。", &["2023 年 12 月 11 日至 15 日，星期一至星期五=2023-12-11..2023-12-15"]),
            ("12 月 13 日星期一至 17 日星期五", &["12 月 13 日星期一至 17 日星期五=2021-12-13..2021-12-17"]),
            ("2024 年 6 月 3 日至 7 日（星期一至星期五）举行", &["2024 年 6 月 3 日至 7 日（星期一至星期五）=2024-06-03..2024-06-07"]),
            ("6 月 3 日（星期一）至 7 日（星期五）", &["6 月 3 日（星期一）至 7 日（星期五）=2021-06-03..2021-06-07"]),
            // The weekdays of a list of two days, in brackets after the last.
            ("2025 年 12 月 13 日和 14 日（星期六和星期日）举行", &["2025 年 12 月 13 日=2025-12-13", "14 日（星期六和星期日）=2025-12-14"]),
            ("12 月 13 日、14 日（星期六、星期日）", &["12 月 13 日=2021-12-13", "14 日（星期六、星期日）=2021-12-14"]),
            // A weekday before the day, as a Journal's heading writes it.
            ("星期一，2025 年 6 月 16 日\n", &["星期一，2025 年 6 月 16 日=2025-06-16"]),
            ("周二 6 月 17 日上午", &["周二 6 月 17 日=2021-06-17"]),
            ("星期一，2025 年 11 月 24 日至星期五，2025 年 11 月 28 日，上午", &["星期一，2025 年 11 月 24 日至星期五，2025 年 11 月 28 日=2025-11-24..2025-11-28"]),
            // Not the end of a range of weekdays, nor a week's day (`每周一`).
            ("星期一至星期五，6 月 16 日至 20 日", &["6 月 16 日至 20 日=2021-06-16..2021-06-20"]),
            ("每周一 6 月 16 日", &["6 月 16 日=2021-06-16"]),
            // The weekday ending the line above ends that line's date.
            ("12月13日\n星期一\n12月14日", &["12月13日\n星期一=2021-12-13", "12月14日=2021-12-14"]),
            ("定于 2022 年 11 月 7 日、9 日和 10 日举办", &["2022 年 11 月 7 日=2022-11-07", "9 日=2022-11-09", "10 日=2022-11-10"]),
            ("2012 年 10 月 22 日和 23 日举行", &["2012 年 10 月 22 日=2012-10-22", "23 日=2012-10-23"]),
            ("2021 年 4 月和 5 月举行了", &["2021 年 4 月=2021-04/m", "5 月=2021-05/m"]),
            // A slash between two months: either of them, a list.
            ("2025 年 3 月/4 月\t分发", &["2025 年 3 月=2025-03/m", "4 月=2025-04/m"]),
            ("2025 年 12 月/2026 年 1 月", &["2025 年 12 月=2025-12/m", "2026 年 1 月=2026-01/m"]),
            // Not: a slash after a month before a number that is no month.
            ("2025 年 3 月/4 号文件", &["2025 年 3 月=2025-03/m"]),
            ("2018 年 9 月 5 日至 7 日和 2019 年 9 月 4 日至 6 日", &["2018 年 9 月 5 日至 7 日=2018-09-05..2018-09-07", "2019 年 9 月 4 日至 6 日=2019-09-04..2019-09-06"]),
            ("延长至 2024 年 6 月，以便", &["2024 年 6 月=2024-06/m"]),
            ("自 2023 年 3 月份以来，", &["2023 年 3 月份=2023-03/m"]),
            ("每天 24 小时，自 4 月份以来", &["4 月份=2021-04/m"]),
            ("审议 2020 年和 2021 年举行的", &["2020 年=2020/y", "2021 年=2021/y"]),
            ("在 2021 年上半年就", &["2021 年上半年=2021-01..2021-06/m"]),
            ("2022 年下半年", &["2022 年下半年=2022-07..2022-12/m"]),
            ("2023 年第三季度", &["2023 年第三季度=2023-07..2023-09/m"]),
            ("2025 年第 1 季度", &["2025 年第 1 季度=2025-01..2025-03/m"]),
            ("2025 年第四季度", &["2025 年第四季度=2025-10..2025-12/m"]),
            ("2025 年第五季度", &["2025 年=2025/y"]),
            ("2026 年第二季度和第三季度、下半年", &["2026 年第二季度=2026-04..2026-06/m", "第三季度=2026-07..2026-09/m", "下半年=2026-07..2026-12/m"]),
            ("2026 年 6 月和第三季度", &["2026 年 6 月=2026-06/m"]),
            ("2025 年第三和第四季度，2026 年第一、二季度", &["2025 年第三=2025-07..2025-09/m", "第四季度=2025-10..2025-12/m", "2026 年第一=2026-01..2026-03/m", "二季度=2026-04..2026-06/m"]),
            ("2025 年第三次和第四次会议", &["2025 年=2025/y"]),
            // A night meeting's two adjacent days with a slash: their range.
            ("2025 年 3 月 10/11 日夜间会议", &["2025 年 3 月 10/11 日=2025-03-10..2025-03-11"]),
            ("第 10/11 号决议和 10/11 段", &[]),
            ("2025 年 12 月 31 日/2026 年 1 月 1 日", &["2025 年 12 月 31 日/2026 年 1 月 1 日=2025-12-31..2026-01-01"]),
            ("12 月 31 日/1 月 1 日夜间", &["12 月 31 日/1 月 1 日=2021-12-31..2022-01-01"]),
            ("2025 年 3 月 10 日/3 月 12 日", &["2025 年 3 月 10 日=2025-03-10"]),
            // The first, middle and last ten days of a month.
            ("于 2024 年 6 月上旬举行", &["2024 年 6 月上旬=2024-06-01..2024-06-10"]),
            ("10 月中旬", &["10 月中旬=2021-10-11..2021-10-20"]),
            ("2024 年 2 月下旬和 2023 年 4 月下旬", &["2024 年 2 月下旬=2024-02-21..2024-02-29", "2023 年 4 月下旬=2023-04-21..2023-04-30"]),
            ("2024 年 6 月 上旬", &["2024 年 6 月 上旬=2024-06-01..2024-06-10"]),
            ("2025 年 3 月中旬至 4 月上旬", &["2025 年 3 月中旬至 4 月上旬=2025-03-11..2025-04-10"]),
            ("2025 年 12 月下旬至 2026 年 1 月中旬", &["2025 年 12 月下旬至 2026 年 1 月中旬=2025-12-21..2026-01-20"]),
            ("2024 年 6 月中旬至下旬", &["2024 年 6 月中旬至下旬=2024-06-11..2024-06-30"]),
            // The beginning, middle or end of a month (ten days) or of a year (four months).
            ("于 2025 年 3 月底前提交", &["2025 年 3 月底=2025-03-21..2025-03-31"]),
            ("2025 年 3 月初和 4 月末", &["2025 年 3 月初=2025-03-01..2025-03-10", "4 月末=2025-04-21..2025-04-30"]),
            ("9 月中，委员会", &["9 月中=2021-09-11..2021-09-20"]),
            ("2025 年 3 月底至 4 月初", &["2025 年 3 月底至 4 月初=2025-03-21..2025-04-10"]),
            ("延长至 2025 年底；2026 年初", &["2025 年底=2025-09..2025-12/m", "2026 年初=2026-01..2026-04/m"]),
            ("2024 年中和 2024 年末", &["2024 年中=2024-05..2024-08/m", "2024 年末=2024-09..2024-12/m"]),
            ("2026 年年中和 2025 年年底；2026 年 10 月\n初", &["2026 年年中=2026-05..2026-08/m", "2025 年年底=2025-09..2025-12/m", "2026 年 10 月\n初=2026-10-01..2026-10-10"]),
            ("2025 年年度报告", &["2025 年=2025/y"]),
            // Not: a word that `初` or `中` begins.
            ("2025 年初步报告", &["2025 年=2025/y"]),
            ("2025 年中国代表团；3 月中文版", &["2025 年=2025/y", "3 月=2022-03/m"]),
            // Not: the locative `中` ("in") before a verb or noun.
            ("于 2025 年中举行会议；2025 年 6 月中的会议", &["2025 年=2025/y", "2025 年 6 月=2025-06/m"]),
            ("3 月中旬至 4 月", &["3 月中旬=2022-03-11..2022-03-20", "4 月=2021-04/m"]),
            // The year, or year and month, of the date written before.
            ("2024 年 6 月上旬举行了协商。本月 5 日，秘书处", &["2024 年 6 月上旬=2024-06-01..2024-06-10", "本月 5 日=2024-06-05"]),
            ("2023 年 3 月 20 日通过。同年 9 月，又通过", &["2023 年 3 月 20 日=2023-03-20", "同年 9 月=2023-09/m"]),
            ("2022 年 5 月启动；次年 6 月 3 日至 7 日举行", &["2022 年 5 月=2022-05/m", "次年 6 月 3 日至 7 日=2023-06-03..2023-06-07"]),
            ("2024 年 6 月上旬协商，7 月 31 日前提交；截至同年 9 月", &["2024 年 6 月上旬=2024-06-01..2024-06-10", "7 月 31 日=2024-07-31", "同年 9 月=2024-09/m"]),
            ("本月 5 日", &[]),
            ("同年 2024 年", &["2024 年=2024/y"]),
            // After a colon: a label's value, not the minutes of a time.
            ("日期：2024 年 6 月 3 日", &["2024 年 6 月 3 日=2024-06-03"]),
            ("上午10：30 和 10:30 日", &[]),
            ("2020–2021 年工作计划", &["2020–2021 年=2020..2021/y"]),
            ("2020-2021 年期间", &["2020-2021 年=2020..2021/y"]),
            // A financial year or biennium with the century left out.
            ("2022/23 年度的预算", &["2022/23 年度=2022..2023/y"]),
            ("1999/00 年度", &["1999/00 年度=1999..2000/y"]),
            ("２０２２/２３年度", &["２０２２/２３年度=2022..2023/y"]),
            ("2022-2023 年度和 2022/2023 年", &["2022-2023 年度=2022..2023/y", "2022/2023 年=2022..2023/y"]),
            ("2022-2023 两年期方案预算", &["2022-2023=2022..2023/y"]),
            ("2022/23 号文件和 2022/2 年", &[]),
            ("2022/21 年度", &[]),
            ("2023/2024 两年期和 2022/23 财政年度", &["2023/2024=2023..2024/y", "2022/23=2022..2023/y"]),
            ("2023/2024 期间", &[]),
            ("2020 年至 2021 年", &["2020 年至 2021 年=2020..2021/y"]),
            ("2021 年 4 月至 6 月", &["2021 年 4 月至 6 月=2021-04..2021-06/m"]),
            ("截至 2022 年 9 月 30 日，", &["2022 年 9 月 30 日=2022-09-30"]),
            ("最迟将于 12 月 14 日晚结束", &["12 月 14 日=2021-12-14"]),
            ("他指出，9 月提交的会议室文件", &["9 月=2021-09/m"]),
            ("2021 年 12 月 13-17 日", &["2021 年 12 月 13-17 日=2021-12-13..2021-12-17"]),
            ("二〇二一年十二月十三日", &["二〇二一年十二月十三日=2021-12-13"]),
            ("２０２１年１２月１３日", &["２０２１年１２月１３日=2021-12-13"]),
            ("2021 年 12 月\n\n13 日", &["2021 年 12 月\n\n13 日=2021-12-13"]),
            ("12 月 5 号", &["12 月 5 号=2021-12-05"]),
            // Not dates.
            ("CAC/COSP/2021/1", &[]),
            ("大会第 58/4 号决议", &[]),
            ("第 8/7、8/8 和 8/14 号决议", &[]),
            ("缔约国会议第十一届会议", &[]),
            ("《2030 年可持续发展议程》", &[]),
            ("2023年届会\n2022年7月25日至2023年7月26日", &["2022年7月25日至2023年7月26日=2022-07-25..2023-07-26"]),
            ("经济及社会理事会 2023 年届会通过的决议", &[]),
            ("2024年组织会议", &[]),
            ("在 2023 年举行届会", &["2023 年=2023/y"]),
            ("落实 2030 年议程", &[]),
            // A year inside the name of a declaration, strategy, framework….
            ("会议回顾了 2019 年部长级宣言和《2019 年部长级宣言》", &[]),
            ("2011-2020 年伊斯坦布尔行动纲领", &[]),
            ("2015 年后发展议程", &[]),
            ("通过了 2021-2025 年战略和 1961 年麻醉品单一公约", &[]),
            ("2019 年通过的宣言", &["2019 年=2019/y"]),
            ("2019 年举行的会议通过了宣言", &["2019 年=2019/y"]),
            ("2020–2021 年工作计划和 2022 年会议", &["2020–2021 年=2020..2021/y", "2022 年=2022/y"]),
            ("《2015-2030 年仙台减少灾害风险框架》", &[]),
            ("《2063 年议程》和 2015-2030 年期间", &["2015-2030 年=2015..2030/y"]),
            ("周期延长 18 个月", &[]),
            ("统一月报", &[]),
            ("14 日", &[]),
            ("第 5 年", &[]),
            ("A2021年", &[]),
            ("十年", &[]),
            ("每年 6 月举行", &[]),
            ("每年 6 月 26 日", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text}");
        }
    }

    #[test]
    fn forms_pasted_from_pdf_word_and_web_pages() {
        // Reference year 2021, month 12 (see `dates`).
        let cases: &[(&str, &[&str])] = &[
            ("二〇二三年六月十四日至十六日", &["二〇二三年六月十四日至十六日=2023-06-14..2023-06-16"]),
            ("十二月十三日至十七日", &["十二月十三日至十七日=2021-12-13..2021-12-17"]),
            ("２０２３年６月１４日—１６日", &["２０２３年６月１４日—１６日=2023-06-14..2023-06-16"]),
            ("2023年6月14日－16日", &["2023年6月14日－16日=2023-06-14..2023-06-16"]),
            ("2021年12月13日\r\n星期一", &["2021年12月13日\r\n星期一=2021-12-13"]),
            ("2023年6月14日\r\n至16日", &["2023年6月14日\r\n至16日=2023-06-14..2023-06-16"]),
            ("2023\u{3000}年\u{3000}6\u{a0}月\u{a0}14\u{3000}日（星期三）", &["2023\u{3000}年\u{3000}6\u{a0}月\u{a0}14\u{3000}日（星期三）=2023-06-14"]),
            ("2023-06-14", &["2023-06-14=2023-06-14"]),
            // A time between a day and the day that ends the stretch: two dates.
            ("2025 年 6 月 3 日上午 10 时至 7 日下午 6 时举行", &["2025 年 6 月 3 日=2025-06-03", "7 日=2025-06-07"]),
            ("6月30日下午3时至7月1日中午", &["6月30日=2021-06-30", "7月1日=2021-07-01"]),
            ("12 月 15 日下午至 16 日上午", &["12 月 15 日=2021-12-15", "16 日=2021-12-16"]),
            ("6 月 3 日 10 至 12 日", &["6 月 3 日=2021-06-03"]),
            ("6 月 3 日（星期二）上午 10 时至 7 日（星期六）中午", &["6 月 3 日（星期二）=2021-06-03", "7 日（星期六）=2021-06-07"]),
            // Not: the end of a range of times, a number that is no day.
            ("6 月 3 日上午 10 时至 12 时", &["6 月 3 日=2021-06-03"]),
            ("6 月 3 日上午 10 时至 7 个小时", &["6 月 3 日=2021-06-03"]),
            ("6 月 3 日至 7 日", &["6 月 3 日至 7 日=2021-06-03..2021-06-07"]),
            ("2023/6/14 和 2023.6.14", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(dates(text), *want, "{text}");
        }
    }
}
