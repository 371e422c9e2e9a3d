//! The document being annotated and the small text primitives every
//! recogniser shares: whitespace classes, stepping over characters by byte
//! offset, and line and sentence bounds.
//!
//! PDF extraction breaks sentences across lines (`下\n\n午 3 时`), so most
//! recognisers step over [`is_space`] inside a mention and, where the
//! guideline allows it, over line breaks too ([`skip_ws`]).

use regex_lite::{Captures, Regex};

use crate::model::Language;

/// The text being annotated with what is known about it before annotation.
#[derive(Clone, Copy, Debug)]
pub struct Document<'a> {
    /// The whole input, unchanged.
    pub text: &'a str,
    /// The language the annotator assumes.
    pub language: Language,
}

impl<'a> Document<'a> {
    /// Wraps `text`, detecting its language.
    pub fn new(text: &'a str) -> Document<'a> {
        Document { text, language: detect_language(text) }
    }
}

/// Chinese when, in the first 20 000 characters, CJK ideographs times six
/// reach the number of other letters (an ideograph carries about as much as
/// a six-letter English word), else English. UN Chinese documents carry
/// English header lines (`Distr.: General`) that must not tip the balance.
pub fn detect_language(text: &str) -> Language {
    let mut cjk = 0usize;
    let mut letters = 0usize;
    for c in text.chars().take(20_000) {
        if is_cjk(c) {
            cjk += 1;
        } else if c.is_alphabetic() {
            letters += 1;
        }
    }
    if cjk > 0 && cjk * 6 >= letters {
        Language::Chinese
    } else {
        Language::English
    }
}

/// A CJK unified ideograph (basic block and extension A).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Horizontal whitespace: space, tab, no-break space, ideographic space.
pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{3000}' | '\u{2002}'..='\u{200a}')
}

/// Any whitespace, line breaks included.
pub fn is_ws(c: char) -> bool {
    is_space(c) || matches!(c, '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `s` lower-cased in ASCII and Latin-1 (`CÔTE D’IVOIRE` → `côte d’ivoire`,
/// `TÜRKIYE` → `türkiye`): the letters of the States' English names, without
/// the Unicode case tables `str::to_lowercase` would put in the page.
pub fn to_latin1_lowercase(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
            _ => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The character starting at byte `i`, if any.
pub fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character ending at byte `i`, if any.
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Byte offset after the spaces ([`is_space`]) that start at `i`.
pub fn skip_spaces(text: &str, i: usize) -> usize {
    skip_while(text, i, is_space)
}

/// Byte offset after the whitespace, line breaks included, that starts at `i`.
pub fn skip_ws(text: &str, i: usize) -> usize {
    skip_while(text, i, is_ws)
}

/// Byte offset after the characters satisfying `pred` that start at `i`.
pub fn skip_while(text: &str, i: usize, pred: impl Fn(char) -> bool) -> usize {
    skip_while_dyn(text, i, &pred)
}

/// Byte offset before the characters satisfying `pred` that end at `i`.
pub fn skip_back_while(text: &str, i: usize, pred: impl Fn(char) -> bool) -> usize {
    skip_back_while_dyn(text, i, &pred)
}

/// [`skip_while`] through a `dyn` predicate: one loop in the wasm for the
/// forty callers, each with its own closure.
fn skip_while_dyn(text: &str, i: usize, pred: &dyn Fn(char) -> bool) -> usize {
    match text.get(i..) {
        Some(rest) => i + rest.find(|c: char| !pred(c)).unwrap_or(rest.len()),
        None => i,
    }
}

/// [`skip_back_while`] through a `dyn` predicate, compiled once.
fn skip_back_while_dyn(text: &str, i: usize, pred: &dyn Fn(char) -> bool) -> usize {
    match text.get(..i) {
        Some(head) => head.trim_end_matches(|c: char| pred(c)).len(),
        None => i,
    }
}

/// The line containing byte `i`, without its line break: `(start, end)`.
pub fn line_bounds(text: &str, i: usize) -> (usize, usize) {
    let i = i.min(text.len());
    let start = text[..floor_boundary(text, i)].rfind('\n').map_or(0, |p| p + 1);
    let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
    let end = if text[..end].ends_with('\r') { end - 1 } else { end };
    (start, end.max(start))
}

/// The line containing byte `i` like [`line_bounds`], but only when it is at
/// most `max` bytes long; looks at no more than `max` bytes either side, so
/// calling it for many offsets of one huge line stays linear.
pub fn short_line_bounds(text: &str, i: usize, max: usize) -> Option<(usize, usize)> {
    let i = floor_boundary(text, i);
    let lo = floor_boundary(text, i.saturating_sub(max));
    let hi = floor_boundary(text, i.saturating_add(max));
    let start = match text[lo..i].rfind('\n') {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let end = match text[i..hi].find('\n') {
        Some(p) => i + p,
        None if hi == text.len() => text.len(),
        None => return None,
    };
    let end = if text[..end].ends_with('\r') { end - 1 } else { end };
    (end - start.min(end) <= max).then_some((start, end.max(start)))
}

/// The largest char boundary `<= i`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// What a search near an anchor sees of the text: see [`captures_around`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sees {
    /// The whole text up to the window's end: look-behind (`\b`) reads the
    /// text before the window, and the offsets of a match are the text's.
    Context,
    /// The window alone, as a text of its own: `^` is the window's start,
    /// which makes a pattern written with `^` match only there.
    Window,
}

/// The matches of `re` near anchors, at most one each: `windows` gives each
/// anchor (ascending byte offsets) with the end of the text its search may
/// see; the search starts `before` bytes before the anchor, or where the
/// last match ended, and an anchor inside a match already found is not
/// searched again. Each match comes with the offset its captures are
/// relative to (0 with [`Sees::Context`], the window's start with
/// [`Sees::Window`]). Running a regex only where its cheap literal anchors
/// occur keeps the slow part of a search off the rest of the text: the
/// cost is linear in the number of anchors times the window, not in the
/// text.
pub fn captures_around<'t>(
    re: &Regex,
    text: &'t str,
    windows: impl IntoIterator<Item = (usize, usize)>,
    before: usize,
    sees: Sees,
) -> Vec<(usize, Captures<'t>)> {
    captures_around_dyn(re, text, &mut windows.into_iter().map(|(at, hi)| (at, at.saturating_sub(before), hi)), sees)
}

/// [`captures_around`] over a `dyn` iterator of windows `(anchor, start,
/// end)`: the search loop compiled once, not once per caller's iterator type.
fn captures_around_dyn<'t>(
    re: &Regex,
    text: &'t str,
    windows: &mut dyn Iterator<Item = (usize, usize, usize)>,
    sees: Sees,
) -> Vec<(usize, Captures<'t>)> {
    let mut out = Vec::new();
    let mut done = 0;
    for (at, lo, hi) in windows {
        if at < done {
            continue;
        }
        let lo = floor_boundary(text, lo).max(done);
        let hi = floor_boundary(text, hi).max(lo);
        let (offset, found) = match sees {
            Sees::Context => (0, re.captures_at(&text[..hi], lo)),
            Sees::Window => (lo, re.captures(&text[lo..hi])),
        };
        let Some(caps) = found else { continue };
        if let Some(whole) = caps.get(0) {
            done = (offset + whole.end()).max(at + 1);
        }
        out.push((offset, caps));
    }
    out
}

/// The matches of `re` near each of `anchors`: `(anchor, start)`, ascending
/// byte offsets of a word every match contains and of the earliest byte a
/// match holding it can start at (the anchor, or a prefix the caller has
/// found before it). Each search starts there (or where the last match
/// ended) and sees `after` bytes past the anchor; offsets are into the
/// whole text ([`captures_around`] with [`Sees::Context`]). A start close
/// to the match keeps the regex engine from stepping over text no match
/// can start in.
pub fn captures_near<'t>(re: &Regex, text: &'t str, anchors: impl IntoIterator<Item = (usize, usize)>, after: usize) -> Vec<Captures<'t>> {
    let mut windows = anchors.into_iter().map(|(at, start)| (at, start, at.saturating_add(after)));
    captures_around_dyn(re, text, &mut windows, Sees::Context).into_iter().map(|(_, caps)| caps).collect()
}

/// The offsets of the bytes of `wanted` in `text`, ascending. Reads the
/// text eight bytes a word and looks into a word only when one of them is
/// there: one pass for a few bytes, cheaper than a search for each word
/// they are in.
pub fn find_bytes<const N: usize>(text: &str, wanted: [u8; N]) -> Vec<usize> {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // The high bit of each byte of `x` that is zero.
    let zeros = |x: u64| !(((x & LOW).wrapping_add(LOW)) | x | LOW);
    let splats = wanted.map(|b| u64::from(b) * 0x0101_0101_0101_0101);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut words = bytes.chunks_exact(8);
    for (w, word) in (&mut words).enumerate() {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        let mut found = splats.iter().fold(0, |found, &splat| found | zeros(x ^ splat));
        while found != 0 {
            out.push(w * 8 + found.trailing_zeros() as usize / 8);
            found &= found - 1;
        }
    }
    let tail = bytes.len() - words.remainder().len();
    out.extend(words.remainder().iter().enumerate().filter(|(_, c)| wanted.contains(c)).map(|(k, _)| tail + k));
    out
}

/// Characters that end a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | '！' | '？' | ';' | '!' | '?')
}

/// How far back [`sentence_start`] looks, in bytes, to keep scans linear.
pub const SENTENCE_WINDOW: usize = 1200;

/// Start of the sentence containing byte `i`: after the last sentence end or
/// blank line before `i`, looking back at most [`SENTENCE_WINDOW`] bytes.
/// An English full stop ends a sentence only when a space follows it.
pub fn sentence_start(text: &str, i: usize) -> usize {
    let i = floor_boundary(text, i);
    let lo = floor_boundary(text, i.saturating_sub(SENTENCE_WINDOW));
    let head = &text[lo..i];
    let mut prev: Option<char> = None;
    for (p, c) in head.char_indices().rev() {
        let ends = is_sentence_end(c)
            || (c == '.' && prev.is_some_and(is_ws) && !head[..p].ends_with(char::is_numeric))
            || (c == '\n' && head[..p].trim_end_matches([' ', '\t', '\r']).ends_with('\n'));
        if ends {
            return lo + p + c.len_utf8();
        }
        prev = Some(c);
    }
    lo
}

/// A regex from one of the crate's own patterns, which are fixed at
/// compile time: one builder that is not inlined, instead of a copy of the
/// building and its error path at every call site (about 1 KB gzipped of
/// the page's wasm). Panics on an invalid pattern, which every test of the
/// pattern's module would show.
#[inline(never)]
pub fn regex(pattern: &str) -> regex_lite::Regex {
    match regex_lite::Regex::new(pattern) {
        Ok(r) => r,
        Err(e) => panic!("invalid pattern: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_lowercase_folds_the_states_letters() {
        for (upper, lower) in [("CÔTE D’IVOIRE", "côte d’ivoire"), ("TÜRKIYE", "türkiye"), ("NEW ZEALAND", "new zealand"), ("×Ø", "×ø"), ("中国", "中国")] {
            assert_eq!(to_latin1_lowercase(upper), lower);
        }
    }

    #[test]
    fn language_of_chinese_document_with_english_header() {
        assert_eq!(detect_language("Distr.: General\n30 September 2021\n第九届会议"), Language::Chinese);
        assert_eq!(detect_language("Conference of the States Parties"), Language::English);
        assert_eq!(detect_language(""), Language::English);
    }

    #[test]
    fn skipping_stops_at_end_and_on_bad_offsets() {
        assert_eq!(skip_ws("a \n\nb", 1), 4);
        assert_eq!(skip_spaces("a \n", 1), 2);
        assert_eq!(skip_spaces("ab", 9), 9);
        assert_eq!(skip_back_while("ab  ", 4, is_space), 2);
    }

    #[test]
    fn short_line_bounds_refuse_long_lines() {
        let t = "one\r\ntwo\nthree";
        assert_eq!(short_line_bounds(t, 6, 10), Some((5, 8)));
        assert_eq!(short_line_bounds(t, 0, 10), Some((0, 3)));
        assert_eq!(short_line_bounds("abcdefghij\nk", 5, 4), None);
        assert_eq!(short_line_bounds("", 3, 4), Some((0, 0)));
    }

    #[test]
    fn line_bounds_exclude_crlf() {
        let t = "one\r\ntwo\nthree";
        assert_eq!(line_bounds(t, 6), (5, 8));
        assert_eq!(line_bounds(t, 0), (0, 3));
        assert_eq!(line_bounds(t, t.len()), (9, 14));
    }

    #[test]
    fn captures_near_anchors_have_whole_text_offsets_and_see_no_further() {
        let re = regex(r"(?:agenda )?item ([0-9]+)");
        let t = "item 1 ... agenda item 22 ... item 333";
        let found = |anchors: &[(usize, usize)], after| -> Vec<(usize, String)> {
            captures_near(&re, t, anchors.iter().copied(), after)
                .iter()
                .map(|c| (c.get(0).unwrap().start(), c.get(1).unwrap().as_str().to_owned()))
                .collect()
        };
        // Each search starts at its anchor's start and sees `after` bytes past the anchor.
        assert_eq!(found(&[(18, 10), (30, 30)], 7), vec![(11, "22".into()), (30, "33".into())]);
        assert_eq!(found(&[(18, 16), (30, 28)], 9), vec![(18, "22".into()), (30, "333".into())]);
        // An anchor inside a match found is not searched again.
        assert_eq!(found(&[(0, 0), (2, 0), (18, 11)], 400), vec![(0, "1".into()), (11, "22".into())]);
        assert!(captures_near(&re, "项目", [(0usize, 0usize), (3, 1)], 2).is_empty());
    }

    #[test]
    fn find_bytes_finds_the_bytes_in_order_in_words_and_tail() {
        let t = "Sessions of the Assembly, 大会 s";
        let want: Vec<usize> = t.bytes().enumerate().filter(|&(_, c)| c == b's' || c == b'S').map(|(i, _)| i).collect();
        assert_eq!(find_bytes(t, *b"sS"), want);
        assert_eq!(find_bytes("", *b"sS"), Vec::<usize>::new());
        assert_eq!(find_bytes("\u{80}\u{ff}", [0x80, 0xc2]), vec![0, 1]);
        assert_eq!(find_bytes("a 大会 b", [b'a', 0xbc, b'b']), vec![0, 6, 9]);
    }

    #[test]
    fn sentence_start_after_full_stop_or_blank_line() {
        let t = "第一句。缔约国会议在第 8/2 号决议中";
        let i = t.find("8/2").unwrap();
        assert_eq!(&t[sentence_start(t, i)..i], "缔约国会议在第 ");
        let t = "heading\n\nIn resolution 58/4";
        let i = t.find("58").unwrap();
        assert_eq!(&t[sentence_start(t, i)..i], "In resolution ");
    }
}

