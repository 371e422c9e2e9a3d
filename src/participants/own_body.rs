//! The body the document is about, which is not a participant of its own
//! meeting: an organisation that a cover's header line names alone, with
//! its session or as the body whose report it is (`人权理事会` above
//! `第五十二届会议`), and the subsidiary bodies the data gives it — dropped
//! everywhere; and the masthead lines of the header (`联合国\tA/HRC/52/10`,
//! `大 会 Distr.: General`, a principal organ above `Distr.` over another
//! body line, or above `Official Records`) — dropped there only. A cover
//! without `Distr.` is a record's (`United Nations\tS/PV.9520`,
//! `S/Agenda/9611`) or an Official Records report's (the body above
//! `Report on the thirty-third session`); a page pasted from its symbol on
//! is its series' body's (`E/CN.7/2025/15` → the Commission on Narcotic
//! Drugs). Without a cover, the body whose
//! numbered session opens (`预防犯罪和刑事司法委员会第三十二届会议将于…开幕`).
//!
//! Deliberately left out: a header title that only mentions an organisation
//! (`毒品和犯罪问题办公室的工作`, `Work of the Office`) keeps it a
//! participant, and so do `联合国` and `大会` outside the masthead.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{organization_base, organization_key};
use crate::gazetteer;
use crate::model::{Annotation, ParticipantValue, Value};
use crate::span::Span;
use crate::text::is_space;

/// Longest document header, in bytes: the masthead, symbol, session and title
/// lines before the first numbered paragraph.
const MAX_HEADER: usize = 1500;

/// True for a document symbol standing alone (`A/HRC/52/1`, `E/CN.7/2023/1*`).
fn is_symbol_token(s: &str) -> bool {
    let s = s.trim_end_matches('*');
    let mut parts = s.split('/');
    parts.next().is_some_and(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase()))
        && s.split('/').count() >= 3
        && s.split('/').skip(1).all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-'))
}

/// Principal organs that head the series of their subsidiary bodies
/// (`经济及社会理事会` above `Distr.`, `麻醉药品委员会` below): the parent of
/// the document's body, not its body. A treaty's conference above a working
/// group's report stays the body: its subsidiaries are what it is about.
const PARENT_ORGANS: &[&str] = &["经济及社会理事会", "安全理事会", "Economic and Social Council", "Security Council"];

/// Names that head every UN document or series, which do not make the
/// organisation the body the document is about wherever the header names them.
const MASTHEADS: &[&str] = &["联合国", "大会", "United Nations", "General Assembly"];

/// Where the header ends: at the first line that starts with `1.`, or
/// after [`MAX_HEADER`] bytes (always a char boundary).
fn header_end(text: &str) -> usize {
    let limit = crate::text::floor_boundary(text, MAX_HEADER);
    let head = &text[..limit];
    let mut at = 0;
    for line in head.split_inclusive('\n') {
        if line.trim_start().starts_with("1.") {
            return at;
        }
        at += line.len();
        // `与会者名单`: a list of participants has no numbered paragraph; its
        // blocks (`毒品和犯罪问题办公室` alone on a line) are no header lines.
        if super::lists::ATTENDANCE_ANNEX.iter().any(|w| line.trim().eq_ignore_ascii_case(w)) {
            return at;
        }
    }
    limit
}

/// Removes the body the document is about — an organisation that a header
/// line names alone (`人权理事会` above `第五十二届会议`) and the subsidiary
/// bodies the data gives it — everywhere, and a masthead line (`联合国`,
/// `大会` alone on their line) in the header.
///
/// A header line that only mentions an organisation (the title
/// `毒品和犯罪问题办公室的工作`) does not make it the body. An organisation
/// alone on a line above `Distr.` is the parent organ of the series, not the
/// body, when it is a principal organ and another body line follows below
/// (`经济及社会理事会` above `Distr.`, `麻醉药品委员会` below): only that
/// masthead line is dropped.
pub(super) fn drop_own_body(text: &str, out: &mut Vec<Annotation>) {
    if let Some(span) = opening_masthead(text) {
        out.retain(|a| a.span != span);
    }
    let end = header_end(text);
    // Only a UN document's cover has a header to read; without one, the
    // opening may say whose session it is.
    // `分发：限量`: a Chinese cover may print its distribution in Chinese.
    let journal = journal_masthead(&text[..end]);
    let Some(distr) = text[..end].find("Distr").or_else(|| text[..end].find("分发：")).or_else(|| record_masthead(&text[..end])).or_else(|| report_title(&text[..end], out)).or_else(|| symbol_masthead(&text[..end])).or(journal) else {
        if let Some(key) = opening_body(text, out) {
            retain_others(out, &[], subsidiaries_too(vec![key]));
        }
        return;
    };
    let mut own: Vec<(String, Span)> = Vec::new();
    let mut masthead: Vec<Span> = Vec::new();
    for a in out.iter().filter(|a| a.span.end <= end) {
        let Value::Participant(ParticipantValue::Organization { name, .. }) = &a.value else { continue };
        // A name broken over two header lines (`联合国打击跨国有组织犯罪公约\n缔约方会议`)
        // is read with both lines.
        let (s, _) = crate::text::line_bounds(text, a.span.start);
        let (_, e) = crate::text::line_bounds(text, a.span.end);
        let line = text.get(s..e).unwrap_or("");
        let written = text.get(a.span.range()).unwrap_or("");
        // `经济及社会理事会\tDistr.: General`: the masthead names the parent
        // organ next to the symbol or distribution; only that line is dropped.
        let first_cell = line.split('\t').next().is_some_and(|cell| cell.trim() == written);
        // `大会` alone on its line above `Distr.`, `联 合 国 A/HRC/52/1`,
        // `大 会 Distr.: General`: the series' masthead.
        let before = text[s..a.span.start].trim_matches(is_space);
        let after = text[a.span.end..e].trim_matches(is_space);
        let beside = after.is_empty() || after.starts_with("Distr") || is_symbol_token(after);
        let masthead_line = MASTHEADS.contains(&name.as_str()) && before.is_empty() && beside && a.span.start < distr + "Distr".len();
        // Without a tab (`United Nations E/CN.15/2023/1`, `Economic and Social
        // Council Distr.: General`), the rest of the line is the symbol or distribution.
        let rest = after.trim();
        // A table row's cell (`3\tReport … of the United Nations Office on
        // Drugs and Crime\tE/CN.15/2025/2`) has text before the name.
        let beside_in_line = before.is_empty() && (rest.starts_with("Distr") || (!rest.contains(' ') && rest.contains('/') && rest.starts_with(|c: char| c.is_ascii_uppercase())));
        let cover_cell = first_cell && (line.contains('\t') || line.contains("Distr")) || beside_in_line;
        // `Conference of the Parties to the … Crime\tDistr.: General`: a body
        // other than a principal organ, in the cover's column, is the document's own.
        let principal = MASTHEADS.contains(&name.as_str()) || PARENT_ORGANS.iter().any(|p| organization_key(p) == organization_key(name));
        if cover_cell && !principal {
            own.push((organization_key(name), a.span));
        } else if cover_cell || masthead_line || (principal && before.is_empty() && after.is_empty() && heads_official_records(&text[e..])) {
            masthead.push(a.span);
        } else if names_body_line(&text[s..a.span.start], &text[a.span.end..e]) && !MASTHEADS.contains(&name.as_str()) && (journal.is_none() || before.is_empty() && after.is_empty() && session_below(&text[e..])) {
            // A Journal's organ stands alone on its line above its session;
            // its programme's item titles (`经济及社会理事会的报告`) and the
            // committees whose meetings it lists (`第三委员会` / `第 18 次会议`) are other bodies.
            own.push((organization_key(name), a.span));
        }
    }
    if own.iter().any(|(_, s)| s.start > distr) {
        let parent_organ = |key: &String| PARENT_ORGANS.iter().any(|p| organization_key(p) == *key);
        let (parents, bodies): (Vec<_>, Vec<_>) = own.into_iter().partition(|(k, s)| s.start < distr && parent_organ(k));
        masthead.extend(parents.into_iter().map(|(_, s)| s));
        own = bodies;
    }
    // `E/CN.7/2025/15` alone over a report's chapter: the series' body.
    if own.is_empty() {
        let series = symbol_masthead(&text[..end]).and_then(|line_end| series_body(&text[..line_end]));
        own.extend(series.map(|name| (organization_key(name), Span::new(0, 0))));
    }
    if own.is_empty() && masthead.is_empty() {
        return;
    }
    let own = subsidiaries_too(own.into_iter().map(|(k, _)| k).collect());
    retain_others(out, &masthead, own);
}

/// The span of the United Nations' name that opens a document as its
/// masthead, on the first line that is not blank, alone or beside the
/// symbol (`联合国\tCAC/COSP/2025/CRP.3`, `United Nations` above the
/// conference's name), with or without a `Distr.` line below.
fn opening_masthead(text: &str) -> Option<Span> {
    let start = text.len() - text.trim_start().len();
    let line_end = text[start..].find('\n').map_or(text.len(), |p| start + p);
    let line = &text[start..line_end];
    let name = ["United Nations", "联合国", "联 合 国"].into_iter().find(|m| line.starts_with(m))?;
    let rest = line[name.len()..].trim_matches(is_space);
    let beside = rest.is_empty() || rest.starts_with("Distr") || is_symbol_token(rest);
    beside.then(|| Span::new(start, start + name.len()))
}

/// A verbatim record's cover has no `Distr.` line: `United Nations\tS/PV.9520`
/// heads it, the organ's name follows (`Security Council`). Where that first
/// line ends stands for the distribution line of other covers.
fn record_masthead(head: &str) -> Option<usize> {
    let start = head.len() - head.trim_start().len();
    let line_end = head[start..].find('\n').map_or(head.len(), |p| start + p);
    let line = &head[start..line_end];
    let masthead = ["United Nations", "联合国", "联 合 国"].iter().any(|m| line.starts_with(m));
    // `S/PV.9520`, `A/78/PV.5`, `E/2023/SR.12`, a provisional agenda's
    // `S/Agenda/9611`: a record's symbol ends the line.
    let record = line.split([' ', '\t']).rev().find(|t| !t.is_empty()).is_some_and(|t| ["/PV.", "/SR.", "/Agenda/"].iter().any(|s| t.contains(s)));
    (masthead && record).then_some(line_end)
}

/// The Journal's own masthead lines, which print no `Distr.` line.
const JOURNAL_MASTHEADS: &[&str] = &["联合国日刊", "日刊", "Journal of the United Nations", "United Nations Journal", "Journal"];

/// A Journal opens with its masthead alone on the first line (`联合国日刊`,
/// `Journal of the United Nations`), and the organ whose meetings it lists
/// stands alone on a line below (`预防犯罪和刑事司法委员会` above
/// `第三十五届会议`). Where that masthead line ends stands for the
/// distribution line of other covers.
fn journal_masthead(head: &str) -> Option<usize> {
    let start = head.len() - head.trim_start().len();
    let line_end = head[start..].find('\n').map_or(head.len(), |p| start + p);
    let line = head[start..line_end].trim_matches(is_space);
    JOURNAL_MASTHEADS.iter().any(|m| line.eq_ignore_ascii_case(m)).then_some(line_end)
}

/// True when the line right below (`rest` starts at a line's end) is a
/// session's: `第三十五届会议`, `Sixty-ninth session`.
fn session_below(rest: &str) -> bool {
    let line = rest.trim_start_matches(['\r', '\n']).lines().next().unwrap_or("").trim_matches(is_space);
    (line.starts_with('第') && line.ends_with("届会议")) || line.ends_with(" session")
}

/// A conference room paper or a report pasted without its masthead opens
/// with its symbol alone on the first line (`CTOC/COP/WG.3/2025/CRP.2`,
/// `E/2025/28` above `E/CN.7/2025/15`), perhaps beside the United Nations'
/// name, and its header's body lines follow. Where that line ends stands
/// for the distribution line of other covers.
fn symbol_masthead(head: &str) -> Option<usize> {
    let start = head.len() - head.trim_start().len();
    let line_end = head[start..].find('\n').map_or(head.len(), |p| start + p);
    let line = head[start..line_end].trim_matches(is_space);
    let line = ["United Nations", "联合国", "联 合 国"].iter().find_map(|m| line.strip_prefix(m)).unwrap_or(line);
    let mut tokens = line.split([' ', '\t']).filter(|t| !t.is_empty()).peekable();
    let symbols = tokens.peek().is_some() && tokens.all(is_symbol_token);
    symbols.then_some(line_end)
}

/// The series of symbols and the bodies that issue them, from the `series`
/// rows of `data/participant_lists.tsv`.
static SERIES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    data_file!("participant_lists.tsv").lines().filter_map(|l| l.strip_prefix("series\t")?.split_once('\t')).map(|(s, b)| (s, b.trim())).collect()
});

/// The body whose series the symbols on `line` (a header's symbol line)
/// belong to, when they all share one: `E/CN.7/2025/15` → `Commission on
/// Narcotic Drugs`; none for `E/2025/28`, an Economic and Social Council
/// series, which heads its subsidiaries' reports too.
fn series_body(line: &str) -> Option<&'static str> {
    let mut bodies = line.split([' ', '\t', '\n', '\r']).filter(|t| is_symbol_token(t)).map(|t| SERIES.iter().find(|(s, _)| t.starts_with(s)).map(|&(_, b)| b));
    let first = bodies.next()??;
    bodies.all(|b| b == Some(first)).then_some(first)
}

/// An Official Records cover has no `Distr.` line either: the body alone on
/// its line, then the report's title that names no body (`Commission on
/// Crime Prevention and Criminal Justice` / `Report on the thirty-third
/// session`, `预防犯罪和刑事司法委员会` / `第三十三届会议报告`). Where that title line starts stands for the distribution
/// line of other covers.
fn report_title(head: &str, out: &[Annotation]) -> Option<usize> {
    let mut previous: Option<(usize, usize)> = None;
    let mut at = 0;
    for line in head.split_inclusive('\n') {
        let (s, trimmed) = (at, line.trim());
        at += line.len();
        // PDF text puts blank lines between the cover's lines: the line
        // above is the last one that is not blank.
        if trimmed.is_empty() {
            continue;
        }
        let zh = trimmed.strip_prefix('第').is_some_and(|t| t.ends_with("届会议报告") || t.ends_with("届会议的报告"));
        let title = zh || (["Report on the ", "Report on its "].iter().any(|p| trimmed.starts_with(p)) && trimmed.contains(" session"));
        if title {
            // The line directly above holds an organisation and nothing else.
            let (ps, pe) = previous?;
            let alone = out.iter().any(|a| {
                matches!(a.value, Value::Participant(ParticipantValue::Organization { .. })) && head[ps..pe].trim() == head.get(a.span.range()).unwrap_or("")
            });
            return alone.then_some(s);
        }
        previous = Some((s, s + line.len()));
    }
    None
}

/// True when the next line of `rest` (which starts at a line's end) opens
/// the masthead of the Official Records (`Economic and Social Council` /
/// `Official Records, 2024`): the principal organ above it is the series', not a participant.
fn heads_official_records(rest: &str) -> bool {
    let next = rest.trim_start_matches(['\r', '\n']).trim_start_matches(is_space);
    next.starts_with("Official Records") || next.starts_with("正式记录")
}

/// The keys of `own` and of the subsidiary bodies the data gives them: a
/// document of a body is about its subsidiary bodies too.
fn subsidiaries_too(mut own: Vec<String>) -> Vec<String> {
    let subsidiaries = gazetteer::organizations().iter().enumerate().filter_map(|(i, o)| {
        let parent = organization_key(o.parent?);
        own.contains(&parent).then(|| format!("#{i}"))
    });
    let subsidiaries: Vec<String> = subsidiaries.collect();
    own.extend(subsidiaries);
    own
}

/// How far into a document without a cover its opening is read, in bytes.
const OPENING: usize = 3000;

/// `预防犯罪和刑事司法委员会第三十二届会议将于…开幕`: in the opening of a
/// document without a cover, the organisation whose numbered session opens
/// or is held is the body the document is about.
fn opening_body(text: &str, out: &[Annotation]) -> Option<String> {
    static SESSION_OPENS: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::regex(r"^[ \t]*第[ \t]*[0-9一二三四五六七八九十百]+[ \t]*(?:届|次)(?:特别)?会议[^。；]{0,80}?(?:开幕|举行)")
    });
    out.iter().take_while(|a| a.span.end <= OPENING).find_map(|a| {
        let Value::Participant(ParticipantValue::Organization { name, .. }) = &a.value else { return None };
        let rest = text.get(a.span.end..)?;
        let rest = &rest[..crate::text::floor_boundary(rest, 240)];
        (!MASTHEADS.contains(&name.as_str()) && SESSION_OPENS.is_match(rest)).then(|| organization_key(name))
    })
}

/// Drops the annotations at `masthead` and every organisation whose key is
/// in `own`.
fn retain_others(out: &mut Vec<Annotation>, masthead: &[Span], own: Vec<String>) {
    out.retain(|a| {
        if masthead.contains(&a.span) {
            return false;
        }
        match &a.value {
            Value::Participant(ParticipantValue::Organization { name, short }) => {
                let base = organization_base(name, short.as_deref());
                own.is_empty() || !own.contains(&organization_key(base))
            }
            _ => true,
        }
    });
}

/// True when a header line with an organisation between `before` and
/// `rest` names the body the document is about: the organisation alone, or
/// with its session (`人权理事会第五十二届会议`), or as the body whose report
/// the title is (`…麻醉药品委员会第六十六届会议的报告`, `…工作组会议的报告`,
/// `Report of the Commission on Narcotic Drugs on its…`, `Report on the
/// meeting of the Working Group on … held in …`). Not a title that
/// only mentions it (`毒品和犯罪问题办公室的工作`, `Work of the Office`).
fn names_body_line(before: &str, rest: &str) -> bool {
    let before = before.trim_start_matches(is_space);
    let rest = rest.trim_end_matches(is_space);
    let after = rest.trim_start_matches(is_space);
    if after.is_empty() {
        return before.is_empty() || before.to_ascii_lowercase().trim_end().ends_with("report of the");
    }
    const OF_THE_BODY: &[&str] = &["第", "会议", "届会", "的报告", "报告"];
    let zh = OF_THE_BODY.iter().any(|w| after.starts_with(w)) && (before.is_empty() || rest.ends_with("报告"));
    let lower = before.to_ascii_lowercase();
    let lower = lower.trim_end();
    let en = lower.ends_with("report of the") && (after.starts_with("on its") || after.starts_with("at its"));
    // `Report on the meeting of the Working Group on … held in Vienna on …`.
    let meeting = MEETING_REPORT_OPENINGS.iter().any(|o| lower.ends_with(o)) && (after.starts_with("held") || after.starts_with(", held"));
    zh || en || meeting
}

/// How a meeting's report names the body that met, before its name.
const MEETING_REPORT_OPENINGS: &[&str] = &["report on the meeting of the", "report of the meeting of the"];

#[cfg(test)]
mod tests {
    use crate::participants::tests::found;

    #[test]
    fn the_blocks_of_a_list_of_participants_are_no_header() {
        let text = "联合国\tCAC/COSP/2023/INF/3\n\n联合国反腐败公约 缔约国会议\n\nDistr.: General\n\n第十届会议\n\n与会者名单\n\n秘书处\n\n毒品和犯罪问题办公室\nBrigitte Strobel-Shaw 女士\n";
        assert_eq!(found(text), vec!["毒品和犯罪问题办公室=org", "Brigitte Strobel-Shaw=person:-:-"]);
    }

    #[test]
    fn the_opening_masthead_is_no_participant_without_a_distribution_line() {
        let text = "联合国\tCAC/COSP/2025/CRP.3\n\n联合国反腐败公约\n缔约国会议\n\n1. 秘书处请大会注意。";
        assert_eq!(found(text), vec!["大会=org"]);
        let text = "United Nations\nConference of the States Parties to the\nUnited Nations Convention against Corruption\n\nJournal\n";
        assert_eq!(found(text), Vec::<String>::new());
        // A Journal's masthead over the organ whose meetings it lists; not a
        // body named in its programme's rows, nor a Journal named in a sentence.
        let text = "联合国日刊\n\n2026 年 5 月 19 日，星期二\n\n预防犯罪和刑事司法委员会\n第三十五届会议\n\n欧洲联盟代表和开发署代表发言。";
        assert_eq!(found(text), vec!["欧洲联盟=state:EUU", "开发署=org"]);
        let text = "Journal of the United Nations\n\nCommission on Narcotic Drugs\nSixty-ninth session\n\nThe World Health Organization spoke.";
        assert_eq!(found(text), vec!["World Health Organization=org"]);
        let text = "United Nations Journal\nTuesday, 10 March 2026   No. 2026/48\nCommission on Narcotic Drugs\nSixty-ninth session\n\nThe United Nations Journal lists WHO.";
        assert_eq!(found(text), vec!["WHO=org"]);
        let text = "联合国日刊\n\n第三委员会\n\n第 18 次会议\n\n经济及社会理事会的报告\n";
        assert_eq!(found(text), vec!["第三委员会=org", "经济及社会理事会=org"]);
        let text = "联合国日刊载有预防犯罪和刑事司法委员会的会议安排。";
        assert_eq!(found(text), vec!["预防犯罪和刑事司法委员会=org"]);
        // A sentence that opens with the United Nations is no masthead.
        let text = "联合国在索马里开展工作。";
        assert_eq!(found(text), vec!["联合国=org", "索马里=state:SOM"]);
    }

    #[test]
    fn own_body_and_masthead_are_not_participants() {
        let text = "联合国\tA/HRC/52/10\n大会\tDistr.: General\n人权理事会\n第五十二届会议\n\n1. 人权理事会请大会和开发署注意。";
        let got = found(text);
        assert_eq!(got, vec!["大会=org".to_string(), "开发署=org".to_string()]);
        let text = "联合国\tE/CN.7/2023/15\n经济及社会理事会\tDistr.: General\n麻醉药品委员会\n\n1. 麻醉药品委员会请经济及社会理事会注意。";
        assert_eq!(found(text), vec!["经济及社会理事会=org".to_string()]);
        let text = "United Nations E/CN.15/2023/1\n\nEconomic and Social Council Distr.: General\n27 January 2023\n\nCommission on Crime Prevention and Criminal Justice\n\n1. The Economic and Social Council and the United Nations met.";
        assert_eq!(found(text), vec!["Economic and Social Council=org".to_string(), "United Nations=org".to_string()]);
        // A title line that mentions an organisation does not make it the body;
        // the parent organ above `Distr.` is a masthead when a body line follows.
        let text = "经济及社会理事会\n\nDistr.: General\n\n预防犯罪和刑事司法委员会\n第三十二届会议\n毒品和犯罪问题办公室的工作\n\n1. 经济及社会理事会请预防犯罪和刑事司法委员会和毒品和犯罪问题办公室注意。";
        assert_eq!(found(text), vec!["毒品和犯罪问题办公室=org", "经济及社会理事会=org", "毒品和犯罪问题办公室=org"]);
        let text = "联合国打击跨国有组织犯罪公约 缔约方会议\n\nDistr.: General\n\n1. 联合国打击跨国有组织犯罪公约缔约方会议请国际合作工作组和偷运移民问题工作组与麻醉药品委员会合作。";
        assert_eq!(found(text), vec!["麻醉药品委员会=org".to_string()]);
        let text = "United Nations\tCTOC/COP/2024/1\nConference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime\tDistr.: General\n25 July 2024\n\n1. The Conference of the Parties to the United Nations\nConvention against Transnational Organized Crime and the Working Group on Firearms met.";
        assert_eq!(found(text), Vec::<String>::new());
        let text = "联合国打击跨国有组织犯罪公约\n缔约方会议\n\nDistr.: General\n\n1. 联合国打击跨国有组织犯罪公约缔约方会议请国际合作工作组注意。";
        assert_eq!(found(text), Vec::<String>::new());
        let text = "联合国打击跨国有组织犯罪公约\n缔约方会议\n\nDistr.: General\n\n在维也纳举行的打击贩运人口问题工作组会议的报告\n\n1. 联合国打击跨国有组织犯罪公约缔约方会议设立了打击贩运人口问题工作组。";
        assert_eq!(found(text), Vec::<String>::new());
        let text = "1. 联合国打击跨国有组织犯罪公约缔约方会议设立的国际合作工作组";
        assert_eq!(found(text), vec!["联合国打击跨国有组织犯罪公约缔约方会议=org".to_string(), "国际合作工作组=org".to_string()]);
        let text = "Distr.: General\n\n2022年12月9日和2023年3月13日至17日麻醉药品委员会第六十六届会议的报告\n\n1. 麻醉药品委员会请毒品和犯罪问题办公室注意。";
        assert_eq!(found(text), vec!["毒品和犯罪问题办公室=org".to_string()]);
        let text = "Distr.: General\n\nReport of the Commission on Narcotic Drugs on its sixty-sixth session\n\n1. The Commission on Narcotic Drugs and the Human Rights Council met.";
        assert_eq!(found(text), vec!["Human Rights Council=org".to_string()]);
        // A meeting's report, its body's name wrapped over the title's lines.
        let text = "Distr.: General\n\nReport on the meeting of the Working Group on\nInternational Cooperation held in Vienna on 2 and 3 June 2025\n\n1. The Working Group on International Cooperation and the Human Rights Council met.";
        assert_eq!(found(text), vec!["Human Rights Council=org".to_string()]);
        // A report on a meeting that names the body only in passing keeps it.
        let text = "Distr.: General\n\nReport on the meeting of the Human Rights Council and the Working Group on International Cooperation\n\n1. Text.";
        assert_eq!(found(text).len(), 2);
        let text = "Distr.: General\n\nWork of the United Nations Office on Drugs and Crime\n\n1. The United Nations Office on Drugs and Crime reported.";
        assert_eq!(found(text).len(), 2);
        let text = "Distr.: General\n\n人权理事会第五十二届会议\n\n1. 人权理事会请大会注意。";
        assert_eq!(found(text), vec!["大会=org".to_string()]);
        // A page pasted from its symbol on is its series' body's; not a series of the Council's, nor mixed ones.
        let text = "E/CN.7/2025/15\n\n第十章\n\n92. 麻醉药品委员会 53 个成员国中有 51 个成员国出席了会议。世界卫生组织也出席了会议。";
        assert_eq!(found(text), vec!["世界卫生组织=org".to_string()]);
        let text = "E/2025/28\n\n92. 麻醉药品委员会和世界卫生组织出席了会议。";
        assert_eq!(found(text).len(), 2);
        let text = "E/CN.7/2025/15 E/CN.15/2025/10\n\n92. 麻醉药品委员会和世界卫生组织出席了会议。";
        assert_eq!(found(text).len(), 2);
        assert_eq!(super::series_body("CTOC/COP/2024/15"), Some("Conference of the Parties to the United Nations Convention against Transnational Organized Crime"));
        // Without a cover, the body whose session opens is the document's.
        let text = "说明\n\n1. 选举主席团成员\n\n预防犯罪和刑事司法委员会第三十二届会议将于 2023 年 5 月 22 日上\n\n午 10 时在维也纳开幕。预防犯罪和刑事司法委员会与世界卫生组织合作。";
        assert_eq!(found(text), vec!["世界卫生组织=org".to_string()]);
        let text = "说明\n\n大会第七十八届会议将于 2023 年 9 月 5 日开幕。人权理事会第五十二届会议的报告已提交大会。";
        assert_eq!(found(text), vec!["人权理事会=org".to_string(), "大会=org".to_string()]);
        let text = "\n\n大会\n\nDistr.: General\n12 January 2023\n\n人权理事会\n第五十二届会议\n\n1. 人权理事会请大会注意。";
        assert_eq!(found(text), vec!["大会=org".to_string()]);
        let text = "联 合 国 A/HRC/52/1\n\n大 会 Distr.: General\n12 January 2023\n\n人权理事会\n第五十二届会议\n\n1. 人权理事会请大会注意。";
        assert_eq!(found(text), vec!["大会=org".to_string()]);
        // A conference room paper or report pasted from its symbol on, no masthead.
        let text = "CTOC/COP/WG.3/2025/CRP.2\n\n联合国打击跨国有组织犯罪公约\n缔约方会议\n国际合作工作组\n2025 年 7 月 1 日，维也纳\n\n1. 国际合作工作组请世界银行注意。";
        assert_eq!(found(text), vec!["世界银行=org".to_string()]);
        let text = "E/2025/28\nE/CN.7/2025/15\n\n麻醉药品委员会\n\n第六十八届会议报告\n\n94. 麻醉药品委员会请世界卫生组织注意。";
        assert_eq!(found(text), vec!["世界卫生组织=org".to_string()]);
        // A symbol in running text, or a table row's cell beside a symbol, is no masthead.
        let text = "见 E/2025/28 号文件。\n\n麻醉药品委员会\n\n1. 麻醉药品委员会开会。";
        assert_eq!(found(text).len(), 2);
        let text = "E/CN.15/2025/1/Add.1\n\nAgenda item\tTitle\tSymbol\n3\tReport on the activities of the United Nations Office on Drugs and Crime\tE/CN.15/2025/2\n";
        assert_eq!(found(text), vec!["United Nations Office on Drugs and Crime=org".to_string()]);
        // A verbatim record has no `Distr.`: its symbol heads it, its organ follows.
        let text = "United Nations\tS/PV.9520\nSecurity Council\nSeventy-ninth year\n\nThe Security Council and the United Nations Relief and Works Agency for Palestine Refugees in the Near East and the United Nations met.";
        assert_eq!(found(text), vec!["United Nations Relief and Works Agency for Palestine Refugees in the Near East=org".to_string(), "United Nations=org".to_string()]);
        // A provisional agenda of the Council heads its cover the same way.
        let text = "United Nations\tS/Agenda/9611\nSecurity Council\n\nProvisional agenda\n\n2. The Security Council and the United Nations met.";
        assert_eq!(found(text), vec!["United Nations=org".to_string()]);
        // An Official Records cover: the body above its report's title is the
        // document's own; the principal organ above `Official Records` is the series'.
        let text = "Commission on Crime Prevention and Criminal Justice\nReport on the thirty-third session\n(17 May 2023 and 13-17 May 2024)\n\nEconomic and Social Council\nOfficial Records, 2024\nSupplement No. 10\n\n1. The Commission on Crime Prevention and Criminal Justice asked the Economic and Social Council.";
        assert_eq!(found(text), vec!["Economic and Social Council=org".to_string()]);
        let text = "预防犯罪和刑事司法委员会\n第三十三届会议报告\n\n经济及社会理事会\n正式记录，2024年\n\n1. 预防犯罪和刑事司法委员会建议经济及社会理事会通过决议草案。";
        assert_eq!(found(text), vec!["经济及社会理事会=org".to_string()]);
        // A title that names its body, or one with no body line above it, is no such cover.
        let text = "Report on the thirty-third session\n\n1. The Commission on Crime Prevention and Criminal Justice met.";
        assert_eq!(found(text), vec!["Commission on Crime Prevention and Criminal Justice=org".to_string()]);
        // Without the record's symbol the line is no masthead.
        let text = "Security Council\n\nThe Security Council met.";
        assert_eq!(found(text), vec!["Security Council=org".to_string(), "Security Council=org".to_string()]);
        let text = "1. 人权理事会请大会注意。Distr.";
        assert_eq!(found(text), vec!["人权理事会=org".to_string(), "大会=org".to_string()]);
    }
}
