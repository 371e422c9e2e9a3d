//! Where a document's header ends: the lines before the first paragraph,
//! numbered item, table row, list of documents, resolution's opening
//! formula, or after the title of a letter or adopted text.

use crate::text::is_ws;

use super::{dates::DATE_EN, title::is_dated_title, vocabulary, DISTRIBUTION, Line, ORGAN_ENDINGS_ZH, is_symbol};

/// Longest line, in characters, that still belongs to the header.
const HEADER_LINE: usize = 300;

/// Longest line, in characters, that may end like a sentence in the header.
const HEADER_SENTENCE: usize = 60;

/// Longest line, in characters, that may end in `。` after a clause's comma
/// in the header: a Chinese sentence is longer (`根据…，中方将于 2026 年 3 月中旬前提交补充资料。`);
/// a footnote (`* CAC/COSP/WG.2/2024/1。`) has no comma.
const HEADER_SENTENCE_ZH: usize = 20;

/// Most lines a header has.
const HEADER_LINES: usize = 40;

pub(super) fn header_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    for piece in text.split_inclusive('\n') {
        let start = pos;
        pos += piece.len();
        let t = piece.trim_start_matches(is_ws);
        let s = start + (piece.len() - t.len());
        let e = s + t.trim_end_matches(is_ws).len();
        if e == s {
            continue;
        }
        let line = &text[s..e];
        let n = line.chars().count();
        // `Held at the Vienna International Centre, Vienna, on Monday, 12 June
        // 2023, at 3 p.m.`: a summary record's heading ends in a time, not a sentence.
        let timed = line.ends_with("a.m.") || line.ends_with("p.m.");
        let sentence = (n > HEADER_SENTENCE && (line.contains('。') || (line.ends_with('.') && !timed)))
            || (n > HEADER_SENTENCE_ZH && line.ends_with('。') && line.contains('，'));
        // `1. Organizational matters` begins the body; `1 March 2023` is the date of issue.
        let item = numbered_paragraph(line) || (line.starts_with("1 ") && DATE_EN.find(line).is_none_or(|m| m.start() != 0));
        let opening = opens_resolution(line) || matches!(line, "Agenda" | "议程");
        if n > HEADER_LINE || sentence || item || opening || is_table_row(line) || is_document_row(line) || is_column_heads(line) || out.len() >= HEADER_LINES {
            break;
        }
        out.push(Line { start: s, end: e });
        // The text of a letter or resolution follows its title; an adopted
        // text's title follows its number, and names other bodies' sessions.
        if is_dated_title(line) || numbered_text(line).is_some() {
            break;
        }
    }
    out
}

/// True for a numbered item or paragraph, which begins the body: `1.`,
/// `7. 秘书处于…` (an excerpt that starts past the first paragraph); not a
/// number with decimals (`1.5`).
pub(super) fn numbered_paragraph(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && line[digits..].starts_with('.') && !line[digits + 1..].starts_with(|c: char| c.is_ascii_digit())
}

/// Fewest cells of a table's row (`CAC/COSP/2023/1→2→临时议程说明`).
const TABLE_CELLS: usize = 3;

/// True for a row of a table, which begins the body: three or more cells
/// split by tabs, none of them the `Distr.` of a cover's two columns; not
/// a PDF's print line, a job number and its dates (`V.23-19876 (E)→241023→251023`).
fn is_table_row(line: &str) -> bool {
    let cells = line.split('\t').map(|c| c.trim_matches(is_ws)).filter(|c| !c.is_empty());
    let print_line = cells.clone().skip(1).all(|c| c.bytes().all(|b| b.is_ascii_digit()));
    cells.clone().count() >= TABLE_CELLS && !print_line && !cells.clone().any(|c| DISTRIBUTION.is_match(c))
}

/// True for a row of a list of documents, which begins the body: a symbol
/// and, in a cell after it, its title (`CAC/COSP/2025/1→Annotated
/// provisional agenda`). A cover prints only its `Distr.` or its date of
/// issue beside its symbol (`A/78/123→5 July 2023`).
fn is_document_row(line: &str) -> bool {
    let mut cells = line.split('\t').map(|c| c.trim_matches(is_ws)).filter(|c| !c.is_empty());
    cells.next().is_some_and(is_symbol)
        && cells.any(|c| !is_symbol(c) && !DISTRIBUTION.is_match(c) && DATE_EN.find(c).is_none() && !c.contains('年') && c.chars().any(char::is_alphabetic))
}

/// True for the heading row of a table whose cells a PDF joined with
/// spaces (`Date Time Agenda item Topic`): two or more column headings of
/// `data/metadata.tsv` and nothing else. The rows below are the body's,
/// their dates no meeting's of the cover.
pub(super) fn is_column_heads(line: &str) -> bool {
    let mut rest = line.trim();
    let mut columns = 0;
    while !rest.is_empty() {
        let heading = vocabulary("column")
            .filter(|(c, _)| rest.get(..c.len()).is_some_and(|h| h.eq_ignore_ascii_case(c)) && rest[c.len()..].chars().next().is_none_or(is_ws))
            .max_by_key(|(c, _)| c.len());
        let Some((c, _)) = heading else { return false };
        rest = rest[c.len()..].trim_start_matches(is_ws);
        columns += 1;
    }
    columns >= 2
}

/// The kind of adopted text a line heads by its number alone (`Decision
/// 2024/245`, `Resolution 2023/1`, `Decision S-32/1`): its value in
/// `data/metadata.tsv`.
pub(super) fn numbered_text(line: &str) -> Option<&'static str> {
    vocabulary("numbered-text").find_map(|(p, v)| {
        let number = line.strip_prefix(p)?.strip_prefix(' ')?.trim();
        let (a, b) = number.split_once('/')?;
        let a = a.strip_prefix("S-").unwrap_or(a);
        let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit());
        (digits(a) && digits(b.trim_end_matches(|c: char| c.is_ascii_uppercase()))).then_some(v)
    })
}

/// Longest line, in characters, that opens a resolution's text.
const OPENING_LINE: usize = 100;

/// True for the line that opens a resolution's text: its author and a comma
/// alone (`The General Assembly,`, `The Conference of the Parties,`, `大会，`,
/// `人权理事会，`) — not a wrapped title line that happens to end in a comma
/// (`…held in Sharm el-Sheikh,`).
pub(super) fn opens_resolution(line: &str) -> bool {
    if line.chars().count() > OPENING_LINE || line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if let Some(name) = line.strip_suffix(',') {
        return name.starts_with("The ") && !name.contains(',');
    }
    // `…第十三届会议，` names a session, `…举行的…会议，` a meeting: titles, not authors.
    line.strip_suffix('，').is_some_and(|name| !name.contains(['，', ',', '的', '届', '次']) && ORGAN_ENDINGS_ZH.iter().any(|e| name.ends_with(e)))
}
