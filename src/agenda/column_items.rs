//! The agenda items of a schedule table read by its columns (see
//! `columns`): the item cell's number with the title cell's title. The span
//! runs from the number to the end of the title when the title column comes
//! right after the item column (`109\tCrime prevention and criminal
//! justice`), else it is the title alone; a cell holding several numbers
//! (`8和9`, `105, 106`) or several sub-items (`27 (a) and (b)`) gives one
//! span per title, the titles told apart by the agenda list or by `;`
//! between them.
//!
//! Left out of the items: a number the agenda list does not have (when the
//! document has a list), a title-less number or a cell of several numbers
//! whose titles cannot be told apart — those cells are `agenda_ref`s to
//! their items (`{"items": ["105", "106"]}`), as running text would be.

use super::cells::{read_numbers, Numbers};
use super::columns::{Column, Row, Table};
use super::head::{number, parse_head};
use super::line::Line;
use super::table::split_titles;
use super::title::{clean_end, title_value};
use super::{item_annotation, Known};
use crate::model::{AgendaRefValue, Annotation, Value};
use crate::span::Span;
use crate::text::is_ws;

/// The `agenda_ref` of an item cell to `items`.
fn cell_ref(cell: Span, items: Vec<String>) -> Annotation {
    Annotation::new(cell, Value::AgendaRef(AgendaRefValue { items }))
}

/// The agenda items (and references) of the rows of `table`.
pub(super) fn table_items(text: &str, table: &Table, known: &Known) -> Vec<Annotation> {
    let mut out = Vec::new();
    let adjacent = table.title_follows_item();
    let mut last_main: Option<u32> = None;
    for (r, row) in table.rows.iter().enumerate() {
        let Some(cell) = row.cell(Column::Item) else { continue };
        let title = row.cell(Column::Title);
        match read_numbers(&text[cell.range()]) {
            Some(Numbers::One { main, letter, continued }) => {
                let Some(main) = main.or(last_main) else { continue };
                let Some(t) = title else {
                    out.push(cell_ref(cell, vec![number(main, letter)]));
                    continue;
                };
                // `7\t(b)关于…`: a stray letter before the title.
                let (letter, tstart) = match (letter, parse_head(text, Line { start: t.start, end: t.end })) {
                    (None, Some(h)) if h.main.is_none() => (h.letter.filter(|c| known.contains_key(&number(main, Some(*c)))), h.title_start),
                    _ => (letter, t.start),
                };
                let num = number(main, letter);
                if !known.is_empty() && !known.contains_key(&num) {
                    continue;
                }
                let end = wrapped_end(text, &table.rows[r..], clean_end(text, tstart, t.end));
                if end <= tstart {
                    continue;
                }
                last_main = Some(main);
                let start = if adjacent && !continued { cell.start } else { tstart };
                out.push(item_annotation(Span::new(start, end), num, title_value(text, tstart, end)));
            }
            Some(Numbers::Many(numbers)) => {
                let names: Vec<String> = numbers.iter().map(u32::to_string).collect();
                let items = match title {
                    Some(t) if !known.is_empty() => split_titles(text, t.start, t.end, &mut numbers.clone(), known),
                    Some(t) => split_at_semicolons(text, t, &names),
                    None => Vec::new(),
                };
                if items.is_empty() {
                    out.push(cell_ref(cell, names));
                }
                out.extend(items);
            }
            Some(Numbers::Letters { main, letters }) => {
                let names: Vec<String> = letters.iter().map(|l| number(main, Some(*l))).collect();
                if !known.is_empty() && !names.iter().all(|n| known.contains_key(n)) {
                    continue;
                }
                let items = title.map(|t| split_at_semicolons(text, t, &names)).unwrap_or_default();
                if items.is_empty() {
                    out.push(cell_ref(cell, names));
                }
                out.extend(items);
            }
            None => {}
        }
    }
    out
}

/// The end of the title that ends at `end` in `rows[0]`, carried on by
/// the title-only rows right below it (see [`Row::carries_title`]).
fn wrapped_end(text: &str, rows: &[Row], end: usize) -> usize {
    let mut end = end;
    for pair in rows.windows(2) {
        let (above, row) = (&pair[0], &pair[1]);
        let Some(t) = row.cell(Column::Title).filter(|_| row.carries_title(text, above.span.end)) else { break };
        let e = clean_end(text, t.start, t.end);
        if e <= t.start {
            break;
        }
        end = e;
    }
    end
}

/// One item per `;`-separated title of cell `t`, when there are as many as `numbers`.
fn split_at_semicolons(text: &str, t: Span, numbers: &[String]) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut from = t.start;
    let cell = &text[t.range()];
    let ends = cell.match_indices([';', '；']).map(|(i, _)| t.start + i).chain([t.end]);
    for (n, to) in numbers.iter().zip(ends) {
        let piece = &text[from..to];
        let start = from + (piece.len() - piece.trim_start_matches(is_ws).len());
        let end = clean_end(text, start, to);
        if end > start {
            out.push(item_annotation(Span::new(start, end), n.clone(), title_value(text, start, end)));
        }
        from = to + text[to..].chars().next().map_or(0, char::len_utf8);
    }
    let pieces = cell.matches([';', '；']).count() + 1;
    if pieces != numbers.len() || out.len() != numbers.len() {
        out.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::columns::tables;
    use crate::agenda::line::lines_of;

    /// `(span text, kind, number or items)` of what the tables of `text` give.
    fn read(text: &str, known: &Known) -> Vec<(String, String)> {
        tables(text, &lines_of(text))
            .iter()
            .flat_map(|t| table_items(text, t, known))
            .map(|a| {
                let value = match a.value {
                    Value::AgendaItem(v) => format!("item {} {}", v.number, v.title),
                    Value::AgendaRef(r) => format!("ref {}", r.items.join(",")),
                    _ => String::new(),
                };
                (text[a.span.range()].to_owned(), value)
            })
            .collect()
    }

    fn pairs(want: &[(&str, &str)]) -> Vec<(String, String)> {
        want.iter().map(|(s, v)| (s.to_string(), v.to_string())).collect()
    }

    #[test]
    fn items_of_a_programme_of_work() {
        let text = "Date\tMeeting\tAgenda item\tSubject\nMonday, 7 October\t1st\t\tOrganization of work\n\t2nd\t109\tCrime prevention and criminal justice (continued)\n\t3rd\t110 (continued)\tInternational drug control\n\t4th\t27, 28\tSocial development; Advancement of women\n\t5th\tItems 72 and 73\tRight of peoples to self-determination\n\t6th\t74\t\n\t7th\t68 (a) and (b)\tPromotion of the rights of children; Follow-up to the World Summit\n\t8th\t27 (a)–(c)\tSocial development\n";
        let want = pairs(&[
            ("109\tCrime prevention and criminal justice", "item 109 Crime prevention and criminal justice"),
            ("International drug control", "item 110 International drug control"),
            ("Social development", "item 27 Social development"),
            ("Advancement of women", "item 28 Advancement of women"),
            ("Items 72 and 73", "ref 72,73"),
            ("74", "ref 74"),
            ("Promotion of the rights of children", "item 68(a) Promotion of the rights of children"),
            ("Follow-up to the World Summit", "item 68(b) Follow-up to the World Summit"),
            ("27 (a)–(c)", "ref 27(a),27(b),27(c)"),
        ]);
        assert_eq!(read(text, &Known::new()), want);
    }

    #[test]
    fn title_before_the_item_column_is_the_span() {
        let text = "项目\t日期和时间\t方案\n\t3月14日，星期四\n1\t上午10时至下午1时\t选举主席团成员\n3（续）\t下午3时至6时\t一般性辩论\n";
        assert_eq!(read(text, &Known::new()), pairs(&[("选举主席团成员", "item 1 选举主席团成员"), ("一般性辩论", "item 3 一般性辩论")]));
    }

    #[test]
    fn the_agenda_list_decides_numbers_and_titles() {
        let known: Known = [("1(a)", "会议开幕"), ("7", "关于后续行动"), ("8", "其他事项"), ("9", "第十届会议临时议程")].iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        let text = "日期\t时间\t项目\t标题或说明\n12月13日\t上午10时至下午1时\t1(a)\t会议开幕\n\t\t2\t不在议程上\n\t下午5时至7时\t7\t(b)关于后续行动\n\t\t8和9\t其他事项 第十届会议临时议程\n";
        let want = pairs(&[("1(a)\t会议开幕", "item 1(a) 会议开幕"), ("7\t(b)关于后续行动", "item 7 关于后续行动"), ("其他事项", "item 8 其他事项"), ("第十届会议临时议程", "item 9 第十届会议临时议程")]);
        assert_eq!(read(text, &known), want);
    }

    #[test]
    fn a_title_wrapped_onto_title_only_rows_goes_on() {
        let head = "日期和时间\t项目\t标题或说明\n";
        let cases: [(&str, Vec<(&str, &str)>); 5] = [
            // A title-only row right below goes on with the title, over one line or two.
            ("上午10时至下午1时\t4\t专题讨论：加强国际合作打击\n\t\t危害环境的犯罪\n", vec![("4\t专题讨论：加强国际合作打击\n\t\t危害环境的犯罪", "item 4 专题讨论：加强国际合作打击危害环境的犯罪")]),
            ("\t5\tReview of implementation of the\n\t\tUnited Nations Convention\n\t\tagainst Corruption\n", vec![("5\tReview of implementation of the\n\t\tUnited Nations Convention\n\t\tagainst Corruption", "item 5 Review of implementation of the United Nations Convention against Corruption")]),
            // A title closed by a bracket or a stop is whole: the row below is a note.
            ("\t3\t一般性辩论（续）\n\t\t午餐休会\n", vec![("3\t一般性辩论", "item 3 一般性辩论")]),
            ("\t3\tGeneral debate.\n\t\tLunch break\n", vec![("3\tGeneral debate", "item 3 General debate")]),
            // A blank line or a row of its own (a time) ends the title.
            ("\t2\t通过议程和\n\n\t\t其他组织事项\n\t3\t一般性辩论\n下午3时至6时\t\t非正式磋商\n", vec![("2\t通过议程和", "item 2 通过议程和"), ("3\t一般性辩论", "item 3 一般性辩论")]),
        ];
        for (rows, want) in cases {
            let text = format!("{head}{rows}");
            assert_eq!(read(&text, &Known::new()), pairs(&want), "{rows}");
        }
    }
}
