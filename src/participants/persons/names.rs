//! Where Latin-script names of persons may start and end: before a
//! bracket, at capitals, a surname before a Chinese word of address
//! (`Hassan 先生`), a name a PDF line wraps.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::gazetteer;
use crate::model::{Annotation, ParticipantValue, Value};
use crate::participants::overlapping;
use crate::text::{char_at, char_before, is_cjk, is_space};

use super::{brackets::bracket_state, offices_zh::{chinese_role, entry_line, chinese_role_after}, PERSON_WINDOW, PERSON_NAME, anchored, NOT_NAMES, PARTICLES, HONORIFICS};

/// Where a run of capitalised words ends right before a bracketed State
/// (`Amr Adel Hosny (Egypt)`), the start of those words: the candidates for
/// a person's name. Linear: each bracket looks back a bounded distance.
pub(super) fn bracketed_name_starts(text: &str) -> Vec<usize> {
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
pub(super) fn capital_bytes(text: &str) -> Vec<usize> {
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
pub(super) fn capitals(text: &str, at: &[usize]) -> Vec<usize> {
    let capital = |c: char| c.is_ascii_uppercase() || matches!(c, 'À'..='Ö' | 'Ø'..='Þ' | 'Ā'..='ſ');
    at.iter()
        .copied()
        .filter(|&i| {
            let prev = char_before(text, i).unwrap_or(' ');
            char_at(text, i).is_some_and(capital) && !prev.is_alphanumeric() && prev != '.' && prev != '/'
        })
        .collect()
}

/// True when a Latin-script name starting at `i` is followed, within a
/// short name's length, by a word of address: `由 Ghada Waly 女士主持`.
pub(super) fn honorific_follows_name(text: &str, i: usize) -> bool {
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
pub(super) fn surnames_before_honorifics(text: &str, capitals: &[usize], known: [&[Annotation]; 2], bare: &mut Vec<Annotation>) {
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

/// Longest word, in bytes, that a titled name goes on with past a line break.
const MAX_WRAPPED_WORD: usize = 40;

/// Where a titled name that a PDF line break cuts ends (`Ms. Ana` /
/// `Kowalska (Poland)`, `Mr. Juan` / `Perez, Chair of the Group`): past the
/// break, one capitalised word that a bracketed State or a comma and an
/// office follow, neither a State nor an office itself; else `end`.
pub(super) fn wrapped_name_end(text: &str, end: usize) -> usize {
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

/// True when the line that ends at byte `end` opens with a name and its
/// word of address before the first comma: `潘基文先生阁下，联合国前秘书长`.
pub(super) fn opens_with_addressed_name(text: &str, end: usize) -> bool {
    let Some((s, _)) = entry_line(text, end.saturating_sub(1)) else { return false };
    let line = text.get(s..end).unwrap_or("");
    let Some(comma) = line.find(['，', ',']) else { return false };
    let first = line[..comma].trim_end_matches(is_space);
    HONORIFICS.iter().any(|h| first.ends_with(h))
}

/// True when the line that ends at byte `end` opens with a capital Latin
/// letter: an entry of a list of persons (`Hiroshi Tanaka 先生，…`).
pub(super) fn opens_with_latin_name(text: &str, end: usize) -> bool {
    let Some((s, _)) = entry_line(text, end.saturating_sub(1)) else { return false };
    text.get(s..end).is_some_and(|l| l.trim_start_matches(is_space).starts_with(|c: char| c.is_ascii_uppercase()))
}
