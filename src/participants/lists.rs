//! Attendance lists: the sentence that introduces one, from `下列`/`以下`/`The
//! following` to its colon with a word of attending in between
//! (`下列政府间组织派观察员出席了会议：`, `The following States were
//! represented:`), the role it gives its entries (`intergovernmental
//! organization`, `State party`, …), and every entry of the list, known or
//! not: `…出席了会议：亚非法律协商组织、某某未知区域论坛（未知论坛）。` gives both
//! organisations, the second with its short form.
//!
//! Deliberately left out: a list whose introduction names no kind of
//! participant (`下列专家出席了会议：`); an entry of a list of States that the
//! gazetteer does not know (only organisations are added as new entries);
//! an entry of 300 bytes or more. In English a single line break does not
//! end a list (PDF wraps) unless a numbered paragraph or section follows.

use super::{overlapping, squeeze};
use super::shorts::bracketed_short;
use crate::model::{Annotation, Language, ParticipantValue, Value};
use crate::span::Span;
use crate::text::{char_at, char_before, is_cjk, is_ws, skip_ws, Document};

/// Longest introduction of an attendance list, in bytes.
const LIST_INTRO_WINDOW: usize = 600;

/// Longest stretch before `下列` read for the word of attending, in bytes.
const LIST_LEAD: usize = 60;

/// Longest attendance list, in bytes, read after its colon.
pub(super) const MAX_LIST: usize = 20_000;

/// Words that say the entries of a list took part.
pub(super) const ATTENDED: &[&str] = &["出席", "与会", "参加", "发言", "发了言", "represented", "attended", "attending", "participated", "tatements", "spoke", "took the floor"];

/// Words of a report on credentials whose lists name the States whose
/// representatives took part (`Formal credentials … had been received from
/// the following 112 States parties:`, `… a letter or a note verbale from the
/// following 14 States parties:`, `…签发的正式全权证书：`).
const CREDENTIALS: &[&str] = &["credentials", "received from", "verbale", "全权证书", "代表的任命"];

/// The sentences that introduce attendance lists: from `下列`/`以下`/`The
/// following` to the colon, with a word of attending in between
/// (`下列…出席了会议：`, `The following States … were represented:`).
fn list_intros(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut done = 0;
    for at in intro_words(text) {
        if at < done {
            continue;
        }
        let end = crate::text::floor_boundary(text, at.saturating_add(LIST_INTRO_WINDOW));
        let window = text.get(at..end).unwrap_or("");
        // `出席会议的有《公约》下列缔约国：`: the word of attending may come first.
        let lo = crate::text::floor_boundary(text, at.saturating_sub(LIST_LEAD));
        let lead = text.get(lo..at).unwrap_or("");
        // `Also attending were\nobservers for the following …:`: an English lead
        // goes on over a PDF line break, not past a sentence or a blank line.
        let lead = if lead.is_ascii() {
            let lead = lead.rsplit("\n\n").next().unwrap_or(lead);
            lead.rsplit(". ").next().unwrap_or(lead)
        } else {
            lead.rsplit(['。', '\n']).next().unwrap_or(lead)
        };
        let mut chars = window.char_indices().peekable();
        while let Some((p, c)) = chars.next() {
            let full_stop = c == '.' && chars.peek().is_none_or(|&(_, d)| is_ws(d));
            // `The following States Members of the United Nations were represented by\nobservers:`:
            // a PDF line break inside an English introduction goes on; a blank line ends it.
            let wrapped = c == '\n' && (window[..p].is_ascii() && chars.peek().is_some_and(|&(_, d)| d.is_ascii_alphabetic()) || cjk_wrap(text, at + p));
            if c == '。' || (c == '\n' && !wrapped) || full_stop {
                break;
            }
            if c == '：' || c == ':' {
                let said = squeeze(&window[..p]);
                if ATTENDED.iter().chain(CREDENTIALS).any(|w| said.contains(w) || lead.contains(w)) {
                    let span = Span::new(at, at + p + c.len_utf8());
                    done = span.end;
                    out.push(span);
                }
                break;
            }
        }
    }
    out
}

/// Where `下列`, `以下`, `The following`, `the following` or `THE FOLLOWING`
/// starts, sorted: one pass over the bytes for `f`, `F` and the last byte of
/// `下`, each checked in place, rather than a search a word.
fn intro_words(text: &str) -> Vec<usize> {
    const XIA: &[u8] = "下".as_bytes();
    let bytes = text.as_bytes();
    let mut at = Vec::new();
    for p in crate::text::find_bytes(text, [b'f', b'F', XIA[2]]) {
        if bytes[p] == XIA[2] {
            let Some(i) = p.checked_sub(2).filter(|&i| bytes[i..].starts_with(XIA)) else { continue };
            if text[..i].ends_with('以') {
                at.push(i - '以'.len_utf8());
            }
            if text[i..].starts_with("下列") {
                at.push(i);
            }
        } else if let Some(i) = p.checked_sub(4) {
            let words: &[&str] = if bytes[p] == b'f' { &["The following", "the following"] } else { &["THE FOLLOWING"] };
            if words.iter().any(|w| bytes[i..].starts_with(w.as_bytes())) {
                at.push(i);
            }
        }
    }
    crate::sorting::sort(&mut at);
    at
}

/// Where the clause that holds the introduction starting at `at` begins:
/// `联合国系统的下列实体` → at `联合国系统的`; at most [`LIST_LEAD`] bytes
/// back, after the last `。`, `，`, `：` or line break.
fn intro_lead(text: &str, at: usize) -> usize {
    let lo = crate::text::floor_boundary(text, at.saturating_sub(LIST_LEAD));
    let lead = text.get(lo..at).unwrap_or("");
    lead.rfind(['。', '，', '：', ':', '\n']).map_or(lo, |p| lo + p + lead[p..].chars().next().map_or(0, char::len_utf8))
}

/// Where the list that starts at `start` ends: at `。`, a line break, an
/// English full stop before a space, or after [`MAX_LIST`] bytes. In
/// English, PDF text breaks a list across lines (`…, Austria,\nAzerbaijan,
/// …`): a single line break goes on, unless the next line opens a numbered
/// paragraph or section (`6. The following…`, `C. Election of officers`).
fn list_end(text: &str, start: usize, language: Language) -> usize {
    let limit = crate::text::floor_boundary(text, start.saturating_add(MAX_LIST));
    let list = text.get(start..limit).unwrap_or("");
    let mut chars = list.char_indices().peekable();
    let mut entries = false;
    let mut first_line = true;
    while let Some((p, c)) = chars.next() {
        entries |= c == '、';
        let full_stop = c == '.' && chars.peek().is_none_or(|&(_, d)| is_ws(d));
        if c == '\n' && language == Language::English && !new_paragraph(&list[p + 1..]) {
            continue;
        }
        // `…：联合国艾滋病毒/艾滋病联合规划署\n（艾滋病署）、…`: the first entry's
        // short form may open the next line before any `、`.
        let short_next = c == '\n' && list[p + 1..].trim_start_matches(is_ws).starts_with(['（', '(']);
        let goes_on = c == '\n' && (entries || short_next || (first_line && first_line_wrap(text, start + p)));
        if c == '。' || full_stop || c == '\n' && !(goes_on && wraps_at(text, start, start + p)) {
            return start + p;
        }
        first_line &= c != '\n';
    }
    limit
}

/// Shortest line, in characters, that a PDF wraps: a short line ends where
/// its writer ended it.
const FULL_LINE_CHARS: usize = 30;

/// True when the first line break `at` of a list wraps the line of its
/// introduction inside a Chinese word (`…出席了会议：联合国开发计划署和联合` /
/// `国毒品和犯罪问题办公室。`): ideographs on both sides of a single break,
/// on a line as long as a full one.
fn first_line_wrap(text: &str, at: usize) -> bool {
    char_before(text, at).is_some_and(is_cjk)
        && char_at(text, at + 1).is_some_and(is_cjk)
        && text[..at].rsplit('\n').next().is_some_and(|l| l.chars().count() >= FULL_LINE_CHARS)
}

/// True when `rest`, the text after a line break, is blank at once or opens a
/// numbered paragraph or section: `\n`, `6. The…`, `C. Election`, `II. Organization`.
fn new_paragraph(rest: &str) -> bool {
    let line = rest.split('\n').next().unwrap_or("").trim_end_matches('\r');
    if line.trim().is_empty() {
        return true;
    }
    let number = line.split_once(['.', '\t']).map_or("", |(n, _)| n);
    !number.is_empty() && number.len() <= 4 && number.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

/// True when the line break at `at`, in a Chinese list that began at
/// `start` and has entries already, is a PDF wrap (`…、巴西、加\n\n拿大、…`):
/// the line does not end a sentence, and the next text line goes on with
/// ideographs, not a numbered paragraph or heading.
fn wraps_at(text: &str, start: usize, at: usize) -> bool {
    let last = text.get(start..at).unwrap_or("").chars().rev().find(|c| !is_ws(*c));
    if last.is_none_or(|c| matches!(c, '。' | '：' | ':' | '；')) {
        return false;
    }
    let next = skip_ws(text, at);
    // A blank-line run longer than a page break is a new paragraph.
    if next - at > 12 {
        return false;
    }
    // `…议员组织\n（反腐败议员组织）、`: the short form of an entry may open the line.
    char_at(text, next).is_some_and(|c| is_cjk(c) || matches!(c, '（' | '《' | '“')) && !next_line_is_heading(text, next)
}

/// `一. 导言`-like headings start with a Chinese numeral and a full stop.
fn next_line_is_heading(text: &str, i: usize) -> bool {
    let rest = text.get(i..).unwrap_or("");
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('.' | '．' | '、')) if crate::numerals::is_chinese_numeral(c))
}

/// The title of a `一. 缔约国`-like section heading (`缔约国`), if `line` is one.
fn section_title(line: &str) -> Option<&str> {
    let mut chars = line.char_indices();
    let (_, c) = chars.next()?;
    let (p, dot) = chars.next()?;
    let numbered = crate::numerals::is_chinese_numeral(c) && matches!(dot, '.' | '．' | '、');
    numbered.then(|| line[p + dot.len_utf8()..].trim_start_matches(is_ws))
}

/// True when the line break at `i` inside a Chinese introduction is a PDF
/// wrap (`…派观察员出\n\n席了会议：`): ideographs go on after at most a blank
/// line, and the next line is no `一.`-like heading.
fn cjk_wrap(text: &str, i: usize) -> bool {
    let next = skip_ws(text, i);
    // The ideograph before the break, past the blank line's other breaks.
    let before = crate::text::skip_back_while(text, i, is_ws);
    i - before <= 12 && next - i <= 12 && char_before(text, before).is_some_and(is_cjk) && char_at(text, next).is_some_and(is_cjk) && !next_line_is_heading(text, next)
}

/// Most bytes between a `非` and the `成员`/`会员` it negates: `非委员会成员国`.
const NOT_MEMBER_REACH: usize = 18;

/// True when `intro` names States that are not members of a body, by a
/// `非` before `成员`/`会员` (`非成员国`, `非会员国`, `非理事会成员`,
/// `非委员会成员国`); not the `非` of `非洲` (`非洲联盟成员国` are members).
fn not_member_zh(intro: &str) -> bool {
    intro.match_indices('非').any(|(p, _)| {
        let rest = &intro[p + '非'.len_utf8()..];
        let near = &rest[..crate::text::floor_boundary(rest, NOT_MEMBER_REACH)];
        !rest.starts_with('洲') && (near.contains("成员") || near.contains("会员"))
    })
}

/// How a list's introducing sentence says its entries took part.
fn list_role(intro: &str) -> Option<&'static str> {
    let lower = intro.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| intro.contains(w) || lower.contains(w));
    // `下列国家人权机构`: institutions, not States.
    let institutions = ["机构", "实体"].iter().any(|w| intro.contains(w));
    // `The following signatory State was represented`: one State is a list
    // too; `The following signatories to the Convention`: States, unnamed.
    let states = !institutions && ["States", "signatory State", "State signatory", "State party", "signatories", "observer State", "缔约国", "签署国", "观察员国", "会员国", "成员国", "缔约方", "国家"].iter().any(|w| intro.contains(w));
    if has(&["非政府组织", "non-governmental"]) {
        Some("NGO")
    } else if has(&["政府间组织", "intergovernmental"]) {
        Some("intergovernmental organization")
    } else if states {
        // `下列非《公约》签署国的国家`: States that have not signed are observers.
        let unsigned = has(&["非《公约》签署国", "非签署国", "未签署", "non-signator", "not signator"]);
        if !unsigned && has(&["签署国", "签署了", "signator"]) {
            Some("signatory State")
        } else if unsigned || not_member_zh(intro) || has(&["观察员", "非缔约国", "observer state", "not parties", "non-member", "not members", "as observers", "by observers"]) {
            Some("observer State")
        } else if has(&["成员国", "会员国", "members of the", "member states"]) {
            Some("member State")
        } else if has(&["缔约国", "缔约方", "parties"]) {
            Some("State party")
        } else {
            None
        }
    } else if has(&[
        "联合国机构", "联合国实体", "联合国系统", "秘书处单位", "专门机构", "基金和方案", "united nations entities", "united nations system", "specialized agencies",
        "funds and programmes", "united nations bodies", "united nations secretariat", "secretariat units",
    ]) {
        Some("UN entity")
    } else if has(&["组织", "实体", "机构", "organizations", "entities", "institutions"]) {
        // `下列其他实体派观察员出席了会议：`
        Some("other entity")
    } else {
        None
    }
}

/// The attendance lists of `doc`, in order: the stretch after the colon of
/// each introduction that gives its entries a role, with that role, and the
/// lists under the headings of an attendance annex (see [`heading_lists`]).
/// An introduction inside the previous list is not read again.
pub(super) fn attendance_lists(doc: &Document) -> Vec<(Span, &'static str)> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut done = 0;
    for m in list_intros(text) {
        if m.start < done {
            continue;
        }
        // `…represented by\nobservers:`: read without the PDF's line breaks;
        // `联合国系统的下列实体…`: with the owner the clause names before `下列`.
        let Some(role) = list_role(&squeeze(&text[intro_lead(text, m.start)..m.end])) else { continue };
        let start = m.end;
        let end = list_end(text, start, doc.language);
        done = end;
        out.push((Span::new(start, end), role));
    }
    let headed = heading_lists(text);
    // `headed` is sorted and its lists do not overlap: one look each.
    out.retain(|(s, _)| {
        let k = headed.partition_point(|(h, _)| h.start < s.end);
        !k.checked_sub(1).and_then(|k| headed.get(k)).is_some_and(|(h, _)| h.overlaps(*s))
    });
    out.extend(headed);
    crate::sorting::sort_by_key(&mut out, |(s, _)| *s);
    out
}

/// Lines that open the attendance annex of a report: `Attendance`, `出席情况`.
pub(super) const ATTENDANCE_ANNEX: &[&str] = &[
    "attendance", "出席情况", "出席名单", "list of participants", "provisional list of participants", "final list of participants", "与会者名单", "与会情况",
];

/// The lines of [`ATTENDANCE_ANNEX`] that title a list of participants (an
/// INF document), whose sections may be numbered.
const LIST_TITLES: &[&str] = &["list of participants", "provisional list of participants", "final list of participants", "与会者名单"];

/// Longest heading of an attendance list, in characters.
const LIST_HEADING_CHARS: usize = 90;

/// The role a line of its own gives the list under it in an attendance
/// annex: `States members of the Human Rights Council`, `由观察员代表的非会员国`,
/// `Non-governmental organizations`, `United Nations`/`联合国` (the UN
/// entities). Not a numbered section (`C. Non-governmental organizations`)
/// nor a line with punctuation of a sentence or list.
pub(super) fn heading_role(line: &str) -> Option<&'static str> {
    let t = line.trim_matches(is_ws);
    // `三. 政府间组织`: a Chinese list of participants numbers its headings.
    let t = section_title(t).unwrap_or(t);
    if t.is_empty() || t.chars().count() > LIST_HEADING_CHARS || t.contains([',', '，', '、', '.', '。', ':', '：', ';', '；', '\t']) {
        return None;
    }
    if t.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '（') {
        return None;
    }
    if t == "United Nations" || t == "联合国" || t == "联 合 国" {
        return Some("UN entity");
    }
    // `秘书处` over the Secretariat's offices and staff: a block of its own,
    // whose heading is no participant.
    if t == "秘书处" {
        return Some("secretariat");
    }
    // `国际刑事警察组织（国际刑警组织）`: an entry under a heading, not a heading.
    let base = t.split(['（', '(']).next().unwrap_or(t);
    if t.contains(is_cjk) && crate::gazetteer::lookup(base.trim_end_matches(is_ws)).is_some() {
        return None;
    }
    list_role(t)
}

/// The lists under the headings of an attendance annex (`Attendance`, then
/// `States members of the Human Rights Council` over `Albania, Algeria, …`,
/// `Non-governmental organizations` over `Amnesty International, …`), with
/// the role each heading gives: from the line after the heading to the next
/// heading, a numbered line or the next annex. Only after a line
/// `Attendance`/`出席情况`, so that a report's section headings are not read
/// as lists. Linear: each line is read once.
fn heading_lists(text: &str) -> Vec<(Span, &'static str)> {
    let mut out = Vec::new();
    let mut annex = false;
    let mut listing = false;
    let mut open: Option<(usize, usize, &'static str)> = None;
    let close = |open: &mut Option<(usize, usize, &'static str)>, out: &mut Vec<(Span, &'static str)>| {
        if let Some((s, e, role)) = open.take() {
            if e > s {
                out.push((Span::new(s, e), role));
            }
        }
    };
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let (start, end) = (at, at + raw.trim_end_matches(['\n', '\r']).len());
        at += raw.len();
        let line = text[start..end].trim_matches(is_ws);
        if line.is_empty() {
            continue;
        }
        // Compared without allocating: every line of the text passes here.
        if ATTENDANCE_ANNEX.iter().any(|w| line.eq_ignore_ascii_case(w)) {
            close(&mut open, &mut out);
            annex = true;
            listing = LIST_TITLES.iter().any(|w| line.eq_ignore_ascii_case(w));
            continue;
        }
        if !annex {
            continue;
        }
        // `Secretariat of the Conference`: the list of entities ends, and
        // what follows is no list of them.
        if super::delegations_en::is_secretariat_heading(line) {
            close(&mut open, &mut out);
            continue;
        }
        // `II. Observer States`: a list of participants numbers its sections
        // in Roman numerals or letters (a report's annex keeps them out).
        let section = if listing && !line.starts_with(|c: char| c.is_ascii_digit()) { super::delegations_en::without_number(line) } else { line };
        if let Some(role) = heading_role(section) {
            close(&mut open, &mut out);
            open = Some((at, at, role));
            continue;
        }
        // `GE.24-06012 (E)`, `A/HRC/55/2`, `24-06012 3/25`: a page break
        // inside the list; the list goes on after it with the same role.
        let furniture = line.contains(|c: char| c.is_ascii_digit()) && !line.contains(|c: char| c.is_lowercase() || is_cjk(c));
        if furniture {
            if let Some((_, _, role)) = open {
                close(&mut open, &mut out);
                open = Some((at, at, role));
            }
            continue;
        }
        let numbered = line.starts_with(|c: char| c.is_ascii_digit()) || line.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("annex")) || line.starts_with("附件");
        if numbered {
            close(&mut open, &mut out);
            annex = false;
            continue;
        }
        if let Some((s, e, _)) = open.as_mut() {
            if *e == *s {
                *s = start + (text[start..end].len() - text[start..end].trim_start_matches(is_ws).len());
            }
            *e = end;
        }
    }
    close(&mut open, &mut out);
    out
}

/// Every entry of each attendance list that no other mention covers.
pub(super) fn find_lists(doc: &Document, out: &mut Vec<Annotation>) {
    let text = doc.text;
    let mut added = Vec::new();
    let mut remove = Vec::new();
    for (list, role) in attendance_lists(doc) {
        let orgs = matches!(role, "NGO" | "intergovernmental organization" | "UN entity" | "other entity");
        // `United Nations` over `Office for the Coordination of Humanitarian
        // Affairs`: the heading and the first entry are not one name.
        let mut crossing: Vec<Span> = overlapping(out, Span::new(list.start, list.start + 1)).into_iter().filter(|s| s.start < list.start).collect();
        // The heading itself (`United Nations`, `联合国`) names the kind of entries.
        crossing.extend(heading_line(text, list.start));
        let items = list_items(text, list.start, list.end, doc.language);
        let items: Vec<Span> = match doc.language {
            Language::English => items.into_iter().flat_map(|item| split_and(text, item, out)).collect(),
            Language::Chinese => items.into_iter().flat_map(|item| split_he(text, item, out)).collect(),
        };
        for mut item in items {
            let mut inner = overlapping(out, item);
            inner.extend(overlapping(&added, item));
            inner.retain(|s| !crossing.contains(s));
            if inner.contains(&item) {
                continue;
            }
            if let Some(first) = inner.iter().map(|s| s.start).min() {
                // `Unknown Forum and Council of Europe`: the unknown entry before ` and `.
                let head = text.get(item.start..first).unwrap_or("");
                match strip_and(head) {
                    Some(h) if !h.is_empty() => item = Span::new(item.start, item.start + h.len()),
                    // A longer name with known names inside it is one entry,
                    // unless they are coordinated (`经合组织（…）和国际刑警组织（…）`).
                    _ if orgs && inner.iter().all(|s| item.contains(*s)) && !coordinated(text, &inner) => remove.extend(inner),
                    _ => continue,
                }
            }
            if !orgs {
                continue;
            }
            let raw = &text[item.range()];
            // `Anna Schmidt 女士`: a person of the organisation above, not an entry.
            if super::HONORIFICS.iter().any(|h| raw.contains(h)) {
                continue;
            }
            let short = bracketed_short(raw, 0, raw.find(['（', '(']).unwrap_or(raw.len())).map(|(_, s)| s);
            let short = short.filter(|_| raw.ends_with(['）', ')']));
            added.push(Annotation::new(item, Value::Participant(ParticipantValue::Organization { name: squeeze(raw), short })));
        }
        remove.extend(crossing);
    }
    crate::sorting::sort(&mut remove);
    out.retain(|a| remove.binary_search(&a.span).is_err());
    out.extend(added);
    crate::resolve::sort(out);
}

/// True when two of the known names inside an entry stand joined by
/// `和`/`及`/`以及`/`与` and nothing else: two entries, not one longer name.
fn coordinated(text: &str, inner: &[Span]) -> bool {
    let mut spans = inner.to_vec();
    crate::sorting::sort(&mut spans);
    spans.windows(2).any(|w| {
        let gap = text.get(w[0].end..w[1].start).unwrap_or("").trim_matches(is_ws);
        matches!(gap, "和" | "及" | "以及" | "与")
    })
}

/// `head` without the ` and ` that ends it (a line break may stand for
/// either space: `…Development Bank and\nOrganization…`).
fn strip_and(head: &str) -> Option<&str> {
    let h = head.strip_suffix(is_ws)?.trim_end_matches(is_ws).strip_suffix("and")?;
    h.ends_with(is_ws).then(|| h.trim_end_matches(is_ws))
}

/// `Transparency International and Global Initiative`: an English entry
/// split at each ` and ` (or `and` at a line break) that is outside a known
/// name (`Trinidad and Tobago`) and before a capital; at ` and the ` only
/// beside a known name (`International Chamber of Commerce and the Basel
/// Institute on Governance`), as unknown words around it are one name
/// (`Entity for Gender Equality and the Empowerment of Women`).
fn split_and(text: &str, item: Span, known: &[Annotation]) -> Vec<Span> {
    let Some(raw) = text.get(item.range()) else { return vec![item] };
    let mut parts = Vec::new();
    let mut from = item.start;
    for (p, _) in raw.match_indices("and") {
        let word = item.start + p;
        if !char_before(text, word).is_some_and(is_ws) || !char_at(text, word + 3).is_some_and(is_ws) {
            continue;
        }
        let at = crate::text::skip_back_while(text, word, is_ws);
        let next = skip_ws(text, word + 3);
        // `International Chamber of Commerce and the Basel Institute on
        // Governance`: after `and the`, a known name must end or open a side.
        let the = text.get(next..).and_then(|r| r.strip_prefix("the ").or_else(|| r.strip_prefix("the\n")));
        let next = the.map_or(next, |r| skip_ws(text, text.len() - r.len()));
        let beside_known = overlapping(known, Span::new(at.saturating_sub(1), at)).iter().any(|s| s.end == at)
            || overlapping(known, Span::new(next, next + 1)).iter().any(|s| s.start == next);
        let capital = char_at(text, next).is_some_and(|c| c.is_uppercase()) && (the.is_none() || beside_known);
        if capital && overlapping(known, Span::new(at, next)).is_empty() && at > from {
            parts.push(Span::new(from, at));
            from = next;
        }
    }
    parts.push(Span::new(from, item.end));
    parts
}

/// The conjunctions that may join the last two entries of a Chinese list.
const AND_ZH: [&str; 4] = ["以及", "和", "及", "与"];

/// `小武器调查和全球金融诚信`: a Chinese entry split after a known name that
/// opens it and a conjunction, the unknown rest another entry; and an
/// entry of unknown names split at a conjunction after a bracketed short
/// form or a word that ends an organisation's name (`某某联盟（公民联盟）和
/// 某某组织`, `某某公民社会联盟和某某国际组织`). A conjunction inside a name
/// (`联合国区域间犯罪和司法研究所`, `全球反腐败和善治议员组织`) follows neither,
/// and stays.
fn split_he(text: &str, item: Span, known: &[Annotation]) -> Vec<Span> {
    let mut parts = Vec::new();
    let mut from = item.start;
    let names = overlapping(known, item);
    let raw = text.get(item.range()).unwrap_or("");
    for (p, and) in raw.match_indices(['和', '及', '与']) {
        let at = item.start + p;
        let head = text.get(from..at).unwrap_or("").trim_end_matches(is_ws);
        let next = skip_ws(text, at + and.len());
        let rest = text.get(next..item.end).unwrap_or("");
        let ends_entry = head.ends_with(['）', ')']) || super::sources::ORG_ENDINGS.iter().any(|e| head.ends_with(e));
        // Not inside a known name, nor before words that open with the
        // conjunction's character (`和平与安全理事会`, `及其成员国`).
        let inside = names.iter().any(|s| s.start < at && at < s.end);
        if ends_entry && !inside && !rest.is_empty() && !rest.starts_with("平") && !rest.starts_with('其') && !head.is_empty() {
            parts.push(Span::new(from, from + head.len()));
            from = next;
        }
    }
    if from != item.start {
        parts.push(Span::new(from, item.end));
        return parts.into_iter().flat_map(|part| split_known(text, part, known)).collect();
    }
    split_known(text, item, known)
}

/// [`split_he`] after a known name that opens the entry.
fn split_known(text: &str, item: Span, known: &[Annotation]) -> Vec<Span> {
    let mut parts = Vec::new();
    let mut from = item.start;
    for name in overlapping(known, item).into_iter().filter(|s| item.contains(*s)) {
        if name.start != from {
            continue;
        }
        let rest = text.get(name.end..item.end).unwrap_or("");
        // `非洲联盟和平与安全理事会`, `…及其成员国`: words that open with the conjunction.
        let Some(and) = AND_ZH.iter().find(|w| rest.starts_with(**w) && !rest.starts_with("和平") && !rest.starts_with("及其")) else { continue };
        let next = skip_ws(text, name.end + and.len());
        if next < item.end {
            parts.push(name);
            from = next;
        }
    }
    parts.push(Span::new(from, item.end));
    parts
}

/// The text of the line before `start` (past blank lines), trimmed, when it
/// is the heading of an attendance annex list.
fn heading_line(text: &str, start: usize) -> Option<Span> {
    let end = crate::text::skip_back_while(text, start, is_ws);
    let (s, _) = crate::text::line_bounds(text, end.saturating_sub(1));
    let line = text.get(s..end)?;
    let lead = line.len() - line.trim_start_matches(is_ws).len();
    heading_role(line).map(|_| Span::new(s + lead, end))
}

/// True when a line break between `head` and `rest` in an English list of
/// one entry a line wraps an entry: the line ends with a small word or the
/// next goes on in lower case (`United Nations Entity for Gender Equality
/// and the\nEmpowerment of Women`, `International Organization of la\nFrancophonie`).
fn wrapped_entry(head: &str, rest: &str) -> bool {
    const SMALL: &[&str] = &["the", "of", "and", "for", "on", "in", "to", "against", "la", "de", "du", "des", "&"];
    let last = head.trim_end().rsplit([' ', '\n']).next().unwrap_or("");
    SMALL.contains(&last) || rest.trim_start_matches(' ').starts_with(|c: char| c.is_lowercase())
}

/// The entries of a list `start..end` separated by `、` (or `,`/`and` in
/// English), trimmed.
fn list_items(text: &str, start: usize, end: usize, language: Language) -> Vec<Span> {
    let mut items = Vec::new();
    let Some(list) = text.get(start..end) else { return items };
    let mut push = |a: usize, b: usize| {
        let a = skip_ws(text, a);
        let b = crate::text::skip_back_while(text, b, |c| is_ws(c) || c == '.' || c == ';');
        if a < b && b - a < 300 {
            items.push(Span::new(a, b));
        }
    };
    match language {
        Language::Chinese => {
            // An annex list without `、` has one entry a line; a list after
            // its introduction's colon is prose, which a PDF wraps.
            let inline = text[..start].trim_end_matches(is_ws).ends_with(['：', ':']);
            let by_line = !list.contains(['、', '；']) && !inline;
            let mut a = start;
            for (p, c) in list.char_indices() {
                if c == '、' || c == '；' || (by_line && c == '\n') {
                    push(a, start + p);
                    a = start + p + c.len_utf8();
                }
            }
            push(a, end);
        }
        Language::English => {
            // Entries one a line when no comma separates them; else a line
            // break only wraps an entry (`Eurasian Group on\nCombating …`).
            let by_line = !list.contains([',', ';']);
            let mut a = start;
            let mut depth = 0i32;
            for (p, c) in list.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    '\n' if by_line && !wrapped_entry(&list[..p], &list[p + 1..]) => {
                        push(a, start + p);
                        a = start + p + 1;
                    }
                    ',' | ';' if depth <= 0 => {
                        push(a, start + p);
                        a = start + p + 1;
                        let rest = &list[p + 1..];
                        let t = rest.trim_start();
                        if t.starts_with("and ") {
                            a = start + p + 1 + (rest.len() - t.len()) + 4;
                        }
                    }
                    _ => {}
                }
            }
            push(a, end);
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_entries_joined_by_and_the_beside_a_known_name_are_two() {
        let cases: &[(&str, &[&str])] = &[
            ("The following organizations were represented by observers: International Chamber of Commerce and the Basel Institute on Governance.", &["International Chamber of Commerce=org", "Basel Institute on Governance=org"]),
            ("The following organizations were represented by observers: Unknown Forum for Peace and the Basel Institute on Governance.", &["Unknown Forum for Peace=org", "Basel Institute on Governance=org"]),
            // Unknown words on both sides: one name.
            ("The following organizations were represented by observers: Alliance for Peace and the Rule of Law.", &["Alliance for Peace and the Rule of Law=org"]),
        ];
        for (text, want) in cases {
            assert_eq!(crate::participants::tests::found(text), *want, "{text}");
        }
    }

    #[test]
    fn coordinated_known_names_in_an_entry_stay_two_entries() {
        let text = "6. 下列政府间组织派观察员出席了会议：非洲联盟、经济合作与发展组织（经合组织）和国际刑事警察组织（国际刑警组织）。";
        let got = crate::participants::tests::found(text);
        assert_eq!(got, vec!["非洲联盟=org", "经济合作与发展组织（经合组织）=org:经合组织", "国际刑事警察组织（国际刑警组织）=org:国际刑警组织"]);
        // A longer name around known names is still one entry.
        let text = "7. 下列联合国机构派观察员出席了会议：毒品和犯罪问题办公室/世界银行追回被盗资产举措。";
        assert_eq!(crate::participants::tests::found(text), vec!["毒品和犯罪问题办公室/世界银行追回被盗资产举措=org"]);
        // A known name that opens an entry before `和`: the unknown rest is another entry.
        let text = "8. 下列非政府组织派观察员出席了会议：透明国际、小武器调查和全球金融诚信。";
        assert_eq!(crate::participants::tests::found(text), vec!["透明国际=org", "小武器调查=org", "全球金融诚信=org"]);
        let text = "8. 下列政府间组织派观察员出席了会议：非洲联盟和平与安全理事会。";
        assert_eq!(crate::participants::tests::found(text), vec!["非洲联盟和平与安全理事会=org"]);
        // Unknown names joined after a short form or an organisation's last word are two entries.
        let text = "11. 下列非政府组织派观察员出席了会议：某某公民社会联盟（公民联盟）和某某国际组织、某甲协会及某乙研究所、全球反腐败和善治议员组织\n（反腐败议员组织）、某某协会。";
        assert_eq!(
            crate::participants::tests::found(text),
            vec!["某某公民社会联盟（公民联盟）=org:公民联盟", "某某国际组织=org", "某甲协会=org", "某乙研究所=org", "全球反腐败和善治议员组织\n（反腐败议员组织）=org:反腐败议员组织", "某某协会=org"]
        );
    }

    #[test]
    fn attendance_annex_headings_give_lists_and_roles() {
        let text = "Annex II\n\nAttendance\n\nStates members of the Human Rights Council\nAlbania, Algeria,\nBenin\n\nNon-member States represented by observers\nHoly See, State of Palestine\n\nUnited Nations\nOffice for the Coordination of Humanitarian Affairs, Unknown Programme\n\nNational human rights institutions\nCommission on Human Rights of the Philippines\n\nNon-governmental organizations\nAmnesty International, Unknown Rights Foundation\n";
        let doc = Document::new(text);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&text[s.range()], r)).collect();
        let want = vec![
            ("Albania, Algeria,\nBenin", "member State"),
            ("Holy See, State of Palestine", "observer State"),
            ("Office for the Coordination of Humanitarian Affairs, Unknown Programme", "UN entity"),
            ("Commission on Human Rights of the Philippines", "other entity"),
            ("Amnesty International, Unknown Rights Foundation", "NGO"),
        ];
        assert_eq!(got, want);
        let zh = "附件二\n\n出席情况\n\n人权理事会成员国\n\n阿尔巴尼亚、贝宁\n\n由观察员代表的非会员国\n\n教廷、巴勒斯坦国\n\n联合国\n\n人道主义事务协调厅、联合国儿童基金会\n\n国家人权机构\n\n菲律宾人权委员会\n";
        let doc = Document::new(zh);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&zh[s.range()], r)).collect();
        let want = vec![("阿尔巴尼亚、贝宁", "member State"), ("教廷、巴勒斯坦国", "observer State"), ("人道主义事务协调厅、联合国儿童基金会", "UN entity"), ("菲律宾人权委员会", "other entity")];
        assert_eq!(got, want);
        // A list of participants numbers its sections; a report's annex does not.
        let text = "List of participants\n\nI. States parties\n\nBRAZIL\n\nII. Observer States\n\nHOLY SEE\n\nIV. Entities maintaining permanent observer offices at Headquarters\n\nSovereign Military Order of Malta\n";
        let doc = Document::new(text);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&text[s.range()], r)).collect();
        assert_eq!(got, vec![("BRAZIL", "State party"), ("HOLY SEE", "observer State"), ("Sovereign Military Order of Malta", "other entity")]);
        let text = "Attendance\n\nB. Non-governmental organizations\n\nAmnesty International\n";
        assert!(attendance_lists(&Document::new(text)).is_empty());
        // A page break inside a list: its furniture is no entry.
        let text = "Attendance\n\nNon-governmental organizations\nAmnesty International, Unknown Rights\nFoundation\n\nGE.24-06012\t3/25\n\nUnknown Peace Bureau, Human Rights Watch\n";
        let doc = Document::new(text);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&text[s.range()], r)).collect();
        assert_eq!(got, vec![("Amnesty International, Unknown Rights\nFoundation", "NGO"), ("Unknown Peace Bureau, Human Rights Watch", "NGO")]);
        // One entry a line; a long name wraps.
        let text = "Attendance\n\nUnited Nations\nUnited Nations Entity for Gender Equality and the\nEmpowerment of Women\nUnknown Programme for\nSomething\nUnknown Office\n";
        let got = crate::participants::tests::found(text);
        assert_eq!(got, vec!["United Nations Entity for Gender Equality and the\nEmpowerment of Women=org", "Unknown Programme for\nSomething=org", "Unknown Office=org"]);
        // `二. 观察员国`: numbered headings of a Chinese list of participants.
        let zh = "与会者名单\n\n一. 缔约国\n\n巴西\n\n二. 政府间组织\n\n亚非法律协商组织\n\n某某未知论坛\n";
        let doc = Document::new(zh);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&zh[s.range()], r)).collect();
        assert_eq!(got, vec![("巴西", "State party"), ("亚非法律协商组织\n\n某某未知论坛", "intergovernmental organization")]);
        let zh = "出席情况\n\n联合国\n\n人道主义事务协调厅\n\n联合国儿童基金会\n\n非政府组织\n\n大赦国际\n\n某某人权基金会\n";
        let got = crate::participants::tests::found(zh);
        assert_eq!(got, vec!["人道主义事务协调厅=org", "联合国儿童基金会=org", "大赦国际=org", "某某人权基金会=org"]);
        // Must not: section headings of a report without an attendance annex,
        // a numbered section, and the numbered paragraph after the annex.
        for text in [
            "B. Participation\n\nNon-governmental organizations\nAmnesty International, Human Rights Watch\n",
            "Attendance\n\nC. Non-governmental organizations\nThe Council heard Amnesty International, Human Rights Watch.\n",
            "Attendance\n\n5. The session was attended by 40 States.\nNon-governmental organizations, including Amnesty International, spoke.\n",
        ] {
            assert_eq!(attendance_lists(&Document::new(text)), vec![], "{text}");
        }
    }

    #[test]
    fn introductions_wrapped_by_pdf_line_breaks() {
        let text = "43. The following States Members of the United Nations were represented by\nobservers: Afghanistan, Andorra.\n\n45. The following national human rights institutions, non-governmental\norganizations and other entities were represented: Danish Institute for Human\nRights; Unknown Justice Alliance.\n";
        let doc = Document::new(text);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&text[s.range()], r)).collect();
        assert_eq!(got, vec![(" Afghanistan, Andorra", "observer State"), (" Danish Institute for Human\nRights; Unknown Justice Alliance", "NGO")]);
        let zh = "5. 下列非理事会成员国的联合国会员国派观察员出\n\n席了会议：阿富汗、安道尔。\n\n7. 下列国家人权机构派代表\n\n出席了会议：菲律宾人权委员会。\n";
        let doc = Document::new(zh);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&zh[s.range()], r)).collect();
        assert_eq!(got, vec![("阿富汗、安道尔", "observer State"), ("菲律宾人权委员会", "other entity")]);
        // The first entry's short form opens the next line.
        let zh = "96. 下列联合国系统实体派代表出席了会议：联合国艾滋病毒/艾滋病联合规划署\n（艾滋病署）、世界卫生组织。\n\n97. 下列政府间组织派观察员出席了会议：某某未知论坛\n\n98. 某某。";
        let doc = Document::new(zh);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&zh[s.range()], r)).collect();
        assert_eq!(got, vec![("联合国艾滋病毒/艾滋病联合规划署\n（艾滋病署）、世界卫生组织", "UN entity"), ("某某未知论坛", "intergovernmental organization")]);
        // The introduction's line wraps inside the second of two entries;
        // a short line ends its one entry.
        let zh = "7.    下列联合国办事处、机关、基金和方案派观察员出席了会议：联合国开发计划署和联合\n国毒品和犯罪问题办公室。\n8. 下列政府间组织派观察员出席了会议：世界银行\n欧洲委员会派代表出席了会议。";
        let doc = Document::new(zh);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (&zh[s.range()], r)).collect();
        assert_eq!(got, vec![("联合国开发计划署和联合\n国毒品和犯罪问题办公室", "UN entity"), ("世界银行", "intergovernmental organization")]);
        let zh = "5. 下列非政府组织\n\n一. 导言：大赦国际。";
        assert_eq!(attendance_lists(&Document::new(zh)), vec![]);
        // Must not: a blank line or a new numbered paragraph between the
        // words and the colon.
        let text = "The following States were represented\n\n4. Agenda: Afghanistan.";
        assert_eq!(attendance_lists(&Document::new(text)), vec![]);
    }

    #[test]
    fn the_owner_before_the_introduction_gives_the_role() {
        let text = "9. 联合国系统的下列实体派观察员出席了会议：开发署。\n10. 联合国系统的下列方案、基金和办事处派观察员出席了会议：妇女署。\n11. 此外，下列实体出席了会议：某某。";
        let roles: Vec<&str> = attendance_lists(&Document::new(text)).into_iter().map(|(_, r)| r).collect();
        assert_eq!(roles, ["UN entity", "UN entity", "other entity"]);
    }

    #[test]
    fn a_report_on_credentials_lists_the_states_whose_representatives_took_part() {
        let text = "3. Formal credentials had been received from the following States\nparties: Algeria, Argentina and Austria.\n\n4. Information had been communicated to the Secretary-General by a note verbale from the following States parties: Ghana.\n\n5. Contributions came from the following States parties: Chile.\n";
        let doc = Document::new(text);
        let got: Vec<(&str, &str)> = attendance_lists(&doc).into_iter().map(|(s, r)| (text[s.range()].trim(), r)).collect();
        assert_eq!(got, vec![("Algeria, Argentina and Austria", "State party"), ("Ghana", "State party")]);
        // The word of attending on the line above the introduction; not in the sentence before.
        let text = "5. Also attending were\nobservers for the following entities: Alpha Forum.\n\n6. Egypt attended. Its report named the following entities: Beta Forum.\n";
        let doc = Document::new(text);
        let got: Vec<&str> = attendance_lists(&doc).into_iter().map(|(s, _)| text[s.range()].trim()).collect();
        assert_eq!(got, vec!["Alpha Forum"]);
        let zh = "3. 已收到下列缔约国的国家元首签发的正式全权证书：阿尔及利亚、阿根廷。\n";
        let doc = Document::new(zh);
        let got: Vec<&str> = attendance_lists(&doc).into_iter().map(|(s, _)| zh[s.range()].trim()).collect();
        assert_eq!(got, vec!["阿尔及利亚、阿根廷"]);
    }

    #[test]
    fn list_roles_follow_the_introduction() {
        let cases: &[(&str, Option<&str>)] = &[
            ("《公约》的下列缔约国派代表出席了会议：", Some("State party")),
            ("下列理事会成员国派代表出席了会议：", Some("member State")),
            ("下列非理事会成员国的观察员国出席了会议：", Some("observer State")),
            ("下列签署国派观察员出席了会议：", Some("signatory State")),
            ("下列非《公约》签署国的国家派观察员出席了会议：", Some("observer State")),
            ("The following States not signatories to the Convention were represented by observers:", Some("observer State")),
            ("下列政府间组织派观察员出席了会议：", Some("intergovernmental organization")),
            ("下列非政府组织派观察员出席了会议：", Some("NGO")),
            ("下列秘书处单位、联合国机构、基金和方案派观察员出席了会议：", Some("UN entity")),
            ("The following States parties were represented:", Some("State party")),
            ("The following signatories to the Convention were represented by observers:", Some("signatory State")),
            ("The following signatory State was represented by an observer:", Some("signatory State")),
            ("The following specialized agencies were represented by observers:", Some("UN entity")),
            ("下列专家出席了会议：", None),
            ("下列联合国系统实体派观察员出席了会议：", Some("UN entity")),
            ("The following United Nations system entities were represented:", Some("UN entity")),
            ("下列其他实体派观察员出席了会议：", Some("other entity")),
            ("下列国家人权机构派代表出席了会议：", Some("other entity")),
            ("下列签署了《公约》的国家派观察员出席了会议：", Some("signatory State")),
            ("下列国家作为观察员派代表出席了会议：", Some("observer State")),
            ("下列非缔约国派观察员出席了会议：", Some("observer State")),
            ("had been received from the following 112 States parties:", Some("State party")),
            ("Also attending were observers for the following intergovernmental organizations:", Some("intergovernmental organization")),
            ("非委员会成员国", Some("observer State")),
            ("非会员国", Some("observer State")),
            ("下列非执行局成员国出席了会议：", Some("observer State")),
            ("委员会成员国", Some("member State")),
            ("下列非洲联盟成员国出席了会议：", Some("member State")),
            ("The following signatory States were represented by observers:", Some("signatory State")),
            ("The following States Members of the United Nations and members of the specialized agencies were represented by observers:", Some("observer State")),
            ("The following States members of the Commission were represented:", Some("member State")),
        ];
        for (intro, want) in cases {
            assert_eq!(list_role(intro), *want, "{intro}");
        }
    }
}
