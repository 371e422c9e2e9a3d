//! The title a header gives a document: its type (`临时议程说明`, `Note by
//! the Secretariat`), a session's or meeting's report in full, a letter's
//! or adopted text's dated title.

use super::{header::numbered_text, session::session, vocabulary, Line};

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
pub(super) fn title(text: &str, lines: &[Line]) -> Option<String> {
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
pub(super) fn document_type(line: &str) -> Option<&'static str> {
    vocabulary("dated-prefix")
        .find(|(p, _)| line.starts_with(p))
        .or_else(|| vocabulary("dated-suffix").find(|(s, _)| line.ends_with(s)))
        .or_else(|| vocabulary("title").find(|(t, _)| t.eq_ignore_ascii_case(line)))
        .map(|(_, v)| v)
}

/// The cover's line that points at the agenda items whose titles follow it:
/// `Item 4 of the provisional agenda*`, `Items 1 and 9 of the provisional
/// agenda`, `临时议程*项目 1 和 9`, `临时议程项目 2*`, `议程项目 3`.
pub(super) fn is_cover_item_line(line: &str) -> bool {
    let english = (line.starts_with("Item ") || line.starts_with("Items ")) && line.contains(" of the provisional agenda");
    // The Chinese line: the agenda, then `项目` and the items' numbers only.
    let squeezed: String = line.chars().filter(|c| *c != '*' && !crate::text::is_space(*c)).collect();
    let numbers = squeezed.strip_prefix("临时议程项目").or_else(|| squeezed.strip_prefix("议程项目"));
    let chinese = numbers.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()) && n.chars().all(|c| c.is_ascii_alphanumeric() || "和、至及()（）".contains(c)));
    english || chinese
}
