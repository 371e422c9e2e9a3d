//! A Chinese office written before a name: `缔约国会议副主席 Aftab Ahmad
//! Khokher`, `主席：` labels, an office heading a list of names (`副主席：A、B
//! 和 C`), and what is no office (a city in brackets, a unit's name).

use crate::text::{is_cjk, is_space};

use super::{NOUNS, OPENERS_ZH};

/// The Chinese role written right before a Latin name: the clause since the
/// last `由`/`和`/`，`…, without a leading convention title
/// (`联合国反腐败公约缔约国会议候任主席` → `缔约国会议候任主席`).
pub fn chinese_before(text: &str, i: usize) -> Option<String> {
    if let Some(label) = label_of_list(text, i) {
        return chinese_before(text, label);
    }
    let end = crate::text::skip_back_while(text, i, is_space);
    // `；副主席：Fatima Nasser（约旦）`: a role written as a label.
    let end = crate::text::skip_back_while(text, end, |c| c == '：' || c == ':');
    let end = crate::text::skip_back_while(text, end, is_space);
    let lo = crate::text::floor_boundary(text, end.saturating_sub(90));
    let head = text.get(lo..end)?;
    if !NOUNS.0.iter().any(|r| head.ends_with(r)) && !observer_of_known(head) {
        return None;
    }
    // `共和国总统`: the `和` of `共和国` does not cut the role; a verb's
    // `了` or a place's `在` ends the clause before it (`在维也纳会见了开发署署长`).
    // A PDF line break inside a sentence's line does not cut it either (`…以及资产\n追回问题工作组秘书`).
    let cut_at = head.char_indices().rev().find(|&(p, c)| {
        ("由和与及在了、，。；：“”（）《》\n".contains(c) || !is_cjk(c))
            && !(c == '和' && (head[..p].ends_with('共') || joins_unit_name(head, p)))
            && !(c == '\n' && wrapped_break(text, lo + p))
            && !(matches!(c, '（' | '）') && brackets_a_city(head, p))
            && !(c == '\r' && head[p..].starts_with("\r\n") && wrapped_break(text, lo + p + 1))
    });
    let cut = cut_at.map_or(0, |(p, c)| p + c.len_utf8());
    // `由于副主席`, `感谢…司长`: a conjunction or a verb before the role.
    // Read from the cutting character on, which may open such a word (`由于`).
    let from = cut_at.map_or(0, |(p, _)| p);
    let cut = OPENERS_ZH.iter().filter_map(|w| head[from..].rfind(w).map(|p| from + p + w.len())).max().map_or(cut, |o| o.max(cut));
    let names = crate::gazetteer::scan(head);
    let organization = |h: &&crate::gazetteer::Hit| matches!(h.entry, crate::gazetteer::Entry::Organization(_));
    // `毒品和犯罪问题办公室执行主任`: a `和` inside an organisation's name does
    // not cut the role, nor a PDF line break right after it (`…办公室\n执行主任`);
    // nor the `及` inside a State's (`埃及常驻联合国（维也纳）代表`).
    let broken_after = |h: &crate::gazetteer::Hit| cut_at.is_some_and(|(p, c)| c == '\n' && h.span.end <= p && head[h.span.end..p].trim_end_matches('\r').is_empty());
    let inside = |h: &&crate::gazetteer::Hit| h.span.start < cut && (cut < h.span.end || (!organization(h) && cut == h.span.end));
    let cut = names.iter().filter(|h| (inside(h) && (organization(h) || cut_at.is_some_and(|(_, c)| c == '及'))) || (organization(h) && broken_after(h))).map(|h| h.span.start).min().unwrap_or(cut);
    let joined: String;
    let mut role = &head[cut..];
    if role.contains('\n') {
        joined = role.chars().filter(|c| !matches!(c, '\n' | '\r')).collect();
        role = &joined;
    }
    if let Some(p) = role.rfind("公约") {
        let rest = &role[p + "公约".len()..];
        if !rest.is_empty() && !NOUNS.0.contains(&rest) {
            role = rest;
        }
    }
    (!role.is_empty()).then(|| role.to_string())
}

/// The post of an observer, an office only for whom it names.
const OBSERVER: &str = "观察员";

/// True when `head` ends with the observer of a State or organisation the
/// gazetteer knows (`欧洲委员会观察员`, `巴勒斯坦国观察员`): before a name it
/// is the person's office, as `欧洲委员会代表` is. Not an observer of no
/// known body (`某某论坛观察员`), nor observers in general (`派观察员`).
fn observer_of_known(head: &str) -> bool {
    let Some(owner) = head.strip_suffix(OBSERVER) else { return false };
    let lo = crate::text::floor_boundary(owner, owner.len().saturating_sub(90));
    crate::gazetteer::scan(&owner[lo..]).last().is_some_and(|h| lo + h.span.end == owner.len())
}

/// True when the bracket at byte `p` of `head` encloses a city and nothing
/// else, as an office names the seat it is accredited to (`常驻联合国（维也纳）代表`).
fn brackets_a_city(head: &str, p: usize) -> bool {
    let (open, close) = if head[p..].starts_with('（') {
        match head[p..].find('）') {
            Some(q) => (p, p + q),
            None => return false,
        }
    } else {
        match head[..p].rfind('（') {
            Some(o) => (o, p),
            None => return false,
        }
    };
    let inner = &head[open + '（'.len_utf8()..close];
    let hits = crate::gazetteer::scan(inner);
    matches!(hits.as_slice(), [h] if h.span.start == 0 && h.span.end == inner.len() && matches!(h.entry, crate::gazetteer::Entry::City(_)))
}

/// Most persons before a name in a list that shares a label's role.
const LISTED_BEFORE: usize = 8;

/// Longest name with its bracketed State in such a list, in characters.
const LISTED_NAME: usize = 40;

/// Words that join the persons of a list.
const LIST_JOINERS: &[&str] = &["、", "和", "以及", "及", "，"];

/// Where the label's role ends when the name at `i` follows other persons
/// with their States under one label (`副主席：A（阿根廷）、B（波兰）和 C`):
/// the byte after the label's colon, read back over at most
/// [`LISTED_BEFORE`] names. `None` when no such label opens the list.
fn label_of_list(text: &str, i: usize) -> Option<usize> {
    let mut at = crate::text::skip_back_while(text, i, is_space);
    for _ in 0..LISTED_BEFORE {
        let head = text.get(..at)?;
        let joiner = LIST_JOINERS.iter().find(|j| head.ends_with(**j))?;
        let closed = head[..head.len() - joiner.len()].trim_end_matches(is_space);
        let inner = closed.strip_suffix('）').or_else(|| closed.strip_suffix(')'))?;
        let open = inner.rfind(['（', '('])?;
        // The name before the bracket, back to the punctuation before it.
        let lo = crate::text::floor_boundary(inner, open.saturating_sub(LISTED_NAME * 3));
        let name_start = inner[lo..open].rfind(['、', '，', '；', '：', ':', '。', '\n', '\t', '）', ')']).map_or(lo, |p| lo + p + inner[lo + p..].chars().next().map_or(1, char::len_utf8));
        let name = inner[name_start..open].trim_matches(is_space);
        if name.is_empty() || name.chars().count() > LISTED_NAME {
            return None;
        }
        // `副主席：\n玛丽亚…`: the label may end the line above.
        let before = inner[..name_start].trim_end_matches(crate::text::is_ws);
        if before.ends_with(['：', ':']) {
            return Some(before.len());
        }
        at = name_start;
    }
    None
}

/// Fewest characters of a line that a PDF wrapped inside a sentence: a
/// shorter one is a heading or a label (`选举主席团成员`).
const WRAPPED_LINE: usize = 30;

/// True when the line break at byte `at` wraps a sentence: an ideograph on
/// either side, and the line it ends at least [`WRAPPED_LINE`] characters
/// long. Looks back a bounded stretch.
fn wrapped_break(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end_matches('\r');
    let after_ok = crate::text::char_at(text, at + 1).is_some_and(is_cjk);
    if !(after_ok && before.chars().next_back().is_some_and(is_cjk)) {
        return false;
    }
    let lo = crate::text::floor_boundary(before, before.len().saturating_sub(WRAPPED_LINE * 4));
    match before[lo..].rfind('\n') {
        Some(p) => before[lo + p + 1..].chars().count() >= WRAPPED_LINE,
        None => lo > 0 || before.chars().count() >= WRAPPED_LINE,
    }
}

/// Offices of a secretariat whose names hold a `和`
/// (`腐败和经济犯罪处处长`, a national body's `道德和反腐败委员会主席`): the
/// words such a unit's name ends with.
const UNIT_ENDINGS: &[&str] = &["处", "司", "科", "局", "署", "厅", "股", "部", "科室", "中心", "办公室", "委员会"];

/// Whether the `和` at byte `p` of `head` (a clause ending in a role noun)
/// joins the words of a unit's name (`腐败和经济犯罪处处长`) rather than two
/// offices (`主席和秘书处处长`): what follows it, less the role noun, ends
/// with a unit's word, and what comes before it is no office; nor does what
/// follows it open with a State, whose ministry the unit is (`瓦利和奥地利联邦
/// 欧洲和国际事务部秘书长`: the first `和` joins two persons).
fn joins_unit_name(head: &str, p: usize) -> bool {
    let after = &head[p + '和'.len_utf8()..];
    let Some(noun) = NOUNS.0.iter().filter(|r| after.ends_with(**r)).max_by_key(|r| r.len()) else { return false };
    let unit = after[..after.len() - noun.len()].trim_end_matches(crate::text::is_ws);
    let state_first = || crate::gazetteer::scan(unit).first().is_some_and(|h| h.span.start == 0 && matches!(h.entry, crate::gazetteer::Entry::State(_)));
    // `（法国）和毒品和犯罪问题办公室…处长`: after a bracket or a stop the `和`
    // joins two persons; a name's own `和` has a word of the name before it.
    let word_before = crate::text::char_before(head, p).is_some_and(crate::text::is_cjk);
    word_before && UNIT_ENDINGS.iter().any(|u| unit.ends_with(u)) && !NOUNS.0.iter().any(|r| head[..p].ends_with(r)) && !state_first()
}
