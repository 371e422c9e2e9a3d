//! Document metadata: what the header of a UN document prints before the
//! text begins.
//!
//! ```text
//! 联合国反腐败公约 缔约国会议          → body
//! Distr.: General                     → distribution
//! 30 September 2021                   → date of issue 2021-09-30
//! Chinese                             → language (the text's own)
//! Original: English                   → original language "en"
//! 第九届会议                          → session 9
//! 2021年12月13日至17日，埃及沙姆沙伊赫  → meeting 2021-12-13/2021-12-17 at 埃及沙姆沙伊赫
//! 临时议程说明                        → title
//! ```
//! The header ends at the first long line (a paragraph) or numbered item,
//! at a resolution's opening formula (`The General Assembly,`, `大会，`), at
//! a meeting record's `Agenda`, and after the title of a letter or adopted
//! text (`Letter dated …`, `…给秘书长的信`, `Resolution adopted by …`), whose
//! date is the document's own, never the meeting's; after an adopted text's
//! number (`Decision 2024/245`, the title `Decision`); and at a table's
//! heading row even when a PDF joined its cells with spaces (`Date Time
//! Agenda item Topic`).
//! Dates come from the `date` annotations in the header when there are any,
//! else from a small reader of the header's own date lines; the place from
//! a `place` annotation on the meeting's line (or alone on the line below
//! it, as a meeting record prints `New York`), else from the words that
//! line gives beside the date; the symbol from a cell holding only a
//! document symbol (`A/78/123`, `S/PV.9000`, `A/78/456–S/2023/678`). A
//! cover without `Distr.` (a meeting record's) names its organ below the
//! symbol, an Official Records cover above its report's title. A document
//! is titled by its type (`临时议程说明`, `Note by the Secretariat`), a
//! session's report by its full title (`Report on the sixty-seventh session
//! (14–22 March 2024)`, `第六十七届会议报告`), a meeting's report too
//! (`Report on the meeting of the … held in Vienna on 12 and 13 June
//! 2024`); a report on a subject keeps the type (`Report`). Whatever the header does not print stays `null`.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::model::{Annotation, Kind, Meeting, Metadata, Session, Value};
use crate::numerals::parse_number;
use crate::span::Span;
use crate::text::{is_cjk, is_ws, Document};

/// Header vocabulary: `kind<TAB>as printed<TAB>value` a line.
static VOCABULARY: LazyLock<Vec<(String, String, String)>> = LazyLock::new(|| {
    data_file!("metadata.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split('\t');
            Some((parts.next()?.to_owned(), parts.next()?.to_owned(), parts.next()?.trim().to_owned()))
        })
        .collect()
});

fn vocabulary(kind: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    VOCABULARY.iter().filter(move |(k, _, _)| k == kind).map(|(_, a, b)| (a.as_str(), b.as_str()))
}

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December";

static DISTRIBUTION: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"(?i)(?:Distr\.?[ \t]*[:：]?|分发[ \t]*[:：])[ \t]*(General|Limited|Restricted|普遍|一般|限量|有限|限制)"));

static ORIGINAL: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"(?:Original|原文|原件)[ \t]*[:：][ \t]*([A-Za-z]+|[一-鿿]+)"));

/// A cell that is a document symbol: `A/78/123`, a meeting record's
/// `S/PV.9000`, or a joint symbol `A/78/456–S/2023/678` (en or em dash; a
/// hyphen is read by the first form).
static SYMBOL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let one = r"[A-Z]{1,8}(?:/[A-Za-z0-9.\-]+){2,}|[A-Z]{1,8}/[A-Z]{1,6}\.[0-9]+(?:/[A-Za-z0-9.\-]+)*";
    crate::text::regex(&format!(r"^(?:{one})(?:[–—](?:{one}))*$"))
});

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

static DATE_ZH: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"([0-9]{4})[ \t]*年[ \t]*([0-9]{1,2})[ \t]*月[ \t]*([0-9]{1,2})[ \t]*日(?:[ \t]*(?:至|-|–)[ \t]*(?:([0-9]{4})[ \t]*年[ \t]*)?(?:([0-9]{1,2})[ \t]*月[ \t]*)?([0-9]{1,2})[ \t]*日)?")
});

static DATE_EN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"([0-9]{{1,2}})(?:[ \t]+({MONTHS}))?(?:[ \t]*(?:-|–|—|to)[ \t]*([0-9]{{1,2}}))?[ \t]+({MONTHS}),?[ \t]+([0-9]{{4}})"))
});

static PLACE_ZH: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"在([^，。、,\s在]{2,30}?)(?:以[^，。]{0,20})?举行"));

static PLACE_EN: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(r"\b(?:held|convened|meeting) in ([A-Z][A-Za-z\-]*(?:[ \t][A-Z][A-Za-z\-]*)*)"));

/// Longest line, in characters, that still belongs to the header.
const HEADER_LINE: usize = 300;
/// Longest line, in characters, that may end like a sentence in the header.
const HEADER_SENTENCE: usize = 60;
/// Most lines a header has.
const HEADER_LINES: usize = 40;

/// A line of the header: byte bounds, trimmed.
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

fn header_lines(text: &str) -> Vec<Line> {
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
        let sentence = n > HEADER_SENTENCE && (line.contains('。') || (line.ends_with('.') && !timed));
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
fn numbered_paragraph(line: &str) -> bool {
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
fn is_column_heads(line: &str) -> bool {
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
fn numbered_text(line: &str) -> Option<&'static str> {
    vocabulary("numbered-text").find_map(|(p, v)| {
        let number = line.strip_prefix(p)?.strip_prefix(' ')?.trim();
        let (a, b) = number.split_once('/')?;
        let a = a.strip_prefix("S-").unwrap_or(a);
        let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit());
        (digits(a) && digits(b.trim_end_matches(|c: char| c.is_ascii_uppercase()))).then_some(v)
    })
}

/// Words that end the name of an organ that adopts resolutions, in Chinese.
const ORGAN_ENDINGS_ZH: &[&str] = &["大会", "理事会", "委员会", "会议"];

/// Longest last line, in characters, of a wrapped dated title (`的信`,
/// `代表给秘书长的信`).
const DATED_TAIL: usize = 20;

/// Longest line, in characters, that opens a resolution's text.
const OPENING_LINE: usize = 100;

/// True for the line that opens a resolution's text: its author and a comma
/// alone (`The General Assembly,`, `The Conference of the Parties,`, `大会，`,
/// `人权理事会，`) — not a wrapped title line that happens to end in a comma
/// (`…held in Sharm el-Sheikh,`).
fn opens_resolution(line: &str) -> bool {
    if line.chars().count() > OPENING_LINE || line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if let Some(name) = line.strip_suffix(',') {
        return name.starts_with("The ") && !name.contains(',');
    }
    // `…第十三届会议，` names a session, `…举行的…会议，` a meeting: titles, not authors.
    line.strip_suffix('，').is_some_and(|name| !name.contains(['，', ',', '的', '届', '次']) && ORGAN_ENDINGS_ZH.iter().any(|e| name.ends_with(e)))
}

/// Extracts header metadata. Linear in the length of the header.
pub fn extract(doc: &Document, annotations: &[Annotation]) -> Metadata {
    let text = doc.text;
    let lines = header_lines(text);
    let header_end = lines.last().map_or(0, |l| l.end);
    let header = &text[..header_end];
    let distr = lines.iter().position(|l| DISTRIBUTION.is_match(&text[l.start..l.end]));

    let mut dates = header_dates(text, header_end, annotations);
    // A letter's or resolution's title dates it, not a meeting.
    // A Chinese title wrapped before its end (`…代表给秘书长` / `的信`) is dated by its last line.
    let dated = |i: usize| {
        let line = |k: usize| lines.get(k).map_or("", |l| &text[l.start..l.end]);
        is_dated_title(line(i)) || (!line(i).ends_with(['。', '.']) && line(i + 1).chars().count() <= DATED_TAIL && is_dated_title(line(i + 1)))
    };
    let on_dated_line = |d: &HeaderDate| lines.iter().enumerate().any(|(i, l)| l.start <= d.span.start && d.span.end <= l.end && dated(i));
    // `2024 年 3 月 5 日主席团给缔约国的信函` without a cover: the letter's date is the document's.
    let title_date = dates.iter().find(|d| d.end.is_none() && on_dated_line(d)).map(|d| d.start.clone());
    dates.retain(|d| !on_dated_line(d));
    // The date of issue is a single day on the `Distr.` line or just below it.
    let issue_lines = distr.map(|i| (lines[i].start, lines[(i + 2).min(lines.len() - 1)].end));
    let issue = issue_lines
        .and_then(|(from, to)| dates.iter().position(|d| d.end.is_none() && d.span.start >= from && d.span.end <= to))
        .map(|i| dates.remove(i));
    // The meeting: the first range left, else the first single day left.
    let meeting_at = dates.iter().position(|d| d.end.is_some()).or((!dates.is_empty()).then_some(0));
    let meeting = meeting_at.map(|i| dates.swap_remove(i)).map(|d| Meeting {
        start: Some(d.start.clone()),
        end: d.end.clone().or_else(|| joined_last_day(text, &d, &dates)),
        place: place_on_line(text, &lines, d.span, annotations),
    });

    let titled = title(text, &lines);
    Metadata {
        body: match distr {
            Some(i) => organ(text, &lines).or_else(|| issuing_body(text, &lines, i)),
            // An Official Records cover names its body above the report's title.
            // A Journal prints no `Distr.` either: its body is the organ
            // above the session line (`联合国反腐败公约缔约国会议` / `第十届会议` / `日刊`).
            // The report's organ comes first: the parent body below the
            // symbols may only head the series (`经济及社会理事会` / `正式记录，2024 年`).
            None => official_records_body(text, &lines).or_else(|| body_below_symbol(text, &lines)).or_else(|| titled.is_some().then(|| organ(text, &lines)).flatten()),
        },
        distribution: DISTRIBUTION.captures(header).and_then(|c| c.get(1)).map(|m| distribution(m.as_str())),
        date: issue.map(|d| d.start).or_else(|| title_date.filter(|_| distr.is_none())),
        language: Some(doc.language.code().to_owned()),
        original_language: original_language(header),
        symbol: lines.iter().flat_map(|l| cells(text, *l)).map(|c| c.trim_end_matches(['*', ' '])).find(|c| is_symbol(c)).map(|c| crate::numerals::to_halfwidth(c).into_owned()),
        session: session(header),
        meeting,
        title: titled,
    }
}

/// The distribution a header prints, as the English word: `GENERAL` →
/// `General`, `分发：限量` → `Limited` (the `distribution` rows of the vocabulary).
fn distribution(printed: &str) -> String {
    vocabulary("distribution").find(|(p, _)| *p == printed).map_or_else(|| capitalised(printed), |(_, v)| v.to_owned())
}

/// `GENERAL` → `General`. ASCII only: the words `DISTRIBUTION` matches are
/// (and ASCII case keeps core's Unicode case tables out of the page).
fn capitalised(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The cells of a header line, trimmed: a PDF's cover block prints two
/// columns on one line, split by a tab (`United Nations→E/CN.7/2023/1`,
/// `Economic and Social Council→Distr.: General`) or by a space only
/// (`United Nations E/CN.15/2023/1`, `Economic and Social Council Distr.:
/// General`): a trailing symbol and a `Distr.` are cells of their own.
fn cells(text: &str, l: Line) -> impl Iterator<Item = &str> {
    text[l.start..l.end].split('\t').flat_map(split_cell).map(|c| c.trim_matches(is_ws)).filter(|c| !c.is_empty())
}

fn split_cell(cell: &str) -> Vec<&str> {
    if let Some(m) = DISTRIBUTION.find(cell).filter(|m| m.start() > 0) {
        return vec![&cell[..m.start()], &cell[m.start()..]];
    }
    match cell.trim_end().rsplit_once(' ') {
        Some((head, last)) if is_symbol(last) => vec![head, last],
        _ => vec![cell],
    }
}

/// A cell that is a document symbol, in ASCII or typed in full width
/// (`ＣＡＣ／ＣＯＳＰ／２０２１／１`).
fn is_symbol(cell: &str) -> bool {
    SYMBOL_LINE.is_match(&crate::numerals::to_halfwidth(cell.trim_end_matches(['*', ' ', '＊'])))
}

/// The cover's issuing body: the cells above `Distr.` (and before it on its
/// line), less the symbol and the bare `United Nations` banner. A masthead
/// printed with spaced characters beside the symbol or distribution
/// (`联 合 国 A/HRC/52/1`, `大 会 Distr.: General`) is read as its name (`大会`).
fn cover_body(text: &str, lines: &[Line]) -> Option<String> {
    let parts: Vec<String> = lines
        .iter()
        .flat_map(|l| cells(text, *l))
        .take_while(|c| !DISTRIBUTION.is_match(c))
        .filter(|c| !is_symbol(c))
        .map(despaced)
        .filter(|c| !matches!(c.as_str(), "United Nations" | "联合国" | "Nations Unies"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A cell with the spaces between its ideographs removed when it is
/// printed spaced out (`大 会` → `大会`).
fn despaced(cell: &str) -> String {
    let chars: Vec<char> = cell.trim().chars().collect();
    let spaced = chars.len() >= 3 && chars.iter().enumerate().all(|(i, c)| if i % 2 == 1 { *c == ' ' } else { is_cjk(*c) });
    if spaced {
        chars.iter().filter(|c| **c != ' ').collect()
    } else {
        cell.trim().to_owned()
    }
}

/// Principal organs printed above `Distr.` as the series of a subsidiary
/// body's documents (`大会` above `人权理事会`, `经济及社会理事会` above
/// `麻醉药品委员会`).
const PARENT_ORGANS: &[&str] = &["大会", "经济及社会理事会", "安全理事会", "General Assembly", "Economic and Social Council", "Security Council"];

/// The issuing body: the lines above `Distr.` (line `distr`), unless they
/// print only the principal organ of a body named below.
fn issuing_body(text: &str, lines: &[Line], distr: usize) -> Option<String> {
    let above = cover_body(text, &lines[..=distr]);
    if above.as_deref().is_none_or(|b| PARENT_ORGANS.contains(&b)) {
        if let Some(below) = body_below(text, &lines[distr..]) {
            return Some(below);
        }
    }
    let mut name = above?;
    let mut at = distr;
    // `…to the` / `United Nations Convention against` / `Transnational Organized Crime`.
    while at < distr + BODY_WRAP_LINES && name.rsplit(' ').next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase())) {
        let Some(next) = lines.get(at + 1).filter(|n| text[lines[at].end..n.start].matches('\n').count() == 1) else {
            break;
        };
        let line = &text[next.start..next.end];
        let Some(rest) = wrapped_on(line).or_else(|| (at > distr).then(|| line.trim_matches(is_ws)).filter(|l| is_name_rest(l) && !is_languages_only(l))) else {
            break;
        };
        name = format!("{name} {rest}");
        at += 1;
    }
    Some(name)
}

/// Most lines below `Distr.` that a cover wraps its body's name onto.
const BODY_WRAP_LINES: usize = 2;

/// True for a line that can only go on with a wrapped name: a capital, no
/// digit, no `:` (`Transnational Organized Crime` alone below `United
/// Nations Convention against→18 July 2025`).
fn is_name_rest(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_uppercase()) && !line.contains(|c: char| c.is_ascii_digit() || c == ':')
}

/// The rest of a body's name that a cover wraps onto the line below its
/// `Distr.`, before the date of issue in the right-hand column
/// (`Conference of the States Parties to the→Distr.: General` / `United
/// Nations Convention against Corruption      2 September 2025`): the
/// left-hand column, when it is a name (a capital, no digit).
fn wrapped_on(line: &str) -> Option<&str> {
    let left = line.split('\t').next()?.split("   ").next()?.trim_matches(is_ws);
    (is_name_rest(left) && left != line.trim_matches(is_ws)).then_some(left)
}

/// The body printed alone on a header line below `Distr.`: an organisation
/// the gazetteer knows (`麻醉药品委员会`, `Human Rights Council`), or one
/// wrapped over two or three lines (`联合国打击跨国有组织犯罪公约` / `缔约方会议`),
/// written as [`cover_body`] writes the cells of a wrapped name: joined by a space.
fn body_below(text: &str, lines: &[Line]) -> Option<String> {
    let is_organization = |name: &str| matches!(crate::gazetteer::lookup(name), Some(crate::gazetteer::Entry::Organization(_)));
    lines.iter().enumerate().find_map(|(k, l)| {
        let line = &text[l.start..l.end];
        if is_organization(line) {
            return Some(line.to_owned());
        }
        // `Conference of the Parties to the` / `United Nations Convention
        // against` / `Transnational Organized Crime`: up to three lines.
        let glue = if line.is_ascii() { " " } else { "" };
        let (mut joined, mut written) = (line.to_owned(), line.to_owned());
        for next in lines.get(k + 1..).unwrap_or(&[]).iter().take(BODY_WRAP_LINES) {
            let next = &text[next.start..next.end];
            joined = format!("{joined}{glue}{next}");
            written = format!("{written} {next}");
            if is_organization(&joined) {
                return Some(written);
            }
        }
        None
    })
}

/// Most lines below the symbol that a cover without `Distr.` (a meeting
/// record's) gives its organ in.
const RECORD_BODY_LINES: usize = 3;

/// The organ of a cover that prints no `Distr.` line, as a meeting record
/// does (`United Nations→S/PV.9000` / `Security Council` / `Seventy-eighth
/// year`): an organisation alone on one of the lines just below the symbol.
fn body_below_symbol(text: &str, lines: &[Line]) -> Option<String> {
    let at = lines.iter().take(RECORD_BODY_LINES).position(|l| cells(text, *l).any(is_symbol))?;
    body_below(text, lines.get(at + 1..(at + 1 + RECORD_BODY_LINES).min(lines.len()))?)
}

/// Most lines an organ's name takes above the session line.
const ORGAN_LINES: usize = 3;

/// The organ that meets, when the header names it above the line that
/// names the session, under a parent body's cover (`Economic and Social
/// Council` … `Commission on Narcotic Drugs` / `Sixty-sixth session` or
/// `Report on the sixty-sixth session`): the lines directly above that line
/// that hold a name and nothing else (no digit, no `Original:`, no
/// language, no `Distr.`).
fn organ(text: &str, lines: &[Line]) -> Option<String> {
    let at = lines.iter().position(|l| session(&text[l.start..l.end]).is_some())?;
    // `Report of the Implementation Review Group on its` / `fourteenth
    // session, …`: a title wrapped onto the session line, not a name above it.
    let above = lines[..at].last().map(|l| &text[l.start..l.end])?;
    if above.rsplit(' ').next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase())) {
        return None;
    }
    // `联合国反腐败公约缔约国会议` / `日刊` / `第十届会议`: a title between the name and the session line.
    let names: Vec<&str> = lines[..at]
        .iter()
        .rev()
        .map(|l| &text[l.start..l.end])
        .skip_while(|line| document_type(line).is_some())
        .take(ORGAN_LINES)
        .take_while(|line| is_name_line(line))
        .enumerate()
        // `联合国反腐败公约缔约国会议` / `预防腐败问题…工作组` / `第十六届会议`: a
        // parent body named whole above the organ that meets is no part of its name.
        .take_while(|(k, line)| *k == 0 || !is_whole_name(line))
        .map(|(_, line)| line)
        .collect();
    // A wrapped name goes on in lower case (`and Criminal Justice`); it begins with a capital.
    let first = names.last()?;
    // `Report of the Conference of the Parties to the United` / `Nations …
    // Organized` / `Crime on its eleventh session`: the lines are a title's,
    // whichever of them the title opens (a body above it is cut off by [`ORGAN_LINES`]).
    if names.iter().any(|line| vocabulary("title-prefix").any(|(p, _)| line.starts_with(p))) {
        return None;
    }
    first.starts_with(|c: char| c.is_uppercase() || is_cjk(c)).then(|| names.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// The body of an Official Records cover, which prints no `Distr.`: the
/// [`organ`] above a report's title that names the session but no body
/// (`Commission on Crime Prevention and Criminal Justice` / `Report on the
/// thirty-third session`, `第三十三届会议报告`). A session line alone (`Sixty-sixth session`)
/// under a name is no such cover.
fn official_records_body(text: &str, lines: &[Line]) -> Option<String> {
    let at = lines.iter().position(|l| session(&text[l.start..l.end]).is_some())?;
    let line = &text[lines[at].start..lines[at].end];
    let zh = line.starts_with('第') && (line.ends_with("届会议报告") || line.ends_with("届会议的报告"));
    (zh || line.starts_with("Report on the ") || line.starts_with("Report on its ")).then(|| organ(text, lines)).flatten()
}

/// True when `line` is a whole name of its own, not the first part of one
/// wrapped below: an organisation the gazetteer knows (`经济及社会理事会`),
/// or a Chinese name that ends like an organ (`联合国反腐败公约缔约国会议`),
/// where a wrapped one breaks before its end (`联合国打击跨国有组织犯罪公约`).
fn is_whole_name(line: &str) -> bool {
    matches!(crate::gazetteer::lookup(line), Some(crate::gazetteer::Entry::Organization(_)))
        || (line.chars().last().is_some_and(is_cjk) && ORGAN_ENDINGS_ZH.iter().any(|e| line.ends_with(e)))
}

/// A header line that can only be a body's name: not a document type
/// (`日刊`, `Journal` below the body's name is the title).
fn is_name_line(line: &str) -> bool {
    !line.contains('\t')
        && !line.chars().any(|c| c.is_ascii_digit())
        && !DISTRIBUTION.is_match(line)
        && !ORIGINAL.is_match(line)
        && !vocabulary("language").any(|(n, _)| n.eq_ignore_ascii_case(line))
        && !is_languages_only(line)
        && !matches!(line, "United Nations" | "联合国" | "Nations Unies")
        && document_type(line).is_none()
}

/// The line of a document issued in some languages only, printed where the
/// original language would be: `English only`, `Chinese and English only`,
/// `English, French and Spanish only`, and in Chinese `仅有中文和英文`,
/// `只有英文`.
fn is_languages_only(line: &str) -> bool {
    let line = line.trim();
    let known = |n: &str| vocabulary("language").any(|(l, _)| l.eq_ignore_ascii_case(n.trim()));
    if let Some(names) = ["仅有", "只有", "仅"].iter().find_map(|p| line.strip_prefix(p)) {
        return names.split(['、', '和', '及']).all(known);
    }
    let Some(names) = line.strip_suffix(" only") else { return false };
    names.split(", ").flat_map(|n| n.split(" and ")).all(known)
}

fn original_language(header: &str) -> Option<String> {
    let name = ORIGINAL.captures(header)?.get(1)?.as_str();
    vocabulary("language").find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, code)| code.to_owned())
}

/// A date of the header: where it is, its first and last day.
struct HeaderDate {
    span: Span,
    start: String,
    end: Option<String>,
}

/// Day dates in the header: the date annotations, and what the header's
/// own date reader finds where no annotation is.
fn header_dates(text: &str, header_end: usize, annotations: &[Annotation]) -> Vec<HeaderDate> {
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
fn joined_last_day(text: &str, first: &HeaderDate, dates: &[HeaderDate]) -> Option<String> {
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
fn place_on_line(text: &str, lines: &[Line], date: Span, annotations: &[Annotation]) -> Option<String> {
    let line = lines.iter().find(|l| l.start <= date.start && date.end <= l.end)?;
    if let Some(p) = annotations.iter().find(|a| a.kind == Kind::Place && line.start <= a.span.start && a.span.end <= line.end) {
        return Some(text[p.span.range()].to_owned());
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
    let after = text[date.end..line.end].trim_start_matches(|c: char| is_ws(c) || matches!(c, '，' | ',' | '、'));
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
    pick(after).or_else(|| if before_raw.ends_with([',', '，']) { pick(before) } else { None })
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

fn session(header: &str) -> Option<Session> {
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
fn digit_by_digit(s: &str) -> Option<u32> {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let mut n: u32 = 0;
    for c in s.chars() {
        let d = DIGITS.iter().position(|x| *x == c).or((c == '零').then_some(0))?;
        n = n.checked_mul(10)?.checked_add(d as u32)?;
    }
    (s.chars().count() >= 2).then_some(n)
}

/// `ninth` → 9, `thirty-second` → 32, `73rd` → 73.
fn ordinal(word: &str) -> Option<u32> {
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

/// True for a title that dates the document itself: a letter or note
/// verbale (`Letter dated 11 September 2023 from the Permanent
/// Representative of …`, `…给秘书长的信`), an adopted resolution (`Resolution
/// adopted by the General Assembly on 15 December 2022`, `2022 年 12 月 15
/// 日大会决议`). Its date is no meeting's, and it is no agenda item's title.
pub fn is_dated_title(line: &str) -> bool {
    let line = line.trim_end_matches('*').trim();
    vocabulary("dated-prefix").any(|(p, _)| line.starts_with(p)) || vocabulary("dated-suffix").any(|(s, _)| line.ends_with(s))
}

/// The document's title: a header line that the vocabulary names, not one
/// of the agenda item titles that the cover prints under `Items 1 and 9 of
/// the provisional agenda*` (down to the next blank line):
/// `Provisional agenda for the eleventh session of the Conference` there
/// is an item, and `Note by the Secretariat` below it the title. A line
/// that is a whole document type of the vocabulary (`秘书处的说明`, `Report
/// of the Secretary-General`) outranks a subject line above it that only
/// starts or ends like a report (`关于…执行情况的报告`, `Report on the
/// functioning of …`, see [`GENERIC_TITLES`]): notes and reports are titled
/// by their type line in both languages, a session's report by its full
/// title ([`session_report_title`]).
fn title(text: &str, lines: &[Line]) -> Option<String> {
    let mut in_items = false;
    let mut previous_end = 0;
    let mut subject_like: Option<String> = None;
    for (at, l) in lines.iter().enumerate() {
        let raw = &text[l.start..l.end];
        let blank_above = text[previous_end..l.start].matches('\n').count() > 1;
        previous_end = l.end;
        if is_cover_item_line(raw) {
            in_items = true;
            continue;
        }
        in_items &= !blank_above;
        if in_items {
            continue;
        }
        let line = raw.trim_end_matches('*').trim();
        if let Some(kind) = numbered_text(line).or_else(|| document_type(line)) {
            return Some(kind.to_owned());
        }
        // After a subject line only a whole type line counts: `…通过的决议和决定`
        // below a report's title is a heading of its contents.
        if subject_like.is_some() {
            continue;
        }
        let partial = vocabulary("title-suffix").find(|(s, _)| line.ends_with(s)).or_else(|| vocabulary("title-prefix").find(|(p, _)| line.starts_with(p)));
        match partial {
            Some((_, v)) if GENERIC_TITLES.contains(&v) => subject_like = Some(session_report_title(text, lines, at, line).unwrap_or_else(|| v.to_owned())),
            Some((_, v)) => return Some(v.to_owned()),
            None => {}
        }
    }
    subject_like
}

/// Most lines below a session report's subject line that its title runs on.
const SESSION_TITLE_LINES: usize = 3;

/// Words that end a line of a title wrapped before its end (`… held in Vienna from`).
const WRAPPING_WORDS: &[&str] = &["from", "to", "in", "on", "at", "and", "of", "the", "its", "held"];

/// The full title of a session's report when `line` (the header line at
/// `at`) opens one: `Report on the sixty-seventh session` with the dates
/// bracketed on the line below (an Official Records cover) → `Report on
/// the sixty-seventh session (14–22 March 2024)`; `Report of the
/// Implementation Review Group on its` / `fourteenth session, held in …`
/// wrapped; `第六十七届会议报告`. The title runs over the lines below it
/// while it names no session yet or its line ends in a comma or a small
/// word, and takes a whole bracket below it; never across a blank line. A
/// meeting's report is titled the same way ([`names_meeting`]); a report
/// on a subject is `None`: its title stays the type.
fn session_report_title(text: &str, lines: &[Line], at: usize, line: &str) -> Option<String> {
    let zh = line.ends_with("报告");
    let mut title = line.to_owned();
    // `…在维也纳举行的预防腐败问题…工作组` / `第十四次会议报告`: a Chinese title
    // wrapped after its venue clause; a body's name above (`麻醉药品委员会`) is no part of it.
    if let Some(above) = at.checked_sub(1).map(|a| lines[a]).filter(|a| zh && text[a.end..lines[at].start].matches('\n').count() == 1) {
        let above = text[above.start..above.end].trim();
        if above.contains("举行的") || above.ends_with('的') {
            title.insert_str(0, above);
        }
    }
    let mut k = at;
    while k + 1 < lines.len() && k < at + SESSION_TITLE_LINES {
        let next = lines[k + 1];
        if text[lines[k].end..next.start].matches('\n').count() > 1 {
            break;
        }
        let below = text[next.start..next.end].trim();
        let bracket = (below.starts_with('(') && below.ends_with(')')) || (below.starts_with('（') && below.ends_with('）'));
        let last_word = title.rsplit(' ').next().unwrap_or("");
        // `…twelfth session, held in Vienna` / `from 14 to 18 October 2024`: a
        // line that opens in lower case goes on with the title's sentence.
        let goes_on = below.starts_with(|c: char| c.is_ascii_lowercase());
        let wrapped = !zh && (session(&title).is_none() || title.ends_with(',') || WRAPPING_WORDS.contains(&last_word) || goes_on);
        if !bracket && !wrapped {
            break;
        }
        if !zh {
            title.push(' ');
        }
        title.push_str(below);
        k += 1;
        if bracket {
            break;
        }
    }
    (session(&title).is_some() || names_meeting(&title, zh)).then_some(title)
}

/// True for the title of a meeting's report, which names a meeting held
/// rather than a session: `Report on the meeting of the Working Group on
/// Asset Recovery held in Vienna on 12 and 13 June 2024`, `…在维也纳举行的
/// 追回资产问题工作组会议的报告`, `工作组第十九次会议的报告`. A report on a
/// subject (`关于…会议服务的报告`, `Report on meeting services`) is not one.
fn names_meeting(title: &str, zh: bool) -> bool {
    if zh {
        return (title.contains("举行的") || title.contains("次会议")) && (title.ends_with("会议的报告") || title.ends_with("会议报告"));
    }
    let lower = title.to_ascii_lowercase();
    lower.contains(" meeting ") && lower.contains(" held ")
}

/// The titles that a subject line may only look like (`Report of the
/// Working Group on …` above `Note by the Secretariat`): a type line below
/// outranks them. A specific one (`Annotated provisional agenda for …`) is
/// the title at once, above the agenda's own heading.
const GENERIC_TITLES: &[&str] = &["报告", "Report"];

/// The title a whole header line gives: a dated title (`Letter dated …`,
/// `…给秘书长的信`) or a document type of the vocabulary (`秘书处的说明`).
fn document_type(line: &str) -> Option<&'static str> {
    vocabulary("dated-prefix")
        .find(|(p, _)| line.starts_with(p))
        .or_else(|| vocabulary("dated-suffix").find(|(s, _)| line.ends_with(s)))
        .or_else(|| vocabulary("title").find(|(t, _)| t.eq_ignore_ascii_case(line)))
        .map(|(_, v)| v)
}

/// The cover's line that points at the agenda items whose titles follow it:
/// `Item 4 of the provisional agenda*`, `Items 1 and 9 of the provisional
/// agenda`, `临时议程*项目 1 和 9`, `临时议程项目 2*`, `议程项目 3`.
fn is_cover_item_line(line: &str) -> bool {
    let english = (line.starts_with("Item ") || line.starts_with("Items ")) && line.contains(" of the provisional agenda");
    // The Chinese line: the agenda, then `项目` and the items' numbers only.
    let squeezed: String = line.chars().filter(|c| *c != '*' && !crate::text::is_space(*c)).collect();
    let numbers = squeezed.strip_prefix("临时议程项目").or_else(|| squeezed.strip_prefix("议程项目"));
    let chinese = numbers.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()) && n.chars().all(|c| c.is_ascii_alphanumeric() || "和、至及()（）".contains(c)));
    english || chinese
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    fn meta(text: &str) -> Metadata {
        let language = crate::text::detect_language(text);
        extract(&Document { text, language }, &[])
    }

    const ZH: &str = "\n\n联合国反腐败公约 缔约国会议\n\nDistr.: General\n30 September 2021\nChinese\nOriginal: English\n\n第九届会议\n\n2021年12月13日至17日，埃及沙姆沙伊赫\n\n临时议程说明\n\n临时议程\n\n1. 组织事项：\n";

    #[test]
    fn a_body_wrapped_below_the_symbol_of_a_cover_without_distribution() {
        let cases: &[(&str, Option<&str>)] = &[
            ("CTOC/COP/WG.3/2025/CRP.2\n\n联合国打击跨国有组织犯罪公约\n缔约方会议\n国际合作工作组\n\n1. 引言\n", Some("联合国打击跨国有组织犯罪公约 缔约方会议")),
            ("CTOC/COP/2025/1\n\nConference of the Parties to the United Nations\nConvention against Transnational Organized Crime\n\n1. Text\n", Some("Conference of the Parties to the United Nations Convention against Transnational Organized Crime")),
            ("E/CN.7/2025/1\n\n麻醉药品委员会\n\n1. 引言\n", Some("麻醉药品委员会")),
            (
                "CTOC/COP/2024/15\n\nConference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime\n\nReport of the Conference of the Parties to the United Nations Convention\nagainst Transnational Organized Crime on its twelfth session, held in Vienna\n\n1. Text\n",
                Some("Conference of the Parties to the United Nations Convention against Transnational Organized Crime"),
            ),
            // Two lines that make no organisation together name none.
            ("CTOC/COP/WG.3/2025/CRP.2\n\n联合国打击跨国有组织犯罪公约\n会议室文件\n\n1. 引言\n", None),
        ];
        for (text, want) in cases {
            assert_eq!(meta(text).body.as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn distribution_is_capitalised() {
        for (written, read) in [("GENERAL", "General"), ("limited", "Limited"), ("Restricted", "Restricted"), ("", "")] {
            assert_eq!(capitalised(written), read);
        }
        let m = meta("Distr.: LIMITED\n30 September 2021\n");
        assert_eq!(m.distribution.as_deref(), Some("Limited"));
    }

    #[test]
    fn chinese_header() {
        let m = meta(ZH);
        assert_eq!(m.body.as_deref(), Some("联合国反腐败公约 缔约国会议"));
        assert_eq!(m.distribution.as_deref(), Some("General"));
        assert_eq!(m.date.as_deref(), Some("2021-09-30"));
        assert_eq!(m.language.as_deref(), Some("zh"));
        assert_eq!(m.original_language.as_deref(), Some("en"));
        assert_eq!(m.session, Some(Session { text: "第九届会议".into(), number: Some(9) }));
        assert_eq!(
            m.meeting,
            Some(Meeting { start: Some("2021-12-13".into()), end: Some("2021-12-17".into()), place: Some("埃及沙姆沙伊赫".into()) })
        );
        assert_eq!(m.title.as_deref(), Some("临时议程说明"));
        assert_eq!(m.symbol, None);
    }

    #[test]
    fn a_table_begins_the_body() {
        // An annex pasted without its cover: the rows name other documents,
        // their symbols and dates are not the document's own.
        let text = "附件一\n\n缔约国会议第十届会议收到的文件一览表\n\n文件编号\t议程项目\t标题或说明\nCAC/COSP/2023/1\t2\t临时议程说明\nCAC/COSP/2023/3\t4\t2022 年 7 月 1 日至 2023 年 6 月 30 日期间的运作情况\n";
        let m = meta(text);
        assert_eq!((m.symbol, m.meeting), (None, None));
        // A cover's two columns are no table.
        let m = meta("联合国\tCAC/COSP/2023/15\n\n联合国反腐败公约 缔约国会议\tDistr.: General\n22 December 2023\n");
        assert_eq!(m.symbol.as_deref(), Some("CAC/COSP/2023/15"));
        assert_eq!(m.date.as_deref(), Some("2023-12-22"));
        let m = meta("United Nations\tCAC/COSP/WG.4/2023/3\nCorruption\tDistr.: General\n12 October 2023\n\nV.23-19876 (E)\t241023\t251023\n\nReport on the meeting held in\nVienna from 6 to 8 September 2023\n");
        assert_eq!(m.meeting.and_then(|x| x.start).as_deref(), Some("2023-09-06"));
    }

    #[test]
    fn a_numbered_paragraph_begins_the_body() {
        let m = meta("三. 闭会期间的活动\n\n7. 秘书处于 2024 年 6 月上旬举行了协商。\n\n8. 第十八次会议于 6 月 3 日至 7 日举行。\n");
        assert_eq!((m.meeting, m.session), (None, None));
        for (line, numbered) in [("1. 组织事项", true), ("12. 秘书处", true), ("1.5 百万", false), ("2024 年", false), ("1234. x", false)] {
            assert_eq!(numbered_paragraph(line), numbered, "{line}");
        }
    }

    #[test]
    fn a_pdf_table_heading_begins_the_body() {
        // A programme of work pasted from a PDF: the rows' dates are no meeting's.
        let text = "United Nations A/C.6/79/L.1\nGeneral Assembly Distr.: Limited\n20 September 2024\n\nSeventy-ninth session\nSixth Committee\n\nProgramme of work\n\nDate Time Agenda item Topic\nMonday, 28 October to Friday, 1 November 10 a.m.–1 p.m. 79 Report of the International Law Commission\n";
        let m = meta(text);
        assert_eq!((m.meeting, m.date.as_deref()), (None, Some("2024-09-20")));
        for (line, heads) in [("Date Time Agenda item Topic", true), ("Date\tTime", true), ("date time", true), ("Date", false), ("Date of issue", false), ("Agenda", false), ("Time and date of the meeting", false)] {
            assert_eq!(is_column_heads(line), heads, "{line}");
        }
    }

    #[test]
    fn an_official_records_cover_names_its_body_above_the_title() {
        let m = meta("Commission on Crime Prevention and Criminal Justice\nReport on the thirty-third session\n(17 May 2023 and 13–17 May 2024)\n\nEconomic and Social Council\nOfficial Records, 2024\nSupplement No. 10\n");
        assert_eq!(m.body.as_deref(), Some("Commission on Crime Prevention and Criminal Justice"));
        assert_eq!(m.session.and_then(|s| s.number), Some(33));
        let m = meta("预防犯罪和刑事司法委员会\n第三十三届会议报告\n\n经济及社会理事会\n正式记录，2024年\n");
        assert_eq!(m.body.as_deref(), Some("预防犯罪和刑事司法委员会"));
        // The symbols first, then the series' parent body above the report's organ.
        let m = meta("E/2024/30\nE/CN.15/2024/14\n\n经济及社会理事会\n正式记录，2024 年\n补编第 10 号\n\n预防犯罪和刑事司法委员会\n第三十三届会议报告\n");
        assert_eq!((m.body.as_deref(), m.symbol.as_deref()), (Some("预防犯罪和刑事司法委员会"), Some("E/2024/30")));
        let m = meta("E/2024/30\n\nEconomic and Social Council\nOfficial Records, 2024\nSupplement No. 10\n\nCommission on Crime Prevention and Criminal Justice\nReport on the thirty-third session\n");
        assert_eq!(m.body.as_deref(), Some("Commission on Crime Prevention and Criminal Justice"));
    }

    #[test]
    fn an_adopted_text_headed_by_its_number() {
        // The decision's own title names the Commission's session, not the document's.
        let text = "Decision 2024/245\n\nReport of the Commission on Crime Prevention and Criminal Justice on its\nthirty-third session and provisional agenda for its thirty-fourth session\n\nAt its 38th plenary meeting, on 24 July 2024, the Economic and Social Council:\n";
        let m = meta(text);
        assert_eq!((m.title.as_deref(), m.session, m.meeting), (Some("Decision"), None, None));
        for (line, kind) in [("Decision 2024/245", Some("Decision")), ("Resolution 2023/1", Some("Resolution")), ("Decision S-32/1", Some("Decision")), ("Decision adopted by the Council", None), ("Decisions", None), ("Resolution 2023", None)] {
            assert_eq!(numbered_text(line), kind, "{line}");
        }
    }

    #[test]
    fn papers_for_a_meeting_are_titled_by_their_type() {
        let head = |title: &str| format!("CAC/COSP/WG.2/2025/2\n\nConference of the States Parties\nVienna, 11–13 June 2025\nItem 2 of the provisional agenda*\nGood practices\n\n{title}\n\nI. Introduction\n\n1. The Group met.\n");
        for title in ["Background paper prepared by the Secretariat", "Conference room paper", "Working paper prepared by the Secretariat", "Discussion guide", "Concept note"] {
            assert_eq!(meta(&head(title)).title.as_deref(), Some(title));
        }
        let zh = |title: &str| format!("CAC/COSP/WG.2/2025/2\n\n联合国反腐败公约缔约国会议\n2025 年 6 月 11 日至 13 日，维也纳\n临时议程*项目 2\n良好做法\n\n{title}\n\n一. 导言\n\n1. 工作组举行了会议。\n");
        for title in ["秘书处编写的背景文件", "会议室文件", "秘书处编写的工作文件", "讨论指南"] {
            assert_eq!(meta(&zh(title)).title.as_deref(), Some(title));
        }
        // A subject line that only mentions a paper is no title.
        assert_eq!(meta(&head("Good practices in preparing a background paper")).title, None);
    }

    #[test]
    fn a_chinese_draft_resolution_is_titled_and_names_its_body() {
        let text = "CAC/COSP/2025/L.8\n\n联合国反腐败公约缔约国会议\n第十一届会议\n2025 年 12 月 15 日至 19 日，多哈\n议程项目 4\n预防\n\n主席提交的决议草案\n\n加强预防腐败措施\n\n联合国反腐败公约缔约国会议，\n\n回顾其决议，\n";
        let m = meta(text);
        assert_eq!(m.title.as_deref(), Some("决议草案"));
        assert_eq!(m.body.as_deref(), Some("联合国反腐败公约缔约国会议"));
        assert_eq!(meta(&text.replace("主席提交的决议草案", "主席提交的决定草案")).title.as_deref(), Some("决定草案"));
    }

    #[test]
    fn a_parent_body_above_the_organ_that_meets_is_not_its_name() {
        let zh = "CAC/COSP/WG.2/2025/3\n\n联合国反腐败公约缔约国会议\n预防腐败问题不限成员名额政府间工作组\n第十六届会议\n2025 年 9 月 3 日至 5 日，维也纳\n\n秘书处编写的背景文件\n\n1. 缔约国会议请秘书处继续开展工作。\n";
        assert_eq!(meta(zh).body.as_deref(), Some("预防腐败问题不限成员名额政府间工作组"));
        // A name wrapped over two lines is one name.
        let en = "E/CN.15/2025/1\n\nCommission on Crime Prevention\nand Criminal Justice\nThirty-fourth session\nVienna, 19–23 May 2025\n\nNote by the Secretariat\n\n1. The Commission met.\n";
        assert_eq!(meta(en).body.as_deref(), Some("Commission on Crime Prevention and Criminal Justice"));
    }

    #[test]
    fn journal_title() {
        let m = meta("联合国反腐败公约缔约国会议\n第十届会议\n\n日刊\n\n第 3 号\t2023 年 12 月 13 日，星期三\n");
        assert_eq!(m.title.as_deref(), Some("日刊"));
        // No `Distr.`: the body is the organ above the session line.
        assert_eq!(m.body.as_deref(), Some("联合国反腐败公约缔约国会议"));
        let m = meta("Conference of the States Parties to the United Nations Convention against Corruption\nTenth session\n\nJournal\n\nNo. 3\tWednesday, 13 December 2023\n");
        assert_eq!((m.body.as_deref(), m.title.as_deref()), (Some("Conference of the States Parties to the United Nations Convention against Corruption"), Some("Journal")));
        // The Journal's masthead above its date and number, the meeting's organ below.
        let m = meta("联合国日刊\n\n2025年12月8日，星期一          第2025/235号\n\n联合国反腐败公约缔约国会议\n第十一届会议\n2025年12月8日至12日，卡塔尔多哈\n");
        assert_eq!((m.body.as_deref(), m.title.as_deref()), (Some("联合国反腐败公约缔约国会议"), Some("日刊")));
        // Without a title of the vocabulary, a name above a session line is no cover.
        assert_eq!(meta("Conference of the States Parties\nTenth session\n\nThe Conference met.\n").body, None);
        // The title printed between the body and the session line is no part of the body's name.
        for (text, body) in [
            ("联合国反腐败公约缔约国会议\n日刊\n第十届会议\n\n第 3 号\t2023 年 12 月 13 日，星期三\n", "联合国反腐败公约缔约国会议"),
            ("Conference of the States Parties to the United Nations Convention against Corruption\nJournal\nTenth session\n\nNo. 3\tWednesday, 13 December 2023\n", "Conference of the States Parties to the United Nations Convention against Corruption"),
            ("麻醉药品委员会\n日刊\n第六十八届会议\n\n第 2 号\t2025 年 3 月 11 日，星期二\n", "麻醉药品委员会"),
        ] {
            let m = meta(text);
            assert_eq!((m.body.as_deref(), m.title.is_some()), (Some(body), true), "{text}");
        }
        // A name line that only contains a type word stays a name.
        assert!(is_name_line("日刊编辑委员会"));
        assert!(!is_name_line("日刊"));
    }

    #[test]
    fn report_of_the_secretary_general_names_its_author() {
        for (line, want) in [
            ("Report of the Secretary-General on the work of the Statistical Commission", "Report of the Secretary-General"),
            ("Report of the Executive Director on the activities of the Office", "Report of the Executive Director"),
            ("Note by the Secretary-General on the pattern of conferences", "Note by the Secretary-General"),
            ("Report of the Commission on its sixty-sixth session", "Report of the Commission on its sixty-sixth session"),
        ] {
            let text = format!("United Nations\tE/2025/45\nEconomic and Social Council\tDistr.: General\n3 March 2025\n\n{line}\n\n1. Text.\n");
            assert_eq!(meta(&text).title.as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn english_header() {
        let text = "United Nations\nCAC/COSP/2021/1*\nConference of the States Parties to the\nUnited Nations Convention\nagainst Corruption\nDistr.: General\n30 September 2021\n\nOriginal: English\n\nNinth session\nSharm el-Sheikh, Egypt, 13–17 December 2021\nItem 1 of the provisional agenda\nOrganizational matters\n\nAnnotated provisional agenda\n\nThe Conference of the States Parties will be opened on Monday, 13 December 2021, at 10 a.m. and will close on Friday.\n";
        let m = meta(text);
        assert_eq!(m.body.as_deref(), Some("Conference of the States Parties to the United Nations Convention against Corruption"));
        assert_eq!(m.symbol.as_deref(), Some("CAC/COSP/2021/1"));
        assert_eq!(m.date.as_deref(), Some("2021-09-30"));
        assert_eq!(m.language.as_deref(), Some("en"));
        assert_eq!(m.original_language.as_deref(), Some("en"));
        assert_eq!(m.session, Some(Session { text: "Ninth session".into(), number: Some(9) }));
        assert_eq!(
            m.meeting,
            Some(Meeting { start: Some("2021-12-13".into()), end: Some("2021-12-17".into()), place: Some("Sharm el-Sheikh, Egypt".into()) })
        );
        assert_eq!(m.title.as_deref(), Some("Annotated provisional agenda"));
    }

    #[test]
    fn report_header_with_resumed_session() {
        let text = "联合国反腐败公约 缔约国会议\n\nDistr.: General\n30 January 2023\nChinese Original: English\n\n2022 年 11 月 7 日至 11 日在维也纳举行的实施情况审议组第十三届会议 第二次续会的报告\n\n一. 导言\n\n1. 实施情况审议组是根据第 3/1 号决议设立的，是缔约国组成的一个不限成员名额政府间小组，在缔约国会议领导下运作并向其报告。\n";
        let m = meta(text);
        assert_eq!(m.date.as_deref(), Some("2023-01-30"));
        assert_eq!(m.original_language.as_deref(), Some("en"));
        assert_eq!(m.session, Some(Session { text: "第十三届会议 第二次续会".into(), number: Some(13) }));
        assert_eq!(
            m.meeting,
            Some(Meeting { start: Some("2022-11-07".into()), end: Some("2022-11-11".into()), place: Some("维也纳".into()) })
        );
        assert_eq!(m.title.as_deref(), Some("2022 年 11 月 7 日至 11 日在维也纳举行的实施情况审议组第十三届会议 第二次续会的报告"));
    }

    #[test]
    fn english_report_header() {
        let text = "United Nations\nCAC/COSP/WG.2/2022/5\nConference of the States Parties to the United Nations Convention against Corruption\nDistr.: General\n15 December 2022\n\nOriginal: English\n\nReport on the meeting of the Open-ended Intergovernmental Working Group on Asset Recovery held in Vienna from 14 to 16 November 2022\n\nI. Introduction\n\n1. The Working Group on Asset Recovery was established by the Conference in its resolution 1/4 and met in Vienna.\n";
        let m = meta(text);
        assert_eq!(m.body.as_deref(), Some("Conference of the States Parties to the United Nations Convention against Corruption"));
        assert_eq!(m.date.as_deref(), Some("2022-12-15"));
        assert_eq!(
            m.meeting,
            Some(Meeting { start: Some("2022-11-14".into()), end: Some("2022-11-16".into()), place: Some("Vienna".into()) })
        );
        assert_eq!(m.title.as_deref(), Some("Report on the meeting of the Open-ended Intergovernmental Working Group on Asset Recovery held in Vienna from 14 to 16 November 2022"));
    }

    #[test]
    fn venue_on_the_line_above_the_dates_of_a_wrapped_title() {
        let text = "United Nations\tCAC/COSP/WG.2/2024/4\nConference of the States Parties\tDistr.: General\n28 June 2024\n\nReport on the meeting of the Open-ended Intergovernmental\nWorking Group on Asset Recovery held in Vienna on\n12 and 13 June 2024\n\nI. Introduction\n";
        let m = crate::annotate(text, &crate::Options::default()).metadata;
        assert_eq!(m.meeting.and_then(|m| m.place).as_deref(), Some("Vienna"));
    }

    #[test]
    fn annotated_agenda_for_a_named_session() {
        let text = "United Nations\tCAC/COSP/IRG/2023/1/Add.1\nImplementation Review Group\tDistr.: General\n10 July 2023\n\nResumed fourteenth session\nVienna, 4–6 September 2023\n\nAnnotated provisional agenda for the resumed fourteenth session\n\nProvisional agenda\n\n1. Organizational matters.\n";
        assert_eq!(meta(text).title.as_deref(), Some("Annotated provisional agenda"));
    }

    #[test]
    fn a_session_report_is_titled_in_full() {
        let cases = [
            // An Official Records cover: the dates bracketed below the subject line belong to it.
            ("Commission on Narcotic Drugs\nReport on the sixty-seventh session\n(14–22 March 2024)\n\nEconomic and Social Council\nOfficial Records, 2024\nSupplement No. 8\n", "Report on the sixty-seventh session (14–22 March 2024)"),
            ("Commission on Narcotic Drugs\nReport on the sixty-seventh session\nEconomic and Social Council\nOfficial Records, 2024\n", "Report on the sixty-seventh session"),
            ("麻醉药品委员会\n第六十七届会议报告\n（2024年3月14日至22日）\n\n经济及社会理事会\n正式记录，2024年\n", "第六十七届会议报告（2024年3月14日至22日）"),
            ("麻醉药品委员会\n第六十七届会议报告\n\n经济及社会理事会\n正式记录，2024年\n", "第六十七届会议报告"),
            ("Distr.: General\n5 July 2023\n\n2023 年 6 月 14 日至 16 日在维也纳举行的实施情况审议组\n第十四届会议报告\n\n一. 导言\n", "2023 年 6 月 14 日至 16 日在维也纳举行的实施情况审议组第十四届会议报告"),
            // Wrapped onto the session's line, and past a small word.
            ("United Nations\tCAC/COSP/IRG/2023/9\nDistr.: General\n3 July 2023\n\nReport of the Implementation Review Group on its\nfourteenth session, held in Vienna from\n12 to 16 June 2023\n\nI. Introduction\n", "Report of the Implementation Review Group on its fourteenth session, held in Vienna from 12 to 16 June 2023"),
            // A meeting's report, titled in full like a session's.
            ("United Nations\tCAC/COSP/WG.2/2022/5\nDistr.: General\n15 December 2022\n\nReport on the meeting of the Working Group held in Vienna\n\nI. Introduction\n", "Report on the meeting of the Working Group held in Vienna"),
            ("United Nations\tCAC/COSP/WG.2/2024/4\nDistr.: General\n28 June 2024\n\nReport on the meeting of the Open-ended Intergovernmental\nWorking Group on Asset Recovery held in Vienna on\n12 and 13 June 2024\n\nI. Introduction\n", "Report on the meeting of the Open-ended Intergovernmental Working Group on Asset Recovery held in Vienna on 12 and 13 June 2024"),
            ("Distr.: General\n10 September 2025\n\n2025年8月27日和28日在维也纳举行的\n追回资产问题不限成员名额政府间工作组会议的报告\n\n一、导言\n", "2025年8月27日和28日在维也纳举行的追回资产问题不限成员名额政府间工作组会议的报告"),
            ("Distr.: General\n10 September 2025\n\n追回资产问题工作组第十九次会议的报告\n\n一、导言\n", "追回资产问题工作组第十九次会议的报告"),
            // A report on a subject, not on a meeting: the type stays.
            ("Distr.: General\n1 July 2024\n\nReport on meeting services in Vienna\n\nI. Introduction\n", "Report"),
            ("关于会议服务的报告\n\n一. 导言\n", "报告"),
            ("关于联合国反腐败公约执行情况的报告\n\n一. 导言\n", "报告"),
        ];
        for (text, want) in cases {
            assert_eq!(meta(text).title.as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn type_line_outranks_a_subject_line_that_looks_like_a_report() {
        let head = "United Nations\tA/79/123\nGeneral Assembly\tDistr.: General\n1 July 2024\n\nSeventy-ninth session\n";
        let cases = [
            ("Report on the functioning of the Implementation Review Mechanism\n\nNote by the Secretariat\n", "Note by the Secretariat"),
            ("Report of the Working Group on the implementation\n\nReport of the Secretary-General*\n", "Report of the Secretary-General"),
            ("关于联合国反腐败公约执行情况的报告\n\n秘书长的报告\n", "秘书长的报告"),
            ("关于实施情况审议机制运作情况的进展报告\n\n秘书处的说明\n", "秘书处的说明"),
            // A report's own title stays, above the headings of its contents.
            ("第十届会议报告\n\n目录\n\n一. 缔约国会议第十届会议通过的决议和决定\n", "第十届会议报告"),
            ("Report of the Conference on its tenth session\n", "Report of the Conference on its tenth session"),
        ];
        for (cover, want) in cases {
            let text = format!("{head}{cover}\n1. The present document was prepared pursuant to resolution 10/1 of the Conference, which requested it.\n");
            assert_eq!(meta(&text).title.as_deref(), Some(want), "{cover}");
        }
    }

    #[test]
    fn summary_record_heading_dates_the_meeting() {
        let text = "United Nations\tCAC/COSP/IRG/2023/SR.2\nImplementation Review Group\tDistr.: General\n30 June 2023\n\nFourteenth session\n\nSummary record of the 2nd meeting\nHeld at the Vienna International Centre, Vienna, on Monday, 12 June 2023, at 3 p.m.\n\nChair:\tMr. Kwaku Agyeman (Ghana)\n";
        let m = meta(text);
        assert_eq!(m.meeting.and_then(|m| m.start).as_deref(), Some("2023-06-12"));
    }

    #[test]
    fn cover_agenda_item_is_no_title() {
        let text = "United Nations\tCAC/COSP/2023/18\nConference of the States Parties to the\nUnited Nations Convention against\nCorruption\tDistr.: General\n2 November 2023\n\nOriginal: English\n\nTenth session\nAtlanta, United States of America, 11–15 December 2023\nItems 1 and 9 of the provisional agenda*\nOrganizational matters\nProvisional agenda for the eleventh session of the Conference\n\nVenue and dates of the eleventh and twelfth sessions of the Conference\n\nNote by the Secretariat\n\n1. In accordance with article 63.\n";
        assert_eq!(meta(text).title.as_deref(), Some("Note by the Secretariat"));
        let text = "United Nations\tCAC/COSP/2023/SR.3\nConference of the States Parties\tDistr.: General\n18 January 2024\n\nTenth session\n\nSummary record of the 3rd meeting\nHeld at the Georgia World Congress Center, Atlanta, on Tuesday, 12 December 2023, at 3 p.m.\n";
        assert_eq!(meta(text).title.as_deref(), Some("Summary record"));
        let text = "联合国\tCAC/COSP/2025/12\n\n联合国反腐败公约\n缔约国会议\nDistr.: General\n2025 年 10 月 1 日\n\n第十一届会议\n2025 年 12 月 15 日至 19 日，多哈\n临时议程*项目 1 和 9\n组织事项\n缔约国会议第十二届会议临时议程\n\n缔约国会议第十二届会议的地点和日期\n\n秘书处的说明\n\n1. 根据《议事规则》。\n";
        assert_eq!(meta(text).title.as_deref(), Some("秘书处的说明"));
        for line in ["临时议程*项目 1 和 9", "临时议程项目 2*", "议程项目 3", "临时议程项目 4(a)"] {
            assert!(is_cover_item_line(line), "{line}");
        }
        for line in ["临时议程", "临时议程说明", "议程项目 3 的说明"] {
            assert!(!is_cover_item_line(line), "{line}");
        }
    }

    #[test]
    fn report_title_wrapped_onto_the_session_line_is_no_organ() {
        let text = "United Nations\tCAC/COSP/IRG/2023/6\nImplementation Review Group of the\nUnited Nations Convention against\nCorruption\tDistr.: General\n20 June 2023\n\nOriginal: English\n\nReport of the Implementation Review Group on its\nfourteenth session, held in Vienna from 12 to 16 June 2023\n\nI. Introduction\n";
        let m = meta(text);
        assert_eq!(m.body.as_deref(), Some("Implementation Review Group of the United Nations Convention against Corruption"));
        assert_eq!(m.session.map(|s| s.number), Some(Some(14)));
        let text = "United Nations\tCTOC/COP/2022/11\nConference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime\tDistr.: General\n18 November 2022\n\nOriginal: English\n\nReport of the Conference of the Parties to the United\nNations Convention against Transnational Organized\nCrime on its eleventh session, held in Vienna from\n17 to 21 October 2022\n\nI. Resolutions\n";
        let m = meta(text);
        assert_eq!(m.body.as_deref(), Some("Conference of the Parties to the United Nations Convention against Transnational Organized Crime"));
        let text = "United Nations\tCAC/COSP/IRG/2024/INF/1\nImplementation Review Group\tDistr.: General\n3 June 2024\n\nEnglish only\n\nFifteenth session\nVienna, 10–14 June 2024\n\nList of documents\n";
        assert_eq!(meta(text).title.as_deref(), Some("List of documents"));
    }

    #[test]
    fn chinese_cover_lines() {
        let text = "联合国\tCAC/COSP/2024/5/Rev.1\n\n联合国反腐败公约\n缔约国会议\n\n分发：普遍\n2024 年 8 月 20 日\n中文\n原件：英文\n\n第十一届会议\n\n秘书处的说明\n";
        let m = meta(text);
        assert_eq!((m.body.as_deref(), m.distribution.as_deref(), m.original_language.as_deref()), (Some("联合国反腐败公约 缔约国会议"), Some("General"), Some("en")));
        let text = text.replace("分发：普遍", "Distr.: 限量").replace("原件：英文", "原文：中文");
        let m = meta(&text);
        assert_eq!((m.distribution.as_deref(), m.original_language.as_deref()), (Some("Limited"), Some("zh")));
    }

    #[test]
    fn languages_only_line_is_no_body() {
        let cases = [("English only", true), ("Chinese and English only", true), ("English, French and Spanish only", true), ("仅有中文和英文", true), ("只有英文", true), ("仅有中文、英文和法文", true), ("Only English", false), ("仅有缔约国会议", false), ("缔约国会议", false)];
        for (line, want) in cases {
            assert_eq!(is_languages_only(line), want, "{line}");
        }
        let text = "联合国\tCAC/COSP/2025/INF/1\n\n联合国反腐败公约\n缔约国会议\n\nDistr.: General\n1 October 2025\n\n仅有中文和英文\n\n第十一届会议\n\n与会者须知\n";
        assert_eq!(meta(text).body.as_deref(), Some("联合国反腐败公约 缔约国会议"));
    }

    #[test]
    fn two_column_cover_with_the_organ_above_the_session() {
        let text = "United Nations\tE/CN.7/2023/1\nEconomic and Social Council\tDistr.: General\n15 December 2022\n\nOriginal: English\n\nCommission on Narcotic Drugs\nSixty-sixth session\nVienna, 13–17 March 2023\nItem 1 of the provisional agenda\nElection of officers\n\nProvisional agenda and annotations\n";
        let m = meta(text);
        assert_eq!(m.body.as_deref(), Some("Commission on Narcotic Drugs"));
        assert_eq!(m.symbol.as_deref(), Some("E/CN.7/2023/1"));
        assert_eq!(m.distribution.as_deref(), Some("General"));
        assert_eq!(m.date.as_deref(), Some("2022-12-15"));
        assert_eq!(m.session, Some(Session { text: "Sixty-sixth session".into(), number: Some(66) }));
        assert_eq!(m.meeting.and_then(|m| m.place), Some("Vienna".into()));
        assert_eq!(m.title.as_deref(), Some("Provisional agenda and annotations"));
        let text = "United Nations E/CN.15/2023/1\n\nEconomic and Social Council Distr.: General\n27 January 2023\n\nOriginal: English\n\nV.23-01234 (E)\n\nCommission on Crime Prevention\nand Criminal Justice\nThirty-second session\n";
        let m = meta(text);
        assert_eq!((m.symbol.as_deref(), m.date.as_deref()), (Some("E/CN.15/2023/1"), Some("2023-01-27")));
        assert_eq!(m.body.as_deref(), Some("Commission on Crime Prevention and Criminal Justice"));
    }

    #[test]
    fn issuing_body() {
        let cases = [
            // The cover's body, in the column before `Distr.`.
            ("United Nations\tA/78/1\nGeneral Assembly\tDistr.: General\n1 June 2023\n\nOriginal: English\n\nSeventy-eighth session\n", Some("General Assembly")),
            // An organ of the cover's body, named above its session.
            ("United Nations\tA/HRC/52/1\nGeneral Assembly\tDistr.: General\n9 January 2023\n\nOriginal: English\n\nHuman Rights Council\nFifty-second session\n27 February–31 March 2023\n", Some("Human Rights Council")),
            ("Economic and Social Council\tDistr.: General\n1 March 2023\nOriginal: English\nCommission on Crime Prevention\nand Criminal Justice\nThirty-second session\n", Some("Commission on Crime Prevention and Criminal Justice")),
            // No organ line: the language and `Original:` lines are not names.
            ("CAC/COSP/2021/1\nConference of the States Parties\nDistr.: General\n30 September 2021\nEnglish\nOriginal: English\nNinth session\n", Some("Conference of the States Parties")),
            // Nor the line of a paper issued in some languages only.
            ("联合国\tCAC/COSP/2023/CRP.4\n联合国反腐败公约 缔约国会议\nDistr.: General\n8 December 2023\nChinese and English only\n第十届会议\n", Some("联合国反腐败公约 缔约国会议")),
            ("United Nations\tCAC/COSP/2023/CRP.1\nConference of the States Parties\nDistr.: General\n8 December 2023\nEnglish, French and Spanish only\nTenth session\n", Some("Conference of the States Parties")),
            ("United Nations\tE/2023/1\nDistr.: General\n1 March 2023\n", None),
            // Columns split by a space only.
            ("United Nations A/78/1\n\nGeneral Assembly Distr.: General\n1 June 2023\n\nOriginal: English\n\nSeventy-eighth session\n", Some("General Assembly")),
            // The organ above a report's title that names the session.
            ("United Nations\tE/2023/28-E/CN.7/2023/15\nEconomic and Social Council\tDistr.: General\n24 March 2023\n\nOriginal: English\n\nCommission on Narcotic Drugs\nReport on the sixty-sixth session (9 December 2022 and 13–17 March 2023)\n", Some("Commission on Narcotic Drugs")),
            // `the session` names no session; without a cover there is no body.
            ("United Nations\tE/2023/1\nDistr.: General\n1 March 2023\nB. Attendance\n5. The following States were represented at the session:\n", None),
            ("Commission on Narcotic Drugs\nSixty-sixth session\n", None),
        ];
        for (text, want) in cases {
            assert_eq!(meta(text).body.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn report_title_on_one_long_line() {
        let text = "United Nations\tCTOC/COP/2022/9\nConference of the Parties to the United Nations Convention against Transnational Organized Crime\tDistr.: General\n2 November 2022\n\nOriginal: English\n\nReport of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its eleventh session, held in Vienna from 17 to 21 October 2022\n\nI. Introduction\n\n1. The Conference was established in accordance with article 32 of the Convention.\n";
        let m = meta(text);
        assert_eq!(m.body.as_deref(), Some("Conference of the Parties to the United Nations Convention against Transnational Organized Crime"));
        assert_eq!(m.symbol.as_deref(), Some("CTOC/COP/2022/9"));
        assert_eq!(m.session, Some(Session { text: "eleventh session".into(), number: Some(11) }));
        assert_eq!(m.meeting, Some(Meeting { start: Some("2022-10-17".into()), end: Some("2022-10-21".into()), place: Some("Vienna".into()) }));
        assert_eq!(m.title.as_deref(), Some("Report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its eleventh session, held in Vienna from 17 to 21 October 2022"));
    }

    #[test]
    fn report_title_wrapped_before_its_dates() {
        let text = "CTOC/COP/2024/15\n\nConference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime\n\nReport of the Conference of the Parties to the United Nations Convention\nagainst Transnational Organized Crime on its twelfth session, held in Vienna\nfrom 14 to 18 October 2024\n\nV. Organization of the session\n";
        let m = meta(text);
        assert_eq!(m.title.as_deref(), Some("Report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its twelfth session, held in Vienna from 14 to 18 October 2024"));
        // A line in capitals below a whole title is no part of it.
        let text = "Distr.: General\n\nReport on the twelfth session, held in Vienna\nAnnex\n\n1. Text\n";
        assert_eq!(meta(text).title.as_deref(), Some("Report on the twelfth session, held in Vienna"));
    }

    #[test]
    fn two_days_joined_by_and() {
        let text = "Economic and Social Council\tDistr.: General\n1 November 2022\n\nOriginal: English\n\nCommission on Narcotic Drugs\nReconvened sixty-fifth session\nVienna, 8 and 9 December 2022\n";
        let language = crate::text::detect_language(text);
        let doc = Document { text, language };
        let anns = crate::dates::find_dates(&doc, crate::dates::reference(&doc));
        let m = extract(&doc, &anns);
        assert_eq!(m.meeting, Some(Meeting { start: Some("2022-12-08".into()), end: Some("2022-12-09".into()), place: Some("Vienna".into()) }));
        assert_eq!(m.session, Some(Session { text: "sixty-fifth session".into(), number: Some(65) }));
    }

    #[test]
    fn single_day_meeting() {
        let text = "S/2024/1\nSecurity Council\nDistr.: General\n2 January 2024\n\nProvisional agenda for the 9520th meeting of the Security Council\nTo be held on Monday, 8 January 2024, at 10 a.m.\n\n1. Adoption of the agenda.\n";
        let m = meta(text);
        assert_eq!(m.body.as_deref(), Some("Security Council"));
        assert_eq!(m.date.as_deref(), Some("2024-01-02"));
        assert_eq!(m.meeting, Some(Meeting { start: Some("2024-01-08".into()), end: None, place: None }));
        assert_eq!(m.title.as_deref(), Some("Provisional agenda"));
    }

    #[test]
    fn commission_header_with_provisional_agenda_and_annotations() {
        let text = "\n\n麻醉药品委员会\n\nDistr.: General\n20 December 2022\nChinese\nOriginal: English\n\n第六十六届会议\n\n2023年3月13日至17日，维也纳\n\n临时议程和说明\n\n临时议程\n\n1. 选举主席团成员。\n";
        let m = meta(text);
        assert_eq!(m.body.as_deref(), Some("麻醉药品委员会"));
        assert_eq!(m.session, Some(Session { text: "第六十六届会议".into(), number: Some(66) }));
        assert_eq!(m.title.as_deref(), Some("临时议程和说明"));
        let text = "Distr.: General\n15 November 2022\n\n2022 年 10 月 17 日至 21 日在维也纳举行的联合国打击跨国有组织犯罪公约缔约方会议第十一届会议报告\n\n一. 导言\n";
        assert_eq!(meta(text).title.as_deref(), Some("2022 年 10 月 17 日至 21 日在维也纳举行的联合国打击跨国有组织犯罪公约缔约方会议第十一届会议报告"));
        let text = "Distr.: General\n20 September 2024\n\n2024 年 9 月 2 日至 4 日在维也纳举行的实施情况审议组第十五届会议续会报告\n\n一. 导言\n";
        assert_eq!(meta(text).title.as_deref(), Some("2024 年 9 月 2 日至 4 日在维也纳举行的实施情况审议组第十五届会议续会报告"));
        // A letter without a cover: its title's date is the document's, no meeting's.
        let m = meta("2024 年 3 月 5 日主席团给缔约国的信函\n\n阁下：\n");
        assert_eq!((m.date.as_deref(), m.meeting.is_none(), m.title.as_deref()), (Some("2024-03-05"), true, Some("信函")));
        let text = "\n\n人权理事会\n\nDistr.: General\n12 January 2023\n\n第五十二届会议\n\n2023年2月27日至4月4日\n\n第五十二届会议议程和工作方案\n\n主席的说明\n";
        assert_eq!(meta(text).title.as_deref(), Some("议程和工作方案"));
        let text = "Distr.: Limited\n16 March 2023\n\n麻醉药品委员会第六十六届会议报告草案\n";
        assert_eq!(meta(text).title.as_deref(), Some("报告草案"));
        let text = "Distr.: General\n5 December 2022\n\n第十五次会议第二阶段\n2022年12月7日至19日，加拿大蒙特利尔\n\n订正临时议程说明\n";
        assert_eq!(meta(text).title.as_deref(), Some("订正临时议程说明"));
        let text = "Distr.: General\n5 December 2022\n\nFifteenth meeting – Part II\nMontreal, Canada, 7–19 December 2022\n\nRevised annotations to the provisional agenda\n";
        assert_eq!(meta(text).title.as_deref(), Some("Revised annotations to the provisional agenda"));
        // A summary record names its meeting before or after the kind of document.
        let text = "联合国\tCAC/COSP/2023/SR.3\n\nDistr.: General\n20 December 2023\n\n第十届会议\n\n第 3 次会议简要记录\n\n2023 年 12 月 12 日星期二上午 10 时在亚特兰大举行\n";
        assert_eq!(meta(text).title.as_deref(), Some("简要记录"));
        let text = "United Nations\tCAC/COSP/2023/SR.3\n\nDistr.: General\n20 December 2023\n\nTenth session\n\nSummary record of the 3rd meeting\n\nHeld in Atlanta on Tuesday, 12 December 2023, at 10 a.m.\n";
        assert_eq!(meta(text).title.as_deref(), Some("Summary record"));
        let text = "联合国\tCAC/COSP/2024/INF/2\n\nDistr.: General\n3 October 2024\n\n第十一届会议\n2025 年 12 月 15 日至 19 日，多哈\n\n与会者须知\n\n一. 会期和地点\n";
        assert_eq!(meta(text).title.as_deref(), Some("与会者须知"));
        // An INF list: its title before the table or the blocks, not a title inside them.
        let text = "联合国\tCAC/COSP/2023/INF/1\n\nDistr.: General\n1 November 2023\n\n第十届会议\n\n文件清单\n\n文号\t议程项目\t标题\nCAC/COSP/2023/2\t3\t秘书处关于审议实施情况的报告\n";
        assert_eq!(meta(text).title.as_deref(), Some("文件清单"));
        let text = "联合国\tCAC/COSP/2023/INF/3\n\nDistr.: General\n15 December 2023\n\n第十届会议\n\n与会者名单\n\n缔约国\n\n阿尔及利亚\n";
        assert_eq!(meta(text).title.as_deref(), Some("与会者名单"));
        let text = "联合国\tCAC/COSP/2023/CRP.4\n\nDistr.: General\n8 December 2023\nChinese and English only\n\n第十届会议\n\n关于在资产追回方面开展国际合作的良好做法\n\n秘书处编写的会议室文件\n\n1. 本会议室文件\n";
        assert_eq!(meta(text).title.as_deref(), Some("秘书处编写的会议室文件"));
    }

    #[test]
    fn resumed_session_on_two_days_issued_on_the_first() {
        let text = "\n\n麻醉药品委员会\n\nDistr.: General\n1 November 2023\nChinese\nOriginal: English\n\n第六十六届会议续会\n\n2023年12月7日和8日，维也纳\n\n临时议程和说明\n\n1. 通过议程。\n";
        // The days come from the date annotations (`8日` alone needs them).
        let m = crate::annotate(text, &crate::Options::default()).metadata;
        assert_eq!(m.date.as_deref(), Some("2023-11-01"));
        assert_eq!(m.original_language.as_deref(), Some("en"));
        assert_eq!(m.session, Some(Session { text: "第六十六届会议续会".into(), number: Some(66) }));
        assert_eq!(m.meeting, Some(Meeting { start: Some("2023-12-07".into()), end: Some("2023-12-08".into()), place: Some("维也纳".into()) }));
        assert_eq!(m.title.as_deref(), Some("临时议程和说明"));
        // Two days that are not joined are not one meeting.
        let text = "Distr.: General\n2 May 2023\n\n2023年12月7日，维也纳\n\n临时议程\n";
        assert_eq!(meta(text).meeting.and_then(|m| m.end), None);
    }

    #[test]
    fn title_line_with_dates_gives_no_place() {
        let text = "\n\n经济及社会理事会\n\nDistr.: General\n5 April 2023\n\n麻醉药品委员会\n\n2022年12月9日和2023年3月13日至17日第六十六届会议的报告\n\n一. 会议安排\n";
        let m = meta(text);
        assert_eq!(m.meeting, Some(Meeting { start: Some("2023-03-13".into()), end: Some("2023-03-17".into()), place: None }));
        assert_eq!(m.title.as_deref(), Some("2022年12月9日和2023年3月13日至17日第六十六届会议的报告"));
    }

    #[test]
    fn subsidiary_body_below_its_principal_organ() {
        let text = "\n\n经济及社会理事会\n\nDistr.: General\n10 February 2023\nChinese\nOriginal: English\n\n预防犯罪和刑事司法委员会\n第三十二届会议\n2023年5月22日至26日，维也纳\n";
        assert_eq!(meta(text).body.as_deref(), Some("预防犯罪和刑事司法委员会"));
        let text = "\n\n大会\n\nDistr.: General\n12 January 2023\n\n第七十八届会议\n议程项目 1\n";
        assert_eq!(meta(text).body.as_deref(), Some("大会"));
    }

    #[test]
    fn spaced_masthead_beside_symbol_and_distribution() {
        let text = "联 合 国 A/HRC/52/1\n\n大 会 Distr.: General\n12 January 2023\nChinese\nOriginal: English\n\n人权理事会\n第五十二届会议\n2023年2月27日至4月4日\n";
        let m = meta(text);
        assert_eq!(m.symbol.as_deref(), Some("A/HRC/52/1"));
        assert_eq!(m.body.as_deref(), Some("人权理事会"));
        assert_eq!(m.date.as_deref(), Some("2023-01-12"));
        assert_eq!(despaced("大 会"), "大会");
        assert_eq!(despaced("联合国反腐败公约 缔约国会议"), "联合国反腐败公约 缔约国会议");
    }

    #[test]
    fn council_session_named_by_year() {
        let text = "\n\n经济及社会理事会\n\nDistr.: General\n2 May 2023\nChinese\nOriginal: English\n\n2023年届会\n2022年7月22日至2023年7月26日\n议程项目 18(d)\n";
        let m = meta(text);
        assert_eq!(m.session, Some(Session { text: "2023年届会".into(), number: None }));
        assert_eq!(m.body.as_deref(), Some("经济及社会理事会"));
        assert_eq!(m.meeting.and_then(|x| x.end), Some("2023-07-26".into()));
        let text = "United Nations\tE/2023/INF/2\n\nEconomic and Social Council\tDistr.: General\n28 July 2023\n\nOriginal: English\n\n2023 session\n25 July 2022–26 July 2023\n\nResolutions and decisions adopted by the Economic and Social Council at its 2023 session\n";
        let m = meta(text);
        assert_eq!(m.session, Some(Session { text: "2023 session".into(), number: None }));
        assert_eq!(m.title.as_deref(), Some("Resolutions and decisions"));
        // Not a session line: a year inside a sentence or a title.
        assert_eq!(meta("Distr.: General\n1 May 2023\n\nReport on the 2023 session of the Forum\n").session, None);
        assert_eq!(meta("Distr.: General\n1 May 2023\n\nAt its 2023 session, the Council\n").session, None);
    }

    #[test]
    fn unknown_fields_stay_null() {
        let cases = ["", "临时议程说明\n\n1. 组织事项", "Some text without any header at all.\n", "\u{0}\r\n\r\n"];
        for text in cases {
            let m = meta(text);
            assert_eq!((m.body, m.distribution, m.date, m.session, m.meeting, m.symbol), (None, None, None, None, None, None), "{text:?}");
        }
    }

    #[test]
    fn working_group_meeting_number() {
        let text = "Distr.: General\n5 September 2022\n\n预防腐败问题不限成员名额政府间工作组\n第十三次会议\n2022年11月7日至9日，维也纳\n";
        assert_eq!(meta(text).session, Some(Session { text: "第十三次会议".into(), number: Some(13) }));
        let text = "Distr.: General\n5 September 2022\n\nWorking Group on the Prevention of Corruption\nThirteenth meeting\nVienna, 7–9 November 2022\n";
        assert_eq!(meta(text).session, Some(Session { text: "Thirteenth meeting".into(), number: Some(13) }));
    }

    #[test]
    fn session_numbers_from_one_hundred() {
        let cases = [("第一一〇届会议", Some(110)), ("第一四〇届会议", Some(140)), ("第一〇〇届会议", Some(100)), ("第七十八届会议", Some(78)), ("第一百一十届会议", Some(110))];
        for (text, want) in cases {
            assert_eq!(session(text).and_then(|s| s.number), want, "{text}");
        }
        // Not numbers: a lone digit is read as usual, a mixed string not at all.
        assert_eq!((digit_by_digit("一"), digit_by_digit("一十〇"), digit_by_digit("")), (None, None, None));
    }

    #[test]
    fn ordinals() {
        let cases = [("ninth", Some(9)), ("Thirty-second", Some(32)), ("73rd", Some(73)), ("twelfth", Some(12)), ("special", None), ("the", None)];
        for (w, want) in cases {
            assert_eq!(ordinal(w), want, "{w}");
        }
    }

    #[test]
    fn a_body_wrapped_beside_the_date_of_issue() {
        let text = "United Nations          CAC/COSP/2025/9\n\nConference of the States Parties to the          Distr.: General\nUnited Nations Convention against Corruption          2 September 2025\n\nEleventh session\n";
        assert_eq!(meta(text).body.as_deref(), Some("Conference of the States Parties to the United Nations Convention against Corruption"));
        // A whole name keeps to its line; a line with no right-hand column is no wrap.
        let text = "United Nations\tA/78/123\n\nGeneral Assembly\tDistr.: General\nUnited Nations Office\t5 July 2023\n";
        assert_eq!(meta(text).body.as_deref(), Some("General Assembly"));
        let text = "Conference of the States Parties to the\tDistr.: General\nOriginal: English\n";
        assert_eq!(meta(text).body.as_deref(), Some("Conference of the States Parties to the"));
        // A name over three lines, its last one alone below the date of issue.
        let text = "United Nations          CTOC/COP/WG.2/2025/3\nConference of the Parties to the          Distr.: General\nUnited Nations Convention against          18 July 2025\nTransnational Organized Crime\n\n          Original: English\n";
        assert_eq!(meta(text).body.as_deref(), Some("Conference of the Parties to the United Nations Convention against Transnational Organized Crime"));
        // A line alone just below `Distr.`, or a languages line, goes on with no name.
        let text = "Conference of the Parties to the\tDistr.: General\nTransnational Organized Crime\n";
        assert_eq!(meta(text).body.as_deref(), Some("Conference of the Parties to the"));
        let text = "Conference of the Parties to the\tDistr.: General\nUnited Nations Convention against\t18 July 2025\nEnglish only\n";
        assert_eq!(meta(text).body.as_deref(), Some("Conference of the Parties to the United Nations Convention against"));
    }

    #[test]
    fn a_list_of_documents_is_no_cover() {
        // Without a cover symbol, the list's first row does not lend its own.
        let text = "Conference of the States Parties\nEleventh session\n\nList of documents\n\nCAC/COSP/2025/1\tAnnotated provisional agenda\nCAC/COSP/2025/2\tReport of the Group\n";
        assert_eq!(meta(text).symbol, None);
        let text = "缔约国会议\n第十一届会议\n\n文件清单\n\nCAC/COSP/2025/1\t附加说明的临时议程\n";
        assert_eq!(meta(text).symbol, None);
        // A cover prints its date or its distribution beside its symbol.
        for text in ["A/78/123\t5 July 2023\nGeneral Assembly\n", "CAC/COSP/2025/1\t2025 年 9 月 1 日\n缔约国会议\n", "A/78/123\tDistr.: General\n"] {
            assert_eq!(meta(text).symbol.as_deref(), Some(text.split('\t').next().unwrap()), "{text:?}");
        }
    }

    #[test]
    fn general_assembly_and_security_council_covers() {
        // A report of the Secretary-General under an item of the preliminary list.
        let text = "United Nations\tA/78/123\n\nGeneral Assembly\tDistr.: General\n5 July 2023\n\nOriginal: English\n\nSeventy-eighth session\nItem 68 (b) of the preliminary list*\nElimination of racism\n\nReport of the Secretary-General\n";
        let m = meta(text);
        assert_eq!((m.symbol.as_deref(), m.body.as_deref(), m.date.as_deref()), (Some("A/78/123"), Some("General Assembly"), Some("2023-07-05")));
        assert_eq!((m.session.and_then(|s| s.number), m.meeting, m.title.as_deref()), (Some(78), None, Some("Report of the Secretary-General")));
        // A joint symbol with an en dash; the letter's date is no meeting.
        let text = "United Nations\tA/78/456–S/2023/678\n\nGeneral Assembly\nSecurity Council\tDistr.: General\n12 September 2023\n\nOriginal: English\n\nGeneral Assembly\nSeventy-eighth session\nAgenda items 35 and 68 (b)\n\nLetter dated 11 September 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General\n\nI have the honour to transmit herewith a statement by the Ministry of Foreign Affairs.\n";
        let m = meta(text);
        assert_eq!((m.symbol.as_deref(), m.date.as_deref()), (Some("A/78/456–S/2023/678"), Some("2023-09-12")));
        assert_eq!((m.meeting, m.title.as_deref()), (None, Some("Letter")));
        let text = "\n\n联合国\tA/78/456-S/2023/678\n\n大会\n安全理事会\tDistr.: General\n12 September 2023\nChinese\nOriginal: English\n\n大会\n第七十八届会议\n议程项目 35 和 68(b)\n\n2023 年 9 月 11 日阿塞拜疆常驻联合国代表给秘书长的信\n\n谨随函转递阿塞拜疆共和国外交部 2023 年 9 月 10 日的声明（见附件）。\n";
        let m = meta(text);
        assert_eq!((m.symbol.as_deref(), m.meeting, m.title.as_deref()), (Some("A/78/456-S/2023/678"), None, Some("信")));
        // A draft resolution: the header ends where the resolution's text opens.
        let text = "\n\n联合国\tA/C.3/78/L.12\n\n大会\tDistr.: Limited\n12 October 2023\nChinese\nOriginal: English\n\n第七十八届会议\n第三委员会\n议程项目 68(b)\n消除种族主义\n\n阿根廷、巴西和智利：决议草案\n\n大会，\n\n回顾其 1965 年 12 月 21 日第 2106 A (XX)号决议，\n";
        let m = meta(text);
        assert_eq!((m.symbol.as_deref(), m.distribution.as_deref(), m.meeting), (Some("A/C.3/78/L.12"), Some("Limited"), None));
        assert_eq!(m.title.as_deref(), Some("决议草案"));
        let text = "United Nations\tA/C.3/78/L.12\n\nGeneral Assembly\tDistr.: Limited\n12 October 2023\n\nOriginal: English\n\nSeventy-eighth session\nThird Committee\nAgenda item 68 (b)\n\nArgentina, Brazil and State of Palestine: draft resolution\n\nThe General Assembly,\n\nRecalling its resolution 2106 A (XX) of 21 December 1965,\n";
        let m = meta(text);
        assert_eq!((m.meeting, m.title.as_deref()), (None, Some("Draft resolution")));
        // A meeting record: no `Distr.`; the organ below the symbol, the venue below the date.
        let text = "United Nations\tS/PV.9000\n\nSecurity Council\nSeventy-eighth year\n\n9000th meeting\nTuesday, 5 September 2023, 10 a.m.\nNew York\n\nPresident:\tMr. Nebenzia\t(Russian Federation)\n\nAgenda\nThe situation in the Middle East\nReport of the Secretary-General on the implementation of resolution 2334 (2016)\n";
        let doc = Document::new(text);
        let anns = crate::places::find_places(&doc, &crate::gazetteer::scan(doc.text));
        let m = extract(&doc, &anns);
        assert_eq!((m.symbol.as_deref(), m.body.as_deref(), m.title), (Some("S/PV.9000"), Some("Security Council"), None));
        assert_eq!(m.meeting, Some(Meeting { start: Some("2023-09-05".into()), end: None, place: Some("New York".into()) }));
        let text = "\n\n联合国\tS/PV.9000\n\n安全理事会\n第七十八年\n\n第 9000 次会议\n2023年9月5日（星期二）上午10时\n纽约\n\n议程\n中东局势\n";
        let doc = Document::new(text);
        let m = extract(&doc, &crate::places::find_places(&doc, &crate::gazetteer::scan(doc.text)));
        assert_eq!((m.symbol.as_deref(), m.body.as_deref()), (Some("S/PV.9000"), Some("安全理事会")));
        assert_eq!(m.meeting.and_then(|x| x.place), Some("纽约".into()));
    }

    #[test]
    fn resolution_openings() {
        let cases = [
            ("The General Assembly,", true), ("The Conference of the Parties,", true), ("大会，", true), ("人权理事会，", true), ("缔约方会议，", true),
            // Must not match: wrapped title lines, sentences.
            ("Report of the Conference on its ninth session, held in Sharm el-Sheikh,", false),
            ("The Conference, held in Vienna,", false),
            ("2022 年 11 月 7 日至 11 日在维也纳举行的第十三届会议，", false),
            ("回顾其 1965 年 12 月 21 日第 2106 A (XX)号决议，", false),
            ("在维也纳举行的实施情况审议组第十三届会议，", false),
        ];
        for (line, want) in cases {
            assert_eq!(opens_resolution(line), want, "{line}");
        }
        // A title wrapped after a comma stays in the header.
        let text = "United Nations\tCAC/COSP/2021/17\nConference of the States Parties\tDistr.: General\n23 December 2021\n\nOriginal: English\n\nReport of the Conference on its ninth session, held in Sharm el-Sheikh,\nEgypt, from 13 to 17 December 2021\n\nI. Introduction\n";
        assert_eq!(meta(text).meeting.map(|m| (m.start, m.end)), Some((Some("2021-12-13".into()), Some("2021-12-17".into()))));
    }

    #[test]
    fn full_width_symbol_on_the_cover() {
        let m = meta("联合国\tＣＡＣ／ＣＯＳＰ／２０２１／１\n缔约国会议\tDistr.: General\n2021年9月30日\n");
        assert_eq!((m.symbol.as_deref(), m.body.as_deref()), (Some("CAC/COSP/2021/1"), Some("缔约国会议")));
    }

    #[test]
    fn symbol_cells() {
        let cases = [
            ("A/78/123", true), ("S/PV.9000", true), ("A/78/PV.5", true), ("A/78/456–S/2023/678", true), ("E/2023/28-E/CN.7/2023/15", true),
            ("CAC/COSP/2021/1*", true), ("ＣＡＣ／ＣＯＳＰ／２０２１／１", true),
            // Must not match.
            ("A/B", false), ("S/PV", false), ("United Nations", false), ("A/78/456–", false), ("Distr.: General", false),
        ];
        for (cell, want) in cases {
            assert_eq!(is_symbol(cell), want, "{cell}");
        }
    }

    #[test]
    fn adopted_resolution_dates_no_meeting() {
        let text = "United Nations\tA/RES/77/205\n\nGeneral Assembly\tDistr.: General\n19 December 2022\n\nSeventy-seventh session\nAgenda item 70 (b)\n\nResolution adopted by the General Assembly on 15 December 2022\n\n[on the report of the Third Committee (A/77/463/Add.2, para. 25)]\n";
        let m = meta(text);
        assert_eq!((m.date.as_deref(), m.meeting, m.title.as_deref()), (Some("2022-12-19"), None, Some("Resolution")));
        let text = "\n\n联合国\tA/RES/77/205\n\n大会\tDistr.: General\n19 December 2022\n\n第七十七届会议\n议程项目 70(b)\n\n2022 年 12 月 15 日大会决议\n\n[根据第三委员会的报告(A/77/463/Add.2，第 25 段)通过]\n";
        let m = meta(text);
        assert_eq!((m.meeting, m.title.as_deref()), (None, Some("决议")));
        // A letter's title wrapped before `的信`.
        let text = "\n\n联合国\tA/78/456\n\n大会\tDistr.: General\n12 September 2023\n\n第七十八届会议\n\n2023 年 9 月 11 日阿塞拜疆常驻联合国代表给秘书\n长的信\n\n谨随函转递声明。\n";
        let m = meta(text);
        assert_eq!((m.meeting, m.title.as_deref()), (None, Some("信")));
        // Without the title, a bare `…日大会决议` line is no venue either.
        let text = "Distr.: General\n19 December 2022\n\n2022 年 12 月 15 日，大会决议\n";
        assert_eq!(meta(text).meeting.and_then(|x| x.place), None);
    }

    #[test]
    fn dated_titles() {
        let cases = [
            ("Letter dated 11 September 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General", true),
            ("Identical letters dated 3 May 2023 from the Permanent Representative of Qatar", true),
            ("Note verbale dated 2 March 2023 from the Permanent Mission of Japan", true),
            ("2023 年 9 月 11 日阿塞拜疆常驻联合国代表给秘书长的信", true),
            ("2024 年 3 月 5 日主席团给缔约国的信函", true),
            ("Resolution adopted by the Human Rights Council on 4 April 2023", true),
            ("Decision adopted by the Conference of the Parties to the Convention on Biological Diversity on 19 December 2022", true),
            ("2023 年 4 月 4 日人权理事会通过的决议", true),
            ("2022 年 12 月 15 日大会决议", true),
            // Must not match.
            ("Report of the Secretary-General", false), ("2022 年 11 月 7 日至 11 日在维也纳举行的第十三届会议报告", false), ("Vienna, 13–17 March 2023", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_dated_title(line), want, "{line}");
        }
    }

    #[test]
    fn annotations_win_over_the_header_reader() {
        let text = "Distr.: General\n30 September 2021\n\n2021年12月13日至17日，埃及沙姆沙伊赫\n";
        let i = text.find("2021年").unwrap_or(0);
        let date = Annotation::new(
            Span::new(i, i + "2021年12月13日至17日".len()),
            Value::Date(crate::model::DateValue { start: "2021-12-13".into(), end: Some("2021-12-17".into()), granularity: Default::default() }),
        );
        let p = text.find("埃及").unwrap_or(0);
        let place = Annotation::new(
            Span::new(p, p + "埃及沙姆沙伊赫".len()),
            Value::Place(crate::model::PlaceValue { name: "沙姆沙伊赫".into(), state: Some("EGY".into()) }),
        );
        let m = extract(&Document { text, language: Language::Chinese }, &[date, place]);
        assert_eq!(m.date.as_deref(), Some("2021-09-30"));
        assert_eq!(m.meeting.and_then(|m| m.place), Some("埃及沙姆沙伊赫".into()));
    }
}
