//! Short forms: a bracketed short form after an organisation belongs to its
//! span (`联合国开发计划署（开发署）`, `（以下简称“开发署”）`), and a short form
//! the document introduced this way is found alone later (`开发署`).
//!
//! Deliberately left out: a bracketed city or State (`United Nations
//! (Vienna)`, `World Bank (Kenya)`), a document symbol in brackets (`UNEP
//! (UNEP/EA.5/Res.3)`), a bracket holding punctuation or longer than
//! [`MAX_SHORT_CHARS`]; later, a short form that is a gazetteer name itself
//! (found as such), one inside another mention, or a Latin one inside a
//! longer word.

use crate::gazetteer::{self, Entry, Hit};
use crate::model::{Annotation, ParticipantValue, Value};
use crate::span::Span;
use crate::text::{char_at, char_before, is_ws, skip_ws};

/// Most short forms introduced in brackets that are searched for alone.
pub(super) const MAX_SHORTS: usize = 32;

/// Longest bracketed short form, in characters.
const MAX_SHORT_CHARS: usize = 20;

/// Most whitespace, in bytes, between a name and its bracketed short form.
const MAX_BRACKET_GAP: usize = 8;

/// `（开发署）` at `i`, after the name starting at `name_start`: the end of
/// the bracket and the short form in it.
pub(super) fn bracketed_short(text: &str, name_start: usize, i: usize) -> Option<(usize, String)> {
    let j = skip_ws(text, i);
    if j - i > MAX_BRACKET_GAP {
        return None;
    }
    let open = char_at(text, j)?;
    if open != '（' && open != '(' {
        return None;
    }
    let body_start = j + open.len_utf8();
    let mut short = String::new();
    let mut k = body_start;
    let mut count = 0;
    let mut gap = false;
    while let Some(c) = char_at(text, k) {
        if c == '）' || c == ')' {
            // `（以下简称“开发署”）`: the short form is the quoted name.
            let short = ["以下简称", "下称", "简称"]
                .iter()
                .find_map(|p| short.strip_prefix(p))
                .map_or(short.clone(), |s| s.trim_matches(['“', '”', '"']).to_string());
            // `to the United Nations (Vienna)`: a bracketed city or State is where, not a short form.
            let place = matches!(gazetteer::lookup(&short), Some(Entry::City(_) | Entry::State(_)));
            let ok = short.chars().count() >= 2 && !place && !short.contains(|c: char| "，。、；：,;:“”\"".contains(c));
            // `UNEP (UNEP/EA.5/Res.3)`: a document symbol in brackets is a citation, not a short form.
            let ok = ok && crate::symbols::grammar::parse_at(&short, 0).is_none_or(|p| p.len < short.len());
            let ok = ok && abbreviates(text.get(name_start..i).unwrap_or(""), &short);
            return ok.then_some((k + c.len_utf8(), short));
        }
        count += 1;
        if count > MAX_SHORT_CHARS + 8 || "（(《》，。、；：\n".contains(c) && !is_ws(c) {
            return None;
        }
        // `（全\n\n球网)` is `全球网`, but `(GlobE Network)` keeps its space.
        if !is_ws(c) {
            let latin = |c: char| c.is_ascii_alphanumeric();
            if gap && short.chars().next_back().is_some_and(latin) && latin(c) {
                short.push(' ');
            }
            short.push(c);
        }
        gap = is_ws(c);
        k += c.len_utf8();
    }
    None
}

/// True when `short` can abbreviate `name`: half of its ideographs are the
/// name's (`毒品和犯罪问题办公室（毒罪办）`, `亚洲及太平洋经济社会委员会（亚太经社会）`),
/// or a Latin one opens with the initial of one of the name's words
/// (`International Criminal Police Organization (INTERPOL)`). Not the area
/// an office stands in (`联合国内罗毕办事处（吉吉里）`, `United Nations Office at
/// Nairobi (Gigiri)`). A short form in the other script is not checked.
fn abbreviates(name: &str, short: &str) -> bool {
    let ideographs = short.chars().filter(|&c| crate::text::is_cjk(c)).count();
    if ideographs > 0 {
        let shared = short.chars().filter(|&c| crate::text::is_cjk(c) && name.contains(c)).count();
        return !name.chars().any(crate::text::is_cjk) || 2 * shared >= ideographs;
    }
    let Some(first) = short.chars().find(|c| c.is_alphabetic()) else { return true };
    let mut initials = name.split(|c: char| !c.is_alphanumeric()).filter_map(|w| w.chars().next()).filter(|&c| c.is_alphabetic() && !crate::text::is_cjk(c)).peekable();
    initials.peek().is_none() || initials.any(|c| c.eq_ignore_ascii_case(&first))
}

/// Short forms introduced in brackets, found alone elsewhere in the text.
pub(super) fn find_shorts(text: &str, shorts: &[String], hits: &[Hit], out: &mut Vec<Annotation>) {
    let mut taken: Vec<Span> = out.iter().map(|a| a.span).collect();
    taken.extend(hits.iter().map(|h| h.span));
    crate::sorting::sort(&mut taken);
    for short in shorts {
        if gazetteer::lookup(short).is_some() || short.chars().count() < 2 {
            continue;
        }
        for (at, _) in text.match_indices(short.as_str()) {
            let span = Span::new(at, at + short.len());
            let i = taken.partition_point(|s| s.start < span.end);
            if taken[..i].iter().rev().take(4).any(|s| s.overlaps(span)) {
                continue;
            }
            let word_ok = !short.starts_with(|c: char| c.is_ascii_alphanumeric())
                || (!char_before(text, at).is_some_and(|c| c.is_ascii_alphanumeric())
                    && !char_at(text, span.end).is_some_and(|c| c.is_ascii_alphanumeric()));
            if word_ok {
                out.push(Annotation::new(
                    span,
                    Value::Participant(ParticipantValue::Organization { name: short.clone(), short: None }),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_abbreviate_their_names() {
        let cases = [
            ("毒品和犯罪问题办公室（毒罪办）", Some("毒罪办")),
            ("亚洲及太平洋经济社会委员会（亚太经社会）", Some("亚太经社会")),
            ("联合国开发计划署（以下简称“开发署”）", Some("开发署")),
            ("联合国开发计划署（UNDP）", Some("UNDP")),
            ("International Criminal Police Organization (INTERPOL)", Some("INTERPOL")),
            ("European Union Agency for Criminal Justice Cooperation (Eurojust)", Some("Eurojust")),
            // The area an office stands in, a city, a symbol: no short forms.
            ("联合国内罗毕办事处（吉吉里）", None),
            ("United Nations Office at Nairobi (Gigiri)", None),
            ("United Nations (Vienna)", None),
            ("UNEP (UNEP/EA.5/Res.3)", None),
        ];
        for (text, want) in cases {
            let i = text.find(['（', '(']).unwrap_or(text.len());
            let got = bracketed_short(text, 0, i).map(|(_, s)| s);
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }
}
