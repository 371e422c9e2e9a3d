//! An English office written after a name: `Mr. X (Egypt), President of
//! the Conference`, `(Egypt) was elected President`, `A (X) and B (Y) as
//! Vice-Presidents`, `…, respectively`.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::{delegate_phrase_at_start, phrase_at_start, ROLE_BYTES};

/// Longest stretch after a name read for its role: other names sharing an
/// `as` (`A (X), B (Y) and C (Z) as Vice-Presidents`), in bytes.
pub(super) const AFTER_BYTES: usize = 400;

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
/// holding or speaking in an office may stand before it (`(Chile) acted as `,
/// `(Nigeria), speaking as Chair,`), PDF line breaks for its spaces.
static AS_GAP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^(?:,?[ \n](?:and[ \n])?(?:(?:Mr|Ms|Mrs|Dr)\.? )?[^()\n,;.]{1,60}? ?\([^()\n]{1,60}\))*,?[ \n](?:(?:who[ \n])?(?:served|serve|serves|acted|act|acts|speaking|will[ \n]serve)[ \n])?as[ \n]")
});

/// The role written after a person's name (and bracketed State) ending at
/// `i`: `, President of the Conference`, or `as Vice-President` after the
/// other names that share it.
pub fn after(text: &str, i: usize) -> Option<String> {
    let rest = text.get(i..)?;
    // `Ms. Waly (Executive Director, United Nations Office on Drugs and
    // Crime)`: a summary record writes the office in brackets.
    // `(Kenya),\nChair of …`: a PDF line break after the comma.
    if let Some(r) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(",\n")).or_else(|| rest.strip_prefix(", \n")).or_else(|| rest.strip_prefix(" (")) {
        // `Mr. John Doe, the representative of Canada,`, `Ms. Y, the Chair of the
        // Committee`: the article before the office is no part of it.
        let r = r.strip_prefix("the ").unwrap_or(r);
        if let Some((role, _)) = delegate_phrase_at_start(r) {
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
pub(super) fn respectively(s: &str) -> Option<&str> {
    let s = &s[..crate::text::floor_boundary(s, ROLE_BYTES * 2)];
    let p = s.find(", respectively")?;
    (!s[..p].contains(['.', ';', '(', ')']) && !s[..p].contains("\n\n")).then(|| &s[..p])
}

/// The office of `list` (`First Vice-Chair, Second Vice-Chair and
/// Rapporteur`) that falls to the person whom `following` others follow;
/// `None` when the list has fewer offices or one that is no role.
pub(super) fn respective(list: &str, following: usize) -> Option<String> {
    // A line break inside the list stands for a space.
    let list = list.replace('\n', " ");
    let offices: Vec<&str> = list.split(", and ").flat_map(|p| p.split(", ")).flat_map(|p| p.split(" and ")).collect();
    let office = offices.get(offices.len().checked_sub(following + 1)?)?;
    phrase_at_start(office).filter(|&(_, covered)| covered == office.len()).map(|(role, _)| role)
}
