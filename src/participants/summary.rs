//! The document-level list of participants: one entry per distinct State,
//! organisation, group or person, in order of first mention, with the
//! number of its mentions and its roles. `8. 《公约》的下列缔约国派代表出席了会议：
//! 埃及、巴西。…埃及代表发了言。` gives Egypt with 2 mentions and the role
//! `State party`.
//!
//! Roles come from the attendance lists (see `lists`), from sentences of
//! attending about one entity (`The European Union, a regional economic
//! integration organization that is a party to the Convention, was
//! represented`; `教廷和巴勒斯坦国作为非会员观察员国派观察员出席了会议`), from
//! the venue (`host`) and from a person's own role. Deliberately left out:
//! a role of States is not given to an organisation named among them.

use std::borrow::Cow;
use std::collections::HashMap;

use super::lists::{attendance_lists, ATTENDED, MAX_LIST};
use super::{anchors, organization_base, organization_key, squeeze};
use crate::model::{Annotation, Kind, ParticipantEntry, ParticipantValue, Value};
use crate::span::Span;
use crate::text::Document;

/// One entry per distinct participant, in order of first mention, with the
/// number of its mentions and its roles: how an attendance list says it took
/// part (`State party`, `observer State`, `UN entity`, …), `host` for the
/// State of the meeting's venue, and a person's role.
pub fn summarize(doc: &Document, annotations: &[Annotation]) -> Vec<ParticipantEntry> {
    let roles_by_span = list_roles(doc);
    let host = host(doc, annotations);
    let mut entries: Vec<ParticipantEntry> = Vec::new();
    // Keyed by what the annotations hold, borrowed: a mention of an entry
    // already listed allocates nothing.
    let mut index: HashMap<(&str, Cow<str>), usize> = HashMap::new();
    // An organisation's key looks its name up in the gazetteer: once a name.
    let mut org_keys: HashMap<&str, String> = HashMap::new();
    for a in annotations.iter().filter(|a| a.kind == Kind::Participant) {
        let Value::Participant(v) = &a.value else { continue };
        let (kind, key, name, iso3, role): (&str, Cow<str>, &str, Option<&str>, Option<&str>) = match v {
            ParticipantValue::State { name, iso3 } => ("state", Cow::Borrowed(iso3), name, Some(iso3), None),
            ParticipantValue::Organization { name, short } => {
                let base = organization_base(name, short.as_deref());
                let key = org_keys.entry(base).or_insert_with(|| organization_key(base)).clone();
                ("organization", Cow::Owned(key), base, None, None)
            }
            ParticipantValue::Person { name, state, role } => ("person", Cow::Borrowed(name), name, state.as_deref(), role.as_deref()),
            ParticipantValue::Group { name } => ("group", Cow::Owned(squeeze(name)), name, None, None),
        };
        let at = *index.entry((kind, key)).or_insert_with(|| {
            entries.push(ParticipantEntry { kind: kind.to_string(), name: name.to_string(), iso3: iso3.map(str::to_string), mentions: 0, roles: Vec::new() });
            entries.len() - 1
        });
        let entry = &mut entries[at];
        entry.mentions += 1;
        let mut add = |r: &str| {
            if !entry.roles.iter().any(|have| have == r) {
                entry.roles.push(r.to_string());
            }
        };
        if let Some(r) = role {
            add(r);
        }
        let i = roles_by_span.partition_point(|(s, _)| s.start <= a.span.start);
        if let Some(r) = i.checked_sub(1).and_then(|i| roles_by_span.get(i)).filter(|(s, _)| s.contains(a.span)).map(|(_, r)| *r) {
            // A role of States is not given to an organisation named with
            // them, nor a list's role to the persons listed under its entries
            // (`非政府组织` over `透明国际` over `Sarah Green 女士`).
            if kind == "state" || (kind != "person" && !r.contains("State")) {
                add(r);
            }
        }
        if kind == "state" && iso3.is_some() && iso3 == host.as_deref() {
            add("host");
        }
    }
    entries
}

/// The State of the meeting's own venue: the first place that is a venue
/// ([`is_venue`]) and, off the cover, is not dated to another year than the
/// document's (`its eighth session, held in Abu Dhabi from 16 to 20 December
/// 2019` in a report of 2021 names a past venue; so does `在 2019 年 12 月
/// 16 日至 20 日在阿布扎比举行的第八届会议`). Linear in the annotations.
fn host(doc: &Document, annotations: &[Annotation]) -> Option<String> {
    let text = doc.text;
    let cover = cover_end(text);
    let year = crate::dates::reference(doc).map(|r| r.year);
    let places: Vec<Span> = annotations.iter().filter(|a| a.kind == Kind::Place).map(|a| a.span).collect();
    let dates: Vec<(Span, Option<i32>)> = annotations
        .iter()
        .filter_map(|a| match &a.value {
            Value::Date(d) => Some((a.span, d.start.get(..4).and_then(|y| y.parse().ok()))),
            _ => None,
        })
        .collect();
    let venue = annotations.iter().filter(|a| a.kind == Kind::Place).enumerate().find(|(k, a)| {
        is_venue(text, cover, a.span) && (a.span.end <= cover || !dated_elsewhere(text, &places, *k, &dates, year))
    });
    venue.and_then(|(_, a)| match &a.value {
        Value::Place(p) => p.state.clone(),
        _ => None,
    })
}

/// How far from a place, in bytes, the date of its meeting is looked for.
const DATE_REACH: usize = 120;

/// True when the date nearest to the place `places[k]` in its sentence (not
/// past another place) has a year other than the document's `year`.
/// `dates` are sorted by start, with their years.
fn dated_elsewhere(text: &str, places: &[Span], k: usize, dates: &[(Span, Option<i32>)], year: Option<i32>) -> bool {
    let (Some(year), Some(&place)) = (year, places.get(k)) else { return false };
    let from = crate::text::sentence_start(text, place.start).max(place.start.saturating_sub(DATE_REACH));
    let lo = k.checked_sub(1).and_then(|p| places.get(p)).map_or(from, |p| p.end.max(from));
    let to = crate::text::floor_boundary(text, place.end.saturating_add(DATE_REACH));
    let after = text.get(place.end..to).unwrap_or("");
    let hi = place.end + after.find(['。', '\n', ';', '；']).unwrap_or(after.len());
    let hi = places.get(k + 1).map_or(hi, |p| p.start.min(hi));
    let i = dates.partition_point(|(s, _)| s.start < place.end);
    let next = dates.get(i).filter(|(s, _)| s.end <= hi);
    let prev = i.checked_sub(1).and_then(|p| dates.get(p)).filter(|(s, _)| s.start >= lo && s.end <= place.start);
    let nearest = match (prev, next) {
        (Some(p), Some(n)) => Some(if place.start - p.0.end < n.0.start - place.end { p } else { n }),
        (p, n) => p.or(n),
    };
    nearest.and_then(|(_, y)| *y).is_some_and(|y| y != year)
}

/// Longest cover, in bytes: a place named there is the meeting's.
const COVER: usize = 1500;

/// Where the cover ends: at the first numbered paragraph (`1. `, `1.\t`
/// at a line start), or after [`COVER`] bytes.
fn cover_end(text: &str) -> usize {
    let head = &text[..crate::text::floor_boundary(text, COVER)];
    let mut at = 0;
    for line in head.split_inclusive('\n') {
        if line.trim_start().starts_with("1.") {
            return at;
        }
        at += line.len();
    }
    head.len()
}

/// Words of the sentence that gives a meeting's venue.
const HELD: &[&str] = &["held", "convened", "hosted", "take place", "took place", "举行", "召开", "主办", "东道"];

/// True when the place at `span` is where a meeting is held: on the cover
/// (`Vienna, 13–17 May 2024`, `2021年12月13日至17日，埃及沙姆沙伊赫`) or in a
/// sentence that holds a meeting there (`held its session in Vienna`). Not a
/// place an activity or a contribution comes from (`Hong Kong, China,
/// contributed funds`), whose State is no host.
fn is_venue(text: &str, cover_end: usize, span: Span) -> bool {
    if span.end <= cover_end {
        return true;
    }
    let from = crate::text::sentence_start(text, span.start);
    let to = crate::text::floor_boundary(text, span.end.saturating_add(200));
    let after = text.get(span.end..to).unwrap_or("");
    let after = &after[..after.find(['。', '\n']).unwrap_or(after.len())];
    let sentence = format!("{}{}", text.get(from..span.start).unwrap_or(""), after);
    HELD.iter().any(|w| sentence.contains(w))
}

/// Where the sentence on the line `start..end` ends when a PDF wrapped it
/// onto the lines below (`…that is a` / `party to the Convention, was
/// represented at the session.`): the end of the first line that closes
/// it, or of the paragraph, within [`MAX_LIST`] bytes of `start`.
fn wrapped_end(text: &str, start: usize, mut end: usize) -> usize {
    while !text[start..end].trim_end().ends_with(['.', '。', ';', '；', ':', '：']) {
        let next = end + text[end..].find('\n').map_or(0, |p| p + 1);
        match crate::text::short_line_bounds(text, next, MAX_LIST) {
            Some((s, e)) if next > end && s == next && e > s && !text[s..e].trim().is_empty() && e - start <= MAX_LIST => end = e,
            _ => break,
        }
    }
    end
}

/// The stretch of each attendance list with the role its sentence gives.
fn list_roles(doc: &Document) -> Vec<(Span, &'static str)> {
    let text = doc.text;
    let mut out = attendance_lists(doc);
    // One entity's attendance in a sentence of its own: `作为《公约》缔约方的区域
    // 经济一体化组织欧洲联盟派代表出席了会议` (the whole line), `The European
    // Union, a regional economic integration organization that is a party to
    // the Convention, was represented at the session`, `The State of
    // Palestine, a non-member observer State …, was represented by an
    // observer` (in English the subject before the description).
    let mut done = 0;
    // `The Sovereign Military Order of Malta, an entity maintaining a
    // permanent observer office at Headquarters, was represented by an
    // observer`: an entity of its own, neither State nor organisation of a list.
    for at in anchors(text, &["区域经济一体化组织", "regional economic integration organization", "非会员观察员国", "non-member observer State", "maintaining a permanent", "设有常设观察员办事处"]) {
        if at < done {
            continue;
        }
        let Some((s, e)) = crate::text::short_line_bounds(text, at, MAX_LIST) else {
            done = at.saturating_add(MAX_LIST);
            continue;
        };
        let e = wrapped_end(text, s, e);
        done = e;
        // `…that is a\nparty to…`: read with its PDF line breaks as spaces.
        let line = squeeze(&text[s..e]);
        if ATTENDED.iter().any(|w| line.contains(w)) {
            let observer = text[at..].starts_with("non-member") || text[at..].starts_with("非会员");
            let party = ["缔约方", "缔约国", "a party", "a State party", "parties"].iter().any(|w| line.contains(w));
            // `maintaining a permanent\nobserver office`: across a PDF line break;
            // not a `permanent observer mission` of a State.
            let entity = text[at..].starts_with("设有") || (text[at..].starts_with("maintaining") && squeeze(&text[at..e.max(at)]).contains("maintaining a permanent observer office"));
            let role = if entity {
                "other entity"
            } else if party && !observer && !line.contains("not a party") {
                "State party"
            } else {
                "observer State"
            };
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
    // `非联合国会员国罗马教廷和巴勒斯坦国的观察员出席了会议`: the States whose
    // observers the sentence says attended, named before `的观察员`.
    for (at, _) in text.match_indices("的观察员") {
        let from = crate::text::sentence_start(text, at);
        let window = &text[at..crate::text::floor_boundary(text, at.saturating_add(MAX_SENTENCE_ROLE))];
        let said = &window[..window.find(['。', '；']).unwrap_or(window.len())];
        if from < at && said.contains("出席") {
            out.push((Span::new(from, at), "observer State"));
        }
    }
    // `《公约》签署国叙利亚阿拉伯共和国派观察员出席了会议`: the States named
    // after `签署国` and before their observers attended (those that have not
    // signed, `非《公约》签署国`, are observer States); not a list's
    // introduction (`下列签署国派…：`), whose States come after it.
    for (at, _) in text.match_indices("签署国") {
        let from = at + "签署国".len();
        let window = &text[from..crate::text::floor_boundary(text, from.saturating_add(MAX_SENTENCE_ROLE))];
        let said = &window[..window.find(['。', '；', '：', ':']).unwrap_or(window.len())];
        let Some(to) = said.find("派观察员出席").or_else(|| said.find("的观察员出席")) else { continue };
        let before = &text[crate::text::sentence_start(text, at)..at];
        let unsigned = before.ends_with('非') || before.ends_with("非《公约》") || before.contains('未');
        if to > 0 {
            out.push((Span::new(from, from + to), if unsigned { "observer State" } else { "signatory State" }));
        }
    }
    // `The Holy See and the State of Palestine were represented by
    // observers.`: the States the sentence names before it, as `的观察员` says
    // in Chinese; not a regional economic integration organization, whose
    // sentence says whether it is a party.
    for at in anchors(text, &["represented by observers", "represented by an observer"]) {
        let from = crate::text::sentence_start(text, at);
        // A sentence another rule has read keeps its role (`an entity maintaining …`).
        let span = Span::new(from, at);
        if from < at && !text[from..at].contains("regional economic integration") && !text[from..at].contains("following") && !out.iter().any(|(s, _)| s.overlaps(span)) {
            out.push((span, "observer State"));
        }
    }
    crate::sorting::sort_by_key(&mut out, |(s, _)| *s);
    out
}

/// Longest stretch after `作为` read for how the States before it attended,
/// in bytes.
const MAX_SENTENCE_ROLE: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::participants::find_participants;

    #[test]
    fn summary_counts_mentions_and_list_roles() {
        let text = "8. 《公约》的下列缔约国派代表出席了会议：埃及、巴西。\n9. 以下观察员国也派代表出席了会议：安道尔。\n埃及代表发了言。";
        let doc = Document::new(text);
        let anns = find_participants(&doc, &crate::gazetteer::scan(doc.text));
        let sum = summarize(&doc, &anns);
        let egypt = sum.iter().find(|e| e.iso3.as_deref() == Some("EGY")).map(|e| (e.mentions, e.roles.clone()));
        assert_eq!(egypt, Some((2, vec!["State party".to_string()])));
        let andorra = sum.iter().find(|e| e.iso3.as_deref() == Some("AND")).map(|e| e.roles.clone());
        assert_eq!(andorra, Some(vec!["observer State".to_string()]));
        // The persons under a list's entries keep their own roles only.
        let text = "与会者名单\n\n非政府组织\n\n透明国际\nSarah Green 女士\n";
        let doc = Document::new(text);
        let sum = summarize(&doc, &find_participants(&doc, &crate::gazetteer::scan(doc.text)));
        let roles: Vec<(String, Vec<String>)> = sum.iter().map(|e| (e.name.clone(), e.roles.clone())).collect();
        assert_eq!(roles, vec![("透明国际".to_string(), vec!["NGO".to_string()]), ("Sarah Green".to_string(), vec![])]);
        let cases = [
            ("6. The European Union, a regional economic integration organization that is a party to the Convention, was represented at the session.", Some("State party")),
            ("6. The European Union, a regional economic integration organization that is not a party to the Convention, was represented by an observer.", Some("observer State")),
            ("6. The European Union, a regional economic integration organization, adopted a directive.", None),
            // A PDF line break inside the sentence.
            ("6. The European Union, a regional economic integration organization that is a\nparty to the Convention, was represented at the session.", Some("State party")),
            ("6. The European Union, a regional economic integration organization that is a\n\nparty to the Convention, was represented at the session.", None),
            ("9. The State of Palestine, a non-member observer State maintaining a permanent observer mission to the United Nations, was represented by an observer. The European Union attended.", None),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let sum = summarize(&doc, &find_participants(&doc, &crate::gazetteer::scan(doc.text)));
            let eu = sum.iter().find(|e| e.iso3.as_deref() == Some("EUU")).map(|e| e.roles.first().cloned());
            assert_eq!(eu, Some(want.map(str::to_string)), "{text}");
        }
        let text = "9. The State of Palestine, a non-member observer State maintaining a permanent observer mission to the United Nations, was represented by an observer.";
        let doc = Document::new(text);
        let sum = summarize(&doc, &find_participants(&doc, &crate::gazetteer::scan(doc.text)));
        let roles: Vec<(String, Vec<String>)> = sum.iter().map(|e| (e.name.clone(), e.roles.clone())).collect();
        // The States whose observers attended, named before `的观察员`; not an
        // organisation with them, nor States whose observers only spoke of it.
        // A text and each entity it names with its roles.
        type Case<'a> = (&'a str, &'a [(&'a str, &'a [&'a str])]);
        let cases: &[Case] = &[
            ("9. 非联合国会员国罗马教廷和巴勒斯坦国的观察员出席了会议。", &[("罗马教廷", &["observer State"]), ("巴勒斯坦国", &["observer State"])]),
            ("9. 巴勒斯坦国和阿拉伯国家联盟的观察员也出席了会议。", &[("巴勒斯坦国", &["observer State"]), ("阿拉伯国家联盟", &[])]),
            ("9. 巴勒斯坦国的观察员提到了会议的筹备。", &[("巴勒斯坦国", &[])]),
            // One signatory State's observer, in a sentence of its own or under a singular heading.
            ("10. 《公约》签署国叙利亚阿拉伯共和国派观察员出席了会议。", &[("叙利亚阿拉伯共和国", &["signatory State"])]),
            ("10. 非《公约》签署国叙利亚阿拉伯共和国派观察员出席了会议。", &[("叙利亚阿拉伯共和国", &["observer State"])]),
            ("10. 签署国叙利亚阿拉伯共和国的代表发了言。", &[("叙利亚阿拉伯共和国", &[])]),
            (
                "10. The following State signatory to the Convention was represented by an observer: Syrian Arab Republic.",
                &[("Syrian Arab Republic", &["signatory State"])],
            ),
            (
                "94. The Holy See and the State of Palestine were represented by observers.",
                &[("Holy See", &["observer State"]), ("State of Palestine", &["observer State"])],
            ),
            ("94. Egypt spoke. The League of Arab States was represented by an observer.", &[("Egypt", &[]), ("League of Arab States", &[])]),
            // An entity maintaining a permanent observer office, in a sentence of attending.
            (
                "9. The Sovereign Military Order of Malta, an entity maintaining a permanent observer office at Headquarters, was represented by an observer.",
                &[("Sovereign Military Order of Malta", &["other entity"])],
            ),
            ("9. 在总部设有常设观察员办事处的实体马耳他主权军事教团派观察员出席了会议。", &[("马耳他主权军事教团", &["other entity"])]),
            ("9. The Sovereign Military Order of Malta, an entity maintaining a permanent observer office at Headquarters, issued a note.", &[("Sovereign Military Order of Malta", &[])]),
            (
                "9. The Sovereign Military Order of Malta, an entity maintaining a permanent\nobserver office at Headquarters, was represented by an observer.",
                &[("Sovereign Military Order of Malta", &["other entity"])],
            ),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let sum = summarize(&doc, &find_participants(&doc, &crate::gazetteer::scan(doc.text)));
            let got: Vec<(String, Vec<String>)> = sum.iter().map(|e| (e.name.clone(), e.roles.clone())).collect();
            let want: Vec<(String, Vec<String>)> = want.iter().map(|(n, r)| (n.to_string(), r.iter().map(|r| r.to_string()).collect())).collect();
            assert_eq!(got, want, "{text}");
        }
        // The United Nations the mission is accredited to does not act.
        assert_eq!(roles, vec![("State of Palestine".to_string(), vec!["observer State".to_string()])]);
    }

    #[test]
    fn the_secretariat_of_a_list_of_participants_is_no_ngo() {
        let text = "List of participants\n\nNon-governmental organizations\n\nTransparency International\n\nMs. Anna SCHMIDT\n\n\
            Secretariat of the Conference\n\nMr. John BRANDOLINO, Director, Division for Treaty Affairs\n";
        let doc = Document::new(text);
        let sum = summarize(&doc, &find_participants(&doc, &crate::gazetteer::scan(doc.text)));
        let roles: Vec<(String, Vec<String>)> = sum.iter().map(|e| (e.name.clone(), e.roles.clone())).collect();
        // A person listed under an organisation is not the organisation: no list role.
        let want = [("Transparency International", &["NGO"][..]), ("Anna SCHMIDT", &[]), ("John BRANDOLINO", &["Director"])];
        assert_eq!(roles, want.map(|(n, r)| (n.to_string(), r.iter().map(|r| r.to_string()).collect::<Vec<_>>())));
    }

    #[test]
    fn host_is_the_state_of_the_venue() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Distr.: General\n\nThird session\nVienna, 13–17 May 2024\n\n1. Austria spoke.", Some("AUT")),
            ("1. The Commission held its session in Vienna from 13 to 17 May 2024. Austria spoke.", Some("AUT")),
            ("1. 会议于2021年12月13日至17日在埃及沙姆沙伊赫举行。埃及代表致辞。", Some("EGY")),
            // A past or future session's venue is not the meeting's own.
            (
                "Distr.: General\n30 December 2021\n\n1. The Conference, at its eighth session, held in Abu Dhabi from 16 to 20 December 2019, decided to hold its ninth session in Egypt. The ninth session was held in Sharm el-Sheikh, Egypt, from 13 to 17 December 2021. Egypt spoke.",
                Some("EGY"),
            ),
            (
                "Distr.: General\n30 December 2021\n\n1. The eighth session was held in Abu Dhabi from 16 to 20 December 2019. The United Arab Emirates spoke.",
                None,
            ),
            ("2021年12月30日\n\n1. 缔约国会议 2019 年 12 月 16 日至 20 日在阿布扎比举行的第八届会议决定。阿拉伯联合酋长国代表发言。", None),
            // Must not: a place that is not where the meeting is held.
            ("1. The Commission met.\n2. Mr. Griffiths: Hong Kong, China, contributed funds; the office in Vienna sent staff. China and Austria spoke.", None),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let anns = crate::annotate(text, &crate::Options::default()).annotations;
            let sum = summarize(&doc, &anns);
            let host = sum.iter().find(|e| e.roles.iter().any(|r| r == "host")).and_then(|e| e.iso3.clone());
            assert_eq!(host.as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn chinese_attendance_introductions_give_roles() {
        let text = "4. 出席会议的有《公约》下列缔约国：埃及。与会的有下列缔约国：巴西。";
        let doc = Document::new(text);
        let sum = summarize(&doc, &find_participants(&doc, &crate::gazetteer::scan(doc.text)));
        let brazil = sum.iter().find(|e| e.iso3.as_deref() == Some("BRA")).map(|e| e.roles.clone());
        assert_eq!(brazil, Some(vec!["State party".to_string()]));
        let text = "4. 教廷、巴勒斯坦国和欧洲委员会作为观察员出席了会议。埃及作为东道国致辞。";
        let doc = Document::new(text);
        let sum = summarize(&doc, &find_participants(&doc, &crate::gazetteer::scan(doc.text)));
        let roles: Vec<(String, Vec<String>)> = sum.iter().map(|e| (e.name.clone(), e.roles.clone())).collect();
        let want: Vec<(String, Vec<String>)> = vec![
            ("教廷".into(), vec!["observer State".into()]),
            ("巴勒斯坦国".into(), vec!["observer State".into()]),
            ("欧洲委员会".into(), vec![]),
            ("埃及".into(), vec![]),
        ];
        assert_eq!(roles, want);
    }
}
