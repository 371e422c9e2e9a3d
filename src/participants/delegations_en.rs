//! The English list of participants, an INF document
//! (`CAC/COSP/2023/INF/3`): after its `List of participants` line, section
//! headings (`States parties`, `Intergovernmental organizations`,
//! `Secretariat of the Conference`, from `src/data/participant_lists.tsv`),
//! under them one heading line per State or organisation (`Algeria`,
//! `World Bank`), and one line per person:
//! `Representative: Mr. Ahmed BENALI, Permanent Representative, Ambassador`.
//! The heading line is a state or organisation participant; each person
//! takes the State of the block it stands in, and as role the delegation
//! label before the name (`Representative`), else the office that opens the
//! functions after it (`Director` of `Director, Division for Treaty Affairs`).
//! Sections may be numbered (`II. Observer States`), States written in
//! capitals (`NEW ZEALAND`), and labels stand alone on their line over the
//! persons they head (`Head of Delegation`, `Advisers:`).
//!
//! This owns the lines it reads: the participants other recognisers found
//! on them (a name run on to the next line, a function read as an
//! organisation) are replaced; other lines keep theirs. Left out: a State heading the gazetteer does not know (no ISO
//! code to give), persons without a title (`Mr.`, `Ms.`, …), and Chinese
//! lists, which `lists` reads.

use std::sync::LazyLock;

use crate::gazetteer::{self, Entry};
use crate::model::{Annotation, Language, ParticipantValue, Value};
use crate::span::Span;
use crate::text::Document;

/// What the persons and headings of a section of the list are.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Section {
    /// Delegations of States (and of the European Union).
    States,
    /// UN entities, intergovernmental and non-governmental organisations.
    Organizations,
    /// The secretariat of the meeting: persons only.
    Secretariat,
}

/// The vocabulary of the data file.
struct Vocabulary {
    titles: Vec<&'static str>,
    sections: Vec<(Section, &'static str)>,
    /// A label as written, with the role it names.
    labels: Vec<(&'static str, &'static str)>,
}

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let mut v = Vocabulary { titles: Vec::new(), sections: Vec::new(), labels: Vec::new() };
    for line in data_file!("participant_lists.tsv").lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["title", t] => v.titles.push(t),
            ["section", "states", h] => v.sections.push((Section::States, h)),
            ["section", "organizations", h] => v.sections.push((Section::Organizations, h)),
            ["section", "secretariat", h] => v.sections.push((Section::Secretariat, h)),
            ["label", l] => v.labels.push((l, l)),
            ["label", l, role] => v.labels.push((l, role)),
            _ => {}
        }
    }
    v
});

/// Titles that open a person's name on a line of the list.
const TITLES: &[&str] = &["H.E. Mr. ", "H.E. Ms. ", "H.E. Mrs. ", "Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Prof. ", "Mgr. ", "Msgr. ", "Monsignor ", "H.E. ", "Sir ", "Dame "];

/// Reads the English list of participants of `doc`, if it is one, and puts
/// its participants in place of those found on the lines it reads. Linear
/// in the text.
pub(super) fn find_delegations(doc: &Document, out: &mut Vec<Annotation>) {
    if doc.language != Language::English {
        return;
    }
    let text = doc.text;
    let Some(start) = list_start(text) else { return };
    let mut found = Vec::new();
    let mut section = None;
    let mut state: Option<String> = None;
    // A label on a line of its own (`Advisers:`) is the role of the persons under it.
    let mut label: Option<String> = None;
    // A line right under a person's, with no blank line between, is the
    // rest of its functions wrapped (`…, Director,\nAnti-Corruption Office`).
    let mut after_person = false;
    // The lines read as part of the list, in order.
    let mut read: Vec<Span> = Vec::new();
    let mut at = start;
    for raw in text[start..].split_inclusive('\n') {
        let line_start = at;
        at += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let lead = line.len() - line.trim_start().len();
        let line = line.trim();
        if line.is_empty() {
            after_person = false;
            continue;
        }
        let begin = line_start + lead;
        let whole = Span::new(begin, begin + line.len());
        if let Some(s) = section_of(line) {
            (section, state, label, after_person) = (Some(s), None, None, false);
            continue;
        }
        let Some(current) = section else { continue };
        // `Head of Delegation` alone on its line heads the persons under it, as `Advisers:` does.
        if let Some(role) = line.strip_suffix(':').and_then(label_role).or_else(|| label_role(line)) {
            label = Some(role);
            continue;
        }
        if let Some(person) = person_line(line, begin, current, state.as_deref(), label.as_deref()) {
            found.push(person);
            read.push(whole);
            after_person = true;
            continue;
        }
        // `Argentina\tMr. Juan Pérez, Ambassador`: the heading and its first
        // person on one line, which opens a block even right under a person.
        let split = split_head(line).and_then(|(head, at)| Some((heading(current, head, Span::new(begin, begin + head.len()))?, Some(at))));
        if split.is_none() && after_person {
            read.push(whole);
            continue;
        }
        label = None;
        state = None;
        let Some((entity, person)) = split.or_else(|| Some((heading(current, line, whole)?, None))) else { continue };
        if let Value::Participant(ParticipantValue::State { iso3, .. }) = &entity.value {
            state = Some(iso3.clone());
        }
        found.push(entity);
        read.push(whole);
        if let Some(at) = person {
            found.extend(person_line(&line[at..], begin + at, current, state.as_deref(), None));
            after_person = true;
        }
    }
    // Only the lines the list read: a paragraph after it keeps its mentions.
    out.retain(|a| {
        let k = read.partition_point(|l| l.end <= a.span.start);
        !(matches!(a.value, Value::Participant(_)) && read.get(k).is_some_and(|l| l.overlaps(a.span)))
    });
    out.extend(found);
}

/// The State or organisation that a heading line of `section` names, as a
/// participant over `span` (a State the gazetteer knows; in a section of
/// organisations, an organisation it knows or one that looks like a heading).
fn heading(section: Section, line: &str, span: Span) -> Option<Annotation> {
    // `NEW ZEALAND`: a State's heading in capitals, named as the data writes it.
    let capitals = line.chars().any(char::is_uppercase) && !line.chars().any(char::is_lowercase);
    if let Some((i, name)) = capitals.then(|| gazetteer::state_caseless(line)).flatten() {
        let value = ParticipantValue::State { name: name.to_owned(), iso3: gazetteer::states()[i].iso3.to_owned() };
        return Some(Annotation::new(span, Value::Participant(value)));
    }
    let value = match (section, gazetteer::lookup(line)) {
        // The European Union heads its block among the organisations, a State participant all the same.
        (Section::States | Section::Organizations, Some(Entry::State(i))) => {
            ParticipantValue::State { name: line.to_owned(), iso3: gazetteer::states()[i].iso3.to_owned() }
        }
        (Section::Organizations, entry) if matches!(entry, Some(Entry::Organization(_))) || (entry.is_none() && is_heading(line)) => {
            ParticipantValue::Organization { name: line.to_owned(), short: None }
        }
        _ => return None,
    };
    Some(Annotation::new(span, Value::Participant(value)))
}

/// A heading followed on its line by its first person, apart by a tab or
/// by two spaces or more (`Argentina\tMr. Juan Pérez`, `Argentina  Mr.
/// Juan Pérez`, `Argentina\tRepresentative:\tMr. Juan Pérez`): the heading,
/// and where the person's label or title begins.
fn split_head(line: &str) -> Option<(&str, usize)> {
    // The first tab, or else the first run of two spaces.
    let gap = line.find('\t').or_else(|| line.find("  "))?;
    // `Holy See:\tMgr. Paolo Rudelli`: a colon may close the heading.
    let head = line[..gap].trim_end().trim_end_matches(':').trim_end();
    let at = gap + (line[gap..].len() - line[gap..].trim_start().len());
    let titled = |rest: &str| TITLES.iter().any(|t| rest.starts_with(t));
    // `Argentina\tRepresentative:\tMr. Juan Pérez`: the person's label between.
    let labelled = |rest: &str| rest.split_once(':').is_some_and(|(l, r)| label_role(l).is_some() && titled(r.trim_start()));
    (!head.is_empty() && (titled(&line[at..]) || labelled(&line[at..]))).then_some((head, at))
}

/// Where the list begins: after a line that is the list's title alone.
fn list_start(text: &str) -> Option<usize> {
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        at += raw.len();
        if VOCABULARY.titles.contains(&raw.trim()) {
            return Some(at);
        }
    }
    None
}

/// The section a heading line opens: the whole line, or its start before
/// a space or comma (`Secretariat of the Conference`), perhaps after its
/// number (`II. Observer States`, `B. Intergovernmental organizations`).
fn section_of(line: &str) -> Option<Section> {
    let line = without_number(line);
    VOCABULARY
        .sections
        .iter()
        .find(|(_, h)| line.strip_prefix(h).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ','])))
        .map(|&(s, _)| s)
}

/// `line` without the number of a section that opens it: Roman numerals,
/// one capital letter or digits, a full stop and a space or tab (`IV. `,
/// `B.\t`, `2. `); the line itself when it has none.
pub(super) fn without_number(line: &str) -> &str {
    let Some((number, rest)) = line.split_once('.') else { return line };
    let roman = !number.is_empty() && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let letter = number.len() == 1 && number.starts_with(|c: char| c.is_ascii_uppercase());
    let digits = !number.is_empty() && number.len() <= 2 && number.chars().all(|c| c.is_ascii_digit());
    match rest.strip_prefix([' ', '\t']) {
        Some(rest) if roman || letter || digits => rest.trim_start(),
        _ => line,
    }
}

/// True for the heading of a list's secretariat section (`Secretariat of
/// the Conference`), under which no State or organisation is listed.
pub(super) fn is_secretariat_heading(line: &str) -> bool {
    section_of(line) == Some(Section::Secretariat)
}

/// True for a line that can be the heading of an organisation the
/// gazetteer does not know: short, capitalised, no colon, not a sentence
/// (no full stop at the end) and not a list (`Amnesty International, Human
/// Rights Watch` keeps the two mentions read in it).
fn is_heading(line: &str) -> bool {
    line.len() <= 200 && !line.contains([':', ',', ';']) && !line.ends_with('.') && line.starts_with(|c: char| c.is_uppercase())
}

/// The delegation role a label names (`Advisers` → `Adviser`), if the data
/// knows the label.
fn label_role(label: &str) -> Option<String> {
    VOCABULARY.labels.iter().find(|(l, _)| *l == label.trim()).map(|&(_, role)| role.to_owned())
}

/// The person a line of the list names, `Adviser: Mr. Karim HADDAD`, with
/// `state` of the block it stands in (none outside the States' sections)
/// and `above`, the role of a label on a line of its own over it.
fn person_line(line: &str, begin: usize, section: Section, state: Option<&str>, above: Option<&str>) -> Option<Annotation> {
    let labelled = line.split_once(':').filter(|(_, rest)| rest.starts_with([' ', '\t']));
    let (label, rest) = match labelled.and_then(|(l, rest)| Some((label_role(l)?, rest))) {
        Some((label, rest)) => (Some(label), rest.trim_start()),
        None => (above.map(str::to_owned), line),
    };
    let title = TITLES.iter().find(|t| rest.starts_with(*t))?;
    let name_at = begin + (line.len() - rest.len()) + title.len();
    let after_title = &rest[title.len()..];
    let name = after_title.split([',', '(']).next().unwrap_or("").trim_end();
    if name.is_empty() || !name.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let functions = after_title[name.len()..].trim_start_matches([',', ' ']);
    let role = label.or_else(|| functions.split(',').next().and_then(crate::roles::delegate_line));
    let state = if section == Section::States { state.map(str::to_owned) } else { None };
    let span = Span::new(name_at, name_at + name.len());
    Some(Annotation::new(span, Value::Participant(ParticipantValue::Person { name: name.to_owned(), state, role })))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn list_of_participants() {
        let text = "CAC/COSP/2023/INF/3\n\nList of participants\n\nStates parties\n\nAlgeria\n\n\
            Representative: Mr. Ahmed BENALI, Permanent Representative, Ambassador\n\
            Alternate Representative: Ms. Amina KHELIF, Counsellor\nAdviser: Mr. Karim HADDAD\n\n\
            Argentina\n\nHead of delegation: Ms. María Laura GÓMEZ, Director,\nAnti-Corruption Office\n\
            Advisers:\nMr. Pablo RUIZ\nMs. Ana DÍAZ, Legal Officer\n\n\
            Intergovernmental organizations\n\nWorld Bank\n\nMr. David LEE, Senior Counsel\n\n\
            Non-governmental organizations\n\nSome Unknown Network\n\nMs. Anna SCHMIDT\n\n\
            Secretariat of the Conference\n\nMr. John BRANDOLINO, Director, Division for Treaty Affairs\n";
        let want = [
            "Algeria=state:DZA",
            "Ahmed BENALI=person:DZA:Representative",
            "Amina KHELIF=person:DZA:Alternate Representative",
            "Karim HADDAD=person:DZA:Adviser",
            "Argentina=state:ARG",
            "María Laura GÓMEZ=person:ARG:Head of delegation",
            "Pablo RUIZ=person:ARG:Adviser",
            "Ana DÍAZ=person:ARG:Adviser",
            "World Bank=org",
            "David LEE=person:-:-",
            "Some Unknown Network=org",
            "Anna SCHMIDT=person:-:-",
            "John BRANDOLINO=person:-:Director",
        ];
        assert_eq!(found(text), want);
    }

    #[test]
    fn heading_and_first_person_on_one_line() {
        // Pasted from a table: the State, a tab (or two spaces), its first
        // person; the persons under it, indented, are of the same State.
        let text = "List of participants\n\nStates parties\n\n\
            Argentina\tMr. Juan Pérez, Ambassador\n\tMs. Lucía Fernández, Counsellor\n\
            Austria\tMr. Georg Huber\nBrazil  Mr. Marcelo Andrade\n\n\
            Observer States\n\nHoly See\tMgr. Paolo Rudelli\n\n\
            Intergovernmental organizations\n\nEuropean Union\tMr. Thomas Müller, Head of Section\n\
            International Anti-Corruption Academy\tMs. Anna Novak, Director\n";
        let want = [
            "Argentina=state:ARG",
            "Juan Pérez=person:ARG:Ambassador",
            "Lucía Fernández=person:ARG:Counsellor",
            "Austria=state:AUT",
            "Georg Huber=person:AUT:-",
            "Brazil=state:BRA",
            "Marcelo Andrade=person:BRA:-",
            "Holy See=state:VAT",
            "Paolo Rudelli=person:VAT:-",
            "European Union=state:EUU",
            "Thomas Müller=person:-:Head of Section",
            "International Anti-Corruption Academy=org",
            "Anna Novak=person:-:Director",
        ];
        assert_eq!(found(text), want);
        assert_eq!(super::split_head("Argentina\tMr. Juan Pérez"), Some(("Argentina", 10)));
        assert_eq!(super::split_head("Argentina  Mr. Juan Pérez"), Some(("Argentina", 11)));
        assert_eq!(super::split_head("Argentina\t2024\t15"), None);
        // A label between the State and its person, tabs from Word, a colon after the State.
        let text = "List of participants\n\nStates parties\n\n\
            Argentina\tRepresentative:\tMr. Juan Pérez, Ambassador\n\tAdviser:\tMs. Lucía Fernández\n\n\
            Observer States\n\nHoly See:\tMgr. Paolo Rudelli\n";
        let want = [
            "Argentina=state:ARG",
            "Juan Pérez=person:ARG:Representative",
            "Lucía Fernández=person:ARG:Adviser",
            "Holy See=state:VAT",
            "Paolo Rudelli=person:VAT:-",
        ];
        assert_eq!(found(text), want);
        assert_eq!(super::split_head("Argentina\tNote: Mr. X"), None);
    }

    #[test]
    fn numbered_sections_headings_in_capitals_and_labels_alone_on_their_line() {
        let text = "List of participants\n\nI. States parties\n\nNEW ZEALAND\n\nHead of Delegation\nH.E. Mr. Marc COSTA, Ambassador\n\n\
            Alternates\nMs. Ana LIMA, Counsellor\nMr. Pedro SANTOS\n\nCANADA\n\nMs. Kate WILSON, Counsellor\n\n\
            II. Observer States\n\nHOLY SEE\n\nMonsignor Paolo ROSSI, Permanent Observer\n\n\
            IV. Entities maintaining permanent observer offices at Headquarters\n\nSovereign Military Order of Malta\nMr. Franz HABSBURG\n\n\
            B. Intergovernmental organizations\n\nCouncil of Europe\nMs. Ingrid LARSEN\n";
        let want = [
            "NEW ZEALAND=state:NZL",
            "Marc COSTA=person:NZL:Head of Delegation",
            "Ana LIMA=person:NZL:Alternate",
            "Pedro SANTOS=person:NZL:Alternate",
            "CANADA=state:CAN",
            "Kate WILSON=person:CAN:Counsellor",
            "HOLY SEE=state:VAT",
            "Paolo ROSSI=person:VAT:Permanent Observer",
            "Sovereign Military Order of Malta=org",
            "Franz HABSBURG=person:-:-",
            "Council of Europe=org",
            "Ingrid LARSEN=person:-:-",
        ];
        assert_eq!(found(text), want);
        for (line, rest) in [("II. Observer States", "Observer States"), ("B.\tStates", "States"), ("2. States", "States"), ("Mr. X", "Mr. X"), ("IVY. States", "IVY. States"), ("States", "States")] {
            assert_eq!(super::without_number(line), rest, "{line}");
        }
        // Must not: a line in capitals that names no State, nor a State in a sentence.
        let text = "List of participants\n\nStates parties\n\nATLANTIS\n\nMr. Ahmed BENALI\n";
        assert_eq!(found(text), ["Ahmed BENALI=person:-:-"]);
    }

    #[test]
    fn the_secretariat_is_no_list_of_entities() {
        assert!(super::is_secretariat_heading("Secretariat of the Conference"));
        assert!(super::is_secretariat_heading("Secretariat"));
        assert!(!super::is_secretariat_heading("Secretariats of other bodies"));
        assert!(!super::is_secretariat_heading("Non-governmental organizations"));
    }

    #[test]
    fn not_a_list_of_participants() {
        // No title line: the list of a report is read by `lists`, not here;
        // a heading that is no known State gives nothing.
        let report = "States parties\n\nAlgeria\n\nRepresentative: Mr. Ahmed BENALI\n";
        assert!(!found(report).iter().any(|f| f.contains(":Representative")));
        let unknown = "List of participants\n\nStates parties\n\nAtlantis\n\nMr. Ahmed BENALI\n";
        assert_eq!(found(unknown), ["Ahmed BENALI=person:-:-"]);
        // A paragraph under the list's title keeps the mentions read in it.
        let paragraph = "List of participants\n\nStates parties\n\n1. Statements were made by Egypt and Brazil.\n";
        assert_eq!(found(paragraph), ["Egypt=state:EGY", "Brazil=state:BRA"]);
        let listed = "List of participants\n\nNon-governmental organizations\n\nAmnesty International, Human Rights Watch\n";
        assert_eq!(found(listed), ["Amnesty International=org", "Human Rights Watch=org"]);
    }
}
