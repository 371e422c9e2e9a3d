//! The item cell of a row of the organization-of-work table: in a
//! tab-separated row, the first cell holding an item number (`1 (a)`,
//! `Item 3`, `3 (continued)`) or several (`8和9`, `Items 8 and 9`, `4–6`);
//! in PDF text without tabs, the number after the row's date and time
//! (`Monday, 22 May 10 a.m.–1 p.m. 1 Election of officers`).
//!
//! Left out: a row that lists a document (`E/CN.7/2023/1\t2\t…`), a number
//! after a date without a time, a range of more than [`MAX_RANGE`] items, a
//! bracket that is no continuation mark (`2 (draft)`).

use std::sync::LazyLock;

use regex_lite::Regex;

use super::head::bracket_len;
use super::line::Line;
use super::WS;
use crate::text::is_ws;

/// A continuation mark after an item number in a table cell: `3 (continued)`,
/// `4 (a) (cont'd)`, `2（续）`.
const CONTINUED: &str = r"(?:[(（](?:continued|cont'd|cont\.|suite|续)[)）])";

/// The word some tables print before the number: `Item 3`, `Items 4 and 5`.
const ITEM_WORD: &str = r"(?:[Ii]tems?[ \t]+)?";

/// A table cell holding one item number: `1(a)`, `3 (b)`, `2`, `(b)`,
/// `Item 3`, with an optional continuation mark (group 4): `3 (continued)`.
static NUMBER_CELL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^{ITEM_WORD}(?:([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?|[(（]([a-z])[)）])([{WS}]*{CONTINUED})?$"))
});

/// A table cell holding several item numbers: `8和9`, `4, 5`, `Items 8 and 9`, `4–6`.
static NUMBERS_CELL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^{ITEM_WORD}[0-9]{{1,3}}(?:[{WS}]*(?:和|、|,|，|及|与|and|&|-|–|to|至)[{WS}]*[0-9]{{1,3}})+$"))
});

/// A table cell holding sub-items of one item: `27 (a) and (b)`, `68 (a)–(c)`,
/// `Item 4 (a), (b) (continued)`.
static LETTERS_CELL: LazyLock<Regex> = LazyLock::new(|| {
    let sep = "(?:和|、|,|，|及|与|and|&|-|–|to|至)";
    crate::text::regex(&format!(r"^{ITEM_WORD}([0-9]{{1,3}})[{WS}]*[(（][a-z][)）](?:[{WS}]*{sep}[{WS}]*[(（][a-z][)）])+(?:[{WS}]*{CONTINUED})?$"))
});

/// The start of a PDF table row without tabs, after its time: `1 (a) 会议开幕`,
/// `(b) 通过议程`, `5`, `8 和 9 其他事项`, `3 (continued) General debate`
/// (the continuation mark is group 5).
pub(super) static ROW_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(
        r"^[{WS}]*(?:([0-9]{{1,3}}(?:[{WS}]*(?:和|、|,|及|and)[{WS}]*[0-9]{{1,3}})+)|([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?|[(（]([a-z])[)）])([{WS}]*{CONTINUED})?(?:[{WS}]+|$)"
    ))
});

/// A time or time range at the start of a PDF table row.
static TIME_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let zh_t = format!(r"(?:(?:上午|下午|中午|晚上|晚)[{WS}]*)?[0-9]{{1,3}}[{WS}]*时(?:[{WS}]*[0-9]{{1,3}}[{WS}]*分)?");
    let en_t = format!(r"(?:[0-9]{{1,3}}(?:[.:][0-9]{{2}})?[{WS}]*(?:a\.m\.|p\.m\.|noon)|[Nn]oon|[Mm]idday)");
    // `10:00-13:00`: a 24-hour range.
    let clock = r"[0-9]{1,2}[:：][0-9]{2}";
    crate::text::regex(&format!(
        r"^[{WS}]*(?:{zh_t}(?:[{WS}]*(?:至|-|–)[{WS}]*{zh_t})?|{en_t}(?:[{WS}]*(?:-|–|to)[{WS}]*{en_t})?|[0-9]{{1,3}}(?:[.:][0-9]{{2}})?[{WS}]*(?:-|–|to)[{WS}]*{en_t}|{clock}[{WS}]*(?:至|-|–|—|to)[{WS}]*{clock})"
    ))
});

/// A table date: `Monday, 22 May`, `22 May 2023`, `12月13日, 星期一`,
/// `2021年12月13日星期一`, `星期一，3月14日`.
fn date_pattern() -> String {
    let months = "January|February|March|April|May|June|July|August|September|October|November|December";
    let weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    format!(
        r"(?:(?:(?:{weekday}),?[{WS}]+)?[0-9]{{1,2}}[{WS}]+(?:{months})(?:[{WS}]+[0-9]{{4}})?|(?:星期[一二三四五六日][{WS}]*[,，]?[{WS}]*)?(?:[0-9]{{4}}[{WS}]*年[{WS}]*)?[0-9]{{1,2}}[{WS}]*月[{WS}]*[0-9]{{1,2}}[{WS}]*日(?:[{WS}]*[,，]?[{WS}]*[(（]?星期[一二三四五六日][)）]?)?)"
    )
}

/// A date at the start of a PDF table row, before its time.
static DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(&format!(r"^[{WS}]*{}[{WS}]+", date_pattern())));

/// A cell (or a line) holding a date and nothing else.
static DATE_CELL: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(&format!(r"^[{WS}]*{}[{WS}]*$", date_pattern())));

/// True when `s` is a date alone (`Monday, 14 March`, `3月14日，星期一`): a
/// row of a table that gives only its date.
pub(super) fn is_date(s: &str) -> bool {
    DATE_CELL.is_match(s)
}

/// True when `s` is an English weekday alone with its comma (`Tuesday,`):
/// the top of a table's date cell that a PDF line break parts from its
/// day (`Tuesday,` / `19 May`).
pub(super) fn is_parted_weekday(s: &str) -> bool {
    const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    s.trim_matches(is_ws).strip_suffix(',').is_some_and(|w| WEEKDAYS.contains(&w))
}

/// True when `s` is a time alone (`10 a.m.-1 p.m.`, `上午10时至下午1时`): a
/// row of a table that gives only its time.
pub(super) fn is_time(s: &str) -> bool {
    TIME_PREFIX.find(s).is_some_and(|m| s[m.end()..].trim_matches(is_ws).is_empty())
}

/// One row's item cell, as read from a table line.
pub(super) enum Cell {
    /// One number: main and letter, where it starts, where its title starts.
    One { main: Option<u32>, letter: Option<char>, start: usize, title: Option<usize> },
    /// Several numbers sharing the row (`8和9`).
    Many { numbers: Vec<u32>, title: Option<usize> },
}

/// Where the first non-space character of `from..to` is, when there is one.
fn first_non_ws(text: &str, from: usize, to: usize) -> Option<usize> {
    let s = &text[from..to];
    let t = s.trim_start_matches(is_ws);
    (!t.trim_end_matches(is_ws).is_empty()).then(|| from + (s.len() - t.len()))
}

/// Most items a range cell (`4–6`) stands for.
const MAX_RANGE: u32 = 10;

/// The item numbers of a cell, a range expanded: `8和9` → 8, 9; `4–6` → 4, 5, 6.
fn numbers_in(s: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let between = &rest[..start];
        rest = &rest[start..];
        let len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let Ok(n) = rest[..len].parse::<u32>() else { break };
        rest = &rest[len..];
        let ranged = ["-", "–", "to"].iter().any(|w| between.contains(w));
        match out.last().copied() {
            Some(from) if ranged && n > from && n - from <= MAX_RANGE => out.extend(from + 1..=n),
            _ => out.push(n),
        }
    }
    out
}

/// A cell holding a document symbol: the row lists a document (`E/CN.7/2023/1→2→Provisional agenda`), not a meeting.
fn is_document_cell(cell: &str) -> bool {
    let c = cell.trim_matches(is_ws);
    c.starts_with(|ch: char| ch.is_ascii_uppercase()) && c.contains('/') && !c.contains(' ')
}

/// The item numbers an item cell holds.
pub(super) enum Numbers {
    /// `1 (a)`, `(b)`, `Item 3`; `continued` for `3 (continued)`.
    One { main: Option<u32>, letter: Option<char>, continued: bool },
    /// `8和9`, `Items 8 and 9`, `4–6` (a range expanded).
    Many(Vec<u32>),
    /// `27 (a) and (b)`, `68 (a)–(c)` (a range expanded).
    Letters { main: u32, letters: Vec<char> },
}

/// The sub-item letters of a cell, a range expanded: `(a) and (b)` → a, b; `(a)–(c)` → a, b, c.
fn letters_in(s: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    let mut between = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let closed = chars.peek().is_some_and(|n| matches!(n, ')' | '）'));
        if c.is_ascii_lowercase() && closed && between.ends_with(['(', '（']) {
            let ranged = ["-", "–", "to", "至"].iter().any(|w| between.contains(w));
            match out.last().copied() {
                Some(from) if ranged && c > from => out.extend((from as u8 + 1..=c as u8).map(char::from)),
                _ => out.push(c),
            }
            between.clear();
        } else {
            between.push(c);
        }
    }
    out
}

/// The item numbers of cell `c` (trimmed), when it holds only those.
pub(super) fn read_numbers(c: &str) -> Option<Numbers> {
    if let Some(caps) = NUMBER_CELL.captures(c) {
        let main = caps.get(1).and_then(|m| m.as_str().parse().ok());
        let letter = caps.get(2).or(caps.get(3)).and_then(|m| m.as_str().chars().next());
        return Some(Numbers::One { main, letter, continued: caps.get(4).is_some() });
    }
    if let Some(caps) = LETTERS_CELL.captures(c) {
        let main = caps.get(1)?.as_str().parse().ok()?;
        let at = caps.get(1)?.end();
        return Some(Numbers::Letters { main, letters: letters_in(&c[at..]) });
    }
    NUMBERS_CELL.is_match(c).then(|| Numbers::Many(numbers_in(c)))
}

/// The item cell of a tab-separated row.
pub(super) fn tab_cell(text: &str, l: Line) -> Option<Cell> {
    if text[l.start..l.end].split('\t').find(|c| !c.trim_matches(is_ws).is_empty()).is_some_and(is_document_cell) {
        return None;
    }
    let mut pos = l.start;
    for cell in text[l.start..l.end].split('\t') {
        let start = pos;
        pos += cell.len() + 1;
        let c = cell.trim_matches(is_ws);
        if c.is_empty() {
            continue;
        }
        let cstart = start + (cell.len() - cell.trim_start_matches(is_ws).len());
        let title = first_non_ws(text, pos.min(l.end), l.end);
        match read_numbers(c) {
            Some(Numbers::One { main, letter, continued }) => {
                // A continuation mark sits between number and title, and stays out of the span.
                let start = if continued { title.unwrap_or(cstart) } else { cstart };
                return Some(Cell::One { main, letter, start, title });
            }
            Some(Numbers::Many(numbers)) => return Some(Cell::Many { numbers, title }),
            // Sub-items sharing a cell are read only by their columns (`columns`).
            Some(Numbers::Letters { .. }) | None => {}
        }
    }
    None
}

/// The item cell of a PDF row (no tabs), after the row's time.
pub(super) fn pdf_cell(text: &str, l: Line) -> Option<Cell> {
    let line = &text[l.start..l.end];
    // `6 月 16 日，星期一`, `13 December 2021`: a date alone heads a day, not an item.
    if is_date(line) {
        return None;
    }
    let dated = DATE_PREFIX.find(line).map_or(0, |m| m.end());
    // After a date, only a time leads to the item cell (`Monday, 22 May 10 a.m.–1 p.m. 1 Election`).
    let timed = TIME_PREFIX.find(&line[dated..]).map(|m| dated + m.end());
    let skip = match timed {
        Some(end) => end,
        None if dated > 0 => return None,
        None => 0,
    };
    let rest = &line[skip..];
    let caps = ROW_HEAD.captures(rest)?;
    let whole = caps.get(0)?;
    let title = first_non_ws(text, l.start + skip + whole.end(), l.end);
    if let Some(m) = caps.get(1) {
        return Some(Cell::Many { numbers: numbers_in(m.as_str()), title });
    }
    let main = caps.get(2).and_then(|m| m.as_str().parse().ok());
    let letter = caps.get(3).or(caps.get(4)).and_then(|m| m.as_str().chars().next());
    let first = caps.get(2).or(caps.get(4))?;
    let start = l.start + skip + first.start() - if main.is_none() { bracket_len(text, l.start + skip + first.start()) } else { 0 };
    let start = if caps.get(5).is_some() { title.unwrap_or(start) } else { start };
    Some(Cell::One { main, letter, start, title })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_alone() {
        for s in ["Monday, 14 March", "14 March 2022", "3月14日，星期一", "2022年3月14日（星期一）", "星期一，3月14日"] {
            assert!(is_date(s) && !is_time(s), "{s}");
        }
        for s in ["10 a.m.-1 p.m.", "上午10时至下午1时", "Noon-1 p.m.", "15:00–18:00"] {
            assert!(is_time(s) && !is_date(s), "{s}");
        }
        for s in ["Monday, 14 March: opening", "The Committee met.", "3 minutes", "1st"] {
            assert!(!is_date(s) && !is_time(s), "{s}");
        }
        for (s, parted) in [("Tuesday,", true), ("  Friday,\r", true), ("Tuesday", false), ("Tuesday, 19 May", false), ("Tuesdays,", false)] {
            assert_eq!(is_parted_weekday(s), parted, "{s}");
        }
    }

    #[test]
    fn cells_of_sub_items() {
        let cases: [(&str, &[char]); 5] = [
            ("27 (a) and (b)", &['a', 'b']),
            ("68 (a)–(c)", &['a', 'b', 'c']),
            ("Item 4 (a), (b) (continued)", &['a', 'b']),
            ("71（a）和（c）", &['a', 'c']),
            ("5 (c)-(a)", &['c', 'a']),
        ];
        for (cell, want) in cases {
            let Some(Numbers::Letters { letters, .. }) = read_numbers(cell) else { panic!("{cell}: no sub-items") };
            assert_eq!(letters, want, "{cell}");
        }
        assert!(matches!(read_numbers("27 (a)"), Some(Numbers::One { letter: Some('a'), .. })));
        assert!(read_numbers("27 (a) and 28").is_none());
    }

    #[test]
    fn pdf_rows_and_date_lines() {
        // (line, item number read, or none)
        let cases: [(&str, Option<u32>); 7] = [
            ("6 月 16 日，星期一", None),
            ("13 December 2021", None),
            ("Monday, 13 December 2021", None),
            ("上午 10 时–下午 1 时 1(a) 会议开幕", Some(1)),
            ("10 a.m.–1 p.m. 2 Election of officers", Some(2)),
            ("3 Technical assistance", Some(3)),
            ("13 December 2021 10 a.m.–1 p.m. 4 Other matters", Some(4)),
        ];
        for (line, want) in cases {
            let l = Line { start: 0, end: line.len() };
            let got = match pdf_cell(line, l) {
                Some(Cell::One { main, .. }) => main,
                _ => None,
            };
            assert_eq!(got, want, "{line}");
        }
    }

    #[test]
    fn numbers_of_a_cell() {
        let cases: [(&str, &[u32]); 6] = [("8和9", &[8, 9]), ("4, 5 and 6", &[4, 5, 6]), ("4–6", &[4, 5, 6]), ("2 to 4", &[2, 3, 4]), ("6–4", &[6, 4]), ("1–40", &[1, 40])];
        for (cell, want) in cases {
            assert_eq!(numbers_in(cell), want, "{cell}");
        }
    }
}
