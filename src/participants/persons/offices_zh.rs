//! The office of a person named in Chinese: a label on the line above
//! (`主席：`), the office after the person (`…（比利时）当选为主席`, `分别`
//! lists), a list under a label sharing its office (`副主席：A、B`).

use std::sync::LazyLock;

use crate::model::{Annotation, ParticipantValue, Value};
use crate::participants::bureau::table_role;
use crate::span::Span;
use crate::text::{char_at, is_cjk, is_space, is_ws};

use super::{brackets::bracket_state, names::{opens_with_addressed_name, opens_with_latin_name}, PERSON_WINDOW, HONORIFICS};

/// `副主席：Fatima Nasser（约旦）、Pieter de Vries（荷兰）`: a person listed
/// right after another, joined by `、`/`和`/`及`, shares that person's role.
pub(super) fn listed_role(text: &str, before: &[Annotation], start: usize) -> Option<String> {
    let prev = before.last()?;
    let Value::Participant(ParticipantValue::Person { role: Some(role), .. }) = &prev.value else { return None };
    let (_, after) = bracket_state(text, prev.span.end);
    let gap = text.get(after..start)?;
    let joined = !gap.trim_matches(is_ws).is_empty() && gap.trim_matches(is_ws).chars().all(|c| matches!(c, '、' | '和' | '及'));
    // `A（埃及）和 B（秘鲁）分别为主席和报告员`: the offices are shared out, not shared.
    let shared_out = || text.get(after..).and_then(past_joined_persons).is_some_and(|(rest, _)| rest.starts_with(RESPECTIVELY_ZH));
    (joined && !shared_out()).then(|| role.clone())
}

/// The office written right after a dotted name (`阿明娜·穆罕默德常务副秘书长`):
/// a role noun, perhaps after `常务`, that starts at byte `end`.
pub(super) fn office_after_dotted_name(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let lead = if rest.starts_with("常务") { "常务".len() } else { 0 };
    let noun = crate::names_zh::role_noun_at(rest, lead)?;
    Some(rest[..lead + noun.len()].to_string())
}

/// The role of a person written in Chinese: the role cell of a bureau
/// table row, else the role phrase written right before the name
/// ([`crate::roles::chinese_before`]).
pub(super) fn chinese_role(text: &str, i: usize) -> Option<String> {
    table_role(text, i)
        .or_else(|| crate::roles::chinese_before(text, i))
        .or_else(|| label_above(text, i).or_else(|| wrapped_above(text, i)).and_then(|e| crate::roles::chinese_before(text, e).or_else(|| bare_label(text, e))))
}

/// The delegation role alone on the line that ends at `end` (`观察员`,
/// which names no office of its own before a name), else `None`.
fn bare_label(text: &str, end: usize) -> Option<String> {
    let head = text.get(..end)?;
    is_bare_label(head).then(|| head.rsplit('\n').next().unwrap_or(head).trim_matches(is_ws).to_string())
}

/// `会议由第十届会议主席\nMohammed Bin Nasser（卡塔尔）宣布开幕`: where the
/// line above a name ends in ideographs that a PDF line break has parted
/// from it, else `None`.
/// Not a line that opens with a Latin name (`Ahmed Ben Salem 先生，突尼斯常驻
/// 联合国（维也纳）代表`): that is an entry of a list, whole in itself.
/// Nor a line that opens with a name and its word of address (`潘基文先生阁下，
/// 联合国前秘书长` over `海伦·克拉克女士，…`): an entry of a list too.
fn wrapped_above(text: &str, i: usize) -> Option<usize> {
    let head = text.get(..i)?.trim_end_matches(is_space);
    let head = head.strip_suffix('\n')?;
    let head = head.strip_suffix('\r').unwrap_or(head);
    (head.ends_with(is_cjk) && !opens_with_latin_name(text, head.len()) && !opens_with_addressed_name(text, head.len())).then_some(head.len())
}

/// Longest line of a list or table row read around a person, in bytes.
const ENTRY_LINE: usize = 1200;

/// The line holding byte `i` when it is at most [`ENTRY_LINE`] bytes long:
/// a list's entry or a table's row. Reading a bounded stretch keeps the
/// persons of one huge line (a paste without line breaks) linear.
pub(super) fn entry_line(text: &str, i: usize) -> Option<(usize, usize)> {
    crate::text::short_line_bounds(text, i, ENTRY_LINE)
}

/// The most entry lines a role label heads (`副主席：` over three names).
const LABEL_REACH: usize = 12;

/// The delegation roles a Chinese list of participants writes alone on a
/// line over the persons they head, from the `label-zh` rows of
/// `data/participant_lists.tsv`.
static BARE_LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    data_file!("participant_lists.tsv").lines().filter_map(|l| l.strip_prefix("label-zh\t")).map(str::trim).collect()
});

/// True when the last line of `head` is a delegation role and nothing else
/// (`顾问`), not a role inside a longer line (`副主席为顾问`).
fn is_bare_label(head: &str) -> bool {
    let line = head.rsplit('\n').next().unwrap_or(head).trim_matches(is_ws);
    BARE_LABELS.contains(&line)
}

/// `主席：\nGhislain D'hoop（比利时）`: where a role label ends on the line
/// above a name that a PDF line break has moved down (the byte after its
/// colon), or a role written alone on its line (`顾问`, see
/// [`is_bare_label`]), else `None`.
/// Entry lines that open with a Latin name, or with a name and its word of
/// address, stand between the label and the name (`副主席：\nAhmed Ben
/// Salem 先生，…\nHiroshi Tanaka 先生，…`): the label heads them all.
fn label_above(text: &str, i: usize) -> Option<usize> {
    let mut at = i;
    for _ in 0..LABEL_REACH {
        let head = text.get(..at)?.trim_end_matches(is_space);
        let head = head.strip_suffix('\n')?;
        let head = head.strip_suffix('\r').unwrap_or(head).trim_end_matches(is_space);
        if head.ends_with(['：', ':']) || is_bare_label(head) {
            return Some(head.len());
        }
        // `朴敏英女士，外交部二等秘书` over `李俊浩先生`: an entry named in ideographs stands between too.
        if !opens_with_latin_name(text, head.len()) && !opens_with_addressed_name(text, head.len()) {
            return None;
        }
        at = entry_line(text, head.len().saturating_sub(1))?.0;
    }
    None
}

/// The office after a person who opens a line of a list, between the
/// word of address and the next `，` or the line's end: `Brigitte
/// Strobel-Shaw 女士，科长`, `Ahmed Benali 先生，常驻代表，大使` (the first
/// office). Not an office inside a sentence (`Ghada Waly 女士，请…`).
pub(super) fn line_office(text: &str, person: Span) -> Option<String> {
    let (s, e) = entry_line(text, person.start)?;
    // `1.	埃及	Amr Adel Hosny 先生阁下，总检察长`: a person who opens a
    // cell of a table row (a list of speakers) opens an entry too.
    let head = text.get(s..person.start)?;
    if !head.chars().all(is_ws) && !head.trim_end_matches(' ').ends_with('\t') {
        return None;
    }
    let mut rest = text.get(person.end..e)?.trim_start_matches(is_space);
    // `先生阁下`: words of address may follow one another.
    while let Some(r) = HONORIFICS.iter().find_map(|h| rest.strip_prefix(h)) {
        rest = r;
    }
    let rest = rest.trim_start_matches(is_space).strip_prefix('，')?;
    let office = rest.split('，').next().unwrap_or(rest).trim_matches(is_ws);
    // `Omar HASSAN 先生，常驻观察员`: in a list's entry an observer's post is
    // an office too, which it is not in a bracket (`（某某论坛观察员）`).
    let listed = !office.is_empty() && office.chars().all(is_cjk) && (office.ends_with("观察员") || crate::roles::chinese_nouns().iter().any(|r| office.ends_with(r)));
    listed.then(|| office.to_string())
}

/// Words after a person and its State that lead to the office they are
/// elected to or hold: `当选为主席`, `选举 X（比利时）为副主席`.
const ELECTED_AS: &[&str] = &["当选为", "当选", "担任", "接任", "出任", "为"];

/// Longest office in brackets after a person, in characters.
const BRACKETED_OFFICE: usize = 30;

/// Longest manner of an election (`以鼓掌方式`) between `以` and `方式`, in bytes.
const MANNER_BYTES: usize = 18;

/// The office written after a person in Chinese (`…（比利时）当选为主席。`):
/// the ideographs after an [`ELECTED_AS`] word up to the next punctuation,
/// when they end with a role noun (not `为主席团成员`).
pub(super) fn chinese_role_after(text: &str, i: usize) -> Option<String> {
    let rest = text.get(i..)?.trim_start_matches(is_space);
    // `由 Ghada Waly 女士主持`: the word of address before the verb.
    let rest = HONORIFICS.iter().find_map(|h| rest.strip_prefix(h)).unwrap_or(rest).trim_start_matches(is_space);
    // `Waly 女士（毒品和犯罪问题办公室执行主任）`: the office in brackets.
    if let Some(inner) = rest.strip_prefix('（') {
        let office: String = inner.chars().take(BRACKETED_OFFICE + 1).take_while(|&c| c != '）').collect();
        let closed = inner[office.len()..].starts_with('）');
        let listed = closed && office.chars().all(|c| is_cjk(c) && !is_ws(c)) && crate::roles::chinese_nouns().iter().any(|r| office.ends_with(r));
        return listed.then_some(office);
    }
    // `由 A（澳大利亚）和 B（中国）共同主持`, `选举 A（比利时）和 B（波兰）为副主席`:
    // the persons joined to this one share the office written after the last.
    let (past, following) = past_joined_persons(rest).unwrap_or((rest, 0));
    // `A（埃及）和 B（秘鲁）分别为主席和报告员`: each person the office in its place.
    if let Some(offices) = past.strip_prefix(RESPECTIVELY_ZH) {
        return respective_office_zh(offices, following);
    }
    office_after(rest).or_else(|| (past.len() < rest.len()).then(|| office_after(past)).flatten())
}

/// The word that shares offices out to persons in order (`分别为主席和报告员`).
const RESPECTIVELY_ZH: &str = "分别";

/// Longest list of offices shared out in order, in characters.
const RESPECTIVE_OFFICES: usize = 40;

/// The office of the list after `分别` (`为第一副主席、第二副主席和报告员`) that
/// falls to the person whom `following` others follow; `None` when the list
/// has fewer offices or one that ends in no role noun.
fn respective_office_zh(rest: &str, following: usize) -> Option<String> {
    let word = ELECTED_AS.iter().find(|w| rest.starts_with(**w))?;
    let list: String = rest[word.len()..].chars().take(RESPECTIVE_OFFICES).take_while(|&c| is_cjk(c) || c == '、').collect();
    let offices: Vec<&str> = list.split(['、', '和', '及']).collect();
    let office = offices.get(offices.len().checked_sub(following + 1)?)?;
    crate::roles::chinese_nouns().iter().any(|r| office.ends_with(r)).then(|| (*office).to_owned())
}

/// The office that the words opening `rest` give the person before them:
/// a verb (`主持会议` → `主席`) or an election (`当选为主席`, `以鼓掌方式当选为主席`).
fn office_after(rest: &str) -> Option<String> {
    if let Some(role) = crate::roles::given_by_verb_after_zh(rest) {
        return Some(role.to_owned());
    }
    // `以鼓掌方式当选为主席`: the manner of the election before its verb.
    // The search reads a bounded window: a person without one costs little.
    let manner = |r: &str| r[..crate::text::floor_boundary(r, MANNER_BYTES + "方式".len())].find("方式");
    let rest = rest.strip_prefix('以').and_then(|r| manner(r).filter(|&p| r[..p].chars().all(is_cjk)).map(|p| &r[p + "方式".len()..])).unwrap_or(rest);
    let word = ELECTED_AS.iter().find(|w| rest.starts_with(**w))?;
    let phrase: String = rest[word.len()..].chars().take(20).take_while(|&c| is_cjk(c)).collect();
    crate::roles::chinese_nouns().iter().any(|r| phrase.ends_with(r)).then_some(phrase)
}

/// Most persons joined after one that share the office written after the last.
const JOINED_PERSONS: usize = 8;

/// `rest` after the persons joined to the one before it, each a name and a
/// bracket (`和 Li Ming（中国）`, `、B（波兰）`), and how many they are; `None`
/// when none is joined.
fn past_joined_persons(rest: &str) -> Option<(&str, usize)> {
    let mut at = rest;
    let mut joined = 0;
    for _ in 0..JOINED_PERSONS {
        let Some(r) = ["和", "、", "及"].iter().find_map(|w| at.trim_start_matches(is_space).strip_prefix(w)) else { break };
        // Each person is read within a bounded window, so that a long text
        // after a `和` costs no more than a name's length.
        let open = r[..crate::text::floor_boundary(r, PERSON_WINDOW)].find(['（', '('])?;
        // `和\nFatima Nasser（约旦）`: a PDF line break may stand before the name.
        let name = &r[..open];
        if name.contains(['，', '。', '；', '：', '、']) || name.contains("\n\n") || name.trim_matches(is_ws).is_empty() {
            return None;
        }
        let close = r[open..crate::text::floor_boundary(r, open + PERSON_WINDOW)].find(['）', ')'])? + open;
        at = &r[close + char_at(r, close).map_or(1, char::len_utf8)..];
        joined += 1;
    }
    (joined > 0).then(|| (at.trim_start_matches(is_space), joined))
}
