//! Agenda items: the provisional agenda list, the headings of the
//! annotations that repeat its items, the rows of the organization-of-work
//! table, and the cover line of a document issued under one item.
//!
//! ```text
//! 临时议程                         Provisional agenda
//! 1. 组织事项：                    1. Organizational matters:
//!  (a) 缔约国会议第九届会议开幕；    (a) Opening of the session;
//! ```
//! gives `1. 组织事项` → `{"number": "1", "title": "组织事项"}` and
//! `(a) 缔约国会议第九届会议开幕` → `{"number": "1(a)", …}`, and the agenda
//! tree. The list is recognised only after a heading (`临时议程`,
//! `Provisional agenda`, or a sentence ending `adopted the following
//! agenda:`), numbered from 1 without gaps, sub-items lettered from (a).
//!
//! Later, a line of its own `N. title` or `(x) title` is an item only when
//! the title is the one the list gives to that number (a wrapped title is
//! followed across line breaks; `（续）`, `(continued)` and footnote markers
//! are left out). Rows of the table after `拟议工作安排` / `Organization of
//! work` (tab-separated, or one cell per line in PDF text) are items when
//! their number is on the agenda; a cell holding two numbers (`8和9`) gives
//! one span per title. A cover line `临时议程*项目6` / `Item 6 of the
//! provisional agenda` makes the title line under it item 6.
//!
//! Deliberately not items: numbered paragraphs of reports and notes
//! (`14. 秘书处的一位代表…`), section headings with Chinese or Roman numerals or
//! capital letters (`一. 导言`, `A. 会议开幕`), and enumerations inside a
//! sentence (`(a)协助缔约国会议…`).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex_lite::Regex;

use crate::model::{AgendaItemValue, AgendaNode, Annotation, Value};
use crate::span::Span;
use crate::text::{is_cjk, is_space, is_ws, Document};

/// Heading vocabulary, one `kind<TAB>phrase` a line.
static HEADINGS: LazyLock<Vocabulary> = LazyLock::new(|| Vocabulary::parse(include_str!("../data/agenda_headings.tsv")));

/// The phrases of `data/agenda_headings.tsv`, by kind, lowercased.
struct Vocabulary {
    list: Vec<String>,
    lead: Vec<String>,
    schedule: Vec<String>,
    section: Vec<String>,
}

impl Vocabulary {
    fn parse(data: &str) -> Vocabulary {
        let mut v = Vocabulary { list: Vec::new(), lead: Vec::new(), schedule: Vec::new(), section: Vec::new() };
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let Some((kind, phrase)) = line.split_once('\t') else { continue };
            let phrase = phrase.trim().to_lowercase();
            match kind {
                "list" => v.list.push(phrase),
                "lead" => v.lead.push(phrase),
                "schedule" => v.schedule.push(phrase),
                "section" => v.section.push(phrase),
                _ => {}
            }
        }
        v
    }
}

const WS: &str = " \t\u{3000}\u{a0}";

/// `1. title`, `(a) title`, `Item 1. title`, with an optional list bullet before.
static ITEM_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[{WS}]*(?:[-–•·][{WS}]+)?(?:(?:[Ii]tem[{WS}]+)?([0-9]{{1,3}})[.．][{WS}]*|[(（]([a-z])[)）][{WS}]*)")).expect("valid regex")
});

/// An item number alone on its line, its title on a line below (PDF text
/// that puts the number column and the title column on lines of their own).
static BARE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[{WS}]*(?:[-–•·][{WS}]+)?(?:([0-9]{{1,3}})[.．]|[(（]([a-z])[)）])[{WS}]*$")).expect("valid regex")
});

/// Most blank lines between a bare item number and its title.
const BARE_GAP: usize = 3;

/// A page break's running header or footer in PDF text: the symbol, the
/// page number and the job number alone on a line (`E/CN.7/2023/1`,
/// `2/15 V.22-28571`), which a list goes on across.
static PAGE_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[{WS}]*(?:(?:[0-9]{{1,3}}/[0-9]{{1,3}}|[A-Z]\.[0-9]{{2}}-[0-9]{{5}}(?:[{WS}]*\([A-Z]\))?|[A-Z]{{1,8}}(?:/[A-Za-z0-9.\-]+){{2,}})[{WS}]*)+$")).expect("valid regex")
});

/// A sub-sub-item in Roman numerals or bracketed Chinese numerals, perhaps
/// after a list bullet: `(ii)`, `(iv)`, `㈠`, `（二）`, `- ㈢`.
static ROMAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[{WS}]*(?:[-–•·][{WS}]+)?(?:[(（](?:i{{1,3}}|iv|vi{{0,3}}|ix|xi{{0,3}}|[一二三四五六七八九十]{{1,3}})[)）]|[㈠-㈩])")).expect("valid regex")
});

/// A continuation mark after an item number in a table cell: `3 (continued)`,
/// `4 (a) (cont'd)`, `2（续）`.
const CONTINUED: &str = r"(?:[(（](?:continued|cont'd|cont\.|suite|续)[)）])";

/// The word some tables print before the number: `Item 3`, `Items 4 and 5`.
const ITEM_WORD: &str = r"(?:[Ii]tems?[ \t]+)?";

/// A table cell holding one item number: `1(a)`, `3 (b)`, `2`, `(b)`,
/// `Item 3`, with an optional continuation mark (group 4): `3 (continued)`.
static NUMBER_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^{ITEM_WORD}(?:([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?|[(（]([a-z])[)）])([{WS}]*{CONTINUED})?$")).expect("valid regex")
});

/// A table cell holding several item numbers: `8和9`, `4, 5`, `Items 8 and 9`, `4–6`.
static NUMBERS_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^{ITEM_WORD}[0-9]{{1,3}}(?:[{WS}]*(?:和|、|,|，|及|与|and|&|-|–|to|至)[{WS}]*[0-9]{{1,3}})+$")).expect("valid regex")
});

/// The start of a PDF table row without tabs, after its time: `1 (a) 会议开幕`,
/// `(b) 通过议程`, `5`, `8 和 9 其他事项`, `3 (continued) General debate`
/// (the continuation mark is group 5).
static ROW_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[{WS}]*(?:([0-9]{{1,3}}(?:[{WS}]*(?:和|、|,|及|and)[{WS}]*[0-9]{{1,3}})+)|([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?|[(（]([a-z])[)）])([{WS}]*{CONTINUED})?(?:[{WS}]+|$)"
    ))
    .expect("valid regex")
});

/// A time or time range at the start of a PDF table row.
static TIME_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let zh_t = format!(r"(?:(?:上午|下午|中午|晚上|晚)[{WS}]*)?[0-9]{{1,3}}[{WS}]*时(?:[{WS}]*[0-9]{{1,3}}[{WS}]*分)?");
    let en_t = format!(r"(?:[0-9]{{1,3}}(?:[.:][0-9]{{2}})?[{WS}]*(?:a\.m\.|p\.m\.|noon)|noon|midday)");
    // `10:00-13:00`: a 24-hour range.
    let clock = r"[0-9]{1,2}[:：][0-9]{2}";
    Regex::new(&format!(
        r"^[{WS}]*(?:{zh_t}(?:[{WS}]*(?:至|-|–)[{WS}]*{zh_t})?|{en_t}(?:[{WS}]*(?:-|–|to)[{WS}]*{en_t})?|[0-9]{{1,3}}(?:[.:][0-9]{{2}})?[{WS}]*(?:-|–|to)[{WS}]*{en_t}|{clock}[{WS}]*(?:至|-|–|—|to)[{WS}]*{clock})"
    ))
    .expect("valid regex")
});

/// A date at the start of a PDF table row, before its time: `Monday, 22 May`,
/// `22 May 2023`, `12月13日, 星期一`, `2021年12月13日星期一`.
static DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    let months = "January|February|March|April|May|June|July|August|September|October|November|December";
    let weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    Regex::new(&format!(
        r"^[{WS}]*(?:(?:(?:{weekday}),?[{WS}]+)?[0-9]{{1,2}}[{WS}]+(?:{months})(?:[{WS}]+[0-9]{{4}})?|(?:[0-9]{{4}}[{WS}]*年[{WS}]*)?[0-9]{{1,2}}[{WS}]*月[{WS}]*[0-9]{{1,2}}[{WS}]*日(?:[{WS}]*[,，]?[{WS}]*星期[一二三四五六日])?)[{WS}]+"
    ))
    .expect("valid regex")
});

/// `临时议程*项目6`, `Item 6 of the provisional agenda*`, `Agenda item 3`,
/// `Item 20 of the preliminary list` on a line of its own.
static COVER: LazyLock<Regex> = LazyLock::new(|| {
    // Each alternative captures the number and a sub-item letter: `Item 5 (b) of the provisional agenda`.
    let num = format!(r"([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?");
    Regex::new(&format!(
        r"(?i)^[{WS}]*(?:(?:临时)?议程[{WS}]*\*?[{WS}]*(?:分)?项目[{WS}]*{num}|(?:sub-?)?item[{WS}]+{num}[{WS}]+of[{WS}]+the[{WS}]+(?:revised[{WS}]+)?(?:(?:provisional[{WS}]+)?agenda|preliminary[{WS}]+list)|(?:provisional[{WS}]+)?agenda[{WS}]+(?:sub-?)?item[{WS}]+{num})[{WS}]*\**[{WS}]*$"
    ))
    .expect("valid regex")
});

/// A line of the text: `start..end` without the line break (and `\r`).
#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    end: usize,
}

fn lines_of(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        out.push(Line { start, end: start + content.len() });
        start += piece.len();
    }
    out
}

fn is_blank(text: &str, l: Line) -> bool {
    text[l.start..l.end].chars().all(is_ws)
}

/// A section number before a heading: `I. `, `II.\t`, `A. `, `一、`, `二. `.
static SECTION_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:[IVX]{{1,5}}|[A-Z]|[一二三四五六七八九十]{{1,3}})[.．、][{WS}]*")).expect("valid regex"));

/// The line, trimmed, without a section number (`I. Provisional agenda`), a
/// trailing `*`, `:` or `：`, lowercased: the key compared with the heading
/// vocabulary.
fn heading_key(s: &str) -> String {
    let s = s.trim_matches(|c| is_ws(c) || c == '*');
    unnumbered_key(SECTION_NUMBER.find(s).map_or(s, |m| &s[m.end()..]))
}

/// The key of a heading read without a section number: a report's `C.
/// Organization of work` section is not the annex table.
fn unnumbered_key(s: &str) -> String {
    s.trim_matches(|c| is_ws(c) || c == '*').trim_end_matches([':', '：', '*']).trim().to_lowercase()
}

/// Longest line, in bytes, that is read as a heading (keeps long
/// paragraphs from being lowercased for nothing).
const HEADING_BYTES: usize = 300;

fn is_heading(s: &str, phrases: &[String]) -> bool {
    if s.len() > HEADING_BYTES {
        return false;
    }
    let key = heading_key(s);
    !key.is_empty() && phrases.contains(&key)
}

/// A heading that opens the list: `临时议程`, `Provisional agenda`, or a short
/// line naming it (`Provisional agenda for the 9520th meeting of the
/// Security Council`, `安全理事会第9520次会议临时议程`).
fn is_list_heading(s: &str) -> bool {
    if is_heading(s, &HEADINGS.list) {
        return true;
    }
    let key = heading_key(s);
    key.chars().count() <= 80
        && !key.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '（')
        && !key.contains(['。', '，', ','])
        && (key.starts_with("provisional agenda for") || key.starts_with("draft provisional agenda for") || key.ends_with("临时议程") || key.ends_with("临时议程草案"))
}

/// A sentence that ends by announcing the agenda: `…通过了以下议程：`.
fn is_lead(s: &str) -> bool {
    let t = s.trim_end_matches(is_ws);
    if !(t.ends_with(':') || t.ends_with('：')) {
        return false;
    }
    let key = heading_key(t);
    HEADINGS.lead.iter().any(|p| key.ends_with(p.as_str()))
}

/// The number part of an item line.
#[derive(Clone, Copy, Debug)]
struct Head {
    main: Option<u32>,
    letter: Option<char>,
    num_start: usize,
    title_start: usize,
}

fn parse_head(text: &str, l: Line) -> Option<Head> {
    let line = &text[l.start..l.end];
    let caps = ITEM_HEAD.captures(line)?;
    let whole = caps.get(0)?;
    let main = caps.get(1).and_then(|m| m.as_str().parse().ok());
    let letter = caps.get(2).and_then(|m| m.as_str().chars().next());
    let num_start = l.start + caps.get(1).or(caps.get(2)).map_or(whole.start(), |m| m.start());
    // The letter's opening bracket belongs to the span, and so does `Item` before a number.
    let num_start = if letter.is_some() { num_start - bracket_len(text, num_start) } else { num_start };
    let head = text[l.start..num_start].trim_end_matches(is_ws);
    let num_start = if head.ends_with("Item") || head.ends_with("item") { l.start + head.len() - "Item".len() } else { num_start };
    let title_start = l.start + whole.end();
    let first = text[title_start..l.end].chars().next()?;
    if first.is_ascii_digit() || is_ws(first) {
        return None;
    }
    Some(Head { main, letter, num_start, title_start })
}

/// The item head at line `i`, and the index of the line its title is on:
/// the same line (`1. Election of officers`), or the next non-blank line
/// when the number stands alone (`1.` / `Election of officers`).
fn split_head(text: &str, lines: &[Line], i: usize) -> Option<(Head, usize)> {
    let l = *lines.get(i)?;
    if let Some(h) = parse_head(text, l) {
        return Some((h, i));
    }
    let caps = BARE_HEAD.captures(&text[l.start..l.end])?;
    let j = (i + 1..lines.len().min(i + 2 + BARE_GAP)).find(|&j| !is_blank(text, lines[j]))?;
    let t = lines[j];
    let line = &text[t.start..t.end];
    if BARE_HEAD.is_match(line) || parse_head(text, t).is_some() || line.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let main = caps.get(1).and_then(|m| m.as_str().parse().ok());
    let letter = caps.get(2).and_then(|m| m.as_str().chars().next());
    let num_start = l.start + caps.get(1).or(caps.get(2))?.start();
    // The letter's opening bracket belongs to the span.
    let num_start = if letter.is_some() { num_start - bracket_len(text, num_start) } else { num_start };
    let title_start = t.start + (line.len() - line.trim_start_matches(is_ws).len());
    Some((Head { main, letter, num_start, title_start }, j))
}

fn bracket_len(text: &str, at: usize) -> usize {
    crate::text::char_before(text, at).map_or(0, char::len_utf8)
}

/// The end of a title once trailing spaces, punctuation, continuation marks
/// (`（续）`, `(continued)`) and footnote markers (`^a`, `:a`, ` b`, `*`) are
/// taken off.
fn clean_end(text: &str, start: usize, end: usize) -> usize {
    let mut end = end;
    loop {
        let t = text[start..end].trim_end_matches(is_ws);
        let mut e = start + t.len();
        for suffix in ["(续)", "（续）", "（继续讨论）", "(继续讨论)", "(continued)", "(Continued)", "(cont'd)", "(cont.)", "; and", "；以及"] {
            if text[start..e].ends_with(suffix) {
                e -= suffix.len();
            }
        }
        let t = &text[start..e];
        let mut chars = t.chars().rev();
        match (chars.next(), chars.next()) {
            (Some(c @ ('；' | ';' | '。' | '.' | '：' | ':' | '，' | ',' | '*')), _) => e -= c.len_utf8(),
            (Some(c), Some(b @ ('^' | ':' | '：'))) if c.is_ascii_lowercase() => e -= 1 + b.len_utf8(),
            (Some(c), Some(')' | '）')) if c.is_ascii_lowercase() => e -= 1,
            (Some(c), Some(b)) if c.is_ascii_lowercase() && is_space(b) && t.chars().count() > 3 => e -= 1,
            _ => {}
        }
        if e == end {
            return end;
        }
        end = e;
    }
}

/// The key a title is compared by: letters, digits and ideographs only,
/// ASCII lowercased — spacing, punctuation and quote styles (`《》`, `“”`,
/// full-width brackets) do not make two titles differ.
fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// The title as one line: line breaks removed, a space kept between words
/// of alphabetic scripts.
fn join_title(s: &str) -> String {
    let mut out = String::new();
    for piece in s.split('\n').map(|p| p.trim_matches(is_ws)).filter(|p| !p.is_empty()) {
        let wide = |c: char| is_cjk(c) || c >= '\u{2E80}';
        if let (Some(a), Some(b)) = (out.chars().last(), piece.chars().next()) {
            if !wide(a) && !wide(b) {
                out.push(' ');
            }
        }
        out.push_str(piece);
    }
    out
}

fn title_value(text: &str, start: usize, end: usize) -> String {
    let raw = join_title(&text[start..end]);
    // A stray sub-item letter before the title (`7\t(b)关于…`) is not part of it.
    match ITEM_HEAD.captures(&raw).and_then(|c| c.get(2).and(c.get(0))) {
        Some(m) if m.end() < raw.len() => raw[m.end()..].to_owned(),
        _ => raw,
    }
}

/// An item found in the list.
#[derive(Clone, Debug)]
struct ListItem {
    main: u32,
    letter: Option<char>,
    span: Span,
    title_start: usize,
    title: String,
}

impl ListItem {
    fn number(&self) -> String {
        number(self.main, self.letter)
    }
}

fn number(main: u32, letter: Option<char>) -> String {
    match letter {
        Some(l) => format!("{main}({l})"),
        None => main.to_string(),
    }
}

/// Whether a wrapped title may go on after a line of `chars` characters.
fn may_wrap(text: &str, head_line: Line, from: usize) -> bool {
    let s = &text[from..head_line.end];
    let t = s.trim_end_matches(is_ws);
    if t.ends_with(['；', ';', '。', '.', '：', ':']) {
        return false;
    }
    let n = t.chars().count();
    let cjk = t.chars().filter(|c| is_cjk(*c)).count();
    if cjk * 2 >= n {
        n >= 18
    } else {
        n >= 45
    }
}

/// Text that reads as sentences rather than a title: a full stop inside
/// it, or longer than any agenda title.
fn is_sentence(title: &str) -> bool {
    let t = title.trim_end();
    if t.contains('。') || t.contains(". ") || t.chars().count() > 400 {
        return true;
    }
    let lower = t.to_lowercase();
    let has_word = |w: &str| lower.split(|c: char| !c.is_alphabetic()).any(|x| x == w);
    SENTENCE_WORDS.iter().any(|w| if w.is_ascii() { has_word(w) } else { lower.contains(w) })
        || lower.match_indices('了').any(|(i, _)| !lower[i..].starts_with("了解"))
}

/// Words of reported speech and finite verbs that agenda titles do not use
/// but the numbered paragraphs of reports do.
const SENTENCE_WORDS: [&str; 30] = [
    "was", "were", "is", "are", "will", "has", "have", "had", "noted", "considered", "decided", "said", "stated", "expressed",
    "welcomed", "took", "recalled", "emphasized", "stressed", "informed", "agreed", "requested", "highlighted", "指出", "表示", "认为",
    "强调", "将于", "欢迎", "介绍",
];

/// Parses the agenda list that starts at line `from`; returns its items and
/// the index of the first line after it.
fn parse_list(text: &str, lines: &[Line], from: usize) -> (Vec<ListItem>, usize) {
    let mut items: Vec<ListItem> = Vec::new();
    let mut next_main = 1;
    let mut next_letter = 'a';
    let mut open = false;
    let mut i = from;
    let mut last_line_from = 0;
    while let Some(&l) = lines.get(i) {
        if is_blank(text, l) || PAGE_FURNITURE.is_match(&text[l.start..l.end]) {
            i += 1;
            continue;
        }
        if let Some((h, j)) = split_head(text, lines, i) {
            let l = lines[j];
            let (main, letter) = match (h.main, h.letter) {
                (Some(n), _) if n == next_main => (n, None),
                (None, Some(c)) if next_main > 1 && c == next_letter => (next_main - 1, Some(c)),
                // `(i)`, `(v)`, `(x)` under a sub-item are its own points, not items.
                (None, Some('i' | 'v' | 'x')) if next_letter > 'a' => {
                    open = false;
                    i = j + 1;
                    continue;
                }
                _ => break,
            };
            let end = clean_end(text, h.title_start, l.end);
            let title = &text[h.title_start..end];
            if end <= h.title_start || is_sentence(title) {
                break;
            }
            let title = title_value(text, h.title_start, end);
            items.push(ListItem { main, letter, span: Span::new(h.num_start, end), title_start: h.title_start, title });
            if letter.is_some() {
                next_letter = char::from_u32(next_letter as u32 + 1).unwrap_or('z');
            } else {
                next_main += 1;
                next_letter = 'a';
            }
            open = may_wrap(text, l, h.title_start);
            last_line_from = h.title_start;
            i = j + 1;
            continue;
        }
        let line = &text[l.start..l.end];
        // Sub-sub-items `(ii)`, `(iii)`, `(iv)` stay inside the list, unannotated.
        if !items.is_empty() && ROMAN.is_match(line) {
            open = false;
            i += 1;
            continue;
        }
        // Before the first item, a line or two may say when the meeting is held.
        if items.is_empty() && i < from + 4 && line.chars().count() <= 120 {
            i += 1;
            continue;
        }
        let is_section = is_heading(line, &HEADINGS.section) || is_heading(line, &HEADINGS.schedule);
        match items.last_mut() {
            Some(item) if open && !is_section && last_line_from > 0 => {
                let start = l.start + (line.len() - line.trim_start_matches(is_ws).len());
                let end = clean_end(text, start, l.end);
                if end > start {
                    item.span = Span::new(item.span.start, end);
                    item.title = title_value(text, item.title_start, end);
                }
                open = may_wrap(text, l, start);
                last_line_from = start;
                i += 1;
            }
            _ => break,
        }
    }
    if items.iter().filter(|it| it.letter.is_none()).count() < 2 {
        return (Vec::new(), from);
    }
    (items, i)
}

/// Follows a title from `start` on line `li` across line breaks while it
/// stays a prefix of `known` (normalised). Returns the end of the title and
/// whether it equals `known`; `None` when the first line already differs.
fn follow_title(text: &str, lines: &[Line], li: usize, start: usize, known: &str, wrap: bool) -> Option<(usize, usize, bool)> {
    let mut acc = String::new();
    let mut idx = li;
    let mut seg = start;
    let mut best = None;
    loop {
        let l = lines[idx];
        let end = clean_end(text, seg, l.end);
        if end <= seg {
            break;
        }
        acc.push_str(&norm(&text[seg..end]));
        if acc == known {
            return Some((end, idx, true));
        }
        if acc.is_empty() || !known.starts_with(&acc) {
            break;
        }
        best = Some((end, idx, false));
        if !wrap {
            break;
        }
        let mut j = idx + 1;
        while lines.get(j).is_some_and(|l| is_blank(text, *l)) && j - idx <= 3 {
            j += 1;
        }
        let Some(&next) = lines.get(j) else { break };
        if is_blank(text, next) || parse_head(text, next).is_some() || ROW_HEAD.is_match(&text[next.start..next.end]) {
            break;
        }
        let line = &text[next.start..next.end];
        seg = next.start + (line.len() - line.trim_start_matches(is_ws).len());
        idx = j;
    }
    best
}

/// What the list says about each number: `"1(a)"` → normalised title.
type Known = HashMap<String, String>;

/// The organization-of-work table: from the line after its heading to the
/// next annex heading (`Annex II`, a list of documents) or the end of the text.
pub fn schedule_span(text: &str) -> Option<Span> {
    let lines = lines_of(text);
    let at = schedule_line(text, &lines)?;
    let start = lines.get(at + 1)?.start;
    let end = lines.get(schedule_end(text, &lines, at + 1)).map_or(text.len(), |l| l.start);
    Some(Span::new(start, end))
}

/// A heading that opens another annex: `Annex II`, `附件二`.
static ANNEX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^[{WS}]*(?:[Aa]nnex|ANNEX|附件)[{WS}]*(?:[IVX]{{1,5}}|[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})?[{WS}]*\**[{WS}]*$")).expect("valid regex")
});

/// The index of the first line from `from` on that ends the table.
fn schedule_end(text: &str, lines: &[Line], from: usize) -> usize {
    (from..lines.len()).find(|&i| ANNEX_HEADING.is_match(&text[lines[i].start..lines[i].end])).unwrap_or(lines.len())
}

fn schedule_line(text: &str, lines: &[Line]) -> Option<usize> {
    lines.iter().rposition(|l| {
        let line = &text[l.start..l.end];
        line.len() <= HEADING_BYTES && HEADINGS.schedule.contains(&unnumbered_key(line))
    })
}

fn item_annotation(span: Span, number: String, title: String) -> Annotation {
    Annotation::new(span, Value::AgendaItem(AgendaItemValue { number, title }))
}

/// Finds agenda items and the agenda tree. Linear in the length of the text.
pub fn find_agenda(doc: &Document) -> (Vec<Annotation>, Vec<AgendaNode>) {
    let text = doc.text;
    let lines = lines_of(text);
    let schedule = schedule_line(text, &lines);
    let mut items = Vec::new();
    let mut list_end = 0;
    for (i, l) in lines.iter().enumerate() {
        let line = &text[l.start..l.end];
        if schedule.is_some_and(|s| i >= s) {
            break;
        }
        if is_list_heading(line) || is_lead(line) {
            let (found, end) = parse_list(text, &lines, i + 1);
            if !found.is_empty() {
                items = found;
                list_end = end;
                break;
            }
        }
    }
    let known: Known = items.iter().map(|it| (it.number(), norm(&it.title))).collect();
    let mut out: Vec<Annotation> = items.iter().map(|it| item_annotation(it.span, it.number(), it.title.clone())).collect();
    out.extend(cover_items(text, &lines));
    if !known.is_empty() {
        out.extend(headings(text, &lines, list_end, schedule.unwrap_or(lines.len()), &known));
    }
    if let Some(s) = schedule {
        out.extend(table_rows(text, &lines[..schedule_end(text, &lines, s + 1)], s + 1, &known));
    }
    (out, tree(&items))
}

/// `临时议程*项目6` and the title line below it.
fn cover_items(text: &str, lines: &[Line]) -> Vec<Annotation> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate().take(80) {
        let Some(caps) = COVER.captures(&text[l.start..l.end]) else { continue };
        let Some(n) = caps.get(1).or(caps.get(3)).or(caps.get(5)).and_then(|m| m.as_str().parse::<u32>().ok()) else { continue };
        let letter = caps.get(2).or(caps.get(4)).or(caps.get(6)).and_then(|m| m.as_str().chars().next()).map(|c| c.to_ascii_lowercase());
        let Some(j) = (i + 1..lines.len().min(i + 6)).find(|&j| !is_blank(text, lines[j])) else { continue };
        let t = lines[j];
        let line = &text[t.start..t.end];
        let start = t.start + (line.len() - line.trim_start_matches(is_ws).len());
        let mut end = clean_end(text, start, t.end);
        // A wrapped title goes on in the lines directly below, up to a blank line.
        let mut k = j + 1;
        while let Some(&next) = lines.get(k).filter(|_| k <= j + 2) {
            let s = &text[next.start..next.end];
            if is_blank(text, next) || s.contains('。') || is_heading(s, &HEADINGS.section) {
                break;
            }
            end = clean_end(text, next.start, next.end).max(end);
            k += 1;
        }
        if end > start && !text[start..end].contains('。') {
            out.push(item_annotation(Span::new(start, end), number(n, letter), title_value(text, start, end)));
        }
    }
    out
}

/// Headings of the annotations that repeat an item of the list.
fn headings(text: &str, lines: &[Line], from: usize, to: usize, known: &Known) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut context: Option<u32> = None;
    let mut i = from;
    while i < to.min(lines.len()) {
        let Some((h, j)) = split_head(text, lines, i) else {
            i += 1;
            continue;
        };
        i = j + 1;
        let candidates: Vec<String> = match (h.main, h.letter) {
            (Some(n), _) => vec![n.to_string()],
            (None, Some(c)) => {
                let mut v: Vec<String> = context.map(|m| number(m, Some(c))).into_iter().collect();
                let mut others: Vec<String> = known.keys().filter(|k| k.ends_with(&format!("({c})"))).cloned().collect();
                others.sort();
                v.extend(others);
                v
            }
            _ => Vec::new(),
        };
        for num in candidates {
            let Some(k) = known.get(&num) else { continue };
            if let Some((end, last, true)) = follow_title(text, lines, i - 1, h.title_start, k, true) {
                out.push(item_annotation(Span::new(h.num_start, end), num.clone(), title_value(text, h.title_start, end)));
                if h.main.is_some() {
                    context = h.main;
                }
                i = last + 1;
                break;
            }
        }
    }
    out
}

/// One row's item cell, as read from a table line.
enum Cell {
    /// One number: main and letter, where it starts, where its title starts.
    One { main: Option<u32>, letter: Option<char>, start: usize, title: Option<usize> },
    /// Several numbers sharing the row (`8和9`).
    Many { numbers: Vec<u32>, title: Option<usize> },
}

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

/// The item cell of a tab-separated row.
fn tab_cell(text: &str, l: Line) -> Option<Cell> {
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
        if let Some(caps) = NUMBER_CELL.captures(c) {
            let main = caps.get(1).and_then(|m| m.as_str().parse().ok());
            let letter = caps.get(2).or(caps.get(3)).and_then(|m| m.as_str().chars().next());
            // A continuation mark sits between number and title, and stays out of the span.
            let start = if caps.get(4).is_some() { title.unwrap_or(cstart) } else { cstart };
            return Some(Cell::One { main, letter, start, title });
        }
        if NUMBERS_CELL.is_match(c) {
            return Some(Cell::Many { numbers: numbers_in(c), title });
        }
    }
    None
}

/// The item cell of a PDF row (no tabs), after the row's time.
fn pdf_cell(text: &str, l: Line) -> Option<Cell> {
    let line = &text[l.start..l.end];
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

/// Whether a title cell is plausible without a list to check it against.
fn plausible_title(s: &str) -> bool {
    let n = s.chars().count();
    n > 0 && n <= 120 && !s.contains('。') && !s.starts_with(|c: char| c.is_ascii_digit())
}

/// Rows of the organization-of-work table, from line `from` to the end.
fn table_rows(text: &str, lines: &[Line], from: usize, known: &Known) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut last_main: Option<u32> = None;
    let mut pending: Vec<u32> = Vec::new();
    let mut i = from;
    while let Some(&l) = lines.get(i) {
        i += 1;
        if is_blank(text, l) || PAGE_FURNITURE.is_match(&text[l.start..l.end]) {
            continue;
        }
        let tabbed = text[l.start..l.end].contains('\t');
        let cell = if tabbed { tab_cell(text, l) } else { pdf_cell(text, l) };
        match cell {
            Some(Cell::One { main, letter, start, title }) => {
                let main = match main.or(last_main) {
                    Some(m) => m,
                    None => continue,
                };
                let Some(title_start) = title else {
                    if letter.is_none() {
                        pending.push(main);
                    }
                    continue;
                };
                pending.clear();
                // `7\t(b)关于…`: a stray letter before the title.
                let (letter, tstart) = match (letter, parse_head(text, Line { start: title_start, end: l.end })) {
                    (None, Some(h)) if h.main.is_none() => {
                        (h.letter.filter(|c| known.contains_key(&number(main, Some(*c)))), h.title_start)
                    }
                    _ => (letter, title_start),
                };
                let num = number(main, letter);
                if !known.is_empty() && !known.contains_key(&num) {
                    continue;
                }
                let followed = known.get(&num).and_then(|k| follow_title(text, lines, i - 1, tstart, k, !tabbed));
                let end = match followed {
                    Some((end, last, _)) => {
                        i = last + 1;
                        end
                    }
                    None => {
                        let end = clean_end(text, tstart, l.end);
                        if !(tabbed || plausible_title(&text[tstart..end])) {
                            continue;
                        }
                        end
                    }
                };
                if end > tstart {
                    last_main = Some(main);
                    out.push(item_annotation(Span::new(start, end), num, title_value(text, tstart, end)));
                }
            }
            Some(Cell::Many { numbers, title }) => {
                pending = numbers;
                if let Some(t) = title {
                    out.extend(split_titles(text, t, l.end, &mut pending, known));
                }
            }
            None if !pending.is_empty() => {
                let n = pending.remove(0);
                let line = &text[l.start..l.end];
                let start = l.start + (line.len() - line.trim_start_matches(is_ws).len());
                let num = n.to_string();
                let end = match known.get(&num).and_then(|k| follow_title(text, lines, i - 1, start, k, true)) {
                    Some((end, last, _)) => {
                        i = last + 1;
                        end
                    }
                    None if known.is_empty() => clean_end(text, start, l.end),
                    None => {
                        pending.clear();
                        continue;
                    }
                };
                if end > start {
                    out.push(item_annotation(Span::new(start, end), num, title_value(text, start, end)));
                }
            }
            None => {}
        }
    }
    out
}

/// Titles of a row whose number cell holds several items: each known title
/// found in the cell, in order; else one title per space-separated piece.
fn split_titles(text: &str, start: usize, end: usize, pending: &mut Vec<u32>, known: &Known) -> Vec<Annotation> {
    let mut out = Vec::new();
    let cell = &text[start..end];
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    // Separators may be wider than a byte (U+3000 is three).
    let mut from = 0;
    for (i, c) in cell.char_indices() {
        if is_space(c) {
            if i > from {
                pieces.push((start + from, start + i));
            }
            from = i + c.len_utf8();
        }
    }
    if cell.len() > from {
        pieces.push((start + from, end));
    }
    // Pieces are merged until they spell the next number's known title.
    let mut k = 0;
    while !pending.is_empty() && k < pieces.len() {
        let num = pending[0].to_string();
        let want = known.get(&num);
        let s = pieces[k].0;
        let mut e = pieces[k].1;
        let mut found = want.is_none_or(|w| norm(&text[s..clean_end(text, s, e)]) == *w);
        while !found && k + 1 < pieces.len() {
            k += 1;
            e = pieces[k].1;
            found = want.is_some_and(|w| norm(&text[s..clean_end(text, s, e)]) == *w);
        }
        if !found {
            break;
        }
        let e = clean_end(text, s, e);
        pending.remove(0);
        out.push(item_annotation(Span::new(s, e), num, title_value(text, s, e)));
        k += 1;
    }
    out
}

/// The list as a tree: sub-items under their item.
fn tree(items: &[ListItem]) -> Vec<AgendaNode> {
    let mut out: Vec<AgendaNode> = Vec::new();
    for it in items {
        let node = AgendaNode { number: it.number(), title: it.title.clone(), items: Vec::new() };
        match (it.letter, out.last_mut()) {
            (Some(_), Some(parent)) => parent.items.push(node),
            _ => out.push(node),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    fn items(text: &str) -> Vec<(String, String, String)> {
        let language = crate::text::detect_language(text);
        let (anns, _) = find_agenda(&Document { text, language });
        anns.into_iter()
            .map(|a| {
                let Value::AgendaItem(v) = a.value else { panic!("not an item") };
                (text[a.span.range()].to_owned(), v.number, v.title)
            })
            .collect()
    }

    fn t(span: &str, number: &str, title: &str) -> (String, String, String) {
        (span.to_owned(), number.to_owned(), title.to_owned())
    }

    const ZH: &str = "临时议程\n\n1. 组织事项：\n (a) 会议开幕；\n (b) 通过议程和工作安排。\n2. 技术援助。\n3. 通过报告。\n\n说明\n\n1. 组织事项\n\n(a) 会议开幕\n\n会议将于上午10时开幕。\n\n2. 技术援助\n\n14. 秘书处的一位代表介绍了技术援助。\n\n一. 导言\n\nA. 会议开幕\n\n附件\n\n拟议工作安排\n\n日期\t时间\t项目\t标题或说明\n9月5日\t上午10时至下午1时\t1 (a)\t会议开幕\n\t\t1(b)\t通过议程和工作安排 ^a\n\t下午3时至6时\t2\t技术援助（续）\n\t\t3\t通过报告\n";

    #[test]
    fn chinese_list_headings_and_table() {
        let got = items(ZH);
        let want = vec![
            t("1. 组织事项", "1", "组织事项"),
            t("(a) 会议开幕", "1(a)", "会议开幕"),
            t("(b) 通过议程和工作安排", "1(b)", "通过议程和工作安排"),
            t("2. 技术援助", "2", "技术援助"),
            t("3. 通过报告", "3", "通过报告"),
            t("1. 组织事项", "1", "组织事项"),
            t("(a) 会议开幕", "1(a)", "会议开幕"),
            t("2. 技术援助", "2", "技术援助"),
            t("1 (a)\t会议开幕", "1(a)", "会议开幕"),
            t("1(b)\t通过议程和工作安排", "1(b)", "通过议程和工作安排"),
            t("2\t技术援助", "2", "技术援助"),
            t("3\t通过报告", "3", "通过报告"),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn headings_match_whatever_the_punctuation() {
        let text = "临时议程\n\n1. 组织事项。\n2. 审议《联合国反腐败公约》实施情况。\n\n说明\n\n2. 审议“联合国反腐败公约”实施情况\n\n2. 审议实施情况\n";
        let got: Vec<String> = items(text).into_iter().map(|(s, _, _)| s).collect();
        assert_eq!(got, vec!["1. 组织事项", "2. 审议《联合国反腐败公约》实施情况", "2. 审议“联合国反腐败公约”实施情况"]);
    }

    #[test]
    fn chinese_sub_sub_items_stay_inside_the_list() {
        let text = "临时议程\n\n1. 选举主席团成员。\n2. 委员会规范性部分的议程项目：\n - (a) 国际药物管制条约的执行情况：\n   - ㈠ 麻醉药品委员会的改变范围；\n   - ㈡ 国际麻醉品管制局的报告；\n （三） 其他事项；\n - (b) 监督落实部长级宣言。\n3. 通过报告。\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2", "2(a)", "2(b)", "3"]);
    }

    #[test]
    fn draft_agenda_of_the_next_session_and_lead_sentences() {
        let text = "委员会第六十七届会议临时议程草案\n\n1. 选举主席团成员。\n2. 通过议程。\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2"]);
        let text = "11. 会议议程如下：\n\n1. 会议开幕。\n2. 通过报告。\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2"]);
        // A numbered paragraph that merely mentions a draft is no list.
        let text = "12. 委员会审议了临时议程草案，并决定推迟审议。\n13. 委员会通过了报告。\n";
        assert!(items(text).is_empty());
    }

    #[test]
    fn agenda_tree() {
        let (_, tree) = find_agenda(&Document { text: ZH, language: Language::Chinese });
        let numbers: Vec<(String, usize)> = tree.iter().map(|n| (n.number.clone(), n.items.len())).collect();
        assert_eq!(numbers, vec![("1".into(), 2), ("2".into(), 0), ("3".into(), 0)]);
        assert_eq!(tree[0].items[1].number, "1(b)");
    }

    const EN: &str = "Provisional agenda\n\n1.\tOrganizational matters:\n(a)\tOpening of the session;\n(b)\tElection of officers;\n(c)\tAdoption of the agenda and organization of work.\n2.\tReview of the implementation of the United Nations Convention against\ncorruption.\n3.\tAdoption of the report.\n\nAnnotations\n\n1.\tOrganizational matters\n\n(b)\tElection of officers\n\n5.\tThe Conference will have before it a note by the Secretariat.\n\n2.\tReview of the implementation of the United Nations Convention against corruption\n\nAnnex\n\nProposed organization of work\n\nDate and time\tItem\tTitle or description\nMonday, 13 December\n10 a.m.–1 p.m.\t1 (a)\tOpening of the session\n\t1 (b)\tElection of officers\n3 p.m.–6 p.m.\t2 and 3\tReview of implementation Adoption of the report\n";

    #[test]
    fn english_list_headings_and_table() {
        let got = items(EN);
        let review = "Review of the implementation of the United Nations Convention against corruption";
        let want = vec![
            t("1.\tOrganizational matters", "1", "Organizational matters"),
            t("(a)\tOpening of the session", "1(a)", "Opening of the session"),
            t("(b)\tElection of officers", "1(b)", "Election of officers"),
            t("(c)\tAdoption of the agenda and organization of work", "1(c)", "Adoption of the agenda and organization of work"),
            t("2.\tReview of the implementation of the United Nations Convention against\ncorruption", "2", review),
            t("3.\tAdoption of the report", "3", "Adoption of the report"),
            t("1.\tOrganizational matters", "1", "Organizational matters"),
            t("(b)\tElection of officers", "1(b)", "Election of officers"),
            t(&format!("2.\t{review}"), "2", review),
            t("1 (a)\tOpening of the session", "1(a)", "Opening of the session"),
            t("1 (b)\tElection of officers", "1(b)", "Election of officers"),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn pdf_table_rows_and_merged_cells() {
        let text = "临时议程\n\n1. 组织事项：\n\n(a) 会议开幕；\n\n(b) 通过议程和工作安排。\n\n2. 资产追回的实际方面，包括趋势、挑战和良好做法。\n\n3. 技术援助。\n\n4. 通过报告。\n\n拟议工作安排\n\n下午 3 时至 5 时 1 (a) 会议开幕 \n\n  (b) 通过议程和工作安排 \n\n上午 11 时至下午 1 时 2 资产追回的实际方面，包括趋势、挑战和良好\n\n做法 \n\n下午 3 时至 5 时 3 \n\n4 \n\n技术援助 b \n\n通过报告 \n\n";
        let got: Vec<_> = items(text).into_iter().skip(6).collect();
        let want = vec![
            t("1 (a) 会议开幕", "1(a)", "会议开幕"),
            t("(b) 通过议程和工作安排", "1(b)", "通过议程和工作安排"),
            t("2 资产追回的实际方面，包括趋势、挑战和良好\n\n做法", "2", "资产追回的实际方面，包括趋势、挑战和良好做法"),
            t("技术援助", "3", "技术援助"),
            t("通过报告", "4", "通过报告"),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn continued_rows_leave_the_mark_out_of_the_span() {
        let list = "Provisional agenda\n\n1.\tElection of officers.\n2.\tGeneral debate.\n3.\tOther business.\n\nAnnex\n\nProposed organization of work\n\n";
        let cases = [
            // Tab-separated: the span is the title alone, the number from the cell.
            ("Monday, 13 March\t10 a.m.–1 p.m.\t1\tElection of officers\n\t3–6 p.m.\t2 (continued)\tGeneral debate\n", vec![t("1\tElection of officers", "1", "Election of officers"), t("General debate", "2", "General debate")]),
            ("Tuesday, 14 March\t10 a.m.–1 p.m.\t2 (cont'd)\tGeneral debate\n", vec![t("General debate", "2", "General debate")]),
            ("下午3时至6时\t3（续）\tOther business\n", vec![t("Other business", "3", "Other business")]),
            // PDF text without tabs, on one line or one cell per line.
            ("3 p.m.–6 p.m. 2 (continued) General debate\n", vec![t("General debate", "2", "General debate")]),
            ("Tuesday, 14 March\n\n10 a.m.–1 p.m.\n\n2 (continued)\n\nGeneral debate\n\n3\n\nOther business\n", vec![t("General debate", "2", "General debate"), t("Other business", "3", "Other business")]),
            // The word `Item` before the number.
            ("\t\tItem 3\tOther business\n", vec![t("Item 3\tOther business", "3", "Other business")]),
            ("\t\tItems 2 and 3\tGeneral debate Other business\n", vec![t("General debate", "2", "General debate"), t("Other business", "3", "Other business")]),
            // A range of items in one cell.
            ("\t\t1–3\tElection of officers General debate Other business\n", vec![t("Election of officers", "1", "Election of officers"), t("General debate", "2", "General debate"), t("Other business", "3", "Other business")]),
            // Not a continuation mark: the row is not read.
            ("\t\t2 (draft)\tGeneral debate\n", vec![]),
        ];
        for (rows, want) in cases {
            let text = format!("{list}{rows}");
            let got: Vec<_> = items(&text).into_iter().skip(3).collect();
            assert_eq!(got, want, "{rows}");
        }
    }

    #[test]
    fn pdf_rows_that_start_with_their_date() {
        let text = "Provisional agenda\n\n1. Election of officers.\n\n2. Adoption of the agenda.\n\n3. Thematic discussion.\n\nProposed organization of work\n\nDate Time Item Title or description\nMonday, 22 May 10 a.m.–1 p.m. 1 Election of officers\n2 Adoption of the agenda\n3–6 p.m. 3 (continued) Thematic discussion (continued)\nTuesday, 23 May 2023 10 a.m.–1 p.m. 3 Thematic discussion\n12月13日, 星期一 上午10时至下午1时 2 Adoption of the agenda\nWednesday, 24 May 9 a.m.–12 noon 1 Election of officers\n23 May 3 people attended\n";
        let got: Vec<(String, String)> = items(text).into_iter().skip(3).map(|(s, n, _)| (s, n)).collect();
        let want: Vec<(String, String)> = [
            ("1 Election of officers", "1"),
            ("2 Adoption of the agenda", "2"),
            ("Thematic discussion", "3"),
            ("3 Thematic discussion", "3"),
            ("2 Adoption of the agenda", "2"),
            ("1 Election of officers", "1"),
        ]
        .iter()
        .map(|(s, n)| (s.to_string(), n.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn numbers_on_a_line_of_their_own() {
        let text = "Provisional agenda\n\n1.\n\nElection of officers.\n\n2.\n\nImplementation of the treaties:\n\n(a)\n\nChanges in the scope of control;\n\n(b)\n\nOther matters.\n\n3.\n\nOther business.\n\nAnnotations\n\n2.\n\nImplementation of the treaties\n\n(a)\n\nChanges in the scope of control\n\nThe Commission will decide.\n\n3.\n\n14 speakers took the floor.\n";
        let got: Vec<(String, String)> = items(text).into_iter().map(|(s, n, _)| (s, n)).collect();
        let want: Vec<(String, String)> = [
            ("1.\n\nElection of officers", "1"),
            ("2.\n\nImplementation of the treaties", "2"),
            ("(a)\n\nChanges in the scope of control", "2(a)"),
            ("(b)\n\nOther matters", "2(b)"),
            ("3.\n\nOther business", "3"),
            ("2.\n\nImplementation of the treaties", "2"),
            ("(a)\n\nChanges in the scope of control", "2(a)"),
        ]
        .iter()
        .map(|(s, n)| (s.to_string(), n.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn the_table_ends_at_the_next_annex() {
        let text = "Provisional agenda\n\n1.\tElection of officers.\n2.\tGeneral debate.\n\nAnnex I\n\nProposed organization of work\n\nMonday, 13 March\t10 a.m.–1 p.m.\t1\tElection of officers\n\nAnnex II\n\nDocuments before the Commission\n\nE/CN.7/2023/1\t2\tProvisional agenda and annotations\n\t2\tGeneral debate\n";
        let got: Vec<String> = items(text).into_iter().skip(2).map(|(s, _, _)| s).collect();
        assert_eq!(got, vec!["1\tElection of officers".to_string()]);
        let span = schedule_span(text).map(|s| &text[s.range()]);
        assert_eq!(span, Some("\nMonday, 13 March\t10 a.m.–1 p.m.\t1\tElection of officers\n\n"));
        // A list of documents right under the heading is no schedule either.
        let text = "Provisional agenda\n\n1.\tElection of officers.\n2.\tGeneral debate.\n\nOrganization of work\n\nE/CN.7/2023/1\t2\tProvisional agenda\n";
        assert_eq!(items(text).len(), 2);
    }

    #[test]
    fn pdf_rows_after_a_24_hour_range() {
        let text = "临时议程\n\n1. 选举主席团成员。\n\n2. 通过议程。\n\n3. 通过报告。\n\n拟议工作安排\n\n10:00-13:00 1 选举主席团成员 \n\n  2 通过议程 \n\n15:00–18:00 3 通过报告 \n";
        let got: Vec<_> = items(text).into_iter().skip(3).collect();
        assert_eq!(got, vec![t("1 选举主席团成员", "1", "选举主席团成员"), t("2 通过议程", "2", "通过议程"), t("3 通过报告", "3", "通过报告")]);
    }

    #[test]
    fn cover_line_gives_the_item_below() {
        let cases = [
            ("第九届会议\n\n临时议程*项目6\n\n国际合作\n\n秘书处的说明", vec![t("国际合作", "6", "国际合作")]),
            (
                "Ninth session\nItem 2 of the provisional agenda*\nReview of implementation of the United Nations\nConvention against Corruption\n\nNote",
                vec![t(
                "Review of implementation of the United Nations\nConvention against Corruption",
                "2",
                "Review of implementation of the United Nations Convention against Corruption",
            )],
            ),
            ("Item 4 of the provisional agenda\nPrevention\n\nNote by the Secretariat", vec![t("Prevention", "4", "Prevention")]),
            ("Fifty-second session\nAgenda item 1\nOrganizational and procedural matters\n\nAgenda and annotations", vec![t("Organizational and procedural matters", "1", "Organizational and procedural matters")]),
            ("Seventy-eighth session\nItem 20 of the preliminary list*\nSustainable development\n\nReport of the Secretary-General", vec![t("Sustainable development", "20", "Sustainable development")]),
            ("Sixty-sixth session\nItem 5 (b) of the provisional agenda\nChanges in the scope of control of substances\n\nNote", vec![t("Changes in the scope of control of substances", "5(b)", "Changes in the scope of control of substances")]),
            ("第六十六届会议\n临时议程项目 5(b)\n\n修改物质管制范围\n\n秘书处的说明", vec![t("修改物质管制范围", "5(b)", "修改物质管制范围")]),
            // Several items on the cover: the title below is not one item's.
            ("Fifty-second session\nAgenda items 2 and 3\nAnnual report of the High Commissioner\n", vec![]),
            ("The agenda item 3 was discussed.\nIt was long.\n", vec![]),
            ("第六十六届会议\n\n临时议程*项目5(b)\n\n国际麻醉品管制局的报告\n\n秘书处的说明", vec![t("国际麻醉品管制局的报告", "5(b)", "国际麻醉品管制局的报告")]),
            ("Item 5 (b) of the provisional agenda\nReport of the Board\n\nNote", vec![t("Report of the Board", "5(b)", "Report of the Board")]),
            ("议程项目1\n\n组织和程序事项\n\n主席的说明", vec![t("组织和程序事项", "1", "组织和程序事项")]),
        ];
        for (text, want) in cases {
            assert_eq!(items(text), want, "{text}");
        }
    }

    #[test]
    fn adopted_agenda_in_a_report_ends_before_the_next_paragraph() {
        let text = "3. On 14 November, the Working Group adopted the following agenda:\n\n1. Organizational matters:\n\n(a) Opening of the meeting;\n\n(b) Adoption of the agenda.\n\n2. Adoption of the report.\n\n4. The Working Group considered agenda items 1 and 2 jointly.\n\n5. Several speakers noted that (a) recovery remained a priority.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "1(a)", "1(b)", "2"]);
        let text = "51. At its 1st meeting, the Commission adopted its provisional agenda (E/CN.7/2023/1). The agenda was as follows:\n\n1. Election of officers.\n2. General debate.\n\n52. At its 2nd meeting, the Commission considered item 2.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2"]);
        let text = "5. The recommendations were as follows:\n\n1. Strengthen cooperation.\n2. Share information.\n";
        assert_eq!(items(text), vec![]);
        let zh = "3. 工作组通过了以下议程：\n\n1. 组织事项：\n\n(a) 会议开幕；\n\n(b) 通过议程。\n\n2. 通过报告。\n\n3. 工作组与审议组联合审议了议程项目 1 和 2。\n";
        let got: Vec<String> = items(zh).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "1(a)", "1(b)", "2"]);
    }

    #[test]
    fn headings_under_a_section_number() {
        let text = "I. Provisional agenda\n\n1.\tOpening of the session.\n2.\tOrganizational matters:\n(a)\tAdoption of the agenda.\n3.\tReports.\n\nII. Annotations to the provisional agenda\n\n1.\tOpening of the session\n\nThe session will be opened.\n\nC. Organization of work\n\nThe Conference met.\n\nAnnex\n\nProposed organization of work\n\n10 a.m.–1 p.m.\t3\tReports\n";
        let got: Vec<(String, String)> = items(text).into_iter().map(|(s, n, _)| (s, n)).collect();
        let want: Vec<(String, String)> = [
            ("1.\tOpening of the session", "1"),
            ("2.\tOrganizational matters", "2"),
            ("(a)\tAdoption of the agenda", "2(a)"),
            ("3.\tReports", "3"),
            ("1.\tOpening of the session", "1"),
            ("3\tReports", "3"),
        ]
        .iter()
        .map(|(s, n)| (s.to_string(), n.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn items_written_with_the_word_item() {
        let text = "Agenda\n\nItem 1. Organizational and procedural matters.\nItem 2. Annual report of the High Commissioner.\n\nAnnotations\n\nItem 1. Organizational and procedural matters\n\nThe session will be opened.\n";
        let want = vec![
            t("Item 1. Organizational and procedural matters", "1", "Organizational and procedural matters"),
            t("Item 2. Annual report of the High Commissioner", "2", "Annual report of the High Commissioner"),
            t("Item 1. Organizational and procedural matters", "1", "Organizational and procedural matters"),
        ];
        assert_eq!(items(text), want);
    }

    #[test]
    fn the_list_goes_on_across_a_page_break() {
        let text = "Provisional agenda\n\n1.\tElection of officers.\n2.\tGeneral debate.\nE/CN.7/2023/1\n\n2/15 V.22-28571\n\n3.\tOther business.\n\nV.22-28571 (E)\n4.\tAdoption of the report.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2", "3", "4"]);
        // A page break inside the organization-of-work table, between a number and its title.
        let table = format!("{text}\nProposed organization of work\n\n10 a.m.–1 p.m.\n\n3\n\nE/CN.7/2023/1\n\n4/15 V.22-28571\n\nOther business\n");
        let got: Vec<(String, String)> = items(&table).into_iter().skip(4).map(|(s, n, _)| (s, n)).collect();
        assert_eq!(got, vec![("Other business".to_string(), "3".to_string())]);
        for line in ["E/CN.7/2023/1", "2/15 V.22-28571", "V.22-28571 (E)", " 3/15 "] {
            assert!(PAGE_FURNITURE.is_match(line), "{line}");
        }
        for line in ["2/15 of the members", "Item 2", "General debate", "3. Other business"] {
            assert!(!PAGE_FURNITURE.is_match(line), "{line}");
        }
    }

    #[test]
    fn roman_sub_sub_items_stay_in_the_list() {
        let text = "Provisional agenda\n\n1. Organizational matters:\n(a) Opening of the session;\n(b) Elections:\n(i) Election of the President;\n(ii) Election of other officers;\n(c) Adoption of the agenda.\n2. Adoption of the report.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "1(a)", "1(b)", "1(c)", "2"]);
    }

    #[test]
    fn security_council_agenda() {
        let text = "Provisional agenda for the 9520th meeting of the Security Council\nTo be held on Monday, 8 January 2024, at 10 a.m.\n\n1. Adoption of the agenda.\n2. The situation in the Middle East, including the Palestinian question.\n3. Threats to international peace and security caused by terrorist\nacts.\n";
        let got = items(text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[2], t("3. Threats to international peace and security caused by terrorist\nacts", "3", "Threats to international peace and security caused by terrorist acts"));
    }

    #[test]
    fn not_agenda_items() {
        let cases = [
            // A report's numbered paragraphs, with no agenda heading.
            "一. 导言\n\n1. 实施情况审议组是根据第 3/1 号决议设立的。\n\n2. 审议组举行了 10 场会议。\n",
            // Enumerations inside a sentence, section headings.
            "专家会议应当发挥以下职能：(a)协助缔约国会议；(b)提供咨询意见。\n\nA. 会议开幕\n\nB. 出席情况\n",
            // A list that does not start at 1.
            "临时议程\n\n3. 技术援助。\n4. 预防。\n",
            // Numbered sentences after a heading are paragraphs, not items.
            "Agenda\n\n1. The Group met in Vienna. It adopted its report.\n2. Several speakers spoke.\n",
            // An English report: section headings and numbered paragraphs.
            "I. Introduction\n\n1. The Conference was established pursuant to article 63 of the Convention.\n\nII. Organization of the session\n\nA. Opening of the session\n\n2. The session was opened on 13 December 2021.\n\nB. Attendance\n\n3. The following States were represented: Egypt.\n",
            "A. Opening of the session\nB. Election of officers\nC. Adoption of the agenda\n",
            "",
            "\u{0}\t\n\r\n",
        ];
        for text in cases {
            assert_eq!(items(text), vec![], "{text}");
        }
    }

    /// Random soups of the tokens the recognisers react to: every span must
    /// lie on character boundaries, and nothing may panic.
    #[test]
    fn token_soups_never_break_spans() {
        const TOKENS: [&str; 34] = [
            "临时议程", "Provisional agenda", "拟议工作安排", "Organization of work", "1.", "2.", "3", "1 (a)", "(a)", "(b)", "（c）",
            "(ii)", "组织事项", "Opening of the session", "技术援助", "：", "；", "。", ".", "\t", "\n", "\n\n", "\r\n", "\u{3000}", " ",
            "下午 3 时至 5 时", "10 a.m.–1 p.m.", "8和9", "^a", " b", "（续）", "议程项目 2 至 5", "临时议程*项目6", "🙂",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..500 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (seed >> 58) as usize + 1;
            for _ in 0..n * 3 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(TOKENS[(seed >> 33) as usize % TOKENS.len()]);
            }
            for language in [Language::Chinese, Language::English] {
                let doc = Document { text: &text, language };
                let (mut anns, _) = find_agenda(&doc);
                anns.extend(crate::agenda_refs::find_agenda_refs(&doc));
                for a in &anns {
                    assert!(a.span.start <= a.span.end && text.get(a.span.range()).is_some(), "{:?} in {text:?}", a.span);
                }
                let _ = crate::schedule::build_schedule(&doc, &anns, None);
                let _ = crate::metadata::extract(&doc, &anns);
            }
        }
    }

    #[test]
    fn numbers_of_a_cell() {
        let cases: [(&str, &[u32]); 6] = [("8和9", &[8, 9]), ("4, 5 and 6", &[4, 5, 6]), ("4–6", &[4, 5, 6]), ("2 to 4", &[2, 3, 4]), ("6–4", &[6, 4]), ("1–40", &[1, 40])];
        for (cell, want) in cases {
            assert_eq!(numbers_in(cell), want, "{cell}");
        }
    }

    #[test]
    fn titles_are_cleaned() {
        let cases = [
            ("技术援助（续） ^a", "技术援助"),
            ("专题讨论:a", "专题讨论"),
            ("技术援助 b ", "技术援助"),
            ("组织事项：", "组织事项"),
            ("Election of officers; and", "Election of officers"),
            ("Other matters (continued)*", "Other matters"),
            ("General debate (cont'd)", "General debate"),
            ("General debate (cont.)", "General debate"),
            ("Review of implementation (continued)a", "Review of implementation"),
            ("Review of implementation (chapter II)", "Review of implementation (chapter II)"),
        ];
        for (s, want) in cases {
            assert_eq!(&s[..clean_end(s, 0, s.len())], want, "{s}");
        }
    }
}
