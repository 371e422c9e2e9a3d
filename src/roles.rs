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

use regex_lite::Regex;

use crate::text::{is_cjk, is_space};

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

/// Longest role phrase, in bytes.
const ROLE_BYTES: usize = 160;

/// Longest stretch after a name read for its role: other names sharing an
/// `as` (`A (X), B (Y) and C (Z) as Vice-Presidents`), in bytes.
const AFTER_BYTES: usize = 400;

/// The session at which an office written before a name was held, ending
/// the role phrase: ` at its eighth session`, ` during the seventy-seventh session`.
static SESSION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r" (?:at|during|for) (?:its|the|their) [a-z]+(?:-[a-z]+)? (?:(?:special|resumed|regular) )?(?:session|meeting)$")
});

/// An election or appointment right after the name: `(Egypt) was elected
/// President`, `(Chile), who was appointed as Rapporteur`.
/// A PDF line break may stand for any of its spaces (`who had been\nelected`).
static ELECTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^,?[ \n](?:who[ \n])?(?:was|were|has been|had been|is)[ \n](?:elected|re-elected|appointed|nominated|designated)(?:[ \n]by acclamation)?(?:[ \n]as)?[ \n]")
});

/// Other names (with their States, titled or not, a PDF line break between
/// them) between a name and the `as` that gives them all one role, or one
/// each with `respectively`: `(Argentina) and Mr. John Smith (Australia) as
/// `, `(Spain)` / `and Ahmed Al-Farsi (Oman), who served as `; a verb of
/// holding an office may stand before it (`(Chile) acted as `), PDF line
/// breaks for its spaces.
static AS_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:,?[ \n](?:and[ \n])?(?:(?:Mr|Ms|Mrs|Dr)\.? )?[^()\n,;.]{1,60}? ?\([^()\n]{1,60}\))*,?[ \n](?:(?:who[ \n])?(?:served|serve|serves|acted|act|acts|will[ \n]serve)[ \n])?as[ \n]")
});

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
    let s = &s[..crate::text::floor_boundary(s, ROLE_BYTES)];
    let stop = |from: usize| s[from..].find([',', ';', ':', '.', '(', ')', '\n', '\t']).map_or(s.len(), |p| from + p);
    let mut end = stop(0);
    // `Under-Secretary-General for Humanitarian Affairs and\nEmergency Relief
    // Coordinator`: a PDF line break after a small word goes on.
    // `Executive\nDirector of …`: so does one inside an office's name, when
    // the line holds no whole office yet.
    let last = s[..end].rsplit(' ').next().unwrap_or("");
    let goes_on = CONNECTORS.contains(&last) || (is_name_word(last) && office(&s[..end]).is_none());
    if s[end..].starts_with('\n') && goes_on && s[end + 1..].starts_with(char::is_uppercase) {
        end = stop(end + 1);
    }
    let mut words: Vec<&str> = Vec::new();
    let all: Vec<&str> = s[..end].split([' ', '\n']).collect();
    for (k, &w) in all.iter().enumerate() {
        // `as Chair and Ms. Y (Peru) as Rapporteur`: the next person's title ends the office.
        if ends_role(&all[k..], words.last().copied()) || TITLE_WORDS.contains(&w) {
            break;
        }
        if is_name_word(w) || (words.is_empty() && w == FORMER) || (!words.is_empty() && CONNECTORS.contains(&w)) {
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
    let (at, noun, plural) = office(&phrase)?;
    let covered = phrase.len();
    if plural {
        // `as Vice-Presidents`: each person holds one office.
        let tail = &phrase[at + noun.len() + 1..];
        return Some((format!("{}{noun}{tail}", &phrase[..at]), covered));
    }
    Some((phrase, covered))
}

/// The role written after a person's name (and bracketed State) ending at
/// `i`: `, President of the Conference`, or `as Vice-President` after the
/// other names that share it.
pub fn after(text: &str, i: usize) -> Option<String> {
    let rest = text.get(i..)?;
    // `Ms. Waly (Executive Director, United Nations Office on Drugs and
    // Crime)`: a summary record writes the office in brackets.
    // `(Kenya),\nChair of …`: a PDF line break after the comma.
    if let Some(r) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(",\n")).or_else(|| rest.strip_prefix(", \n")).or_else(|| rest.strip_prefix(" (")) {
        if let Some((role, _)) = phrase_at_start(r) {
            return Some(role);
        }
    }
    // The patterns are anchored; a bounded window keeps each try short.
    let window = &rest[..crate::text::floor_boundary(rest, AFTER_BYTES)];
    if let Some(m) = ELECTED.find(window) {
        return phrase_at_start(&rest[m.end()..]).map(|(role, _)| role);
    }
    let gap = AS_GAP.find(window)?;
    let offices = &rest[gap.end()..];
    // `A (Egypt) and B (Peru) as Chair and Rapporteur, respectively`: each
    // person the office in its place; the persons after this one are counted by their titles.
    if let Some(list) = respectively(offices) {
        // Each person after this one has its State in brackets.
        let following = gap.as_str().matches('(').count();
        return respective(list, following);
    }
    phrase_at_start(offices).map(|(role, _)| role)
}

/// The list of offices that opens `s` and ends in `, respectively` before
/// any stop or blank line (`Chair and Rapporteur, respectively`; a PDF may
/// break the line inside it: `Chair\nand Rapporteur`), else `None`.
fn respectively(s: &str) -> Option<&str> {
    let s = &s[..crate::text::floor_boundary(s, ROLE_BYTES * 2)];
    let p = s.find(", respectively")?;
    (!s[..p].contains(['.', ';', '(', ')']) && !s[..p].contains("\n\n")).then(|| &s[..p])
}

/// The office of `list` (`First Vice-Chair, Second Vice-Chair and
/// Rapporteur`) that falls to the person whom `following` others follow;
/// `None` when the list has fewer offices or one that is no role.
fn respective(list: &str, following: usize) -> Option<String> {
    // A line break inside the list stands for a space.
    let list = list.replace('\n', " ");
    let offices: Vec<&str> = list.split(", and ").flat_map(|p| p.split(", ")).flat_map(|p| p.split(" and ")).collect();
    let office = offices.get(offices.len().checked_sub(following + 1)?)?;
    phrase_at_start(office).filter(|&(_, covered)| covered == office.len()).map(|(role, _)| role)
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

/// The verbs of an election written right before the person elected, who
/// then takes the role written after the name without `as`.
const ELECTING_VERBS: &[&str] = &["elected ", "re-elected ", "appointed ", "nominated ", "designated ", "elected by acclamation "];

/// The role written right after a person whom the verb before elects:
/// `elected Ms. Ana Kowalska (Poland) Vice-Chair`, `appointed Mr. X
/// (Chile) Rapporteur`. The person spans `start..end` (its bracketed State
/// included); without such a verb a word after the name is no role (`Mr. X
/// (Chile) President Y`).
pub fn after_elected(text: &str, start: usize, end: usize) -> Option<String> {
    if let Some(role) = elected_respectively(text, start, end) {
        return Some(role);
    }
    let head = text.get(..start)?;
    if !elected_in_row(head) {
        return None;
    }
    phrase_at_start(text.get(end..)?.strip_prefix(' ')?).map(|(role, _)| role)
}

/// Other titled names (with their States) after a person and before the
/// offices they are elected to without `as`: `(Lebanon) and Ms. B (Norway) `.
static BARE_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:,? (?:and )?(?:Mr|Ms|Mrs|Dr)\.? [^()\n,;.]{1,60}? ?\([^()\n]{1,60}\))*,? ")
});

/// The titled names (with their States) between an electing verb and the
/// person read: `Mr. A (Lebanon) and `, `Mr. A (Egypt), Ms. B (Peru) and Ms. `.
static ROW_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:(?:Mr|Ms|Mrs|Dr)\.? [^()\n,;.]{1,60}? ?\([^()\n]{1,60}\)(?:,? and |, ))*(?:(?:Mr|Ms|Mrs|Dr)\.? )?$")
});

/// The office in its place for a person of a row that an electing verb
/// opens and `, respectively` closes without `as`: `elected Mr. A (Lebanon)
/// and Ms. B (Norway) Chair and Rapporteur, respectively` → A `Chair`, B
/// `Rapporteur`. `None` when the row has more persons than offices, or when
/// anything but titled names stands between the verb and the person.
fn elected_respectively(text: &str, start: usize, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let window = &rest[..crate::text::floor_boundary(rest, AFTER_BYTES)];
    let gap = BARE_GAP.find(window)?;
    let list = respectively(&rest[gap.end()..])?;
    let head = text.get(..start)?;
    let lo = crate::text::floor_boundary(head, start.saturating_sub(ELECTED_ROW * ELECTED_NAME_BYTES));
    let head = &head[lo..];
    let opened = ELECTING_VERBS.iter().filter_map(|v| head.rfind(v).map(|p| p + v.len())).max()?;
    if !ROW_BEFORE.is_match(&head[opened..]) {
        return None;
    }
    let following = gap.as_str().split([' ', '\n']).filter(|w| TITLE_WORDS.contains(w)).count();
    respective(list, following)
}

/// Most persons elected in one row before the one read (`elected A (X)
/// Chair, B (Y) Vice-Chair and C (Z) Rapporteur`).
const ELECTED_ROW: usize = 8;

/// Longest stretch before a person's bracketed State read back for the
/// verb or the separator that opens the person, in bytes.
const ELECTED_NAME_BYTES: usize = 120;

/// True when `head`, the text before a person, ends with an electing verb,
/// or with other persons each elected to an office of their own that such
/// a verb opens: `elected Mr. A (Egypt) Chair and ` → the next person is
/// elected too, and takes the office written after its own name. A list
/// whose earlier person has no office after it (`elected Mr. A (Egypt) and
/// `) shares an `as` instead (see [`after`]). Reads back a bounded stretch
/// per person, at most [`ELECTED_ROW`] persons.
fn elected_in_row(head: &str) -> bool {
    const SEPARATORS: &[&str] = &[", and ", " and ", ", ", "; "];
    let mut head = head;
    for _ in 0..ELECTED_ROW {
        if ELECTING_VERBS.iter().any(|v| head.ends_with(v)) {
            return true;
        }
        // `…(Egypt) Chair and `: the person before holds an office of its own.
        let Some(h) = SEPARATORS.iter().find_map(|s| head.strip_suffix(s)) else { return false };
        let Some(close) = h.rfind(") ") else { return false };
        // `(France) Rapporteur of the working group on …`: the office opens the stretch.
        if phrase_at_start(&h[close + 2..]).is_none() {
            return false;
        }
        let Some(open) = h[..close].rfind('(') else { return false };
        let name_end = h[..open].trim_end_matches(' ');
        let lo = crate::text::floor_boundary(name_end, name_end.len().saturating_sub(ELECTED_NAME_BYTES));
        let window = &name_end[lo..];
        // The person before opens after the last separator, or after the verb.
        let separator = SEPARATORS.iter().filter_map(|s| window.rfind(s).map(|p| p + s.len())).max();
        let opened = &window[separator.unwrap_or(0)..];
        if ELECTING_VERBS.iter().any(|v| opened.contains(v)) {
            return true;
        }
        let Some(at) = separator else { return false };
        head = &name_end[..lo + at];
    }
    false
}

/// The role written before a person's title or name starting at `i`:
/// `the President, Mr. X`, `by its Executive Director, Ms. Y`, `Chair: X`.
pub fn before(text: &str, i: usize) -> Option<String> {
    let lo = crate::text::floor_boundary(text, i.saturating_sub(ROLE_BYTES));
    let head = text.get(lo..i)?;
    // `President: \tMr. X`: a label's colon, then spaces or a tab.
    let label = head.trim_end_matches([' ', '\t']);
    let head = head.strip_suffix(", ").or_else(|| (label.len() < head.len()).then(|| label.strip_suffix(':')).flatten())?;
    // `the President of the Conference at its eighth session, Mr. X`: the
    // session the office was held at is not part of the role.
    // The pattern ends in `session`/`meeting`: a cheap test first spares
    // the regex on every other capital after a comma.
    let tail = (head.ends_with("session") || head.ends_with("meeting")).then(|| SESSION_TAIL.find(head)).flatten();
    let head = tail.map_or(head, |m| &head[..m.start()]);
    // The role on its line; else read across a PDF line break (`The President
    // of the Human\nRights Council, Mr. X`), never across a blank line.
    role_ending(head, true).or_else(|| role_ending(&head[head.rfind("\n\n").map_or(0, |p| p + 2)..], false))
}

/// The office written right before a name with no comma between them: an
/// office of `data/roles.tsv` and the modifiers before it (`First`,
/// `former`…): `former Secretary-General Ban Ki-moon` → `former
/// Secretary-General`, `and Under-Secretary-General Rosemary DiCarlo` →
/// `Under-Secretary-General`. Not a phrase that goes on after its office
/// (`the President of the Council Report`), nor an address (`Mr. President`).
pub fn office_right_before(text: &str, i: usize) -> Option<String> {
    let lo = crate::text::floor_boundary(text, i.saturating_sub(ROLE_BYTES));
    let head = text.get(lo..i)?.strip_suffix(' ')?;
    // Asked at every capital after a space: one set lookup of the word
    // before spares the suffix tests of every office.
    if !OFFICE_LAST_WORDS.contains(head.rsplit([' ', '\n']).next().unwrap_or("")) {
        return None;
    }
    let noun = NOUNS.1.iter().find(|n| head.strip_suffix(**n).is_some_and(|h| h.chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '-')))?;
    let mut from = head.len() - noun.len();
    // `from former\nSecretary-General Ban Ki-moon`: a modifier may end the line above.
    while let Some(word) = head[..from].strip_suffix([' ', '\n']).and_then(|h| h.rsplit([' ', '\n']).next()) {
        if !MODIFIERS.contains(&word) {
            if TITLE_WORDS.contains(&word) {
                return None;
            }
            break;
        }
        from -= word.len() + 1;
    }
    // The value is written without the line break.
    Some(head[from..].replace('\n', " "))
}

/// The role that ends `head`, read back over the words of a name to
/// punctuation or a lower-case word (and to a line break when `by_line`).
fn role_ending(head: &str, by_line: bool) -> Option<String> {
    let cut = if by_line { head.rfind([',', ';', ':', '.', '(', ')', '\n', '\t']) } else { head.rfind([',', ';', ':', '.', '(', ')', '\t']) };
    let cut = cut.map_or(0, |p| p + 1);
    let words: Vec<&str> = head[cut..].split([' ', '\n', '\r']).filter(|w| !w.is_empty()).collect();
    let mut first = words.len();
    while first > 0 {
        let w = words[first - 1];
        if is_name_word(w) || CONNECTORS.contains(&w) {
            first -= 1;
        } else {
            break;
        }
    }
    // `Mr. Secretary-General, Mr. X`: an address, not the office of the name
    // after it; an office after other words that follow a title is read on
    // (`the Chair Ms. Berg and by Secretary-General António Guterres`).
    if first == 0 && ["Mr.", "Ms.", "Mrs.", "Dr."].iter().any(|t| head[..cut].ends_with(t)) {
        return None;
    }
    // `elected Mr. A (Jordan) Vice-Chair, Ms. B`: an office right after a
    // bracketed State is the person's before it, not the next one's
    // (`(COP 28) will be opened by the President of COP 27, Mr. X` is read on).
    if first == 0 && head[..cut].ends_with(')') {
        return None;
    }
    // `the former President of …`: the modifier before the capitals belongs to the role.
    if first > 0 && words[first - 1] == FORMER && first < words.len() {
        first -= 1;
    }
    let mut words = &words[first..];
    while let Some((w, rest)) = words.split_first() {
        if CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w)) {
            words = rest;
        } else {
            break;
        }
    }
    let phrase = words.join(" ");
    let (role, covered) = phrase_at_start(&phrase)?;
    // The whole phrase must be the role: `Egypt, Chair` is not read backwards.
    (covered == phrase.len()).then_some(role)
}

/// The role a line gives when it is a title and nothing else, as under a
/// signature: `Permanent Representative of Azerbaijan to the United Nations`,
/// `Chair of the Committee`; not `The letter is attached`.
pub fn title_line(line: &str) -> Option<String> {
    let line = line.trim_matches(is_space);
    // `Chargé d'affaires a.i.`: an office of the data written alone, whatever its words.
    if NOUNS.1.contains(&line) {
        return Some(line.to_owned());
    }
    phrase_at_start(line).filter(|&(_, covered)| covered == line.len()).map(|(role, _)| role)
}

/// The role of a list of persons whose head ends right before `i`:
/// `the following four Vice-Presidents: Mr. X` → `Vice-President`, shared
/// by the names that follow joined by `,`/`and`.
pub fn list_head(text: &str, i: usize) -> Option<String> {
    let lo = crate::text::floor_boundary(text, i.saturating_sub(2));
    text.get(lo..i).is_some_and(|h| h == ": " || h.ends_with(":\t")).then(|| before(text, i)).flatten()
}

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
    if !NOUNS.0.iter().any(|r| head.ends_with(r)) {
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
            // Offices shared out in order by `respectively`, without `as`.
            ("It elected Mr. A (Lebanon) and Ms. B (Norway) Chair and Rapporteur, respectively.", "Mr. A (Lebanon)", Some("Chair")),
            ("It elected Mr. A (Lebanon) and Ms. B (Norway) Chair and Rapporteur, respectively.", "Ms. B (Norway)", Some("Rapporteur")),
            ("It elected Mr. A (Egypt), Ms. B (Peru) and Mr. C (Japan) First Vice-Chair, Second Vice-Chair and Rapporteur, respectively.", "Ms. B (Peru)", Some("Second Vice-Chair")),
            // More persons than offices, or a row nobody elected: no office.
            ("It elected Mr. A (Egypt), Ms. B (Peru) and Mr. C (Japan) Chair and Rapporteur, respectively.", "Mr. A (Egypt)", None),
            ("It thanked Mr. A (Lebanon) and Ms. B (Norway) Chair and Rapporteur, respectively.", "Ms. B (Norway)", None),
            ("It elected Mr. A (Lebanon), praised Ms. B (Norway) Chair and Rapporteur, respectively.", "Ms. B (Norway)", None),
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
            // Must not be roles.
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
            // A PDF line break inside a sentence's line, not below a heading.
            ("工作组主席在闭幕发言中感谢各位专家和秘书处的工作，也感谢资产\n追回问题工作组秘书 ", Some("资产追回问题工作组秘书")),
            ("工作组主席在闭幕发言中感谢各位专家和秘书处的工作，也感谢资产\r\n追回问题工作组秘书 ", Some("资产追回问题工作组秘书")),
        ];
        for (text, want) in cases {
            assert_eq!(chinese_before(text, text.len()).as_deref(), *want, "{text}");
        }
    }
}
