//! An office given by an election or appointment written before the name:
//! `elected Mr. A (Egypt) Chair and Ms. B (Peru) Rapporteur`, `elected A,
//! B and C Vice-Chairs, respectively`.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{after::{AFTER_BYTES, respectively, respective}, TITLE_WORDS, phrase_at_start};

/// The verbs of an election written right before the person elected, who
/// then takes the role written after the name without `as`. A space or a
/// PDF line break follows them (`the Commission elected\nMs. A (Nigeria) Chair`).
const ELECTING_VERBS: &[&str] = &["elected", "re-elected", "appointed", "nominated", "designated", "elected by acclamation"];

/// True when `c` may follow an electing verb: a space or a line break.
fn after_verb(c: char) -> bool {
    matches!(c, ' ' | '\n' | '\r')
}

/// True when `head` ends with an electing verb and the space or line break after it.
fn ends_with_verb(head: &str) -> bool {
    let h = head.trim_end_matches(after_verb);
    h.len() < head.len()
        && ELECTING_VERBS.iter().any(|v| h.strip_suffix(v).is_some_and(|b| b.chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '-')))
}

/// Where the last electing verb of `s` and the one space or line break after it end.
fn last_verb_end(s: &str) -> Option<usize> {
    ELECTING_VERBS.iter().filter_map(|v| s.rmatch_indices(v).find(|(p, _)| s[p + v.len()..].starts_with(after_verb)).map(|(p, _)| p + v.len() + 1)).max()
}

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
    let opened = last_verb_end(head)?;
    if !ROW_BEFORE.is_match(&head[opened..]) {
        return None;
    }
    let following = gap.as_str().split([' ', '\n']).filter(|w| TITLE_WORDS.contains(w)).count();
    respective(list, following)
}

/// True when `tail`, the text after an earlier person's bracket, is a
/// passive electing verb and the whole office it gives: `was elected Chair`,
/// not `was elected Vice-Chair by acclamation` (the office must close it).
fn passive_elected(tail: &str) -> bool {
    // `was elected\nChair`: a PDF line break read as a space (the tail is one role phrase long).
    let joined = tail.replace('\n', " ");
    let tail = joined.as_str();
    ["was ", "were ", "had been ", "has been "].iter().filter_map(|a| tail.strip_prefix(a)).any(|rest| {
        ELECTING_VERBS.iter().filter_map(|v| rest.strip_prefix(v)?.strip_prefix(' ')).any(|office| phrase_at_start(office).is_some_and(|(_, n)| n == office.len()))
    })
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
        if ends_with_verb(head) {
            return true;
        }
        // `…(Egypt) Chair and `: the person before holds an office of its own.
        let Some(h) = SEPARATORS.iter().find_map(|s| head.strip_suffix(s)) else { return false };
        // The office after the bracket is a role phrase: no need to read
        // back further for the bracket that closes before it.
        let near = crate::text::floor_boundary(h, h.len().saturating_sub(super::ROLE_BYTES + 2));
        let Some(close) = h[near..].rfind(") ").map(|p| near + p) else { return false };
        // `(Chile) was elected Chair and Mr. B (Ghana) Vice-Chair`: a passive
        // verb and its office, which the next person's office shares.
        if passive_elected(&h[close + 2..]) {
            return true;
        }
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
        if last_verb_end(opened).is_some() {
            return true;
        }
        let Some(at) = separator else { return false };
        head = &name_end[..lo + at];
    }
    false
}
