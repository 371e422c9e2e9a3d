//! The organization-of-work table, from the line after its heading
//! (`拟议工作安排`, `Proposed organization of work`) to the next annex heading:
//! rows whose item cell (see `cells`) holds a number on the agenda give
//! that item, a row with several numbers gives one span per title, and a
//! number on a line of its own takes the title on a line below.
//!
//! Left out: rows whose number the list does not have; without a list,
//! implausible titles (longer than 120 characters, a sentence); what
//! follows the next annex heading (`Annex II`, a list of documents).

use std::sync::LazyLock;

use regex_lite::Regex;

use super::cells::{is_date, is_time, pdf_cell, tab_cell, Cell};
use super::columns::{heads_other_table, heads_schedule_on_two_lines};
use super::head::{number, parse_head};
use super::line::{is_blank, Line, PAGE_FURNITURE};
use super::title::{clean_end, follow_title, norm, title_value};
use super::vocabulary::{unnumbered_key, HEADINGS, HEADING_BYTES};
use super::{item_annotation, Known, WS};
use crate::model::Annotation;
use crate::span::Span;
use crate::text::{is_space, is_ws};

/// The organization-of-work table: from the line after its heading to the
/// next annex heading (`Annex II`, a list of documents) or the end of the text.
/// `at` is the heading's line among `lines` (see [`schedule_line`]), `end`
/// the line the table stops before (see [`schedule_end`]).
pub(super) fn schedule_span(text: &str, lines: &[Line], at: usize, end: usize) -> Option<Span> {
    let start = lines.get(at + 1)?.start;
    Some(Span::new(start, lines.get(end).map_or(text.len(), |l| l.start)))
}

/// A heading that opens another annex: `Annex II`, `附件二`.
static ANNEX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"^[{WS}]*(?:[Aa]nnex|ANNEX|附件)[{WS}]*(?:[IVX]{{1,5}}|[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})?[{WS}]*[*＊]*[{WS}]*$"))
});

/// The index of the first line from `from` on that ends the table.
pub(super) fn schedule_end(text: &str, lines: &[Line], from: usize) -> usize {
    (from..lines.len()).find(|&i| ANNEX_HEADING.is_match(&text[lines[i].start..lines[i].end])).unwrap_or(lines.len())
}

/// The index of the last line that is the table heading
/// (`拟议工作安排`, `Proposed organization of work`) and does not go on
/// with a title wrapped above (`Adoption of the agenda and` /
/// `organization of work`).
pub(super) fn schedule_line(text: &str, lines: &[Line]) -> Option<usize> {
    (0..lines.len()).rev().find(|&i| {
        let l = lines[i];
        let line = &text[l.start..l.end];
        line.len() <= HEADING_BYTES && HEADINGS.schedule.contains(&unnumbered_key(line)) && !continues_above(text, lines, i)
    })
}

/// Most blank lines between a wrapped title's line and the line it goes on on.
const WRAP_GAP: usize = 2;

/// Words and marks that end a line whose sentence goes on below: `and`,
/// `of`, `和`, `、`.
const OPEN_ENDS: [&str; 14] = [" and", " of", " the", " for", " on", " in", "和", "及", "与", "或", "的", "、", "，", ","];

/// True when line `i` goes on with the text above it: it starts in lower
/// case (`organization of work`), or the nearest non-blank line above
/// (across at most [`WRAP_GAP`] blank lines) ends with a conjunction or a
/// comma (`通过议程和` / `工作安排`).
fn continues_above(text: &str, lines: &[Line], i: usize) -> bool {
    let l = lines[i];
    if text[l.content_start(text)..l.end].starts_with(|c: char| c.is_ascii_lowercase()) {
        return true;
    }
    let above = (i.saturating_sub(WRAP_GAP + 1)..i).rev().find(|&j| !is_blank(text, lines[j]));
    above.is_some_and(|j| {
        let a = text[lines[j].start..lines[j].end].trim_end_matches(is_ws);
        OPEN_ENDS.iter().any(|e| a.ends_with(e))
    })
}

/// Whether a title cell is plausible without a list to check it against.
fn plausible_title(s: &str) -> bool {
    let n = s.chars().count();
    n > 0 && n <= 120 && !s.contains('。') && !s.starts_with(|c: char| c.is_ascii_digit())
}

/// Rows of the organization-of-work table, from line `from` to the end;
/// none when the heading stands over the header of another kind of table
/// (a budget, an attendance list).
pub(super) fn table_rows(text: &str, lines: &[Line], from: usize, known: &Known) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut heads = lines[from.min(lines.len())..].iter().filter(|l| !is_blank(text, **l));
    if let Some(&first) = heads.next() {
        let on_two_lines = heads.next().is_some_and(|&second| heads_schedule_on_two_lines(text, first, second));
        if heads_other_table(text, first) && !on_two_lines {
            return out;
        }
    }
    let mut last_main: Option<u32> = None;
    let mut pending: Vec<u32> = Vec::new();
    // The sub-item letter of a number alone on its line (`1 (a)`).
    let mut pending_letter: Option<char> = None;
    let mut i = from;
    while let Some(&l) = lines.get(i) {
        i += 1;
        if is_blank(text, l) || PAGE_FURNITURE.is_match(&text[l.start..l.end]) {
            continue;
        }
        let tabbed = text[l.start..l.end].contains('\t');
        let cell = if tabbed { tab_cell(text, l) } else { pdf_cell(text, l) };
        match cell {
            Some(Cell::One { main, letter, start, title }) => {
                let main = match main.or(last_main) {
                    Some(m) => m,
                    None => continue,
                };
                let Some(title_start) = title else {
                    // `1 (a)` alone on its line: its title is on a line below.
                    if letter.is_some() {
                        pending.clear();
                    }
                    pending.push(main);
                    pending_letter = letter;
                    continue;
                };
                pending.clear();
                pending_letter = None;
                // `7\t(b)关于…`: a stray letter before the title.
                let (letter, tstart) = match (letter, parse_head(text, Line { start: title_start, end: l.end })) {
                    (None, Some(h)) if h.main.is_none() => {
                        (h.letter.filter(|c| known.contains_key(&number(main, Some(*c)))), h.title_start)
                    }
                    _ => (letter, title_start),
                };
                let num = number(main, letter);
                if !known.is_empty() && !known.contains_key(&num) {
                    continue;
                }
                let followed = known.get(&num).and_then(|k| follow_title(text, lines, i - 1, tstart, k, !tabbed));
                let end = match followed {
                    Some((end, last, _)) => {
                        i = last + 1;
                        end
                    }
                    None => {
                        let end = clean_end(text, tstart, l.end);
                        if !(tabbed || plausible_title(&text[tstart..end])) {
                            continue;
                        }
                        end
                    }
                };
                if end > tstart {
                    last_main = Some(main);
                    out.push(item_annotation(Span::new(start, end), num, title_value(text, tstart, end)));
                }
            }
            Some(Cell::Many { numbers, title }) => {
                pending = numbers;
                if let Some(t) = title {
                    out.extend(split_titles(text, t, l.end, &mut pending, known));
                }
            }
            None if !pending.is_empty() => {
                let n = pending.remove(0);
                let start = l.content_start(text);
                let num = number(n, pending_letter.take());
                let end = match known.get(&num).and_then(|k| follow_title(text, lines, i - 1, start, k, true)) {
                    Some((end, last, _)) => {
                        i = last + 1;
                        end
                    }
                    None if known.is_empty() => {
                        let last = wrapped_cell_end(text, lines, i - 1);
                        let end = clean_end(text, start, lines[last].end);
                        i = last + 1;
                        end
                    }
                    None => {
                        pending.clear();
                        continue;
                    }
                };
                if end > start {
                    last_main = Some(n);
                    out.push(item_annotation(Span::new(start, end), num, title_value(text, start, end)));
                }
            }
            None => {}
        }
    }
    out
}

/// Most lines one title cell of a PDF table wraps onto.
const CELL_LINES: usize = 4;

/// The index of the last line of a title cell that starts on line `at`,
/// in a PDF table that gives each cell lines of its own: the lines right
/// below (no blank line between) go on with it (`Review of implementation
/// of the` / `United Nations Convention`) unless they open a cell of their
/// own (a number, a date, a time) or the line above closes a sentence.
fn wrapped_cell_end(text: &str, lines: &[Line], at: usize) -> usize {
    let mut last = at;
    while let Some(&next) = lines.get(last + 1).filter(|_| last - at + 1 < CELL_LINES) {
        let line = &text[next.start..next.end];
        let above = text[lines[last].start..lines[last].end].trim_end_matches(is_ws);
        let opens_cell = is_blank(text, next) || PAGE_FURNITURE.is_match(line) || pdf_cell(text, next).is_some() || is_date(line) || is_time(line);
        if opens_cell || above.ends_with(['.', '。', ';', '；']) {
            break;
        }
        last += 1;
    }
    last
}

/// Titles of a row whose number cell holds several items: each known title
/// found in the cell, in order; else one title per space-separated piece.
pub(super) fn split_titles(text: &str, start: usize, end: usize, pending: &mut Vec<u32>, known: &Known) -> Vec<Annotation> {
    let mut out = Vec::new();
    let cell = &text[start..end];
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    // Separators may be wider than a byte (U+3000 is three).
    let mut from = 0;
    for (i, c) in cell.char_indices() {
        if is_space(c) {
            if i > from {
                pieces.push((start + from, start + i));
            }
            from = i + c.len_utf8();
        }
    }
    if cell.len() > from {
        pieces.push((start + from, end));
    }
    // Pieces are merged until they spell the next number's known title.
    let mut k = 0;
    while !pending.is_empty() && k < pieces.len() {
        let num = pending[0].to_string();
        let want = known.get(&num);
        let s = pieces[k].0;
        let mut e = pieces[k].1;
        let mut found = want.is_none_or(|w| norm(&text[s..clean_end(text, s, e)]) == *w);
        while !found && k + 1 < pieces.len() {
            k += 1;
            e = pieces[k].1;
            found = want.is_some_and(|w| norm(&text[s..clean_end(text, s, e)]) == *w);
        }
        if !found {
            break;
        }
        let e = clean_end(text, s, e);
        pending.remove(0);
        out.push(item_annotation(Span::new(s, e), num, title_value(text, s, e)));
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::line::lines_of;
    use super::*;
    use crate::agenda::tests::{items, t};

    #[test]
    fn pdf_table_rows_and_merged_cells() {
        let text = "临时议程\n\n1. 组织事项：\n\n(a) 会议开幕；\n\n(b) 通过议程和工作安排。\n\n2. 资产追回的实际方面，包括趋势、挑战和良好做法。\n\n3. 技术援助。\n\n4. 通过报告。\n\n拟议工作安排\n\n下午 3 时至 5 时 1 (a) 会议开幕 \n\n  (b) 通过议程和工作安排 \n\n上午 11 时至下午 1 时 2 资产追回的实际方面，包括趋势、挑战和良好\n\n做法 \n\n下午 3 时至 5 时 3 \n\n4 \n\n技术援助 b \n\n通过报告 \n\n";
        let got: Vec<_> = items(text).into_iter().skip(6).collect();
        let want = vec![
            t("1 (a) 会议开幕", "1(a)", "会议开幕"),
            t("(b) 通过议程和工作安排", "1(b)", "通过议程和工作安排"),
            t("2 资产追回的实际方面，包括趋势、挑战和良好\n\n做法", "2", "资产追回的实际方面，包括趋势、挑战和良好做法"),
            t("技术援助", "3", "技术援助"),
            t("通过报告", "4", "通过报告"),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn continued_rows_leave_the_mark_out_of_the_span() {
        let list = "Provisional agenda\n\n1.\tElection of officers.\n2.\tGeneral debate.\n3.\tOther business.\n\nAnnex\n\nProposed organization of work\n\n";
        let cases = [
            // Tab-separated: the span is the title alone, the number from the cell.
            ("Monday, 13 March\t10 a.m.–1 p.m.\t1\tElection of officers\n\t3–6 p.m.\t2 (continued)\tGeneral debate\n", vec![t("1\tElection of officers", "1", "Election of officers"), t("General debate", "2", "General debate")]),
            ("Tuesday, 14 March\t10 a.m.–1 p.m.\t2 (cont'd)\tGeneral debate\n", vec![t("General debate", "2", "General debate")]),
            ("下午3时至6时\t3（续）\tOther business\n", vec![t("Other business", "3", "Other business")]),
            // PDF text without tabs, on one line or one cell per line.
            ("3 p.m.–6 p.m. 2 (continued) General debate\n", vec![t("General debate", "2", "General debate")]),
            ("Tuesday, 14 March\n\n10 a.m.–1 p.m.\n\n2 (continued)\n\nGeneral debate\n\n3\n\nOther business\n", vec![t("General debate", "2", "General debate"), t("Other business", "3", "Other business")]),
            // The word `Item` before the number.
            ("\t\tItem 3\tOther business\n", vec![t("Item 3\tOther business", "3", "Other business")]),
            ("\t\tItems 2 and 3\tGeneral debate Other business\n", vec![t("General debate", "2", "General debate"), t("Other business", "3", "Other business")]),
            // A range of items in one cell.
            ("\t\t1–3\tElection of officers General debate Other business\n", vec![t("Election of officers", "1", "Election of officers"), t("General debate", "2", "General debate"), t("Other business", "3", "Other business")]),
            // Not a continuation mark: the row is not read.
            ("\t\t2 (draft)\tGeneral debate\n", vec![]),
        ];
        for (rows, want) in cases {
            let text = format!("{list}{rows}");
            let got: Vec<_> = items(&text).into_iter().skip(3).collect();
            assert_eq!(got, want, "{rows}");
        }
    }

    #[test]
    fn pdf_rows_that_start_with_their_date() {
        let text = "Provisional agenda\n\n1. Election of officers.\n\n2. Adoption of the agenda.\n\n3. Thematic discussion.\n\nProposed organization of work\n\nDate Time Item Title or description\nMonday, 22 May 10 a.m.–1 p.m. 1 Election of officers\n2 Adoption of the agenda\n3–6 p.m. 3 (continued) Thematic discussion (continued)\nTuesday, 23 May 2023 10 a.m.–1 p.m. 3 Thematic discussion\n12月13日, 星期一 上午10时至下午1时 2 Adoption of the agenda\nWednesday, 24 May 9 a.m.–12 noon 1 Election of officers\n23 May 3 people attended\n";
        let got: Vec<(String, String)> = items(text).into_iter().skip(3).map(|(s, n, _)| (s, n)).collect();
        let want: Vec<(String, String)> = [
            ("1 Election of officers", "1"),
            ("2 Adoption of the agenda", "2"),
            ("Thematic discussion", "3"),
            ("3 Thematic discussion", "3"),
            ("2 Adoption of the agenda", "2"),
            ("1 Election of officers", "1"),
        ]
        .iter()
        .map(|(s, n)| (s.to_string(), n.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn the_table_ends_at_the_next_annex() {
        let text = "Provisional agenda\n\n1.\tElection of officers.\n2.\tGeneral debate.\n\nAnnex I\n\nProposed organization of work\n\nMonday, 13 March\t10 a.m.–1 p.m.\t1\tElection of officers\n\nAnnex II\n\nDocuments before the Commission\n\nE/CN.7/2023/1\t2\tProvisional agenda and annotations\n\t2\tGeneral debate\n";
        let got: Vec<String> = items(text).into_iter().skip(2).map(|(s, _, _)| s).collect();
        assert_eq!(got, vec!["1\tElection of officers".to_string()]);
        let span = crate::agenda::Layout::of(text).heading.map(|s| &text[s.range()]);
        assert_eq!(span, Some("\nMonday, 13 March\t10 a.m.–1 p.m.\t1\tElection of officers\n\n"));
        // A list of documents right under the heading is no schedule either.
        let text = "Provisional agenda\n\n1.\tElection of officers.\n2.\tGeneral debate.\n\nOrganization of work\n\nE/CN.7/2023/1\t2\tProvisional agenda\n";
        assert_eq!(items(text).len(), 2);
    }

    #[test]
    fn a_budget_or_attendance_table_under_the_heading_is_no_schedule() {
        let budget = "Programme of work\n\nItem\tDescription\tAmount (United States dollars)\n1\tConference services\t182 400\n2\tTravel of experts\t54 300\n";
        assert_eq!(items(budget), vec![]);
        let attendance = "Organization of work\n\nDate\tMeeting\tDelegations present\nMonday, 7 October 2024\t1st\t121\n\t2nd\t98\nThe Committee met twice.\n";
        assert_eq!(items(attendance), vec![]);
        // The same rows under a schedule's header are read.
        let schedule = "Programme of work\n\nDate\tTime\tAgenda item\tTitle/description\n\t\t1\tConference services\n";
        assert_eq!(items(schedule), vec![t("1\tConference services", "1", "Conference services")]);
    }

    #[test]
    fn pdf_cells_on_lines_of_their_own() {
        let text = "Annex\n\nProposed organization of work\n\nDate and time\n\nItem\n\nTitle or description\n\nMonday, 15 June 2026\n\n10 a.m.–1 p.m.\n\n1 (a)\n\nOpening of the session\n\n1 (b)\n\nAdoption of the agenda and\norganization of work\n\n3–6 p.m.\n\n2\n\nReview of implementation of the\nUnited Nations Convention\nagainst Corruption\n\nTuesday, 16 June 2026\n\n3\n\nOther matters\n3–6 p.m.\n";
        let want = vec![
            t("Opening of the session", "1(a)", "Opening of the session"),
            t("Adoption of the agenda and\norganization of work", "1(b)", "Adoption of the agenda and organization of work"),
            t("Review of implementation of the\nUnited Nations Convention\nagainst Corruption", "2", "Review of implementation of the United Nations Convention against Corruption"),
            // A time right below ends the title.
            t("Other matters", "3", "Other matters"),
        ];
        assert_eq!(items(text), want);
    }

    #[test]
    fn a_wrapped_title_is_no_heading() {
        // (text, the heading line's index, or none)
        let cases: [(&str, Option<usize>); 6] = [
            ("Annex\n\nProposed organization of work\n\n1 (b)\n\nAdoption of the agenda and\norganization of work\n", Some(2)),
            ("Annex\nOrganization of work\n", Some(1)),
            ("附件\n拟议工作安排\n\n1(b) 通过议程和\n\n工作安排\n", Some(1)),
            ("E/CN.7/2023/1\n\n工作安排\n", Some(2)),
            ("Adoption of the agenda and\norganization of work\n", None),
            ("1(b) 通过议程和\n工作安排\n", None),
        ];
        for (text, want) in cases {
            assert_eq!(schedule_line(text, &lines_of(text)), want, "{text}");
        }
    }

    #[test]
    fn pdf_rows_after_a_24_hour_range() {
        let text = "临时议程\n\n1. 选举主席团成员。\n\n2. 通过议程。\n\n3. 通过报告。\n\n拟议工作安排\n\n10:00-13:00 1 选举主席团成员 \n\n  2 通过议程 \n\n15:00–18:00 3 通过报告 \n";
        let got: Vec<_> = items(text).into_iter().skip(3).collect();
        assert_eq!(got, vec![t("1 选举主席团成员", "1", "选举主席团成员"), t("2 通过议程", "2", "通过议程"), t("3 通过报告", "3", "通过报告")]);
    }
}
