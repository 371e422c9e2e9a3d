//! An English office written before a name: `opened by its President, Mr.
//! X`, `Executive Director Ghada Waly`, a label's line (`President: …`) and
//! the office heading a list of names.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::text::is_space;

use super::{NOUNS, OFFICE_LAST_WORDS, TITLE_WORDS, MODIFIERS, FORMER, CONNECTORS, ROLE_BYTES, is_name_word, phrase_at_start};

/// The session at which an office written before a name was held, ending
/// the role phrase: ` at its eighth session`, ` during the seventy-seventh session`.
static SESSION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r" (?:at|during|for) (?:its|the|their) [a-z]+(?:-[a-z]+)? (?:(?:special|resumed|regular) )?(?:session|meeting)$")
});

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

/// [`title_line`], or a delegate's office (`Permanent Observer`,
/// `Representative of …`) as a list of participants writes it after a
/// person's comma: the functions of a delegation's member.
pub fn delegate_line(line: &str) -> Option<String> {
    let line = line.trim_matches(is_space);
    title_line(line).or_else(|| super::delegate_phrase_at_start(line).filter(|&(_, covered)| covered == line.len()).map(|(role, _)| role))
}

/// The role of a list of persons whose head ends right before `i`:
/// `the following four Vice-Presidents: Mr. X` → `Vice-President`, shared
/// by the names that follow joined by `,`/`and`.
pub fn list_head(text: &str, i: usize) -> Option<String> {
    let lo = crate::text::floor_boundary(text, i.saturating_sub(2));
    text.get(lo..i).is_some_and(|h| h == ": " || h.ends_with(":\t")).then(|| before(text, i)).flatten()
}
