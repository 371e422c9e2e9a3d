//! The bracket after a person's name: its State (`（埃及）`, `(Egypt)`), a
//! speaker's State before whom it speaks for (`（古巴，代表 77 国集团和中国）`),
//! an office (`（副主席）`, `(Observer for the European Union)`).

use crate::gazetteer;
use crate::gazetteer::Entry;
use crate::participants::squeeze;
use crate::text::{char_at, skip_spaces};

use super::HONORIFICS;

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
    let j = past_leaders(text, j);
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

/// Past the dot leaders a table of officers draws between a name and its
/// bracket (`Mr. Al-Thani ............ (Qatar)`, `王芳……（中国）`) and the
/// spaces after them; a sentence's one full stop is no leader.
fn past_leaders(text: &str, j: usize) -> usize {
    let rest = &text[j..];
    let run = rest.len() - rest.trim_start_matches(['.', '…', '．']).len();
    let dots = rest[..run].chars().filter(|c| *c == '.' || *c == '．').count();
    if dots >= 3 || rest[..run].contains('…') {
        skip_spaces(text, j + run)
    } else {
        j
    }
}

/// The State in brackets right after a name, and where the bracket ends.
pub(super) fn bracket_state(text: &str, i: usize) -> (Option<String>, usize) {
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
pub(super) fn bracket_office(text: &str, i: usize) -> Option<String> {
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
