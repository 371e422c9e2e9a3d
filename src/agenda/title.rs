//! An item's title: where it ends once continuation marks (`（续）`,
//! `(continued)`), trailing punctuation and footnote markers (`^a`, ` b`,
//! `*`) are taken off; its value on one line; the key two titles are
//! compared by (`《公约》` and `“公约”` are the same); and a title followed
//! across line breaks while it stays the one the list gives.
//!
//! Left out: a bracket that is part of the title (`Review of implementation
//! (chapter II)`) stays in it.

use super::cells::ROW_HEAD;
use super::head::{parse_head, ITEM_HEAD};
use super::line::{is_blank, Line, PAGE_FURNITURE};
use super::WS;
use crate::text::{is_cjk, is_space, is_ws};

/// The end of a title once trailing spaces, punctuation, continuation marks
/// (`（续）`, `(continued)`) and footnote markers (`^a`, `:a`, ` b`, `*`, `＊`) are
/// taken off.
pub(super) fn clean_end(text: &str, start: usize, end: usize) -> usize {
    let mut end = end;
    loop {
        let t = text[start..end].trim_end_matches(is_ws);
        let mut e = start + t.len();
        for suffix in ["(续)", "（续）", "（继续讨论）", "(继续讨论)", "(continued)", "(Continued)", "(cont'd)", "(cont.)", "; and", "；以及"] {
            if text[start..e].ends_with(suffix) {
                e -= suffix.len();
            }
        }
        let t = &text[start..e];
        let mut chars = t.chars().rev();
        match (chars.next(), chars.next()) {
            (Some(c @ ('；' | ';' | '。' | '.' | '：' | ':' | '，' | ',' | '*' | '＊')), _) => e -= c.len_utf8(),
            (Some(c), Some(b @ ('^' | ':' | '：'))) if c.is_ascii_lowercase() => e -= 1 + b.len_utf8(),
            (Some(c), Some(')' | '）')) if c.is_ascii_lowercase() => e -= 1,
            (Some(c), Some(b)) if c.is_ascii_lowercase() && is_space(b) && t.chars().count() > 3 => e -= 1,
            // `…administrative proceedings.1`: a footnote number after the
            // title's full stop (a word's, not a number's: `section 2.1`).
            (Some(c), _) if c.is_ascii_digit() => {
                let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                let head = &t[..t.len() - digits];
                let mut back = head.chars().rev();
                if digits <= 2 && matches!(back.next(), Some('.' | ';')) && back.next().is_some_and(|b| b.is_alphabetic() || b == ')') {
                    e -= digits;
                }
            }
            _ => {}
        }
        if e == end {
            return end;
        }
        end = e;
    }
}

/// The end of a heading's title before the documents bracketed after it
/// (`… (continued) (CAC/COSP/2023/2 and CAC/COSP/2023/3)`): a last bracket
/// that holds a symbol's slash. A cover's title line (`经济及社会理事会的报告（A/80/3 和
/// A/80/3/Add.1）`) and a record's heading leave them out alike.
pub(super) fn without_documents(text: &str, start: usize, end: usize) -> usize {
    let t = text[start..end].trim_end_matches(|c: char| WS.contains(c));
    if !t.ends_with([')', '）']) {
        return end;
    }
    match t.rfind(['(', '（']) {
        Some(open) if open > 0 && t[open..].contains('/') => start + open,
        _ => end,
    }
}

/// What joins the names of a list: `、`, `和`, a comma, `and`.
const NAME_JOINERS: &[&str] = &["、", "和", "及", "以及", "与", "，", ",", "and", ", and"];

/// True when `title` is only names the gazetteer knows (States,
/// organisations, cities) joined by [`NAME_JOINERS`]: a journal's list of
/// speakers under an item (`巴西、印度尼西亚、尼日利亚、欧洲联盟`), not the
/// item's title. One organisation alone stays a title; one State does not.
pub(super) fn is_name_list(title: &str) -> bool {
    let hits = crate::gazetteer::scan(title);
    let Some(first) = hits.first() else { return false };
    // `and the European Union`: an article before a name is part of the joint.
    let joined = |gap: &str| {
        let gap = gap.trim_matches(is_ws);
        let gap = gap.strip_suffix("the").filter(|g| g.is_empty() || g.ends_with(is_ws)).unwrap_or(gap).trim_matches(is_ws);
        gap.is_empty() || NAME_JOINERS.contains(&gap)
    };
    let mut at = 0;
    for h in &hits {
        if !title.get(at..h.span.start).is_some_and(joined) {
            return false;
        }
        at = h.span.end;
    }
    let whole = !NAME_JOINERS.contains(&title[..first.span.start].trim_matches(is_ws)) && title.get(at..).is_some_and(|t| t.trim_matches(is_ws).is_empty());
    whole && (hits.len() >= 2 || matches!(first.entry, crate::gazetteer::Entry::State(_)))
}

/// The key a title is compared by: letters, digits and ideographs only,
/// ASCII lowercased — spacing, punctuation and quote styles (`《》`, `“”`,
/// full-width brackets) do not make two titles differ.
pub(super) fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// The title as one line: line breaks removed, a space kept between words
/// of alphabetic scripts, and the running header and footer of a page break
/// inside it left out (`…审议机制的运作` / `V.26-04567 1/9` / `CTOC/COP/2026/1` / `情况。`).
pub(super) fn join_title(s: &str) -> String {
    let mut out = String::new();
    let furniture = |p: &str| p.starts_with(|c: char| c.is_ascii_alphanumeric()) && PAGE_FURNITURE.is_match(p);
    for piece in s.split('\n').map(|p| p.trim_matches(is_ws)).filter(|p| !p.is_empty()) {
        if !out.is_empty() && furniture(piece) {
            continue;
        }
        let wide = |c: char| is_cjk(c) || c >= '\u{2E80}';
        if let (Some(a), Some(b)) = (out.chars().last(), piece.chars().next()) {
            if !wide(a) && !wide(b) {
                out.push(' ');
            }
        }
        out.push_str(piece);
    }
    out
}

/// The title written at `start..end` as one line, a stray sub-item letter
/// before it left out.
pub(super) fn title_value(text: &str, start: usize, end: usize) -> String {
    let raw = join_title(&text[start..end]);
    // A stray sub-item letter before the title (`7\t(b)关于…`) is not part of it.
    match ITEM_HEAD.captures(&raw).and_then(|c| c.get(2).and(c.get(0))) {
        Some(m) if m.end() < raw.len() => raw[m.end()..].to_owned(),
        _ => raw,
    }
}

/// Follows a title from `start` on line `li` across line breaks while it
/// stays a prefix of `known` (normalised). Returns the end of the title and
/// whether it equals `known`; `None` when the first line already differs.
pub(super) fn follow_title(text: &str, lines: &[Line], li: usize, start: usize, known: &str, wrap: bool) -> Option<(usize, usize, bool)> {
    let mut acc = String::new();
    let mut idx = li;
    let mut seg = start;
    let mut best = None;
    loop {
        let l = lines[idx];
        let end = clean_end(text, seg, l.end);
        if end <= seg {
            break;
        }
        acc.push_str(&norm(&text[seg..end]));
        if acc == known {
            return Some((end, idx, true));
        }
        if acc.is_empty() || !known.starts_with(&acc) {
            break;
        }
        best = Some((end, idx, false));
        if !wrap {
            break;
        }
        let mut j = idx + 1;
        while lines.get(j).is_some_and(|l| is_blank(text, *l)) && j - idx <= 3 {
            j += 1;
        }
        let Some(&next) = lines.get(j) else { break };
        if is_blank(text, next) || parse_head(text, next).is_some() || ROW_HEAD.is_match(&text[next.start..next.end]) {
            break;
        }
        seg = next.content_start(text);
        idx = j;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_cleaned() {
        let cases = [
            ("技术援助（续） ^a", "技术援助"),
            ("专题讨论:a", "专题讨论"),
            ("技术援助 b ", "技术援助"),
            ("组织事项：", "组织事项"),
            ("Election of officers; and", "Election of officers"),
            ("Other matters (continued)*", "Other matters"),
            ("General debate (cont'd)", "General debate"),
            ("General debate (cont.)", "General debate"),
            ("Review of implementation (continued)a", "Review of implementation"),
            ("Review of implementation (chapter II)", "Review of implementation (chapter II)"),
            ("Thematic discussion on civil and administrative\nproceedings.1", "Thematic discussion on civil and administrative\nproceedings"),
            ("Review of chapter II (Preventive measures).12", "Review of chapter II (Preventive measures)"),
            ("Implementation of section 2.1", "Implementation of section 2.1"),
            ("Adoption of the report;3", "Adoption of the report"),
        ];
        for (s, want) in cases {
            assert_eq!(&s[..clean_end(s, 0, s.len())], want, "{s}");
        }
    }

    #[test]
    fn titles_join_across_lines_and_page_breaks() {
        let cases = [
            ("审议机制的运作\n\n情况", "审议机制的运作情况"),
            ("审议机制的运作\n\nV.26-04567\t1/9\n\nCTOC/COP/2026/1\n\n情况", "审议机制的运作情况"),
            ("Review of the\n2/15 V.22-28571\nmechanism", "Review of the mechanism"),
            // A title's own line that only looks like a symbol stays, first or not.
            ("E/CN.7/2026/1", "E/CN.7/2026/1"),
            ("Reports of\n2026 and 2027", "Reports of 2026 and 2027"),
        ];
        for (s, want) in cases {
            assert_eq!(join_title(s), want, "{s}");
        }
    }
}
