//! Numbers of resolutions and decisions: `第 58/4 号决议`, `第 5/1 号决定`,
//! `大会 S-32/1 号决议`, lists `第 8/7、8/8 和 8/14 号决议` and
//! `第 69/199 号和第 73/190 号决议`, Security Council style
//! `第 2231(2015)号决议`, decisions of conferences of parties `第 1/CP.26 号决定`;
//! English `resolution 58/4`, `decisions 2/1 and 3/1`,
//! `resolutions 60/251 of 15 March 2006 and 65/281 of 17 June 2011`,
//! `resolution 2231 (2015)`, `resolution 217 A (III)`.
//!
//! One annotation per number, the span the number alone (with the bracketed
//! year or session where that is part of the number, `2231 (2015)`). The type
//! comes from the words that close (Chinese) or open (English) the reference.
//! The adopting body comes from how the sentence names bodies around the
//! reference (module `bodies`), or from the number's form (`1/CP.26` → the
//! Conference of the Parties, `2231 (2015)` → the Security Council).
//!
//! In a table of adopted texts (first cell `Resolution number`, `决议编号`
//! …), each row's number in the first column is one too.
//!
//! Left out: draft resolutions cited by document symbol (those are document
//! symbols), slashed dates and fractions (no `号决议`/`resolution` closes or
//! opens them), and anaphora without a number (`该决议`).

use std::sync::LazyLock;

use regex_lite::Regex;

use super::bodies::{adopting_body, Mentions};
use crate::model::{Annotation, SymbolParts, SymbolValue, Value};
use crate::span::Span;
use crate::text::{floor_boundary, Sees};

/// A resolution or decision number: `58/4`, `S-32/1`, `ES-10/19`,
/// `2231 (2015)`, `1/CP.26`, `-/CP.28` (a climate decision before its
/// number is given), `XIV/1` (older decisions of conferences of
/// parties), `BC-15/1` (chemicals conventions), `217 A (III)` and
/// `3314 (XXIX)` (General Assembly before 1976). Digits, slash and dash
/// may be full-width (`第９／１号决议`); the value is in ASCII.
const NUMBER: &str = r"(?:(?:[A-ZＡ-Ｚ]{1,6}[-－])?[0-9０-９]{1,4}[/／](?:[0-9０-９]{1,4}|(?:CP|CMP|CMA|COP|MOP)\.[0-9]{1,2})|-/(?:CP|CMP|CMA)\.[0-9]{1,2}|[0-9０-９]{1,4}[ \t\x{3000}\x{A0}]*[(（][0-9０-９]{4}[)）]|[0-9]{1,4}(?:[ \t\x{3000}\x{A0}]?[A-F])?[ \t\x{3000}\x{A0}]*[(（](?:E?S-)?[IVXL]{1,7}[)）]|[IVXL]{1,6}/[0-9]{1,3})";

/// Blanks inside a line, full-width and no-break spaces included.
const SP: &str = r"[ \t\x{3000}\x{A0}]";
/// Blanks and line breaks.
const WS: &str = r"[ \t\r\n\x{3000}\x{A0}]";

/// A number with the parts of a General Assembly resolution adopted in
/// parts: `77/262 A`, `76/245 A-C`, `78/546 A 至 C` (`第 77/262 A 号决议`,
/// `resolution 77/262 A`), the letter perhaps glued to the number
/// (`第78/546A和B号决定`) or full-width (`第７８／５４６Ａ号决定`).
fn parted_number() -> String {
    format!(r"{NUMBER}(?:{SP}*{PART}(?:{SP}*[-–至]{SP}*{PART})?)?")
}

/// The letter of a part: ASCII and not the start of a word, or full-width.
const PART: &str = r"(?:[A-H]\b|[Ａ-Ｈ])";

/// A number of a list with its parts, and further parts listed after them:
/// `78/546 A and B`, `77/262 A 和 B` (each further part is a number of its own).
fn listed_number() -> String {
    format!(r"{}(?:{SP}*(?:,{SP}*and|,|and|和|及|、){SP}*{PART})*", parted_number())
}

static ZH: LazyLock<Regex> = LazyLock::new(|| {
    // `第 7/1 号和第\n10/2 号决议`: a PDF line may break after `第` or before `号`.
    let item = format!(r"(?:第{WS}*)?{}(?:{WS}*号)?", listed_number());
    // `第 10/1-10/5 号决议`: a dash between two numbers is a range, as `至` is.
    let sep = format!(r"{WS}*(?:、|和|及|以及|与|或|至|[-–—－]){WS}*");
    // `1965 年 12 月 21 日第 2106 A (XX)号、2002 年 3 月 27 日第 56/266 号和…号决议`:
    // each number of a list may carry its date of adoption before it.
    let date = format!(r"(?:[0-9０-９]{{4}}{WS}*年{WS}*[0-9０-９]{{1,2}}{WS}*月{WS}*[0-9０-９]{{1,2}}{WS}*日{WS}*)?");
    crate::text::regex(&format!(r"^(?:{item}(?:{sep}{date}{item})*{WS}*号{WS}*决{WS}*(议|定))"))
});

static EN: LazyLock<Regex> = LazyLock::new(|| {
    // `resolutions 10/1–10/5`: a dash between two numbers is a range, as `to` is.
    let sep = format!(r"(?:{WS}*,{WS}*and{WS}+|{WS}*,{WS}*|{WS}+(?:and|or|to){WS}+|{SP}*[-–—]{SP}*)");
    // `resolutions 60/251 of 15 March 2006 and 65/281 of 17 June 2011`.
    let date = format!(r"(?:{WS}+of{WS}+[0-9]{{1,2}}{WS}+[A-Z][a-z]{{2,8}}{WS}+[0-9]{{4}})?");
    let number = listed_number();
    crate::text::regex(&format!(r"^(?:\b([Rr]esolution|[Dd]ecision|RESOLUTION|DECISION)[Ss]?{WS}+(?:No\.{SP}*)?{number}{date}(?:{sep}{number}{date})*)"))
});

/// A Security Council resolution cited by its number alone, without the year:
/// `Security Council resolution 2231`, `安全理事会第 2231 号决议`.
static SC_BARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^(?:Security{WS}+Council{WS}+resolutions?{WS}+|(?:安全理事会|安理会){SP}*(?:第{SP}*)?)([0-9]{{3,4}})({SP}*号{WS}*决{WS}*议)?"))
});

/// The head of a table of adopted texts: a first cell `Resolution number`,
/// `Decision No.`, `决议编号`, `决定`, then a tab. Group 1 or 2 gives the type.
static TABLE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"(?m)^[ \t]*(?:(Resolution|Decision|RESOLUTION|DECISION)[Ss]?(?:[ \t]+(?:[Nn]umber|No\.))?|(决议|决定)(?:编号|号)?)[ \t]*\t")
});

/// How far a table's heading reaches to its first tab, in bytes.
const TABLE_HEAD_BYTES: usize = 64;

/// A table cell that holds a number and nothing else.
static CELL_NUMBER: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(&format!(r"^(?:{})$", parted_number())));

/// One number of a reference, without parts (`58/4`, `2231 (2015)`).
pub(super) static ITEM: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(NUMBER));

/// A number of a list, with its parts and further parts (`78/546 A and B`), where it starts.
static PARTED: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(&format!("^(?:{})", listed_number())));

/// A number with its first parts only (`78/546 A` of `78/546 A and B`).
static FIRST_PARTS: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(&format!("^(?:{})", parted_number())));

/// The kind of reference.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Type {
    Resolution,
    Decision,
}

/// Finds resolution and decision numbers in `text`, which cites the
/// document symbols whose parts are `cited` (in text order: a bare `the
/// Commission` may be the body of their series). Linear in its length:
/// the body search looks back at most a bounded window per reference.
pub fn find_resolutions(text: &str, cited: &[&SymbolParts]) -> Vec<Annotation> {
    let mut mentions: Option<Mentions> = None;
    let mut out = Vec::new();
    let esses = crate::text::find_bytes(text, *b"sS");
    for (offset, caps) in matches(&ZH, text, zh_regions(text), |_, c| c == '第' || may_start_number(c)) {
        let (Some(whole), Some(word)) = (caps.get(0), caps.get(1)) else { continue };
        let kind = if word.as_str() == "定" { Type::Decision } else { Type::Resolution };
        let whole = Located { start: offset + whole.start(), end: offset + whole.end(), text: whole.as_str(), kind };
        let mentions = mentions.get_or_insert_with(|| Mentions::new(text, cited));
        let body = adopting_body(text, &whole, mentions);
        push_items(text, &PARTED, &whole, kind, body, &mut out);
    }
    for (offset, caps) in matches(&EN, text, en_regions(text, &esses), |before, c| matches!(c, 'R' | 'r' | 'D' | 'd') && !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')) {
        let (Some(whole), Some(word)) = (caps.get(0), caps.get(1)) else { continue };
        let kind = if word.as_str().eq_ignore_ascii_case("decision") { Type::Decision } else { Type::Resolution };
        let whole = Located { start: offset + whole.start(), end: offset + whole.end(), text: whole.as_str(), kind };
        let mentions = mentions.get_or_insert_with(|| Mentions::new(text, cited));
        let body = adopting_body(text, &whole, mentions);
        push_items(text, &PARTED, &whole, kind, body, &mut out);
    }
    for (offset, caps) in matches(&SC_BARE, text, council_regions(text, &esses), |_, c| c == 'S' || c == '安') {
        let (Some(whole), Some(number)) = (caps.get(0), caps.get(1)) else { continue };
        let (start, end) = (offset + number.start(), offset + number.end());
        // Chinese needs its closing `号决议`; neither may go on into a year or symbol.
        let closed = whole.as_str().starts_with('S') || caps.get(2).is_some();
        let next = text[end..].trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}']);
        if closed && !next.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '(' | '（')) {
            let body = Some("Security Council".to_owned());
            let value = SymbolValue::Resolution { number: number.as_str().to_owned(), body };
            out.push(Annotation::new(Span::new(start, end), Value::Symbol(value)));
        }
    }
    out.extend(table_rows(text));
    crate::sorting::sort_by_key(&mut out, |a| a.span.start);
    out.dedup_by_key(|a| a.span);
    out
}

/// The numbers in the first column of a table of adopted texts (a list of
/// an organ's resolutions and decisions):
///
/// ```text
/// Resolution number→Title→Agenda item→Date of adoption
/// 2023/1→Ministerial declaration of the high-level segment→5 (a)→21 July 2023
/// ```
/// The rows go on, blank lines between them allowed, as long as the first
/// cell is a number alone; the body is the one the number's form names
/// (`2720 (2023)`), else undecided. Each line is read once.
fn table_rows(text: &str) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut done = 0;
    // The regex runs only at the lines that start with one of its words.
    let line_starts = std::iter::once(0).chain(crate::text::find_bytes(text, [b'\n']).into_iter().map(|i| i + 1));
    let heads = line_starts.filter(|&at| {
        let line = text[at..].trim_start_matches([' ', '\t']);
        ["Resolution", "Decision", "RESOLUTION", "DECISION", "决议", "决定"].iter().any(|w| line.starts_with(w))
    });
    for caps in crate::text::captures_near(&TABLE_HEAD, text, heads.map(|at| (at, at)), TABLE_HEAD_BYTES) {
        let (Some(head), Some(word)) = (caps.get(0), caps.get(1).or(caps.get(2))) else { continue };
        if head.start() < done {
            continue;
        }
        let kind = if matches!(word.as_str(), "决定") || word.as_str().eq_ignore_ascii_case("decision") { Type::Decision } else { Type::Resolution };
        let mut at = text[head.end()..].find('\n').map_or(text.len(), |p| head.end() + p + 1);
        while at < text.len() {
            let end = text[at..].find('\n').map_or(text.len(), |p| at + p);
            let line = &text[at..end];
            let next = (end + 1).min(text.len());
            if line.trim().is_empty() {
                at = next;
                continue;
            }
            let Some(cell) = line.split('\t').next().filter(|_| line.contains('\t')) else { break };
            let number = cell.trim_matches(|c: char| c.is_whitespace());
            if !CELL_NUMBER.is_match(number) {
                break;
            }
            let start = at + (cell.len() - cell.trim_start_matches(|c: char| c.is_whitespace()).len());
            let number_text = normalise(number);
            let body = numbered_body(&number_text).map(str::to_owned);
            let value = match kind {
                Type::Resolution => SymbolValue::Resolution { number: number_text, body },
                Type::Decision => SymbolValue::Decision { number: number_text, body },
            };
            out.push(Annotation::new(Span::new(start, start + number.len()), Value::Symbol(value)));
            at = next;
        }
        done = at;
    }
    out
}

/// A match of a reference list, at byte offsets of the whole text.
pub(super) struct Located<'t> {
    /// Byte offset of its start.
    pub(super) start: usize,
    /// Byte offset of its end.
    pub(super) end: usize,
    /// The matched text.
    pub(super) text: &'t str,
    /// Whether it refers to resolutions or to decisions.
    pub(super) kind: Type,
}

/// How far before `号决议` a Chinese list may start, and after `resolution`
/// an English one may end, in bytes.
pub(super) const LIST_REACH: usize = 300;

/// The regions of `text` that may hold a Chinese reference: each
/// `号…决议`/`号…决定` with the run before it of characters a list of numbers
/// is made of, up to [`LIST_REACH`] bytes. Running the regex only there keeps
/// the scan fast on long texts.
fn zh_regions(text: &str) -> Vec<(usize, usize)> {
    let mut regions = Vec::new();
    for (at, _) in text.match_indices('号') {
        let tail = text[at + '号'.len_utf8()..].trim_start_matches([' ', '\t', '\r', '\n', '\u{3000}', '\u{a0}']);
        if !tail.starts_with('决') {
            continue;
        }
        let end = text.len() - tail.len() + '决'.len_utf8();
        let end = end + text[end..].chars().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum::<usize>();
        let end = end + text[end..].chars().next().map_or(0, char::len_utf8);
        let lo = floor_boundary(text, at.saturating_sub(LIST_REACH));
        let run: usize = text[lo..at].chars().rev().take_while(|&c| in_list(c)).map(char::len_utf8).sum();
        regions.push((at - run, end));
    }
    regions
}

/// True for the characters of a list of resolution numbers: `第 8/7、8/8 和 8/14`,
/// `第 10/1–10/5`, `S-32/1`, `2231(2015)`, `1/CP.26`, `XIV/1`, and the dates of adoption
/// between them (`2002 年 3 月 27 日第 56/266 号`).
fn in_list(c: char) -> bool {
    crate::numerals::digit_value(c).is_some()
        || c.is_ascii_uppercase()
        || matches!(c, 'Ａ'..='Ｚ')
        || matches!(c, '/' | '／' | '-' | '－' | '–' | '—' | '.' | '(' | ')' | '（' | '）' | ' ' | '\t' | '\r' | '\n' | '\u{3000}' | '\u{a0}')
        || matches!(c, '、' | '和' | '及' | '以' | '与' | '或' | '至' | '第' | '号' | '年' | '月' | '日')
}

/// The regions of `text` that may hold a Security Council resolution cited
/// without its year: a short stretch from each name of the Council. `esses`
/// are the offsets of `s` and `S` (see [`en_regions`]).
fn council_regions(text: &str, esses: &[usize]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut starts: Vec<usize> = esses.iter().copied().filter(|&at| bytes[at..].starts_with(b"Security")).collect();
    starts.extend(text.match_indices('安').map(|(at, _)| at).filter(|&at| text[at..].starts_with("安全理事会") || text[at..].starts_with("安理会")));
    crate::sorting::sort(&mut starts);
    starts.into_iter().map(|at| (at, floor_boundary(text, at + 80))).collect()
}

/// The regions of `text` that may hold an English reference: from each
/// `resolution`/`decision` up to [`LIST_REACH`] bytes on. Each of the words
/// holds one `s`/`S`: they are found from `esses`, the offsets of those
/// bytes, which one pass over the text gives for these words and the
/// Council's name, rather than a search a word.
fn en_regions(text: &str, esses: &[usize]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut starts = Vec::new();
    for &s in esses {
        for (word, before) in [("esolution", 1), ("ESOLUTION", 1), ("ecision", 3), ("ECISION", 3)] {
            if let Some(at) = s.checked_sub(before).filter(|&at| bytes[at..].starts_with(word.as_bytes())) {
                starts.push(at.saturating_sub(1));
            }
        }
    }
    crate::sorting::sort(&mut starts);
    starts.into_iter().map(|at| (at, floor_boundary(text, (at + LIST_REACH).min(text.len())))).collect()
}

/// The matches of `re` (written with `^`) in the `regions` of `text`
/// (sorted by start), each with the offset its captures are relative to;
/// overlapping regions are merged, and matches do not overlap. The regex is
/// tried only at the characters `may_start` accepts (given the byte before
/// it inside its region, and the character), each try reading to its
/// region's end: the regex engine starts once per candidate instead of at
/// every character. `may_start` must accept every character a match can
/// start with, and, for a pattern that opens with `\b`, refuse one glued to
/// the word before it.
fn matches<'t>(
    re: &Regex,
    text: &'t str,
    regions: Vec<(usize, usize)>,
    may_start: impl Fn(Option<u8>, char) -> bool,
) -> Vec<(usize, regex_lite::Captures<'t>)> {
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in regions {
        // A region opened a byte before a word (`esolution` after `公约`) may start inside a character.
        let (start, end) = (floor_boundary(text, start), floor_boundary(text, end));
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let (bytes, may_start) = (text.as_bytes(), &may_start);
    let starts = merged.into_iter().flat_map(|(start, end)| {
        text[start..end]
            .char_indices()
            .map(move |(p, c)| (start + p, c))
            .filter(move |&(at, c)| may_start((at > start).then(|| bytes[at - 1]), c))
            .map(move |(at, _)| (at, end))
    });
    crate::text::captures_around(re, text, starts, 0, Sees::Window)
}

/// True for a character a resolution number can start with (see [`NUMBER`]):
/// a Latin letter or digit, ASCII or full-width, or the dash of `-/CP.28`.
fn may_start_number(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || matches!(c, 'Ａ'..='Ｚ' | '０'..='９')
}

/// One annotation per number (as `item` reads them) of the matched `list`.
/// A number's form can name its body whatever the sentence names
/// ([`numbered_body`]), or rule one out (a slashed number is not the Security
/// Council's).
fn push_items(text: &str, item: &Regex, list: &Located<'_>, kind: Type, body: Option<&str>, out: &mut Vec<Annotation>) {
    let starts = list.text.char_indices().filter(|&(_, c)| may_start_number(c)).map(|(p, _)| (list.start + p, list.end));
    for (offset, caps) in crate::text::captures_around(item, text, starts, 0, Sees::Window) {
        let Some(m) = caps.get(0) else { continue };
        let span = Span::new(offset + m.start(), offset + m.end());
        // The tail of a document symbol (`A/RES/58/4 号决议`) is not a number of its own.
        // Nor is the head of a slashed date (`resolution 12/05/2021`).
        let bytes = text.as_bytes();
        // `77/262 A and A/RES/77/263`: a letter that opens a symbol is no further part.
        let first = || FIRST_PARTS.find(m.as_str()).map_or(m.len(), |f| f.end());
        let listed = if bytes.get(span.end) == Some(&b'/') { &m.as_str()[..first()] } else { m.as_str() };
        let span = Span::new(span.start, span.start + listed.len());
        // `10/1-10/5`: a hyphen after a number's digit joins a range, not a symbol's parts.
        let range = span.start >= 2 && bytes[span.start - 1] == b'-' && bytes[span.start - 2].is_ascii_digit();
        let glued = !range && span.start.checked_sub(1).and_then(|p| bytes.get(p)).is_some_and(|&b| {
            b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-')
        }) || bytes.get(span.end).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'/')
            || crate::text::char_before(text, span.start).is_some_and(is_full_width_part)
            || crate::text::char_at(text, span.end).is_some_and(is_full_width_part);
        if glued {
            continue;
        }
        for (span, number) in parts_of(listed, span.start) {
            // The Security Council numbers its resolutions without a session: `60/180` is not its.
            let council = |b: &&str| *b == "Security Council" && number.contains('/');
            let body = numbered_body(&number).or(body.filter(|b| !council(b))).map(str::to_owned);
            let value = match kind {
                Type::Resolution => SymbolValue::Resolution { number, body },
                Type::Decision => SymbolValue::Decision { number, body },
            };
            out.push(Annotation::new(span, Value::Symbol(value)));
        }
    }
}

/// The numbers a listed number `m` (starting at byte `at`) stands for, with
/// their spans: the number with its first parts (`78/546 A`), then each
/// further part letter alone, valued as the number with that part
/// (`B` → `78/546 B`).
fn parts_of(m: &str, at: usize) -> Vec<(Span, String)> {
    // Most numbers list no further parts: no separator, no second look.
    if !m.contains([',', '和', '及', '、']) && !m.contains("and") {
        return vec![(Span::new(at, at + m.len()), normalise(m))];
    }
    let first = FIRST_PARTS.find(m).map_or(m.len(), |f| f.end());
    let mut out = vec![(Span::new(at, at + first), normalise(&m[..first]))];
    let Some(base) = ITEM.find(m).map(|b| normalise(b.as_str())) else { return out };
    for (p, c) in m[first..].char_indices().filter(|&(_, c)| matches!(c, 'A'..='H' | 'Ａ'..='Ｈ')) {
        let start = at + first + p;
        let letter = crate::numerals::to_halfwidth(c.encode_utf8(&mut [0; 4])).into_owned();
        out.push((Span::new(start, start + c.len_utf8()), format!("{base} {letter}")));
    }
    out
}

/// The body a number names by its form: `1/CP.26` → the Conference of the
/// Parties; `2231 (2015)`, numbered with its year, → the Security Council.
fn numbered_body(number: &str) -> Option<&'static str> {
    let year = number.split_once(" (").is_some_and(|(n, y)| {
        n.bytes().all(|b| b.is_ascii_digit()) && y.len() == 5 && y.bytes().take(4).all(|b| b.is_ascii_digit())
    });
    if year {
        return Some("Security Council");
    }
    let (_, tail) = number.split_once('/')?;
    match tail.split_once('.')?.0 {
        "CP" | "COP" | "CMA" | "CMP" => Some("Conference of the Parties"),
        "MOP" => Some("Meeting of the Parties"),
        _ => None,
    }
}

/// True for a full-width digit or slash, which glues a number to a symbol
/// or date written in full-width characters.
fn is_full_width_part(c: char) -> bool {
    matches!(c, '０'..='９' | '／')
}

/// `2231(2015)` and `2231（2015）` → `2231 (2015)`, `９／１` → `9/1`; parts
/// as the spaced form writes them: glued to the number `78/546A` → `78/546
/// A`, `217A (III)` → `217 A (III)`, a range in words `78/546 A 至 C` →
/// `78/546 A-C`; other numbers as written.
fn normalise(number: &str) -> String {
    let number = crate::numerals::to_halfwidth(number);
    let number = spaced_part(&number);
    match number.split_once('(') {
        Some((n, year)) => format!("{} ({})", n.trim(), year.trim_end_matches(')')),
        None => number,
    }
}

/// `number` with a space between its digits and a part letter glued to
/// them (`78/546A-C` → `78/546 A-C`), and a range of parts in words written
/// with a hyphen (`A 至 C` → `A-C`).
fn spaced_part(number: &str) -> String {
    let bytes = number.as_bytes();
    let glued = (1..bytes.len()).find(|&i| bytes[i - 1].is_ascii_digit() && bytes[i].is_ascii_uppercase());
    let spaced = match glued {
        Some(i) => format!("{} {}", &number[..i], &number[i..]),
        None => number.to_owned(),
    };
    match spaced.split_once('至') {
        Some((from, to)) => format!("{}-{}", from.trim_end(), to.trim_start()),
        None => spaced,
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    /// The references found in `text`, as `number type body` per annotation.
    fn found(text: &str) -> Vec<String> {
        find_resolutions(text, &[])
            .into_iter()
            .map(|a| {
                let (kind, number, body) = match a.value {
                    Value::Symbol(SymbolValue::Resolution { number, body }) => ("res", number, body),
                    Value::Symbol(SymbolValue::Decision { number, body }) => ("dec", number, body),
                    _ => ("?", String::new(), None),
                };
                let span = &text[a.span.range()];
                format!("{span}={number} {kind} {}", body.as_deref().unwrap_or("-"))
            })
            .collect()
    }

    /// `(number as written, "res" or "dec", body or "-")`.
    type Expected = (&'static str, &'static str, &'static str);

    const GA: &str = "General Assembly";
    const COSP: &str = "Conference of the States Parties";

    #[test]
    fn parts_listed_after_the_first_are_numbers_of_their_own() {
        let cases: &[(&str, &[&str])] = &[
            ("decision 78/546 A and B", &["78/546 A=78/546 A", "B=78/546 B"]),
            ("General Assembly resolutions 77/262 A and B and 76/245 A-C", &["77/262 A=77/262 A", "B=77/262 B", "76/245 A-C=76/245 A-C"]),
            ("resolution 77/262 A, B and C", &["77/262 A=77/262 A", "B=77/262 B", "C=77/262 C"]),
            ("大会第 77/262 A 和 B 号决议", &["77/262 A=77/262 A", "B=77/262 B"]),
            ("第77/262 A和B号决议", &["77/262 A=77/262 A", "B=77/262 B"]),
            // A part glued to its number gives the same parts.
            ("第78/546A和B号决定", &["78/546A=78/546 A", "B=78/546 B"]),
            ("第77/262A、B和C号决议", &["77/262A=77/262 A", "B=77/262 B", "C=77/262 C"]),
            ("第78/546A号决定", &["78/546A=78/546 A"]),
            ("decision 78/546A and B", &["78/546A=78/546 A", "B=78/546 B"]),
            ("resolution 76/245A-C", &["76/245A-C=76/245 A-C"]),
            ("resolution 217A (III)", &["217A (III)=217 A (III)"]),
            // A range of parts in words, parts in full width.
            ("大会第 78/546 A 至 C 号决议", &["78/546 A 至 C=78/546 A-C"]),
            ("大会第７８／５４６Ａ和Ｂ号决定", &["７８／５４６Ａ=78/546 A", "Ｂ=78/546 B"]),
            // Not a part: a word glued to the number, a symbol's tail.
            ("resolution 58/4Add.1", &[]),
            ("resolution 58/4A/RES", &[]),
            // Not parts: a letter after a number without parts, a word.
            ("resolution 58/4 and Add.1", &["58/4=58/4"]),
            ("resolution 77/262 A and Brazil", &["77/262 A=77/262 A"]),
            ("resolution 77/262 A and A/RES/77/263", &["77/262 A=77/262 A"]),
        ];
        for &(text, want) in cases {
            // `span=number` without the type and body at the end.
            let got: Vec<String> = found(text).iter().filter_map(|f| f.find(" res ").or(f.find(" dec ")).map(|e| f[..e].to_owned())).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn resolutions_and_decisions() {
        let cases: &[(&str, &[Expected])] = &[
            ("大会第 58/4 号决议通过了《公约》。", &[("58/4", "res", GA)]),
            ("依照缔约国会议第 1/1 号决定，2008 年", &[("1/1", "dec", COSP)]),
            ("第58/4号决议", &[("58/4", "res", "-")]),
            // A bare word the text names no body for: the body of the cover's series.
            ("United Nations\tCAC/COSP/IRG/2023/1/Add.1\nImplementation Review Group\tDistr.: General\n\nThe Secretariat will report, as requested in\nConference resolution 3/1, annex.", &[("3/1", "res", COSP)]),
            ("The Secretariat will report, as requested in Conference resolution 3/1, annex.", &[("3/1", "res", "-")]),
            ("大会第\u{3000}58/4\u{3000}号决议", &[("58/4", "res", GA)]),
            ("General Assembly resolution\u{a0}58/4", &[("58/4", "res", GA)]),
            ("大会 S-32/1 号决议，附件", &[("S-32/1", "res", GA)]),
            ("缔约国会议关于预防腐败的第 8/7、8/8、8/11、8/12 和 8/14 号决议", &[("8/7", "res", COSP), ("8/8", "res", COSP), ("8/11", "res", COSP), ("8/12", "res", COSP), ("8/14", "res", COSP)]),
            ("大会在第 69/199 号和第 73/190 号决议中", &[("69/199", "res", GA), ("73/190", "res", GA)]),
            // A PDF line broken after `第` inside the list.
            ("缔约国会议第 7/1 号和第\n10/2 号决议设立", &[("7/1", "res", COSP), ("10/2", "res", COSP)]),
            ("通过了第 3/2、第 4/3 和第 8/8 号决议。", &[("3/2", "res", "-"), ("4/3", "res", "-"), ("8/8", "res", "-")]),
            // The body inside a quoted title is not the adopting body.
            ("缔约国会议在题为“大会反腐败问题特别会议的后续行动”的第 9/2 号决议中", &[("9/2", "res", COSP)]),
            ("大会在题为“关于反腐败问题的大会特别会议”的第 73/191 号决议中决定", &[("73/191", "res", GA)]),
            ("人权理事会在题为“大会第 60/251 号决议”的第 5/1 号决议中", &[("60/251", "res", GA), ("5/1", "res", "Human Rights Council")]),
            ("Recalling \"General Assembly resolution 60/251\" and the Human Rights Council, in resolution 5/1", &[("60/251", "res", GA), ("5/1", "res", "Human Rights Council")]),
            // A sentence end cuts the body off; a body named after the number is used.
            ("缔约国会议在第 3/1 号决议中建立了机制。第 3/1 号决议附件载有", &[("3/1", "res", COSP), ("3/1", "res", "-")]),
            ("在其第 7/1 号决议里，缔约国会议请秘书处", &[("7/1", "res", COSP)]),
            // A PDF line break inside the sentence does not end it; a heading does.
            ("缔约国会议在第三、四、五、六、七、八届会议上强调了预防措施对于打击腐败的\n\n核心重要性，并因此通过了第 3/2 号决议", &[("3/2", "res", COSP)]),
            ("(a) 缔约国会议第九届会议开幕\n\n第 3/2 号决议", &[("3/2", "res", "-")]),
            // Ranges written with a dash, as with `至` and `to`: the numbers written.
            ("缔约国会议第 10/1-10/5 号决议", &[("10/1", "res", COSP), ("10/5", "res", COSP)]),
            ("第 10/1–10/5 号和第 9/1 至 9/3 号决议", &[("10/1", "res", "-"), ("10/5", "res", "-"), ("9/1", "res", "-"), ("9/3", "res", "-")]),
            ("resolutions 10/1–10/5 and 9/1 to 9/3", &[("10/1", "res", "-"), ("10/5", "res", "-"), ("9/1", "res", "-"), ("9/3", "res", "-")]),
            ("decisions 2024/246 - 2024/250", &[("2024/246", "dec", "-"), ("2024/250", "dec", "-")]),
            // A dash that goes on into other text ends the list.
            ("resolution 58/4 – the Convention", &[("58/4", "res", "-")]),
            ("第 S-32/1 号决议", &[("S-32/1", "res", "-")]),
            // Other bodies.
            ("安全理事会第 2231(2015)号决议", &[("2231(2015)", "res", "Security Council")]),
            ("安全理事会第 2231 号决议和 Security Council resolution 1325.", &[("2231", "res", "Security Council"), ("1325", "res", "Security Council")]),
            ("安全理事会第 2231 次会议", &[]),
            ("Security Council resolution 2231 (2015)", &[("2231 (2015)", "res", "Security Council")]),
            ("Security Council resolution 22310 and resolution 123", &[]),
            ("人权理事会第 47/1 号决议", &[("47/1", "res", "Human Rights Council")]),
            ("经济及社会理事会第 2021/15 号决议", &[("2021/15", "res", "Economic and Social Council")]),
            ("联合国环境大会第 5/1 号决议", &[("5/1", "res", "United Nations Environment Assembly")]),
            ("缔约方会议第 1/CP.26 号决定", &[("1/CP.26", "dec", "Conference of the Parties")]),
            ("大会第 77/262 A 号决议和第 76/245 A-C 号决议，以及第 1/CP.26 号决定", &[("77/262 A", "res", GA), ("76/245 A-C", "res", GA), ("1/CP.26", "dec", "Conference of the Parties")]),
            ("General Assembly and Security Council resolutions 60/180 and 1645 (2005)", &[("60/180", "res", "-"), ("1645 (2005)", "res", "Security Council")]),
            ("Member States are bound by resolution 2231 (2015) and 第 2250（2015）号决议", &[("2231 (2015)", "res", "Security Council"), ("2250（2015）", "res", "Security Council")]),
            ("resolutions 77/262 A and 76/245 A-C, and resolution 70/1 And more", &[("77/262 A", "res", "-"), ("76/245 A-C", "res", "-"), ("70/1", "res", "-")]),
            ("Recalling decisions 1/CP.21 and 19/CMP.1,", &[("1/CP.21", "dec", "Conference of the Parties"), ("19/CMP.1", "dec", "Conference of the Parties")]),
            ("Recalling decision -/CP.28 and decisions -/CMA.5 and 1/CMA.5,", &[("-/CP.28", "dec", "Conference of the Parties"), ("-/CMA.5", "dec", "Conference of the Parties"), ("1/CMA.5", "dec", "Conference of the Parties")]),
            ("回顾第-/CP.28 号决定", &[("-/CP.28", "dec", "Conference of the Parties")]),
            // Not a number: a dash without its conference.
            ("decision -/28 and decision x-/CP.28", &[]),
            ("麻醉药品委员会第 64/1 号决议", &[("64/1", "res", "Commission on Narcotic Drugs")]),
            ("亚洲及太平洋经济社会委员会第 79/1 号决议和 ESCAP resolution 78/2", &[("79/1", "res", "Economic and Social Commission for Asia and the Pacific"), ("78/2", "res", "Economic and Social Commission for Asia and the Pacific")]),
            ("世界卫生大会第 74/1 号决议", &[("74/1", "res", "World Health Assembly")]),
            ("生物多样性公约缔约方大会第 15/4 号决定", &[("15/4", "dec", "Conference of the Parties")]),
            // English.
            ("In its resolution 58/4, the General Assembly adopted", &[("58/4", "res", GA)]),
            ("(a) Opening of the ninth session of the Conference\n\nBy its resolution 58/4, the General Assembly", &[("58/4", "res", GA)]),
            ("In its resolution 73/191, entitled \"Special session of the General Assembly\", the General Assembly decided", &[("73/191", "res", GA)]),
            ("In its resolution 73/191, entitled “Special session”, the General Assembly decided", &[("73/191", "res", GA)]),
            ("In its resolution 73/191, entitled “", &[("73/191", "res", "-")]),
            ("Recalling the work of the Human Rights Council and the report\nof the Secretary-General on resolution 47/1", &[("47/1", "res", "Human Rights Council")]),
            ("The Human Rights Council met in 2021. In resolution 47/1 it decided", &[("47/1", "res", "-")]),
            ("The Human Rights Council (see A/HRC/47/2). In resolution 47/1 it decided", &[("47/1", "res", "-")]),
            ("The Human Rights Council, see para. 5 of resolution 47/1", &[("47/1", "res", "Human Rights Council")]),
            ("1. The Human Rights Council, in resolution 47/1", &[("47/1", "res", "Human Rights Council")]),
            ("The Human Rights Council held a long meeting on the report\n\nIn resolution 47/1 it decided", &[("47/1", "res", "-")]),
            ("General Assembly resolutions 70/1 and 72/279", &[("70/1", "res", GA), ("72/279", "res", GA)]),
            ("resolutions 60/251 of 15 March 2006 and 65/281 of 17 June 2011", &[("60/251", "res", "-"), ("65/281", "res", "-")]),
            ("the Conference of the States Parties, in its decisions 2/1, 3/1 and 4/1,", &[("2/1", "dec", COSP), ("3/1", "dec", COSP), ("4/1", "dec", COSP)]),
            // A line that ends with a comma runs on into a lowercase word; a preamble paragraph does not.
            (
                "The Security Council, in its resolution 2719 (2023), and the General Assembly,\nin its resolutions 77/237 and 78/230, requested reports.",
                &[("2719 (2023)", "res", "Security Council"), ("77/237", "res", GA), ("78/230", "res", GA)],
            ),
            ("Security Council resolution 1325 (2000)", &[("1325 (2000)", "res", "Security Council")]),
            ("Economic and Social Council decision 2021/225", &[("2021/225", "dec", "Economic and Social Council")]),
            ("Human Rights Council resolution S-30/1.", &[("S-30/1", "res", "Human Rights Council")]),
            ("decision 1/CMA.3 of the Conference of the Parties", &[("1/CMA.3", "dec", "Conference of the Parties")]),
            ("大会第 217 A (III) 号决议和第 3314(XXIX)号决议", &[("217 A (III)", "res", GA), ("3314(XXIX)", "res", GA)]),
            ("General Assembly resolutions 2200 A (XXI) and ES-10/19", &[("2200 A (XXI)", "res", GA), ("ES-10/19", "res", GA)]),
            ("decisions BC-15/1 and SC-10/1", &[("BC-15/1", "dec", "-"), ("SC-10/1", "dec", "-")]),
            ("第 3/1 至 3/5 号决议", &[("3/1", "res", "-"), ("3/5", "res", "-")]),
            ("Meeting of the Parties decision XIV/1 and 第 XXXIII/5 号决定", &[("XIV/1", "dec", "Meeting of the Parties"), ("XXXIII/5", "dec", "Meeting of the Parties")]),
            ("the Environment Assembly resolution 5/2", &[("5/2", "res", "United Nations Environment Assembly")]),
            ("Assembly resolution 70/1", &[("70/1", "res", GA)]),
            ("GA resolution 70/1 and HRC resolution 47/1", &[("70/1", "res", GA), ("47/1", "res", "Human Rights Council")]),
            ("see A/HRC/47/2 on resolution 47/1", &[("47/1", "res", "-")]),
            ("In resolution 47/1 of the Human Rights Council.", &[("47/1", "res", "Human Rights Council")]),
            ("Welcoming decision 1/CP.26 of the Conference of the Parties,", &[("1/CP.26", "dec", "Conference of the Parties")]),
            ("回顾大会 2016 年 4 月 19 日关于世界毒品问题的第 S-30/1 号决议", &[("S-30/1", "res", GA)]),
            ("禁止化学武器公约缔约国大会第 C-26/DEC.5 号决定和全国人民代表大会第 3/1 号决定", &[("3/1", "dec", "-")]),
            // A paragraph of a preamble ends with a comma: its body does not carry over.
            ("回顾经济及社会理事会第 2021/15 号决议以及其他有关决议，\n又回顾其第 64/1 和 64/2 号决议，", &[("2021/15", "res", "Economic and Social Council"), ("64/1", "res", "-"), ("64/2", "res", "-")]),
            // Dates of adoption inside a list.
            ("回顾其 1965 年 12 月 21 日第 2106 A (XX)号、2002 年 3 月 27 日第 56/266 号和 2022 年 12 月 15 日第 77/205 号决议，", &[("2106 A (XX)", "res", "-"), ("56/266", "res", "-"), ("77/205", "res", "-")]),
            ("又回顾人权理事会 2021 年 7 月 13 日第 47/21 号和 2023 年 4 月 4 日第 52/36 号决议，", &[("47/21", "res", "Human Rights Council"), ("52/36", "res", "Human Rights Council")]),
            ("大会 2015 年 9 月 25 日第 70/1 号决议", &[("70/1", "res", GA)]),
            // A date ends no list: the numbers before it close with their own words.
            ("第 5/1 号文件和 2023 年 4 月 4 日第 52/36 号决议", &[("52/36", "res", "-")]),
            ("2023 年 4 月 4 日和 5 日第 52/36 号决议", &[("52/36", "res", "-")]),
            // Not references.
            ("A/RES/58/4 号决议", &[]),
            ("2021/12/13 和 3/4 号文件", &[]),
            ("第 2/3 段", &[]),
            ("the resolution of 58/4 disputes", &[]),
            ("resolution 12/05/2021 of the board", &[]),
            ("CAC/COSP/2021/1 号文件", &[]),
            // Full-width digits, slash and spaces.
            ("大会第５８／４号决议和第\u{3000}９／１\u{3000}号决定", &[("５８／４", "res", GA), ("９／１", "dec", GA)]),
            ("第Ｓ－３２／１号决议和安全理事会第２２３１（２０１５）号决议", &[("Ｓ－３２／１", "res", "-"), ("２２３１（２０１５）", "res", "Security Council")]),
            ("resolution ５８／４", &[("５８／４", "res", "-")]),
            ("２０２１／１２／１３ 和 ３／４ 号文件", &[]),
        ];
        for &(text, expected) in cases {
            let want: Vec<String> = expected.iter().map(|(n, k, b)| format!("{n}={} {k} {b}", normalise(n))).collect();
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn first_column_of_a_table_of_adopted_texts() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Resolutions\n\nResolution number\tTitle\tAgenda item\tDate of adoption\n2023/1\tMinisterial declaration\t5 (a)\t21 July 2023\n\n2023/2\tSupport to Non-Self-Governing Territories\t12 (g)\t6 June 2023\n\nDecisions\n",
                &["2023/1=2023/1 res -", "2023/2=2023/2 res -"],
            ),
            ("Decision No.\tTitle\n2023/201\tElections\n 2023/202 \tProvisional agenda\n", &["2023/201=2023/201 dec -", "2023/202=2023/202 dec -"]),
            ("决议编号\t标题\t议程项目\n2023/1\t高级别部分部长宣言\t5(a)\n决定编号\t标题\n2023/201\t附属机构的选举\n", &["2023/1=2023/1 res -", "2023/201=2023/201 dec -"]),
            ("Resolution\tTitle\n78/1 A\tPolitical declaration\n2720 (2023)\tGaza\n", &["78/1 A=78/1 A res -", "2720 (2023)=2720 (2023) res Security Council"]),
            // Must not match: no such head, a row that is not a number alone, a resolution named in a sentence.
            ("Symbol\tTitle\n2023/1\tMinisterial declaration\n", &[]),
            ("Resolution number\tTitle\nSee below\t…\n2023/1\tMinisterial declaration\n", &[]),
            ("Resolution number\tTitle\n2023/1 and 2023/2\tMinisterial declaration\n", &[]),
            ("Resolutions adopted\n2023/1\tMinisterial declaration\n", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(found(text), want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn its_in_a_resolution_is_the_body_adopting_it() {
        let zh = "    麻醉药品委员会，\n    回顾经济及社会理事会第 2021/15 号决议，\n    又回顾其第 64/1 和 64/2 号决议，";
        assert_eq!(found(zh), vec![
            "2021/15=2021/15 res Economic and Social Council",
            "64/1=64/1 res Commission on Narcotic Drugs",
            "64/2=64/2 res Commission on Narcotic Drugs",
        ]);
        let dated = "人权理事会，\n    重申大会 2006 年 3 月 15 日第 60/251 号决议，\n    又重申其 2007 年 6 月 18 日第 5/1 和 5/2 号决议，";
        assert_eq!(found(dated), vec![
            "60/251=60/251 res General Assembly",
            "5/1=5/1 res Human Rights Council",
            "5/2=5/2 res Human Rights Council",
        ]);
        let en = "    The Human Rights Council,\n    Recalling its resolution 5/1 and General Assembly resolution 60/251,";
        assert_eq!(found(en), vec!["5/1=5/1 res Human Rights Council", "60/251=60/251 res General Assembly"]);
        // A reference joined to one that `其` owns shares its body.
        let joined = "大会，\n    又回顾其第 S-32/1 号决议和 2022 年 12 月 15 日第 77/210 号决议，";
        assert_eq!(found(joined), vec!["S-32/1=S-32/1 res General Assembly", "77/210=77/210 res General Assembly"]);
        // A report has no such opening: `its` stays undecided.
        assert_eq!(found("The Council met.\n\nRecalling its resolution 5/1,"), vec!["5/1=5/1 res -"]);
        // A body heading an earlier reference of the sentence is not what `its`/`其` means.
        let en = "The Conference of the States Parties,\n\nRecalling General Assembly resolution 77/262 and its own resolutions 10/1 and 10/2,";
        assert_eq!(found(en), vec!["77/262=77/262 res General Assembly", "10/1=10/1 res Conference of the States Parties", "10/2=10/2 res Conference of the States Parties"]);
        let zh = "缔约国会议，\n\n又回顾大会第 77/262 号决议，以及其第 10/4 号和第 10/5 号决议，";
        assert_eq!(found(zh), vec!["77/262=77/262 res General Assembly", "10/4=10/4 res Conference of the States Parties", "10/5=10/5 res Conference of the States Parties"]);
        assert_eq!(found("The Council met.\n\nRecalling General Assembly resolution 77/262 and its resolution 5/1,"), vec!["77/262=77/262 res General Assembly", "5/1=5/1 res -"]);
        // The opening names the body with its treaty (`…缔约国会议，` under the cover).
        let full = "The Conference of the States Parties to the United Nations Convention against Corruption,\n\nRecalling its resolution 10/1,";
        assert_eq!(found(full), vec!["10/1=10/1 res Conference of the States Parties"]);
        let full = "联合国反腐败公约缔约国会议，\n\n回顾其第 10/1 号决议，";
        assert_eq!(found(full), vec!["10/1=10/1 res Conference of the States Parties"]);
        let full = "联合国打击跨国有组织犯罪公约缔约方会议，\n\n回顾其第 12/1 号决议，";
        assert_eq!(found(full), vec!["12/1=12/1 res Conference of the Parties"]);
    }

    #[test]
    fn a_body_named_directly_before_a_number_is_that_numbers() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Commission on Narcotic Drugs\n\nPursuant to Economic and Social Council resolution 1999/30 and Commission decision 55/1, the Commission will meet",
                &["1999/30=1999/30 res Economic and Social Council", "55/1=55/1 dec Commission on Narcotic Drugs"],
            ),
            (
                "麻醉药品委员会\n\n根据经济及社会理事会第 1999/30 号决议和委员会第 55/1 号决定，委员会将举行会议。",
                &["1999/30=1999/30 res Economic and Social Council", "55/1=55/1 dec Commission on Narcotic Drugs"],
            ),
            (
                "回顾大会第 77/238 号决议、安全理事会第 2231（2015）号决议和麻醉药品委员会第 66/1 号决议，以及第 S-32/1 号决议。",
                &["77/238=77/238 res General Assembly", "2231（2015）=2231 (2015) res Security Council", "66/1=66/1 res Commission on Narcotic Drugs", "S-32/1=S-32/1 res -"],
            ),
            ("大会第 75/194 号决议和第 76/1 号决议", &["75/194=75/194 res General Assembly", "76/1=76/1 res General Assembly"]),
            (
                "大会第 77/238 号决议和人权理事会第 52/1 号决议以及第 52/2 号决议",
                &["77/238=77/238 res General Assembly", "52/1=52/1 res Human Rights Council", "52/2=52/2 res Human Rights Council"],
            ),
            (
                "General Assembly resolution 75/194 and Security Council resolution 2231 (2015), and resolution 52/1",
                &["75/194=75/194 res General Assembly", "2231 (2015)=2231 (2015) res Security Council", "52/1=52/1 res -"],
            ),
            // A date between the bare word and the number; the owner of rules is not the adopting body.
            (
                "人权理事会\n\n1. 根据大会第 60/251 号决议以及理事会 2007 年 6 月 18 日第 5/1 和 5/2 号决议。根据经济及社会理事会议事规则第 59 条以及第 16/21 号决议第 9 段。",
                &["60/251=60/251 res General Assembly", "5/1=5/1 res Human Rights Council", "5/2=5/2 res Human Rights Council", "16/21=16/21 res -"],
            ),
            ("under rule 59 of the rules of procedure of the Economic and Social Council and resolution 16/21", &["16/21=16/21 res -"]),
            // A longer name the table does not know is not the bare word.
            ("麻醉药品委员会\n\n国际法委员会第 5/1 号决议", &["5/1=5/1 res -"]),
            ("Commission on Narcotic Drugs\n\nInternational Law Commission resolution 5/1", &["5/1=5/1 res -"]),
        ];
        for &(text, expected) in cases {
            assert_eq!(found(text), expected.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn a_bare_word_is_the_body_the_document_names_first() {
        let cases = [
            ("Conference of the States Parties to the United Nations Convention against Corruption\n\nIn its resolution 3/1, the Conference established", "3/1=3/1 res Conference of the States Parties"),
            ("In its resolution 3/1, the Conference established", "3/1=3/1 res -"),
            ("Commission on Narcotic Drugs\n\nThe Commission, in its resolution 64/1, requested", "64/1=64/1 res Commission on Narcotic Drugs"),
            ("Human Rights Council\n\nIn its resolution 5/1, the Council established", "5/1=5/1 res Human Rights Council"),
            ("Human Rights Council\n\nThe Commission of Inquiry cited resolution 5/1.", "5/1=5/1 res -"),
            ("United Nations Environment Assembly\n\nIn its resolution 5/2, the Assembly decided", "5/2=5/2 res United Nations Environment Assembly"),
            ("In its resolution 76/1, the Assembly decided", "76/1=76/1 res General Assembly"),
            ("麻醉药品委员会\n\n该委员会在第 64/1 号决议中请", "64/1=64/1 res Commission on Narcotic Drugs"),
            ("人权理事会\n\n本理事会第 5/1 号决议", "5/1=5/1 res Human Rights Council"),
        ];
        for (text, expected) in cases {
            assert_eq!(found(text), vec![expected], "{text}");
        }
    }
}
