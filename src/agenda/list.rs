//! The agenda list: after a list heading or a lead sentence, items numbered
//! from 1 without gaps, sub-items lettered from (a), titles wrapped across
//! lines and page breaks; and the list as a tree, sub-items under their
//! item. Under a list heading, an excerpt or a page that continues the list
//! may start at a later item (`Provisional agenda (continued)` / `4. …`,
//! `5. …`, `6. …`) when it gives at least [`CONTINUED_ITEMS`] items, or
//! inside an item (`(c) …` / `2. …`: sub-items of the item before the first
//! number; in the tree they stand without their item, which is not on the page).
//!
//! ```text
//! Provisional agenda
//! 1. Organizational matters:
//!  (a) Opening of the session;
//! ```
//!
//! Left out: sub-sub-items (`(ii)`, `㈠`, `（三）`) and the documents under
//! an item (`Letter dated … (S/2024/318)`) stay inside the list but are not
//! items; numbered sentences are paragraphs, not items, and end the
//! list (`1. The Group met in Vienna.`); a list of fewer than two items is
//! none, and one that starts after item 1 with fewer than three (`3. 技术援助。`
//! / `4. 预防。`) is none either.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::head::{number, split_head, Head};
use super::line::{is_blank, Line, PAGE_FURNITURE};
use super::title::{clean_end, title_value};
use super::vocabulary::{has_section_number, is_document_line, is_heading, is_lead, is_list_heading, names_list_part, HEADINGS};
use super::WS;
use crate::model::AgendaNode;
use crate::span::Span;
use crate::text::{is_cjk, is_ws};

/// A sub-sub-item in Roman numerals or bracketed Chinese numerals, perhaps
/// after a list bullet: `(ii)`, `(iv)`, `㈠`, `（二）`, `- ㈢`.
static ROMAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^[{WS}]*(?:[-–•·][{WS}]+)?(?:[(（](?:i{{1,3}}|iv|vi{{0,3}}|ix|xi{{0,3}}|[一二三四五六七八九十]{{1,3}})[)）]|[㈠-㈩])"))
});

/// An item found in the list.
#[derive(Clone, Debug)]
pub(super) struct ListItem {
    main: u32,
    letter: Option<char>,
    pub(super) span: Span,
    title_start: usize,
    pub(super) title: String,
}

impl ListItem {
    /// Item `main` (sub-item `letter` of it) written at `span`, its title
    /// starting at `title_start` and read as `title`.
    pub(super) fn new(main: u32, letter: Option<char>, span: Span, title_start: usize, title: String) -> Self {
        Self { main, letter, span, title_start, title }
    }

    /// The sub-item letter, `None` for an item.
    pub(super) fn letter(&self) -> Option<char> {
        self.letter
    }

    pub(super) fn number(&self) -> String {
        number(self.main, self.letter)
    }
}

/// The marks that close an item's title in the list.
const CLOSING_MARKS: [char; 6] = ['；', ';', '。', '.', '：', ':'];

/// Whether a wrapped title may go on after a line of `chars` characters.
fn may_wrap(text: &str, head_line: Line, from: usize) -> bool {
    let s = &text[from..head_line.end];
    let t = s.trim_end_matches(is_ws);
    if t.ends_with(CLOSING_MARKS) {
        return false;
    }
    let n = t.chars().count();
    let cjk = t.chars().filter(|c| is_cjk(*c)).count();
    if cjk * 2 >= n {
        n >= 18
    } else {
        n >= 45
    }
}

/// True when the title on `head_line` from `from` ends with an item's
/// closing mark (`；`, `;`, `。`, `.`, `：`, `:`).
fn ends_marked(text: &str, head_line: Line, from: usize) -> bool {
    text[from..head_line.end].trim_end_matches(is_ws).ends_with(CLOSING_MARKS)
}

/// Longest line, in characters, read as the end of a short title that a
/// narrow PDF column wrapped (`(b) 选举主席团` / `成员；`).
const SHORT_WRAP_CHARS: usize = 60;

/// Text that reads as sentences rather than a title: a full stop inside
/// it, or longer than any agenda title.
fn is_sentence(title: &str) -> bool {
    let t = title.trim_end();
    if t.contains('。') || t.contains(". ") || t.chars().count() > 400 {
        return true;
    }
    let lower = t.to_ascii_lowercase();
    let has_word = |w: &str| lower.split(|c: char| !c.is_alphabetic()).any(|x| x == w);
    SENTENCE_WORDS.iter().any(|w| if w.is_ascii() { has_word(w) } else { lower.contains(w) })
        || lower.match_indices('了').any(|(i, _)| !lower[i..].starts_with("了解"))
}

/// Words of reported speech and finite verbs that agenda titles do not use
/// but the numbered paragraphs of reports do.
const SENTENCE_WORDS: &[&str] = &[
    "was", "were", "is", "are", "will", "has", "have", "had", "noted", "considered", "decided", "said", "stated", "expressed",
    "welcomed", "took", "recalled", "emphasized", "stressed", "informed", "agreed", "requested", "highlighted", "指出", "表示", "认为",
    "强调", "将于", "欢迎", "介绍",
    // Verbs of the paragraph that follows a list in a report (`4. The
    // Commission approved its organization of work.`), which no title uses.
    "approved", "opened", "elected", "introduced", "presented", "thanked", "reported", "invited", "endorsed", "heard", "began", "closed",
    "discussed", "reiterated", "urged", "underlined", "encouraged", "宣布", "发言", "核准了",
];

/// Where the list under a heading or lead sentence may start.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Opening {
    /// At item 1: a report's lead sentence announces the whole agenda.
    AtOne,
    /// At any item: a list heading may stand over an excerpt of the list or
    /// over a page that continues it.
    AtAny,
}

/// Fewest items (sub-items not counted) of a list that starts after item 1:
/// numbered paragraphs of a report come in twos more often than agenda
/// titles under a list heading come in threes.
const CONTINUED_ITEMS: usize = 3;

/// The agenda list under the first list heading or lead sentence before
/// the table heading (line `before`) that opens one: its items, and the
/// index of the first line after it (0 without a list).
pub(super) fn find_list(text: &str, lines: &[Line], before: Option<usize>) -> (Vec<ListItem>, usize) {
    let mut items = Vec::new();
    let mut list_end = 0;
    for (i, l) in lines.iter().enumerate() {
        let line = &text[l.start..l.end];
        if before.is_some_and(|s| i >= s) {
            break;
        }
        // `…adopted the agenda of its\nthirty-third session, as follows:`: a lead
        // sentence wrapped by a PDF line break is read with the line before.
        let wrapped_lead = || {
            let prev = i.checked_sub(1).and_then(|k| lines.get(k)).map(|p| &text[p.start..p.end]).filter(|p| !p.trim().is_empty());
            prev.is_some_and(|p| is_lead(&format!("{} {}", p.trim_end(), line.trim_start())))
        };
        // A report's numbered section on the next session's agenda
        // (`IV. Provisional agenda for …`) holds paragraphs, or the list from 1.
        let opening = if is_list_heading(line) {
            Some(if has_section_number(line) { Opening::AtOne } else { Opening::AtAny })
        } else {
            (is_lead(line) || (line.trim_end().ends_with([':', '：']) && wrapped_lead())).then_some(Opening::AtOne)
        };
        if let Some(opening) = opening {
            let (found, end) = parse_list(text, lines, i + 1, opening);
            if !found.is_empty() {
                items = found;
                list_end = end;
                break;
            }
        }
    }
    (items, list_end)
}

/// Parses the agenda list that starts at line `from`, at item 1 or at any
/// item as `opening` allows; returns its items and the index of the first
/// line after it.
fn parse_list(text: &str, lines: &[Line], from: usize, opening: Opening) -> (Vec<ListItem>, usize) {
    let mut items: Vec<ListItem> = Vec::new();
    let mut next_main = 1;
    let mut next_letter = 'a';
    let mut open = false;
    // A page that continues the list may open inside an item, with its
    // sub-items (`(c) …` then `2. …`): their item is the one before the
    // first item the page numbers, known only when it comes.
    let mut orphans = false;
    // In a list whose titles close with `；`/`。`, a title without its mark
    // is not finished, however short its line: it goes on below.
    let mut punctuated = false;
    let mut unfinished = false;
    // Whether the list writes its numbers with the word `Item` (`Item 1.`).
    let mut worded = false;
    let mut i = from;
    let mut last_line_from = 0;
    // The index of the line the last title ended on.
    let mut last_line = 0;
    while let Some(&l) = lines.get(i) {
        if is_blank(text, l) || PAGE_FURNITURE.is_match(&text[l.start..l.end]) {
            i += 1;
            continue;
        }
        if let Some((h, j)) = split_head(text, lines, i) {
            let l = lines[j];
            let (main, letter) = match (h.main, h.letter) {
                (Some(n), _) if orphans && n > 1 => {
                    items.iter_mut().for_each(|it| it.main = n - 1);
                    orphans = false;
                    (n, None)
                }
                (Some(_), _) if orphans => break,
                (None, Some(c)) if opening == Opening::AtAny && (items.is_empty() || (orphans && c == next_letter)) => {
                    orphans = true;
                    next_letter = c;
                    (0, Some(c))
                }
                (Some(n), _) if n == next_main => (n, None),
                (Some(n), _) if items.is_empty() && n > 1 && opening == Opening::AtAny => (n, None),
                // `Item 4.` then `Item 10.`: a list of one segment's items skips the others.
                (Some(n), _) if n > next_main && worded && written_with_item(text, h) => (n, None),
                (None, Some(c)) if next_main > 1 && c == next_letter => (next_main - 1, Some(c)),
                // `(i)`, `(v)`, `(x)` under a sub-item are its own points, not items.
                (None, Some('i' | 'v' | 'x')) if next_letter > 'a' => {
                    open = false;
                    i = j + 1;
                    continue;
                }
                _ => break,
            };
            let end = clean_end(text, h.title_start, l.end);
            let title = &text[h.title_start..end];
            if end <= h.title_start || is_sentence(title) {
                break;
            }
            let title = title_value(text, h.title_start, end);
            if items.is_empty() {
                worded = written_with_item(text, h);
            }
            items.push(ListItem { main, letter, span: Span::new(h.num_start, end), title_start: h.title_start, title });
            if letter.is_some() {
                next_letter = char::from_u32(next_letter as u32 + 1).unwrap_or('z');
            } else {
                next_main = main + 1;
                next_letter = 'a';
            }
            let marked = ends_marked(text, l, h.title_start);
            punctuated |= marked;
            unfinished = punctuated && !marked && !may_wrap(text, l, h.title_start);
            open = may_wrap(text, l, h.title_start) || unfinished;
            last_line_from = h.title_start;
            last_line = j;
            i = j + 1;
            continue;
        }
        let line = &text[l.start..l.end];
        // Sub-sub-items `(ii)`, `(iii)`, `(iv)` stay inside the list, unannotated.
        if !items.is_empty() && ROMAN.is_match(line) {
            open = false;
            i += 1;
            continue;
        }
        // `Letter dated … (S/2024/318)` under an item: its documents, a
        // paragraph inside the list, unannotated, and no line of its title.
        if !items.is_empty() && is_document_line(line) {
            open = false;
            i += 1;
            while lines.get(i).is_some_and(|&l| !is_blank(text, l) && split_head(text, lines, i).is_none()) {
                i += 1;
            }
            continue;
        }
        // Before the first item, a line or two may say when the meeting is held.
        if items.is_empty() && i < from + 4 && line.chars().count() <= 120 {
            i += 1;
            continue;
        }
        // `Operational segment` between two items of a CND agenda: an
        // unnumbered heading of the list, unannotated; the list goes on.
        // After a title that may wrap, only a line naming a part of the list.
        // A section heading (`Annotations`) ends the list even when a number
        // that would go on with it follows (`5. Future work`, a paragraph's).
        let is_section = is_heading(line, &HEADINGS.section) || is_heading(line, &HEADINGS.schedule);
        if !items.is_empty() && !is_section && (!open || names_list_part(line)) && is_list_subheading(line) && next_head_is(text, lines, i + 1, next_main) {
            i += 1;
            continue;
        }
        // Right below the title's line, the line's own closing mark ends
        // the title, not a sentence (`审议机制的` / `运作情况。`).
        let own = if i == last_line + 1 { line.trim_end_matches(is_ws).trim_end_matches(CLOSING_MARKS) } else { line };
        let short_end = || line.trim().chars().count() <= SHORT_WRAP_CHARS && !is_sentence(own);
        match items.last_mut() {
            Some(item) if open && !is_section && last_line_from > 0 && (!unfinished || short_end()) => {
                let start = l.content_start(text);
                let end = clean_end(text, start, l.end);
                if end > start {
                    item.span = Span::new(item.span.start, end);
                    item.title = title_value(text, item.title_start, end);
                }
                let marked = ends_marked(text, l, start);
                unfinished = punctuated && !marked && !may_wrap(text, l, start);
                open = may_wrap(text, l, start) || unfinished;
                last_line_from = start;
                last_line = i;
                i += 1;
            }
            _ => break,
        }
    }
    let mains = items.iter().filter(|it| it.letter.is_none()).count();
    let continued = items.first().is_some_and(|it| it.main > 1);
    if mains < 2 || (continued && mains < CONTINUED_ITEMS) {
        return (Vec::new(), from);
    }
    (items, i)
}

/// True when head `h` writes its number with the word `Item` (`Item 10.`).
pub(super) fn written_with_item(text: &str, h: Head) -> bool {
    text[h.num_start..].starts_with("Item") || text[h.num_start..].starts_with("item")
}

/// Longest unnumbered heading inside an agenda list, in characters.
const SUBHEADING_CHARS: usize = 80;

/// True when `line` may be an unnumbered heading between the items of an
/// agenda list (`Segment for the high-level segment`, `Operational
/// segment`, `高级别部分`): short, opening with a capital or a Chinese
/// character, with no closing punctuation and not a sentence.
fn is_list_subheading(line: &str) -> bool {
    let t = line.trim_matches(is_ws);
    let opens = t.chars().next().is_some_and(|c| c.is_uppercase() || is_cjk(c));
    opens && t.chars().count() <= SUBHEADING_CHARS && !t.ends_with(['；', ';', '。', '.', '：', ':', ',', '，']) && !is_sentence(t)
}

/// True when the first line from `from` that is not blank opens item `main`
/// of the list (not a sub-item).
fn next_head_is(text: &str, lines: &[Line], from: usize, main: u32) -> bool {
    let Some(at) = (from..lines.len()).find(|&j| !is_blank(text, lines[j])) else { return false };
    split_head(text, lines, at).is_some_and(|(h, _)| h.main == Some(main))
}

/// Puts the sub-items of item `number` that stand on their own at the top
/// of `tree` (a page that opened inside the item) under a node for it,
/// titled as a heading of the annotations gives it.
pub(super) fn adopt_sub_items(tree: &mut Vec<AgendaNode>, number: &str, title: &str) {
    let ours = |n: &AgendaNode| n.number.strip_prefix(number).is_some_and(|rest| rest.starts_with('('));
    let Some(first) = tree.iter().position(ours) else { return };
    let items: Vec<AgendaNode> = tree.extract_if(.., |n| ours(n)).collect();
    tree.insert(first, AgendaNode { number: number.to_owned(), title: title.to_owned(), items });
}

/// The list as a tree: sub-items under their item; sub-items whose item
/// is not in the list (a page that opens inside it) stand on their own.
pub(super) fn tree(items: &[ListItem]) -> Vec<AgendaNode> {
    let mut out: Vec<AgendaNode> = Vec::new();
    // The item the last node of `out` is, when it is one and not a sub-item.
    let mut parent = None;
    for it in items {
        let node = AgendaNode { number: it.number(), title: it.title.clone(), items: Vec::new() };
        match (it.letter, out.last_mut()) {
            (Some(_), Some(last)) if parent == Some(it.main) => last.items.push(node),
            (letter, _) => {
                parent = letter.is_none().then_some(it.main);
                out.push(node);
            }
        }
    }
    out
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::find_agenda;
    use crate::agenda::tests::{items, t, ZH};
    use crate::model::Language;
    use crate::text::Document;

    #[test]
    fn chinese_sub_sub_items_stay_inside_the_list() {
        let text = "临时议程\n\n1. 选举主席团成员。\n2. 委员会规范性部分的议程项目：\n - (a) 国际药物管制条约的执行情况：\n   - ㈠ 麻醉药品委员会的改变范围；\n   - ㈡ 国际麻醉品管制局的报告；\n （三） 其他事项；\n - (b) 监督落实部长级宣言。\n3. 通过报告。\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2", "2(a)", "2(b)", "3"]);
    }

    #[test]
    fn draft_agenda_of_the_next_session_and_lead_sentences() {
        let text = "委员会第六十七届会议临时议程草案\n\n1. 选举主席团成员。\n2. 通过议程。\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2"]);
        let text = "11. 会议议程如下：\n\n1. 会议开幕。\n2. 通过报告。\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2"]);
        // A numbered paragraph that merely mentions a draft is no list.
        let text = "12. 委员会审议了临时议程草案，并决定推迟审议。\n13. 委员会通过了报告。\n";
        assert!(items(text).is_empty());
    }

    #[test]
    fn full_width_numbers_and_letters() {
        let text = "临时议程*\n\n１．组织事项：\n（ａ）会议开幕；\n（b）通过议程。\n２．其他事项。\n\n说明\n\n１．组织事项\n\n（ａ）会议开幕\n";
        let want = vec![
            t("１．组织事项", "1", "组织事项"),
            t("（ａ）会议开幕", "1(a)", "会议开幕"),
            t("（b）通过议程", "1(b)", "通过议程"),
            t("２．其他事项", "2", "其他事项"),
            t("１．组织事项", "1", "组织事项"),
            t("（ａ）会议开幕", "1(a)", "会议开幕"),
        ];
        assert_eq!(items(text), want);
    }

    #[test]
    fn a_short_title_without_its_mark_goes_on_below() {
        let text = "临时议程\n\n1. 组织事项：\n\n(a) 会议开幕；\n\n(b) 选举主席团\n成员；\n\n(c) 通过议程。\n\n2. 其他事项。\n\n3. 通过报告。\n\n会议将在维也纳举行。\n";
        // The wrapped line's closing mark is the title's (`运作情况。`), right below it only.
        let wrapped = "临时议程\n\n1. 组织事项。\n2. 审议机制的\n运作情况。\n3. 通过报告\n\n会议将在维也纳举行。\n";
        let got: Vec<String> = items(wrapped).into_iter().map(|(_, _, title)| title).collect();
        assert_eq!(got, vec!["组织事项", "审议机制的运作情况", "通过报告"]);
        let want = vec![
            t("1. 组织事项", "1", "组织事项"),
            t("(a) 会议开幕", "1(a)", "会议开幕"),
            t("(b) 选举主席团\n成员", "1(b)", "选举主席团成员"),
            t("(c) 通过议程", "1(c)", "通过议程"),
            t("2. 其他事项", "2", "其他事项"),
            t("3. 通过报告", "3", "通过报告"),
        ];
        assert_eq!(items(text), want);
        // Titles with no marks at all: a short one does not take the line below.
        let text = "Agenda\n\n1. Opening\n2. Elections\n3. Other matters\n\nThe Council meets in Geneva\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, _, title)| title).collect();
        assert_eq!(got, vec!["Opening", "Elections", "Other matters"]);
    }

    #[test]
    fn agenda_tree() {
        let (_, tree, _) = find_agenda(&Document { text: ZH, language: Language::Chinese });
        let numbers: Vec<(String, usize)> = tree.iter().map(|n| (n.number.clone(), n.items.len())).collect();
        assert_eq!(numbers, vec![("1".into(), 2), ("2".into(), 0), ("3".into(), 0)]);
        assert_eq!(tree[0].items[1].number, "1(b)");
        // Sub-items of an item on the page before stand on their own, not under each other.
        let page = "临时议程（续）\n\n(c) 通过议程。\n(d) 全权证书。\n2. 技术援助。\n(a) 需求；\n3. 国际合作。\n4. 其他事项。\n";
        let (_, tree, _) = find_agenda(&Document { text: page, language: Language::Chinese });
        let numbers: Vec<(String, usize)> = tree.iter().map(|n| (n.number.clone(), n.items.len())).collect();
        assert_eq!(numbers, vec![("1(c)".into(), 0), ("1(d)".into(), 0), ("2".into(), 1), ("3".into(), 0), ("4".into(), 0)]);
    }

    #[test]
    fn numbers_on_a_line_of_their_own() {
        let text = "Provisional agenda\n\n1.\n\nElection of officers.\n\n2.\n\nImplementation of the treaties:\n\n(a)\n\nChanges in the scope of control;\n\n(b)\n\nOther matters.\n\n3.\n\nOther business.\n\nAnnotations\n\n2.\n\nImplementation of the treaties\n\n(a)\n\nChanges in the scope of control\n\nThe Commission will decide.\n\n3.\n\n14 speakers took the floor.\n";
        let got: Vec<(String, String)> = items(text).into_iter().map(|(s, n, _)| (s, n)).collect();
        let want: Vec<(String, String)> = [
            ("1.\n\nElection of officers", "1"),
            ("2.\n\nImplementation of the treaties", "2"),
            ("(a)\n\nChanges in the scope of control", "2(a)"),
            ("(b)\n\nOther matters", "2(b)"),
            ("3.\n\nOther business", "3"),
            ("2.\n\nImplementation of the treaties", "2"),
            ("(a)\n\nChanges in the scope of control", "2(a)"),
        ]
        .iter()
        .map(|(s, n)| (s.to_string(), n.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn adopted_agenda_in_a_report_ends_before_the_next_paragraph() {
        let text = "3. On 14 November, the Working Group adopted the following agenda:\n\n1. Organizational matters:\n\n(a) Opening of the meeting;\n\n(b) Adoption of the agenda.\n\n2. Adoption of the report.\n\n4. The Working Group considered agenda items 1 and 2 jointly.\n\n5. Several speakers noted that (a) recovery remained a priority.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "1(a)", "1(b)", "2"]);
        let text = "51. At its 1st meeting, the Commission adopted its provisional agenda (E/CN.7/2023/1). The agenda was as follows:\n\n1. Election of officers.\n2. General debate.\n\n52. At its 2nd meeting, the Commission considered item 2.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2"]);
        // The paragraph after the list numbered as its next item is no item.
        let text = "3. The agenda adopted was as follows:\n1. Election of officers.\n2. General debate.\n3. Adoption of the report.\n4. The Commission approved its organization of work.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2", "3"]);
        let text = "3. 议程如下：\n\n1. 选举主席团成员。\n\n2. 一般性辩论。\n\n3. 主席宣布辩论开始。\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2"]);
        let text = "5. The recommendations were as follows:\n\n1. Strengthen cooperation.\n2. Share information.\n";
        assert_eq!(items(text), vec![]);
        let text = "47. At its 1st meeting, on 13 May 2024, the Commission adopted the agenda of its\nthirty-third session, as follows:\n\n1. Election of officers.\n2. General debate.\n\n48. The Commission approved its organization of work.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2"]);
        let text = "49. The documents before the Commission under agenda item 3 were\nas follows:\n1. Report of the Executive Director.\n2. Note by the Secretariat.\n";
        assert_eq!(items(text), vec![]);
        let zh = "3. 工作组通过了以下议程：\n\n1. 组织事项：\n\n(a) 会议开幕；\n\n(b) 通过议程。\n\n2. 通过报告。\n\n3. 工作组与审议组联合审议了议程项目 1 和 2。\n";
        let got: Vec<String> = items(zh).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "1(a)", "1(b)", "2"]);
    }

    #[test]
    fn agenda_set_out_in_a_decision() {
        // An ECOSOC decision approves the next session's agenda in its
        // lettered paragraph (b); paragraph (c) after the list is no sub-item.
        let text = "(a)\tTook note of the report of the Commission;\n\n(b)\tApproved the provisional agenda for the thirty-fourth session of the\nCommission set out below:\n\n\
            1.\tElection of officers.\n\n2.\tIntegration and coordination of efforts:\n\n(a)\tStrategic management;\n\n(b)\tWork of the working group.\n\n\
            3.\tAdoption of the report.\n\n(c)\tDecided that the session would be held in Vienna.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2", "2(a)", "2(b)", "3"]);
    }

    #[test]
    fn items_written_with_the_word_item() {
        let text = "Agenda\n\nItem 1. Organizational and procedural matters.\nItem 2. Annual report of the High Commissioner.\n\nAnnotations\n\nItem 1. Organizational and procedural matters\n\nThe session will be opened.\n";
        let want = vec![
            t("Item 1. Organizational and procedural matters", "1", "Organizational and procedural matters"),
            t("Item 2. Annual report of the High Commissioner", "2", "Annual report of the High Commissioner"),
            t("Item 1. Organizational and procedural matters", "1", "Organizational and procedural matters"),
        ];
        assert_eq!(items(text), want);
    }

    #[test]
    fn a_list_of_one_segment_skips_the_other_items() {
        // (list, the item numbers read)
        let cases: [(&str, &[&str]); 3] = [
            ("Agenda\n\nItem 1. Organizational matters.\nItem 4. Human rights situations.\nItem 10. Technical assistance.\n", &["1", "4", "10"]),
            // Numbers written without the word: a gap ends the list.
            ("Agenda\n\n1. Organizational matters.\n2. Human rights situations.\n10. Technical assistance.\n", &["1", "2"]),
            // Nor does a number go back.
            ("Agenda\n\nItem 1. Organizational matters.\nItem 4. Human rights situations.\nItem 2. Technical assistance.\n", &["1", "4"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_list_under_its_heading_may_start_after_item_one() {
        // (text, the item numbers read)
        let cases: [(&str, &[&str]); 15] = [
            // A section heading ends the list, whatever number follows it.
            ("Provisional agenda (continued)\n\n2.\tTechnical assistance.\n3.\tAsset recovery.\n4.\tOther matters.\n\nAnnotations\n\n5.\tThe Conference will meet.\n", &["2", "3", "4"]),
            ("Provisional agenda\n\n1.\tOpening.\n2.\tElections.\nHigh-level segment\n3.\tGeneral debate.\n", &["1", "2", "3"]),
            // An excerpt, and a page that continues the list.
            ("Provisional agenda\n\n4.\tTechnical assistance.\n5.\tInternational cooperation.\n6.\tAsset recovery.\n", &["4", "5", "6"]),
            ("Provisional agenda (continued)\n\n4.\tPrevention:\n(a)\tGood practices;\n(b)\tEducation.\n5.\tAsset recovery.\n6.\tOther matters.\n", &["4", "4(a)", "4(b)", "5", "6"]),
            ("临时议程（续）\n\n5. 技术援助。\n6. 国际合作。\n7. 其他事项。\n", &["5", "6", "7"]),
            // A page that opens inside an item: its sub-items are the item's before the first number.
            ("临时议程（续）\n\n(c) 通过议程和工作安排。\n2. 技术援助。\n3. 国际合作。\n4. 其他事项。\n", &["1(c)", "2", "3", "4"]),
            ("Provisional agenda (continued)\n\n(b)\tElection of officers;\n(c)\tAdoption of the agenda.\n5.\tPrevention.\n6.\tAsset recovery.\n7.\tOther matters.\n", &["4(b)", "4(c)", "5", "6", "7"]),
            // From item 1 as before.
            ("临时议程\n\n1. 组织事项。\n2. 其他事项。\n", &["1", "2"]),
            // Two items only after item 1: too little to tell from paragraphs.
            ("Provisional agenda\n\n4.\tTechnical assistance.\n5.\tAsset recovery.\n", &[]),
            ("临时议程（续）\n\n(c) 通过议程。\n(e) 其他。\n2. 技术援助。\n3. 国际合作。\n4. 其他事项。\n", &[]),
            // A report's numbered paragraphs under the heading are no items.
            ("Agenda\n\n4. The Commission adopted its agenda without a vote.\n5. The agenda was as adopted.\n6. It was noted that two items remained.\n", &[]),
            // A lead sentence announces the agenda from item 1, sub-items under it.
            ("5. The Commission adopted the following agenda:\n\n3. Technical assistance.\n4. Prevention.\n5. Other matters.\n", &[]),
            ("5. The Commission adopted the following agenda:\n\n(b) Elections.\n2. Prevention.\n3. Other matters.\n4. Adoption of the report.\n", &[]),
            // Under a report's numbered section, noun phrases in numbered paragraphs are no list.
            ("IV. Provisional agenda for the eleventh session\n\n16. Draft provisional agenda for the eleventh session, contained in annex I.\n17. Organization of work for the eleventh session, contained in annex II.\n18. Arrangements for the high-level segment.\n", &[]),
            // Nor does a gap after the first item go on.
            ("Provisional agenda\n\n4.\tTechnical assistance.\n6.\tAsset recovery.\n7.\tOther matters.\n", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn the_list_goes_on_across_a_page_break() {
        let text = "Provisional agenda\n\n1.\tElection of officers.\n2.\tGeneral debate.\nE/CN.7/2023/1\n\n2/15 V.22-28571\n\n3.\tOther business.\n\nV.22-28571 (E)\n4.\tAdoption of the report.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2", "3", "4"]);
        // A page break inside the organization-of-work table, between a number and its title.
        let table = format!("{text}\nProposed organization of work\n\n10 a.m.–1 p.m.\n\n3\n\nE/CN.7/2023/1\n\n4/15 V.22-28571\n\nOther business\n");
        let got: Vec<(String, String)> = items(&table).into_iter().skip(4).map(|(s, n, _)| (s, n)).collect();
        assert_eq!(got, vec![("Other business".to_string(), "3".to_string())]);
        for line in ["E/CN.7/2023/1", "2/15 V.22-28571", "V.22-28571 (E)", " 3/15 "] {
            assert!(PAGE_FURNITURE.is_match(line), "{line}");
        }
        for line in ["2/15 of the members", "Item 2", "General debate", "3. Other business"] {
            assert!(!PAGE_FURNITURE.is_match(line), "{line}");
        }
    }

    #[test]
    fn unnumbered_segment_headings_stay_inside_the_list() {
        let text = "Provisional agenda\n\n1.\tElection of officers.\n2.\tAdoption of the agenda.\nSegment for the high-level segment\n3.\tHigh-level segment.\n\nOperational segment\n\n4.\tStrategic management.\n5.\tOther business.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "2", "3", "4", "5"]);
        // A heading followed by a paragraph that is not the next item ends the list.
        let text = "Provisional agenda\n\n1.\tElection of officers.\n2.\tAdoption of the agenda.\nAnnotations\n1.\tElection of officers\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(&got[..2], ["1", "2"]);
        // After a title with no full stop, which may wrap, a line that names a part.
        let text = "Provisional agenda\n\n1.\tElection of officers\n2.\tAdoption of the agenda and other organizational matters\nOperational segment\n3.\tOther business\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, _, title)| title).collect();
        assert_eq!(got, vec!["Election of officers", "Adoption of the agenda and other organizational matters", "Other business"]);
        let text = "Provisional agenda\n\n1.\tElection of officers\n2.\tReview of implementation of the United Nations Convention against\nCorruption\n3.\tOther business\n";
        assert_eq!(items(text)[1].2, "Review of implementation of the United Nations Convention against Corruption");
        assert!(!is_list_subheading("The Commission will meet."));
        assert!(is_list_subheading("高级别部分"));
    }

    #[test]
    fn roman_sub_sub_items_stay_in_the_list() {
        let text = "Provisional agenda\n\n1. Organizational matters:\n(a) Opening of the session;\n(b) Elections:\n(i) Election of the President;\n(ii) Election of other officers;\n(c) Adoption of the agenda.\n2. Adoption of the report.\n";
        let got: Vec<String> = items(text).into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(got, vec!["1", "1(a)", "1(b)", "1(c)", "2"]);
    }

    #[test]
    fn security_council_agenda() {
        let text = "Provisional agenda for the 9520th meeting of the Security Council\nTo be held on Monday, 8 January 2024, at 10 a.m.\n\n1. Adoption of the agenda.\n2. The situation in the Middle East, including the Palestinian question.\n3. Threats to international peace and security caused by terrorist\nacts.\n";
        let got = items(text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[2], t("3. Threats to international peace and security caused by terrorist\nacts", "3", "Threats to international peace and security caused by terrorist acts"));
        // The letter under an item is its document, not its title wrapped;
        // the list goes on after it.
        let text = "Provisional agenda\n\n1.\tAdoption of the agenda\n\n2.\tMaintenance of international peace and security\n\n\
            Letter dated 18 April 2024 from the Permanent Representative of Malta to\nthe United Nations addressed to the Secretary-General (S/2024/318)\n\n\
            3.\tThreats to international peace and security\n\nUnited Nations\tS/PV.9611\n";
        let got = items(text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[1], t("2.\tMaintenance of international peace and security", "2", "Maintenance of international peace and security"));
        assert_eq!(got[2].1, "3");
    }
}
