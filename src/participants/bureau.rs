//! The role cell of a row of a bureau table in Chinese: `主席：\tMariano
//! García（秘鲁）` gives `主席` (`主席\t`, without its colon, too); a
//! continuation row whose first cell is empty (`\tPieter de Vries（荷兰）`
//! under `副主席：\tFatima Nasser（约旦）`) takes the role of the row above.
//!
//! Deliberately left out: a first cell that does not end with a role noun
//! of `data/roles.tsv` (`项目：\t…`), one longer than 12 characters or not all
//! ideographs, and rows more than [`TABLE_ROLE_LINES`] lines or
//! [`TABLE_ROW`] bytes back.

use crate::text::{is_cjk, is_space, is_ws};

/// Most lines a bureau table's continuation row looks up for its role.
const TABLE_ROLE_LINES: usize = 6;

/// The role cell of a bureau table row (`主席：\tMariano García（秘鲁）`), or of
/// the row above for a row whose role cell is empty (`\tPieter de Vries`
/// under `副主席：\tFatima Nasser`).
pub(super) fn table_role(text: &str, i: usize) -> Option<String> {
    let mut s = row_start(text, i)?;
    // `主席：\t`, or a role cell without its colon (`主席\t`).
    let cell = |s: usize, e: usize| -> Option<String> {
        let raw = text.get(s..e)?;
        let head = raw.trim_matches(is_space);
        let tabbed = raw.trim_end_matches(' ').ends_with('\t');
        let role = head.strip_suffix(['：', ':']).or(tabbed.then_some(head))?.trim_matches(is_space);
        (crate::roles::chinese_nouns().iter().any(|r| role.ends_with(r)) && role.chars().count() <= 12 && role.chars().all(|c| is_cjk(c) && !is_ws(c))).then(|| role.to_string())
    };
    let head = text.get(s..i)?;
    if !head.trim_matches(is_space).is_empty() {
        return cell(s, i);
    }
    if !head.contains('\t') {
        return None;
    }
    for _ in 0..TABLE_ROLE_LINES {
        // The row above ends at the line break before `s`.
        let pe = s.checked_sub(1)?;
        let ps = row_start(text, pe)?;
        s = ps;
        let line = text.get(ps..pe)?;
        if line.trim_matches(is_ws).is_empty() {
            continue;
        }
        let tab = line.find('\t')?;
        if !line[..tab].trim_matches(is_space).is_empty() {
            return cell(ps, ps + tab + 1);
        }
    }
    None
}

/// Longest table row, in bytes, read back from a name for its role cell.
const TABLE_ROW: usize = 300;

/// Where the line holding byte `i` starts, when that is at most
/// [`TABLE_ROW`] bytes back: a bounded look-back that keeps the search for
/// role cells linear on text without line breaks.
fn row_start(text: &str, i: usize) -> Option<usize> {
    let i = crate::text::floor_boundary(text, i);
    let lo = crate::text::floor_boundary(text, i.saturating_sub(TABLE_ROW));
    match text[lo..i].rfind('\n') {
        Some(p) => Some(lo + p + 1),
        None => (lo == 0).then_some(0),
    }
}
