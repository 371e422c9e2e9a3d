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

use super::bureau::table_role;
use super::sources::ORG_ENDINGS;
use super::{overlapping, squeeze};
use crate::gazetteer::{self, Entry};
use crate::model::{Annotation, Language, ParticipantValue, Value};
use crate::span::Span;
use crate::text::{char_at, char_before, is_cjk, is_space, is_ws, skip_spaces, Document, Sees};

/// Longest personal name with its title, in bytes.
const PERSON_WINDOW: usize = 160;

/// A Latin-script personal name of two to five words.
static PERSON_NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿĀ-ſ'’\-]+(?: (?:(?:de|da|di|du|van|von|der|del|la|le|bin|al|el|dos|das|ben) ){0,2}[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ſ'’\-.]+){1,4}")
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

/// Where a run of capitalised words ends right before a bracketed State
/// (`Amr Adel Hosny (Egypt)`), the start of those words: the candidates for
/// a person's name. Linear: each bracket looks back a bounded distance.
fn bracketed_name_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // One pass over the bytes for `(` and the last byte of `（`, rather than
    // a look at every character.
    const OPEN: &[u8] = "（".as_bytes();
    let bytes = text.as_bytes();
    let brackets = crate::text::find_bytes(text, [b'(', OPEN[2]]).into_iter().filter_map(|p| match bytes[p] {
        b'(' => Some(p),
        _ => p.checked_sub(2).filter(|&at| bytes[at..].starts_with(OPEN)),
    });
    for at in brackets {
        let end = crate::text::skip_back_while(text, at, |c| c == ' ');
        let end = match text[..end].strip_suffix('\n') {
            Some(head) => crate::text::skip_back_while(text, head.len(), |c| c == ' '),
            None => end,
        };
        // No Latin word right before the bracket, no name: known without reading the bracket.
        let in_word = |c: char| c.is_alphabetic() && !is_cjk(c) || "-'’.".contains(c);
        if !char_before(text, end).is_some_and(in_word) || bracket_state(text, end).0.is_none() {
            continue;
        }
        let mut pos = end;
        let mut start = None;
        for _ in 0..8 {
            let ts = crate::text::skip_back_while(text, pos, in_word);
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

/// Where a byte can open a Latin capital: `A`–`Z`, or a lead byte of
/// U+00C0–U+017F (`C3`–`C5`). One pass over the bytes, decoding none, eight
/// at a time: a word goes on at once when none of its bytes has the form
/// `x10xxxxx` that both kinds share (no ideograph byte, continuation byte or
/// lowercase letter has it). The titles and the capitals are read at these
/// offsets only.
fn capital_bytes(text: &str) -> Vec<usize> {
    let opens = |b: u8| b.is_ascii_uppercase() || matches!(b, 0xC3..=0xC5);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut words = bytes.chunks_exact(8);
    for (w, word) in (&mut words).enumerate() {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        // Bit 0 of each byte: its bit 6 set and its bit 5 clear.
        let mut maybe = (x >> 6) & !(x >> 5) & 0x0101_0101_0101_0101;
        while maybe != 0 {
            let k = maybe.trailing_zeros() as usize / 8;
            if opens(word[k]) {
                out.push(w * 8 + k);
            }
            maybe &= maybe - 1;
        }
    }
    let tail = bytes.len() - words.remainder().len();
    out.extend(words.remainder().iter().enumerate().filter(|&(_, &b)| opens(b)).map(|(k, _)| tail + k));
    out
}

/// Of the offsets `at` (from [`capital_bytes`]), where a Latin capital
/// follows a character that is not a letter or digit; the capitals are
/// those the name patterns open with, accented ones included (`Şahin 先生`,
/// `Émile Dupont（法国）`).
fn capitals(text: &str, at: &[usize]) -> Vec<usize> {
    let capital = |c: char| c.is_ascii_uppercase() || matches!(c, 'À'..='Ö' | 'Ø'..='Þ' | 'Ā'..='ſ');
    at.iter()
        .copied()
        .filter(|&i| {
            let prev = char_before(text, i).unwrap_or(' ');
            char_at(text, i).is_some_and(capital) && !prev.is_alphanumeric() && prev != '.' && prev != '/'
        })
        .collect()
}

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

/// True when a Latin-script name starting at `i` is followed, within a
/// short name's length, by a word of address: `由 Ghada Waly 女士主持`.
fn honorific_follows_name(text: &str, i: usize) -> bool {
    let end = crate::text::floor_boundary(text, i.saturating_add(PERSON_WINDOW));
    let Some(window) = text.get(i..end) else { return false };
    // A name and the spaces after it hold no ideograph: the first one after
    // `i` must open the word of address, a cheap test before the pattern's.
    let first_cjk = window.find(is_cjk).map_or("", |p| &window[p..]);
    if !HONORIFICS.iter().any(|h| first_cjk.starts_with(h)) {
        return false;
    }
    let Some(m) = PERSON_NAME.find(window) else { return false };
    // `Maria Silva\n女士（巴西）`: a PDF line break before the word of address.
    let rest = window[m.end()..].trim_start_matches(is_space);
    let rest = rest.strip_prefix('\n').unwrap_or(rest).trim_start_matches(is_space);
    HONORIFICS.iter().any(|h| rest.starts_with(h))
}

/// A Latin-script name of one word: a surname, which only a word of address
/// right after it makes a person's.
static SURNAME: LazyLock<Regex> = LazyLock::new(|| crate::text::regex(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ſ'’\-]+"));

/// The speakers of a summary record, named by surname and word of address:
/// `Hassan 先生（埃及）说`, `Ramírez 女士（墨西哥）说`; the span is the surname,
/// as a longer name leaves its word of address out. Not a capitalised word
/// without one (`Open Ownership 组织`), nor a word inside a longer name or
/// a name already found (`known`, each sorted; `Mr. Hassan 先生`). Looks at
/// the text's `capitals` only.
fn surnames_before_honorifics(text: &str, capitals: &[usize], known: [&[Annotation]; 2], bare: &mut Vec<Annotation>) {
    let mut found = Vec::new();
    let capitals = honorific_ahead(text, capitals);
    for m in anchored(&SURNAME, text, &capitals, 64) {
        let span = m.whole;
        let rest = text[span.end..].trim_start_matches(is_space);
        // `Marie-Claude Morin 女士`: the last word of a longer Latin name.
        // Not `2. Hassan 先生`: a paragraph number's full stop follows a digit.
        let latin = |c: char| c.is_alphabetic() && !is_cjk(c);
        let mut before = text[..span.start].trim_end_matches(' ').chars().rev();
        let in_name = match before.next() {
            Some('.') => before.next().is_some_and(latin),
            Some(c) => latin(c) || "-'’".contains(c),
            None => false,
        };
        if in_name || !HONORIFICS.iter().any(|h| rest.starts_with(h)) {
            continue;
        }
        if known.iter().any(|k| !overlapping(k, span).is_empty()) || !overlapping(bare, span).is_empty() {
            continue;
        }
        let (state, after) = bracket_state(text, span.end);
        let role = chinese_role(text, span.start).or_else(|| chinese_role_after(text, after));
        let name = text.get(span.range()).unwrap_or("").to_string();
        found.push(Annotation::new(span, Value::Participant(ParticipantValue::Person { name, state, role })));
    }
    bare.extend(found);
}

/// The capitals of `capitals` (sorted) that a word of address may follow
/// as [`surnames_before_honorifics`] wants it: the first char after the
/// capital that is an ideograph, or neither a letter, a blank nor `'’-`,
/// opens `女士`/`先生`/`阁下`. A surname and the blanks after it are made of
/// those chars only, so no capital this drops could give a surname; and
/// one inside a surname's match goes with the capital that opens it. Each
/// byte is read once: capitals in one run of such chars share its end.
fn honorific_ahead(text: &str, capitals: &[usize]) -> Vec<usize> {
    let goes_on = |c: char| !is_cjk(c) && (c.is_alphabetic() || is_space(c) || matches!(c, '\'' | '’' | '-'));
    let mut run_end = 0;
    let mut out = Vec::new();
    for &at in capitals {
        if at >= run_end {
            run_end = text[at..].find(|c: char| !goes_on(c)).map_or(text.len(), |p| at + p);
        }
        if HONORIFICS.iter().any(|h| text[run_end..].starts_with(h)) {
            out.push(at);
        }
    }
    out
}

/// `副主席：Fatima Nasser（约旦）、Pieter de Vries（荷兰）`: a person listed
/// right after another, joined by `、`/`和`/`及`, shares that person's role.
fn listed_role(text: &str, before: &[Annotation], start: usize) -> Option<String> {
    let prev = before.last()?;
    let Value::Participant(ParticipantValue::Person { role: Some(role), .. }) = &prev.value else { return None };
    let (_, after) = bracket_state(text, prev.span.end);
    let gap = text.get(after..start)?;
    let joined = !gap.trim_matches(is_ws).is_empty() && gap.trim_matches(is_ws).chars().all(|c| matches!(c, '、' | '和' | '及'));
    // `A（埃及）和 B（秘鲁）分别为主席和报告员`: the offices are shared out, not shared.
    let shared_out = || text.get(after..).and_then(past_joined_persons).is_some_and(|(rest, _)| rest.starts_with(RESPECTIVELY_ZH));
    (joined && !shared_out()).then(|| role.clone())
}

/// The State of the table cell right before a person's cell: the members
/// table of a verbatim record (`Members:\tAlgeria\tMr. Bendjama`,
/// `\tChina\tMr. Zhang Jun`), else of the row's first cell (`阿根廷\t司法和
/// 人权部\tJuan Pablo Fernández 先生`). Not a cell that names no State.
fn cell_state(text: &str, i: usize) -> Option<String> {
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

/// Longest word, in bytes, that a titled name goes on with past a line break.
const MAX_WRAPPED_WORD: usize = 40;

/// Where a titled name that a PDF line break cuts ends (`Ms. Ana` /
/// `Kowalska (Poland)`, `Mr. Juan` / `Perez, Chair of the Group`): past the
/// break, one capitalised word that a bracketed State or a comma and an
/// office follow, neither a State nor an office itself; else `end`.
fn wrapped_name_end(text: &str, end: usize) -> usize {
    let Some(next) = text.get(end..).and_then(|r| r.strip_prefix('\n').or_else(|| r.strip_prefix(" \n"))) else { return end };
    let word_start = text.len() - next.len();
    let word_len = next.char_indices().take(MAX_WRAPPED_WORD).find(|&(_, c)| !(c.is_alphabetic() || "'’-".contains(c))).map_or(0, |(i, _)| i);
    let word = &next[..word_len];
    let capitalised = word.chars().next().is_some_and(char::is_uppercase) && word.chars().nth(1).is_some_and(char::is_lowercase);
    if !capitalised || gazetteer::lookup(word).is_some() || crate::roles::is_office(word) {
        return end;
    }
    let word_end = word_start + word_len;
    let bracketed = bracket_state(text, word_end).0.is_some();
    let office = next[word_len..].starts_with(", ") && crate::roles::after(text, word_end).is_some();
    if bracketed || office {
        word_end
    } else {
        end
    }
}

/// The State an English office names at its end: `Minister of Justice of
/// Qatar`, `Permanent Representative of the Philippines` → its ISO code.
fn role_state(role: &str) -> Option<String> {
    let (_, tail) = role.rsplit_once(" of ")?;
    match gazetteer::lookup(tail.strip_prefix("the ").unwrap_or(tail)) {
        Some(Entry::State(k)) => gazetteer::states().get(k).map(|s| s.iso3.to_string()),
        _ => None,
    }
}

/// The office written right after a dotted name (`阿明娜·穆罕默德常务副秘书长`):
/// a role noun, perhaps after `常务`, that starts at byte `end`.
fn office_after_dotted_name(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let lead = if rest.starts_with("常务") { "常务".len() } else { 0 };
    let noun = crate::names_zh::role_noun_at(rest, lead)?;
    Some(rest[..lead + noun.len()].to_string())
}

/// The bracket right after a name, past a word of address: its text
/// (without the brackets) and where it ends.
fn bracket_after(text: &str, i: usize) -> Option<(&str, usize)> {
    // `Juan Ruiz\n(Colombia)`: a PDF line break between name and bracket.
    let j = skip_spaces(text, i);
    let j = if text[j..].starts_with('\n') { skip_spaces(text, j + 1) } else { j };
    // `Omar Zniber 先生（摩洛哥）`, `兹尼贝尔先生（摩洛哥）`: the word of address
    // stands between the name and its State, perhaps before a PDF line
    // break (`Dlamini 女士\n（南非）`).
    // `张军大使（中国）`: a title stands there as a word of address does.
    let j = HONORIFICS.iter().chain(crate::names_zh::TITLES).find(|h| text[j..].starts_with(**h)).map_or(j, |h| skip_spaces(text, j + h.len()));
    let j = if text[j..].starts_with('\n') { skip_spaces(text, j + 1) } else { j };
    let open = char_at(text, j).filter(|c| *c == '（' || *c == '(')?;
    let inner = j + open.len_utf8();
    let rest = text.get(inner..).unwrap_or("");
    // `(Iran (Islamic Republic of))`: the State's own bracket nests inside.
    let mut depth = 0;
    let (close, bracket) = rest.char_indices().take(60).find(|&(_, c)| {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' if depth == 0 => return true,
            '）' | ')' => depth -= 1,
            _ => {}
        }
        false
    })?;
    // The end is after the closing bracket, whichever its width.
    Some((&rest[..close], inner + close + bracket.len_utf8()))
}

/// The State in brackets right after a name, and where the bracket ends.
fn bracket_state(text: &str, i: usize) -> (Option<String>, usize) {
    if let Some((iso, end)) = bracket_iso(text, i) {
        return (Some(iso), end);
    }
    // `彼得罗夫先生（副主席）（俄罗斯联邦）`: the office the chair is taken in,
    // then the State, each in its own bracket (one step: no chain of brackets).
    // `Mr. Petrov (Vice-Chair) (Russian Federation)` in English.
    let english_office = || bracket_after(text, i).is_some_and(|(inside, _)| crate::roles::is_office(inside));
    let second = (bracket_office(text, i).is_some() || english_office()).then(|| bracket_after(text, i)).flatten();
    let second = second.map(|(_, end)| (skip_spaces(text, end), end)).filter(|(next, _)| text[*next..].starts_with(['（', '(']));
    match second.and_then(|(_, end)| bracket_iso(text, end)) {
        Some((iso, end)) => (Some(iso), end),
        None => (None, i),
    }
}

/// The State that the bracket right after `i` holds, and where it ends:
/// the State alone, with the office its speaker holds for it
/// (`（欧洲联盟观察员）`), or before on whose behalf it speaks
/// (`（古巴，代表 77 国集团和中国）`, `(Cuba, on behalf of …)`).
fn bracket_iso(text: &str, i: usize) -> Option<(String, usize)> {
    let (inside, end) = bracket_after(text, i)?;
    let inner_text = squeeze(inside);
    let state_of = |name: &str| match gazetteer::lookup(name) {
        Some(Entry::State(k)) => gazetteer::states().get(k).map(|s| s.iso3.to_string()),
        _ => None,
    };
    let iso = state_of(&inner_text)
        .or_else(|| BRACKET_OFFICES.iter().find_map(|o| inner_text.strip_suffix(o)).and_then(state_of))
        .or_else(|| inner_text.split_once(['，', ',']).and_then(|(head, _)| state_of(head.trim())))
        // `(Observer for the European Union)`: the English speaker's office for it.
        .or_else(|| OFFICES_FOR_EN.iter().find_map(|o| inner_text.strip_prefix(o)).and_then(|rest| state_of(rest.strip_prefix("the ").unwrap_or(rest))))?;
    Some((iso, end))
}

/// Offices an English speaker holds for a State, written before it in the
/// speaker's bracket (`(Observer for the European Union)`).
const OFFICES_FOR_EN: &[&str] = &["Observer for ", "Permanent Observer for ", "Representative of ", "Permanent Representative of "];

/// The office in brackets right after a name (`瓦利女士（毒品和犯罪问题办公室执行
/// 主任）说`): one phrase that ends with a role noun of [`crate::roles`].
fn bracket_office(text: &str, i: usize) -> Option<String> {
    let (inside, _) = bracket_after(text, i)?;
    let office = squeeze(inside);
    let one = !office.contains(['，', '、', ',', '；']);
    // `阿卜杜拉女士（阿拉伯国家联盟观察员）`: the observer for an organisation.
    let observer = office.strip_suffix("观察员").is_some_and(|org| matches!(gazetteer::lookup(org), Some(Entry::Organization(_))));
    (one && (observer || crate::roles::chinese_nouns().iter().any(|r| office.ends_with(r)))).then_some(office)
}

/// Offices a speaker holds for a State, written after it in the speaker's
/// bracket (`（欧洲联盟观察员）`, `（墨西哥代表）`).
const BRACKET_OFFICES: &[&str] = &["观察员", "常驻代表", "代表"];

/// The role of a person written in Chinese: the role cell of a bureau
/// table row, else the role phrase written right before the name
/// ([`crate::roles::chinese_before`]).
fn chinese_role(text: &str, i: usize) -> Option<String> {
    table_role(text, i)
        .or_else(|| crate::roles::chinese_before(text, i))
        .or_else(|| label_above(text, i).or_else(|| wrapped_above(text, i)).and_then(|e| crate::roles::chinese_before(text, e)))
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

/// True when the line that ends at byte `end` opens with a name and its
/// word of address before the first comma: `潘基文先生阁下，联合国前秘书长`.
fn opens_with_addressed_name(text: &str, end: usize) -> bool {
    let Some((s, _)) = entry_line(text, end.saturating_sub(1)) else { return false };
    let line = text.get(s..end).unwrap_or("");
    let Some(comma) = line.find(['，', ',']) else { return false };
    let first = line[..comma].trim_end_matches(is_space);
    HONORIFICS.iter().any(|h| first.ends_with(h))
}

/// Longest line of a list or table row read around a person, in bytes.
const ENTRY_LINE: usize = 1200;

/// The line holding byte `i` when it is at most [`ENTRY_LINE`] bytes long:
/// a list's entry or a table's row. Reading a bounded stretch keeps the
/// persons of one huge line (a paste without line breaks) linear.
fn entry_line(text: &str, i: usize) -> Option<(usize, usize)> {
    crate::text::short_line_bounds(text, i, ENTRY_LINE)
}

/// True when the line that ends at byte `end` opens with a capital Latin
/// letter: an entry of a list of persons (`Hiroshi Tanaka 先生，…`).
fn opens_with_latin_name(text: &str, end: usize) -> bool {
    let Some((s, _)) = entry_line(text, end.saturating_sub(1)) else { return false };
    text.get(s..end).is_some_and(|l| l.trim_start_matches(is_space).starts_with(|c: char| c.is_ascii_uppercase()))
}

/// The most entry lines a role label heads (`副主席：` over three names).
const LABEL_REACH: usize = 12;

/// `主席：\nGhislain D'hoop（比利时）`: where a role label ends on the line
/// above a name that a PDF line break has moved down (the byte after its
/// colon), else `None`.
/// Entry lines that open with a Latin name stand between the label and
/// the name (`副主席：\nAhmed Ben Salem 先生，…\nHiroshi Tanaka 先生，…`):
/// the label heads them all.
fn label_above(text: &str, i: usize) -> Option<usize> {
    let mut at = i;
    for _ in 0..LABEL_REACH {
        let head = text.get(..at)?.trim_end_matches(is_space);
        let head = head.strip_suffix('\n')?;
        let head = head.strip_suffix('\r').unwrap_or(head).trim_end_matches(is_space);
        if head.ends_with(['：', ':']) {
            return Some(head.len());
        }
        if !opens_with_latin_name(text, head.len()) {
            return None;
        }
        at = entry_line(text, head.len().saturating_sub(1))?.0;
    }
    None
}

/// The State written with `的` right before a Chinese name starting at
/// `start` (`法国的让-皮埃尔·杜邦先生` → FRA), from the State mentions in
/// `known` (sorted); not an organisation's (`办公室的`) nor a State apart (`法国代表的`).
fn state_before_de(text: &str, known: &[Annotation], start: usize) -> Option<String> {
    let de = start.checked_sub('的'.len_utf8()).filter(|&d| text.get(d..start) == Some("的"))?;
    let i = known.partition_point(|a| a.span.start < de);
    known[..i].iter().rev().take(4).find(|a| a.span.end == de).and_then(|a| match &a.value {
        Value::Participant(ParticipantValue::State { iso3, .. }) => Some(iso3.clone()),
        _ => None,
    })
}

/// The State a Chinese office opens with, on the line that a person opens:
/// `Maria Lopez 女士，哥伦比亚常驻联合国（维也纳）代表` → COL.
fn office_state(text: &str, person: Span) -> Option<String> {
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
fn posted_state(office: &str) -> Option<String> {
    let head = office.get(..crate::text::floor_boundary(office, 120))?;
    let hit = gazetteer::scan(head).into_iter().next().filter(|h| h.span.start == 0)?;
    let Entry::State(k) = hit.entry else { return None };
    let posted = char_at(office, hit.span.end).is_some_and(|c| is_cjk(c) && !"籍人和、及与的".contains(c));
    posted.then(|| gazetteer::states().get(k).map(|st| st.iso3.to_string())).flatten()
}

/// The office after a person who opens a line of a list, between the
/// word of address and the next `，` or the line's end: `Brigitte
/// Strobel-Shaw 女士，科长`, `Ahmed Benali 先生，常驻代表，大使` (the first
/// office). Not an office inside a sentence (`Ghada Waly 女士，请…`).
fn line_office(text: &str, person: Span) -> Option<String> {
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
    let listed = !office.is_empty() && office.chars().all(is_cjk) && crate::roles::chinese_nouns().iter().any(|r| office.ends_with(r));
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
fn chinese_role_after(text: &str, i: usize) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::{cell_state, chinese_role, chinese_role_after, line_office, office_state, posted_state, TITLES_EN};
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
    }

    #[test]
    fn the_state_of_a_persons_line_is_the_one_the_office_opens_with_or_the_rows_first_cell() {
        let text = "Maria Lopez 女士，哥伦比亚常驻联合国（维也纳）代表\nAna Souza 女士，巴西政府代表\nGrace Wanjiru 女士，肯尼亚籍专家\n";
        assert_eq!(office_state(text, at(text, "Maria Lopez")).as_deref(), Some("COL"));
        assert_eq!(office_state(text, at(text, "Ana Souza")).as_deref(), Some("BRA"));
        assert_eq!(office_state(text, at(text, "Grace Wanjiru")), None);
        assert_eq!(posted_state("日本常驻联合国（维也纳）副代表").as_deref(), Some("JPN"));
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
    }
}
