//! The delegations of a Chinese list of participants: after its title
//! (`与会者名单`), a line that is only a State's name (`阿尔及利亚`) opens
//! that State's block, and the persons listed in it (`代表团团长：Ahmed
//! BENALI 先生，常驻代表`, `顾问：王明先生`) are of that State.
//!
//! Deliberately left out: a State written on the same line as its persons
//! (`阿尔及利亚：Ahmed Benali 先生`), and blocks before the list's title
//! (a report's paragraphs are no blocks). A block ends at the next State, at
//! a heading of the list (`签署国`, `政府间组织`, `秘书处`, and `特邀嘉宾` over
//! persons who come for no State) or at a numbered line or annex.

use super::lists::{heading_role, ATTENDANCE_ANNEX};
use crate::gazetteer::{self, Entry};
use crate::span::Span;
use crate::text::is_ws;
use std::sync::LazyLock;

/// The headings over persons who come for no State (`特邀嘉宾`), from the
/// `guests` rows of `data/participant_lists.tsv`.
static GUEST_HEADINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    data_file!("participant_lists.tsv").lines().filter_map(|l| l.strip_prefix("guests\t")).map(str::trim).collect()
});

/// The State blocks of the lists of participants in `text`, in order, each
/// with the ISO code of its State. Linear: each line is read once.
pub(super) fn delegations(text: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut listing = false;
    let mut open: Option<(usize, String)> = None;
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let start = at;
        at += raw.len();
        let line = raw.trim_matches(is_ws);
        if line.is_empty() {
            continue;
        }
        if ATTENDANCE_ANNEX.iter().any(|w| line.eq_ignore_ascii_case(w)) {
            listing = true;
            continue;
        }
        if !listing {
            continue;
        }
        // `中国（续）`: a block continued after a page break.
        let name = ["（续）", "(续)"].iter().find_map(|c| line.strip_suffix(c)).unwrap_or(line).trim_end_matches(is_ws);
        let state = match gazetteer::lookup(name) {
            Some(Entry::State(k)) => gazetteer::states().get(k).map(|s| s.iso3.to_string()),
            _ => None,
        };
        let numbered = line.starts_with(|c: char| c.is_ascii_digit()) || line.starts_with("附件");
        let guests = GUEST_HEADINGS.contains(&name);
        if state.is_some() || numbered || guests || heading_role(line).is_some() {
            if let Some((s, iso)) = open.take() {
                out.push((Span::new(s, start), iso));
            }
            listing = !numbered;
            open = state.map(|iso| (at, iso));
        }
    }
    if let Some((s, iso)) = open {
        out.push((Span::new(s, text.len()), iso));
    }
    out
}

/// The ISO code of the State whose block (of `blocks`, sorted) holds the
/// byte `i`, if any. Logarithmic in the number of blocks.
pub(super) fn state_at(blocks: &[(Span, String)], i: usize) -> Option<String> {
    let k = blocks.partition_point(|(s, _)| s.end <= i);
    blocks.get(k).filter(|(s, _)| s.start <= i).map(|(_, iso)| iso.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ISO codes of the blocks that hold each of `needles` in `text`.
    fn states_of(text: &str, needles: &[&str]) -> Vec<Option<String>> {
        let blocks = delegations(text);
        needles.iter().map(|n| text.find(n).and_then(|i| state_at(&blocks, i))).collect()
    }

    #[test]
    fn state_headings_open_blocks_of_a_list_of_participants() {
        let text = "与会者名单\n\n缔约国\n\n阿尔及利亚\n\n代表：Ahmed BENALI 先生\n顾问：Leila Haddad 女士\n\n中国\n\n代表团团长：张军先生\n\n政府间组织\n\n国际刑事警察组织\nPierre DUBOIS 先生\n";
        let found = states_of(text, &["Ahmed", "Leila", "张军", "Pierre", "缔约国"]);
        let iso = |s: &str| Some(s.to_string());
        assert_eq!(found, vec![iso("DZA"), iso("DZA"), iso("CHN"), None, None]);
    }

    #[test]
    fn no_blocks_outside_a_list_of_participants() {
        // A block continued after a page break goes on with its State.
        let text = "与会者名单\n\n中国\n\n代表：张军先生\n\n日本\n\n代表：Kenji Tanaka 先生\n\nV.23-12345\n\n中国（续）\n\n顾问：王明先生\n";
        let iso = |s: &str| Some(s.to_string());
        assert_eq!(states_of(text, &["张军", "Kenji", "王明"]), vec![iso("CHN"), iso("JPN"), iso("CHN")]);
        // Must not: a State alone on a line of a report without the list's title.
        let text = "一. 导言\n\n阿尔及利亚\n\n代表：Ahmed BENALI 先生\n";
        assert_eq!(states_of(text, &["Ahmed"]), vec![None]);
        // Must not: a numbered paragraph after the list ends the block.
        let text = "与会者名单\n\n阿尔及利亚\n\n代表：Ahmed BENALI 先生\n\n2. 由 Karim Mansouri 先生主持\n";
        assert_eq!(states_of(text, &["Ahmed", "Karim"]), vec![Some("DZA".to_string()), None]);
        // Must not: the guests listed under their own heading after a State's block.
        let text = "与会者名单\n\n秘鲁\n\n代表：Lucía Torres 女士\n\n特邀嘉宾\n\n潘基文先生阁下，联合国前秘书长\n";
        assert_eq!(states_of(text, &["Lucía", "潘基文"]), vec![Some("PER".to_string()), None]);
    }
}
