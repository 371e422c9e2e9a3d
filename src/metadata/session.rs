//! The session a header names: `第九届会议` → 9, `Sixty-eighth session` →
//! 68, `2023 session` → by its year, a working group's meeting number.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::model::Session;
use crate::numerals::parse_number;

use super::vocabulary;

static SESSION_ZH: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"第([0-9一二三四五六七八九十百零〇]+)(?:届|次)(?:特别)?会议(?:[ \t]*第[0-9一二三四五六七八九十]+次续会|[ \t]*续会)?")
});

/// A session named by its year, on a line of its own: `2023年届会`.
static SESSION_YEAR_ZH: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"(?m)^[ \t]*[0-9]{4}[ \t]*年[ \t]*(?:届会|实质性届会|组织会议)[ \t]*$"));

/// The same in English: `2023 session`, `2024 organizational session`.
static SESSION_YEAR_EN: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"(?m)^[ \t]*[0-9]{4}[ \t]+(?:substantive[ \t]+|organizational[ \t]+)?session[ \t]*$"));

static SESSION_EN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?i)\b(?:resumed[ \t]+)?([a-z]+(?:-[a-z]+)?|[0-9]{1,3}(?:st|nd|rd|th))[ \t]+(?:special[ \t]+)?(?:session|meeting)(?:,[ \t]*(?:[a-z]+[ \t]+)?resumed[ \t]+part)?\b")
});

pub(super) fn session(header: &str) -> Option<Session> {
    if let Some(m) = SESSION_ZH.captures(header) {
        let whole = m.get(0)?;
        let number = m.get(1).and_then(|n| digit_by_digit(n.as_str()).or_else(|| parse_number(n.as_str())));
        return Some(Session { text: whole.as_str().to_owned(), number });
    }
    // `2023年届会` (the Economic and Social Council's sessions are named by year).
    if let Some(m) = SESSION_YEAR_ZH.find(header).or_else(|| SESSION_YEAR_EN.find(header)) {
        return Some(Session { text: m.as_str().to_owned(), number: None });
    }
    SESSION_EN.captures_iter(header).find_map(|m| {
        let whole = m.get(0)?;
        let number = ordinal(m.get(1)?.as_str())?;
        Some(Session { text: whole.as_str().to_owned(), number: Some(number) })
    })
}

/// A number written digit by digit in Chinese numerals, as session numbers
/// from 100 are (`第一一〇届会议` → 110, `第一四〇届会议` → 140).
pub(super) fn digit_by_digit(s: &str) -> Option<u32> {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let mut n: u32 = 0;
    for c in s.chars() {
        let d = DIGITS.iter().position(|x| *x == c).or((c == '零').then_some(0))?;
        n = n.checked_mul(10)?.checked_add(d as u32)?;
    }
    (s.chars().count() >= 2).then_some(n)
}

/// `ninth` → 9, `thirty-second` → 32, `73rd` → 73.
pub(super) fn ordinal(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if let Some(digits) = w.strip_suffix("st").or(w.strip_suffix("nd")).or(w.strip_suffix("rd")).or(w.strip_suffix("th")) {
        if let Ok(n) = digits.parse() {
            return Some(n);
        }
    }
    let value = |p: &str| vocabulary("ordinal").find(|(n, _)| *n == p).and_then(|(_, v)| v.parse::<u32>().ok());
    match w.split_once('-') {
        Some((tens, unit)) => Some(value(tens)? + value(unit)?),
        None => value(&w),
    }
}
