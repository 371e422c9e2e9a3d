//! The cover line of a document issued under one item: `临时议程*项目6`,
//! `Item 2 of the provisional agenda*`, `Agenda item 1`, `Item 20 of the
//! preliminary list` on a line of its own makes the title line under it
//! (and the lines directly below, up to a blank line) that item; the
//! sub-items a Journal lists right below it, one a line in their letters'
//! order (`(a) 社会发展问题…`, a title perhaps wrapped onto the next line), are
//! its sub-items, its documents' lines passed over.
//!
//! A cover naming several items (`Items 1 and 9 of the provisional
//! agenda*`) makes each of the lines below, one per item, its item.
//!
//! Left out: cover lines after the first 80 lines ([`COVER_LINES`]), covers naming several
//! items over a title that is not one line per item (`Agenda items 2 and 3`
//! over one title), an item named inside a sentence (`The agenda item 3 was
//! discussed.`), and a title line holding `。`.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::head::number;
use super::line::{is_blank, Line};
use super::title::{clean_end, title_value, without_documents};
use super::vocabulary::{is_heading, HEADINGS};
use super::{item_annotation, WS};
use crate::model::Annotation;
use crate::span::Span;

/// `临时议程*项目6`, `Item 6 of the provisional agenda*`, `Agenda item 3`,
/// `Item 20 of the preliminary list` on a line of its own; the footnote mark
/// is any run of asterisks (`临时议程**项目 4`, `＊`).
static COVER: LazyLock<Regex> = LazyLock::new(|| {
    // Each alternative captures the number and a sub-item letter: `Item 5 (b) of the provisional agenda`.
    let num = format!(r"([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?");
    crate::text::regex(&format!(
        r"(?i)^[{WS}]*(?:(?:(?:临时)?议程|临时项目清单)[{WS}]*[*＊]*[{WS}]*(?:分)?项目[{WS}]*{num}|(?:sub-?)?item[{WS}]+{num}[{WS}]+of[{WS}]+the[{WS}]+(?:revised[{WS}]+)?(?:(?:provisional[{WS}]+)?agenda|preliminary[{WS}]+list)|(?:provisional[{WS}]+)?agenda[{WS}]+(?:sub-?)?item[{WS}]+{num})[{WS}]*[*＊]*[{WS}]*$"
    ))
});

/// `Items 1 and 9 of the provisional agenda*`, `Items 2, 3 and 5 of the
/// provisional agenda`, `临时议程*项目 1 和 9`, `临时议程*项目 2、3 和 5` on a
/// line of its own: the list of numbers.
static COVER_MANY: LazyLock<Regex> = LazyLock::new(|| {
    let num = format!(r"[0-9]{{1,3}}(?:[{WS}]*[(（][a-z][)）])?");
    crate::text::regex(&format!(
        r"(?i)^[{WS}]*(?:(?:agenda[{WS}]+)?items[{WS}]+({num}(?:[{WS}]*,[{WS}]*{num})*[{WS}]+and[{WS}]+{num})[{WS}]+of[{WS}]+the[{WS}]+(?:revised[{WS}]+)?(?:provisional[{WS}]+)?agenda|(?:临时)?议程[{WS}]*[*＊]*[{WS}]*项目[{WS}]*({num}(?:[{WS}]*、[{WS}]*{num})*[{WS}]*[和及][{WS}]*{num}))[{WS}]*[*＊]*[{WS}]*$"
    ))
});

/// One number of [`COVER_MANY`]'s list, with its sub-item letter.
static COVER_NUMBER: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(&format!(r"([0-9]{{1,3}})(?:[{WS}]*[(（]([a-z])[)）])?")));

/// `Items 1 and 9 of the provisional agenda*` over one title line per item
/// (`Organizational matters` / `Provisional agenda for the eleventh
/// session…`), up to a blank line: each line is its item's title. When the
/// lines are not as many as the items (a title wrapped, or one title for
/// several items), none is read.
fn several_items(text: &str, lines: &[Line], i: usize, list: &str) -> Vec<Annotation> {
    let numbers: Vec<String> = COVER_NUMBER
        .captures_iter(list)
        .filter_map(|c| Some(number(c.get(1)?.as_str().parse().ok()?, c.get(2).and_then(|m| m.as_str().chars().next()))))
        .collect();
    let titles: Vec<Line> = lines[i + 1..].iter().take(numbers.len() + 1).take_while(|l| !is_blank(text, **l)).copied().collect();
    if titles.len() != numbers.len() {
        return Vec::new();
    }
    titles
        .iter()
        .zip(numbers)
        .filter_map(|(t, n)| {
            let start = t.content_start(text);
            let end = clean_end(text, start, t.end);
            let line = &text[start..end];
            (end > start && !line.contains(['。', '.']) && !crate::metadata::is_dated_title(line)).then(|| item_annotation(Span::new(start, end), n, title_value(text, start, end)))
        })
        .collect()
}

/// How many lines at the top of a document may hold its cover line; below
/// them an item named alone over its title is a record's heading (see `record`).
pub(super) const COVER_LINES: usize = 80;

/// Words opening a line that names the documents under an item
/// (`Report of the Third Committee (A/80/471)`).
const DOCUMENT_LINE_WORDS: [&str; 4] = ["Report ", "Note ", "Draft ", "Letter "];

/// True when `line`, below a cover's title, opens an entry of its own rather
/// than wraps the title: a sub-item (`(a) 社会发展问题…`), or a line naming
/// the item's documents by symbol that opens with an ideograph or a
/// document's word (`第三委员会的报告（A/80/471）`, `决议草案 A/80/L.12 和 Add.1`,
/// `Report of the Third Committee (A/80/471)`); not a wrapped line that
/// ends the title with its documents (`Convention against Corruption (CAC/COSP/2023/1)`).
fn opens_another_entry(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| WS.contains(c));
    let mut chars = line.chars();
    let sub_item = matches!(chars.next(), Some('(' | '（')) && chars.next().is_some_and(|c| c.is_ascii_lowercase()) && matches!(chars.next(), Some(')' | '）'));
    let symbol = line.contains('/');
    let opens = line.starts_with(crate::text::is_cjk) || DOCUMENT_LINE_WORDS.iter().any(|w| line.starts_with(w));
    sub_item || (symbol && opens)
}

/// The sub-items a Journal lists right below an item's title, one a line
/// in the order of their letters up to a blank line (`议程项目 27` / `社会发展`
/// / `(a) 社会发展问题…成果的执行情况`), each less its documents; lines naming
/// documents between them are passed over.
fn sub_items(text: &str, lines: &[Line], n: u32) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut want = b'a';
    // The last sub-item's start and title's start while its line may wrap
    // onto the next: it ran to its line's end, with no documents nor `；`.
    let mut open_item: Option<(usize, usize, String)> = None;
    for l in lines.iter().take_while(|l| !is_blank(text, **l)).take(SUB_ITEM_LINES) {
        let start = l.content_start(text);
        let line = &text[start..l.end];
        let mut chars = line.chars();
        let (Some(open), Some(letter), Some(close)) = (chars.next(), chars.next(), chars.next()) else { break };
        if !(matches!(open, '(' | '（') && matches!(close, ')' | '）')) {
            if opens_another_entry(line) && (open_item.is_none() || line.starts_with(['(', '（']) || names_a_document(line)) {
                open_item = None;
                continue;
            }
            // `(a) 社会发展问题世界首脑会议和大会第二十四届特别会议` / `成果的执行情况`:
            // a PDF line break inside the sub-item's title.
            let Some((item, title, n)) = open_item.take() else { break };
            // A sentence below the sub-item is no part of it.
            if line.contains('。') || line.trim_end().ends_with('.') {
                break;
            }
            let end = clean_end(text, title, without_documents(text, title, l.end));
            out.pop();
            out.push(item_annotation(Span::new(item, end), n.clone(), title_value(text, title, end)));
            open_item = wraps_on(&text[title..l.end]).then_some((item, title, n));
            continue;
        }
        if letter != char::from(want) {
            break;
        }
        let title = start + open.len_utf8() + letter.len_utf8() + close.len_utf8();
        let title = title + text[title..l.end].len() - text[title..l.end].trim_start_matches(|c: char| WS.contains(c)).len();
        let end = clean_end(text, title, without_documents(text, title, l.end));
        if end <= title || text[title..end].contains('。') {
            break;
        }
        let n = number(n, Some(letter));
        out.push(item_annotation(Span::new(start, end), n.clone(), title_value(text, title, end)));
        open_item = wraps_on(&text[title..l.end]).then_some((start, title, n));
        want += 1;
    }
    out
}

/// Words of a document that a documents' line names before its symbol
/// (`第三委员会的报告（A/80/471）`, `决议草案 A/80/L.12`, `Note by the Secretary-General (A/80/9)`).
const DOCUMENT_WORDS: [&str; 9] = ["报告", "说明", "草案", "信", "Report", "Note", "Draft", "Letter", "report"];

/// True when `line`, which holds a symbol, names a document before it: a
/// documents' line, not the end of a wrapped title with its documents
/// (`和家庭有关的问题（A/80/458/Add.2）`).
fn names_a_document(line: &str) -> bool {
    let head = &line[..line.find(['(', '（', '/']).unwrap_or(line.len())];
    DOCUMENT_WORDS.iter().any(|w| head.contains(w))
}

/// True when a sub-item's line may wrap onto the next: it names no
/// documents and no punctuation closes it (`…行为守则；`, `…; and`, `…。`).
fn wraps_on(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| WS.contains(c) || c == '\r');
    !t.ends_with([';', '；', '。', '.', ')', '）', ',', '，']) && !t.ends_with("; and") && !t.ends_with("；以及")
}

/// The most lines read below a cover's title for its sub-items and their documents.
const SUB_ITEM_LINES: usize = 12;

/// `临时议程*项目6` and the title line below it.
pub(super) fn cover_items(text: &str, lines: &[Line]) -> Vec<Annotation> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate().take(COVER_LINES) {
        if let Some(list) = COVER_MANY.captures(&text[l.start..l.end]).and_then(|c| c.get(1).or(c.get(2))) {
            out.extend(several_items(text, lines, i, list.as_str()));
            continue;
        }
        let Some(caps) = COVER.captures(&text[l.start..l.end]) else { continue };
        let Some(n) = caps.get(1).or(caps.get(3)).or(caps.get(5)).and_then(|m| m.as_str().parse::<u32>().ok()) else { continue };
        let letter = caps.get(2).or(caps.get(4)).or(caps.get(6)).and_then(|m| m.as_str().chars().next()).map(|c| c.to_ascii_lowercase());
        let Some(j) = (i + 1..lines.len().min(i + 6)).find(|&j| !is_blank(text, lines[j])) else { continue };
        let t = lines[j];
        // `Agenda item 70 (b)` above `Resolution adopted by the General Assembly on …`:
        // the line below is the document's own title, not the item's.
        // `临时议程项目 1` above `临时议程和说明` or `临时议程说明`: the document's own heading.
        let below = &text[t.start..t.end];
        if crate::metadata::is_dated_title(below) || is_heading(below, &HEADINGS.list) || is_heading(below, &HEADINGS.section) {
            continue;
        }
        let start = t.content_start(text);
        let mut end = clean_end(text, start, t.end);
        // A wrapped title goes on in the lines directly below, up to a blank line.
        let mut k = j + 1;
        while let Some(&next) = lines.get(k).filter(|_| k <= j + 2) {
            let s = &text[next.start..next.end];
            if is_blank(text, next) || s.contains('。') || is_heading(s, &HEADINGS.section) || opens_another_entry(s) {
                break;
            }
            end = clean_end(text, next.start, next.end).max(end);
            k += 1;
        }
        // `经济及社会理事会的报告（A/80/3 和 A/80/3/Add.1）`: the documents under the item are no part of its title.
        let end = clean_end(text, start, without_documents(text, start, end));
        if end > start && !text[start..end].contains('。') {
            out.push(item_annotation(Span::new(start, end), number(n, letter), title_value(text, start, end)));
            if letter.is_none() {
                out.extend(sub_items(text, &lines[k..], n));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{items, t};

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
            // One title line per item: each is its item's.
            (
                "Tenth session\nItems 1 and 9 of the provisional agenda*\nOrganizational matters\nProvisional agenda for the eleventh session of the Conference\n\nVenue and dates\n",
                vec![t("Organizational matters", "1", "Organizational matters"), t("Provisional agenda for the eleventh session of the Conference", "9", "Provisional agenda for the eleventh session of the Conference")],
            ),
            ("Tenth session\nItems 2, 3 and 5 (b) of the provisional agenda\nPrevention\nAsset recovery\n\nNote", vec![]),
            (
                "第十一届会议\n临时议程*项目 1 和 9\n组织事项\n缔约国会议第十二届会议临时议程\n\n秘书处的说明",
                vec![t("组织事项", "1", "组织事项"), t("缔约国会议第十二届会议临时议程", "9", "缔约国会议第十二届会议临时议程")],
            ),
            ("第十一届会议\n临时议程项目 2、3 和 5\n预防\n资产追回\n\n说明", vec![]),
            ("The agenda item 3 was discussed.\nIt was long.\n", vec![]),
            ("第六十六届会议\n\n临时议程*项目5(b)\n\n国际麻醉品管制局的报告\n\n秘书处的说明", vec![t("国际麻醉品管制局的报告", "5(b)", "国际麻醉品管制局的报告")]),
            ("Item 5 (b) of the provisional agenda\nReport of the Board\n\nNote", vec![t("Report of the Board", "5(b)", "Report of the Board")]),
            ("议程项目1\n\n组织和程序事项\n\n主席的说明", vec![t("组织和程序事项", "1", "组织和程序事项")]),
            // The document's own dated title below the cover line is no item's title.
            ("Seventy-seventh session\nAgenda item 70 (b)\n\nResolution adopted by the General Assembly on 15 December 2022\n", vec![]),
            ("第七十七届会议\n议程项目 70(b)\n\n2022 年 12 月 15 日大会决议\n", vec![]),
            ("2023 年届会\n议程项目 18(c)\n\n2023 年 7 月 20 日经济及社会理事会决议\n", vec![]),
            // The document's own heading below the cover line is no item's title.
            ("第六十八届会议\n临时议程项目 1\n\n临时议程和说明\n\n临时议程\n", vec![]),
            ("Thirty-fourth session\nItem 1 of the provisional agenda\n\nProvisional agenda and annotations\n", vec![]),
            ("第六十八届会议\n临时议程*项目3\n\n临时议程说明\n\n临时议程\n", vec![]),
            ("Sixty-eighth session\nItem 3 of the provisional agenda*\nAnnotations to the provisional agenda\n", vec![]),
            ("第十届会议\n议程项目 2\n说明\n", vec![]),
            // Near miss: a title that only holds a heading's word is still the item's.
            ("第十届会议\n临时议程*项目 5\n说明和文件的提交\n\n秘书处的说明", vec![t("说明和文件的提交", "5", "说明和文件的提交")]),
            ("第七十八届会议\n临时项目清单*项目 68(b)\n\n消除种族主义\n\n秘书长的报告", vec![t("消除种族主义", "68(b)", "消除种族主义")]),
            // The documents bracketed after the title are not in it; a bracket without a symbol is.
            ("议程项目 9\n\n经济及社会理事会的报告（A/80/3 和 A/80/3/Add.1）\n\n大会将审议", vec![t("经济及社会理事会的报告", "9", "经济及社会理事会的报告")]),
            ("Agenda item 9\nReport of the Economic and Social Council (A/80/3)\n\nNote", vec![t("Report of the Economic and Social Council", "9", "Report of the Economic and Social Council")]),
            // A Journal's item: its sub-item and its documents' lines are no part of its title.
            (
                "议程项目 27\n社会发展\n(a) 社会发展问题世界首脑会议成果的执行情况\n第三委员会的报告（A/80/458/Add.1）\n(b) 社会发展，包括青年问题（A/80/458/Add.2）\n(d) 其他\n",
                vec![
                    t("社会发展", "27", "社会发展"),
                    t("(a) 社会发展问题世界首脑会议成果的执行情况", "27(a)", "社会发展问题世界首脑会议成果的执行情况"),
                    t("(b) 社会发展，包括青年问题", "27(b)", "社会发展，包括青年问题"),
                ],
            ),
            ("议程项目 27\n社会发展\n\n(a) 主席宣布开会。\n", vec![t("社会发展", "27", "社会发展")]),
            // A sub-item's title wrapped by the PDF goes on over the next line, up to its documents.
            (
                "议程项目 27\n社会发展\n(a) 社会发展问题世界首脑会议和大会第二十四届\n特别会议成果的执行情况\n第三委员会的报告（A/80/458/Add.1）\n(b) 社会发展，包括与青年、老龄、残疾人\n和家庭有关的问题（A/80/458/Add.2）\n",
                vec![
                    t("社会发展", "27", "社会发展"),
                    t("(a) 社会发展问题世界首脑会议和大会第二十四届\n特别会议成果的执行情况", "27(a)", "社会发展问题世界首脑会议和大会第二十四届特别会议成果的执行情况"),
                    t("(b) 社会发展，包括与青年、老龄、残疾人\n和家庭有关的问题", "27(b)", "社会发展，包括与青年、老龄、残疾人和家庭有关的问题"),
                ],
            ),
            (
                "Agenda item 27\nSocial development\n(a) Implementation of the outcome of the World Summit for\nSocial Development (A/80/458/Add.1)\n",
                vec![
                    t("Social development", "27", "Social development"),
                    t("(a) Implementation of the outcome of the World Summit for\nSocial Development", "27(a)", "Implementation of the outcome of the World Summit for Social Development"),
                ],
            ),
            // Not past a sub-item its punctuation closes, nor onto a sentence.
            (
                "议程项目 27\n社会发展\n(a) 社会发展问题；\n其他问题\n",
                vec![t("社会发展", "27", "社会发展"), t("(a) 社会发展问题", "27(a)", "社会发展问题")],
            ),
            (
                "议程项目 27\n社会发展\n(a) 社会发展问题\n大会将审议该项目。\n",
                vec![t("社会发展", "27", "社会发展"), t("(a) 社会发展问题", "27(a)", "社会发展问题")],
            ),
            (
                "Agenda item 27\nSocial development\n(a) Social development\nThe Assembly will consider the item.\n",
                vec![t("Social development", "27", "Social development"), t("(a) Social development", "27(a)", "Social development")],
            ),
            ("议程项目 108\n预防犯罪和刑事司法\n第三委员会的报告（A/80/471）\n决议草案 A/80/L.12\n", vec![t("预防犯罪和刑事司法", "108", "预防犯罪和刑事司法")]),
            ("Agenda item 108\nCrime prevention\nReport of the Third Committee (A/80/471)\n", vec![t("Crime prevention", "108", "Crime prevention")]),
            ("Agenda item 2\nReview of implementation of the United Nations\nConvention against Corruption (CAC/COSP/2023/1)\n", vec![t(
                "Review of implementation of the United Nations\nConvention against Corruption",
                "2",
                "Review of implementation of the United Nations Convention against Corruption",
            )]),
            ("Agenda item 4\nReview of implementation (chapter II)\n\nNote", vec![t("Review of implementation (chapter II)", "4", "Review of implementation (chapter II)")]),
            // Footnote marks of several asterisks, or full-width.
            ("第十届会议\n\n临时议程**项目 4\n财务和预算事项\n\n秘书处的说明", vec![t("财务和预算事项", "4", "财务和预算事项")]),
            ("第十届会议\n\n临时议程＊项目 4\n财务和预算事项\n", vec![t("财务和预算事项", "4", "财务和预算事项")]),
            ("Tenth session\nItem 4 of the provisional agenda***\nFinancial matters\n\nNote", vec![t("Financial matters", "4", "Financial matters")]),
            ("Tenth session\nItem 4 of the provisional agenda＊＊\nFinancial matters\n", vec![t("Financial matters", "4", "Financial matters")]),
        ];
        for (text, want) in cases {
            assert_eq!(items(text), want, "{text}");
        }
    }
}
