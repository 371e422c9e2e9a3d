//! The signatory of a letter or note: `(Signed) Yashar Aliyev` on a line of
//! its own is a person, whatever the case of the surname (`(Signed) Jane
//! DOE`); the title lines right below it give the role and State:
//!
//! ```text
//! (Signed) Jane Doe
//! Permanent Representative of Azerbaijan to the United Nations
//! ```
//! → person `Jane Doe`, role `Permanent Representative of Azerbaijan to the
//! United Nations`, State `AZE`. Of several title lines (`Ambassador` /
//! `Permanent Representative`), the first is the role and the first State
//! named in any of them is the State; without one, the State the letter's
//! title gives its sender (`from the Permanent Representative of Kazakhstan`).
//!
//! In Chinese the mark follows or precedes the name on its line, and the
//! titles stand above it, the nearest giving the role:
//! `常驻代表` / `大使` / `亚沙尔·阿利耶夫（签名）` → person `亚沙尔·阿利耶夫`,
//! role `大使`; `（签名）张军`; `（签名）Carlos Arturo Morales López`.
//!
//! Left out: a signature line that holds more than a name (`(Signed) Jane
//! Doe, on behalf of …`, `张军大使（签名）`).

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::gazetteer::{self, Entry};
use crate::model::{Annotation, ParticipantValue, Value};
use crate::span::Span;
use crate::text::{floor_boundary, is_space};

/// The mark that opens a signature line.
const SIGNED: &str = "(Signed)";

/// The longest line read as a signature's name or title, in bytes.
const LINE_BYTES: usize = 200;

/// How many title lines under a signature are read.
const TITLE_LINES: usize = 3;

/// A Latin-script name of two to five words filling a line: capitalised or
/// upper-case words, initials (`Jane A. Doe`) and particles (`Maria de la Cruz`).
static SIGNED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ſ'’\-.]+(?: (?:(?:de|da|di|du|van|von|der|del|la|le|bin|al|el|dos|das|ben) ){0,2}[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ſ'’\-.]+){1,4}$")
});

/// Adds the signatories of `text` to `out`, replacing what the gazetteer
/// read inside their names (`Georgia` in `(Signed) Georgia Smith`), and
/// leaves `out` sorted. Linear: each mark reads a bounded number of bytes.
pub(super) fn find_signatures(text: &str, out: &mut Vec<Annotation>) {
    let mut found = Vec::new();
    for (at, _) in text.match_indices(SIGNED) {
        let start = at + SIGNED.len();
        let start = start + text[start..].chars().take_while(|&c| is_space(c)).map(char::len_utf8).sum::<usize>();
        let Some(line) = line_at(text, start) else { continue };
        let name = line.trim_end_matches(is_space);
        if !SIGNED_NAME.is_match(name) {
            continue;
        }
        let span = Span::new(start, start + name.len());
        let (role, state) = title(text, start + line.len());
        let state = state.or_else(|| role.as_deref().and_then(|r| sender_state(&text[..at], r)));
        let value = ParticipantValue::Person { name: name.to_owned(), state, role };
        found.push(Annotation::new(span, Value::Participant(value)));
    }
    found.extend(chinese_signatures(text));
    crate::resolve::sort(&mut found);
    crate::resolve::sort(out);
    if found.is_empty() {
        return;
    }
    // Both sorted by start, the signatures disjoint: one merge drops the overlaps.
    let mut next = 0;
    out.retain(|a| {
        while found.get(next).is_some_and(|f: &Annotation| f.span.end <= a.span.start) {
            next += 1;
        }
        !found.get(next).is_some_and(|f| f.span.overlaps(a.span))
    });
    out.extend(found);
    crate::resolve::sort(out);
}

/// The marks of a Chinese signature, in full-width or ASCII brackets.
const SIGNED_ZH: [&str; 2] = ["（签名）", "(签名)"];

/// The most characters of a transliterated signed name (`亚沙尔·阿利耶夫`).
const ZH_NAME_CHARS: usize = 12;

/// The most characters of a Chinese signed name without a dot (`张军`).
const ZH_NAME_CHARS_UNDOTTED: usize = 4;

/// The start of the line holding byte `at`, when it is at most
/// [`LINE_BYTES`] before it.
fn line_start(text: &str, at: usize) -> Option<usize> {
    let lo = floor_boundary(text, at.saturating_sub(LINE_BYTES));
    text[lo..at].rfind('\n').map(|p| lo + p + 1).or((lo == 0).then_some(0))
}

/// The signatories of Chinese signatures: the name the mark follows
/// (`亚沙尔·阿利耶夫（签名）`) or precedes (`（签名）张军`) on its line, with
/// the role and State of the title lines above.
fn chinese_signatures(text: &str) -> Vec<Annotation> {
    let mut found = Vec::new();
    for mark in SIGNED_ZH {
        for (at, _) in text.match_indices(mark) {
            let opens = line_start(text, at);
            let before = opens.map_or("", |s| &text[s..at]).trim_matches(is_space);
            let after = line_at(text, at + mark.len()).unwrap_or("").trim_matches(is_space);
            let (start, name) = match (before.is_empty(), after.is_empty()) {
                (false, true) if opens.is_some() => (text[..at].trim_end_matches(is_space).len() - before.len(), before),
                (true, false) => (at + mark.len() + (text[at + mark.len()..].len() - text[at + mark.len()..].trim_start_matches(is_space).len()), after),
                _ => continue,
            };
            // A Chinese name of two to four characters, or a transliterated one
            // with its dot, or a name in Latin script (`（签名）Carlos Morales López`).
            let longest = if name.contains('·') { ZH_NAME_CHARS } else { ZH_NAME_CHARS_UNDOTTED };
            let chinese = (2..=longest).contains(&name.chars().count()) && name.chars().all(|c| crate::text::is_cjk(c) || c == '·');
            if !chinese && !SIGNED_NAME.is_match(name) {
                continue;
            }
            let (role, state) = title_above(text, opens.unwrap_or(start));
            let state = state.or_else(|| sender_state_zh(&text[..opens.unwrap_or(start)]));
            let value = ParticipantValue::Person { name: name.to_owned(), state, role };
            found.push(Annotation::new(Span::new(start, start + name.len()), Value::Participant(value)));
        }
    }
    found
}

/// The State of the sender that a Chinese letter's or note's title names
/// before the signature (`before`): the first State of the last dated title
/// (`…哥伦比亚常驻联合国（维也纳）代表团给` / `毒品和犯罪问题办公室的普通照会`,
/// read with the line above it), before its `给` (the addressee follows).
fn sender_state_zh(before: &str) -> Option<String> {
    let lo = floor_boundary(before, before.len().saturating_sub(SENDER_REACH));
    let lines: Vec<&str> = before[lo..].lines().collect();
    let at = lines.iter().rposition(|l| crate::metadata::is_dated_title(l))?;
    let above = at.checked_sub(1).map_or("", |k| lines[k]).trim();
    let above = if above.ends_with(['。', '：', '；']) { "" } else { above };
    let title = format!("{above}{}", lines[at].trim());
    let sender = title.split('给').next().unwrap_or(&title);
    gazetteer::scan(sender).into_iter().find_map(|hit| match hit.entry {
        Entry::State(k) => gazetteer::states().get(k).map(|s| s.iso3.to_owned()),
        _ => None,
    })
}

/// The role and State of the Chinese title lines right above the line that
/// starts at byte `below`: the nearest line that ends with a role noun
/// (`大使`, `常驻联合国代表`) gives the role; the first State named in those
/// lines is the State.
fn title_above(text: &str, below: usize) -> (Option<String>, Option<String>) {
    let (mut role, mut state) = (None, None);
    let mut end = below;
    for _ in 0..TITLE_LINES {
        let Some(above) = end.checked_sub(1) else { break };
        let Some(start) = line_start(text, above) else { break };
        let line = text[start..above].trim_end_matches('\r').trim_matches(is_space);
        let titled = crate::roles::chinese_nouns().iter().any(|n| line.ends_with(n)) && !line.contains(['。', '，', '；', '：']);
        if !titled {
            break;
        }
        role.get_or_insert_with(|| line.to_owned());
        if state.is_none() {
            state = gazetteer::scan(line).into_iter().find_map(|hit| match hit.entry {
                Entry::State(k) => gazetteer::states().get(k).map(|s| s.iso3.to_owned()),
                _ => None,
            });
        }
        end = start;
    }
    (role, state)
}

/// How far back from a signature the letter's title is looked for, in bytes.
const SENDER_REACH: usize = 8000;

/// The State of the sender whose `role` the signature's title line gives
/// without one (`Permanent Representative`), from the letter's title before
/// it: the last `… Representative of Kazakhstan to the United Nations`
/// (lines joined), its State up to `to`, `addressed` or a comma.
fn sender_state(before: &str, role: &str) -> Option<String> {
    let last = role.rsplit(' ').next().filter(|w| w.len() > 2)?;
    let lo = floor_boundary(before, before.len().saturating_sub(SENDER_REACH));
    let window = &before[lo..];
    let key = format!("{last} of");
    let at = window.rfind(key.as_str())? + key.len();
    let rest = &window[at..floor_boundary(window, at + 120)];
    let rest: String = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = rest.split([',', ';', '(']).next()?.split(" to the ").next()?.split(" addressed").next()?.trim();
    let name = name.strip_prefix("the ").unwrap_or(name);
    match gazetteer::lookup(name)? {
        Entry::State(k) => gazetteer::states().get(k).map(|s| s.iso3.to_owned()),
        _ => None,
    }
}

/// The line from `start` to its end (a `\r` before the `\n` left out), when
/// it is at most [`LINE_BYTES`] long.
fn line_at(text: &str, start: usize) -> Option<&str> {
    let window = &text[start..floor_boundary(text, start.saturating_add(LINE_BYTES + 1))];
    let line = match window.find('\n') {
        Some(p) => &window[..p],
        None if start + window.len() == text.len() => window,
        None => return None,
    };
    Some(line.strip_suffix('\r').unwrap_or(line))
}

/// The role and State of the title lines that follow the signature line
/// ending at byte `end` (blank lines between them skipped; a title wrapped
/// onto a line that goes on in lower case, `…on the Elimination` / `of
/// Racial Discrimination`, read as one).
fn title(text: &str, end: usize) -> (Option<String>, Option<String>) {
    let (mut role, mut state) = (None, None);
    let mut at = end;
    for _ in 0..TITLE_LINES {
        at += text[at..].chars().take(LINE_BYTES).take_while(|c| c.is_whitespace()).map(char::len_utf8).sum::<usize>();
        let Some(line) = line_at(text, at).filter(|l| !l.is_empty()) else { break };
        let (mut office, mut read) = (crate::roles::title_line(line), line.len());
        // The line ends at its `\n` (after a `\r`), or at the end of the text.
        let next_at = at + line.len() + text[at + line.len()..].find('\n').map_or(0, |p| p + 1);
        if let Some(next) = line_at(text, next_at).filter(|n| n.starts_with(|c: char| c.is_lowercase())) {
            if let Some(joined) = crate::roles::title_line(&format!("{line} {next}")) {
                (office, read) = (Some(joined), next_at + next.len() - at);
            }
        }
        let Some(office) = office else { break };
        role.get_or_insert(office);
        if state.is_none() {
            state = gazetteer::scan(&text[at..at + read]).into_iter().find_map(|hit| match hit.entry {
                Entry::State(k) => gazetteer::states().get(k).map(|s| s.iso3.to_owned()),
                _ => None,
            });
        }
        at += read;
    }
    (role, state)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The signatories found in `text`: `name|role|state`.
    fn signatories(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_signatures(text, &mut out);
        out.into_iter()
            .filter_map(|a| match a.value {
                Value::Participant(ParticipantValue::Person { name, state, role }) => {
                    assert_eq!(&text[a.span.range()], name);
                    Some(format!("{name}|{}|{}", role.unwrap_or_default(), state.unwrap_or_default()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn signatures_with_their_titles() {
        let cases: &[(&str, &[&str])] = &[
            (
                "annex.\n\n(Signed) Jane Doe\nPermanent Representative of Azerbaijan to the United Nations\n",
                &["Jane Doe|Permanent Representative of Azerbaijan to the United Nations|AZE"],
            ),
            ("(Signed) Jane DOE\r\nChair of the Committee on the Elimination of Racial Discrimination", &["Jane DOE|Chair of the Committee on the Elimination of Racial Discrimination|"]),
            ("(Signed) Yashar Aliyev\nAmbassador\nPermanent Representative of Azerbaijan\n", &["Yashar Aliyev|Ambassador|AZE"]),
            (
                "(Signed) Jane Doe\nChair of the Committee on the Elimination\nof Racial Discrimination\nThe Committee met.",
                &["Jane Doe|Chair of the Committee on the Elimination of Racial Discrimination|"],
            ),
            ("(Signed) Jane Doe\r\nPermanent Representative\r\nof the Philippines to the United Nations\r\n", &["Jane Doe|Permanent Representative of the Philippines to the United Nations|PHL"]),
            ("(Signed)  Maria de la Cruz  \n\nPermanent Representative of the Philippines", &["Maria de la Cruz|Permanent Representative of the Philippines|PHL"]),
            ("(Signed) Jean Dupont\nChargé d’affaires a.i.\n", &["Jean Dupont|Chargé d’affaires a.i.|"]),
            // A name with no title line under it is still the signatory.
            ("(Signed) Jane A. Doe\n\nAnnex to the letter dated 11 September 2023", &["Jane A. Doe||"]),
            ("(Signed) Jane Doe", &["Jane Doe||"]),
            // A title line without its State: the State of the letter's sender.
            (
                "Identical letters dated 7 October 2024 from the Permanent\nRepresentative of Kazakhstan to the United Nations addressed to the\nSecretary-General\n\nI have the honour.\n\n(Signed) Kairat Umarov\nPermanent Representative\n",
                &["Kairat Umarov|Permanent Representative|KAZ"],
            ),
            ("Letter dated 1 May 2024 from the Permanent Representative of the Philippines addressed to the President\n\n(Signed) Jane Doe\nPermanent Representative\n", &["Jane Doe|Permanent Representative|PHL"]),
            ("Letter from the Chair of the Committee\n\n(Signed) Jane Doe\nPermanent Representative\n", &["Jane Doe|Permanent Representative|"]),
            // Not signatures: more than a name on the line, one word, lower case.
            ("(Signed) Jane Doe, on behalf of the Group\n", &[]),
            ("(Signed) Doe\n", &[]),
            ("(Signed) by the President\n", &[]),
            ("(Signed)\nJane Doe\n", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(signatories(text), want, "{text}");
        }
    }

    #[test]
    fn chinese_signatures_with_the_titles_above() {
        let cases: &[(&str, &[&str])] = &[
            ("分发为荷。\n\n常驻代表\n大使\n亚沙尔·阿利耶夫（签名）\n", &["亚沙尔·阿利耶夫|大使|"]),
            ("阿塞拜疆常驻联合国代表\n（签名）张军\n", &["张军|阿塞拜疆常驻联合国代表|AZE"]),
            ("（签名）张军", &["张军||"]),
            ("常驻代表\n大使\n（签名）Carlos Arturo Morales López\n", &["Carlos Arturo Morales López|大使|"]),
            // The sender the note's title names, not its addressee.
            (
                "2024 年 5 月 20 日哥伦比亚常驻联合国（维也纳）代表团给\n秘鲁常驻代表团的普通照会\n\n谨转交。\n\n大使\n（签名）Carlos Morales\n",
                &["Carlos Morales|大使|COL"],
            ),
            ("（签名）Carlos Morales López, on behalf of the Group\n", &[]),
            ("分发为荷。\n亚沙尔·阿利耶夫 (签名)\r\n", &["亚沙尔·阿利耶夫||"]),
            // Not signatures: more than a name, a name and the mark on two lines, one character.
            ("请主席张军大使签字（签名）\n", &[]),
            ("（签名）\n张军\n", &[]),
            ("（签名）张\n", &[]),
            ("请主席张军大使签字（签名）", &[]),
            ("x\n请主席张军大使签字（签名）", &[]),
            ("本函由 Jane Doe（签名）\n", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(signatories(text), want, "{text}");
        }
    }

    #[test]
    fn a_state_inside_a_signed_name_is_part_of_the_name() {
        let text = "(Signed) Georgia Smith\n";
        let state = Value::Participant(ParticipantValue::State { name: "Georgia".into(), iso3: "GEO".into() });
        let mut out = vec![Annotation::new(Span::new(9, 16), state)];
        find_signatures(text, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(&text[out[0].span.range()], "Georgia Smith");
    }
}
