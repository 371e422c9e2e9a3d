//! The agenda written out in the paragraph that announces it, as a report
//! quotes the agenda it adopted or PDF text runs the list into one line:
//!
//! ```text
//! 5. 审议组通过了以下议程：1. 组织事项：(a) 会议开幕；(b) 通过议程和安排工作。2. 技术援助。3. 通过报告。
//! ```
//! gives `1. 组织事项`, `(a) 会议开幕`, `(b) 通过议程和安排工作`, `2. 技术援助`
//! and `3. 通过报告`, as the list under a heading would. Read only after a
//! lead sentence (`通过了以下议程：`, `adopted the following agenda:`) whose
//! colon `1.` follows on the same line; items numbered from 1 without gaps,
//! sub-items lettered from (a), each title closed by `；`, `。`, `;` or `.`
//! (or `：`/`:` before its sub-items) right before the next item.
//!
//! Left out: enumerations after any other colon (`以下职能：(a)协助…`), and
//! a run of fewer than two items.

use super::list::ListItem;
use super::line::Line;
use super::title::{clean_end, title_value};
use super::vocabulary::is_lead;
use crate::numerals::{digit_value, parse_decimal};
use crate::span::Span;
use crate::text::{is_space, skip_while};

/// The items of the first agenda written out after a lead sentence on one
/// of `lines`, and the index of the line after it (0 when there is none).
/// Each line is read once; a lead is looked for only at a colon that
/// `1.` follows.
pub(super) fn find_inline(text: &str, lines: &[Line]) -> (Vec<ListItem>, usize) {
    for (i, l) in lines.iter().enumerate() {
        let line = &text[l.start..l.end];
        for (colon, c) in line.match_indices([':', '：']) {
            let after = l.start + colon + c.len();
            let first = skip_while(&text[..l.end], after, is_space);
            if head_at(text, first, l.end, Expect { main: 1, letter: None }).is_none() || !is_lead(&line[..colon + c.len()]) {
                continue;
            }
            let items = parse_run(text, first, l.end);
            if items.iter().filter(|it| it.letter().is_none()).count() >= 2 {
                return (items, i + 1);
            }
        }
    }
    (Vec::new(), 0)
}

/// The numbers an item may take next: item `main`, or sub-item `letter` of
/// the item before.
#[derive(Clone, Copy)]
struct Expect {
    main: u32,
    letter: Option<char>,
}

/// A head read at some offset: the item's number and where its title starts.
struct Head {
    main: u32,
    letter: Option<char>,
    title_start: usize,
}

/// The items written from byte `at` to `end` (one line), as long as each
/// head is the one expected.
fn parse_run(text: &str, mut at: usize, end: usize) -> Vec<ListItem> {
    let mut items = Vec::new();
    let mut expect = Expect { main: 1, letter: None };
    while let Some(head) = head_at(text, at, end, expect) {
        let main = head.main;
        let (main_next, letter_next) = match head.letter {
            Some(c) => (main + 1, char::from_u32(c as u32 + 1)),
            None => (main + 1, Some('a')),
        };
        let next = Expect { main: main_next, letter: letter_next };
        let Some((close, resume)) = title_close(text, head.title_start, end, next) else { break };
        let title_end = clean_end(text, head.title_start, close);
        if title_end <= head.title_start {
            break;
        }
        let title = title_value(text, head.title_start, title_end);
        items.push(ListItem::new(main, head.letter, Span::new(at, title_end), head.title_start, title));
        expect = next;
        at = resume;
    }
    items
}

/// The head of an item at byte `at`: `N.` (N = `expect.main`) or `(x)`
/// (x = `expect.letter`), then blanks.
fn head_at(text: &str, at: usize, end: usize, expect: Expect) -> Option<Head> {
    let rest = text.get(at..end)?;
    let digits: usize = rest.chars().take(3).take_while(|&c| digit_value(c).is_some()).map(char::len_utf8).sum();
    let (main, letter, len) = if digits > 0 {
        let n = parse_decimal(&rest[..digits])?;
        let dot = rest[digits..].chars().next().filter(|c| matches!(c, '.' | '．'))?;
        let after = rest[digits + dot.len_utf8()..].chars().next();
        (n == expect.main && after.and_then(digit_value).is_none()).then_some((n, None, digits + dot.len_utf8()))?
    } else {
        let mut chars = rest.chars();
        let (open, letter, close) = (chars.next()?, chars.next()?, chars.next()?);
        let bracketed = matches!(open, '(' | '（') && matches!(close, ')' | '）');
        let ascii = crate::numerals::to_halfwidth(letter.encode_utf8(&mut [0; 4])).chars().next();
        let len = open.len_utf8() + letter.len_utf8() + close.len_utf8();
        (bracketed && ascii == expect.letter && expect.main > 1).then_some((expect.main - 1, ascii, len))?
    };
    let title_start = skip_while(&text[..end], at + len, is_space);
    (title_start < end).then_some(Head { main, letter, title_start })
}

/// Where the title that starts at `from` closes: its first closing mark
/// (`；`, `。`, `;`, `.` before a blank, or a colon before the next head),
/// with where the next head would start; the end of the line when it has
/// none. A mark that no expected head follows still closes the title: the
/// run ends there.
fn title_close(text: &str, from: usize, end: usize, next: Expect) -> Option<(usize, usize)> {
    for (p, c) in text[from..end].char_indices() {
        if !matches!(c, '；' | '。' | ';' | '.' | ':' | '：') {
            continue;
        }
        let at = from + p;
        let after = at + c.len_utf8();
        let resume = skip_while(&text[..end], after, is_space);
        let closes = match c {
            '；' | '。' | ';' => true,
            '.' => resume > after || after == end,
            ':' | '：' => head_at(text, resume, end, next).is_some() || head_at(text, resume, end, Expect { main: next.main, letter: None }).is_some(),
            _ => false,
        };
        if closes {
            return Some((at, resume));
        }
    }
    Some((end, end))
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{items, t};

    #[test]
    fn agenda_quoted_in_the_paragraph_that_adopts_it() {
        let text = "5. 审议组通过了以下议程：1. 组织事项：(a) 会议开幕；(b) 通过议程和安排工作。2. 技术援助。3. 通过报告。\n\n6. 在同次会议上，审议组核准了工作安排。\n";
        let want = vec![
            t("1. 组织事项", "1", "组织事项"),
            t("(a) 会议开幕", "1(a)", "会议开幕"),
            t("(b) 通过议程和安排工作", "1(b)", "通过议程和安排工作"),
            t("2. 技术援助", "2", "技术援助"),
            t("3. 通过报告", "3", "通过报告"),
        ];
        assert_eq!(items(text), want);
        let text = "审议组通过了以下议程：１．组织事项：（ａ）会议开幕。２．通过报告。\n";
        let want = vec![t("１．组织事项", "1", "组织事项"), t("（ａ）会议开幕", "1(a)", "会议开幕"), t("２．通过报告", "2", "通过报告")];
        assert_eq!(items(text), want);
        let text = "4. The Working Group adopted the following agenda: 1. Opening of the meeting. 2. Adoption of the agenda. 3. Adoption of the report. The meeting was then suspended.\n";
        let want = vec![
            t("1. Opening of the meeting", "1", "Opening of the meeting"),
            t("2. Adoption of the agenda", "2", "Adoption of the agenda"),
            t("3. Adoption of the report", "3", "Adoption of the report"),
        ];
        assert_eq!(items(text), want);
    }

    #[test]
    fn not_an_agenda_written_out() {
        for text in [
            // An enumeration after a colon that announces no agenda.
            "专家会议应当发挥以下职能：1. 协助缔约国会议；2. 提供咨询意见。\n",
            // One item only; numbers that do not start at 1 or skip one.
            "审议组通过了以下议程：1. 会议开幕。\n",
            "审议组通过了以下议程：2. 会议开幕。3. 通过报告。\n",
            "审议组通过了以下议程：1. 会议开幕。3. 通过报告。\n",
            "The Group adopted the following agenda: 1.5 million. 2. Other matters.\n",
        ] {
            assert_eq!(items(text), vec![], "{text}");
        }
    }
}
