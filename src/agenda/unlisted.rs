//! The item headings of an annotations page pasted without the list it
//! annotates: a continued page (`临时议程说明（续）`, `Annotations to the
//! provisional agenda (continued)`) whose items were listed on the pages
//! before.
//!
//! ```text
//! 临时议程说明（续）
//!
//! 1. 组织事项（续）
//!
//! (b) 通过议程和工作安排
//!
//! 拟议工作安排（见附件）是根据…编写的。
//! ```
//! gives `1. 组织事项` (item 1, the continuation mark left out) and `(b)
//! 通过议程和工作安排` (item 1(b)). With no list to compare titles with, a
//! heading is a line of its own that reads as a title, not a sentence: short,
//! without sentence punctuation inside or at its end, not ending on a word
//! that needs more (`的`, `and`), and then a blank line; it may wrap onto a
//! line or two that go on with it (`…in public` / `procurement`, in PDF
//! text past a blank line too: `…资产追回的` / `影响`), or that finish a
//! name the break cut (`…and the World Health` / `Organization in …`).
//! The items number in order: each main number one more than the last (the first may be any),
//! each letter under it the next (the first may be any, a continued item's
//! `(c)`); letters before the page's first number belong to the item before
//! it.
//!
//! Left out: numbered paragraphs (`14. 秘书处的一位代表介绍了…。`, `5.\tThe
//! Group will consider the` / `report.`), a list of names (a journal's
//! speakers), a table's notes under `说明：`, and any text with no
//! annotations heading before it.

use super::head::{number, split_head};
use super::line::{is_blank, Line, PAGE_FURNITURE};
use super::title::{clean_end, is_name_list, title_value};
use super::vocabulary::{is_continued, is_heading, HEADINGS};
use super::item_annotation;
use crate::model::{AgendaNode, Annotation};
use crate::span::Span;
use crate::text::is_ws;

/// Longest Chinese title, in characters, that a heading without a list may have.
const TITLE_CHARS: usize = 60;

/// The headings between the first annotations heading and line `to`, and
/// the agenda tree they give. Each line is read once.
pub(super) fn unlisted_headings(text: &str, lines: &[Line], to: usize) -> (Vec<Annotation>, Vec<AgendaNode>) {
    let to = to.min(lines.len());
    // Every annotations heading names its notes (`说明`, `annotations`,
    // `annotated`), without a colon (`说明：` introduces a table's notes): a
    // substring test spares most lines the lowercased key.
    let names_notes = |line: &str| {
        (line.contains("说明") || line.contains("nnotat") || line.contains("NNOTAT")) && !line.trim_end().ends_with([':', '：'])
    };
    // `说明` alone heads any notes; marked continued, the annotations'.
    let annotations = |line: &str| is_heading(line, &HEADINGS.annotations) || (is_heading(line, &HEADINGS.continued) && is_continued(line));
    let opening = lines[..to].iter().map(|l| &text[l.start..l.end]).position(|line| names_notes(line) && annotations(line));
    let Some(opening) = opening else {
        return (Vec::new(), Vec::new());
    };
    let mut out = Vec::new();
    let mut tree: Vec<AgendaNode> = Vec::new();
    // Sub-items read before the page's first number: their item is the one before it.
    let mut orphans: Vec<(Span, char, String)> = Vec::new();
    let mut main: Option<u32> = None;
    let mut next_letter: Option<char> = None;
    let mut i = opening + 1;
    while i < to {
        let Some((h, j)) = split_head(text, lines, i) else {
            i += 1;
            continue;
        };
        i = j + 1;
        let Some((end, last)) = lone_title(text, lines, h.title_start, j) else { continue };
        i = last + 1;
        let span = Span::new(h.num_start, end);
        let title = title_value(text, h.title_start, end);
        match (h.main, h.letter) {
            (Some(n), _) if main.is_none_or(|m| n == m + 1) => {
                if main.is_none() && n > 1 {
                    // Their item's title is on the page before: they stand at the top of the tree.
                    for (span, letter, title) in orphans.drain(..) {
                        out.push(item_annotation(span, number(n - 1, Some(letter)), title.clone()));
                        tree.push(AgendaNode { number: number(n - 1, Some(letter)), title, items: Vec::new() });
                    }
                }
                orphans.clear();
                main = Some(n);
                next_letter = None;
                out.push(item_annotation(span, n.to_string(), title.clone()));
                tree.push(AgendaNode { number: n.to_string(), title, items: Vec::new() });
            }
            (None, Some(c)) if next_letter.is_none_or(|l| l == c) => {
                next_letter = char::from_u32(c as u32 + 1);
                match (main, tree.last_mut()) {
                    (Some(m), Some(parent)) => {
                        out.push(item_annotation(span, number(m, Some(c)), title.clone()));
                        parent.items.push(AgendaNode { number: number(m, Some(c)), title, items: Vec::new() });
                    }
                    _ => orphans.push((span, c, title)),
                }
            }
            _ => {}
        }
    }
    (out, tree)
}

/// Where the title that starts at `start` on line `li` ends, and the line
/// it ends on, when it reads as a heading alone: at most [`TITLE_CHARS`]
/// characters, no sentence punctuation, not ending on a word that needs
/// more, not a list of names, and a blank line after it. A title may wrap
/// onto [`WRAP_LINES`] lines right below, each going on with the title (a
/// lowercase word, an ideograph, the rest of a name the break cut), not
/// opening an item; or, past a blank line, onto lines that finish an
/// unfinished title or a cut name.
pub(super) fn lone_title(text: &str, lines: &[Line], start: usize, li: usize) -> Option<(usize, usize)> {
    let mut last = li;
    while let Some(&next) = lines.get(last + 1).filter(|&&l| !ends_heading(text, l)) {
        let line = text[next.content_start(text)..next.end].trim_end_matches(is_ws);
        let goes_on = line.chars().next().is_some_and(|c| c.is_lowercase() || (!c.is_ascii() && c.is_alphabetic()))
            || (cuts_a_name(text[start..lines[last].end].trim_end_matches(is_ws), line) && heading_end(text, start, next).is_some());
        if last - li == WRAP_LINES || !goes_on || split_head(text, lines, last + 1).is_some() {
            return None;
        }
        last += 1;
    }
    // PDF text with a blank line after every line: past the blank, a line
    // goes on with a title that is plainly unfinished (`…资产追回的` / `影响`)
    // or with a lowercase word (`…in public` / `procurement`), or a name
    // the break cut (`…and the World Health` / `Organization in the review…`)
    // when the title read whole still is one.
    for _ in 0..WRAP_LINES {
        let Some(k) = (last + 2..lines.len().min(last + 4)).find(|&k| !is_blank(text, lines[k])) else { break };
        let next = &text[lines[k].content_start(text)..lines[k].end];
        let lower = next.starts_with(|c: char| c.is_lowercase());
        let head = text[start..lines[last].end].trim_end_matches(is_ws);
        let unfinished = needs_more(head);
        let alone = lines.get(k + 1).is_none_or(|&l| ends_heading(text, l));
        if !alone || split_head(text, lines, k).is_some() {
            break;
        }
        if lower || unfinished || (cuts_a_name(head, next) && !PAGE_FURNITURE.is_match(next) && heading_end(text, start, lines[k]).is_some()) {
            last = k;
        } else {
            break;
        }
    }
    heading_end(text, start, lines[last]).map(|end| (end, last))
}

/// Where the title from `start` to the end of line `last` ends, when it
/// reads as a heading: at most [`TITLE_CHARS`] characters (English:
/// [`TITLE_CHARS_EN`]), no sentence punctuation, not ending on a word that
/// needs more, not a list of names, an English one capitalised.
fn heading_end(text: &str, start: usize, last_line: Line) -> Option<usize> {
    let raw = text[start..last_line.end].trim_end_matches(is_ws);
    let end = clean_end(text, start, start + raw.len());
    let title = title_value(text, start, end);
    let first = title.chars().next()?;
    let english = first.is_ascii();
    let stops: &[char] = if english { &[';', ':', '!', '?', ','] } else { &['。', '；', '：', '，', ';', ':', '!', '?', '！', '？'] };
    // What `clean_end` took off may be a continuation mark (`（续）`), never a sentence's end.
    let stopped = text[end..start + raw.len()].contains(['。', '.', '；', ';', '：', ':', '，', ',']);
    let long = title.chars().nth(if english { TITLE_CHARS_EN } else { TITLE_CHARS }).is_some();
    if long || title.contains(stops) || title.contains(". ") || stopped || needs_more(&title) || is_name_list(&title) {
        return None;
    }
    (!english || first.is_ascii_uppercase()).then_some(end)
}

/// Words that open a sentence, not the rest of a name a line break cut.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "This", "These", "That", "Those", "It", "Its", "A", "An", "In", "Under", "At", "As", "On", "For", "By", "With", "To", "There", "Each", "All",
    "According", "Pursuant", "During", "Following", "Since", "After", "Before", "Documentation", "Annotations", "Note",
];

/// True when an English title ending `head` and the line `next` below it
/// read as one name the line break cut: both sides of the break capitalised
/// words (`World Health` / `Organization`), `next` no sentence's opening.
fn cuts_a_name(head: &str, next: &str) -> bool {
    let last = head.rsplit(' ').next().unwrap_or("");
    let first = next.split(' ').next().unwrap_or("");
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase()) && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    capitalised(last) && capitalised(first) && !SENTENCE_OPENERS.contains(&first)
}

/// Most lines below its first that a title without a list may wrap onto.
const WRAP_LINES: usize = 2;

/// Longest English title, in characters (English titles run longer than
/// Chinese ones, [`TITLE_CHARS`]).
const TITLE_CHARS_EN: usize = 250;

/// True when line `l` may stand after a heading: blank, or page furniture.
fn ends_heading(text: &str, l: Line) -> bool {
    is_blank(text, l) || PAGE_FURNITURE.is_match(&text[l.start..l.end])
}

/// Words that end no title: an unfinished clause broken by the PDF.
const UNFINISHED_ZH: &[char] = &['的', '和', '及', '与', '在', '将', '对', '为', '了', '于', '把', '被', '向', '从', '或', '并'];

/// English words that end no title.
const UNFINISHED_EN: &[&str] = &[
    "the", "of", "and", "to", "in", "for", "on", "with", "a", "an", "by", "or", "its", "their", "will", "be", "is", "are", "that", "against", "from", "at", "into", "between",
    "among", "under", "within", "including", "through", "towards",
];

/// True when `title` ends on a word that needs more after it.
fn needs_more(title: &str) -> bool {
    if let Some(last) = title.chars().next_back().filter(|c| !c.is_ascii()) {
        return UNFINISHED_ZH.contains(&last);
    }
    let word = title.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    title.ends_with(',') || UNFINISHED_EN.contains(&word)
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::items;

    #[test]
    fn headings_of_a_continued_annotations_page() {
        let page = "临时议程说明（续）\n\n";
        // (the page after its heading, the items: span and number)
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "1. 组织事项（续）\n\n(b) 通过议程和工作安排\n\n缔约国会议将审议临时议程。\n\n(c) 全权证书\n\n根据议事规则第 19 条…。\n\n2. 审议《联合国反腐败公约》实施情况\n\n文件\n",
                &[("1. 组织事项", "1"), ("(b) 通过议程和工作安排", "1(b)"), ("(c) 全权证书", "1(c)"), ("2. 审议《联合国反腐败公约》实施情况", "2")],
            ),
            // Sub-items before the first number are the item's before it.
            ("(c) 全权证书\n\n审议组将审议。\n\n2. 技术援助\n\n审议组将审议。\n", &[("(c) 全权证书", "1(c)"), ("2. 技术援助", "2")]),
            // A number alone on its line, the title below.
            ("3.\n\n技术援助\n\n审议组将审议。\n", &[("3.\n\n技术援助", "3")]),
            // Numbered paragraphs and lines that go on are no headings.
            ("14. 秘书处的一位代表介绍了技术援助。\n\n15. 审议组将在项目 2 下审议秘书处编写的\n\n16. 根据第 10/1 号决议，审议组将\n", &[]),
            ("2. 技术援助\n审议组将在该项目下审议。\n", &[]),
            // Out of order: the second `2.` and a letter skipped are no items.
            ("2. 技术援助\n\n3. 国际合作\n\n2. 其他事项\n\n(b) 选举\n\n(d) 议程\n", &[("2. 技术援助", "2"), ("3. 国际合作", "3"), ("(b) 选举", "3(b)")]),
            // Speakers under an item are a list of names.
            ("2. 巴西、印度尼西亚、尼日利亚\n\n", &[]),
            // PDF text with a blank line after every line: an unfinished title goes on past the blank.
            ("2. 继续讨论资产追回的\n\n影响\n\n工作组将继续讨论。\n", &[("2. 继续讨论资产追回的\n\n影响", "2")]),
            ("2. 技术援助\n\n文件\n\n秘书处的说明\n", &[("2. 技术援助", "2")]),
        ];
        for (body, want) in cases {
            let text = format!("{page}{body}");
            let got: Vec<(String, String)> = items(&text).into_iter().map(|(s, n, _)| (s, n)).collect();
            let want: Vec<(String, String)> = want.iter().map(|(s, n)| (s.to_string(), n.to_string())).collect();
            assert_eq!(got, want, "{body}");
        }
    }

    #[test]
    fn english_headings_of_a_continued_page() {
        let page = "Annotations to the provisional agenda (continued)\n\n";
        let cases: &[(&str, &[&str])] = &[
            ("2.\tReview of implementation (continued)\n\n(b)\tFinancial and budgetary matters\n\nThe Group will consider.\n", &["2.\tReview of implementation", "(b)\tFinancial and budgetary matters"]),
            // A paragraph's first line, broken by the PDF, and a sentence.
            ("5.\tThe Group will consider the\n\nreport of the secretariat.\n\n6.\tIn its resolution 10/1, the Conference decided\n", &[]),
            ("3.\tThe Group met. It decided\n\n", &[]),
            // A title wrapped onto the lines below; a paragraph that goes on is none.
            ("2.\tThematic discussion\n\n(b)\tGood practices in the prevention of corruption in public\n\tprocurement\n\nUnder sub-item 2 (b).\n", &["2.\tThematic discussion", "(b)\tGood practices in the prevention of corruption in public\n\tprocurement"]),
            ("3.\tThe Working Group will consider\nthe report. It will\n\n", &[]),
            ("3.\tFuture work\nof the Group\nand of its\nbureau\n\n", &[]),
            ("3.\n\nGood practices in public\n\nprocurement\n\nThe Group will meet.\n", &["3.\n\nGood practices in public\n\nprocurement"]),
            ("3.\n\nElection of officers\n\nThe Group will elect its officers.\n", &["3.\n\nElection of officers"]),
            // A long title over three lines of PDF text.
            (
                "4.\n\nIntegration and coordination of efforts by the United Nations Office on Drugs\n\nand Crime and by Member States in the field of crime prevention and criminal\n\njustice\n\n(a)\n\nStrategic management\n\nThe Commission will meet.\n",
                &["4.\n\nIntegration and coordination of efforts by the United Nations Office on Drugs\n\nand Crime and by Member States in the field of crime prevention and criminal\n\njustice", "(a)\n\nStrategic management"],
            ),
            // A paragraph's lines after blanks are no title.
            ("3.\n\nElection of officers\n\nthe Group will elect\n\nits officers.\n", &[]),
            // A name the line break cut goes on past the blank and right below.
            (
                "3.\tTreaties\n\n(b) Future work of the Commission and the World Health\n\nOrganization in the review of substances\n\nThe Commission will meet.\n",
                &["3.\tTreaties", "(b) Future work of the Commission and the World Health\n\nOrganization in the review of substances"],
            ),
            ("3.\tTreaties\n\n(b) Cooperation with the International Narcotics Control\nBoard\n\nThe Board will report.\n", &["3.\tTreaties", "(b) Cooperation with the International Narcotics Control\nBoard"]),
            ("4.\n\nProvisional agenda of the Conference of the States Parties to the Convention against\n\nCorruption\n\nThe Group will meet.\n", &["4.\n\nProvisional agenda of the Conference of the States Parties to the Convention against\n\nCorruption"]),
            // Not onto a sentence, a sentence's opening or a heading word below a capitalised word.
            ("3.\tTreaties\n\n(c) International Narcotics Control Board\n\nThe President of the Board will present its report\n\n", &["3.\tTreaties", "(c) International Narcotics Control Board"]),
            ("3.\tTreaties\n\n(c) International Narcotics Control Board\n\nMember States will report, as agreed\n\n", &["3.\tTreaties", "(c) International Narcotics Control Board"]),
            ("3.\tTreaties\n\n(c) Technical Assistance\n\nDocumentation\n\n", &["3.\tTreaties", "(c) Technical Assistance"]),
        ];
        for (body, want) in cases {
            let text = format!("{page}{body}");
            let got: Vec<String> = items(&text).into_iter().map(|(s, _, _)| s).collect();
            assert_eq!(got, *want, "{body}");
        }
        // Without an annotations heading, nothing; a table's notes are none.
        assert!(items("1. 组织事项\n\n(b) 通过议程\n\n").is_empty());
        assert!(items("说明：\n1. 数字已四舍五入\n2. 不包括预算外资源\n\n").is_empty());
        // `说明` alone heads any notes (a paper's numbered sections); continued, the annotations.
        assert!(items("说明\n\n1. 背景\n\n2. 本文件是秘书处编写的。\n").is_empty());
        assert_eq!(items("说明（续）\n\n2. 技术援助\n\n审议组将审议。\n").len(), 1);
        assert_eq!(items("Annotations (continued)\n\n2.\tTechnical assistance\n\nThe Group will.\n").len(), 1);
        assert!(items("Annotations\n\n1.\tBackground\n\nThe paper.\n").is_empty());
    }
}
