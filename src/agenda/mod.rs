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
//! agenda:`), numbered from 1 without gaps (under a heading, from a later
//! item when an excerpt or a continued page gives three or more), sub-items
//! lettered from (a);
//! without one, the list a report writes out after such a lead sentence on
//! the same line (`通过了以下议程：1. 组织事项：(a) 会议开幕；…2. …`).
//!
//! Later, a line of its own `N. title` or `(x) title` is an item only when
//! the title is the one the list gives to that number (a wrapped title is
//! followed across line breaks; `（续）`, `(continued)` and footnote markers
//! are left out). Rows of the table after `拟议工作安排` / `Organization of
//! work` (tab-separated, or one cell per line in PDF text) are items when
//! their number is on the agenda; a cell holding two numbers (`8和9`) gives
//! one span per title. A table whose header row names its columns (`Date →
//! Meeting → Agenda item → Subject`, `日期和时间 → 项目 → 方案`) is read by
//! those columns wherever it stands, and takes the place of the table under
//! the heading. A cover line `临时议程*项目6` / `Item 6 of the
//! provisional agenda` makes the title line under it item 6, and a summary
//! record's heading `议程项目 1：组织事项（续）` its title item 1. When a
//! continued list opens inside item 1 (`(c) …`, `(d) …`, `2. …`), the
//! annotations' `1. 组织事项` is item 1 if it reads as a title alone, and
//! gives the tree its node over the page's sub-items. A
//! continued annotations page pasted without the list (`临时议程说明（续）`)
//! has its item headings read alone, as lines that read as titles and
//! number in order.
//!
//! Deliberately not items: numbered paragraphs of reports and notes
//! (`14. 秘书处的一位代表…`), section headings with Chinese or Roman numerals or
//! capital letters (`一. 导言`, `A. 会议开幕`), and enumerations inside a
//! sentence (`(a)协助缔约国会议…`).
//!
//! One job a module: `line` (the lines of the text and the page furniture
//! between them), `vocabulary` (the headings that open a list, a lead
//! sentence, the table), `head` (an item's number), `title` (an item's
//! title, cleaned, compared and followed across lines), `list` (the list
//! and its tree), `headings` (the headings that repeat its items), `cells`
//! and `table` (the organization-of-work table under its heading),
//! `inline` (the list written out in the paragraph that adopts it),
//! `columns` and `column_items` (schedule tables found by a header row
//! naming their columns, in tabs, pipes or aligned spaces, and their items),
//! `cover` (the cover line), `record` (the item headings of a summary record),
//! `unlisted` (the item headings of an annotations page without its list).

mod cells;
mod column_items;
mod columns;
mod cover;
mod head;
mod headings;
mod inline;
mod line;
mod list;
mod record;
mod table;
mod title;
mod unlisted;
mod vocabulary;

use std::collections::HashMap;

use crate::model::{AgendaItemValue, AgendaNode, Annotation, Value};
use crate::span::Span;
use crate::text::Document;

pub use columns::{Column, Row, Table};

/// The spaces that may stand between the parts of an item line, a cell or a heading.
const WS: &str = " \t\u{3000}\u{a0}";

/// What the list says about each number: `"1(a)"` → normalised title.
type Known = HashMap<String, String>;

/// The annotation of item `number` with `title`, written at `span`.
fn item_annotation(span: Span, number: String, title: String) -> Annotation {
    Annotation::new(span, Value::AgendaItem(AgendaItemValue { number, title }))
}

/// Where a text's schedule is written: the tables that a header row names
/// the columns of (see `columns`), in order, and the table under the
/// organization-of-work heading (from the line after the heading to the next
/// annex heading or the end of the text). [`find_agenda`] finds them once;
/// [`crate::schedule`] reads its rows from them.
#[derive(Debug, Default)]
pub struct Layout {
    /// The tables with a header row, in order.
    pub tables: Vec<Table>,
    /// The table under the organization-of-work heading, if any.
    pub heading: Option<Span>,
}

impl Layout {
    /// The layout of `text` on its own. Linear in the length of the text.
    pub fn of(text: &str) -> Layout {
        let lines = line::lines_of(text);
        let heading = table::schedule_line(text, &lines).and_then(|at| table::schedule_span(text, &lines, at, table::schedule_end(text, &lines, at + 1)));
        Layout { tables: columns::tables(text, &lines), heading }
    }
}

/// The title written in table cell `cell`, as a schedule row gives it:
/// continuation marks and footnote markers left out, on one line.
pub fn cell_title(text: &str, cell: Span) -> String {
    title::title_value(text, cell.start, title::clean_end(text, cell.start, cell.end))
}

/// `first` and `next`, two lines of one title (a table row carrying on the
/// title of the row above), as one line: joined as a title wrapped in the
/// text is, with a space between words of alphabetic scripts only.
pub fn joined_title(first: &str, next: &str) -> String {
    title::join_title(&format!("{first}\n{next}"))
}

/// Finds agenda items, the agenda tree and where the schedule is written.
/// Linear in the length of the text.
pub fn find_agenda(doc: &Document) -> (Vec<Annotation>, Vec<AgendaNode>, Layout) {
    let text = doc.text;
    let lines = line::lines_of(text);
    let schedule = table::schedule_line(text, &lines);
    let (items, list_end) = match list::find_list(text, &lines, schedule) {
        (found, _) if found.is_empty() => inline::find_inline(text, &lines),
        found => found,
    };
    let known: Known = items.iter().map(|it| (it.number(), title::norm(&it.title))).collect();
    let mut out: Vec<Annotation> = items.iter().map(|it| item_annotation(it.span, it.number(), it.title.clone())).collect();
    out.extend(cover::cover_items(text, &lines));
    out.extend(record::record_items(text, &lines));
    let mut tree = list::tree(&items);
    if !known.is_empty() {
        let found = headings::headings(text, &lines, list_end, schedule.unwrap_or(lines.len()), &known);
        // An item the list gives only by its sub-items takes its title from its heading.
        for a in &found {
            if let Value::AgendaItem(v) = &a.value {
                if !known.contains_key(&v.number) {
                    list::adopt_sub_items(&mut tree, &v.number, &v.title);
                }
            }
        }
        out.extend(found);
    } else {
        // A continued annotations page pasted without its list.
        let (headings, unlisted) = unlisted::unlisted_headings(text, &lines, schedule.unwrap_or(lines.len()));
        out.extend(headings);
        tree = unlisted;
    }
    let tables = columns::tables(text, &lines);
    for t in &tables {
        out.extend(column_items::table_items(text, t, &known));
    }
    let mut heading = None;
    if let Some(s) = schedule {
        let end = table::schedule_end(text, &lines, s + 1);
        heading = table::schedule_span(text, &lines, s, end);
        // A table read by its header row takes the place of the one under the heading.
        let under = Span::new(lines[s].end, lines.get(end).map_or(text.len(), |l| l.start));
        if !tables.iter().any(|t| t.stands_in(under)) {
            out.extend(table::table_rows(text, &lines[..end], s + 1, &known));
        }
    }
    (out, tree, Layout { tables, heading })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    pub(super) fn items(text: &str) -> Vec<(String, String, String)> {
        let language = crate::text::detect_language(text);
        let (anns, _, _) = find_agenda(&Document { text, language });
        anns.into_iter()
            .filter_map(|a| match a.value {
                Value::AgendaItem(v) => Some((text[a.span.range()].to_owned(), v.number, v.title)),
                _ => None,
            })
            .collect()
    }

    pub(super) fn t(span: &str, number: &str, title: &str) -> (String, String, String) {
        (span.to_owned(), number.to_owned(), title.to_owned())
    }

    pub(super) const ZH: &str = "临时议程\n\n1. 组织事项：\n (a) 会议开幕；\n (b) 通过议程和工作安排。\n2. 技术援助。\n3. 通过报告。\n\n说明\n\n1. 组织事项\n\n(a) 会议开幕\n\n会议将于上午10时开幕。\n\n2. 技术援助\n\n14. 秘书处的一位代表介绍了技术援助。\n\n一. 导言\n\nA. 会议开幕\n\n附件\n\n拟议工作安排\n\n日期\t时间\t项目\t标题或说明\n9月5日\t上午10时至下午1时\t1 (a)\t会议开幕\n\t\t1(b)\t通过议程和工作安排 ^a\n\t下午3时至6时\t2\t技术援助（续）\n\t\t3\t通过报告\n";

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
    fn not_agenda_items() {
        let cases = [
            // A report's numbered paragraphs, with no agenda heading.
            "一. 导言\n\n1. 实施情况审议组是根据第 3/1 号决议设立的。\n\n2. 审议组举行了 10 场会议。\n",
            // Enumerations inside a sentence, section headings.
            "专家会议应当发挥以下职能：(a)协助缔约国会议；(b)提供咨询意见。\n\nA. 会议开幕\n\nB. 出席情况\n",
            // A list that starts after item 1 with two items only.
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
        const TOKENS: [&str; 40] = [
            "临时议程", "Provisional agenda", "拟议工作安排", "Organization of work", "1.", "2.", "3", "1 (a)", "(a)", "(b)", "（c）",
            "(ii)", "组织事项", "Opening of the session", "技术援助", "：", "；", "。", ".", "\t", "\n", "\n\n", "\r\n", "\u{3000}", " ",
            "下午 3 时至 5 时", "10 a.m.–1 p.m.", "8和9", "^a", " b", "（续）", "议程项目 2 至 5", "临时议程*项目6", "🙂",
            // Header rows of schedule tables, and their separators.
            "\nDate\tMeeting\tAgenda item\tSubject\n", "\n| Date | Item | Subject |\n", "\n日期和时间    项目    方案\n", "|", "   ", "27 (a) and (b)",
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
                let (mut anns, _, layout) = find_agenda(&doc);
                anns.extend(crate::agenda_refs::find_agenda_refs(&doc));
                for a in &anns {
                    assert!(a.span.start <= a.span.end && text.get(a.span.range()).is_some(), "{:?} in {text:?}", a.span);
                }
                let _ = crate::schedule::build_schedule(&doc, &layout, &anns, None);
                let _ = crate::metadata::extract(&doc, &anns);
            }
        }
    }
}
