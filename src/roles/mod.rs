//! The office a named person holds, as the text writes it around the name:
//! `Mr. Amr Adel Hosny (Egypt), President of the Conference` → `President of
//! the Conference`; `opened by its President, Mr. X` → `President`;
//! `elected Ms. A (Argentina) and Mr. B (Australia) as Vice-Presidents` →
//! `Vice-President` for both; `Mr. X (Egypt) was elected President` →
//! `President`; `President: Amr Adel Hosny (Egypt)` → `President`;
//! `缔约国会议副主席 Aftab Ahmad Khokher` → `缔约国会议副主席`;
//! `elected Mr. A (Egypt) Chair and Ms. B (Peru) Rapporteur` → each the
//! office after its own name. A former holder keeps the word as written,
//! as the guidelines say nothing of it: `former Secretary-General Ban
//! Ki-moon`, `the former President of the General Assembly, Mr. X` →
//! `former President of the General Assembly`.
//!
//! An English role must begin with an office of `data/roles.tsv` (after
//! `First`, `Acting`… modifiers): a capitalised phrase that names no
//! office (`, Mr. Y`, `, Egypt`) is not a role. The phrase runs over
//! capitalised words and the small words inside names (`of the`, `on`,
//! `and`) and stops at punctuation or at a lower-case word (`…, President
//! of the Conference opened`).

use std::sync::LazyLock;

use crate::text::{is_cjk, is_space};

mod after;
mod before;
mod elected;
mod zh;

pub use after::after;
pub use before::{before, delegate_line, list_head, office_right_before, title_line};
pub use elected::after_elected;
pub use zh::chinese_before;

/// Role nouns by language, from `data/roles.tsv`.
static NOUNS: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let mut zh = Vec::new();
    let mut en = Vec::new();
    for line in data_file!("roles.tsv").lines().filter(|l| !l.starts_with('#')) {
        match line.split_once('\t') {
            Some(("zh", noun)) => zh.push(noun.trim()),
            Some(("en", noun)) => en.push(noun.trim()),
            _ => {}
        }
    }
    // Longest first, so that `Vice-Chairperson` wins over `Vice-Chair`.
    crate::sorting::sort_by_key(&mut en, |n| std::cmp::Reverse(n.len()));
    (zh, en)
});

/// Words after which a Chinese role written before a name starts, from the
/// `zh-opener` rows of `data/roles.tsv`: `由于`, `感谢`….
static OPENERS_ZH: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    data_file!("roles.tsv").lines().filter_map(|l| l.strip_prefix("zh-opener\t")).map(str::trim).collect()
});

/// The last words of the English offices (`Director` of `Executive
/// Director`), which an office written right before a name ends with.
static OFFICE_LAST_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| NOUNS.1.iter().filter_map(|n| n.rsplit(' ').next()).collect());

/// Verbs that give a role to the person named right after them (English)
/// or right before them (Chinese), from the `verb` rows of
/// `data/roles.tsv`: `chaired by` → `Chair`, `主持` → `主席`.
static VERBS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    data_file!("roles.tsv").lines().filter_map(|l| l.strip_prefix("verb\t")?.split_once('\t')).collect()
});

/// The role that a verb right before `i` gives to the person whose title
/// starts there: `The meeting was chaired by Mr. X (Brazil)` → `Chair`.
pub fn given_by_verb(text: &str, i: usize) -> Option<String> {
    let head = text.get(..i)?.strip_suffix(' ')?;
    VERBS.iter().find(|(verb, _)| verb.is_ascii() && head.ends_with(verb) && head[..head.len() - verb.len()].chars().next_back().is_none_or(char::is_whitespace)).map(|(_, role)| (*role).to_owned())
}

/// The role that a Chinese verb opening `rest` (the text right after a
/// person and its State) gives that person: `主持会议` → `主席`, when the
/// verb ends the clause or takes a meeting as its object; not a noun that
/// the verb opens (`主持人`), a clause that qualifies what follows (`X（巴西）
/// 主持的小组讨论`: a panel's moderator), or another task (`主持编写报告`).
pub fn given_by_verb_after_zh(rest: &str) -> Option<&'static str> {
    const MEETING: &[&str] = &["会议", "了", "第", "本次", "该次", "开幕", "闭幕", "全体会议"];
    let chairs = |r: &str| r.trim_start_matches(is_space).chars().next().is_none_or(|c| "。，；、：\r\n".contains(c)) || MEETING.iter().any(|m| r.starts_with(m));
    VERBS.iter().filter(|(verb, _)| verb.starts_with(is_cjk)).find(|(verb, _)| rest.strip_prefix(verb).is_some_and(chairs)).map(|(_, role)| *role)
}

/// Titles of persons, written before a name: never words of an office.
const TITLE_WORDS: &[&str] = &["Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mrs.", "Dr.", "H.E."];

/// Words before an office that belong to the role (`First Vice-Chair`).
/// `United Nations High Commissioner for Human Rights`: the organisation of
/// an office may stand before it.
/// A former holder's office keeps the word as written (`former Secretary-General`).
const MODIFIERS: &[&str] = &["First", "Second", "Third", "Fourth", "Acting", "Interim", "Temporary", "Outgoing", "Incoming", "Former", "former", "United", "Nations"];

/// The lower-case modifier that may open a role phrase: `the former
/// President of the General Assembly, Mr. X` → `former President of the
/// General Assembly`.
const FORMER: &str = "former";

/// Small words inside a role's name (`Director of the United Nations Office on Drugs and Crime`).
const CONNECTORS: &[&str] = &["of", "the", "on", "and", "for", "to", "in", "against", "at", "de", "du", "des"];

/// The `en-delegate` offices of `data/roles.tsv`, longest first.
static DELEGATES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut nouns: Vec<&'static str> = data_file!("roles.tsv").lines().filter_map(|l| l.strip_prefix("en-delegate\t")).map(str::trim).collect();
    crate::sorting::sort_by_key(&mut nouns, |n| std::cmp::Reverse(n.len()));
    nouns
});

/// The delegate's office of [`DELEGATES`] that opens `phrase` as a whole
/// word, in any case after its first letter (`Permanent observer`).
fn delegate_office(phrase: &str) -> Option<(usize, &'static str, bool)> {
    DELEGATES.iter().find_map(|noun| {
        let after = phrase.get(noun.len()..).filter(|_| phrase[..noun.len()].eq_ignore_ascii_case(noun))?;
        after.chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '-').then_some((0, *noun, false))
    })
}

/// Longest role phrase, in bytes.
const ROLE_BYTES: usize = 160;

/// The office a role phrase starts with (after modifiers), and whether the
/// text writes it in the plural.
fn office(phrase: &str) -> Option<(usize, &'static str, bool)> {
    let mut at = 0;
    loop {
        let rest = &phrase[at..];
        let word = rest.split(' ').next().unwrap_or("");
        if !MODIFIERS.contains(&word) {
            break;
        }
        at += word.len() + 1;
        if at >= phrase.len() {
            return None;
        }
    }
    let rest = &phrase[at..];
    NOUNS.1.iter().find_map(|noun| {
        let after = rest.strip_prefix(noun)?;
        let (plural, after) = match after.strip_prefix('s') {
            Some(a) => (true, a),
            None => (false, after),
        };
        after.chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '-').then_some((at, *noun, plural))
    })
}

/// A word of a name: capitalised, or a number inside one (`President of COP 27`).
fn is_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase) || (w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Words that place an office in time or say who gave it, never part of
/// its name: `elected Vice-Chair at the 3rd meeting`, `by acclamation`.
const TIME_WORDS: &[&str] = &["at", "by"];

/// Weekdays and months, which open a date after `on`/`for` (`on Monday`, `on 3 May`).
const CALENDAR_WORDS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December",
];

/// True when the role phrase ends before the first of `words` (after the
/// phrase's word `last`): at `at` or `by`; at `on`/`for the`/`in` before a
/// date, a number or an ordinal (`on 24 July`, `for the 2024–2025 term`,
/// `in 2023`); at a number or ordinal after `the` (`of the 3rd meeting`).
/// A number right after a name (`COP 27`) or after `of` (`Group of 77`) is
/// part of it.
fn ends_role(words: &[&str], last: Option<&str>) -> bool {
    let Some(&w) = words.first() else { return false };
    let numeric = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let dated = |w: &str| numeric(w) || CALENDAR_WORDS.contains(&w);
    if last.is_none() {
        return false;
    }
    if TIME_WORDS.contains(&w) {
        return true;
    }
    if matches!(w, "on" | "for" | "in") {
        let next = words.iter().skip(1).find(|n| **n != "the");
        return next.is_some_and(|n| dated(n));
    }
    numeric(w) && last == Some("the")
}

/// True when `name` is an office and nothing else: `Mr. President` addresses
/// an office holder, it names no person.
pub fn is_office(name: &str) -> bool {
    office(name).is_some_and(|(at, noun, plural)| at + noun.len() + usize::from(plural) == name.len())
}

/// The role phrase at the start of `s`: capitalised words and connectors up
/// to punctuation or a lower-case word, when it begins with an office; and
/// how many bytes of `s` it covers.
fn phrase_at_start(s: &str) -> Option<(String, usize)> {
    phrase_with(s, false)
}

/// [`phrase_at_start`], or a delegate's office of [`DELEGATES`] (in lower
/// case too): what a name's comma or bracket opens.
fn delegate_phrase_at_start(s: &str) -> Option<(String, usize)> {
    phrase_with(s, true)
}

/// The role phrase at the start of `s`, a delegate's office among them when `delegates`.
fn phrase_with(s: &str, delegates: bool) -> Option<(String, usize)> {
    let s = &s[..crate::text::floor_boundary(s, ROLE_BYTES)];
    let stop = |from: usize| s[from..].find([',', ';', ':', '.', '(', ')', '\n', '\t']).map_or(s.len(), |p| from + p);
    let mut end = stop(0);
    // `Under-Secretary-General for Humanitarian Affairs and\nEmergency Relief
    // Coordinator`: a PDF line break after a small word goes on.
    // `Executive\nDirector of …`: so does one inside an office's name, when
    // the line holds no whole office yet.
    // `observer for\nthe Council of Europe`: after a small word, the next
    // line may open with `the` before the capitals.
    let last = s[..end].rsplit(' ').next().unwrap_or("");
    let connector = CONNECTORS.contains(&last);
    let goes_on = connector || (is_name_word(last) && office(&s[..end]).is_none());
    let next = s.get(end + 1..).unwrap_or("");
    let next = if connector { next.strip_prefix("the ").unwrap_or(next) } else { next };
    if s[end..].starts_with('\n') && goes_on && next.starts_with(char::is_uppercase) {
        end = stop(end + 1);
    }
    let mut words: Vec<&str> = Vec::new();
    let all: Vec<&str> = s[..end].split([' ', '\n']).collect();
    // `permanent observer of …`: a delegate's office of two words in lower case.
    let lower_pair = delegates
        && all.first().is_some_and(|w| w.starts_with(char::is_lowercase))
        && all.get(1).is_some_and(|n| DELEGATES.iter().any(|d| d.split_once(' ').is_some_and(|(a, b)| a.eq_ignore_ascii_case(all[0]) && b.eq_ignore_ascii_case(n))));
    for (k, &w) in all.iter().enumerate() {
        if lower_pair && k < 2 {
            words.push(w);
            continue;
        }
        // `as Chair and Ms. Y (Peru) as Rapporteur`: the next person's title ends the office.
        if ends_role(&all[k..], words.last().copied()) || TITLE_WORDS.contains(&w) {
            break;
        }
        // `Ms. Chen, representative of the International Organization for
        // Migration`: a summary record writes a delegate's one-word office in
        // lower case; other lower-case words after a comma are running text.
        let lower_office = delegates && words.is_empty() && w.starts_with(char::is_lowercase) && DELEGATES.iter().any(|d| d.eq_ignore_ascii_case(w));
        if is_name_word(w) || lower_office || (words.is_empty() && w == FORMER) || (!words.is_empty() && CONNECTORS.contains(&w)) {
            words.push(w);
        } else {
            // `Rapporteur of the working group on asset recovery,`: a body written in lower case,
            // perhaps after the capitalised words of its region or subject
            // (`Chair of the Eastern Africa platform`).
            if words.len() >= 3 && words.windows(2).any(|w| w == ["of", "the"]) {
                let stopped = s[end..].starts_with([',', ';', ')', '\n']) || end == s.len();
                words.extend_from_slice(&all[k..k + lower_case_body(&all[k..], stopped)]);
            }
            break;
        }
    }
    while words.last().is_some_and(|w| CONNECTORS.contains(w)) {
        words.pop();
    }
    let phrase = words.join(" ");
    // A lower-case office is looked up as the noun it writes (`representative` → `Representative`).
    let probe: std::borrow::Cow<str> = match phrase.get(..1) {
        Some(first) if first.starts_with(|c: char| c.is_ascii_lowercase()) => format!("{}{}", first.to_ascii_uppercase(), &phrase[1..]).into(),
        _ => phrase.as_str().into(),
    };
    let (at, noun, plural) = office(&probe).or_else(|| delegates.then(|| delegate_office(&probe)).flatten())?;
    let covered = phrase.len();
    if plural {
        // `as Vice-Presidents`: each person holds one office.
        let tail = &phrase[at + noun.len() + 1..];
        return Some((format!("{}{noun}{tail}", &phrase[..at]), covered));
    }
    Some((phrase, covered))
}

/// The last words of bodies written in lower case, from the `body` rows of
/// `data/roles.tsv`: `group`, `committee`….
static BODY_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    data_file!("roles.tsv").lines().filter_map(|l| l.strip_prefix("body\t")).map(str::trim).collect()
});

/// Most lower-case words of a body's name after `of the` (`open-ended
/// intergovernmental working group`).
const BODY_NAME_WORDS: usize = 4;

/// Most lower-case words of the subject after the body (`on asset recovery`).
const SUBJECT_WORDS: usize = 4;

/// How many of `words` (the phrase's words from a lower-case one on, after
/// `of the`) name a body the office goes on to: up to a body word
/// (`working group`), and its subject after `on`, `for` or `of` when the
/// subject runs to the phrase's stop (`on asset recovery,`), which
/// `stopped` says is a comma, semicolon, bracket or line end, or to the
/// next titled person (`on data and Mr. C`). 0 when no
/// body word comes within [`BODY_NAME_WORDS`].
fn lower_case_body(words: &[&str], stopped: bool) -> usize {
    let lower = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase()) && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    let Some(body) = words.iter().take(BODY_NAME_WORDS).take_while(|w| lower(w)).position(|w| BODY_WORDS.contains(w)) else { return 0 };
    let mut rest = &words[body + 1..];
    // `… on strategic management and Mr. C (Japan) Vice-Chair`: the next person ends the subject.
    let next_person = rest.len() >= 2 && rest[rest.len() - 2] == "and" && TITLE_WORDS.contains(&rest[rest.len() - 1]);
    if next_person {
        rest = &rest[..rest.len() - 2];
    }
    let subject = matches!(rest.first(), Some(&"on" | &"for" | &"of")) && (2..=SUBJECT_WORDS + 1).contains(&rest.len()) && rest.iter().all(|w| lower(w)) && (stopped || next_person);
    body + 1 + if subject { rest.len() } else { 0 }
}

/// The words of `data/roles.tsv` after which a Chinese role starts
/// (`由于`, `感谢`…): a name written without a role starts after them too.
pub fn chinese_openers() -> &'static [&'static str] {
    &OPENERS_ZH
}

/// The Chinese role nouns of `data/roles.tsv` (`主席`, `副主席`, `报告员`…).
pub fn chinese_nouns() -> &'static [&'static str] {
    &NOUNS.0
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_before_the_name_gives_its_role() {
        let cases = [
            ("The meeting was chaired by Mr. X", Some("Chair")),
            ("It was co-chaired by Ms. Y", Some("Co-Chair")),
            ("The session was presided over by Mr. Z", Some("President")),
            ("The paper was prepared by Mr. X", None),
            ("It was unchaired by Mr. X", None),
        ];
        for (text, role) in cases {
            let at = text.rfind(" M").map_or(0, |p| p + 1);
            assert_eq!(given_by_verb(text, at).as_deref(), role, "{text}");
        }
    }

    #[test]
    fn a_role_after_a_person_whom_the_verb_before_elects() {
        // (text, person, role)
        let cases = [
            ("The Conference elected Ms. Ana Kowalska (Poland) Vice-Chair.", "Ms. Ana Kowalska (Poland)", Some("Vice-Chair")),
            ("It re-elected Mr. Li Wei (China) Rapporteur of the Group", "Mr. Li Wei (China)", Some("Rapporteur of the Group")),
            ("It appointed Mr. X (Chile) Chair and Ms. Y (Peru) Rapporteur.", "Mr. X (Chile)", Some("Chair")),
            // A person after one elected to an office of its own is elected too.
            ("It appointed Mr. X (Chile) Chair and Ms. Y (Peru) Rapporteur.", "Ms. Y (Peru)", Some("Rapporteur")),
            ("It elected Mr. A (Egypt) Chair, Ms. B (Peru) Vice-Chair and Mr. C (Japan) Rapporteur.", "Ms. B (Peru)", Some("Vice-Chair")),
            ("It elected Mr. A (Egypt) Chair, Ms. B (Peru) Vice-Chair and Mr. C (Japan) Rapporteur.", "Mr. C (Japan)", Some("Rapporteur")),
            ("It elected Ms. B (Peru) Rapporteur of the working group on data and Mr. C (Japan) Vice-Chair.", "Mr. C (Japan)", Some("Vice-Chair")),
            ("The Commission elected by acclamation Amr Hosny (Egypt) Chair and Ana Ruiz (Peru) Rapporteur.", "Ana Ruiz (Peru)", Some("Rapporteur")),
            // A PDF line break after the verb, or inside the office after the name.
            ("the Commission elected\nMs. A (Nigeria) Chair and Mr. B (Chile) First\nVice-Chair.", "Ms. A (Nigeria)", Some("Chair")),
            ("the Commission elected\nMs. A (Nigeria) Chair and Mr. B (Chile) First\nVice-Chair.", "Mr. B (Chile)", Some("First Vice-Chair")),
            ("It elected\nMr. A (Lebanon) and Ms. B (Norway) Chair and Rapporteur, respectively.", "Ms. B (Norway)", Some("Rapporteur")),
            ("It was unelected\nMs. A (Nigeria) Chair.", "Ms. A (Nigeria)", None),
            // Offices shared out in order by `respectively`, without `as`.
            ("It elected Mr. A (Lebanon) and Ms. B (Norway) Chair and Rapporteur, respectively.", "Mr. A (Lebanon)", Some("Chair")),
            ("It elected Mr. A (Lebanon) and Ms. B (Norway) Chair and Rapporteur, respectively.", "Ms. B (Norway)", Some("Rapporteur")),
            ("It elected Mr. A (Egypt), Ms. B (Peru) and Mr. C (Japan) First Vice-Chair, Second Vice-Chair and Rapporteur, respectively.", "Ms. B (Peru)", Some("Second Vice-Chair")),
            // More persons than offices, or a row nobody elected: no office.
            ("It elected Mr. A (Egypt), Ms. B (Peru) and Mr. C (Japan) Chair and Rapporteur, respectively.", "Mr. A (Egypt)", None),
            ("It thanked Mr. A (Lebanon) and Ms. B (Norway) Chair and Rapporteur, respectively.", "Ms. B (Norway)", None),
            ("It elected Mr. A (Lebanon), praised Ms. B (Norway) Chair and Rapporteur, respectively.", "Ms. B (Norway)", None),
            // A passive verb's office shared by the next person with an office of its own.
            ("Ms. Ana Torres (Chile) was elected Chair and Mr. Kwame Mensah (Ghana) Vice-Chair.", "Mr. Kwame Mensah (Ghana)", Some("Vice-Chair")),
            ("Ms. A (Chile) was elected Chair by acclamation and Mr. B (Ghana) Vice-Chair.", "Mr. B (Ghana)", None),
            ("Ms. A (Chile) was elected\nChair and Mr. B (Ghana) Vice-Chair.", "Mr. B (Ghana)", Some("Vice-Chair")),
            ("Ms. A (Chile) was thanked and Mr. B (Ghana) Vice-Chair.", "Mr. B (Ghana)", None),
            // Not after a person with no office, nor after one nobody elected.
            ("It elected Mr. A (Egypt) and Ms. B (Peru) Rapporteur.", "Ms. B (Peru)", None),
            ("It thanked Mr. A (Egypt) Chair and Ms. B (Peru) Rapporteur.", "Ms. B (Peru)", None),
            ("Mr. A (Egypt) and Ms. B (Peru) Rapporteur.", "Ms. B (Peru)", None),
            // No electing verb before, or no office after: no role.
            ("It thanked Ms. Ana Kowalska (Poland) Vice-Chair.", "Ms. Ana Kowalska (Poland)", None),
            ("The Conference elected Ms. Ana Kowalska (Poland) by acclamation.", "Ms. Ana Kowalska (Poland)", None),
            ("elected Ms. Ana Kowalska (Poland)", "Ms. Ana Kowalska (Poland)", None),
        ];
        for (text, person, role) in cases {
            let start = text.find(person).unwrap_or(0);
            assert_eq!(after_elected(text, start, start + person.len()).as_deref(), role, "{text}");
        }
    }

    #[test]
    fn roles_after_a_name() {
        let cases: &[(&str, Option<&str>)] = &[
            (", President of the Conference.", Some("President of the Conference")),
            (", Executive Director of the United Nations Office on Drugs and Crime, made a statement", Some("Executive Director of the United Nations Office on Drugs and Crime")),
            (", First Vice-Chair, opened", Some("First Vice-Chair")),
            (", former Secretary-General of the United Nations, spoke", Some("former Secretary-General of the United Nations")),
            (", former Minister, spoke", Some("former Minister")),
            (", former colleague, spoke", None),
            (" (Executive Director, United Nations Office on Drugs and Crime) made", Some("Executive Director")),
            (" (Temporary President) said", Some("Temporary President")),
            (" (Spain) said", None),
            (", Under-Secretary-General for Humanitarian Affairs and\nEmergency Relief Coordinator, to participate", Some("Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator")),
            (", President of the Conference\nThe Commission met.", Some("President of the Conference")),
            (", Executive\nDirector of the United Nations Office on Drugs and Crime, and", Some("Executive Director of the United Nations Office on Drugs and Crime")),
            (", Chair\nThe Commission met.", Some("Chair")),
            (", Independent Expert on the enjoyment of all human rights by older persons", Some("Independent Expert")),
            (", Chair-Rapporteur of the Working Group", Some("Chair-Rapporteur of the Working Group")),
            (", Chair of the Commission opened the session", Some("Chair of the Commission")),
            // A body written in lower case after `of the`, and its subject up to the apposition's end.
            (", Rapporteur of the working group on asset recovery, presented", Some("Rapporteur of the working group on asset recovery")),
            (", Chair of the open-ended intergovernmental working group on prevention; and", Some("Chair of the open-ended intergovernmental working group on prevention")),
            (", Rapporteur of the Working Group on Asset Recovery, presented", Some("Rapporteur of the Working Group on Asset Recovery")),
            (", Rapporteur of the working group presented the report.", Some("Rapporteur of the working group")),
            // After the capitalised words of its region, and after a PDF line break after the comma.
            (",\nChair of the Eastern Africa platform.", Some("Chair of the Eastern Africa platform")),
            (", Chair of the Southern Africa initiative on prevention, opened", Some("Chair of the Southern Africa initiative on prevention")),
            (", President of the Conference at its ninth session", Some("President of the Conference")),
            (", Rapporteur of the working group on asset recovery presented the report.", Some("Rapporteur of the working group")),
            (" was elected Rapporteur of the working group on data and Mr. C (Japan) Vice-Chair", Some("Rapporteur of the working group on data")),
            (", Chair of the session, spoke", Some("Chair")),
            (", Chair of the first part of the session, spoke", Some("Chair")),
            (" as Rapporteur.", Some("Rapporteur")),
            (" was elected President by acclamation.", Some("President")),
            // A meeting, a date or an agent after the office is not part of it.
            (" was elected Vice-Chair at the 3rd meeting", Some("Vice-Chair")),
            (" was elected Vice-Chair on 24 July 2024", Some("Vice-Chair")),
            (" was elected Chair on Monday, 3 May", Some("Chair")),
            (" was elected Rapporteur for the 2024–2025 term", Some("Rapporteur")),
            (" was elected Chair of the 2023 session", Some("Chair")),
            (" was elected Chair of the 2nd Meeting", Some("Chair")),
            (" was appointed Vice-President by the Conference", Some("Vice-President")),
            (", Chair of the Group of 77 and China, spoke", Some("Chair of the Group of 77 and China")),
            (", Under-Secretary-General for Humanitarian Affairs, spoke", Some("Under-Secretary-General for Humanitarian Affairs")),
            (", Chair of the Committee on the Elimination of Racial Discrimination", Some("Chair of the Committee on the Elimination of Racial Discrimination")),
            (", who was appointed as Rapporteur, spoke", Some("Rapporteur")),
            (", who had been\nelected Third Vice-Chair, had been replaced", Some("Third Vice-Chair")),
            (" was elected by acclamation.", None),
            (" was thanked.", None),
            (" and Mr. John Smith (Australia) as Vice-Presidents, and", Some("Vice-President")),
            (" as Chair and Ms. L. Torres (Peru) as Rapporteur.", Some("Chair")),
            // Offices shared out in order: the persons after this one choose its place.
            (" and Ms. Lucía Torres (Peru) as Chair and Rapporteur, respectively.", Some("Chair")),
            (" as Chair and Rapporteur, respectively.", Some("Rapporteur")),
            (", Mr. B (Peru) and Ms. C (Chile) as First Vice-Chair, Second Vice-Chair and Rapporteur, respectively", Some("First Vice-Chair")),
            (" and Ms. C (Chile) as First Vice-Chair, Second Vice-Chair and Rapporteur, respectively", Some("Second Vice-Chair")),
            // More persons than offices, or a list that names no office: none.
            (", Mr. B (Peru) and Ms. C (Chile) as Chair and Rapporteur, respectively", None),
            (" as observers and members, respectively", None),
            (", Ms. Jane Roe (Chile) and Mr. Li Wei (China) as Co-Chairs.", Some("Co-Chair")),
            // Untitled names, a PDF line break, `who served as`.
            ("\nand Ahmed Al-Farsi (Oman), who served as Chair and Vice-Chair, respectively.", Some("Chair")),
            (", who served as Chair and Vice-Chair, respectively.", Some("Vice-Chair")),
            (", who served as Rapporteur, spoke", Some("Rapporteur")),
            (" and Ana Ruiz (Chile) as Co-Chairs.", Some("Co-Chair")),
            (" and others (see annex) as observers", None),
            // A representative or observer, written in lower case after the comma or in the bracket.
            (", representative of the International Organization for Migration, said", Some("representative of the International Organization for Migration")),
            (", observer for the International Development Law Organization, spoke", Some("observer for the International Development Law Organization")),
            (", observer for\nthe Council of Europe. The", Some("observer for the Council of Europe")),
            (", the representative of Canada, introduced", Some("representative of Canada")),
            (", permanent observer of the League of Arab States, made", Some("permanent observer of the League of Arab States")),
            (", the President of the Conference", Some("President of the Conference")),
            (", the permanent members", None),
            (", the Netherlands and Spain", None),
            (", representative of the\nInternational Atomic Energy Agency, and", Some("representative of the International Atomic Energy Agency")),
            (", observer for\nthe observers", Some("observer")),
            (" (Observer for the League of Arab States).", Some("Observer for the League of Arab States")),
            (", Permanent Observer of the Sovereign Order of Malta", Some("Permanent Observer of the Sovereign Order of Malta")),
            // A summary record's speaker in the office held.
            (", speaking as Chair, invited", Some("Chair")),
            (", speaking as a representative of civil society", None),
            // Must not be roles.
            (", representatives of civil society", None),
            (", observed the proceedings", None),
            (", president of the club", None),
            (", Mr. Y (Spain)", None),
            (", Egypt and Spain", None),
            (", made a statement", None),
            (" as observers.", None),
            (", Presidential candidate", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(after(text, 0).as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn roles_before_a_name() {
        let cases: &[(&str, Option<&str>)] = &[
            ("The session was opened by the President, ", Some("President")),
            ("opened on 17 October 2022 by its President, ", Some("President")),
            ("a statement by the Executive Director of the United Nations Office on Drugs and Crime, ", Some("Executive Director of the United Nations Office on Drugs and Crime")),
            ("the following officers: Chair, ", Some("Chair")),
            ("(Canada); First Vice-Chair, ", Some("First Vice-Chair")),
            ("President: ", Some("President")),
            ("President: \t", Some("President")),
            // The office after another person's State is that person's.
            ("elected Mr. Omar Haddad (Jordan) Vice-Chair, ", None),
            ("the session (COP 28) will be opened by the President of COP 27, ", Some("President of COP 27")),
            ("addressed by the former President of the General Assembly, ", Some("former President of the General Assembly")),
            ("(Chile), former Chair, ", Some("former Chair")),
            ("will be opened by the President of COP 27, ", Some("President of COP 27")),
            ("opened by the President of the Conference at its eighth session, ", Some("President of the Conference")),
            ("the President made a statement at its eighth session, ", None),
            ("on 3 December, ", None),
            ("opened the session. The President of the Human\nRights Council, ", Some("President of the Human Rights Council")),
            ("Economic and Social Council\nThe President, ", Some("President")),
            ("the Committee.\n\nThe Chair, ", Some("Chair")),
            // Must not be roles.
            ("Statements were made by Egypt, ", None),
            ("representatives of Mexico and Spain, ", None),
            ("the President ", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(before(text, text.len()).as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn offices_right_before_a_name() {
        let cases: &[(&str, Option<&str>)] = &[
            ("a statement by former Secretary-General ", Some("former Secretary-General")),
            ("The Former President ", Some("Former President")),
            ("remarks by Executive Director ", Some("Executive Director")),
            ("heard the former President of the General Assembly ", None),
            // An office that does not end the phrase, an address, a comma: none.
            ("the President of the Council ", None),
            ("Thank you, Mr. President ", None),
            ("the President, ", None),
            ("the Chairs ", None),
            ("by Secretary-General António Guterres and Under-Secretary-General ", Some("Under-Secretary-General")),
            ("a video message from former\nSecretary-General ", Some("former Secretary-General")),
            ("Mr. President ", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(office_right_before(text, text.len()).as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn offices_alone() {
        let cases = [("President", true), ("Vice-President", true), ("Secretary-General", true), ("First Vice-Chair", true), ("Chairs", true), ("Amr Adel Hosny", false), ("President Smith", false), ("Li", false), ("", false)];
        for (name, want) in cases {
            assert_eq!(is_office(name), want, "{name}");
        }
    }

    #[test]
    fn title_lines() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Permanent Representative of Azerbaijan to the United Nations", Some("Permanent Representative of Azerbaijan to the United Nations")),
            ("  Chair of the Committee on the Elimination of Racial Discrimination ", Some("Chair of the Committee on the Elimination of Racial Discrimination")),
            ("Ambassador", Some("Ambassador")),
            ("Chargé d'affaires a.i.", Some("Chargé d'affaires a.i.")),
            // Must not be titles: a sentence, a name, an office cut by punctuation.
            ("The letter is attached", None),
            ("Yashar Aliyev", None),
            ("Ambassador, Permanent Representative", None),
            ("", None),
        ];
        for (line, want) in cases {
            assert_eq!(title_line(line).as_deref(), *want, "{line}");
        }
    }

    #[test]
    fn list_heads() {
        let cases: &[(&str, Option<&str>)] = &[
            ("the following four Vice-Presidents: ", Some("Vice-President")),
            ("Rapporteur: ", Some("Rapporteur")),
            ("opened by the President, ", None),
            ("the following States: ", None),
        ];
        for (text, want) in cases {
            assert_eq!(list_head(text, text.len()).as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn chinese_roles() {
        let cases: &[(&str, Option<&str>)] = &[
            ("由联合国反腐败公约缔约国会议候任主席 ", Some("缔约国会议候任主席")),
            ("由缔约国会议副主席 ", Some("缔约国会议副主席")),
            ("会议由理事会主席 ", Some("理事会主席")),
            ("会议由 ", None),
            ("于 2023 年 3 月 6 日在维也纳国际中心会见了联合国开发计划署署长", Some("联合国开发计划署署长")),
            // A `和` inside a unit's name, not between two offices.
            ("毒品和犯罪问题办公室腐败和经济犯罪处处长", Some("毒品和犯罪问题办公室腐败和经济犯罪处处长")),
            ("由主席和秘书处处长", Some("秘书处处长")),
            ("副主席萨拉·杜布瓦女士（法国）和毒品和犯罪问题办公室腐败和经济犯罪处处长", Some("毒品和犯罪问题办公室腐败和经济犯罪处处长")),
            ("6. 肯尼亚道德和反腐败委员会主席", Some("肯尼亚道德和反腐败委员会主席")),
            ("由主席和委员会主席", Some("委员会主席")),
            ("3. 在开幕会议上，联合国毒品和犯罪问题办公室执行主任加达·法特希·瓦利和奥地利联邦欧洲和国际事务部\n秘书长", Some("奥地利联邦欧洲和国际事务部秘书长")),
            ("毒品和犯罪问题办公室\n执行主任", Some("毒品和犯罪问题办公室执行主任")),
            ("选举主席团成员\n主席", Some("主席")),
            // Persons after the first under one label share its role.
            ("副主席：玛丽亚·罗德里格斯（阿根廷）、Jan Kowalski（波兰）和 ", Some("副主席")),
            ("副主席：Fatima Nasser（约旦）、", Some("副主席")),
            ("副主席：\tFatima Nasser（约旦）、Jan Kowalski（波兰）以及", Some("副主席")),
            ("；副主席：\n玛丽亚·罗德里格斯（阿根廷）、", Some("副主席")),
            ("巴西、中国和 ", None),
            ("由 A（巴西）和 ", None),
            // The labels of a list of participants.
            ("代表团团长：", Some("代表团团长")),
            ("顾问：", Some("顾问")),
            ("秘书处\n科长 ", Some("科长")),
            // A conjunction or a verb before the role is not part of it.
            ("由于副主席", Some("副主席")),
            ("工作组主席在闭幕发言中感谢毒品和犯罪问题办公室条约事务司司长", Some("毒品和犯罪问题办公室条约事务司司长")),
            ("并欢迎联合国开发计划署署长", Some("联合国开发计划署署长")),
            ("会议由缔约国会议第十届会议主席、美利坚合众国国务院官员", Some("美利坚合众国国务院官员")),
            ("国际反腐败学院院长", Some("国际反腐败学院院长")),
            // The seat an office is accredited to, in brackets.
            ("肯尼亚常驻联合国（维也纳）代表", Some("肯尼亚常驻联合国（维也纳）代表")),
            // The `及` of a State's name does not cut the role.
            ("会议由主席团成员、埃及常驻联合国（维也纳）代表", Some("埃及常驻联合国（维也纳）代表")),
            ("由巴西及埃及代表", Some("埃及代表")),
            ("（肯尼亚）代表", Some("代表")),
            ("资产追回问题工作组秘书 ", Some("资产追回问题工作组秘书")),
            // The observer of a State or organisation the gazetteer knows; not of an unknown one.
            ("和欧洲委员会观察员 ", Some("欧洲委员会观察员")),
            ("巴勒斯坦国观察员 ", Some("巴勒斯坦国观察员")),
            ("某某论坛观察员 ", None),
            ("下列国家派观察员 ", None),
            // A PDF line break inside a sentence's line, not below a heading.
            ("工作组主席在闭幕发言中感谢各位专家和秘书处的工作，也感谢资产\n追回问题工作组秘书 ", Some("资产追回问题工作组秘书")),
            ("工作组主席在闭幕发言中感谢各位专家和秘书处的工作，也感谢资产\r\n追回问题工作组秘书 ", Some("资产追回问题工作组秘书")),
        ];
        for (text, want) in cases {
            assert_eq!(chinese_before(text, text.len()).as_deref(), *want, "{text}");
        }
    }
}
