//! Participants: States, organisations, persons and UN regional groups
//! named as taking part or acting, and the document-level list of who took
//! part and how.
//!
//! Sources, in order:
//! - names of the [`crate::gazetteer`] (every UN Member State and observer,
//!   the European Union, UN entities, intergovernmental organisations and
//!   networks, regional groups): `卡塔尔代表报告…` → `卡塔尔` {state, QAT};
//! - a bracketed short form after an organisation belongs to its span
//!   (`联合国开发计划署（开发署）`), and a short form the document introduced
//!   this way is found alone later (`开发署`);
//! - every entry of an attendance list (`下列政府间组织派观察员出席了会议：
//!   亚非法律协商组织、…。`), known or not;
//! - persons: a Latin-script name after a role and before a bracketed State
//!   (`缔约国会议副主席 Aftab Ahmad Khokher（巴基斯坦）`), or after a title
//!   in English (`Mr. Amr Adel Hosny (Egypt), President`); a name
//!   transliterated with a middle dot ([`crate::names_zh`]: `主席马里亚诺·加西亚（秘鲁）`);
//!   in a bureau table the role is the row's first cell (`主席：\tX（秘鲁）`),
//!   or the one above for a continuation row.
//!
//! Deliberately left out: the bodies the document is about (the Conference,
//! its subsidiary bodies, the secretariat) are not in the data, and a body
//! that the cover names alone on a line (`麻醉药品委员会`) is dropped with the
//! subsidiaries the data gives it; an organ that numbers its own resolution
//! (`经济及社会理事会第 2002/1 号决议`) is the symbol's body; `大会` is
//! kept only where the Assembly acts (not in `大会特别会议` nor as the body
//! of `大会第 58/4 号决议`); `联合国` not in fixed expressions (`联合国系统`,
//! `联合国所有语文`); a State inside a language or people (`西班牙语`,
//! `中国人民`) or a title (`《北京宣言》`). States inside a venue
//! (`埃及沙姆沙伊赫`) are found here and dropped by [`crate::resolve`] in
//! favour of the place.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex_lite::Regex;

use crate::gazetteer::{self, Entry, Hit, OrgKind};
use crate::model::{Annotation, Kind, Language, ParticipantEntry, ParticipantValue, Value};
use crate::span::Span;
use crate::text::{char_at, char_before, is_cjk, is_space, is_ws, skip_spaces, skip_ws, Document};

/// Most short forms introduced in brackets that are searched for alone.
const MAX_SHORTS: usize = 32;

/// Longest bracketed short form, in characters.
const MAX_SHORT_CHARS: usize = 20;

/// Most whitespace, in bytes, between a name and its bracketed short form.
const MAX_BRACKET_GAP: usize = 8;

/// Longest introduction of an attendance list, in bytes.
const LIST_INTRO_WINDOW: usize = 600;

/// Longest stretch before `下列` read for the word of attending, in bytes.
const LIST_LEAD: usize = 60;

/// Longest personal name with its title, in bytes.
const PERSON_WINDOW: usize = 160;

/// Longest attendance list, in bytes, read after its colon.
const MAX_LIST: usize = 20_000;

/// A Latin-script personal name of two to five words.
static PERSON_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿĀ-ſ'’\-]+(?: (?:(?:de|da|di|du|van|von|der|del|la|le|bin|al|el|dos|das|ben) ){0,2}[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ſ'’\-.]+){1,4}").expect("person pattern")
});

/// `Mr. Amr Adel Hosny`: an English title and a name, whose inner words may
/// be initials or particles (`Mr. Muhammadou M.O. Kah`, `Ms. Maria de la Cruz`).
static PERSON_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:H\.E\. (?:(?:Mr|Ms|Mrs|Dr)\.? )?|(?:Mr|Ms|Mrs|Dr)\.? )((?:(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ſ'’\-]+|(?:[A-Z]\.){1,3}|de|da|di|du|van|von|der|del|la|le|bin|al|el|dos|das|ben) ){0,5}[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ſ'’\-]+)").expect("person pattern")
});

/// A match of an anchored pattern: the whole match and group 1, in bytes
/// of the text.
struct Found {
    whole: Span,
    group: Option<Span>,
}

/// The matches of `re` (written with `^`) that start at one of `anchors`,
/// each read within `window` bytes, never overlapping. Looking for cheap
/// literal anchors first keeps the regex engine off most of the text.
fn anchored(re: &Regex, text: &str, anchors: &[usize], window: usize) -> Vec<Found> {
    let mut out = Vec::new();
    let mut done = 0;
    for &at in anchors {
        if at < done {
            continue;
        }
        let end = crate::text::floor_boundary(text, at.saturating_add(window));
        let Some(slice) = text.get(at..end) else { continue };
        let Some(c) = re.captures(slice) else { continue };
        let Some(m) = c.get(0) else { continue };
        let group = c.get(1).map(|g| Span::new(at + g.start(), at + g.end()));
        done = at + m.end().max(1);
        out.push(Found { whole: Span::new(at + m.start(), at + m.end()), group });
    }
    out
}

/// Where any of `needles` starts in `text`, sorted.
fn anchors(text: &str, needles: &[&str]) -> Vec<usize> {
    let mut at: Vec<usize> = needles.iter().flat_map(|n| text.match_indices(n).map(|(i, _)| i)).collect();
    at.sort_unstable();
    at.dedup();
    at
}

/// Words that open a name phrase without being part of the name.
const NOT_NAMES: &[&str] = &[
    "President", "Vice-President", "Chair", "Vice-Chair", "Chairperson", "Rapporteur", "Ambassador", "Minister", "Judge", "Professor", "Director",
    "Commissioner", "Mr", "Ms", "Mrs", "Dr", "The", "By", "Statement",
];

/// Particles inside personal names (`Maria de la Cruz`).
const PARTICLES: &[&str] = &["de", "da", "di", "du", "van", "von", "der", "del", "la", "le", "bin", "al", "el", "dos", "das", "ben"];

/// Where a run of capitalised words ends right before a bracketed State
/// (`Amr Adel Hosny (Egypt)`), the start of those words: the candidates for
/// a person's name. Linear: each bracket looks back a bounded distance.
fn bracketed_name_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (at, c) in text.char_indices() {
        if c != '(' && c != '（' {
            continue;
        }
        let end = crate::text::skip_back_while(text, at, |c| c == ' ');
        if bracket_state(text, end).0.is_none() {
            continue;
        }
        let mut pos = end;
        let mut start = None;
        for _ in 0..8 {
            let ts = crate::text::skip_back_while(text, pos, |c| c.is_alphabetic() && !is_cjk(c) || "-'’.".contains(c));
            let Some(word) = text.get(ts..pos).filter(|w| !w.is_empty()) else { break };
            if word.starts_with(char::is_uppercase) {
                if NOT_NAMES.contains(&word.trim_end_matches('.')) {
                    break;
                }
                start = Some(ts);
            } else if !PARTICLES.contains(&word) {
                break;
            }
            if char_before(text, ts) != Some(' ') {
                break;
            }
            pos = ts - 1;
        }
        out.extend(start);
    }
    out
}

/// Where a Latin capital follows a character that is not a letter or digit.
fn capitals(text: &str) -> Vec<usize> {
    let mut prev = ' ';
    let mut at = Vec::new();
    for (i, c) in text.char_indices() {
        if c.is_ascii_uppercase() && !prev.is_ascii_alphanumeric() && prev != '.' && prev != '/' {
            at.push(i);
        }
        prev = c;
    }
    at
}

/// Words that say the entries of a list took part.
const ATTENDED: &[&str] = &["出席", "与会", "参加", "represented", "attended", "participated"];

/// The sentences that introduce attendance lists: from `下列`/`以下`/`The
/// following` to the colon, with a word of attending in between
/// (`下列…出席了会议：`, `The following States … were represented:`).
fn list_intros(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut done = 0;
    for at in anchors(text, &["下列", "以下", "The following", "the following", "THE FOLLOWING"]) {
        if at < done {
            continue;
        }
        let end = crate::text::floor_boundary(text, at.saturating_add(LIST_INTRO_WINDOW));
        let window = text.get(at..end).unwrap_or("");
        // `出席会议的有《公约》下列缔约国：`: the word of attending may come first.
        let lo = crate::text::floor_boundary(text, at.saturating_sub(LIST_LEAD));
        let lead = text.get(lo..at).unwrap_or("");
        let lead = lead.rsplit(['。', '\n']).next().unwrap_or(lead);
        let mut chars = window.char_indices().peekable();
        while let Some((p, c)) = chars.next() {
            let full_stop = c == '.' && chars.peek().is_none_or(|&(_, d)| is_ws(d));
            if c == '。' || c == '\n' || full_stop {
                break;
            }
            if c == '：' || c == ':' {
                if ATTENDED.iter().any(|w| window[..p].contains(w) || lead.contains(w)) {
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
    while let Some((p, c)) = chars.next() {
        entries |= c == '、';
        let full_stop = c == '.' && chars.peek().is_none_or(|&(_, d)| is_ws(d));
        if c == '\n' && language == Language::English && !new_paragraph(&list[p + 1..]) {
            continue;
        }
        if c == '。' || full_stop || c == '\n' && !(entries && wraps_at(text, start, start + p)) {
            return start + p;
        }
    }
    limit
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
    char_at(text, next).is_some_and(is_cjk) && !next_line_is_heading(text, next)
}

/// `一. 导言`-like headings start with a Chinese numeral and a full stop.
fn next_line_is_heading(text: &str, i: usize) -> bool {
    let rest = text.get(i..).unwrap_or("");
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('.' | '．' | '、')) if crate::numerals::is_chinese_numeral(c))
}

/// Finds participants in `doc`. Linear in the text; never panics.
pub fn find_participants(doc: &Document) -> Vec<Annotation> {
    let text = doc.text;
    let hits = gazetteer::scan(text);
    let mut out: Vec<Annotation> = Vec::new();
    let mut shorts: Vec<String> = Vec::new();
    let mut reach = 0;
    let names: Vec<&Hit> = hits.iter().filter(|h| !matches!(h.entry, Entry::City(_))).collect();
    for (k, hit) in names.iter().enumerate() {
        if hit.span.start < reach {
            continue;
        }
        // `联合国世界粮食计划署`: the United Nations written before one of its
        // organisations is part of that name.
        let next = names.get(k + 1).filter(|n| n.span.start == hit.span.end && matches!(n.entry, Entry::Organization(_)));
        if let (Some(next), true) = (next, is_united_nations(hit)) {
            if let Some(mut a) = from_hit(text, next, &mut shorts) {
                a.span = Span::new(hit.span.start, a.span.end);
                if let Value::Participant(ParticipantValue::Organization { name, .. }) = &mut a.value {
                    name.insert_str(0, &squeeze(&text[hit.span.range()]));
                }
                reach = a.span.end;
                out.push(a);
                continue;
            }
        }
        if let Some(a) = from_hit(text, hit, &mut shorts) {
            reach = a.span.end;
            out.push(a);
        }
    }
    drop_own_body(text, &mut out);
    find_shorts(text, &shorts, &hits, &mut out);
    crate::resolve::sort(&mut out);
    find_lists(doc, &mut out);
    find_sources(text, &mut out);
    find_persons(doc, &mut out);
    crate::resolve::sort(&mut out);
    out
}

/// True when `hit` is the United Nations itself (`联合国`).
fn is_united_nations(hit: &Hit) -> bool {
    match hit.entry {
        Entry::Organization(i) => gazetteer::organizations().get(i).is_some_and(|o| o.zh.first() == Some(&"联合国")),
        _ => false,
    }
}

/// Longest document header, in bytes: the masthead, symbol, session and title
/// lines before the first numbered paragraph.
const MAX_HEADER: usize = 1500;

/// True for a document symbol standing alone (`A/HRC/52/1`, `E/CN.7/2023/1*`).
fn is_symbol_token(s: &str) -> bool {
    let s = s.trim_end_matches('*');
    let mut parts = s.split('/');
    parts.next().is_some_and(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase()))
        && s.split('/').count() >= 3
        && s.split('/').skip(1).all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-'))
}

/// Principal organs that head the series of their subsidiary bodies
/// (`经济及社会理事会` above `Distr.`, `麻醉药品委员会` below): the parent of
/// the document's body, not its body. A treaty's conference above a working
/// group's report stays the body: its subsidiaries are what it is about.
const PARENT_ORGANS: &[&str] = &["经济及社会理事会", "安全理事会", "Economic and Social Council", "Security Council"];

/// Names that head every UN document or series, which do not make the
/// organisation the body the document is about wherever the header names them.
const MASTHEADS: &[&str] = &["联合国", "大会", "United Nations", "General Assembly"];

/// Where the header ends: at the first line that starts with `1.`, or
/// after [`MAX_HEADER`] bytes (always a char boundary).
fn header_end(text: &str) -> usize {
    let limit = crate::text::floor_boundary(text, MAX_HEADER);
    let head = &text[..limit];
    let mut at = 0;
    for line in head.split_inclusive('\n') {
        if line.trim_start().starts_with("1.") {
            return at;
        }
        at += line.len();
    }
    limit
}

/// Removes the body the document is about — an organisation that a header
/// line names alone (`人权理事会` above `第五十二届会议`) and the subsidiary
/// bodies the data gives it — everywhere, and a masthead line (`联合国`,
/// `大会` alone on their line) in the header.
///
/// A header line that only mentions an organisation (the title
/// `毒品和犯罪问题办公室的工作`) does not make it the body. An organisation
/// alone on a line above `Distr.` is the parent organ of the series, not the
/// body, when it is a principal organ and another body line follows below
/// (`经济及社会理事会` above `Distr.`, `麻醉药品委员会` below): only that
/// masthead line is dropped.
fn drop_own_body(text: &str, out: &mut Vec<Annotation>) {
    let end = header_end(text);
    // Only a UN document's cover has a header to read; without one, the
    // opening may say whose session it is.
    let Some(distr) = text[..end].find("Distr") else {
        if let Some(key) = opening_body(text, out) {
            retain_others(out, &[], subsidiaries_too(vec![key]));
        }
        return;
    };
    let mut own: Vec<(String, Span)> = Vec::new();
    let mut masthead: Vec<Span> = Vec::new();
    for a in out.iter().filter(|a| a.span.end <= end) {
        let Value::Participant(ParticipantValue::Organization { name, .. }) = &a.value else { continue };
        // A name broken over two header lines (`联合国打击跨国有组织犯罪公约\n缔约方会议`)
        // is read with both lines.
        let (s, _) = crate::text::line_bounds(text, a.span.start);
        let (_, e) = crate::text::line_bounds(text, a.span.end);
        let line = text.get(s..e).unwrap_or("");
        let written = text.get(a.span.range()).unwrap_or("");
        // `经济及社会理事会\tDistr.: General`: the masthead names the parent
        // organ next to the symbol or distribution; only that line is dropped.
        let first_cell = line.split('\t').next().is_some_and(|cell| cell.trim() == written);
        // `大会` alone on its line above `Distr.`, `联 合 国 A/HRC/52/1`,
        // `大 会 Distr.: General`: the series' masthead.
        let before = text[s..a.span.start].trim_matches(is_space);
        let after = text[a.span.end..e].trim_matches(is_space);
        let beside = after.is_empty() || after.starts_with("Distr") || is_symbol_token(after);
        let masthead_line = MASTHEADS.contains(&name.as_str()) && before.is_empty() && beside && a.span.start < distr + "Distr".len();
        // Without a tab (`United Nations E/CN.15/2023/1`, `Economic and Social
        // Council Distr.: General`), the rest of the line is the symbol or distribution.
        let rest = after.trim();
        let beside_in_line = rest.starts_with("Distr") || (!rest.contains(' ') && rest.contains('/') && rest.starts_with(|c: char| c.is_ascii_uppercase()));
        if first_cell && (line.contains('\t') || line.contains("Distr")) || beside_in_line || masthead_line {
            masthead.push(a.span);
        } else if names_body_line(&text[s..a.span.start], &text[a.span.end..e]) && !MASTHEADS.contains(&name.as_str()) {
            own.push((organization_key(name), a.span));
        }
    }
    if own.iter().any(|(_, s)| s.start > distr) {
        let parent_organ = |key: &String| PARENT_ORGANS.iter().any(|p| organization_key(p) == *key);
        let (parents, bodies): (Vec<_>, Vec<_>) = own.into_iter().partition(|(k, s)| s.start < distr && parent_organ(k));
        masthead.extend(parents.into_iter().map(|(_, s)| s));
        own = bodies;
    }
    if own.is_empty() && masthead.is_empty() {
        return;
    }
    let own = subsidiaries_too(own.into_iter().map(|(k, _)| k).collect());
    retain_others(out, &masthead, own);
}

/// The keys of `own` and of the subsidiary bodies the data gives them: a
/// document of a body is about its subsidiary bodies too.
fn subsidiaries_too(mut own: Vec<String>) -> Vec<String> {
    let subsidiaries = gazetteer::organizations().iter().enumerate().filter_map(|(i, o)| {
        let parent = organization_key(o.parent?);
        own.contains(&parent).then(|| format!("#{i}"))
    });
    let subsidiaries: Vec<String> = subsidiaries.collect();
    own.extend(subsidiaries);
    own
}

/// How far into a document without a cover its opening is read, in bytes.
const OPENING: usize = 3000;

/// `预防犯罪和刑事司法委员会第三十二届会议将于…开幕`: in the opening of a
/// document without a cover, the organisation whose numbered session opens
/// or is held is the body the document is about.
fn opening_body(text: &str, out: &[Annotation]) -> Option<String> {
    static SESSION_OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*第[ \t]*[0-9一二三四五六七八九十百]+[ \t]*(?:届|次)(?:特别)?会议[^。；]{0,80}?(?:开幕|举行)").expect("session pattern")
    });
    out.iter().take_while(|a| a.span.end <= OPENING).find_map(|a| {
        let Value::Participant(ParticipantValue::Organization { name, .. }) = &a.value else { return None };
        let rest = text.get(a.span.end..)?;
        let rest = &rest[..crate::text::floor_boundary(rest, 240)];
        (!MASTHEADS.contains(&name.as_str()) && SESSION_OPENS.is_match(rest)).then(|| organization_key(name))
    })
}

/// Drops the annotations at `masthead` and every organisation whose key is
/// in `own`.
fn retain_others(out: &mut Vec<Annotation>, masthead: &[Span], own: Vec<String>) {
    out.retain(|a| {
        if masthead.contains(&a.span) {
            return false;
        }
        match &a.value {
            Value::Participant(ParticipantValue::Organization { name, short }) => {
                let base = match short {
                    Some(_) => name.split(['（', '(']).next().unwrap_or(name).trim_end(),
                    None => name,
                };
                own.is_empty() || !own.contains(&organization_key(base))
            }
            _ => true,
        }
    });
}

/// True when a header line with an organisation between `before` and
/// `rest` names the body the document is about: the organisation alone, or
/// with its session (`人权理事会第五十二届会议`), or as the body whose report
/// the title is (`…麻醉药品委员会第六十六届会议的报告`, `…工作组会议的报告`,
/// `Report of the Commission on Narcotic Drugs on its…`). Not a title that
/// only mentions it (`毒品和犯罪问题办公室的工作`, `Work of the Office`).
fn names_body_line(before: &str, rest: &str) -> bool {
    let before = before.trim_start_matches(is_space);
    let rest = rest.trim_end_matches(is_space);
    let after = rest.trim_start_matches(is_space);
    if after.is_empty() {
        return before.is_empty() || before.to_ascii_lowercase().trim_end().ends_with("report of the");
    }
    const OF_THE_BODY: &[&str] = &["第", "会议", "届会", "的报告", "报告"];
    let zh = OF_THE_BODY.iter().any(|w| after.starts_with(w)) && (before.is_empty() || rest.ends_with("报告"));
    let en = before.to_ascii_lowercase().trim_end().ends_with("report of the") && (after.starts_with("on its") || after.starts_with("at its"));
    zh || en
}

/// A resolution or decision numbered right after the body that adopted it,
/// perhaps with its date between: `第 2002/1 号决议`, ` S-32/1 号决议`,
/// `第 1373 (2001) 号决议`, `2021年7月22日第2021/15号决议`.
static OWN_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t\u{3000}]*(?:[0-9]{4}[ \t]*年(?:[ \t]*[0-9]{1,2}[ \t]*月(?:[ \t]*[0-9]{1,2}[ \t]*日)?)?[ \t]*(?:的[ \t]*)?)?第?[ \t]*(?:S-)?[0-9]{1,4}(?:/[0-9]{1,4})?(?:[ \t]*[(（][0-9]{4}[)）])?[ \t]*号(?:决议|决定)")
        .expect("resolution pattern")
});

/// True when `rest`, the text right after an organisation, numbers one of
/// its resolutions or decisions: the organisation is then the body of a
/// symbol, not a participant, as `大会` in `大会第 58/4 号决议`. Not when the
/// organisation acts first (`人权理事会2023年通过了第52/1号决议`).
fn numbers_its_resolution(rest: &str) -> bool {
    OWN_RESOLUTION.is_match(rest)
}

/// The annotation a gazetteer hit gives, after the context checks.
fn from_hit(text: &str, hit: &Hit, shorts: &mut Vec<String>) -> Option<Annotation> {
    let span = hit.span;
    let name = squeeze(&text[span.range()]);
    match hit.entry {
        Entry::State(i) => {
            let state = gazetteer::states().get(i)?;
            if !state_context_ok(text, span, &name) {
                return None;
            }
            Some(Annotation::new(span, Value::Participant(ParticipantValue::State { name, iso3: state.iso3.to_string() })))
        }
        Entry::Organization(i) => {
            let org = gazetteer::organizations().get(i)?;
            if org.kind == OrgKind::Group {
                return Some(Annotation::new(span, Value::Participant(ParticipantValue::Group { name })));
            }
            if !org_context_ok(text, span, &name) {
                return None;
            }
            let (span, short) = match bracketed_short(text, span.end) {
                Some((end, short)) => {
                    if shorts.len() < MAX_SHORTS && !shorts.contains(&short) {
                        shorts.push(short.clone());
                    }
                    (Span::new(span.start, end), Some(short))
                }
                None => (span, None),
            };
            let written = squeeze(&text[span.range()]);
            let name = match &short {
                // `（全\n\n球网)` is written `（全球网）` in the name.
                Some(s) if is_cjk_text(&name) && written.contains(s.as_str()) && written.chars().count() == name.chars().count() + s.chars().count() + 2 => {
                    format!("{name}（{s}）")
                }
                Some(_) => written,
                None => name,
            };
            Some(Annotation::new(span, Value::Participant(ParticipantValue::Organization { name, short })))
        }
        Entry::City(_) => None,
    }
}

/// A State mention that is not part of a language, people, sea, title or
/// longer word.
fn state_context_ok(text: &str, span: Span, name: &str) -> bool {
    let next = char_at(text, span.end);
    // `朝鲜半岛`, `非洲裔`: a peninsula, a descent.
    if next.is_some_and(|c| matches!(c, '语' | '文' | '人' | '河' | '湾' | '海' | '洋' | '湖' | '族' | '籍' | '半' | '裔')) {
        return false;
    }
    // `发展中国家`, `拉美国家`, `过程中国际合作`: the `国` belongs to `国家`, `国际`.
    if name.ends_with('国') && matches!(next, Some('家' | '际')) {
        return false;
    }
    // `加勒比海地区`: `海地` is not Haiti there.
    if name == "海地" && (next == Some('区') || char_before(text, span.start) == Some('比')) {
        return false;
    }
    // `明智利用`: `智利` is not Chile there.
    if name == "智利" && (next == Some('用') || char_before(text, span.start) == Some('明')) {
        return false;
    }
    if char_before(text, span.start) == Some('《') {
        return false;
    }
    let before = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(8))..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let titled = ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms "].iter().any(|t| before.ends_with(t));
    // `United States dollars` is a currency.
    !titled && !after.starts_with(" dollar")
}

/// Characters that may stand before `大会` when the General Assembly acts.
fn assembly_may_follow(c: char) -> bool {
    !is_cjk(c) || "在由经和与及向请的对将供交给被到据了并或为使令即中后时".contains(c)
}

/// An organisation mention that is the organisation itself, not part of a
/// fixed expression, a meeting's name or a title.
fn org_context_ok(text: &str, span: Span, name: &str) -> bool {
    if char_before(text, span.start) == Some('《') {
        return false;
    }
    let rest = text.get(span.end..).unwrap_or("");
    if numbers_its_resolution(&rest[..crate::text::floor_boundary(rest, 80)]) {
        return false;
    }
    let rest = &rest[..crate::text::floor_boundary(rest, 40)];
    match name {
        "大会" => {
            let prev = char_before(text, span.start);
            let after = rest.trim_start_matches(is_space);
            let head: String = after.chars().take(12).take_while(|c| !matches!(c, '，' | '。' | '；' | '、')).collect();
            prev.is_none_or(assembly_may_follow)
                && !head.contains("特别会议")
                && !head.contains("届会")
                && !after.starts_with('第')
                && !after.starts_with(|c: char| c.is_ascii_digit() || c == 'S')
                && !after.starts_with("决议")
        }
        "联合国" => {
            const FIXED: &[&str] = &[
                "系统", "所有语文", "语文", "正式语文", "机构", "会员国", "各", "反腐败公约", "公约", "宪章", "实体", "预防犯罪",
                "区域", "基金", "方案", "专门机构", "日", "文件", "大楼", "总部", "工作人员", "维持和平", "所有各", "秘书长", "人权事务高级专员",
                "难民事务高级专员",
            ];
            let after = rest.trim_start_matches(is_space);
            let before = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(9))..span.start).unwrap_or("");
            // `联合国打击跨国有组织犯罪公约`: the title of a convention.
            let clause: String = after.chars().take(16).take_while(|c| !"，。；、（(”".contains(*c)).collect();
            !FIXED.iter().any(|f| after.starts_with(f))
                && !clause.contains("公约")
                && !after.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十两几".contains(c))
                && !before.ends_with("一个")
                && !before.ends_with('“')
        }
        "General Assembly" => {
            let before = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(20))..span.start).unwrap_or("");
            let lower = rest.to_lowercase();
            !["resolution", "decision", "special session"].iter().any(|w| lower.trim_start().starts_with(w))
                && !before.ends_with("session of the ")
                && !before.ends_with("sessions of the ")
        }
        "United Nations" => {
            const FIXED_EN: &[&str] = &[
                "system", "Convention", "Charter", "entities", "agencies", "bodies", "Member States", "official languages", "languages", "Headquarters",
                "staff", "regional groups", "funds", "programmes", "Day", "High Commissioner", "Secretary-General",
            ];
            let after = rest.trim_start();
            let before = text.get(crate::text::floor_boundary(text, span.start.saturating_sub(20))..span.start).unwrap_or("");
            !FIXED_EN.iter().any(|f| after.starts_with(f))
                && !before.ends_with("Charter of the ")
                && !before.ends_with("One ")
                && !before.ends_with("Members of the ")
        }
        // `Security Council resolution 2334 (2016)`: the body of the symbol.
        _ if name.is_ascii() => {
            let after = rest.trim_start();
            !["resolution", "decision"].iter().any(|w| after.starts_with(w))
        }
        // `全球网络` is a network, not the short form `全球网`.
        _ => !(name.ends_with('网') && char_at(text, span.end) == Some('络')),
    }
}

/// `（开发署）` at `i`: the end of the bracket and the short form in it.
fn bracketed_short(text: &str, i: usize) -> Option<(usize, String)> {
    let j = skip_ws(text, i);
    if j - i > MAX_BRACKET_GAP {
        return None;
    }
    let open = char_at(text, j)?;
    if open != '（' && open != '(' {
        return None;
    }
    let body_start = j + open.len_utf8();
    let mut short = String::new();
    let mut k = body_start;
    let mut count = 0;
    while let Some(c) = char_at(text, k) {
        if c == '）' || c == ')' {
            // `（以下简称“开发署”）`: the short form is the quoted name.
            let short = ["以下简称", "下称", "简称"]
                .iter()
                .find_map(|p| short.strip_prefix(p))
                .map_or(short.clone(), |s| s.trim_matches(['“', '”', '"']).to_string());
            // `to the United Nations (Vienna)`: a bracketed city or State is where, not a short form.
            let place = matches!(gazetteer::lookup(&short), Some(Entry::City(_) | Entry::State(_)));
            let ok = short.chars().count() >= 2 && !place && !short.contains(|c: char| "，。、；：,;:“”\"".contains(c));
            // `UNEP (UNEP/EA.5/Res.3)`: a document symbol in brackets is a citation, not a short form.
            let ok = ok && crate::symbols::grammar::parse_at(&short, 0).is_none_or(|p| p.len < short.len());
            return ok.then_some((k + c.len_utf8(), short));
        }
        count += 1;
        if count > MAX_SHORT_CHARS + 8 || "（(《》，。、；：\n".contains(c) && !is_ws(c) {
            return None;
        }
        if !is_ws(c) {
            short.push(c);
        }
        k += c.len_utf8();
    }
    None
}

/// Short forms introduced in brackets, found alone elsewhere in the text.
fn find_shorts(text: &str, shorts: &[String], hits: &[Hit], out: &mut Vec<Annotation>) {
    let mut taken: Vec<Span> = out.iter().map(|a| a.span).collect();
    taken.extend(hits.iter().map(|h| h.span));
    taken.sort_unstable();
    for short in shorts {
        if gazetteer::lookup(short).is_some() || short.chars().count() < 2 {
            continue;
        }
        for (at, _) in text.match_indices(short.as_str()) {
            let span = Span::new(at, at + short.len());
            let i = taken.partition_point(|s| s.start < span.end);
            if taken[..i].iter().rev().take(4).any(|s| s.overlaps(span)) {
                continue;
            }
            let word_ok = !short.starts_with(|c: char| c.is_ascii_alphanumeric())
                || (!char_before(text, at).is_some_and(|c| c.is_ascii_alphanumeric())
                    && !char_at(text, span.end).is_some_and(|c| c.is_ascii_alphanumeric()));
            if word_ok {
                out.push(Annotation::new(
                    span,
                    Value::Participant(ParticipantValue::Organization { name: short.clone(), short: None }),
                ));
            }
        }
    }
}

/// Endings of organisation names: `…综合办公室`, `…伙伴关系`.
const ORG_ENDINGS: &[&str] = &[
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
fn find_sources(text: &str, out: &mut Vec<Annotation>) {
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

/// How a list's introducing sentence says its entries took part.
fn list_role(intro: &str) -> Option<&'static str> {
    let lower = intro.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| intro.contains(w) || lower.contains(w));
    // `下列国家人权机构`: institutions, not States.
    let institutions = ["机构", "实体"].iter().any(|w| intro.contains(w));
    let states = !institutions && ["States", "缔约国", "签署国", "观察员国", "会员国", "成员国", "缔约方", "国家"].iter().any(|w| intro.contains(w));
    if has(&["非政府组织", "non-governmental"]) {
        Some("NGO")
    } else if has(&["政府间组织", "intergovernmental"]) {
        Some("intergovernmental organization")
    } else if states {
        if has(&["签署国", "签署了", "signator"]) {
            Some("signatory State")
        } else if has(&["观察员", "非缔约国", "非成员国", "非理事会成员", "observer state", "not parties", "non-member", "not members", "as observers", "by observers"]) {
            Some("observer State")
        } else if has(&["成员国", "会员国", "members of the", "member states"]) {
            Some("member State")
        } else if has(&["缔约国", "缔约方", "parties"]) {
            Some("State party")
        } else {
            None
        }
    } else if has(&["联合国机构", "秘书处单位", "专门机构", "基金和方案", "united nations entities", "specialized agencies", "funds and programmes", "united nations bodies"]) {
        Some("UN entity")
    } else if has(&["组织", "实体", "机构", "organizations", "entities", "institutions"]) {
        // `下列其他实体派观察员出席了会议：`
        Some("other entity")
    } else {
        None
    }
}

/// Every entry of each attendance list that no other mention covers.
fn find_lists(doc: &Document, out: &mut Vec<Annotation>) {
    let text = doc.text;
    let mut added = Vec::new();
    let mut remove = Vec::new();
    let mut done = 0;
    for m in list_intros(text) {
        // An introduction inside the previous list is not read again.
        if m.start < done {
            continue;
        }
        let Some(role) = list_role(&text[m.range()]) else { continue };
        let orgs = matches!(role, "NGO" | "intergovernmental organization" | "UN entity" | "other entity");
        let start = m.end;
        let end = list_end(text, start, doc.language);
        done = end;
        let items = list_items(text, start, end, doc.language);
        let items: Vec<Span> = match doc.language {
            Language::English => items.into_iter().flat_map(|item| split_and(text, item, out)).collect(),
            Language::Chinese => items,
        };
        for mut item in items {
            let mut inner = overlapping(out, item);
            inner.extend(overlapping(&added, item));
            if inner.contains(&item) {
                continue;
            }
            if let Some(first) = inner.iter().map(|s| s.start).min() {
                // `Unknown Forum and Council of Europe`: the unknown entry before ` and `.
                let head = text.get(item.start..first).unwrap_or("");
                match head.strip_suffix(" and ") {
                    Some(h) if !h.is_empty() => item = Span::new(item.start, item.start + h.len()),
                    // A longer name with known names inside it is one entry.
                    _ if orgs && inner.iter().all(|s| item.contains(*s)) => remove.extend(inner),
                    _ => continue,
                }
            }
            if !orgs {
                continue;
            }
            let raw = &text[item.range()];
            let short = bracketed_short(raw, raw.find(['（', '(']).unwrap_or(raw.len())).map(|(_, s)| s);
            let short = short.filter(|_| raw.ends_with(['）', ')']));
            added.push(Annotation::new(item, Value::Participant(ParticipantValue::Organization { name: squeeze(raw), short })));
        }
    }
    remove.sort_unstable();
    out.retain(|a| remove.binary_search(&a.span).is_err());
    out.extend(added);
    crate::resolve::sort(out);
}

/// The spans of `sorted` (by start, not overlapping each other) that
/// overlap `span`.
fn overlapping(sorted: &[Annotation], span: Span) -> Vec<Span> {
    let i = sorted.partition_point(|a| a.span.start < span.end);
    // An attendance entry holds few names: looking back a bounded number of
    // spans keeps this O(log n).
    let mut found: Vec<Span> = sorted[..i].iter().rev().take(16).map(|a| a.span).filter(|s| s.overlaps(span)).collect();
    found.reverse();
    found
}

/// `Transparency International and Global Initiative`: an English entry
/// split at each ` and ` that is outside a known name (`Trinidad and
/// Tobago`) and before a capital.
fn split_and(text: &str, item: Span, known: &[Annotation]) -> Vec<Span> {
    let Some(raw) = text.get(item.range()) else { return vec![item] };
    let mut parts = Vec::new();
    let mut from = item.start;
    for (p, _) in raw.match_indices(" and ") {
        let at = item.start + p;
        let next = at + " and ".len();
        let capital = char_at(text, next).is_some_and(|c| c.is_uppercase());
        if capital && overlapping(known, Span::new(at, next)).is_empty() && at > from {
            parts.push(Span::new(from, at));
            from = next;
        }
    }
    parts.push(Span::new(from, item.end));
    parts
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
            let mut a = start;
            for (p, c) in list.char_indices() {
                if c == '、' || c == '；' {
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
                    '\n' if by_line => {
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

/// Persons: `…副主席 Aftab Ahmad Khokher（巴基斯坦）`, `Mr. X (Egypt), President`.
fn find_persons(doc: &Document, out: &mut Vec<Annotation>) {
    let text = doc.text;
    let mut found = Vec::new();
    let titles = anchors(text, &["Mr", "Ms", "Dr", "H.E."]);
    let titles: Vec<usize> = titles.into_iter().filter(|&i| !char_before(text, i).is_some_and(|c| c.is_ascii_alphanumeric())).collect();
    let mut listed = ListRole::default();
    for m in anchored(&PERSON_EN, text, &titles, PERSON_WINDOW) {
        let Some(span) = m.group else { continue };
        let name = text.get(span.range()).unwrap_or("").to_string();
        // `Thank you, Mr. President`: an address to an office, not a name.
        if crate::roles::is_office(&name) {
            continue;
        }
        let (state, after) = bracket_state(text, span.end);
        let own = crate::roles::after(text, after).or_else(|| crate::roles::before(text, m.whole.start));
        let role = listed.role(text, Span::new(m.whole.start, after), own);
        found.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
    }
    // A bare name: after a role in Chinese (`副主席 Aftab Ahmad Khokher`), or
    // before a bracketed State in either language (`Amr Adel Hosny (Egypt)`).
    let mut bare = Vec::new();
    let mut listed = ListRole::default();
    let mut starts = bracketed_name_starts(text);
    if doc.language == Language::Chinese {
        starts.extend(capitals(text).into_iter().filter(|&i| chinese_role(text, i).is_some() || honorific_follows_name(text, i)));
        starts.sort_unstable();
        starts.dedup();
    }
    for m in anchored(&PERSON_NAME, text, &starts, PERSON_WINDOW) {
        let span = m.whole;
        // Both lists are sorted by start: `found` follows the sorted anchors.
        let known = !overlapping(&found, span).is_empty() || !overlapping(out, span).is_empty();
        if known || char_before(text, span.start).is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
            continue;
        }
        let (state, after) = bracket_state(text, span.end);
        let role = match doc.language {
            Language::Chinese => chinese_role(text, span.start).or_else(|| listed_role(text, &bare, span.start)),
            Language::English => {
                let own = crate::roles::after(text, after).or_else(|| crate::roles::before(text, span.start));
                listed.role(text, Span::new(span.start, after), own)
            }
        };
        let honoured = doc.language == Language::Chinese && text.get(skip_spaces(text, span.end)..).is_some_and(|r| HONORIFICS.iter().any(|h| r.starts_with(h)));
        if state.is_none() && role.is_none() && !honoured {
            continue;
        }
        let name = text.get(span.range()).unwrap_or("").to_string();
        bare.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
    }
    if doc.language == Language::Chinese {
        for span in crate::names_zh::find_names(text) {
            // `弗里德里希·艾伯特基金会`: an organisation named after a person.
            if text.get(span.range()).is_some_and(|n| ORG_ENDINGS.iter().any(|e| n.ends_with(e))) {
                continue;
            }
            let (state, _) = bracket_state(text, span.end);
            let role = chinese_role(text, span.start).or_else(|| listed_role(text, &bare, span.start));
            if state.is_none() && role.is_none() {
                continue;
            }
            // `马里亚诺·加西亚`: the `马里` inside the name is not Mali.
            out.retain(|a| !a.span.overlaps(span));
            let name = squeeze(text.get(span.range()).unwrap_or(""));
            bare.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
        }
    }
    out.extend(found);
    out.extend(bare);
}

/// The role a list head gives to the persons that follow it: `four
/// Vice-Presidents: Mr. A (X), Ms. B (Y) and Mr. C (Z)`, or the rows of an
/// officers table (`Vice-Presidents:→A (X)` / `→B (Y)`); and where the last
/// of them ends.
#[derive(Default)]
struct ListRole {
    running: Option<(String, usize)>,
}

impl ListRole {
    /// The role of the person written at `person` (title or name to the end
    /// of the bracketed State), given the role the text writes around it.
    fn role(&mut self, text: &str, person: Span, own: Option<String>) -> Option<String> {
        let carried = self.running.take().filter(|(_, end)| text.get(*end..person.start).is_some_and(joins_list)).map(|(r, _)| r);
        let head = crate::roles::list_head(text, person.start).or_else(|| carried.clone().filter(|_| own.is_none()));
        if let Some(r) = head {
            self.running = Some((r, person.end));
        }
        own.or(carried)
    }
}

/// What stands between two persons of one list: `, `, ` and `, or a line
/// break to the next row of a table.
fn joins_list(gap: &str) -> bool {
    matches!(gap, ", " | " and " | ", and ") || (gap.chars().all(is_ws) && gap.matches('\n').count() == 1)
}

/// Words of address around a name in Chinese (`Ghada Waly 女士`, `先生马里亚诺·加西亚`).
pub(crate) const HONORIFICS: &[&str] = &["女士", "先生", "阁下"];

/// True when a Latin-script name starting at `i` is followed, within a
/// short name's length, by a word of address: `由 Ghada Waly 女士主持`.
fn honorific_follows_name(text: &str, i: usize) -> bool {
    let end = crate::text::floor_boundary(text, i.saturating_add(PERSON_WINDOW));
    let Some(window) = text.get(i..end) else { return false };
    let Some(m) = PERSON_NAME.find(window) else { return false };
    let rest = window[m.end()..].trim_start_matches(is_space);
    HONORIFICS.iter().any(|h| rest.starts_with(h))
}

/// `副主席：Fatima Nasser（约旦）、Pieter de Vries（荷兰）`: a person listed
/// right after another, joined by `、`/`和`/`及`, shares that person's role.
fn listed_role(text: &str, before: &[Annotation], start: usize) -> Option<String> {
    let prev = before.last()?;
    let Value::Participant(ParticipantValue::Person { role: Some(role), .. }) = &prev.value else { return None };
    let (_, after) = bracket_state(text, prev.span.end);
    let gap = text.get(after..start)?;
    let joined = !gap.trim_matches(is_ws).is_empty() && gap.trim_matches(is_ws).chars().all(|c| matches!(c, '、' | '和' | '及'));
    joined.then(|| role.clone())
}

/// The State in brackets right after a name, and where the bracket ends.
fn bracket_state(text: &str, i: usize) -> (Option<String>, usize) {
    let j = skip_spaces(text, i);
    let Some(open) = char_at(text, j).filter(|c| *c == '（' || *c == '(') else { return (None, i) };
    let inner = j + open.len_utf8();
    let rest = text.get(inner..).unwrap_or("");
    let Some((close, bracket)) = rest.char_indices().take(60).find(|(_, c)| *c == '）' || *c == ')') else {
        return (None, i);
    };
    let iso = match gazetteer::lookup(&rest[..close]) {
        Some(Entry::State(k)) => gazetteer::states().get(k).map(|s| s.iso3.to_string()),
        _ => None,
    };
    match iso {
        // The end is after the closing bracket, whichever its width.
        Some(iso) => (Some(iso), inner + close + bracket.len_utf8()),
        None => (None, i),
    }
}

/// The role of a person written in Chinese: the role cell of a bureau
/// table row, else the role phrase written right before the name
/// ([`crate::roles::chinese_before`]).
fn chinese_role(text: &str, i: usize) -> Option<String> {
    table_role(text, i).or_else(|| crate::roles::chinese_before(text, i))
}

/// Most lines a bureau table's continuation row looks up for its role.
const TABLE_ROLE_LINES: usize = 6;

/// The role cell of a bureau table row (`主席：\tMariano García（秘鲁）`), or of
/// the row above for a row whose role cell is empty (`\tPieter de Vries`
/// under `副主席：\tFatima Nasser`).
fn table_role(text: &str, i: usize) -> Option<String> {
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

/// The text without whitespace when it is Chinese (PDF line breaks), else
/// with runs of whitespace made one space.
fn squeeze(s: &str) -> String {
    if is_cjk_text(s) {
        let mut out = String::with_capacity(s.len());
        let mut prev_ascii = false;
        let mut pending_space = false;
        for c in s.chars() {
            if is_ws(c) {
                pending_space = !c.is_ascii() || c == ' ' || c == '\t' || pending_space;
                continue;
            }
            // Keep a written space between digits and ideographs (`20 国集团`).
            if pending_space && (prev_ascii || c.is_ascii_alphanumeric()) && !s.contains('\n') {
                out.push(' ');
            }
            pending_space = false;
            prev_ascii = c.is_ascii_alphanumeric();
            out.push(c);
        }
        out
    } else {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

fn is_cjk_text(s: &str) -> bool {
    s.chars().any(is_cjk)
}

/// One entry per distinct participant, in order of first mention, with the
/// number of its mentions and its roles: how an attendance list says it took
/// part (`State party`, `observer State`, `UN entity`, …), `host` for the
/// State of the meeting's venue, and a person's role.
pub fn summarize(doc: &Document, annotations: &[Annotation]) -> Vec<ParticipantEntry> {
    let roles_by_span = list_roles(doc);
    let host = annotations
        .iter()
        .find(|a| a.kind == Kind::Place)
        .and_then(|a| match &a.value {
            Value::Place(p) => p.state.clone(),
            _ => None,
        });
    let mut entries: Vec<ParticipantEntry> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for a in annotations.iter().filter(|a| a.kind == Kind::Participant) {
        let Value::Participant(v) = &a.value else { continue };
        let (kind, key, name, iso3, role) = match v {
            ParticipantValue::State { name, iso3 } => ("state", iso3.clone(), name.clone(), Some(iso3.clone()), None),
            ParticipantValue::Organization { name, short } => {
                let base = match short {
                    Some(_) => name.split(['（', '(']).next().unwrap_or(name).trim_end(),
                    None => name,
                };
                ("organization", organization_key(base), base.to_string(), None, None)
            }
            ParticipantValue::Person { name, state, role } => ("person", name.clone(), name.clone(), state.clone(), role.clone()),
            ParticipantValue::Group { name } => ("group", squeeze(name), name.clone(), None, None),
        };
        let k = (kind.to_string(), key);
        let at = *index.entry(k).or_insert_with(|| {
            entries.push(ParticipantEntry { kind: kind.to_string(), name, iso3: iso3.clone(), mentions: 0, roles: Vec::new() });
            entries.len() - 1
        });
        let entry = &mut entries[at];
        entry.mentions += 1;
        let mut add = |r: String| {
            if !entry.roles.contains(&r) {
                entry.roles.push(r);
            }
        };
        if let Some(r) = role {
            add(r);
        }
        let i = roles_by_span.partition_point(|(s, _)| s.start <= a.span.start);
        if let Some(r) = i.checked_sub(1).and_then(|i| roles_by_span.get(i)).filter(|(s, _)| s.contains(a.span)).map(|(_, r)| *r) {
            // A role of States is not given to an organisation named with them.
            if kind == "state" || !r.contains("State") {
                add(r.to_string());
            }
        }
        if kind == "state" && iso3.is_some() && iso3 == host {
            add("host".to_string());
        }
    }
    entries
}

/// The stretch of each attendance list with the role its sentence gives.
fn list_roles(doc: &Document) -> Vec<(Span, &'static str)> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut done = 0;
    for m in list_intros(text) {
        if m.start < done {
            continue;
        }
        let Some(role) = list_role(&text[m.range()]) else { continue };
        let start = m.end;
        let end = list_end(text, start, doc.language);
        done = end;
        out.push((Span::new(start, end), role));
    }
    // One entity's attendance in a sentence of its own: `作为《公约》缔约方的区域
    // 经济一体化组织欧洲联盟派代表出席了会议` (the whole line), `The European
    // Union, a regional economic integration organization that is a party to
    // the Convention, was represented at the session`, `The State of
    // Palestine, a non-member observer State …, was represented by an
    // observer` (in English the subject before the description).
    let mut done = 0;
    for at in anchors(text, &["区域经济一体化组织", "regional economic integration organization", "非会员观察员国", "non-member observer State"]) {
        if at < done {
            continue;
        }
        let Some((s, e)) = crate::text::short_line_bounds(text, at, MAX_LIST) else {
            done = at.saturating_add(MAX_LIST);
            continue;
        };
        done = e;
        let line = &text[s..e];
        if ATTENDED.iter().any(|w| line.contains(w)) {
            let observer = text[at..].starts_with("non-member") || text[at..].starts_with("非会员");
            let party = ["缔约方", "缔约国", "a party", "a State party", "parties"].iter().any(|w| line.contains(w));
            let role = if party && !observer && !line.contains("not a party") { "State party" } else { "observer State" };
            let end = if text[at..].starts_with(|c: char| c.is_ascii()) { at } else { e };
            out.push((Span::new(s, end), role));
        }
    }
    // `教廷和巴勒斯坦国作为非会员观察员国派观察员出席了会议`: the States named
    // before `作为` in a sentence of attending.
    for (at, _) in text.match_indices("作为") {
        let from = crate::text::sentence_start(text, at);
        let window = &text[at..crate::text::floor_boundary(text, at.saturating_add(MAX_SENTENCE_ROLE))];
        let said = &window[..window.find('。').unwrap_or(window.len())];
        if from >= at || !said.contains("出席") || said.contains("区域经济一体化组织") {
            continue;
        }
        let role = if said.contains("观察员") { "observer State" } else if said.contains("缔约方") || said.contains("缔约国") { "State party" } else { continue };
        out.push((Span::new(from, at), role));
    }
    out.sort_unstable_by_key(|(s, _)| *s);
    out
}

/// Longest stretch after `作为` read for how the States before it attended,
/// in bytes.
const MAX_SENTENCE_ROLE: usize = 200;

/// What makes two organisation mentions the same organisation: the
/// gazetteer entry when there is one, else the name (without its bracket).
fn organization_key(base: &str) -> String {
    match gazetteer::lookup(base) {
        Some(Entry::Organization(i)) => format!("#{i}"),
        _ => base.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text=type:detail` for each participant found.
    fn found(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find_participants(&doc)
            .iter()
            .map(|a| {
                let t = &text[a.span.range()];
                match &a.value {
                    Value::Participant(ParticipantValue::State { iso3, .. }) => format!("{t}=state:{iso3}"),
                    Value::Participant(ParticipantValue::Organization { short: Some(s), .. }) => format!("{t}=org:{s}"),
                    Value::Participant(ParticipantValue::Organization { .. }) => format!("{t}=org"),
                    Value::Participant(ParticipantValue::Group { .. }) => format!("{t}=group"),
                    Value::Participant(ParticipantValue::Person { state, role, .. }) => {
                        format!("{t}=person:{}:{}", state.as_deref().unwrap_or("-"), role.as_deref().unwrap_or("-"))
                    }
                    _ => format!("{t}=?"),
                }
            })
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("卡塔尔代表报告本国政府表示愿意主办会议。", &["卡塔尔=state:QAT"]),
            ("由巴西、俄罗斯联邦、印度、中国和南非组成的集团", &["巴西=state:BRA", "俄罗斯联邦=state:RUS", "印度=state:IND", "中国=state:CHN", "南非=state:ZAF"]),
            ("与联合国、世界银行和捐助方建立了伙伴关系", &["联合国=org", "世界银行=org"]),
            ("提供联合国所有语文的文件", &[]),
            ("联合国系统各组织", &[]),
            ("作为“一个联合国”执行该方案", &[]),
            ("来自联合国五个区域集团的专家", &[]),
            ("大会第 58/4 号决议通过了《联合国反腐败公约》", &[]),
            ("举行一次大会特别会议。", &[]),
            ("大会在第 74/276 号决议中决定", &["大会=org"]),
            ("转交大会通过", &["大会=org"]),
            ("其中大会通过了成果文件，此后大会又决定", &["大会=org", "大会=org"]),
            ("世界卫生大会和缔约国大会", &[]),
            ("反腐败问题大会特别会议期间", &[]),
            ("联合国开发计划署（开发署）和开发署", &["联合国开发计划署（开发署）=org:开发署", "开发署=org"]),
            ("联合国开发计划署（以下简称“开发署”）与开发署", &["联合国开发计划署（以下简称“开发署”）=org:开发署", "开发署=org"]),
            ("世界银行（“世行”和“基金组织”）", &["世界银行=org", "世行=org", "基金组织=org"]),
            ("欧洲联盟刑事司法合作署（欧洲司法合作署）", &["欧洲联盟刑事司法合作署（欧洲司法合作署）=org:欧洲司法合作署"]),
            ("西班牙语和中国人民银行", &[]),
            ("拉美国家", &[]),
            ("发展中国家和最不发达国家", &[]),
            ("在此过程中国际合作和朝鲜半岛", &[]),
            ("中国和朝鲜的代表", &["中国=state:CHN", "朝鲜=state:PRK"]),
            ("加勒比海地区的海地", &["海地=state:HTI"]),
            ("明智利用资源，智利代表", &["智利=state:CHL"]),
            ("印度洋和乍得湖", &[]),
            ("5,000 United States dollars for the United States", &["United States=state:USA"]),
            ("非洲国家组将提名主席", &["非洲国家组=group"]),
            ("由缔约国会议副主席 Aftab Ahmad Khokher（巴基斯坦）主持", &["Aftab Ahmad Khokher=person:PAK:缔约国会议副主席", "巴基斯坦=state:PAK"]),
            (
                "由联合国反腐败公约缔约国会议候任主席 Amr Adel Hosny（埃及）主持",
                &["Amr Adel Hosny=person:EGY:缔约国会议候任主席", "埃及=state:EGY"],
            ),
            ("The meeting was chaired by Mr. Amr Adel Hosny (Egypt), President of the Conference.", &["Amr Adel Hosny=person:EGY:President of the Conference", "Egypt=state:EGY"]),
            ("Ms. Jordan spoke.", &["Jordan=person:-:-"]),
            ("the Permanent Mission of Egypt to the United Nations (Vienna) and the World Bank (Kenya)", &["Egypt=state:EGY", "United Nations=org", "World Bank=org", "Kenya=state:KEN"]),
            ("Thank you, Mr. President. Ms. Chair and Mr. Secretary-General, Mr. Li (China) spoke.", &["Li=person:CHN:-", "China=state:CHN"]),
            ("H.E. Mr. Harib Saeed Al Amimi (United Arab Emirates), President of the Conference at its eighth session", &["Harib Saeed Al Amimi=person:ARE:President of the Conference", "United Arab Emirates=state:ARE"]),
            ("H.E. Ghada Waly spoke.", &["Ghada Waly=person:-:-"]),
            ("Mr. Muhammadou M.O. Kah (Gambia) and Ms. Maria de la Cruz (Mexico)", &["Muhammadou M.O. Kah=person:GMB:-", "Gambia=state:GMB", "Maria de la Cruz=person:MEX:-", "Mexico=state:MEX"]),
            (
                "elected four Vice-Presidents: Mr. Asim Ahmed (Pakistan), Ms. Heidi Fox (Finland) and Mr. Omar Kah (Gambia); Rapporteur: Ms. Ana Lee (Chile).",
                &["Asim Ahmed=person:PAK:Vice-President", "Pakistan=state:PAK", "Heidi Fox=person:FIN:Vice-President", "Finland=state:FIN", "Omar Kah=person:GMB:Vice-President", "Gambia=state:GMB", "Ana Lee=person:CHL:Rapporteur", "Chile=state:CHL"],
            ),
            (
                "President:\tAmr Adel Hosny (Egypt)\nVice-Presidents:\tAna Pérez (Argentina)\n\tJohn Smith (Australia)\nRapporteur:\tLi Wei (China)\n\nSanjay Roy (India) spoke.",
                &["Amr Adel Hosny=person:EGY:President", "Egypt=state:EGY", "Ana Pérez=person:ARG:Vice-President", "Argentina=state:ARG", "John Smith=person:AUS:Vice-President", "Australia=state:AUS", "Li Wei=person:CHN:Rapporteur", "China=state:CHN", "Sanjay Roy=person:IND:-", "India=state:IND"],
            ),
            // A role before a name is not a list head: the next person does not share it.
            ("opened by the President, Mr. Asim Ahmed (Pakistan), and Mr. Omar Kah (Gambia) spoke.", &["Asim Ahmed=person:PAK:President", "Pakistan=state:PAK", "Omar Kah=person:GMB:-", "Gambia=state:GMB"]),
            ("the report of the United Nations High Commissioner for Human Rights and the United Nations Secretary-General", &[]),
            ("In General Assembly resolution 58/4, the General Assembly adopted the Convention.", &["General Assembly=org"]),
            ("the special session of the General Assembly against corruption", &[]),
            ("See Security Council resolution 2334 (2016) and Human Rights Council decisions 1/102; the Security Council met.", &["Security Council=org"]),
            ("the United Nations system and the United Nations Convention against Corruption", &[]),
            ("partnership with the United Nations and the World Bank", &["United Nations=org", "World Bank=org"]),
            ("President: Amr Adel Hosny (Egypt)", &["Amr Adel Hosny=person:EGY:President", "Egypt=state:EGY"]),
            (
                "opened by its President, Mr. Mohamed Ali (Egypt). Ms. Ghada Waly, Executive Director of the United Nations Office on Drugs and Crime, spoke.",
                &["Mohamed Ali=person:EGY:President", "Egypt=state:EGY", "Ghada Waly=person:-:Executive Director of the United Nations Office on Drugs and Crime", "United Nations Office on Drugs and Crime=org"],
            ),
            (
                "elected Ms. Ana Pérez (Argentina) and Mr. John Smith (Australia) as Vice-Presidents, and Mr. Li Wei (China) as Rapporteur.",
                &["Ana Pérez=person:ARG:Vice-President", "Argentina=state:ARG", "John Smith=person:AUS:Vice-President", "Australia=state:AUS", "Li Wei=person:CHN:Rapporteur", "China=state:CHN"],
            ),
            ("Statements were made by Mr. Karim Said (Egypt), Mr. Pablo Ruiz (Spain).", &["Karim Said=person:EGY:-", "Egypt=state:EGY", "Pablo Ruiz=person:ESP:-", "Spain=state:ESP"]),
            ("Statement by Maria de la Cruz (Mexico)", &["Maria de la Cruz=person:MEX:-", "Mexico=state:MEX"]),
            ("Venezuela (Bolivarian Republic of) and Pakistan (on behalf of the Group of 77 and China)", &["Venezuela (Bolivarian Republic of)=state:VEN", "Pakistan=state:PAK", "Group of 77 and China=org"]),
            ("Open Ownership（开放所有权组织）", &["Open Ownership（开放所有权组织）=org:开放所有权组织"]),
            ("由 Some Body 主持，Distr General", &[]),
            ("The Republic of Korea (ROK) and United Nations (UN)", &["Republic of Korea=state:KOR", "United Nations (UN)=org:UN"]),
            // A document symbol in brackets is cited, not a short form (the
            // `UNEP` inside the symbol is left for `resolve` to drop).
            ("the report of UNEP (UNEP/EA.5/Res.3)", &["UNEP=org", "UNEP=org"]),
            ("The representatives of Nigeria and the Niger", &["Nigeria=state:NGA", "Niger=state:NER"]),
            ("下列政府间组织派观察员出席了会议：亚非法律协商组织、某某未知区域论坛（未知论坛）。", &["亚非法律协商组织=org", "某某未知区域论坛（未知论坛）=org:未知论坛"]),
            (
                "The following intergovernmental organizations were represented by observers: Council of Europe, Unknown Regional Forum and Asian-African Legal Consultative Organization.",
                &["Council of Europe=org", "Unknown Regional Forum=org", "Asian-African Legal Consultative Organization=org"],
            ),
            (
                "The following non-governmental organizations were represented: Transparency International and Global Initiative against Corruption.",
                &["Transparency International=org", "Global Initiative against Corruption=org"],
            ),
            ("The following States were represented: Trinidad and Tobago, Chad and Japan.", &["Trinidad and Tobago=state:TTO", "Chad=state:TCD", "Japan=state:JPN"]),
            (
                "6. The following intergovernmental organizations were represented by observers:\nCouncil of Europe, Eurasian Group on\nCombating Money Laundering and Financing of Terrorism, Regional Anti-Corruption\nForum and Unknown Forum\n7. Statements were made by Unknown Body.",
                &["Council of Europe=org", "Eurasian Group on\nCombating Money Laundering and Financing of Terrorism=org", "Regional Anti-Corruption\nForum=org", "Unknown Forum=org"],
            ),
            (
                "The following intergovernmental organizations were represented:\n\nC. Election of officers\n\nThe Group elected Unknown Chair.",
                &[],
            ),
            (
                "The following intergovernmental organizations were represented by observers:\nCouncil of Europe\nRegional Anti-Corruption Forum\nInternational Anti-Corruption Academy\n\nD. Election of officers",
                &["Council of Europe=org", "Regional Anti-Corruption Forum=org", "International Anti-Corruption Academy=org"],
            ),
            ("会议由理事会主席 Václav Bálek（捷克）主持。", &["Václav Bálek=person:CZE:理事会主席", "捷克=state:CZE"]),
            ("opened by the President, Mr. Antonio Fernández Pérez (Spain).", &["Antonio Fernández Pérez=person:ESP:President", "Spain=state:ESP"]),
            ("来自秘书长副特别代表/联合国索马里驻地协调员综合办公室的主讲人", &["秘书长副特别代表/联合国索马里驻地协调员综合办公室=org"]),
            ("来自本国主计长办公室的代表", &[]),
            ("反腐败执法机关全球业务工作网（全\n\n球网)和全球网", &["反腐败执法机关全球业务工作网（全\n\n球网)=org:全球网", "全球网=org"]),
            ("设在维也纳的反腐败执法机构全球网络", &[]),
            ("联合国打击跨国有组织犯罪公约缔约方会议", &["联合国打击跨国有组织犯罪公约缔约方会议=org"]),
            ("《联合国打击跨国有组织犯罪公约》", &[]),
            ("根据经济及社会理事会第 2002/1 号决议和安全理事会第 1373 (2001) 号决议", &[]),
            ("经济及社会理事会在第 2023/12 号决议中请人权理事会第五十二届会议审议", &["经济及社会理事会=org", "人权理事会=org"]),
            ("回顾经济及社会理事会2021年7月22日第2021/15号决议和大会 2016 年 4 月 19 日第 S-30/1 号决议", &[]),
            ("回顾经济及社会理事会 2021 年 7 月 22 日第 2021/15 号决议", &[]),
            ("人权理事会2023年通过了第52/1号决议", &["人权理事会=org"]),
            ("与联合国难民署、非洲联盟委员会、人权观察和儿基会合作", &["联合国难民署=org", "非洲联盟委员会=org", "人权观察=org", "儿基会=org"]),
            ("亚太国家集团和西欧及其他国家组", &["亚太国家集团=group", "西欧及其他国家组=group"]),
            ("联合国安全理事会和联合国经济及社会理事会与欧洲刑警组织合作", &["联合国安全理事会=org", "联合国经济及社会理事会=org", "欧洲刑警组织=org"]),
            ("联合国教科文组织、联合国粮农组织和联合国亚太经社会", &["联合国教科文组织=org", "联合国粮农组织=org", "联合国亚太经社会=org"]),
            ("联合国世界粮食计划署和联合国国际劳工组织", &["联合国世界粮食计划署=org", "联合国国际劳工组织=org"]),
            ("联合国、世界银行", &["联合国=org", "世界银行=org"]),
            ("委内瑞拉(玻利瓦尔共和国)、伊朗（伊斯兰共和国）、刚果（布）和阿拉伯国家集团", &["委内瑞拉(玻利瓦尔共和国)=state:VEN", "伊朗（伊斯兰共和国）=state:IRN", "刚果（布）=state:COG", "阿拉伯国家集团=org"]),
            ("由缔约方会议主席马里亚诺·加西亚（秘鲁）宣布开幕", &["马里亚诺·加西亚=person:PER:缔约方会议主席", "秘鲁=state:PER"]),
            ("执行主任加达·法特希·瓦利致开幕词", &["加达·法特希·瓦利=person:-:执行主任"]),
            ("联合国人权事务高级专员 Volker Türk 和世界卫生组织总干事谭德塞·阿德哈诺姆·盖布雷耶苏斯", &["Volker Türk=person:-:联合国人权事务高级专员", "世界卫生组织=org", "谭德塞·阿德哈诺姆·盖布雷耶苏斯=person:-:世界卫生组织总干事"]),
            ("毒品和犯罪问题办公室执行主任加达·瓦利致词", &["毒品和犯罪问题办公室=org", "加达·瓦利=person:-:毒品和犯罪问题办公室执行主任"]),
            ("副主席：玛丽亚·费尔南达（厄瓜多尔）和汉斯·贝克尔（德国）", &["玛丽亚·费尔南达=person:ECU:副主席", "厄瓜多尔=state:ECU", "汉斯·贝克尔=person:DEU:副主席", "德国=state:DEU"]),
            ("来自弗里德里希·艾伯特基金会的代表", &["弗里德里希·艾伯特基金会=org"]),
            ("观察员代表弗里德里希·艾伯特基金会发言", &[]),
            ("会议由 Ghada Waly 女士主持，Open Ownership 组织发了言。", &["Ghada Waly=person:-:-", "Open Ownership=org"]),
            ("由共和国总统 Ana Pérez 和总理 Luis Gómez 致辞", &["Ana Pérez=person:-:共和国总统", "Luis Gómez=person:-:总理"]),
            ("由 Some Body 主持", &[]),
            (
                "主席：\tMariano García（秘鲁）\n副主席：\tFatima Nasser（约旦）\n\n\tPieter de Vries（荷兰）\n报告员：\tKofi Boateng（加纳）",
                &[
                    "Mariano García=person:PER:主席", "秘鲁=state:PER", "Fatima Nasser=person:JOR:副主席", "约旦=state:JOR",
                    "Pieter de Vries=person:NLD:副主席", "荷兰=state:NLD", "Kofi Boateng=person:GHA:报告员", "加纳=state:GHA",
                ],
            ),
            ("项目：\tMariano García（秘鲁）", &["Mariano García=person:PER:-", "秘鲁=state:PER"]),
            (
                "副主席：Fatima Nasser（约旦）、Pieter de Vries（荷兰）和 Li Ming（中国）；报告员 Kofi Boateng（加纳）",
                &[
                    "Fatima Nasser=person:JOR:副主席", "约旦=state:JOR", "Pieter de Vries=person:NLD:副主席", "荷兰=state:NLD",
                    "Li Ming=person:CHN:副主席", "中国=state:CHN", "Kofi Boateng=person:GHA:报告员", "加纳=state:GHA",
                ],
            ),
            (
                "主席：Mariano García（秘鲁）；副主席：Fatima Nasser（约旦）",
                &["Mariano García=person:PER:主席", "秘鲁=state:PER", "Fatima Nasser=person:JOR:副主席", "约旦=state:JOR"],
            ),
            (
                "副主席\tFatima Nasser（约旦）\n\tPieter de Vries（荷兰）\n副主席兼报告员\t加桑·哈米里（阿拉伯联合酋长国）",
                &[
                    "Fatima Nasser=person:JOR:副主席", "约旦=state:JOR", "Pieter de Vries=person:NLD:副主席", "荷兰=state:NLD",
                    "加桑·哈米里=person:ARE:副主席兼报告员", "阿拉伯联合酋长国=state:ARE",
                ],
            ),
            (
                "下列政府间组织派观察员出席了会议：亚非法律协商组织、某某未知区域\n\n论坛、欧洲委员会。\n\n一. 导言",
                &["亚非法律协商组织=org", "某某未知区域\n\n论坛=org", "欧洲委员会=org"],
            ),
            ("下列非政府组织派观察员出席了会议：透明国际、某某未知协会\n\n二. 会议安排", &["透明国际=org", "某某未知协会=org"]),
            ("下列国家人权机构派观察员出席了会议：某某国家人权委员会、世界银行。", &["某某国家人权委员会=org", "世界银行=org"]),
            ("", &[]),
            ("😀\u{0}\r\n", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), want.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn own_body_and_masthead_are_not_participants() {
        let text = "联合国\tA/HRC/52/10\n大会\tDistr.: General\n人权理事会\n第五十二届会议\n\n1. 人权理事会请大会和开发署注意。";
        let got = found(text);
        assert_eq!(got, vec!["大会=org".to_string(), "开发署=org".to_string()]);
        let text = "联合国\tE/CN.7/2023/15\n经济及社会理事会\tDistr.: General\n麻醉药品委员会\n\n1. 麻醉药品委员会请经济及社会理事会注意。";
        assert_eq!(found(text), vec!["经济及社会理事会=org".to_string()]);
        let text = "United Nations E/CN.15/2023/1\n\nEconomic and Social Council Distr.: General\n27 January 2023\n\nCommission on Crime Prevention and Criminal Justice\n\n1. The Economic and Social Council and the United Nations met.";
        assert_eq!(found(text), vec!["Economic and Social Council=org".to_string(), "United Nations=org".to_string()]);
        // A title line that mentions an organisation does not make it the body;
        // the parent organ above `Distr.` is a masthead when a body line follows.
        let text = "经济及社会理事会\n\nDistr.: General\n\n预防犯罪和刑事司法委员会\n第三十二届会议\n毒品和犯罪问题办公室的工作\n\n1. 经济及社会理事会请预防犯罪和刑事司法委员会和毒品和犯罪问题办公室注意。";
        assert_eq!(found(text), vec!["毒品和犯罪问题办公室=org", "经济及社会理事会=org", "毒品和犯罪问题办公室=org"]);
        let text = "联合国打击跨国有组织犯罪公约 缔约方会议\n\nDistr.: General\n\n1. 联合国打击跨国有组织犯罪公约缔约方会议请国际合作工作组和偷运移民问题工作组与麻醉药品委员会合作。";
        assert_eq!(found(text), vec!["麻醉药品委员会=org".to_string()]);
        let text = "联合国打击跨国有组织犯罪公约\n缔约方会议\n\nDistr.: General\n\n1. 联合国打击跨国有组织犯罪公约缔约方会议请国际合作工作组注意。";
        assert_eq!(found(text), Vec::<String>::new());
        let text = "联合国打击跨国有组织犯罪公约\n缔约方会议\n\nDistr.: General\n\n在维也纳举行的打击贩运人口问题工作组会议的报告\n\n1. 联合国打击跨国有组织犯罪公约缔约方会议设立了打击贩运人口问题工作组。";
        assert_eq!(found(text), Vec::<String>::new());
        let text = "1. 联合国打击跨国有组织犯罪公约缔约方会议设立的国际合作工作组";
        assert_eq!(found(text), vec!["联合国打击跨国有组织犯罪公约缔约方会议=org".to_string(), "国际合作工作组=org".to_string()]);
        let text = "Distr.: General\n\n2022年12月9日和2023年3月13日至17日麻醉药品委员会第六十六届会议的报告\n\n1. 麻醉药品委员会请毒品和犯罪问题办公室注意。";
        assert_eq!(found(text), vec!["毒品和犯罪问题办公室=org".to_string()]);
        let text = "Distr.: General\n\nReport of the Commission on Narcotic Drugs on its sixty-sixth session\n\n1. The Commission on Narcotic Drugs and the Human Rights Council met.";
        assert_eq!(found(text), vec!["Human Rights Council=org".to_string()]);
        let text = "Distr.: General\n\nWork of the United Nations Office on Drugs and Crime\n\n1. The United Nations Office on Drugs and Crime reported.";
        assert_eq!(found(text).len(), 2);
        let text = "Distr.: General\n\n人权理事会第五十二届会议\n\n1. 人权理事会请大会注意。";
        assert_eq!(found(text), vec!["大会=org".to_string()]);
        // Without a cover, the body whose session opens is the document's.
        let text = "说明\n\n1. 选举主席团成员\n\n预防犯罪和刑事司法委员会第三十二届会议将于 2023 年 5 月 22 日上\n\n午 10 时在维也纳开幕。预防犯罪和刑事司法委员会与世界卫生组织合作。";
        assert_eq!(found(text), vec!["世界卫生组织=org".to_string()]);
        let text = "说明\n\n大会第七十八届会议将于 2023 年 9 月 5 日开幕。人权理事会第五十二届会议的报告已提交大会。";
        assert_eq!(found(text), vec!["人权理事会=org".to_string(), "大会=org".to_string()]);
        let text = "\n\n大会\n\nDistr.: General\n12 January 2023\n\n人权理事会\n第五十二届会议\n\n1. 人权理事会请大会注意。";
        assert_eq!(found(text), vec!["大会=org".to_string()]);
        let text = "联 合 国 A/HRC/52/1\n\n大 会 Distr.: General\n12 January 2023\n\n人权理事会\n第五十二届会议\n\n1. 人权理事会请大会注意。";
        assert_eq!(found(text), vec!["大会=org".to_string()]);
        let text = "1. 人权理事会请大会注意。Distr.";
        assert_eq!(found(text), vec!["人权理事会=org".to_string(), "大会=org".to_string()]);
    }

    #[test]
    fn summary_counts_mentions_and_list_roles() {
        let text = "8. 《公约》的下列缔约国派代表出席了会议：埃及、巴西。\n9. 以下观察员国也派代表出席了会议：安道尔。\n埃及代表发了言。";
        let doc = Document::new(text);
        let anns = find_participants(&doc);
        let sum = summarize(&doc, &anns);
        let egypt = sum.iter().find(|e| e.iso3.as_deref() == Some("EGY")).map(|e| (e.mentions, e.roles.clone()));
        assert_eq!(egypt, Some((2, vec!["State party".to_string()])));
        let andorra = sum.iter().find(|e| e.iso3.as_deref() == Some("AND")).map(|e| e.roles.clone());
        assert_eq!(andorra, Some(vec!["observer State".to_string()]));
        let cases = [
            ("6. The European Union, a regional economic integration organization that is a party to the Convention, was represented at the session.", Some("State party")),
            ("6. The European Union, a regional economic integration organization that is not a party to the Convention, was represented by an observer.", Some("observer State")),
            ("6. The European Union, a regional economic integration organization, adopted a directive.", None),
            ("9. The State of Palestine, a non-member observer State maintaining a permanent observer mission to the United Nations, was represented by an observer. The European Union attended.", None),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let sum = summarize(&doc, &find_participants(&doc));
            let eu = sum.iter().find(|e| e.iso3.as_deref() == Some("EUU")).map(|e| e.roles.first().cloned());
            assert_eq!(eu, Some(want.map(str::to_string)), "{text}");
        }
        let text = "9. The State of Palestine, a non-member observer State maintaining a permanent observer mission to the United Nations, was represented by an observer.";
        let doc = Document::new(text);
        let sum = summarize(&doc, &find_participants(&doc));
        let roles: Vec<(String, Vec<String>)> = sum.iter().map(|e| (e.name.clone(), e.roles.clone())).collect();
        assert_eq!(roles, vec![("State of Palestine".to_string(), vec!["observer State".to_string()]), ("United Nations".to_string(), vec![])]);
    }

    #[test]
    fn chinese_attendance_introductions_give_roles() {
        let text = "4. 出席会议的有《公约》下列缔约国：埃及。与会的有下列缔约国：巴西。";
        let doc = Document::new(text);
        let sum = summarize(&doc, &find_participants(&doc));
        let brazil = sum.iter().find(|e| e.iso3.as_deref() == Some("BRA")).map(|e| e.roles.clone());
        assert_eq!(brazil, Some(vec!["State party".to_string()]));
        let text = "4. 教廷、巴勒斯坦国和欧洲委员会作为观察员出席了会议。埃及作为东道国致辞。";
        let doc = Document::new(text);
        let sum = summarize(&doc, &find_participants(&doc));
        let roles: Vec<(String, Vec<String>)> = sum.iter().map(|e| (e.name.clone(), e.roles.clone())).collect();
        let want: Vec<(String, Vec<String>)> = vec![
            ("教廷".into(), vec!["observer State".into()]),
            ("巴勒斯坦国".into(), vec!["observer State".into()]),
            ("欧洲委员会".into(), vec![]),
            ("埃及".into(), vec![]),
        ];
        assert_eq!(roles, want);
    }

    #[test]
    fn list_roles_follow_the_introduction() {
        let cases: &[(&str, Option<&str>)] = &[
            ("《公约》的下列缔约国派代表出席了会议：", Some("State party")),
            ("下列理事会成员国派代表出席了会议：", Some("member State")),
            ("下列非理事会成员国的观察员国出席了会议：", Some("observer State")),
            ("下列签署国派观察员出席了会议：", Some("signatory State")),
            ("下列政府间组织派观察员出席了会议：", Some("intergovernmental organization")),
            ("下列非政府组织派观察员出席了会议：", Some("NGO")),
            ("下列秘书处单位、联合国机构、基金和方案派观察员出席了会议：", Some("UN entity")),
            ("The following States parties were represented:", Some("State party")),
            ("The following specialized agencies were represented by observers:", Some("UN entity")),
            ("下列专家出席了会议：", None),
            ("下列其他实体派观察员出席了会议：", Some("other entity")),
            ("下列国家人权机构派代表出席了会议：", Some("other entity")),
            ("下列签署了《公约》的国家派观察员出席了会议：", Some("signatory State")),
            ("下列国家作为观察员派代表出席了会议：", Some("observer State")),
            ("下列非缔约国派观察员出席了会议：", Some("observer State")),
            ("The following signatory States were represented by observers:", Some("signatory State")),
            ("The following States Members of the United Nations and members of the specialized agencies were represented by observers:", Some("observer State")),
            ("The following States members of the Commission were represented:", Some("member State")),
        ];
        for (intro, want) in cases {
            assert_eq!(list_role(intro), *want, "{intro}");
        }
    }
}
