//! The number part of an item line: `1. title`, `(a) title`, `Item 1.
//! title`, perhaps after a list bullet, or the number alone on its line
//! with the title on a line below (`1.` / `Election of officers`); and
//! item numbers as the annotations write them (`1`, `1(a)`). Digits and
//! letters may be full-width, as Chinese Word documents type them
//! (`１．组织事项：`, `（ａ）会议开幕；`); the number is read in ASCII.
//!
//! Left out: a head whose title starts with a digit or is empty (`1. 2.`),
//! unless the title opens with a year that names a period or a programme
//! (`(a) 2026-2027 年两年期方案预算`, `(b) 2030 Agenda for Sustainable
//! Development`) rather than a date (`2025 年 6 月 17 日`); and a bare number
//! followed by another number.

use std::sync::LazyLock;

use regex_lite::{Captures, Regex};

use super::line::{is_blank, Line, PAGE_FURNITURE};
use super::WS;
use crate::numerals::{digit_value, parse_decimal};
use crate::text::is_ws;

/// `1. title`, `(a) title`, `Item 1. title`, with an optional list bullet before.
pub(super) static ITEM_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^[{WS}]*(?:[-–•·][{WS}]+)?(?:(?:[Ii]tem[{WS}]+)?([0-9０-９]{{1,3}})[.．][{WS}]*|[(（]([a-zａ-ｚ])[)）][{WS}]*)"))
});

/// An item number alone on its line, its title on a line below (PDF text
/// that puts the number column and the title column on lines of their own).
static BARE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^[{WS}]*(?:[-–•·][{WS}]+)?(?:([0-9０-９]{{1,3}})[.．]|[(（]([a-zａ-ｚ])[)）])[{WS}]*$"))
});

/// Most blank lines between a bare item number and its title.
const BARE_GAP: usize = 3;

/// Most lines of page furniture between a bare item number and its title
/// (a footer and a header, and the blank lines around them).
const PAGE_LINES: usize = 3;

/// The number part of an item line.
#[derive(Clone, Copy, Debug)]
pub(super) struct Head {
    pub(super) main: Option<u32>,
    pub(super) letter: Option<char>,
    pub(super) num_start: usize,
    pub(super) title_start: usize,
}

/// The item head on line `l` with its title on the same line: `1. title`,
/// `(a) title`, `Item 1. title`.
pub(super) fn parse_head(text: &str, l: Line) -> Option<Head> {
    let line = &text[l.start..l.end];
    if !may_be_head(line) {
        return None;
    }
    let caps = ITEM_HEAD.captures(line)?;
    let whole = caps.get(0)?;
    let (main, letter, num_start) = head_number(text, l.start, &caps)?;
    // `Item` before a number belongs to the span.
    let head = text[l.start..num_start].trim_end_matches(is_ws);
    let num_start = if head.ends_with("Item") || head.ends_with("item") { l.start + head.len() - "Item".len() } else { num_start };
    let title_start = l.start + whole.end();
    let first = text[title_start..l.end].chars().next()?;
    if (digit_value(first).is_some() && !opens_with_year(&text[title_start..l.end])) || is_ws(first) {
        return None;
    }
    Some(Head { main, letter, num_start, title_start })
}

/// True when `title` opens with a year (four ASCII digits) that begins a
/// title: followed by a dash of a period (`2026-2027 年`, `2026–2027
/// biennium`) or by a word, not by a month or a day (`2025 年 6 月`,
/// `2025/26`, `2025.`).
fn opens_with_year(title: &str) -> bool {
    let Some(year) = title.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())) else { return false };
    let rest = &title[year.len()..];
    if rest.starts_with(['-', '–', '—']) {
        return true;
    }
    let rest = rest.trim_start_matches(is_ws);
    let rest = rest.strip_prefix('年').map_or(rest, |r| r.trim_start_matches(is_ws));
    rest.chars().next().is_some_and(|c| c.is_alphabetic() && c != '年')
}

/// The item head at line `i`, and the index of the line its title is on:
/// the same line (`1. Election of officers`), or the next non-blank line
/// when the number stands alone (`1.` / `Election of officers`).
pub(super) fn split_head(text: &str, lines: &[Line], i: usize) -> Option<(Head, usize)> {
    let l = *lines.get(i)?;
    if let Some(h) = parse_head(text, l) {
        return Some((h, i));
    }
    let line = &text[l.start..l.end];
    if !may_be_head(line) {
        return None;
    }
    let caps = BARE_HEAD.captures(line)?;
    // A page break may fall between the number and its title: its running
    // header and footer (`V.25-01234 2/5`, `CAC/COSP/WG.2/2025/1`) are skipped.
    let furniture = |j: usize| PAGE_FURNITURE.is_match(&text[lines[j].start..lines[j].end]);
    let j = (i + 1..lines.len().min(i + 2 + BARE_GAP + PAGE_LINES)).filter(|&j| !is_blank(text, lines[j])).find(|&j| !furniture(j))?;
    if (i + 1..j).filter(|&k| !is_blank(text, lines[k])).count() > PAGE_LINES || (i + 1..j).filter(|&k| is_blank(text, lines[k])).count() > BARE_GAP + PAGE_LINES {
        return None;
    }
    let t = lines[j];
    let line = &text[t.start..t.end];
    if BARE_HEAD.is_match(line) || parse_head(text, t).is_some() || line.chars().next().and_then(digit_value).is_some() {
        return None;
    }
    let (main, letter, num_start) = head_number(text, l.start, &caps)?;
    let title_start = t.content_start(text);
    Some((Head { main, letter, num_start, title_start }, j))
}

/// False when `line` cannot match [`ITEM_HEAD`] or [`BARE_HEAD`]: past
/// the blanks and a bullet with its blanks, a head opens with a digit,
/// `Item`/`item` or a bracket. Most lines fail this at their first
/// character, before a regex runs.
fn may_be_head(line: &str) -> bool {
    let blank = |c: char| WS.contains(c);
    let rest = line.trim_start_matches(blank);
    let rest = match rest.strip_prefix(['-', '–', '•', '·']) {
        Some(after) if after.starts_with(blank) => after.trim_start_matches(blank),
        _ => rest,
    };
    rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '０'..='９' | '(' | '（')) || rest.starts_with("Item") || rest.starts_with("item")
}

/// The number (group 1) or sub-item letter (group 2) that `caps`, matched
/// on a line starting at byte `at`, give an item head, and where the head
/// starts: the letter's opening bracket belongs to the span.
fn head_number(text: &str, at: usize, caps: &Captures) -> Option<(Option<u32>, Option<char>, usize)> {
    let main = caps.get(1).and_then(|m| parse_decimal(m.as_str()));
    let letter = caps.get(2).and_then(|m| crate::numerals::to_halfwidth(m.as_str()).chars().next());
    let num_start = at + caps.get(1).or(caps.get(2))?.start();
    let num_start = if letter.is_some() { num_start - bracket_len(text, num_start) } else { num_start };
    Some((main, letter, num_start))
}

/// The length of the bracket before a sub-item letter at `at` (`(` or `（`).
pub(super) fn bracket_len(text: &str, at: usize) -> usize {
    crate::text::char_before(text, at).map_or(0, char::len_utf8)
}

/// An item number as annotations write it: `1`, `1(a)`.
pub(super) fn number(main: u32, letter: Option<char>) -> String {
    match letter {
        Some(l) => format!("{main}({l})"),
        None => main.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_open_with_a_year() {
        // (line, whether it is an item head)
        let cases: [(&str, bool); 9] = [
            ("(a) 2026-2027 年两年期方案预算；", true),
            ("(b) 2030 Agenda for Sustainable Development;", true),
            ("3.\t2026–2027 biennium budget", true),
            ("(a) 2025年度报告", true),
            // A date, a number or a slashed year is no title.
            ("1. 2025 年 6 月 17 日", false),
            ("(a) 2025年6月", false),
            ("1. 2025/26", false),
            ("1. 2.", false),
            ("2. 123 speakers", false),
        ];
        for (line, want) in cases {
            let got = parse_head(line, Line { start: 0, end: line.len() }).is_some();
            assert_eq!(got, want, "{line}");
        }
    }

    #[test]
    fn a_bare_number_finds_its_title_past_a_page_break() {
        // (text, the title line found for the number on the first line)
        let cases: [(&str, Option<&str>); 4] = [
            ("1.\n\n组织事项\n", Some("组织事项")),
            ("1.\n\nV.25-01234\t2/5\n\nCAC/COSP/WG.2/2025/1\n\n组织事项\n", Some("组织事项")),
            ("1.\nE/CN.7/2026/1\nElection of officers\n", Some("Election of officers")),
            // Furniture then another number: no title.
            ("1.\n\n2/5\n\n2.\n", None),
        ];
        for (text, want) in cases {
            let lines = super::super::line::lines_of(text);
            let got = split_head(text, &lines, 0).map(|(h, j)| &text[h.title_start..lines[j].end]);
            assert_eq!(got, want, "{text}");
        }
    }

    /// The cheap test lets every line through that a head regex matches.
    #[test]
    fn may_be_head_passes_every_head() {
        for line in ["1. Opening", "  12.\tTitle", "Item 3. Other", "item 3. x", "(a) Sub", "（ａ）会议开幕；", "１．组织事项：", "- 2. Bulleted", "•\u{3000}(b) x", "4.", "(c)"] {
            assert!(may_be_head(line), "{line}");
            assert!(ITEM_HEAD.is_match(line) || BARE_HEAD.is_match(line), "{line}");
        }
    }

    /// Lines no head regex can match fail it.
    #[test]
    fn may_be_head_refuses_prose() {
        for line in ["The Conference", "-1. glued bullet", "会议开幕", "In 2024. the", "", "   ", "• Bullet text", "A/CONF.1/2"] {
            assert!(!may_be_head(line), "{line}");
            assert!(!ITEM_HEAD.is_match(line) && !BARE_HEAD.is_match(line), "{line}");
        }
    }
}
