//! References to agenda items in running text.
//!
//! Recognises `议程项目 3`, `议程分项目 8(b)`, `临时议程项目 1(f)`, `项目3(a)㈠`
//! (→ `3(a)(i)`),
//! `临时议程*项目6`, the General Assembly's `临时项目清单*项目 68(b)`, `议程项目 2、3 和 4`, `议程项目 2 至 5` (ranges are expanded
//! to `["2", "3", "4", "5"]`), `项目 4、5、6` where the sentence has just named
//! an agenda (`其议程中的项目 4、5、6`), items counted with an ordinal
//! (`议程第 3 项`, `临时议程第 4(a) 项`, `议程第 3 项和第 4 项`, `议程第三项`), and in English `agenda item 3`,
//! `sub-item 1 (f)`, `agenda items 4 and 5`, `items 2 to 5 of the provisional
//! agenda`, `Item 6 of the provisional agenda`, `Item 68 (b) of the preliminary
//! list` (the General Assembly's list of items before its agenda is adopted),
//! and the sub-items of one item: `sub-item (b) of agenda item 68`,
//! `agenda item 2, sub-items (a) and (b)`,
//! `议程项目 68 的分项目(b)` → `68(b)`, `议程项目 5 下的分项目(a)` → `5(a)`.
//!
//! A PDF line may break inside the word (`议程项\n目 2 至 5`); the break stays
//! in the span.
//!
//! Item numbers may be written in full-width digits and spaced with no-break
//! or ideographic spaces (`议程项目\u{3000}３`); the values are in ASCII digits.
//!
//! Left out on purpose: references without a number (`本项目`, `this item`,
//! `the item entitled "Other matters"`), counts and amounts (`3 个项目`, `项目 3 个`,
//! `该项目 5 年期间`, `项目 3 万美元`), and
//! items of other things and projects (`调查问卷项目 3`, `预算项目 2`, `援助项目 3`,
//! `item 5 of the self-assessment checklist`, `budget line item 2`).

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::model::{AgendaRefValue, Annotation, Language, Value};
use crate::numerals::{digit_value, parse_decimal, to_halfwidth};
use crate::span::Span;
use crate::text::{captures_near, char_at, floor_boundary, sentence_start, skip_spaces, skip_while, Document};

/// One item number: `3`, `1(f)`, `1 (f)`, `8（b）`, and a sub-sub-item after
/// the letter: `3(a)(ii)`, `3(a)㈠`.
const ITEM: &str = r"[0-9０-９]{1,3}(?:[ \t\x{A0}\x{3000}]*[(（][a-zａ-ｚ][)）](?:[ \t\x{A0}\x{3000}]*(?:[(（](?:iv|ix|vi{0,3}|x|i{1,3})[)）]|[㈠-㈩]))?)?";
/// Blanks inside a line, no-break and ideographic spaces included.
const SP: &str = r"[ \t\x{A0}\x{3000}]";
/// Blanks and line breaks.
const WS: &str = r"[ \t\r\n\x{A0}\x{3000}]";
/// A later item of a list: a number, or a letter of the item before (`3 (a) and (b)`).
const NEXT: &str = r"(?:[0-9０-９]{1,3}(?:[ \t\x{A0}\x{3000}]*[(（][a-zａ-ｚ][)）](?:[ \t\x{A0}\x{3000}]*(?:[(（](?:iv|ix|vi{0,3}|x|i{1,3})[)）]|[㈠-㈩]))?)?|[(（][a-zａ-ｚ][)）])";

static ZH: LazyLock<Regex> = LazyLock::new(|| {
    let sep = format!(r"{WS}*(?:、|和|及|以及|与|至|到|-|–|－){WS}*");
    crate::text::regex(&format!(r"(临时议程{WS}*[*＊]*{SP}*|议程{WS}*|(?:附加说明的)?临时项目清单{WS}*[*＊]*{SP}*)?(分项{WS}*目|项{WS}*目){WS}*({ITEM}(?:{sep}{NEXT})*)"))
});

/// Measure words and units after a number that make it a count or an
/// amount, not an item (`项目 3 个`, `该项目 5 年期间`, `项目 200 人`).
const COUNTED: &str = "个项名次年月周天人万千百亿元岁份种类家";

/// `议程第 3 项`, `临时议程第 4(a) 项`, `议程第 3 项和第 4 项`, `议程第三项`:
/// items counted with an ordinal, in digits or Chinese numerals; read from
/// the `议程` on.
static ZH_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    let sep = format!(r"{SP}*项?{SP}*(?:、|和|及|以及|与|至|到|-|–|－){SP}*第?{SP}*");
    let item = format!("(?:{ITEM}|[一二三四五六七八九十]{{1,3}})");
    let next = format!("(?:{NEXT}|[一二三四五六七八九十]{{1,3}})");
    crate::text::regex(&format!(r"^议程{SP}*第{SP}*({item}(?:{sep}{next})*){SP}*项"))
});

/// `三项和第四` → `3项和第4`: the Chinese numerals of an ordinal list in digits.
fn numerals_to_digits(list: &str) -> Option<String> {
    let mut out = String::with_capacity(list.len());
    let mut run = String::new();
    for c in list.chars().chain(std::iter::once(' ')) {
        if crate::numerals::is_chinese_numeral(c) {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            out.push_str(&crate::numerals::parse_chinese(&run)?.to_string());
            run.clear();
        }
        out.push(c);
    }
    out.pop();
    Some(out)
}

static EN: LazyLock<Regex> = LazyLock::new(|| {
    let sep = format!(r"(?:{WS}*,{WS}*and{WS}+|{WS}*,{WS}*|{WS}+(?:and|or|to|through){WS}+|{SP}*[-–－]{SP}*)");
    crate::text::regex(&format!(
        r"(?i)((?:provisional{WS}+)?agenda{WS}+)?(sub-?items?|items?){WS}+({ITEM}(?:{sep}{NEXT})*)({SP}+of{SP}+(?:the|its){SP}+(?:(?:provisional{SP}+|revised{SP}+provisional{SP}+)?agenda|(?:annotated{SP}+)?preliminary{SP}+list))?"
    ))
});

/// An item number of a list: main number (1), letter (2), sub-sub-item in
/// Roman (3) or bracketed Chinese numerals (4); or a letter alone (5).
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(r"([0-9０-９]{1,3})(?:[ \t\x{A0}\x{3000}]*[(（]([a-zａ-ｚ])[)）](?:[ \t\x{A0}\x{3000}]*(?:[(（](iv|ix|vi{0,3}|x|i{1,3})[)）]|([㈠-㈩])))?)?|[(（]([a-zａ-ｚ])[)）]")
});

/// `㈠`…`㈩` as the Roman numeral an English agenda writes: `i`…`x`.
const CHINESE_SUB: [&str; 10] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/// How far back, in bytes, a bare `项目 N` / `item N` looks for the agenda
/// its sentence names.
const AGENDA_WINDOW: usize = 60;

/// How far before the word `项目`/`item` a match may start (`临时议程*`,
/// `provisional agenda`), in bytes: see [`en_match_start`], [`zh_match_start`].
const BEFORE_WORD: usize = 64;
/// How far after the word a list of items may reach, in bytes.
const AFTER_WORD: usize = 400;

/// The blanks and line breaks of [`WS`].
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n' | '\u{A0}' | '\u{3000}')
}

/// The blanks of [`SP`].
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{3000}')
}

/// Where [`EN`] can start a match whose word `item` is at byte `at`: at
/// `sub-`/`sub` before it, and before that at `agenda` and `provisional
/// agenda` with the blanks after them; never more than [`BEFORE_WORD`]
/// bytes back. The regex search starts there, not at every byte before.
fn en_match_start(text: &str, at: usize) -> usize {
    let ends_with = |end: usize, word: &str| end >= word.len() && text.as_bytes()[end - word.len()..end].eq_ignore_ascii_case(word.as_bytes());
    let mut start = at;
    if ends_with(start, "sub-") {
        start -= 4;
    } else if ends_with(start, "sub") {
        start -= 3;
    }
    let before_word = |end: usize, word: &str| {
        let gap = crate::text::skip_back_while(text, end, is_gap);
        (gap < end && ends_with(gap, word)).then(|| gap - word.len())
    };
    if let Some(agenda) = before_word(start, "agenda") {
        start = before_word(agenda, "provisional").unwrap_or(agenda);
    }
    start.max(floor_boundary(text, at.saturating_sub(BEFORE_WORD)))
}

/// Where [`ZH`] can start a match whose `项` is at byte `at`: at `分`
/// before it, and before that at `临时议程`, `议程` or `(附加说明的)临时项目清单`
/// with the marks and blanks after them; never more than [`BEFORE_WORD`]
/// bytes back.
fn zh_match_start(text: &str, at: usize) -> usize {
    let start = if text[..at].ends_with('分') { at - '分'.len_utf8() } else { at };
    let blanks = crate::text::skip_back_while(text, start, is_blank);
    let marks = crate::text::skip_back_while(text, blanks, |c| matches!(c, '*' | '＊'));
    let gap = crate::text::skip_back_while(text, marks, is_gap);
    let head = &text[..gap];
    let prefix = if head.ends_with("临时议程") {
        gap - "临时议程".len()
    } else if head.ends_with("议程") && marks == blanks {
        gap - "议程".len()
    } else if head.ends_with("临时项目清单") {
        let list = gap - "临时项目清单".len();
        if text[..list].ends_with("附加说明的") { list - "附加说明的".len() } else { list }
    } else {
        start
    };
    prefix.max(floor_boundary(text, at.saturating_sub(BEFORE_WORD)))
}

/// True when the reference at `at` opens a square bracket (`[item 110]`,
/// `［项目 110］`), as UN Journals print the item a meeting's title is under.
fn in_square_bracket(text: &str, at: usize) -> bool {
    text[..at].trim_end_matches([' ', '\t']).ends_with(['[', '［'])
}

/// Finds agenda references. Linear in the length of the text: the regex
/// runs only near the words `项目` / `item`.
pub fn find_agenda_refs(doc: &Document) -> Vec<Annotation> {
    let text = doc.text;
    let (re, english) = match doc.language {
        Language::Chinese => (&*ZH, false),
        Language::English => (&*EN, true),
    };
    let found = if english {
        let bytes = text.as_bytes();
        let words = bytes.windows(4).enumerate().filter(|(_, w)| w.eq_ignore_ascii_case(b"item")).map(|(at, _)| at);
        let numbered = words.filter(|&at| {
            let end = at + 4 + usize::from(bytes.get(at + 4).is_some_and(|b| b.eq_ignore_ascii_case(&b's')));
            number_follows(text, end)
        });
        captures_near(re, text, numbered.map(|at| (at, en_match_start(text, at))), AFTER_WORD)
    } else {
        // `议程项\n目 2 至 5`: a PDF line may break inside the word.
        let words = text.match_indices('项').filter_map(|(at, _)| {
            let next = skip_while(text, at + '项'.len_utf8(), crate::text::is_ws);
            text[next..].starts_with('目').then(|| (at, next + '目'.len_utf8()))
        });
        let numbered = words.filter(|&(_, end)| number_follows(text, end)).map(|(at, _)| (at, zh_match_start(text, at)));
        captures_near(re, text, numbered, AFTER_WORD)
    };
    // A document that speaks of its agenda uses bare `items 4 and 5`, `项目 4(a)和(b)` for it.
    let agenda_document = if english { text.contains("agenda") || text.contains("Agenda") } else { text.contains("议程") };
    let mut out = Vec::new();
    for caps in found {
        let (Some(whole), Some(word), Some(list)) = (caps.get(0), caps.get(2), caps.get(3)) else { continue };
        let prefixed = caps.get(1).is_some() || caps.get(4).is_some();
        let sub = word.as_str().to_ascii_lowercase().starts_with("sub") || word.as_str().starts_with('分');
        // `在项目 3 下`: an item under which the meeting works is on its agenda.
        let under = !english && char_at(text, skip_spaces(text, list.end())) == Some('下');
        // `报告[项目 110]`, `… Organization [item 110]`: a Journal's bracket names the item a title is under.
        let bracketed = in_square_bracket(text, whole.start());
        if !english && !sub && !prefixed && !under && !bracketed && !agenda_document && !word_follows_agenda(text, word.start()) {
            continue;
        }
        if english && !prefixed && !sub && !bracketed && !agenda_document && !word_follows_agenda(text, word.start()) && !after_under(text, word.start()) {
            continue;
        }
        if english && !prefixed && previous_word(text, word.start()).is_some_and(|w| NOT_AGENDA.contains(&w.as_str())) {
            continue;
        }
        // `item 5 of the self-assessment checklist`, `items 3 and 4 of the
        // recommendations`: a bare item of something other than an agenda.
        if english && !prefixed && !sub && of_something_else(text, list.end()) {
            continue;
        }
        // `调查问卷项目 3`, `预算项目 2`: an item of something other than an agenda.
        if !english && !prefixed && ZH_NOT_AGENDA.iter().any(|w| text[..word.start()].trim_end_matches([' ', '\t', '\u{3000}']).ends_with(w)) {
            continue;
        }
        // `项目 1 在肯尼亚实施`: a project carried out, not an agenda item.
        if !english && !prefixed && !sub && !under && is_carried_out(text, list.end()) {
            continue;
        }
        // `12 items 3 of which…`: a count, not a reference (a number that ends
        // the line above, `Vienna, 13–17 March 2023`, counts nothing).
        if english && text[..word.start()].trim_end_matches([' ', '\t', '\u{a0}']).ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if !english && is_word_inside(text, whole.start()) {
            continue;
        }
        if english && is_letter_before(text, whole.start()) {
            continue;
        }
        // A table's `Item` cell heads a column: the number below it is a row's.
        if english && is_header_cell(text, word.start(), list.start()) {
            continue;
        }
        let next = skip_spaces(text, list.end());
        let after = char_at(text, next);
        // `Item 1. Organizational matters` heading a line numbers an item; it refers to none.
        // A list (`items 20 and 22.`) or a dot that ends the line (`followed by` /
        // `agenda item 20.`) closes a sentence instead.
        let plural = word.as_str().ends_with(['s', 'S']);
        let titled = || text.get(next + 1..).and_then(|rest| rest.split('\n').next()).is_some_and(|rest| !rest.trim().is_empty());
        if english && after == Some('.') && !plural && starts_line(text, whole.start()) && titled() {
            continue;
        }
        let decimal = after.is_some_and(|c| matches!(c, '.' | '．') && char_at(text, next + c.len_utf8()).and_then(digit_value).is_some());
        if decimal || after.is_some_and(|c| digit_value(c).is_some() || matches!(c, '/' | '／' | '%' | '％') || COUNTED.contains(c)) {
            continue;
        }
        // A singular English `item` names one number: `agenda item 3, 14 speakers…`;
        // its own letters may follow (`item 9 (a) to (c)`).
        let singular = english && !word.as_str().ends_with(['s', 'S']);
        let (list_text, end) = match NUMBER.find(list.as_str()) {
            Some(first) if singular && first.end() < list.as_str().len() => {
                let cut = own_letters_end(list.as_str(), first.end());
                (&list.as_str()[..cut], list.start() + cut)
            }
            _ => (list.as_str(), whole.end()),
        };
        // `Item 1 and\n16 June 2023`: the list stops before the day of a date.
        let (list_text, end) = match english.then(|| before_date(text, list.start(), list_text)).flatten() {
            Some(0) => continue,
            Some(cut) => (&list_text[..cut], list.start() + cut),
            None => (list_text, end),
        };
        let Some(items) = expand(list_text) else { continue };
        // `sub-item (b) of agenda item 68`, `议程项目 68 的分项目(b)`: the letters
        // belong to the one item named.
        let lettered = match items.as_slice() {
            [one] if !one.contains('(') => letters_around(text, whole.start(), end, english).map(|(s, e, l)| (s, e, l.into_iter().map(|x| format!("{one}({x})")).collect())),
            _ => None,
        };
        let (start, end, items) = lettered.unwrap_or((whole.start(), end, items));
        if out.last().is_some_and(|a: &Annotation| a.span.end > start) {
            continue;
        }
        out.push(Annotation::new(Span::new(start, end), Value::AgendaRef(AgendaRefValue { items })));
    }
    if english {
        return out;
    }
    merge_by_start(out, ordinal_refs(text))
}

/// The end of the letters that follow the one item of a list ending at
/// `from` (`9 (a)` + ` to (c)`, ` and (b)`): the item's own sub-items, which a
/// singular `item` may name; `from` when none follows.
fn own_letters_end(list: &str, from: usize) -> usize {
    let mut cut = from;
    loop {
        let rest = &list[cut..];
        let joined = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        let joined = ["and", "or", "to", "through", "-", "–", "－"].iter().find_map(|w| joined.strip_prefix(w)).unwrap_or(joined);
        let letter = joined.trim_start();
        let b = letter.as_bytes();
        if b.len() >= 3 && b[0] == b'(' && b[1].is_ascii_lowercase() && b[2] == b')' && joined.len() < rest.len() {
            cut = list.len() - letter.len() + 3;
        } else {
            return cut;
        }
    }
}

/// `议程第 3 项`, `临时议程第 4(a) 项`: references that count the item with an
/// ordinal `第…项` instead of naming it `项目`. Linear: the regex runs only
/// at each `议程` and reads a bounded window.
fn ordinal_refs(text: &str) -> Vec<Annotation> {
    let mut out: Vec<Annotation> = Vec::new();
    for (at, _) in text.match_indices("议程") {
        let end = floor_boundary(text, at.saturating_add(AFTER_WORD));
        let Some(caps) = text.get(at..end).and_then(|w| ZH_ORDINAL.captures(w)) else { continue };
        let (Some(whole), Some(list)) = (caps.get(0), caps.get(1)) else { continue };
        // `议程第 3 项目`: the `项` begins a word, it closes no ordinal.
        let after = char_at(text, at + whole.end());
        if after.is_some_and(|c| c == '目') {
            continue;
        }
        let Some(items) = numerals_to_digits(list.as_str()).and_then(|l| expand(&l)) else { continue };
        let start = if text[..at].ends_with("临时") { at - "临时".len() } else { at };
        out.push(Annotation::new(Span::new(start, at + whole.end()), Value::AgendaRef(AgendaRefValue { items })));
    }
    out
}

/// Two lists of annotations sorted by start, as one sorted list; linear.
fn merge_by_start(a: Vec<Annotation>, b: Vec<Annotation>) -> Vec<Annotation> {
    if b.is_empty() {
        return a;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        let next = if x.span.start <= y.span.start { a.next() } else { b.next() };
        out.extend(next);
    }
    out.extend(a);
    out.extend(b);
    out
}

/// True when an item number starts at `at`, after any whitespace: every
/// reference the regexes find has one, so words without one are not searched.
fn number_follows(text: &str, at: usize) -> bool {
    char_at(text, skip_while(text, at, crate::text::is_ws)).and_then(digit_value).is_some()
}

/// `sub-item (b) of ` / `sub-items (a) and (b) of ` ending a text.
static EN_LETTERS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(&format!(r"(?i)\bsub-?items?{SP}+(\([a-z]\)(?:(?:{SP}*,{SP}*|{SP}+and{SP}+|{SP}*,{SP}*and{SP}+)\([a-z]\))*){SP}+of{SP}+(?:the{SP}+)?$"))
});

/// `的分项目(b)` / `下的分项目(a)` / `分项目(a)和(b)` / `, sub-items (a) and (b)` starting a text.
static LETTERS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let sep = format!(r"(?:{SP}*(?:、|和|及|,{SP}*and{SP}|,|{SP}and{SP}){SP}*)");
    crate::text::regex(&format!(r"^(?:{SP}*(?:下的|的)?{SP}*分项目{SP}*|{SP}*,{SP}*sub-?items?{SP}+)([(（][a-zａ-ｚ][)）](?:{sep}[(（][a-zａ-ｚ][)）])*)"))
});

/// How far before an English item a `sub-item (b) of` is looked for, in bytes.
const LETTERS_WINDOW: usize = 48;

/// The sub-item letters written around a reference to one item at
/// `start..end`: before it in English (`sub-item (b) of agenda item 68`),
/// else after it (`agenda item 2, sub-items (a) and (b)`), after it in
/// Chinese (`议程项目 68 的分项目(b)`). The new bounds and the letters.
fn letters_around(text: &str, start: usize, end: usize, english: bool) -> Option<(usize, usize, Vec<char>)> {
    let before = || {
        let lo = floor_boundary(text, start.saturating_sub(LETTERS_WINDOW));
        let c = EN_LETTERS_BEFORE.captures(&text[lo..start])?;
        Some((c.get(1)?.as_str(), lo + c.get(0)?.start(), end))
    };
    let after = || {
        let hi = floor_boundary(text, end.saturating_add(LETTERS_WINDOW));
        let c = LETTERS_AFTER.captures(&text[end..hi])?;
        Some((c.get(1)?.as_str(), start, end + c.get(0)?.end()))
    };
    let (found, s, e) = if english { before().or_else(after)? } else { after()? };
    let chars: Vec<char> = to_halfwidth(found).chars().collect();
    let letters: Vec<char> = chars.windows(2).filter(|w| matches!(w[0], '(' | '（') && w[1].is_ascii_lowercase()).map(|w| w[1]).collect();
    (!letters.is_empty()).then_some((s, e, letters))
}

/// True when only spaces stand between the line's start and `at` (looked
/// for a few bytes back, so that the test costs the same anywhere).
fn starts_line(text: &str, at: usize) -> bool {
    let lo = floor_boundary(text, at.saturating_sub(16));
    let head = text.get(lo..at).unwrap_or("");
    match head.rfind('\n') {
        Some(p) => head[p + 1..].trim().is_empty(),
        None => lo == 0 && head.trim().is_empty(),
    }
}

/// True when the text just before the Chinese match continues a word that
/// makes `项目` something else (`技术援助项目`, `本项目` are caught by the
/// missing number; this guards `子项目`-like compounds).
fn is_word_inside(text: &str, start: usize) -> bool {
    matches!(crate::text::char_before(text, start), Some('子' | '小' | '大'))
}

fn is_letter_before(text: &str, start: usize) -> bool {
    crate::text::char_before(text, start).is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// True when the word `Item` at `word` is a table cell of its own (a line's
/// first cell, or after a tab) and its number stands in another cell or line
/// (`Item\tTitle`, `Item\n16 June 2023`): a column heading, not a reference.
fn is_header_cell(text: &str, word: usize, number: usize) -> bool {
    let gap = &text[word..number];
    let celled = crate::text::char_before(text, word) == Some('\t') || starts_line(text, word);
    celled && gap.contains(['\t', '\n', '\r'])
}

/// Where, in bytes of `list` (at byte `start` of `text`), the list of item
/// numbers must end because a number of it is the day of a date (`16 June`):
/// at the end of the number before, `Some(0)` when it is the first. `None`
/// when no number of the list is followed by a month.
fn before_date(text: &str, start: usize, list: &str) -> Option<usize> {
    let mut kept = 0;
    for m in NUMBER.find_iter(list) {
        let after = skip_while(text, start + m.end(), crate::text::is_ws);
        if crate::dates::starts_with_month(&text[after..]) {
            return Some(kept);
        }
        kept = m.end();
    }
    None
}

/// True when the sentence before `at` names an agenda within a short window.
fn word_follows_agenda(text: &str, at: usize) -> bool {
    let lo = sentence_start(text, at).max(floor_boundary(text, at.saturating_sub(AGENDA_WINDOW)));
    text.get(lo..at).is_some_and(|head| head.contains("议程") || head.to_ascii_lowercase().contains("agenda"))
}

/// Words before `item` that make it something other than an agenda item.
const NOT_AGENDA: [&str; 7] = ["line", "budget", "expenditure", "news", "checklist", "list", "project"];

/// Words right before `项目` that make it an item of something other than
/// an agenda (a questionnaire's, a budget's) or a project (`援助项目 3`).
const ZH_NOT_AGENDA: [&str; 10] = ["问卷", "清单", "预算", "支出", "援助", "试点", "合作", "投资", "研究", "培训"];

/// How far after a bare item list, in bytes, its `of …` owner or its
/// clause is read.
const OWNER_REACH: usize = 60;

/// The text from `at` to the end of its clause (a comma, semicolon, full
/// stop or line break), at most [`OWNER_REACH`] bytes.
fn clause_after(text: &str, at: usize) -> &str {
    let rest = text.get(at..floor_boundary(text, at.saturating_add(OWNER_REACH))).unwrap_or("");
    rest.find(['，', '。', '；', ',', ';', '\n']).map_or(rest, |e| &rest[..e])
}

/// True when the list ending at `at` is followed by `of …` naming neither
/// an agenda nor a list of items (`of the questionnaire`, `of annex I`,
/// `of table 2`).
fn of_something_else(text: &str, at: usize) -> bool {
    // `item 2 of the` / `agenda`: the owner may go on across a PDF line break.
    let rest = text.get(at..floor_boundary(text, at.saturating_add(OWNER_REACH))).unwrap_or("");
    let rest = rest.find(['，', '。', '；', ',', ';']).map_or(rest, |e| &rest[..e]);
    let blank = rest.find("\n\n").into_iter().chain(rest.find("\n\r\n")).min().unwrap_or(rest.len());
    let clause = rest[..blank].to_ascii_lowercase();
    let owner = clause.trim_start();
    let named = owner.strip_prefix("of ").is_some_and(|rest| rest.starts_with(|c: char| c.is_alphabetic()));
    named && !owner.split(|c: char| !c.is_alphanumeric()).any(|w| w == "agenda" || w == "list")
}

/// Verbs that a project is the subject of and an agenda item never is:
/// `项目 1 在肯尼亚实施`, `项目 2 由开发署执行` (not `实施情况`, the title's
/// word for implementation).
const CARRIED_OUT: [&str; 2] = ["实施", "执行"];

/// True when the clause after the list ending at `at` says the items are
/// carried out (one of [`CARRIED_OUT`] not followed by `情况`).
fn is_carried_out(text: &str, at: usize) -> bool {
    let clause = clause_after(text, at);
    CARRIED_OUT.iter().any(|v| clause.match_indices(v).any(|(i, _)| !clause[i + v.len()..].starts_with("情况")))
}

/// The lowercased word just before `at` (spaces skipped), if any.
fn previous_word(text: &str, at: usize) -> Option<String> {
    let lo = floor_boundary(text, at.saturating_sub(24));
    let head = text.get(lo..at)?.trim_end();
    let word = head.rsplit(|c: char| !c.is_alphabetic()).next()?;
    (!word.is_empty()).then(|| word.to_ascii_lowercase())
}

/// True for `under item 3`.
fn after_under(text: &str, at: usize) -> bool {
    let lo = floor_boundary(text, at.saturating_sub(8));
    text.get(lo..at).is_some_and(|head| head.to_ascii_lowercase().trim_end().ends_with("under"))
}

/// The item numbers of a list, ranges expanded; `None` for a reversed or
/// implausibly long range.
fn expand(list: &str) -> Option<Vec<String>> {
    let mut items: Vec<String> = Vec::new();
    let mut prev_end = 0;
    let mut prev_main: Option<u32> = None;
    for caps in NUMBER.captures_iter(list) {
        let Some(whole) = caps.get(0) else { continue };
        let main: u32 = match caps.get(1) {
            Some(num) => parse_decimal(num.as_str())?,
            None => prev_main?,
        };
        // `（ａ）` → `a`.
        let letter = caps.get(2).or(caps.get(5)).map(|m| to_halfwidth(m.as_str()));
        let letter = letter.as_deref();
        let chinese = caps.get(4).and_then(|m| m.as_str().chars().next()).and_then(|c| CHINESE_SUB.get((c as u32).checked_sub('㈠' as u32)? as usize).copied());
        let sub = caps.get(3).map(|m| m.as_str()).or(chinese);
        let between = list.get(prev_end..whole.start()).unwrap_or("").to_ascii_lowercase();
        let is_range = ["至", "到", "-", "–", "－", "to", "through"].iter().any(|w| between.contains(w));
        match (is_range, prev_main, letter) {
            (true, Some(from), None) if items.last().is_some_and(|l| !l.contains('(')) => {
                if main <= from || main - from > 30 {
                    return None;
                }
                items.extend((from + 1..=main).map(|n| n.to_string()));
            }
            // `4 (a) 至 (c)`: the letters between belong to the range.
            (true, Some(from), Some(l)) if from == main && sub.is_none() && range_from(items.last(), main, l).is_some() => {
                let first = range_from(items.last(), main, l).unwrap_or('a');
                let last = l.chars().next().unwrap_or(first);
                items.extend((first..=last).map(|c| format!("{main}({c})")));
            }
            _ => items.push(match (letter, sub) {
                (Some(l), Some(x)) => format!("{main}({l})({x})"),
                (Some(l), None) => format!("{main}({l})"),
                (None, _) => main.to_string(),
            }),
        }
        prev_main = Some(main);
        prev_end = whole.end();
    }
    (!items.is_empty()).then_some(items)
}

/// The first letter a letter range adds after `item` up to `to`: the letter
/// after `item`'s when `item` is a lettered item of `main` before `to`
/// (`4(a)` to `c` → `b`).
fn range_from(item: Option<&String>, main: u32, to: &str) -> Option<char> {
    let rest = item?.strip_prefix(&main.to_string())?.strip_prefix('(')?;
    let to = to.chars().next()?;
    let mut chars = rest.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), Some(')'), None) if c.is_ascii_lowercase() && c < to => char::from_u32(c as u32 + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search for a reference starts at its prefix, or at its word.
    #[test]
    fn match_starts() {
        fn en(text: &str) -> &str {
            let at = text.rfind("item").unwrap();
            &text[en_match_start(text, at)..]
        }
        assert_eq!(en("under provisional agenda item 3"), "provisional agenda item 3");
        assert_eq!(en("the Provisional\nAgenda\titems 2"), "Provisional\nAgenda\titems 2");
        assert_eq!(en("see sub-item 2 (a)"), "sub-item 2 (a)");
        assert_eq!(en("agenda subitem 4"), "agenda subitem 4");
        assert_eq!(en("and item 4"), "item 4");
        assert_eq!(en("agendaitem 4"), "item 4");
        fn zh(text: &str) -> &str {
            let at = text.rfind('项').unwrap();
            &text[zh_match_start(text, at)..]
        }
        assert_eq!(zh("见临时议程* 项目 4"), "临时议程* 项目 4");
        assert_eq!(zh("议程\n项目 4"), "议程\n项目 4");
        assert_eq!(zh("议程*项目 4"), "项目 4");
        assert_eq!(zh("附加说明的临时项目清单项目 2"), "附加说明的临时项目清单项目 2");
        assert_eq!(zh("在分项目 (a)"), "分项目 (a)");
        assert_eq!(zh("在项目 3 下"), "项目 3 下");
    }

    fn refs(text: &str, language: Language) -> Vec<(String, Vec<String>)> {
        find_agenda_refs(&Document { text, language })
            .into_iter()
            .map(|a| {
                let Value::AgendaRef(v) = a.value else { panic!("not a ref") };
                (text[a.span.range()].to_owned(), v.items)
            })
            .collect()
    }

    /// Texts, each with the references found in it: span text and items.
    type Cases<'a> = &'a [(&'a str, &'a [(&'a str, &'a [&'a str])])];

    #[test]
    fn chinese_references() {
        let cases: Cases = &[
            ("联合审议议程项目 3 和 4。", &[("议程项目 3 和 4", &["3", "4"])]),
            ("秘书长关于本组织工作的报告[项目 110]", &[("项目 110", &["110"])]),
            ("选举［项目 12 和 13］", &[("项目 12 和 13", &["12", "13"])]),
            ("援助（项目 3）已完成", &[]),
            ("审议了第十三届会议议程项目 2、3、7。", &[("议程项目 2、3、7", &["2", "3", "7"])]),
            ("联合审议了其议程中的项目 4、5、6。", &[("项目 4、5、6", &["4", "5", "6"])]),
            ("工作组第十七次会议议程项目 2 至 5 一起讨论", &[("议程项目 2 至 5", &["2", "3", "4", "5"])]),
            ("题为“一般性讨论”的分项目 1(f)列入", &[("分项目 1(f)", &["1(f)"])]),
            ("在临时议程项目 1(f)下进行", &[("临时议程项目 1(f)", &["1(f)"])]),
            ("在审议议程分项目 8(b)时", &[("议程分项目 8(b)", &["8(b)"])]),
            ("临时议程*项目6\n\n国际合作", &[("临时议程*项目6", &["6"])]),
            ("临时议程**项目 4\n财务和预算事项", &[("临时议程**项目 4", &["4"])]),
            ("临时议程＊项目 4", &[("临时议程＊项目 4", &["4"])]),
            ("议程项目 2、3、4 和 5 将", &[("议程项目 2、3、4 和 5", &["2", "3", "4", "5"])]),
            ("安全理事会审议了议程项目 12（c）。", &[("议程项目 12（c）", &["12(c)"])]),
            // Must not match.
            ("在本项目下，缔约国会议不妨审议任何其他事项。", &[]),
            ("秘书处执行了 3 个技术援助项目。", &[]),
            ("该国实施了项目 3 个。", &[]),
            ("题为“其他事项”的项目。", &[]),
            ("已完成项目 12 次评估。", &[]),
            ("该项目 5 年期间共培训了 200 名官员。", &[]),
            ("项目 3 万美元由捐助方提供，项目 2 周内完成。", &[]),
            // `时` after the number is "when", no unit.
            ("审议组在议程项目 4 下听取了介绍，在审议项目 5 时休会。", &[("议程项目 4", &["4"]), ("项目 5", &["5"])]),
            ("议程项目 5 至 2", &[]),
            ("委员会审议了议程项目 68 的分项目(b)。", &[("议程项目 68 的分项目(b)", &["68(b)"])]),
            ("委员会审议了议程项目 5 下的分项目(a)和(c)。", &[("议程项目 5 下的分项目(a)和(c)", &["5(a)", "5(c)"])]),
            ("议程项目 27 分项目(a)和(b)", &[("议程项目 27 分项目(a)和(b)", &["27(a)", "27(b)"])]),
            ("议程项目 68 的分项目", &[("议程项目 68", &["68"])]),
            ("第七十八届会议\n临时项目清单*项目 68(b)\n消除种族主义", &[("临时项目清单*项目 68(b)", &["68(b)"])]),
            ("附加说明的临时项目清单项目 12", &[("附加说明的临时项目清单项目 12", &["12"])]),
            ("项目清单第 3 页", &[]),
            ("大会审议了议程项目 173。", &[("议程项目 173", &["173"])]),
            // A PDF line broken inside the word keeps the break in the span.
            ("完成在议程项\n目 2 至 5 下的工作", &[("议程项\n目 2 至 5", &["2", "3", "4", "5"])]),
            ("在分项\n\n目 3(b)下", &[("分项\n\n目 3(b)", &["3(b)"])]),
            ("议程项目 2020 年", &[]),
            ("发言者在项目 7 下作了发言。", &[("项目 7", &["7"])]),
            // In a document about its agenda, a bare item number is one of its items.
            ("临时议程\n\n委员会似宜审议项目 4(a)和(b)。", &[("项目 4(a)和(b)", &["4(a)", "4(b)"])]),
            ("委员会似宜审议项目 4(a)和(b)。", &[]),
            ("临时议程\n\n该国实施了项目 3 个。", &[]),
            ("议程已通过。项目 1 在肯尼亚实施，项目 2 由开发署执行。", &[]),
            ("议程已通过。各国答复了调查问卷项目 3 和 4 以及自评清单项目 12；预算项目 2 被削减。", &[]),
            ("议程已通过。技术援助项目 3 已完成，委员会审议了议程项目 3。", &[("议程项目 3", &["3"])]),
            ("议程已通过。委员会在审议项目 2 时讨论了《公约》实施情况。", &[("项目 2", &["2"])]),
            ("在议程分项目 1(a)和(b)下", &[("议程分项目 1(a)和(b)", &["1(a)", "1(b)"])]),
            ("议程项目 2、3 和\n\n4 一起", &[("议程项目 2、3 和\n\n4", &["2", "3", "4"])]),
            ("委员会将在项目3(a)㈠下审议", &[("项目3(a)㈠", &["3(a)(i)"])]),
            ("在议程项目 4 (a) 至 (c) 下", &[("议程项目 4 (a) 至 (c)", &["4(a)", "4(b)", "4(c)"])]),
            ("在议程项目 4 (c) 至 (a) 下", &[("议程项目 4 (c) 至 (a)", &["4(c)", "4(a)"])]),
            ("还将审议议程分项目 3(a)(ii)和 3(b)。", &[("议程分项目 3(a)(ii)和 3(b)", &["3(a)(ii)", "3(b)"])]),
            // An item counted with an ordinal: `第…项`.
            ("在议程第 3 项下，委员会审议了临时议程第 3 项。", &[("议程第 3 项", &["3"]), ("临时议程第 3 项", &["3"])]),
            ("议程第 4(a) 项和议程项目 5", &[("议程第 4(a) 项", &["4(a)"]), ("议程项目 5", &["5"])]),
            ("审议议程第3项和第4项", &[("议程第3项和第4项", &["3", "4"])]),
            ("议程第 2 至 4 项", &[("议程第 2 至 4 项", &["2", "3", "4"])]),
            ("议程第 2 项至第 4 项和第 6 项", &[("议程第 2 项至第 4 项和第 6 项", &["2", "3", "4", "6"])]),
            ("议程第三项和议程第十二项至第十四项", &[("议程第三项", &["3"]), ("议程第十二项至第十四项", &["12", "13", "14"])]),
            ("议程第 3 项目、议程第 3 段、议程第三段", &[]),
            // Full-width digits and no-break or ideographic spaces, as pasted from PDFs and Word.
            ("审议议程项目３和４。", &[("议程项目３和４", &["3", "4"])]),
            ("议程项目\u{a0}3 和\u{3000}４（b）", &[("议程项目\u{a0}3 和\u{3000}４（b）", &["3", "4(b)"])]),
            ("议程项目\u{3000}２至５", &[("议程项目\u{3000}２至５", &["2", "3", "4", "5"])]),
            ("议程第\u{a0}３\u{a0}项", &[("议程第\u{a0}３\u{a0}项", &["3"])]),
            ("议程项目３．１和议程项目３／４", &[]),
            ("议程项目３（ａ）和（ｂ）以及议程项目 68 的分项目（ｃ）", &[("议程项目３（ａ）和（ｂ）", &["3(a)", "3(b)"]), ("议程项目 68 的分项目（ｃ）", &["68(c)"])]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, Vec<String>)> =
                want.iter().map(|(s, i)| (s.to_string(), i.iter().map(|x| x.to_string()).collect())).collect();
            assert_eq!(refs(text, Language::Chinese), want, "{text}");
        }
    }

    #[test]
    fn english_references() {
        let cases: Cases = &[
            ("The Conference considered agenda item 3.", &[("agenda item 3", &["3"])]),
            // A Journal's bracket after a meeting's title, in a text that never says `agenda`.
            ("Report of the Secretary-General on the work of the Organization [item 110]", &[("item 110", &["110"])]),
            ("Elections [items 12 and 13]", &[("items 12 and 13", &["12", "13"])]),
            ("(a bracketed remark) item 4 was", &[]),
            ("Agenda items 4 and 5 will be taken up jointly.", &[("Agenda items 4 and 5", &["4", "5"])]),
            ("under sub-item 1 (f) of the agenda", &[("sub-item 1 (f) of the agenda", &["1(f)"])]),
            ("Item 6 of the provisional agenda*", &[("Item 6 of the provisional agenda", &["6"])]),
            ("together with agenda items 2 to 5 of the Working Group", &[("agenda items 2 to 5", &["2", "3", "4", "5"])]),
            ("Under item 7, the Group heard", &[("item 7", &["7"])]),
            ("agenda items 2, 3 and 7", &[("agenda items 2, 3 and 7", &["2", "3", "7"])]),
            ("Agenda items 2 \n\nand 3 will be", &[("Agenda items 2 \n\nand 3", &["2", "3"])]),
            ("agenda item 3\n\n4. Prevention", &[("agenda item 3", &["3"])]),
            ("Under agenda item 3, 14 speakers took the floor.", &[("agenda item 3", &["3"])]),
            ("The Assembly considered agenda item 132 (b).", &[("agenda item 132 (b)", &["132(b)"])]),
            ("under agenda items 3 (a) and (b)", &[("agenda items 3 (a) and (b)", &["3(a)", "3(b)"])]),
            ("under agenda items 4 (a)–(c)", &[("agenda items 4 (a)–(c)", &["4(a)", "4(b)", "4(c)"])]),
            // A singular item with its own letters after it.
            ("together with agenda item 9 (a) to (c).", &[("agenda item 9 (a) to (c)", &["9(a)", "9(b)", "9(c)"])]),
            ("under agenda item 4 (a) and (b), 14 speakers", &[("agenda item 4 (a) and (b)", &["4(a)", "4(b)"])]),
            // A reversed range of letters names the two letters only.
            ("under agenda items 4 (c)–(a)", &[("agenda items 4 (c)–(a)", &["4(c)", "4(a)"])]),
            ("agenda items 8 through 10", &[("agenda items 8 through 10", &["8", "9", "10"])]),
            ("under agenda item 5 (a) (iii)", &[("agenda item 5 (a) (iii)", &["5(a)(iii)"])]),
            ("The agenda is annexed. The Group will consider items 4 and 5 jointly.", &[("items 4 and 5", &["4", "5"])]),
            // Must not match.
            ("The budget has 12 items 3 of which are new.", &[]),
            ("Under the agenda, line item 4 of the budget was cut.", &[]),
            ("On the agenda: 12 items 3 of which are new.", &[]),
            ("line item 4 of the budget", &[]),
            ("The agenda is annexed. The State reported on item 5 of the self-assessment checklist.", &[]),
            ("The agenda is annexed. States answered items 1 to 3 of annex I and item 2 of table 4.", &[]),
            ("The agenda is annexed. It went on with item 2 of the\nagenda.", &[("item 2", &["2"])]),
            ("The agenda is annexed. Under items 4 and 5 of its provisional agenda, it met.", &[("items 4 and 5 of its provisional agenda", &["4", "5"])]),
            ("The agenda is annexed. Consider items 3 and 4 of the recommendations.", &[]),
            ("The agenda is annexed. Project item 2 funded trainings.", &[]),
            ("The agenda is annexed. Under item 3 of the draft agenda, the Group", &[("item 3", &["3"])]),
            ("Sixty items were sold.", &[]),
            ("see agenda item 5.3 of the manual", &[]),
            ("Annotations\n\nItem 1. Organizational and procedural matters\n", &[]),
            // A reference that a PDF line starts and a dot ends is no heading.
            ("considered together, followed by\nagenda item 20.\nNext", &[("agenda item 20", &["20"])]),
            ("followed by\n\tagenda items 20 and 22 (b).", &[("agenda items 20 and 22 (b)", &["20", "22(b)"])]),
            ("Annotations\n\nItem 2.\tReview of implementation\n", &[]),
            ("The agenda is short. The Council considered item 1.", &[("item 1", &["1"])]),
            ("Vienna, 13–17 March 2023\nItem 1 of the provisional agenda\nElection of officers", &[("Item 1 of the provisional agenda", &["1"])]),
            ("Geneva, 2023\r\nItems 4 and 5 of the provisional agenda", &[("Items 4 and 5 of the provisional agenda", &["4", "5"])]),
            ("Under sub-item 4 (b), the Commission will", &[("sub-item 4 (b)", &["4(b)"])]),
            ("There were 3\titems 4 of which", &[]),
            ("under sub-item (b) of agenda item 68, the Committee", &[("sub-item (b) of agenda item 68", &["68(b)"])]),
            ("The Committee considered item 27 of its agenda.", &[("item 27 of its agenda", &["27"])]),
            ("sub-items (a) and (b) of agenda item 27", &[("sub-items (a) and (b) of agenda item 27", &["27(a)", "27(b)"])]),
            // The sub-items named after the item, set off by a comma.
            ("under agenda item 2, sub-items (a) and (b).", &[("agenda item 2, sub-items (a) and (b)", &["2(a)", "2(b)"])]),
            ("agenda item 4, sub-item (c), was", &[("agenda item 4, sub-item (c)", &["4(c)"])]),
            // Letters of an item that already has one, or of a list, are not taken.
            ("sub-item (b) of agenda item 68 (a)", &[("agenda item 68 (a)", &["68(a)"])]),
            ("paragraph (b) of agenda item 68", &[("agenda item 68", &["68"])]),
            ("Seventy-eighth session\nItem 68 (b) of the preliminary list*\nElimination of racism", &[("Item 68 (b) of the preliminary list", &["68(b)"])]),
            ("Items 12 and 13 of the annotated preliminary list", &[("Items 12 and 13 of the annotated preliminary list", &["12", "13"])]),
            // A list that is not the Assembly's: the count stays out.
            ("The report lists 12 items of the preliminary list.", &[]),
            // A date on the next line is not an item of the list.
            ("The agenda is annexed.\n\nItem 1\n16 June 2023\n", &[("Item 1", &["1"])]),
            ("The agenda: items 1 and\n16 June 2023 was the date.", &[("items 1", &["1"])]),
            ("under agenda items 3, 4 and\n16 June 2023", &[("agenda items 3, 4", &["3", "4"])]),
            ("The agenda.\nItems\n16 June 2023", &[]),
            // A table's `Item` column heading, its rows below.
            ("Organization of work (agenda)\nDate\tItem\n16 June 2023\t1\n", &[]),
            ("Provisional agenda\nItem\n1\tAdoption of the agenda\n", &[]),
            ("Agenda\nItem\t3\tTitle\n", &[]),
            // A line break in running text is not a cell.
            ("The Council considered agenda item\n3 at its meeting.", &[("agenda item\n3", &["3"])]),
            // No-break spaces and full-width digits.
            ("The Council considered agenda item\u{a0}3.", &[("agenda item\u{a0}3", &["3"])]),
            ("under agenda items\u{a0}４ and\u{a0}５", &[("agenda items\u{a0}４ and\u{a0}５", &["4", "5"])]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, Vec<String>)> =
                want.iter().map(|(s, i)| (s.to_string(), i.iter().map(|x| x.to_string()).collect())).collect();
            assert_eq!(refs(text, Language::English), want, "{text}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "项目", "议程项目 ", "agenda item", "项目 99(z)\u{0}", "議程項目 3"] {
            let _ = refs(text, Language::Chinese);
            let _ = refs(text, Language::English);
        }
    }
}
