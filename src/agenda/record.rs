//! The item headings of a summary record: a line of its own naming an
//! item and its title (`议程项目 1：组织事项（续）`, `Agenda item 3: Technical
//! assistance (continued)`), and the sub-item heading right below it
//! (`(f) 一般性讨论（续）`). As the cover line of a document issued under one
//! item (see `cover`), the words `议程项目 1` stay an agenda reference and
//! the title is the item: `组织事项` → `{"number": "1", "title": "组织事项"}`,
//! `(f) 一般性讨论` → `{"number": "1(f)", …}`; continuation marks are left out.
//! A later sub-item heading, after the paragraphs of the one before
//! (`(b) 选举主席团成员` below `(a) …` and its paragraphs), is one too.
//!
//! A verbatim record's heading of an item taken up again names it alone,
//! marked continued, over its title (`Agenda item 73 (continued)` /
//! `Promotion and protection of human rights`, `议程项目 73（续）` /
//! `促进和保护人权`): the first line below that is not blank is the title.
//! Below the cover's first 80 lines, an item taken up for the first time
//! is named so unmarked, after a blank line (`Agenda item 12` / `Report of
//! the Economic and Social Council`).
//!
//! Left out: an item named inside a sentence (`在议程项目 2 下，…`), a
//! heading naming several items (`议程项目 2 和 3：…`), a title holding `。`.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::cover::COVER_LINES;
use super::head::number;
use super::line::{is_blank, Line};
use super::title::{clean_end, is_name_list, title_value, without_documents};
use super::{item_annotation, WS};
use crate::model::Annotation;
use crate::span::Span;

/// `议程项目 1：组织事项（续）`, `Agenda item 3: Technical assistance`: the
/// number (group 1), a sub-item letter (group 2) and the title (group 3).
static ITEM_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^[{WS}]*(?:议程项目|[Aa]genda item)[{WS}]*([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?[{WS}]*[：:][{WS}]*(\S.*)$"))
});

/// `Agenda item 73 (continued)`, `议程项目 73（续）` alone on its line: the
/// number (group 1), a sub-item letter (group 2) and the mark (group 3).
/// Without the mark, the line is a cover line in the cover's lines (see
/// `cover`), and a heading only below them, after a blank line.
static ITEM_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(
        r"^[{WS}]*(?:议程项目|[Aa]genda item)[{WS}]*([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?[{WS}]*(\(continued\)|[(（]续[)）])?[{WS}]*$"
    ))
});

/// `(f) 一般性讨论（续）`: a sub-item letter (group 1) and its title (group 2).
static SUB_HEADING: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(&format!(r"^[{WS}]*[(（]([a-z])[)）][{WS}]*(\S.*)$")));

/// The items of the record's item headings, in text order. Linear: one
/// match per line.
pub(super) fn record_items(text: &str, lines: &[Line]) -> Vec<Annotation> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        // The regex only on lines that open with the heading's words.
        let line = text[l.start..l.end].trim_start_matches(|c: char| WS.contains(c));
        if !opens_item_heading(line) {
            continue;
        }
        let Some(caps) = ITEM_HEADING.captures(&text[l.start..l.end]) else {
            out.extend(alone_items(text, lines, i));
            continue;
        };
        let (Some(n), Some(title)) = (caps.get(1).and_then(|m| m.as_str().parse::<u32>().ok()), caps.get(3)) else { continue };
        let letter = caps.get(2).and_then(|m| m.as_str().chars().next());
        // A title wrapped onto the very next line (`…Convention against` /
        // `Corruption (continued)`) goes on there.
        let wrapped = lines.get(i + 1).filter(|w| continues_title(text, **w));
        let Some(item) = heading_item(text, l.start + title.start(), wrapped.map_or(l.end, |w| w.end), number(n, letter)) else { continue };
        out.push(item);
        // `(a) 缔约国会议第十届会议开幕` below it, then `(b) 选举主席团成员` after
        // the paragraphs under (a): the sub-items of that item.
        if letter.is_none() {
            out.extend(sub_items(text, lines, i + 1 + usize::from(wrapped.is_some()), n));
        }
    }
    out
}

/// The item of line `i` when it names the item alone ([`ITEM_ALONE`]),
/// titled by the first line below that is not blank (and the next line,
/// when the title wraps), then its sub-items.
fn alone_items(text: &str, lines: &[Line], i: usize) -> Vec<Annotation> {
    let Some(caps) = ITEM_ALONE.captures(&text[lines[i].start..lines[i].end]) else { return Vec::new() };
    let Some(n) = caps.get(1).and_then(|m| m.as_str().parse::<u32>().ok()) else { return Vec::new() };
    let letter = caps.get(2).and_then(|m| m.as_str().chars().next());
    // `Agenda item 12` unmarked, an item taken up for the first time: below
    // the cover's lines, as a paragraph's first line with its capital (not
    // `… considered` / `agenda item 12` / `at its 3rd meeting`).
    let opening = i >= COVER_LINES && i.checked_sub(1).is_some_and(|k| is_blank(text, lines[k])) && !text[lines[i].start..lines[i].end].trim_start().starts_with('a');
    if caps.get(3).is_none() && !opening {
        return Vec::new();
    }
    let Some(t) = (i + 1..lines.len()).find(|&j| !is_blank(text, lines[j])) else { return Vec::new() };
    let title = lines[t];
    let line = text[title.start..title.end].trim_start_matches(|c: char| WS.contains(c));
    if opens_item_heading(line) || !continues_title(text, title) || line.ends_with(['.', ';', ',', ':', '。', '；', '，', '：']) {
        return Vec::new();
    }
    let wrapped = lines.get(t + 1).filter(|w| continues_title(text, **w));
    let Some(item) = heading_item(text, title.content_start(text), wrapped.map_or(title.end, |w| w.end), number(n, letter)) else { return Vec::new() };
    let mut out = vec![item];
    if letter.is_none() {
        out.extend(sub_items(text, lines, t + 1 + usize::from(wrapped.is_some()), n));
    }
    out
}

/// The sub-item headings of item `n` from line `from` to the next item
/// heading: the first on the next line that is not blank (`(f) 一般性讨论（续）`),
/// each later one a line of its own between blank lines, with the letter
/// after the last (`(b) Election of officers` after `(a)` and its
/// paragraphs). Not a lettered list in a paragraph: a letter out of turn, a
/// line in a run of lines, or one ending a sentence or clause (`(b) to
/// adopt the agenda;`).
fn sub_items(text: &str, lines: &[Line], from: usize, n: u32) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut expected = None;
    for (j, l) in lines.iter().enumerate().skip(from) {
        if is_blank(text, *l) {
            continue;
        }
        let line = text[l.start..l.end].trim_start_matches(|c: char| WS.contains(c));
        if opens_item_heading(line) {
            break;
        }
        let Some(sub) = SUB_HEADING.captures(&text[l.start..l.end]) else {
            if expected.is_none() {
                break;
            }
            continue;
        };
        let (Some(letter), Some(title)) = (sub.get(1).and_then(|m| m.as_str().chars().next()), sub.get(2)) else { continue };
        let first = expected.is_none();
        if let Some(want) = expected {
            if letter != want || !own_paragraph(text, lines, j) || line.trim_end().ends_with(['.', ';', ',', ':', '。', '；', '，', '：']) {
                continue;
            }
        }
        let end = wrapped_end(text, lines, j);
        let Some(mut sub_item) = heading_item(text, l.start + title.start(), end, number(n, Some(letter))) else {
            if first {
                break;
            }
            continue;
        };
        sub_item.span = Span::new(l.content_start(text), sub_item.span.end);
        out.push(sub_item);
        expected = char::from_u32(letter as u32 + 1);
    }
    out
}

/// The most lines a sub-item's title wraps onto below its heading line.
const WRAP_LINES: usize = 2;

/// Where the sub-item title on line `j` ends: past the lines right below it
/// that carry it on (`(b) Human rights questions, including … for` /
/// `improving the effective enjoyment …`), each after a line that stops
/// mid-phrase and opening in lower case or with a Chinese character, none a
/// sentence. Bounded by [`WRAP_LINES`].
fn wrapped_end(text: &str, lines: &[Line], j: usize) -> usize {
    let mut end = lines[j].end;
    for w in lines.iter().skip(j + 1).take(WRAP_LINES) {
        let before = text[..end].trim_end();
        let line = text[w.start..w.end].trim_matches(|c: char| WS.contains(c));
        let mid_phrase = before.ends_with(|c: char| c.is_alphanumeric()) || before.ends_with(['的', '、', ',', '，']);
        let opens = line.starts_with(|c: char| c.is_lowercase() || ('\u{4e00}'..='\u{9fff}').contains(&c));
        if !mid_phrase || !opens || !continues_title(text, *w) || line.ends_with(['.', ';', ':', '。', '；', '：']) {
            break;
        }
        end = w.end;
    }
    end
}

/// True when `line` opens with the words of an item heading (`议程项目`,
/// `Agenda item`): the cheap test before [`ITEM_HEADING`] runs.
fn opens_item_heading(line: &str) -> bool {
    line.starts_with("议程项目") || line.starts_with("Agenda item") || line.starts_with("agenda item")
}

/// True when line `j` is a paragraph of its own: blank lines (or the text's
/// edge) before and after it.
fn own_paragraph(text: &str, lines: &[Line], j: usize) -> bool {
    let blank_at = |k: Option<usize>| k.and_then(|k| lines.get(k)).is_none_or(|l| is_blank(text, *l));
    blank_at(j.checked_sub(1)) && blank_at(Some(j + 1))
}

/// Whether line `l`, right below a heading, carries on its title: not
/// blank, no sub-item heading, no numbered paragraph, no sentence.
fn continues_title(text: &str, l: Line) -> bool {
    let line = text[l.start..l.end].trim_start_matches(|c: char| WS.contains(c));
    !is_blank(text, l) && !SUB_HEADING.is_match(line) && !line.starts_with(|c: char| c.is_ascii_digit()) && !line.contains('。') && !line.contains(". ")
}

/// The item `number` titled from `start` to `end` of a heading line, less
/// its continuation mark; none when the title is a sentence or a list of
/// speakers (`议程项目 2：巴西、印度尼西亚、欧洲联盟`).
fn heading_item(text: &str, start: usize, end: usize, number: String) -> Option<Annotation> {
    let sentence = text[start..end].contains('。');
    let end = clean_end(text, start, without_documents(text, start, end));
    (end > start && !sentence && !is_name_list(&text[start..end])).then(|| item_annotation(Span::new(start, end), number, title_value(text, start, end)))
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{items, t};

    #[test]
    fn record_headings_give_their_items() {
        let cases = [
            (
                "上午 10 时 05 分宣布开会。\n\n议程项目 1：组织事项（续）\n\n(f) 一般性讨论（续）\n\n1. 主席请各代表团继续一般性讨论。\n",
                vec![t("组织事项", "1", "组织事项"), t("(f) 一般性讨论", "1(f)", "一般性讨论")],
            ),
            ("Agenda item 3: Technical assistance (continued)\n\n4. The representative of Egypt said…\n", vec![t("Technical assistance", "3", "Technical assistance")]),
            ("议程项目 3：技术援助（续）（CAC/COSP/2023/5）\n", vec![t("技术援助", "3", "技术援助")]),
            // A title wrapped onto the next line.
            (
                "Agenda item 2: Review of implementation of the United Nations Convention against\nCorruption (continued)\n\n1. The Chair said…\n",
                vec![t(
                    "Review of implementation of the United Nations Convention against\nCorruption",
                    "2",
                    "Review of implementation of the United Nations Convention against Corruption",
                )],
            ),
            // Later sub-item headings after the paragraphs of the one before, up
            // to the next item; not a lettered list of a paragraph.
            (
                "议程项目 1：组织事项\n\n(a) 会议开幕\n\n1. 临时主席宣布开幕。\n\n(b) 选举主席团成员\n\n2. 主席当选。\n\n(d) 其他\n",
                vec![t("组织事项", "1", "组织事项"), t("(a) 会议开幕", "1(a)", "会议开幕"), t("(b) 选举主席团成员", "1(b)", "选举主席团成员")],
            ),
            (
                "Agenda item 1: Organizational matters\n\n(a) Opening of the session\n\n1. The President said that:\n\n(b) the agenda was adopted;\n\n(b) Election of officers\n\nAgenda item 2: Review\n\n(c) Other matters\n",
                vec![
                    t("Organizational matters", "1", "Organizational matters"),
                    t("(a) Opening of the session", "1(a)", "Opening of the session"),
                    t("(b) Election of officers", "1(b)", "Election of officers"),
                    t("Review", "2", "Review"),
                    t("(c) Other matters", "2(c)", "Other matters"),
                ],
            ),
            ("Agenda item 1: Organizational matters\n\n(a) Opening of the session\n\n1. It decided:\n(b) Election of officers\n(c) Other\n", vec![
                t("Organizational matters", "1", "Organizational matters"),
                t("(a) Opening of the session", "1(a)", "Opening of the session"),
            ]),
            ("议程项目 5(b)：修改物质管制范围\n(c) 其他\n", vec![t("修改物质管制范围", "5(b)", "修改物质管制范围")]),
            // An item taken up again, named alone over its title, with its sub-item.
            (
                "Agenda item 73 (continued)\n\nPromotion and protection of human rights\n\n(b) Human rights questions\n\nThe President: I give the floor to…\n",
                vec![
                    t("Promotion and protection of human rights", "73", "Promotion and protection of human rights"),
                    t("(b) Human rights questions", "73(b)", "Human rights questions"),
                ],
            ),
            // A sub-item title wrapped over lines; not onto a sentence or a capitalised line.
            (
                "Agenda item 73 (continued)\nPromotion of human rights\n\n(b) Human rights questions, including approaches for\nimproving the enjoyment of human rights and\nfundamental freedoms\n\nThe President: …\n",
                vec![
                    t("Promotion of human rights", "73", "Promotion of human rights"),
                    t(
                        "(b) Human rights questions, including approaches for\nimproving the enjoyment of human rights and\nfundamental freedoms",
                        "73(b)",
                        "Human rights questions, including approaches for improving the enjoyment of human rights and fundamental freedoms",
                    ),
                ],
            ),
            ("议程项目 1：组织事项\n(a) 会议开幕\nThe President opened the session\n", vec![t("组织事项", "1", "组织事项"), t("(a) 会议开幕", "1(a)", "会议开幕")]),
            ("Agenda item 1: Organizational matters\n(a) Opening of the session\nwas delayed by an hour.\n", vec![t("Organizational matters", "1", "Organizational matters"), t("(a) Opening of the session", "1(a)", "Opening of the session")]),
            ("议程项目 4（续）\n审议《联合国反腐败公约》实施情况\n\n1. 主席请各代表团发言。\n", vec![t("审议《联合国反腐败公约》实施情况", "4", "审议《联合国反腐败公约》实施情况")]),
            ("Agenda item 5 (b) (continued)\nReports of States\n", vec![t("Reports of States", "5(b)", "Reports of States")]),
            // Named alone but over a paragraph, a sentence or nothing: no title.
            ("Agenda item 4 (continued)\n\n1. The Chair said that the Conference would continue.\n", vec![]),
            ("议程项目 4（续）\n\n主席宣布继续审议。\n", vec![]),
            ("Agenda item 4 (continued)\n", vec![]),
            ("Under agenda item 4 (continued)\nTechnical assistance\n", vec![]),
            // Not headings: an item named in a sentence, several items, a sentence as title.
            ("在议程项目 2 下，埃及代表发了言。\n", vec![]),
            ("议程项目 2 和 3：技术援助\n", vec![]),
            ("议程项目 2：主席宣布开会。\n", vec![]),
            // A journal's list of speakers under an item is no title.
            ("今日发言名单\n\n议程项目 2：巴西、印度尼西亚、尼日利亚、欧洲联盟\n", vec![]),
            ("议程项目 4：瑞士、列支敦士登和经济合作与发展组织\n", vec![]),
            ("Agenda item 3: Brazil, Indonesia and the European Union\n", vec![]),
            ("议程项目 5：埃及\n", vec![]),
            // A title naming a body, or a body and more words, is one.
            ("议程项目 6：国际麻醉品管制局的报告\n", vec![t("国际麻醉品管制局的报告", "6", "国际麻醉品管制局的报告")]),
        ];
        for (text, want) in cases {
            assert_eq!(items(text), want, "{text}");
        }
    }

    #[test]
    fn an_item_named_alone_unmarked_below_the_cover_is_a_heading() {
        // The record's first 80 lines: speeches, one a line.
        let pad = "The President: I give the floor to the next speaker.\n".repeat(super::COVER_LINES);
        let cases = [
            (
                "\nAgenda item 12\n\nReport of the Economic and Social Council\n\nThe President: …\n",
                vec![t("Report of the Economic and Social Council", "12", "Report of the Economic and Social Council")],
            ),
            ("\n议程项目 12\n\n经济及社会理事会的报告\n\n主席：…\n", vec![t("经济及社会理事会的报告", "12", "经济及社会理事会的报告")]),
            ("\nAgenda item 5 (b)\nReports of States\n", vec![t("Reports of States", "5(b)", "Reports of States")]),
            // Not inside a paragraph, nor in lower case, nor over a sentence.
            ("The Commission considered\nAgenda item 12\nReport of the Council\n", vec![]),
            ("\nagenda item 12\nat its 3rd meeting\n", vec![]),
            ("\nAgenda item 12\n\nThe Assembly considered the item at its 3rd meeting.\n", vec![]),
        ];
        for (text, want) in cases {
            let got = items(&format!("{pad}{text}"));
            assert_eq!(got, want, "{text}");
        }
    }
}
