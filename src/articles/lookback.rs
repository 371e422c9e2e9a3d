//! What is written just before a reference, read backwards in a bounded
//! window without a regex search per candidate: the resolution that owns it
//! (`第 8/2 号决议第 8 段`, `第 4/5 号决议中的规则 2`, `resolution 75/194, para. 12`)
//! or the document symbol it belongs to (`CAC/COSP/2019/17，第 102 段`,
//! `(A/76/120, paras. 15-18)`). Also the index of resolution mentions that
//! `该决议` / `that resolution` point back to.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::{resolution_name, RESOLUTION_NUMBER};
use crate::text::{floor_boundary, is_space, is_ws};

/// A whole resolution number: `8/2`, `S-32/1`, `1373 (2001)`.
static NUMBER_EXACT: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(&format!(r"^(?:{RESOLUTION_NUMBER})$")));

/// A resolution number at the start of a string.
static NUMBER_START: LazyLock<Regex> =
    LazyLock::new(|| crate::text::regex(&format!(r"^(?:{RESOLUTION_NUMBER})")));

/// The longest a resolution number or a document symbol is, in bytes.
const NUMBER_MAX: usize = 24;
const SYMBOL_MAX: usize = 64;

fn trim_spaces_end(text: &str, p: usize) -> usize {
    text[..p].trim_end_matches(is_space).len()
}

/// [`trim_spaces_end`] across one line break too: a PDF wraps a sentence
/// after the comma (`resolution 9/3,` / `paragraph 4`), never between paragraphs.
fn trim_wrap_end(text: &str, p: usize) -> usize {
    let q = trim_spaces_end(text, p);
    let head = &text[..q];
    let head = head.strip_suffix('\n').map_or(head, |h| h.strip_suffix('\r').unwrap_or(h));
    trim_spaces_end(text, head.len())
}

/// A resolution number ending at `p`: its start and text.
fn number_ending_at(text: &str, p: usize) -> Option<(usize, &str)> {
    let lo = floor_boundary(text, p.saturating_sub(NUMBER_MAX));
    let head = &text[lo..p];
    let run = head.trim_end_matches(|c: char| {
        c.is_ascii_digit() || c.is_ascii_uppercase() || matches!(c, '/' | '-' | '.' | '(' | ')' | '（' | '）' | ' ' | '\t' | '０'..='９' | '／' | '－' | 'Ａ'..='Ｚ')
    });
    let start = lo + run.len();
    let candidate = text[start..p].trim_start_matches(is_space);
    let start = p - candidate.len();
    NUMBER_EXACT.is_match(candidate).then_some((start, candidate))
}

/// Farthest `决议`/`决定` before the end of a resolution reference, in bytes:
/// `决议，特别是其中` and the spaces of a PDF line break.
const RESOLUTION_TAIL: usize = 64;

/// `第 8/2 号决议` ending at `p` (spaces before `p` allowed), optionally
/// followed by one of `suffixes` (`中的`): the start and `resolution 8/2`.
pub(super) fn zh_resolution_ending_at(text: &str, p: usize, suffixes: &[&str]) -> Option<(usize, String)> {
    // Every form has its `决议`/`决定` a few words before `p`: most calls
    // (one at each article) find none and stop here.
    let lo = crate::text::floor_boundary(text, p.saturating_sub(RESOLUTION_TAIL));
    if !text[lo..p].contains('决') {
        return None;
    }
    let mut q = trim_spaces_end(text, p);
    // `第 10/1 号决议，特别是其中第 5 段`: with suffixes (a reference apart from
    // its resolution), also the part singled out after a comma.
    let singled = text[..q].strip_suffix("其中").map_or(q, str::len);
    let e = trim_spaces_end(text, before_emphasis(text, singled));
    if let Some(h) = (!suffixes.is_empty() && e < singled).then(|| text[..e].strip_suffix(['，', ','])).flatten() {
        q = trim_spaces_end(text, h.len());
    } else if !suffixes.is_empty() {
        let head = &text[..q];
        q -= suffixes.iter().find(|s| head.ends_with(**s))?.len();
    }
    let head = &text[..q];
    let word = ["决议", "决定"].into_iter().find(|w| head.ends_with(w))?;
    let q = trim_spaces_end(text, q - word.len());
    let q = text[..q].strip_suffix('号').map(|h| h.len())?;
    let (start, number) = number_ending_at(text, trim_spaces_end(text, q))?;
    let before = trim_spaces_end(text, start);
    let start = if text[..before].ends_with('第') { before - '第'.len_utf8() } else { start };
    Some((start, resolution_name(word, number)))
}

/// `resolution 75/194,` ending at `p`: `resolution 75/194`. An annex
/// between them (`resolution S-32/1, annex, paragraph 17`, `annex I,`)
/// is the resolution's: the reference is to the resolution's instrument.
pub(super) fn en_resolution_ending_at(text: &str, p: usize) -> Option<String> {
    let q = trim_wrap_end(text, before_emphasis(text, p));
    let q = text[..q].strip_suffix(',').map(|h| h.len())?;
    let q = en_annex_ending_at(text, q).and_then(|a| text[..a].strip_suffix(',').map(str::len)).unwrap_or(q);
    let q = en_adoption_date_start(text, trim_spaces_end(text, q)).unwrap_or(q);
    let (start, number) = number_ending_at(text, trim_spaces_end(text, q))?;
    let head = text[..start].trim_end_matches(is_ws);
    let word = ["resolution", "Resolution", "decision", "Decision"].into_iter().find(|w| head.ends_with(w))?;
    let before = head[..head.len() - word.len()].chars().next_back();
    (!before.is_some_and(char::is_alphanumeric)).then(|| resolution_name(word, number))
}

/// English months, as a date of adoption writes them.
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Where ` of 26 May 2017` (the date a resolution was adopted, as a day,
/// a capitalised month and a year) ending at `p` starts: `its resolution
/// 26/2 of 26 May 2017, paragraph 4` is paragraph 4 of resolution 26/2.
/// A line may break inside it, as PDF text does.
fn en_adoption_date_start(text: &str, p: usize) -> Option<usize> {
    let head = &text[..p];
    let year = head.trim_end_matches(|c: char| c.is_ascii_digit());
    if head.len() - year.len() != 4 {
        return None;
    }
    let month = year.trim_end_matches(is_ws);
    let day = month.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let word = &month[day.len()..];
    if !MONTHS.contains(&word) {
        return None;
    }
    let digits = day.trim_end_matches(is_ws);
    let of = digits.trim_end_matches(|c: char| c.is_ascii_digit());
    if !(1..=2).contains(&(digits.len() - of.len())) {
        return None;
    }
    let of = of.trim_end_matches(is_ws);
    let before = of.strip_suffix("of")?;
    before.ends_with(is_ws).then_some(before.len())
}

/// Where `annex` or `annex I` (a label of capitals or digits) ending at
/// `p` starts, after the spaces before it.
fn en_annex_ending_at(text: &str, p: usize) -> Option<usize> {
    let head = text[..p].trim_end_matches(is_space);
    let label = head.trim_end_matches(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit());
    let word = if label.len() < head.len() { label.trim_end_matches(is_space) } else { head };
    let before = word.strip_suffix("annex")?;
    (!before.ends_with(|c: char| c.is_alphanumeric())).then(|| trim_spaces_end(text, before.len()))
}

/// A document symbol ending at `p`, maybe inside a markdown link
/// (`[CAC/COSP/EG.1/2019/4](#)`) or broken by the PDF after a slash
/// (`CTOC/COP/2022/` / `15`, given without the break), after the separator
/// is removed.
fn symbol_ending_at(text: &str, p: usize) -> Option<Cow<'_, str>> {
    let mut q = trim_spaces_end(text, p);
    // `the report (CAC/COSP/2025/9), in particular paragraphs 12 to 15`: the
    // bracket closes around the symbol alone.
    let mut bracket = None;
    if let Some(close) = [')', '）'].into_iter().find(|c| text[..q].ends_with(*c)) {
        let lo = floor_boundary(text, q.saturating_sub(84));
        match text[lo..q].rfind("](") {
            Some(at) => q = lo + at,
            None => {
                q -= close.len_utf8();
                bracket = Some(if close == ')' { '(' } else { '（' });
            }
        }
    }
    let lo = floor_boundary(text, q.saturating_sub(SYMBOL_MAX));
    let head = &text[lo..q];
    let in_symbol = |c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-');
    let mut start = lo + head.trim_end_matches(in_symbol).len();
    // A line break right after a slash is inside the symbol: the PDF wrapped it there.
    let before_break = text[lo..start].trim_end_matches(is_ws);
    let broken = start < q && before_break.len() < start - lo && before_break.ends_with('/') && text[lo + before_break.len()..start].contains('\n');
    if broken {
        start = lo + before_break.trim_end_matches(in_symbol).len();
    }
    // `http://undocs.org/zh/CAC/COSP/IRG/2023/2，第 5 段`: the symbol is the end of the link.
    if let Some(at) = text[start..q].rfind("undocs.org/") {
        start += at + "undocs.org/".len();
        let language = text[start..q].split_once('/').filter(|(l, _)| l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()));
        start += language.map_or(0, |(l, _)| l.len() + 1);
    }
    let symbol = text[start..q].trim_end_matches('.');
    let first = symbol.chars().next()?;
    let valid = first.is_ascii_uppercase()
        && symbol.contains('/')
        && !symbol.ends_with('/')
        && !symbol.contains("//")
        && !text[..start].ends_with(|c: char| c.is_ascii_alphanumeric())
        && bracket.is_none_or(|open| text[..start].ends_with(open));
    if !valid {
        return None;
    }
    Some(if broken { Cow::Owned(symbol.split(is_ws).collect()) } else { Cow::Borrowed(symbol) })
}

/// A symbol before `p`, and a comma (`CAC/COSP/2019/17，`), `号文件` or
/// `号决议` (`E/RES/2025/19 号决议第 2 段`) after it, or nothing but spaces
/// (`A/RES/78/123 第 5 段`).
pub(super) fn zh_symbol_before(text: &str, p: usize) -> Option<Cow<'_, str>> {
    let q = trim_spaces_end(text, before_emphasis(text, p));
    let head = &text[..q];
    let sep = ["，", ",", "号文件的", "号文件", "号决议的", "号决议", "号决定的", "号决定"].into_iter().find(|s| head.ends_with(s)).unwrap_or("");
    symbol_ending_at(text, q - sep.len())
}

/// Words that single out a part of what was just named, between its comma
/// and the reference (`resolution 10/1, in particular paragraph 5`,
/// `CAC/COSP/2019/17，特别是第 5 段`).
const EMPHASIS: [&str; 8] = ["in particular", "particularly", "especially", "notably", "inter alia", "特别是", "尤其是", "尤其"];

/// `p`, or where [`EMPHASIS`] words just before it start (spaces and one
/// line break before `p` stepped over).
fn before_emphasis(text: &str, p: usize) -> usize {
    let head = &text[..trim_wrap_end(text, p)];
    'phrases: for phrase in EMPHASIS {
        let mut h = head;
        // Word by word from the end: a PDF line may break inside (`in` / `particular`).
        for (i, w) in phrase.rsplit(' ').enumerate() {
            if i > 0 {
                let t = h.trim_end_matches(is_ws);
                if t.len() == h.len() {
                    continue 'phrases;
                }
                h = t;
            }
            let Some(rest) = h.strip_suffix(w) else { continue 'phrases };
            h = rest;
        }
        if phrase.starts_with(|c: char| !c.is_ascii()) || !h.ends_with(|c: char| c.is_alphanumeric()) {
            return h.len();
        }
    }
    p
}

/// A symbol and a comma before `p`: `(CAC/COSP/2019/17, para. 102)`,
/// `(CAC/COSP/2025/9), in particular paragraphs 12 to 15`.
pub(super) fn en_symbol_before(text: &str, p: usize) -> Option<Cow<'_, str>> {
    let q = trim_wrap_end(text, before_emphasis(text, p));
    symbol_ending_at(text, text[..q].strip_suffix(',')?.len())
}

/// How far back, in bytes, `thereof` looks for the document it refers to.
const THEREOF_REACH: usize = 300;

/// The document that `thereof` after a reference starting at `p` refers
/// to, or `其中` ending at `p`: the last symbol its sentence names (`the
/// background paper contained in document CTOC/COP/WG.3/2026/2, drawing
/// attention in particular to paragraphs 12 to 18 thereof`,
/// `CTOC/COP/WG.3/2026/2 号文件所载背景文件，提请注意其中第 12 至 18 段`). Looks
/// back [`THEREOF_REACH`] bytes, to the sentence's full stop or a blank
/// line, at its last `/`.
pub(super) fn symbol_named_earlier(text: &str, p: usize) -> Option<Cow<'_, str>> {
    let lo = floor_boundary(text, p.saturating_sub(THEREOF_REACH));
    let window = &text[lo..p];
    let sentence = lo + [". ", ".\n", "\n\n", "。"].iter().filter_map(|b| window.rfind(b).map(|i| i + b.len())).max().unwrap_or(0);
    let slash = sentence + text[sentence..p].rfind('/')?;
    let end = slash + text[slash..p].find(|c: char| c.is_whitespace() || !c.is_ascii() || matches!(c, ',' | ';' | ')'))?;
    // `E/CN.7/2026/8.`: a full stop after the symbol is the sentence's.
    let end = if text[..end].ends_with('.') { end - 1 } else { end };
    symbol_ending_at(text, end)
}

/// A symbol and an opening bracket before `p`: `E/CN.15/2025/14 (chap. I,
/// sect. B)`, the part of that document the bracket names.
pub(super) fn en_symbol_before_bracket(text: &str, p: usize) -> Option<Cow<'_, str>> {
    let q = trim_spaces_end(text, p);
    let q = text[..q].strip_suffix('(')?.len();
    let r = trim_spaces_end(text, q);
    // `A/78/10 (`: a space between them; `A/78/10(` would be another symbol's form.
    (r < q).then(|| symbol_ending_at(text, r)).flatten()
}

/// Ends and names of the resolutions and decisions the text mentions
/// (`第 9/3 号决议`, `resolution 9/3`), in text order. Linear: substring
/// searches, then a bounded look at each hit.
pub(super) fn resolution_mentions(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('号') {
        let after = i + '号'.len_utf8();
        let rest = text[after..].trim_start_matches(is_space);
        if rest.starts_with("决议") || rest.starts_with("决定") {
            let end = text.len() - rest.len() + "决议".len();
            if let Some((_, name)) = zh_resolution_ending_at(text, end, &[]) {
                out.push((end, name));
            }
        }
    }
    for word in ["esolution", "ecision"] {
        for (i, _) in text.match_indices(word) {
            let head = &text[..i];
            let Some(first) = head.chars().next_back().filter(|c| matches!(c, 'r' | 'R' | 'd' | 'D')) else { continue };
            let w = i - first.len_utf8();
            if text[..w].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let mut j = i + word.len();
            if text[j..].starts_with('s') {
                j += 1;
            }
            let k = j + (text[j..].len() - text[j..].trim_start_matches(is_ws).len());
            if k == j {
                continue;
            }
            let hi = floor_boundary(text, k + NUMBER_MAX);
            if let Some(m) = NUMBER_START.find(&text[k..hi]) {
                out.push((k + m.end(), resolution_name(&text[w..i + word.len()], m.as_str())));
            }
        }
    }
    crate::sorting::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolutions_before_a_reference() {
        // (text, suffixes, (text from the start found to the end, name)).
        type Case<'a> = (&'a str, &'a [&'a str], Option<(&'a str, &'a str)>);
        let cases: [Case; 8] = [
            ("缔约国会议在第 8/2 号决议", &[], Some(("第 8/2 号决议", "resolution 8/2"))),
            ("大会 S-32/1 号决议 ", &[], Some(("S-32/1 号决议 ", "resolution S-32/1"))),
            ("依照第 5/1号决定", &[], Some(("第 5/1号决定", "decision 5/1"))),
            ("安全理事会第 1373(2001)号决议", &[], Some(("第 1373(2001)号决议", "resolution 1373 (2001)"))),
            ("按照第 4/5 号决议中的", &["中的", "的"], Some(("第 4/5 号决议中的", "resolution 4/5"))),
            ("按照第 4/5 号决议", &["中的"], None),
            ("该决议", &[], None),
            ("第 2021 号决议", &[], None),
        ];
        for (text, suffixes, want) in cases {
            let got = zh_resolution_ending_at(text, text.len(), suffixes);
            assert_eq!(got.as_ref().map(|(s, n)| (&text[*s..], n.as_str())), want, "{text}");
        }
        assert_eq!(en_resolution_ending_at("General Assembly resolution 75/194, ", 36).as_deref(), Some("resolution 75/194"));
        assert_eq!(en_resolution_ending_at("irresolution 75/194,", 20), None);
        assert_eq!(en_resolution_ending_at("resolution 75/194", 17), None);
        for (text, want) in [
            ("resolution S-32/1, annex, ", Some("resolution S-32/1")),
            ("decision 5/1, annex II, ", Some("decision 5/1")),
            ("resolution 9/1, reannex, ", None),
            // The date the resolution was adopted, between its number and the comma.
            ("its resolution 26/2 of 26 May 2017, ", Some("resolution 26/2")),
            ("resolution 9/1 of 17\nDecember 2021, ", Some("resolution 9/1")),
            ("resolution 9/1 of May 2017, ", None),
            ("resolution 9/1 of the Conference 2017, ", None),
            ("resolution 9/1 annex, ", None),
            ("the annex, ", None),
        ] {
            assert_eq!(en_resolution_ending_at(text, text.len()).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn symbols_before_a_paragraph() {
        let cases = [
            ("（CAC/COSP/2019/17，", Some("CAC/COSP/2019/17")),
            ("（[CAC/COSP/EG.1/2019/4](#)，", Some("CAC/COSP/EG.1/2019/4")),
            ("见 A/76/5 号文件", Some("A/76/5")),
            ("见 http://undocs.org/CAC/COSP/IRG/2023/2，", Some("CAC/COSP/IRG/2023/2")),
            ("见 https://undocs.org/zh/CAC/COSP/2019/17，", Some("CAC/COSP/2019/17")),
            ("见 http://example.org/a/B/2，", None),
            // A symbol right before the reference, or before `号决议`.
            ("见 A/RES/78/123 ", Some("A/RES/78/123")),
            ("见A/RES/78/123", Some("A/RES/78/123")),
            ("以及 E/RES/2025/19 号决议", Some("E/RES/2025/19")),
            ("于 2025/12/13 ", None),
            ("第 8/2 号决议", None),
            ("在维也纳，", None),
            ("第 8/2，", None),
            ("and/or，", None),
            // Broken by the PDF after a slash: the symbol without the break.
            ("（见\nCTOC/COP/2022/\n15，", Some("CTOC/COP/2022/15")),
            ("见 CAC/COSP/IRG/\r\n2023/2 号文件", Some("CAC/COSP/IRG/2023/2")),
            // A break not after a slash ends the symbol.
            ("见 A/76\n/5，", None),
            ("以及/\n15，", None),
        ];
        for (text, want) in cases {
            assert_eq!(zh_symbol_before(text, text.len()).as_deref(), want, "{text}");
        }
        assert_eq!(en_symbol_before("(A/76/120, ", 11).as_deref(), Some("A/76/120"));
        assert_eq!(en_symbol_before("(see A/76/\n120, ", 16).as_deref(), Some("A/76/120"));
        assert_eq!(en_symbol_before("(A/76/120 ", 10), None);
        // A bracket around the symbol alone, and words singling out its part.
        for (text, want) in [
            ("the report (CAC/COSP/2025/9), in\nparticular ", Some("CAC/COSP/2025/9")),
            ("the report (CAC/COSP/2025/9), ", Some("CAC/COSP/2025/9")),
            ("(see CAC/COSP/2025/9), ", None),
            ("the report (CAC/COSP/2025/9), inparticular ", None),
            ("[CAC/COSP/2025/9](#), especially ", Some("CAC/COSP/2025/9")),
        ] {
            assert_eq!(en_symbol_before(text, text.len()).as_deref(), want, "{text}");
        }
        assert_eq!(zh_symbol_before("秘书处的报告（CAC/COSP/2025/9），特别是", "秘书处的报告（CAC/COSP/2025/9），特别是".len()).as_deref(), Some("CAC/COSP/2025/9"));
        assert_eq!(en_resolution_ending_at("its resolution 10/1, in particular ", 35).as_deref(), Some("resolution 10/1"));
        for (text, want) in [("回顾其第 10/1 号决议，特别是其中", Some("resolution 10/1")), ("第 10/1 号决议，尤其是", Some("resolution 10/1")), ("第 10/1 号决议特别是", None)] {
            assert_eq!(zh_resolution_ending_at(text, text.len(), &["中"]).map(|(_, n)| n).as_deref(), want, "{text}");
        }
        // A line break after the comma wraps the sentence; a blank line ends it.
        assert_eq!(en_symbol_before("(A/76/120,\r\n", 12).as_deref(), Some("A/76/120"));
        assert_eq!(en_symbol_before("(A/76/120,\n\n", 12), None);
        assert_eq!(en_resolution_ending_at("with resolution 9/3,\n", 21).as_deref(), Some("resolution 9/3"));
        assert_eq!(en_resolution_ending_at("with resolution 9/3,\n\n", 22), None);
        // (text before a document's chapter or section, the symbol it belongs to)
        let cases: [(&str, Option<&str>); 5] = [
            ("as set out in E/CN.15/2025/14 (", Some("E/CN.15/2025/14")),
            ("see CAC/COSP/
2023/15 ( ", Some("CAC/COSP/2023/15")),
            ("S/RES/2719(", None),
            ("the report (", None),
            ("E/CN.15/2025/14, (", None),
        ];
        for (text, want) in cases {
            assert_eq!(en_symbol_before_bracket(text, text.len()).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn mentions_are_indexed_in_both_languages() {
        let t = "第 9/3 号决议第 18 段……in decision 5/1 and resolutions 1373 (2001); indecision 4/4";
        let mentions = resolution_mentions(t);
        let got: Vec<&str> = mentions.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(got, ["resolution 9/3", "decision 5/1", "resolution 1373 (2001)"]);
    }
}
