//! Schedule tables found by their header row, whatever the heading above
//! them: a programme of work of a General Assembly Main Committee or an
//! organization of work of the Human Rights Council, the CND or the CCPCJ,
//! tab-separated, in markdown-like pipes or aligned with spaces.
//!
//! ```text
//! Date → Meeting → Agenda item → Subject
//! Monday, 7 October → 1st →  → Organization of work
//!  → 2nd → 109 → Crime prevention and criminal justice
//! ```
//! (`→` a tab) is a table of two rows: the header's cells, read from
//! `data/schedule_columns.tsv`, say which column holds the date, the time,
//! the meeting, the item numbers and the titles, so the columns may come in
//! any order. A row is a line of cells (an empty cell keeps its place) or a
//! date or time alone on its line (`Monday, 14 March`); in a space-aligned
//! table a cell belongs to the column whose header starts nearest to it,
//! and a line holding only a title cell carries on the title above. The
//! table ends at the first line that is neither, or at the header of
//! another table (`Documentation → Symbol`).
//!
//! Left out: a header with a cell the vocabulary does not know (`Amount`,
//! `Delegations present`), or without both a "when" column (time, meeting,
//! or a date next to an item column) and a "what" column (item, title):
//! budget and attendance tables and lists of letters (`Date → Title`) are
//! no schedules.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::cells::{is_date, is_parted_weekday, is_time};
use super::line::{is_blank, Line, PAGE_FURNITURE};
use super::vocabulary::HEADING_BYTES;
use crate::span::Span;
use crate::text::is_ws;

/// What a column of a schedule table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The day of the row.
    Date,
    /// The time span.
    Time,
    /// A day (on a row of its own) or a time span.
    DateTime,
    /// The meeting number: each one starts a new row of the schedule.
    Meeting,
    /// Agenda item numbers.
    Item,
    /// Titles of the items, or the subject of the meeting.
    Title,
    /// A column the schedule does not read.
    Other,
}

/// The header vocabulary of `data/schedule_columns.tsv`: ASCII-lowercased cell → column.
static COLUMNS: LazyLock<HashMap<String, Column>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for line in include_str!("../data/schedule_columns.tsv").lines().filter(|l| !l.starts_with('#')) {
        let Some((kind, header)) = line.split_once('\t') else { continue };
        let column = match kind {
            "date" => Column::Date,
            "time" => Column::Time,
            "date_time" => Column::DateTime,
            "meeting" => Column::Meeting,
            "item" => Column::Item,
            "title" => Column::Title,
            "other" => Column::Other,
            _ => continue,
        };
        out.insert(header.trim().to_ascii_lowercase(), column);
    }
    out
});

/// How the cells of a table's lines are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    /// By tabs; a cell's column is its index.
    Tabs,
    /// By `|`, markdown-like; a cell's column is its index.
    Pipes,
    /// By runs of two or more spaces; a cell's column is the header cell
    /// starting nearest to it.
    Spaces,
}

/// A cell of a line: its byte span (trimmed, perhaps empty) and where it
/// starts, in characters from the start of the line.
#[derive(Clone, Copy, Debug)]
struct Piece {
    span: Span,
    at: usize,
}

/// One row of a schedule table: its non-empty cells with their columns.
#[derive(Clone, Debug)]
pub struct Row {
    /// The row's lines, from the start of its first to the end of its last.
    pub span: Span,
    /// Non-empty cells, in order, trimmed.
    pub cells: Vec<(Column, Span)>,
}

impl Row {
    /// The first non-empty cell of `column`.
    pub fn cell(&self, column: Column) -> Option<Span> {
        self.cells.iter().find(|(c, _)| *c == column).map(|(_, s)| *s)
    }

    /// True when the row holds only a title cell and stands on the line
    /// right after the one ending at `above`, whose title does not end in a
    /// full stop or a bracket (`Crime prevention (continued)` is whole): it
    /// goes on with the title above, broken by the PDF (`4\t专题讨论：加强国际合作打击`
    /// / `\t\t危害环境的犯罪`). The schedule and the items both read it so.
    pub fn carries_title(&self, text: &str, above: usize) -> bool {
        let between = text.get(above..self.span.start).unwrap_or("\n\n");
        let closed = text[..above].trim_end().ends_with(['.', '。', ')', '）', ';', '；']);
        !closed && between.matches('\n').count() == 1 && self.cells.iter().all(|(c, _)| *c == Column::Title)
    }
}

/// A schedule table: the columns its header names and its rows.
#[derive(Clone, Debug)]
pub struct Table {
    /// The header line.
    pub header: Span,
    /// The columns, in the header's order.
    pub columns: Vec<Column>,
    /// The rows under the header.
    pub rows: Vec<Row>,
}

impl Table {
    /// Whether the table's header stands inside `span` (then the table is
    /// the one under that organization-of-work heading, read by its columns).
    pub fn stands_in(&self, span: Span) -> bool {
        span.start <= self.header.start && self.header.start < span.end
    }

    /// Whether the title column comes right after the item column (the
    /// span of an item then runs from its number to its title, `1\tOpening`).
    pub fn title_follows_item(&self) -> bool {
        self.columns.windows(2).any(|w| w == [Column::Item, Column::Title])
    }
}

/// The cells of line `l`, split as `layout` says.
fn pieces(text: &str, l: Line, layout: Layout) -> Vec<Piece> {
    let line = &text[l.start..l.end];
    let mut out = Vec::new();
    let mut push = |from: usize, to: usize, at: usize| {
        let raw = &line[from..to];
        let lead = raw.len() - raw.trim_start_matches(is_ws).len();
        let body = raw.trim_matches(is_ws);
        let start = l.start + from + lead;
        out.push(Piece { span: Span::new(start, start + body.len()), at });
    };
    match layout {
        Layout::Tabs | Layout::Pipes => {
            let sep = if layout == Layout::Tabs { '\t' } else { '|' };
            let body = if layout == Layout::Pipes { line.trim_end_matches(is_ws) } else { line };
            let mut from = 0;
            for (i, c) in body.char_indices().filter(|(_, c)| *c == sep) {
                push(from, i, 0);
                from = i + c.len_utf8();
            }
            push(from, body.len(), 0);
            if layout == Layout::Pipes {
                // The pipes at both ends enclose the cells.
                if line.trim_start_matches(is_ws).starts_with('|') && !out.is_empty() {
                    out.remove(0);
                }
                if body.ends_with('|') {
                    out.pop();
                }
            }
        }
        Layout::Spaces => {
            // A cell ends where two spaces (or a full-width one) start.
            let mut from: Option<(usize, usize)> = None;
            let mut gap = 0;
            let mut prev_end = 0;
            let mut col = 0;
            for (i, c) in line.char_indices() {
                let at = col;
                col += width(c);
                if c == ' ' || c == '\u{3000}' || c == '\u{a0}' {
                    gap += width(c);
                    if gap >= 2 {
                        if let Some((s, at)) = from.take() {
                            push(s, prev_end, at);
                        }
                    }
                    continue;
                }
                gap = 0;
                if from.is_none() {
                    from = Some((i, at));
                }
                prev_end = i + c.len_utf8();
            }
            if let Some((s, at)) = from {
                push(s, prev_end, at);
            }
        }
    }
    out
}

/// The columns character `c` takes in an aligned table: two for ideographs
/// and full-width forms (which is how `10月3日，星期四` lines up with the
/// cells under it), one for the rest.
fn width(c: char) -> usize {
    if ('\u{2E80}'..='\u{A4CF}').contains(&c) || ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{F900}'..='\u{FAFF}').contains(&c) || ('\u{FF00}'..='\u{FF60}').contains(&c) {
        2
    } else {
        1
    }
}

/// The layout line `l` is written in, if it has cells at all.
fn layout_of(text: &str, l: Line) -> Option<Layout> {
    let line = &text[l.start..l.end];
    if line.trim_start_matches(is_ws).starts_with('|') {
        Some(Layout::Pipes)
    } else if line.contains('\t') {
        Some(Layout::Tabs)
    } else if line.trim_matches(is_ws).contains("  ") || line.trim_matches(is_ws).contains('\u{3000}') {
        Some(Layout::Spaces)
    } else {
        None
    }
}

/// The cells of line `l` read as a header: its layout, each cell's column
/// (`None` for a cell the vocabulary does not know) and where it starts.
fn header_cells(text: &str, l: Line) -> Option<(Layout, Vec<Option<Column>>, Vec<usize>)> {
    if l.end - l.start > HEADING_BYTES {
        return None;
    }
    let layout = layout_of(text, l)?;
    let cells = pieces(text, l, layout);
    let mut columns = Vec::with_capacity(cells.len());
    let mut starts = Vec::with_capacity(cells.len());
    for p in &cells {
        let c = &text[p.span.range()];
        if c.is_empty() {
            if layout == Layout::Spaces {
                continue;
            }
            columns.push(Some(Column::Other));
        } else {
            columns.push(COLUMNS.get(&c.to_ascii_lowercase()).copied());
        }
        starts.push(p.at);
    }
    Some((layout, columns, starts))
}

/// Whether `columns` say when (a time or meeting, or a date of agenda
/// items) and what (an item or title). A date and a title alone make a
/// list of documents or letters (`Date → Title`), not a schedule.
fn says_when_and_what(columns: &[Option<Column>]) -> bool {
    let has = |column: Column| columns.contains(&Some(column));
    let when = has(Column::Time) || has(Column::DateTime) || has(Column::Meeting) || (has(Column::Date) && has(Column::Item));
    when && (has(Column::Item) || has(Column::Title))
}

/// The header on line `l`: its layout, its columns and where each starts.
fn header(text: &str, l: Line) -> Option<(Layout, Vec<Column>, Vec<usize>)> {
    // Header cells are words; rows have digits (dates, times, items), and are passed over at once.
    if text[l.start..l.end].bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (layout, columns, starts) = header_cells(text, l)?;
    if !says_when_and_what(&columns) {
        return None;
    }
    Some((layout, columns.into_iter().collect::<Option<_>>()?, starts))
}

/// The header written on two lines, `top` over `l` (`Date and\tAgenda`
/// over `time\titem\tTitle`): each cell of `top` joined to the cell of `l`
/// under it (the same place in tabs and pipes, the nearest start in
/// aligned spaces), the whole read as one header.
fn two_line_header(text: &str, top: Line, l: Line) -> Option<(Layout, Vec<Column>, Vec<usize>)> {
    let words_only = |x: Line| x.end - x.start <= HEADING_BYTES && !text[x.start..x.end].bytes().any(|b| b.is_ascii_digit());
    if !words_only(top) || !words_only(l) {
        return None;
    }
    let layout = layout_of(text, l)?;
    if layout_of(text, top) != Some(layout) {
        return None;
    }
    let low: Vec<Piece> = pieces(text, l, layout).into_iter().filter(|p| layout != Layout::Spaces || !p.span.is_empty()).collect();
    let starts: Vec<usize> = low.iter().map(|p| p.at).collect();
    let mut joined: Vec<String> = vec![String::new(); low.len()];
    for (k, p) in pieces(text, top, layout).iter().enumerate().filter(|(_, p)| !p.span.is_empty()) {
        let j = if layout == Layout::Spaces { nearest(&starts, p.at) } else { k };
        joined.get_mut(j)?.push_str(&text[p.span.range()]);
    }
    let mut columns = Vec::with_capacity(low.len());
    for (cell, p) in joined.iter_mut().zip(&low) {
        let under = &text[p.span.range()];
        // Words of two lines join with a space (`Date and` `time`), ideographs without (`日期和` `时间`).
        if cell.ends_with(|c: char| c.is_ascii_alphabetic()) && under.starts_with(|c: char| c.is_ascii_alphabetic()) {
            cell.push(' ');
        }
        cell.push_str(under);
        columns.push(if cell.is_empty() { Some(Column::Other) } else { COLUMNS.get(&cell.to_ascii_lowercase()).copied() });
    }
    if !says_when_and_what(&columns) {
        return None;
    }
    Some((layout, columns.into_iter().collect::<Option<_>>()?, starts))
}

/// Whether lines `top` and `l` are the header of a schedule written on two
/// lines (see [`two_line_header`]).
pub(super) fn heads_schedule_on_two_lines(text: &str, top: Line, l: Line) -> bool {
    two_line_header(text, top, l).is_some()
}

/// Whether line `l` is the header of a table that is no schedule: two
/// cells or more, all words, that do not say both when and what
/// (`Item → Description → Amount`, `Date → Meeting → Delegations present`).
pub(super) fn heads_other_table(text: &str, l: Line) -> bool {
    let Some((layout, columns, _)) = header_cells(text, l) else { return false };
    let cells = pieces(text, l, layout);
    let words = cells.iter().map(|p| &text[p.span.range()]).filter(|c| !c.is_empty());
    let word = |c: &str| c.contains(char::is_alphabetic) && !c.contains(|ch: char| ch.is_ascii_digit());
    words.clone().count() >= 2 && words.clone().all(word) && !says_when_and_what(&columns)
}

/// The column of the header starting nearest to character `at`.
fn nearest(starts: &[usize], at: usize) -> usize {
    let mut best = 0;
    for (j, s) in starts.iter().enumerate() {
        if s.abs_diff(at) < starts[best].abs_diff(at) {
            best = j;
        }
    }
    best
}

/// The schedule tables of the text, each from its header row to its last
/// row. One pass over the lines.
pub(super) fn tables(text: &str, lines: &[Line]) -> Vec<Table> {
    let mut out = Vec::new();
    let mut open: Option<(Layout, Vec<usize>, Table)> = None;
    // The line before: the top of a header written on two lines.
    let mut top: Option<Line> = None;
    for &l in lines {
        if is_blank(text, l) {
            continue;
        }
        // The two lines first: the lower alone may read as another header (`time\titem\tTitle`).
        let found = top.and_then(|t| Some((two_line_header(text, t, l)?, t.start))).or_else(|| header(text, l).map(|h| (h, l.start)));
        if let Some(((layout, columns, starts), from)) = found {
            out.extend(open.take().map(|(_, _, t)| t));
            open = Some((layout, starts, Table { header: Span::new(from, l.end), columns, rows: Vec::new() }));
            top = None;
            continue;
        }
        top = Some(l);
        let Some((layout, starts, table)) = open.as_mut() else { continue };
        // A page's running header or footer interrupts no table.
        if PAGE_FURNITURE.is_match(&text[l.start..l.end]) {
            continue;
        }
        // The header of another table (`Documentation → Symbol`) ends this one.
        if heads_other_table(text, l) || !read_row(text, l, *layout, starts, table) {
            out.extend(open.take().map(|(_, _, t)| t));
        }
    }
    out.extend(open.map(|(_, _, t)| t));
    out.retain(|t| !t.rows.is_empty());
    out
}

/// Reads line `l` into `table`: a new row, or the title of the last one
/// carried on. False when the line is no part of the table.
fn read_row(text: &str, l: Line, layout: Layout, starts: &[usize], table: &mut Table) -> bool {
    let line = &text[l.start..l.end];
    let own = layout_of(text, l);
    if layout == Layout::Pipes && own == Some(Layout::Pipes) && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t')) {
        // The markdown rule under the header.
        return true;
    }
    let span = Span::new(l.content_start(text), l.end);
    if own != Some(layout) {
        // A date or time alone on its line is a row of any layout, in the column that holds it;
        // so is a weekday the line parts from its day (`Tuesday,` / `19 May`).
        let column = if is_date(line) || is_parted_weekday(line) {
            table.columns.iter().copied().find(|c| matches!(c, Column::DateTime | Column::Date))
        } else if is_time(line) {
            table.columns.iter().copied().find(|c| matches!(c, Column::DateTime | Column::Time))
        } else {
            None
        };
        if let Some(column) = column {
            table.rows.push(Row { span, cells: vec![(column, span)] });
            return true;
        }
        return layout == Layout::Spaces && own.is_none() && carry_title(text, l, starts, table);
    }
    let mut cells = Vec::new();
    for (i, p) in pieces(text, l, layout).into_iter().enumerate() {
        if p.span.start == p.span.end {
            continue;
        }
        let j = if layout == Layout::Spaces { nearest(starts, p.at) } else { i };
        cells.push((table.columns.get(j).copied().unwrap_or(Column::Other), p.span));
    }
    if !cells.is_empty() {
        table.rows.push(Row { span, cells });
    }
    true
}

/// In a table aligned with spaces, line `l` of one cell under the title
/// column carries on the title of the row above (`Adoption of the agenda
/// and other organizational` / `matters`). False when it does not.
fn carry_title(text: &str, l: Line, starts: &[usize], table: &mut Table) -> bool {
    let Some(piece) = pieces(text, l, Layout::Spaces).into_iter().find(|p| p.span.start < p.span.end) else { return false };
    let Some(last) = table.rows.last_mut() else { return false };
    if table.columns.get(nearest(starts, piece.at)) != Some(&Column::Title) || last.cell(Column::Title).is_none() {
        return false;
    }
    for cell in last.cells.iter_mut().filter(|(c, _)| *c == Column::Title) {
        cell.1 = Span::new(cell.1.start, piece.span.end);
    }
    last.span = Span::new(last.span.start, piece.span.end);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::line::lines_of;

    /// The tables of `text`, each row as `column: cell text` pairs.
    fn read(text: &str) -> Vec<Vec<Vec<(Column, &str)>>> {
        tables(text, &lines_of(text))
            .into_iter()
            .map(|t| t.rows.iter().map(|r| r.cells.iter().map(|(c, s)| (*c, &text[s.range()])).collect()).collect())
            .collect()
    }

    use Column::{Date, DateTime, Item, Meeting, Time, Title};

    #[test]
    fn tab_pipe_and_space_layouts() {
        let tabs = "Date\tMeeting\tAgenda item\tSubject\nMonday, 7 October\t1st\t\tOrganization of work\n\t2nd\t109\tCrime prevention\n\nThe Committee will meet.\n\t3rd\t110\tNot in the table\n";
        assert_eq!(
            read(tabs),
            vec![vec![
                vec![(Date, "Monday, 7 October"), (Meeting, "1st"), (Title, "Organization of work")],
                vec![(Meeting, "2nd"), (Item, "109"), (Title, "Crime prevention")],
            ]]
        );
        let pipes = "| Date | Meeting | Item | Subject |\n|---|---|---|---|\n| Monday, 7 October | 1st | | Organization of work |\n| | 2nd | 109 | Crime prevention |\n";
        assert_eq!(read(pipes), read(tabs));
        let spaces = "Date                Meeting   Agenda item   Subject\nMonday, 7 October   1st                     Organization of work\n                    2nd       109           Crime prevention and\n                                            criminal justice\n                    3rd\nThe Committee will meet.\n";
        let got = read(spaces);
        assert_eq!(got[0][1], vec![(Meeting, "2nd"), (Item, "109"), (Title, "Crime prevention and\n                                            criminal justice")]);
        // A cell alone under another column carries nothing on and ends the table.
        assert_eq!(got[0].len(), 2);
    }

    #[test]
    fn a_date_or_time_alone_goes_to_its_own_column() {
        let text = "Date\tTime\tItem\tSubject\nMonday, 14 March\n10 a.m.-1 p.m.\n\t\t1\tOpening\n";
        assert_eq!(read(text), vec![vec![vec![(Date, "Monday, 14 March")], vec![(Time, "10 a.m.-1 p.m.")], vec![(Item, "1"), (Title, "Opening")]]]);
        // Aligned with spaces, too.
        let text = "Date                Time             Item   Subject\n                    10 a.m.-1 p.m.\n                                     1      Opening\n";
        assert_eq!(read(text), vec![vec![vec![(Time, "10 a.m.-1 p.m.")], vec![(Item, "1"), (Title, "Opening")]]]);
        // A table with no column for it ends there.
        let text = "Meeting\tItem\tSubject\n1st\t1\tOpening\nMonday, 14 March\n\t2\tElection\n";
        assert_eq!(read(text), vec![vec![vec![(Meeting, "1st"), (Item, "1"), (Title, "Opening")]]]);
    }

    #[test]
    fn the_header_of_another_table_ends_the_table() {
        let text = "Date and time      Item   Programme\n3-6 p.m.           3      General debate\n\nDocumentation             Symbol\nProvisional agenda        E/CN.15/2024/1\n";
        assert_eq!(read(text), vec![vec![vec![(DateTime, "3-6 p.m."), (Item, "3"), (Title, "General debate")]]]);
    }

    #[test]
    fn a_header_on_two_lines() {
        let text = "Date and\tAgenda\ntime\titem\tTitle\nMonday, 10 June\n10 a.m.-1 p.m.\t1 (a)\tOpening of the session\n";
        assert_eq!(read(text), vec![vec![vec![(DateTime, "Monday, 10 June")], vec![(DateTime, "10 a.m.-1 p.m."), (Item, "1 (a)"), (Title, "Opening of the session")]]]);
        let spaces = "Date and       Agenda\ntime           item     Title\n3-6 p.m.       3        General debate\n";
        assert_eq!(read(spaces), vec![vec![vec![(DateTime, "3-6 p.m."), (Item, "3"), (Title, "General debate")]]]);
        let zh = "日期和\t\n时间\t项目\t标题\n上午10时至下午1时\t1(a)\t会议开幕\n";
        assert_eq!(read(zh), vec![vec![vec![(DateTime, "上午10时至下午1时"), (Item, "1(a)"), (Title, "会议开幕")]]]);
        // Two lines of a budget table make no schedule.
        assert!(read("Budget\tline\nItem\tAmount\n1\t300\n").is_empty());
    }

    #[test]
    fn ideographs_take_two_columns() {
        let text = "日期              会议      议程项目     议题\n10月4日，星期五   第3次     26           社会发展（续）\n";
        assert_eq!(read(text), vec![vec![vec![(Date, "10月4日，星期五"), (Meeting, "第3次"), (Item, "26"), (Title, "社会发展（续）")]]]);
    }

    #[test]
    fn dates_alone_on_their_line_are_rows() {
        let text = "日期和时间\t项目\t方案\n3月14日，星期一\n上午10时至下午1时\t1\t会议开幕\n\nDate and time\tItem\tProgramme\nMonday, 14 March\t\t\n3-6 p.m.\t3\tGeneral debate\n";
        assert_eq!(
            read(text),
            vec![
                vec![vec![(DateTime, "3月14日，星期一")], vec![(DateTime, "上午10时至下午1时"), (Item, "1"), (Title, "会议开幕")]],
                vec![vec![(DateTime, "Monday, 14 March")], vec![(DateTime, "3-6 p.m."), (Item, "3"), (Title, "General debate")]],
            ]
        );
    }

    #[test]
    fn headers_of_other_tables() {
        let cases = [
            ("Item\tDescription\tAmount (United States dollars)", true),
            ("Date\tMeeting\tDelegations present", true),
            ("| Name | Country |", true),
            // A schedule, even with a column the vocabulary does not know.
            ("Date\tTime\tAgenda item\tTitle/description", false),
            ("Date\tMeeting\tAgenda item\tSubject", false),
            // Rows and text.
            ("1\tConference services\t182 400", false),
            ("Monday, 7 October\t1st\t121", false),
            ("The Committee met twice.", false),
            ("|---|---|---|", false),
        ];
        for (line, want) in cases {
            assert_eq!(heads_other_table(line, Line { start: 0, end: line.len() }), want, "{line}");
        }
    }

    #[test]
    fn columns_in_another_order() {
        let text = "Meeting\tSubject\tItem\tTime\n1st\tOpening\t1\t10 a.m.\n";
        assert_eq!(read(text), vec![vec![vec![(Meeting, "1st"), (Title, "Opening"), (Item, "1"), (Time, "10 a.m.")]]]);
        assert!(!tables(text, &lines_of(text))[0].title_follows_item());
    }

    #[test]
    fn tables_that_are_no_schedules() {
        let cases = [
            // A budget: `Amount` is no schedule column.
            "Item\tDescription\tAmount (United States dollars)\n1\tStaff costs\t2 000\n2\tTravel\t500\n",
            // An attendance table.
            "Date\tMeeting\tDelegations present\nMonday, 7 October\t1st\t45\n",
            // Nothing says when.
            "Item\tTitle\n1\tOpening\n",
            // A list of letters: a date and a title, no item, time or meeting.
            "Date\tTitle\n12 March 2024\tLetter dated 11 March 2024 from the Permanent Representative of Chile\n",
            // A sentence that names columns is no header.
            "The Date and the Subject are given below.\n",
        ];
        for text in cases {
            assert!(read(text).is_empty(), "{text}");
        }
    }
}
