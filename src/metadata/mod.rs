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

use crate::model::{Annotation, Meeting, Metadata};
use crate::text::{is_ws, Document};

mod body;
mod dates;
mod header;
mod session;
mod title;

use body::{issuing_body, official_records_body, organ, body_below_symbol};
use dates::{header_dates, joined_last_day, place_on_line, HeaderDate};
use header::header_lines;
use session::session;
use title::title;
pub use title::is_dated_title;

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

/// A line of the header: byte bounds, trimmed.
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// Words that end the name of an organ that adopts resolutions, in Chinese.
const ORGAN_ENDINGS_ZH: &[&str] = &["大会", "理事会", "委员会", "会议"];

/// Longest last line, in characters, of a wrapped dated title (`的信`,
/// `代表给秘书长的信`).
const DATED_TAIL: usize = 20;

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
    // The meeting: the first range left, else the first single day left
    // that is no word of a sentence (`秘书处 2026 年 1 月 20 日关于…的照会`).
    dates.retain(|d| d.end.is_some() || !dates::runs_into_sentence(&text[d.span.end..]));
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

fn original_language(header: &str) -> Option<String> {
    let name = ORIGINAL.captures(header)?.get(1)?.as_str();
    vocabulary("language").find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, code)| code.to_owned())
}
#[cfg(test)]
mod tests {
    use super::body::{despaced, is_languages_only, is_name_line};
    use super::header::{is_column_heads, numbered_paragraph, numbered_text, opens_resolution};
    use super::session::{digit_by_digit, ordinal};
    use super::title::is_cover_item_line;
    use super::*;
    use crate::model::{Session, Value};
    use crate::span::Span;
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
        let m = meta("United Nations Journal\nTuesday, 10 March 2026   No. 2026/48\nCommission on Narcotic Drugs\nSixty-ninth session\n");
        assert_eq!((m.body.as_deref(), m.title.as_deref()), (Some("Commission on Narcotic Drugs"), Some("Journal")));
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
            // A report on credentials, by the Bureau or a committee, is a type of its own.
            ("Report of the Bureau on credentials", "Report of the Bureau on credentials"),
            ("Report of the Credentials Committee", "Report of the Credentials Committee"),
            ("主席团关于全权证书的报告", "主席团关于全权证书的报告"),
            ("Report of the Bureau on the work of the Commission", "Report of the Bureau"),
            ("Report of the Working Group on the review", "Report"),
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
    fn a_note_verbale_dates_no_meeting_in_its_sentences() {
        // The note it answers, a deadline: no meeting, no venue from the words after a date.
        let text = "中华人民共和国常驻维也纳联合国和其他国际组织代表团\n\n照会\n\n中华人民共和国常驻代表团向联合国毒品和犯罪问题办公室\n致意，并谨提及秘书处 2026 年 1 月 20 日关于《联合国反腐败公约》第五章（资产追回）\n实施情况的照会。\n根据缔约国会议第 9/2 号决议第 8 段，中方将于 2026 年 3 月 5 日前提交补充资料。\n";
        let m = meta(text);
        assert_eq!(m.meeting, None);
        assert_eq!(m.title.as_deref(), Some("照会"));
        assert_eq!(m.body, None);
        // A session the note announces, set off from its venue, still is the meeting.
        let text = "普通照会\n\n毒品和犯罪问题办公室向各常驻代表团致意，谨通知：\n缔约国会议第十一届会议将于 2025 年 12 月 15 日至 19 日在多哈举行。\n";
        assert_eq!(meta(text).meeting, Some(Meeting { start: Some("2025-12-15".into()), end: Some("2025-12-19".into()), place: Some("多哈".into()) }));
        // Nor does a footnote ending in `。` end the header before the title.
        let text = "CAC/COSP/WG.2/2024/CRP.2\n\n资产追回问题不限成员名额政府间工作组\n2024 年 6 月 10 日至 14 日，维也纳\n临时议程*项目 3\n国家联络人\n\n* CAC/COSP/WG.2/2024/1。\n\n秘书处编写的会议室文件\n\n1. 根据第 4/4 号决议。\n";
        assert_eq!(meta(text).title.as_deref(), Some("秘书处编写的会议室文件"));
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
