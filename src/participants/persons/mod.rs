//! Persons, with their State and role: a Latin-script name after an English
//! title (`Mr. Amr Adel Hosny (Egypt), President of the Conference`); a
//! bare Latin name before a bracketed State, or in Chinese after a role or
//! before a word of address (`缔约国会议副主席 Aftab Ahmad Khokher（巴基斯坦）`,
//! `由 Ghada Waly 女士主持`); a Chinese transliterated name with a middle dot
//! ([`crate::names_zh`]: `主席马里亚诺·加西亚（秘鲁）`), or one without a dot
//! before a title or after a role label (`联合国副秘书长李军华先生`,
//! `主席：王毅（中国）`), or a transliterated one right beside its role noun
//! (`秘书长古特雷斯在…`, `古特雷斯秘书长`, `潘基文前秘书长`), and in English an
//! untitled name right after its office (`former Secretary-General Ban
//! Ki-moon`); a dotted name's last group is read again before a word of
//! address (`克勒希先生` after `乔鲍·克勒希`). A Chinese role may also stand on the line above the
//! name (`主席：\nGhislain D'hoop（比利时）`) or after the person
//! (`…（比利时）当选为主席`), and the State before `的`
//! (`法国的让-皮埃尔·杜邦先生`). A person listed after
//! another shares its role (`four Vice-Presidents: Mr. A (X), Ms. B (Y)`,
//! `副主席：A（约旦）、B（荷兰）`); in a bureau table the role is the row's
//! first cell (see `bureau`).
//!
//! Deliberately left out: an address to an office (`Thank you, Mr.
//! President`), a bare name with neither State, role nor word of address
//! (`由 Some Body 主持`), and an organisation named after a person
//! (`弗里德里希·艾伯特基金会`).

use std::sync::LazyLock;

use regex_lite::Regex;

use super::sources::ORG_ENDINGS;
use super::{overlapping, squeeze};
use crate::model::{Annotation, Language, ParticipantValue, Value};
use crate::span::Span;
use crate::text::{char_before, is_ws, skip_spaces, Document, Sees};

mod brackets;
mod names;
mod offices_zh;
mod states;

use brackets::{bracket_office, bracket_state};
use names::{bracketed_name_starts, capital_bytes, capitals, honorific_follows_name, surnames_before_honorifics, wrapped_name_end};
use offices_zh::{chinese_role, chinese_role_after, line_office, listed_role, office_after_dotted_name};
use states::{cell_state, office_state, posted_state, role_state, state_before_de};

/// Longest personal name with its title, in bytes.
const PERSON_WINDOW: usize = 160;

/// A Latin-script personal name of two to five words; a word in capitals
/// may hold accented capitals (`María José GÓMEZ`, `JOSÉ Pérez`).
static PERSON_NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^[A-ZÀ-ÖØ-Þ][a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ'’\-]+(?: (?:(?:de|da|di|du|van|von|der|del|la|le|bin|al|el|dos|das|ben) ){0,2}[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ'’\-.]+){1,4}")
});

/// `Mr. Amr Adel Hosny`: an English title and a name, whose inner words may
/// be initials or particles (`Mr. Muhammadou M.O. Kah`, `Ms. Maria de la Cruz`),
/// and whose surname may be in capitals with accents (`Ms. María GÓMEZ`).
static PERSON_EN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:H\.E\. (?:(?:Mr|Ms|Mrs|Dr)\.? |(?:Ambassador|Judge|Professor|Minister) )?|(?:Mr|Ms|Mrs|Dr)\.? |(?:Dame|Sir) )((?:(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ'’\-]+|(?:[A-Z]\.){1,3}|de|da|di|du|van|von|der|del|la|le|bin|al|el|dos|das|ben) ){0,5}[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ'’\-]+)")
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
    let windows = anchors.iter().map(|&at| (at, at.saturating_add(window)));
    let found = crate::text::captures_around(re, text, windows, 0, Sees::Window);
    found
        .into_iter()
        .filter_map(|(at, c)| {
            let m = c.get(0)?;
            let group = c.get(1).map(|g| Span::new(at + g.start(), at + g.end()));
            Some(Found { whole: Span::new(at + m.start(), at + m.end()), group })
        })
        .collect()
}

/// Words that open a name phrase without being part of the name.
const NOT_NAMES: &[&str] = &[
    "President", "Vice-President", "Chair", "Vice-Chair", "Chairperson", "Rapporteur", "Ambassador", "Minister", "Judge", "Professor", "Director",
    "Commissioner", "Mr", "Ms", "Mrs", "Dr", "The", "By", "Statement",
];

/// Words of a body's name, never of a person's: an untitled phrase after
/// an office that holds one (`the Chair, Committee Against Torture.`) is
/// the body the office belongs to.
const BODY_WORDS: &[&str] = &[
    "Committee", "Council", "Commission", "Conference", "Office", "Group", "Assembly", "Organization", "Programme", "Fund", "Bank", "Court",
    "Division", "Department", "Section", "Branch", "Unit", "Secretariat", "Nations", "Union", "Against", "Association", "Institute", "Network",
    "Forum", "Agency", "Board", "Ministry", "Mission", "Delegation", "Session", "Meeting", "Report",
];

/// Particles inside personal names (`Maria de la Cruz`).
const PARTICLES: &[&str] = &["de", "da", "di", "du", "van", "von", "der", "del", "la", "le", "bin", "al", "el", "dos", "das", "ben"];

/// The English titles before a person's name (each opens with M, D, H or S).
const TITLES_EN: &[&str] = &["Mr", "Ms", "Dr", "H.E.", "Dame ", "Sir "];

/// Persons: `…副主席 Aftab Ahmad Khokher（巴基斯坦）`, `Mr. X (Egypt), President`.
pub(super) fn find_persons(doc: &Document, out: &mut Vec<Annotation>) {
    let text = doc.text;
    let mut found = Vec::new();
    // One pass over the bytes for the titles and the capitals (not a search per title).
    let bytes = text.as_bytes();
    let capital_bytes = capital_bytes(text);
    let titles: Vec<usize> = capital_bytes
        .iter()
        .copied()
        .filter(|&i| matches!(bytes[i], b'M' | b'D' | b'H' | b'S') && TITLES_EN.iter().any(|t| bytes[i..].starts_with(t.as_bytes())))
        .filter(|&i| !char_before(text, i).is_some_and(|c| c.is_ascii_alphanumeric()))
        .collect();
    let capitals = capitals(text, &capital_bytes);
    let mut listed = ListRole::default();
    for m in anchored(&PERSON_EN, text, &titles, PERSON_WINDOW) {
        let Some(span) = m.group else { continue };
        let span = Span::new(span.start, wrapped_name_end(text, span.end));
        // `Ms. Ana` / `Kowalska`: the value is written without the line break.
        let name = text.get(span.range()).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
        // `Thank you, Mr. President`: an address to an office, not a name.
        if crate::roles::is_office(&name) {
            continue;
        }
        let (state, after) = bracket_state(text, span.end);
        let state = state.or_else(|| cell_state(text, m.whole.start));
        // `Mr. Petrov (Vice-Chair) (Russian Federation)`: the office in the bracket before the State's.
        let bracketed = || (after != span.end).then(|| crate::roles::after(text, span.end)).flatten();
        let own = crate::roles::after(text, after).or_else(bracketed).or_else(|| crate::roles::before(text, m.whole.start));
        // `elected Ms. Ana Kowalska (Poland) Vice-Chair`: the office after the person elected.
        let own = own.or_else(|| crate::roles::after_elected(text, m.whole.start, after));
        // `The meeting was chaired by Mr. X (Brazil)`: the verb gives the role.
        let own = own.or_else(|| (doc.language == Language::English).then(|| crate::roles::given_by_verb(text, m.whole.start)).flatten());
        // `会议由专家会议主席 Ms. Jane Doe（澳大利亚）主持`: an English title in Chinese text.
        let own = own.or_else(|| (doc.language == Language::Chinese).then(|| chinese_role(text, m.whole.start).or_else(|| chinese_role_after(text, after))).flatten());
        let role = listed.role(text, Span::new(m.whole.start, after), own);
        let state = state.or_else(|| role.as_deref().and_then(role_state));
        found.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
    }
    // A bare name: after a role in Chinese (`副主席 Aftab Ahmad Khokher`), or
    // before a bracketed State in either language (`Amr Adel Hosny (Egypt)`).
    let mut bare = Vec::new();
    let mut listed = ListRole::default();
    let mut starts = bracketed_name_starts(text);
    if doc.language == Language::Chinese {
        starts.extend(capitals.iter().copied().filter(|&i| chinese_role(text, i).is_some() || honorific_follows_name(text, i)));
    } else {
        // `the United Nations High Commissioner for Human Rights, Volker Türk,
        // presented`: an untitled name in apposition after an office.
        starts.extend(capitals.iter().copied().filter(|&i| text[..i].ends_with(", ") && crate::roles::before(text, i).is_some()));
        // `former Secretary-General Ban Ki-moon`: an untitled name right after its office.
        starts.extend(capitals.iter().copied().filter(|&i| text[..i].ends_with(' ') && crate::roles::office_right_before(text, i).is_some()));
    }
    crate::sorting::sort(&mut starts);
    starts.dedup();
    for m in anchored(&PERSON_NAME, text, &starts, PERSON_WINDOW) {
        let span = without_full_stop(text, m.whole);
        // Both lists are sorted by start: `found` follows the sorted anchors.
        let known = !overlapping(&found, span).is_empty() || !overlapping(out, span).is_empty();
        if known || char_before(text, span.start).is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') {
            continue;
        }
        let (state, after) = bracket_state(text, span.end);
        let role = match doc.language {
            Language::Chinese => chinese_role(text, span.start).or_else(|| listed_role(text, &bare, span.start)).or_else(|| chinese_role_after(text, after)),
            Language::English => {
                let own = crate::roles::after(text, after).or_else(|| crate::roles::before(text, span.start)).or_else(|| crate::roles::after_elected(text, span.start, after));
                let own = own.or_else(|| crate::roles::given_by_verb(text, span.start)).or_else(|| crate::roles::office_right_before(text, span.start));
                listed.role(text, Span::new(span.start, after), own)
            }
        };
        let honoured = doc.language == Language::Chinese && text.get(skip_spaces(text, span.end)..).is_some_and(|r| HONORIFICS.iter().any(|h| r.starts_with(h)));
        if state.is_none() && role.is_none() && !honoured {
            continue;
        }
        // An English name in apposition has two words at least and closes
        // with a comma or full stop (`, Volker Türk, presented`), and is no office.
        let name = text.get(span.range()).unwrap_or("");
        if doc.language == Language::English && state.is_none() {
            // After its office the name may go on into the sentence (`Secretary-General António Guterres said`).
            let closed = text[span.end..].starts_with([',', '.', ';']) || crate::roles::office_right_before(text, span.start).is_some();
            let body = name.split(' ').any(|w| BODY_WORDS.contains(&w));
            if !closed || body || !name.contains(' ') || crate::roles::is_office(name) || NOT_NAMES.iter().any(|w| name.starts_with(w)) {
                continue;
            }
        }
        let name = text.get(span.range()).unwrap_or("").to_string();
        bare.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
    }
    if doc.language == Language::Chinese {
        surnames_before_honorifics(text, &capitals, [out, &found], &mut bare);
        for span in crate::names_zh::find_names(text) {
            // `弗里德里希·艾伯特基金会`: an organisation named after a person.
            if text.get(span.range()).is_some_and(|n| ORG_ENDINGS.iter().any(|e| n.ends_with(e))) {
                continue;
            }
            let (state, after) = bracket_state(text, span.end);
            let state = state.or_else(|| state_before_de(text, out, span.start));
            let role = chinese_role(text, span.start).or_else(|| listed_role(text, &bare, span.start)).or_else(|| chinese_role_after(text, after));
            // `彼得罗夫先生（副主席）（俄罗斯联邦）`: the office in its own bracket.
            let role = role.or_else(|| office_after_dotted_name(text, span.end)).or_else(|| bracket_office(text, span.end));
            // `让-皮埃尔·杜邦先生宣布`: a dotted name with a word of address is a person's.
            let honoured = text.get(span.end..).is_some_and(|r| HONORIFICS.iter().chain(crate::names_zh::TITLES).any(|h| r.starts_with(h)));
            if state.is_none() && role.is_none() && !honoured {
                continue;
            }
            // `马里亚诺·加西亚`: the `马里` inside the name is not Mali.
            out.retain(|a| !a.span.overlaps(span));
            let name = squeeze(text.get(span.range()).unwrap_or(""));
            bare.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
        }
        // `克勒希先生（以英语发言）` after `乔鲍·克勒希`: a speaker named again by surname.
        let names: Vec<Span> = bare.iter().map(|a| a.span).collect();
        let groups = crate::names_zh::last_groups(text, &names);
        for span in crate::names_zh::surnames_of_dotted_names(text, &groups) {
            if !overlapping(out, span).is_empty() || !overlapping(&found, span).is_empty() || bare.iter().any(|a| a.span.overlaps(span)) {
                continue;
            }
            let (state, after) = bracket_state(text, span.end);
            let role = chinese_role(text, span.start).or_else(|| chinese_role_after(text, after));
            let name = text.get(span.range()).unwrap_or("").to_string();
            bare.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
        }
        // `联合国副秘书长李军华先生`, `主席：王毅（中国）`: a name without a dot,
        // which a title, a role label or a bracketed State marks as a
        // person's. It shares no character with a Latin or dotted name; a
        // State or organisation that holds it (`韩国大使`) wins.
        for crate::names_zh::PlainName { span, cue } in crate::names_zh::find_plain_names(text) {
            if !overlapping(out, span).is_empty() {
                continue;
            }
            let (state, after) = bracket_state(text, span.end);
            // `李明（新加坡）`: a bracket makes a person only with a State or an office in it.
            let office = (cue == crate::names_zh::Cue::Bracket && state.is_none()).then(|| bracket_office(text, span.end)).flatten();
            if cue == crate::names_zh::Cue::Bracket && state.is_none() && office.is_none() {
                continue;
            }
            let role = chinese_role(text, span.start).or_else(|| listed_role(text, &bare, span.start)).or_else(|| chinese_role_after(text, after)).or(office);
            // `古特雷斯秘书长`, `潘基文前秘书长`: the office right after the name.
            let role = role.or_else(|| (cue == crate::names_zh::Cue::Role).then(|| crate::names_zh::office_at(text, span.end)).flatten().map(str::to_owned));
            let name = text.get(span.range()).unwrap_or("").to_string();
            bare.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
        }
    }
    if doc.language == Language::Chinese {
        let blocks = super::delegations_zh::delegations(text);
        delegation_states(&blocks, &mut found);
        delegation_states(&blocks, &mut bare);
        for person in found.iter_mut().chain(bare.iter_mut()) {
            if let Value::Participant(ParticipantValue::Person { role, state, .. }) = &mut person.value {
                if role.is_none() {
                    *role = line_office(text, person.span);
                }
                if state.is_none() {
                    *state = office_state(text, person.span).or_else(|| cell_state(text, person.span.start)).or_else(|| role.as_deref().and_then(posted_state));
                }
            }
        }
    }
    out.extend(found);
    out.extend(bare);
}

/// `span` without the full stop that ends a sentence after a name (`…
/// Ban Ki-moon.`), kept after an initial (`John F.`).
fn without_full_stop(text: &str, span: Span) -> Span {
    let name = text.get(span.range()).unwrap_or("");
    let last = name.rsplit(' ').next().unwrap_or("");
    match last.strip_suffix('.') {
        Some(word) if word.chars().count() > 1 && !word.contains('.') => Span::new(span.start, span.end - 1),
        _ => span,
    }
}

/// Gives each person of `persons` that has no State the State of the
/// delegation block of a list of participants that holds it (see
/// [`super::delegations_zh`]).
fn delegation_states(blocks: &[(Span, String)], persons: &mut [Annotation]) {
    for person in persons.iter_mut() {
        if let Value::Participant(ParticipantValue::Person { state: state @ None, .. }) = &mut person.value {
            *state = super::delegations_zh::state_at(blocks, person.span.start);
        }
    }
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
#[cfg(test)]
mod tests {
    use super::{cell_state, chinese_role, chinese_role_after, line_office, office_state, posted_state, role_state, TITLES_EN};
    use crate::span::Span;

    #[test]
    fn every_english_title_opens_with_a_byte_the_scan_looks_at() {
        assert!(TITLES_EN.iter().all(|t| matches!(t.as_bytes()[0], b'M' | b'D' | b'H' | b'S')));
    }

    #[test]
    fn an_office_taken_up_after_the_person_is_its_role() {
        for (text, role) in [
            ("（比利时）当选为主席。", Some("主席")),
            ("（波兰）接任副主席。", Some("副主席")),
            ("（波兰）出任报告员，", Some("报告员")),
            ("（波兰）为主席团成员。", None),
            // The verb that says who chaired: not a noun that holds it (`主持人`).
            ("（巴西）主持。", Some("主席")),
            ("（巴西）主持了会议，", Some("主席")),
            ("）女士主持会议。", Some("主席")),
            ("（巴西）主持人发言。", None),
            ("（巴西）主持的小组讨论", None),
            ("（巴西）主持编写了报告。", None),
            ("（巴西）主持第 3 次会议。", Some("主席")),
            // An election's manner before its verb.
            ("（美利坚合众国）以鼓掌方式当选为主席。", Some("主席")),
            ("（波兰）以协商一致方式当选为副主席，", Some("副主席")),
            // Persons joined to this one share the office after the last.
            ("（澳大利亚）和 Li Ming（中国）共同主持。", Some("共同主席")),
            ("（比利时）、Jan Kowalski（波兰）和马里亚诺·加西亚（秘鲁）为副主席，", Some("副主席")),
            ("（比利时）和巴西，中国（北京）主持", None),
            ("（比利时）和\nFatima Nasser（约旦）为副主席。", Some("副主席")),
            // Offices shared out in order: the persons after this one choose its place.
            ("（埃及）和 Lucía Torres 女士（秘鲁）分别为主席和报告员。", Some("主席")),
            ("（秘鲁）分别为主席和报告员。", Some("报告员")),
            ("（埃及）、B（秘鲁）和 C（智利）分别当选为第一副主席、第二副主席和报告员。", Some("第一副主席")),
            ("（秘鲁）和 C（智利）分别当选为第一副主席、第二副主席和报告员。", Some("第二副主席")),
            // More persons than offices, or offices that are no roles: none.
            ("（埃及）、B（秘鲁）和 C（智利）分别为主席和报告员。", None),
            ("（埃及）和 B（秘鲁）分别为观察员和成员。", None),
        ] {
            let after = text.find('）').unwrap() + '）'.len_utf8();
            assert_eq!(chinese_role_after(text, after).as_deref(), role, "{text}");
        }
        // An office in brackets after the name and its word of address; not a city.
        for (text, role) in [("Waly 女士（毒品和犯罪问题办公室执行主任）致开幕词。", Some("毒品和犯罪问题办公室执行主任")), ("Waly 女士（维也纳）发言。", None)] {
            assert_eq!(chinese_role_after(text, "Waly".len()).as_deref(), role, "{text}");
        }
    }

    /// The span of `name` in `text`.
    fn at(text: &str, name: &str) -> Span {
        let s = text.find(name).unwrap();
        Span::new(s, s + name.len())
    }

    #[test]
    fn a_label_heads_every_entry_line_below_it_and_an_entry_gives_no_role_to_the_next() {
        let text = "副主席：\nAhmed Ben Salem 先生，突尼斯常驻联合国（维也纳）代表\nHiroshi Tanaka 先生，日本常驻联合国（维也纳）副代表\nElena Petrova 女士（保加利亚）\n";
        for name in ["Ahmed Ben Salem", "Hiroshi Tanaka", "Elena Petrova"] {
            assert_eq!(chinese_role(text, at(text, name).start).as_deref(), Some("副主席"), "{name}");
        }
        let text = "9. 会议由第十届会议主席\nMohammed Bin Nasser（卡塔尔）宣布开幕。\nAhmed Ben Salem 先生，突尼斯代表\nHiroshi Tanaka 先生（日本）";
        assert_eq!(chinese_role(text, at(text, "Mohammed").start).as_deref(), Some("第十届会议主席"));
        assert_eq!(chinese_role(text, at(text, "Hiroshi").start), None);
        // A delegation role alone on its line heads the entries below it, to a blank line.
        let text = "巴西\n\n顾问\nPaula MENDES 女士，二等秘书\nRicardo ALMEIDA 先生，联邦警察局\n\n智利\n\nJoão SILVA 先生\n";
        for (name, role) in [("Paula MENDES", Some("顾问")), ("Ricardo ALMEIDA", Some("顾问")), ("João SILVA", None)] {
            assert_eq!(chinese_role(text, at(text, name).start).as_deref(), role, "{name}");
        }
        // Past entries named in ideographs; an observer's label, no office of its own before a name.
        let text = "顾问\n朴敏英女士，外交部二等秘书\n李俊浩先生\n\n阿富汗\n\n观察员\nAhmad RAHIMI 先生\n";
        for (name, role) in [("李俊浩", Some("顾问")), ("Ahmad RAHIMI", Some("观察员"))] {
            assert_eq!(chinese_role(text, at(text, name).start).as_deref(), role, "{name}");
        }
        // Must not: a role inside a longer line, nor a line that only ends with one.
        for (text, name) in [("会议推选的顾问为\nPaula MENDES 女士\n", "Paula"), ("副主席兼顾问\nRicardo ALMEIDA 先生\nJoão SILVA 先生\n", "João")] {
            assert_eq!(chinese_role(text, at(text, name).start), None, "{text}");
        }
    }

    #[test]
    fn the_state_of_a_persons_line_is_the_one_the_office_opens_with_or_the_rows_first_cell() {
        let text = "Maria Lopez 女士，哥伦比亚常驻联合国（维也纳）代表\nAna Souza 女士，巴西政府代表\nGrace Wanjiru 女士，肯尼亚籍专家\n";
        assert_eq!(office_state(text, at(text, "Maria Lopez")).as_deref(), Some("COL"));
        assert_eq!(office_state(text, at(text, "Ana Souza")).as_deref(), Some("BRA"));
        assert_eq!(office_state(text, at(text, "Grace Wanjiru")), None);
        assert_eq!(posted_state("日本常驻联合国（维也纳）副代表").as_deref(), Some("JPN"));
        for (role, iso) in [
            ("Permanent Representative of the Philippines", Some("PHL")),
            ("representative of Bulgaria and Vice-President of the Conference", Some("BGR")),
            ("Vice-President of the Conference and representative of Bulgaria", Some("BGR")),
            ("Permanent Representative of Trinidad and Tobago", Some("TTO")),
            ("Chair of the Committee and Rapporteur of the Group", None),
        ] {
            assert_eq!(role_state(role).as_deref(), iso, "{role}");
        }
        assert_eq!(posted_state("肯尼亚籍专家"), None);
        assert_eq!(posted_state("肯尼亚道德和反腐败委员会主席").as_deref(), Some("KEN"));
        assert_eq!(posted_state("巴西和阿根廷代表"), None);
        let text = "国家\t机构\t联络人\n阿根廷\t司法和人权部\tJuan Pablo Fernández 先生\n";
        assert_eq!(cell_state(text, at(text, "Juan").start).as_deref(), Some("ARG"));
        assert_eq!(cell_state(text, at(text, "机构").start), None);
        let text = "2.\t巴基斯坦（代表 77 国集团和中国）\tAftab Ahmad Khokher 先生，常驻代表\n3.\tPakistan (on behalf of the Group of 77 and China)\tMr. Ali Khan\n";
        assert_eq!(cell_state(text, at(text, "Aftab").start).as_deref(), Some("PAK"));
        assert_eq!(cell_state(text, at(text, "Mr. Ali").start).as_deref(), Some("PAK"));
    }

    #[test]
    fn a_person_opening_a_cell_of_a_speakers_row_has_the_office_after_the_name() {
        let text = "1.\t埃及\tAmr Adel Hosny 先生阁下，总检察长\n2.\t中国\t刘金国先生，国家监察委员会副主任\n会议由 Ghada Waly 女士，执行主任主持。\n";
        assert_eq!(line_office(text, at(text, "Amr Adel Hosny")).as_deref(), Some("总检察长"));
        assert_eq!(line_office(text, at(text, "刘金国")).as_deref(), Some("国家监察委员会副主任"));
        assert_eq!(line_office(text, at(text, "Ghada Waly")), None);
        let text = "Omar HASSAN 先生，常驻观察员\nLaura BIANCHI 女士，观察员的助理\n";
        assert_eq!(line_office(text, at(text, "Omar HASSAN")).as_deref(), Some("常驻观察员"));
        assert_eq!(line_office(text, at(text, "Laura BIANCHI")), None);
    }
}
