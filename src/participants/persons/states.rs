//! A person's State where no bracket gives it: the table cell before the
//! name, the State an office names (`Permanent Representative of Japan`),
//! the State before `的` (`法国的让-皮埃尔·杜邦先生`).

use crate::gazetteer;
use crate::gazetteer::Entry;
use crate::model::{Annotation, ParticipantValue, Value};
use crate::span::Span;
use crate::text::{char_at, is_cjk, is_space, is_ws};

use super::{offices_zh::entry_line, HONORIFICS};

/// The State of the table cell right before a person's cell: the members
/// table of a verbatim record (`Members:\tAlgeria\tMr. Bendjama`,
/// `\tChina\tMr. Zhang Jun`), else of the row's first cell (`阿根廷\t司法和
/// 人权部\tJuan Pablo Fernández 先生`). Not a cell that names no State.
pub(super) fn cell_state(text: &str, i: usize) -> Option<String> {
    let (s, _) = entry_line(text, i)?;
    let head = text.get(s..i)?.trim_end_matches(' ');
    let head = head.strip_suffix('\t')?;
    // `巴基斯坦（代表 77 国集团和中国）`, `Pakistan (on behalf of the Group of
    // 77 and China)`: the State speaks for a group, in brackets after it.
    let state = |cell: &str| {
        let cell = cell.trim_matches(is_space);
        let on_behalf = cell.strip_suffix(['）', ')']).and_then(|c| c.split_once("（代表").or_else(|| c.split_once(" (on behalf of"))).map(|(s, _)| s);
        match gazetteer::lookup(cell).or_else(|| gazetteer::lookup(on_behalf?)) {
            Some(Entry::State(k)) => gazetteer::states().get(k).map(|st| st.iso3.to_string()),
            _ => None,
        }
    };
    state(head.rsplit('\t').next()?).or_else(|| state(head.split('\t').next()?))
}

/// The State an English office names at its end: `Minister of Justice of
/// Qatar`, `Permanent Representative of the Philippines` → its ISO code;
/// or one of two offices joined by `and` (`representative of Bulgaria and
/// Vice-President of the Conference`), when the whole names none (`… of
/// Trinidad and Tobago` is read whole first).
pub(super) fn role_state(role: &str) -> Option<String> {
    office_state_en(role).or_else(|| role.split(" and ").find_map(office_state_en))
}

/// The State that one English office names at its end, after its last `of`.
fn office_state_en(role: &str) -> Option<String> {
    let (_, tail) = role.rsplit_once(" of ")?;
    match gazetteer::lookup(tail.strip_prefix("the ").unwrap_or(tail)) {
        Some(Entry::State(k)) => gazetteer::states().get(k).map(|s| s.iso3.to_string()),
        _ => None,
    }
}

/// The State written with `的` right before a Chinese name starting at
/// `start` (`法国的让-皮埃尔·杜邦先生` → FRA), from the State mentions in
/// `known` (sorted); not an organisation's (`办公室的`) nor a State apart (`法国代表的`).
pub(super) fn state_before_de(text: &str, known: &[Annotation], start: usize) -> Option<String> {
    let de = start.checked_sub('的'.len_utf8()).filter(|&d| text.get(d..start) == Some("的"))?;
    let i = known.partition_point(|a| a.span.start < de);
    known[..i].iter().rev().take(4).find(|a| a.span.end == de).and_then(|a| match &a.value {
        Value::Participant(ParticipantValue::State { iso3, .. }) => Some(iso3.clone()),
        _ => None,
    })
}

/// The State a Chinese office opens with, on the line that a person opens:
/// `Maria Lopez 女士，哥伦比亚常驻联合国（维也纳）代表` → COL.
pub(super) fn office_state(text: &str, person: Span) -> Option<String> {
    let (s, e) = entry_line(text, person.start)?;
    if !text.get(s..person.start)?.chars().all(is_ws) {
        return None;
    }
    let rest = text.get(person.end..e)?.trim_start_matches(is_space);
    let rest = HONORIFICS.iter().find_map(|h| rest.strip_prefix(h)).unwrap_or(rest);
    posted_state(rest.trim_start_matches(is_space).strip_prefix('，')?)
}

/// The State a Chinese office opens with, whose post or body it is:
/// `哥伦比亚常驻联合国（维也纳）代表`, `巴西政府代表`, `肯尼亚道德和反腐败委员会
/// 主席` → its ISO code; not a nationality or another State joined to it
/// (`肯尼亚籍专家`, `巴西和阿根廷代表`, `巴西的代表`).
pub(super) fn posted_state(office: &str) -> Option<String> {
    let head = office.get(..crate::text::floor_boundary(office, 120))?;
    let hit = gazetteer::scan(head).into_iter().next().filter(|h| h.span.start == 0)?;
    let Entry::State(k) = hit.entry else { return None };
    let posted = char_at(office, hit.span.end).is_some_and(|c| is_cjk(c) && !"籍人和、及与的".contains(c));
    posted.then(|| gazetteer::states().get(k).map(|st| st.iso3.to_string())).flatten()
}
