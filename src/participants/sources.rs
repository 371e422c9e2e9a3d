//! The organisation a speaker comes from: `来自…的主讲人` (or `代表`, `专家`,
//! …) gives the name between as one organisation, in place of the names
//! inside it: `来自秘书长副特别代表/联合国索马里驻地协调员综合办公室的主讲人` →
//! `秘书长副特别代表/联合国索马里驻地协调员综合办公室`.
//!
//! Deliberately left out: an anaphoric name (`来自本国主计长办公室的代表`), a
//! name that does not end like an organisation ([`ORG_ENDINGS`]), and a
//! name across punctuation, digits or quotes or longer than
//! [`MAX_SOURCE_CHARS`].

use super::{anchors, overlapping, squeeze};
use crate::model::{Annotation, ParticipantValue, Value};
use crate::span::Span;

/// Endings of organisation names: `…综合办公室`, `…伙伴关系`.
pub(super) const ORG_ENDINGS: &[&str] = &[
    "办公室", "组织", "署", "中心", "网", "联盟", "协会", "委员会", "研究所", "基金", "基金会", "银行", "举措", "伙伴关系", "论坛", "方案", "计划", "学院", "大学",
];

/// Who a speaker is, after `来自…的`.
const SPEAKERS: &[&str] = &["主讲人", "代表", "专家", "发言者", "观察员"];

/// Longest name after `来自`, in chars.
const MAX_SOURCE_CHARS: usize = 60;

/// `来自…的主讲人`: the name between `来自` (ending at `i`) and `的` + a
/// speaker; none across punctuation, digits or quotes.
fn source_name(text: &str, i: usize) -> Option<Span> {
    let rest = text.get(i..)?;
    for (n, (p, c)) in rest.char_indices().enumerate() {
        if n > MAX_SOURCE_CHARS || "，。；、：\n“”《》".contains(c) || c.is_ascii_digit() {
            return None;
        }
        if c == '的' && n >= 2 && SPEAKERS.iter().any(|w| rest[p + c.len_utf8()..].starts_with(w)) {
            return Some(Span::new(i, i + p));
        }
    }
    None
}

/// The organisation a speaker comes from (`来自秘书长副特别代表/联合国索马里
/// 驻地协调员兼人道主义事务协调员综合办公室的主讲人`), as one name, in place of
/// the names inside it.
pub(super) fn find_sources(text: &str, out: &mut Vec<Annotation>) {
    let mut wide: Vec<Span> = Vec::new();
    for at in anchors(text, &["来自"]) {
        let Some(span) = source_name(text, at + "来自".len()) else { continue };
        let name = text.get(span.range()).unwrap_or("");
        let anaphoric = name.starts_with(['本', '该', '其', '各', '一', '某', '这', '那', '多', '有']);
        if anaphoric || !ORG_ENDINGS.iter().any(|e| name.ends_with(e)) || overlapping(out, span).contains(&span) {
            continue;
        }
        wide.push(span);
    }
    if wide.is_empty() {
        return;
    }
    out.retain(|a| {
        let i = wide.partition_point(|w| w.start <= a.span.start);
        !(i > 0 && wide[i - 1].contains(a.span))
    });
    let mut added = Vec::new();
    for span in wide {
        if overlapping(out, span).is_empty() {
            let name = squeeze(text.get(span.range()).unwrap_or(""));
            added.push(Annotation::new(span, Value::Participant(ParticipantValue::Organization { name, short: None })));
        }
    }
    out.extend(added);
    crate::resolve::sort(out);
}
