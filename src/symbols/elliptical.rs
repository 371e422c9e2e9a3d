//! Addenda and corrigenda named after a symbol without repeating it.
//!
//! `CAC/COSP/IRG/2023/2 and Corr.1` names two documents, the report and its
//! corrigendum `CAC/COSP/IRG/2023/2/Corr.1`; `CAC/COSP/WG.4/2023/L.1/Add.1–3`
//! and `CAC/COSP/IRG/2022/L.1/Add.5 至 Add.9` name ranges of addenda. Each
//! modifier the text writes gets its own annotation, its span the modifier
//! alone (`Corr.1`, `3`, `Add.9`), so every written document is linkable:
//! a modifier of the kind the symbol ends with replaces it (`Add.1` → `Add.3`),
//! another kind is appended (`…/Add.1 and Corr.1` → `…/Add.1/Corr.1`).
//! A range of running numbers (`CAC/COSP/2023/2–4`, `…/CRP.1–CRP.4`,
//! `…/L.1 至 L.3`) names its last number; a type written again after a
//! joiner names one more document (`…/CRP.1 and CRP.2`). A bare number after `and` ends a list of modifiers
//! (`A/78/275 and Add.1 and 2`, `…/2 和 Corr.1 和 2` before a table's tab) or
//! of a type's numbers (`…/CRP.2 and 3`), and a line may break after the joiner word
//! (`… and\nCorr.1`).
//!
//! Left out: the addenda a range implies without writing them (`Add.2` of
//! `Add.1–3` has no text to carry it), bare numbers after a comma (`Add.1,
//! 2` is too ambiguous) or before a capital (`Add.1 and 2 May`). In markdown, the modifier may
//! be a link of its own: `[…/Add.5](#) 至 [Add.9](#)`.

use super::grammar::{self, Parsed};

/// How many bytes of separator are read between a symbol and its elliptical
/// modifier; keeps the scan linear.
const SEPARATOR_REACH: usize = 16;

/// Words that join a symbol to the next modifier, with whether they mark a
/// range (after which a bare number is an addendum: `Add.1 to 3`).
const JOINERS: &[(&str, bool)] = &[
    ("and", false),
    ("or", false),
    ("to", true),
    ("through", true),
    ("和", false),
    ("及", false),
    ("与", false),
    ("至", true),
    ("到", true),
    ("–", true),
    ("—", true),
    ("-", true),
    ("、", false),
    ("，", false),
    (",", false),
];

/// How far a markdown link's target (`](#)`) is read past, in bytes.
const LINK_REACH: usize = 80;

/// An elliptical modifier found after a symbol: its span in bytes and the
/// full symbol it names.
#[derive(Clone, Debug, PartialEq)]
pub struct Elliptical {
    /// Byte offset where the modifier starts.
    pub start: usize,
    /// Byte offset after it.
    pub end: usize,
    /// The symbol it names, with the modifier put in place.
    pub parsed: Parsed,
}

/// The elliptical modifier that follows `base`, whose span ends at byte
/// `after` of `text`, if one does. O(`SEPARATOR_REACH` + the modifier).
pub fn next_after(text: &str, after: usize, base: &Parsed) -> Option<Elliptical> {
    if base.parts.modifiers.is_empty() {
        if let Some(range) = number_range(text, after, base) {
            return Some(range);
        }
    }
    let last = base.parts.modifiers.last();
    let (at, range) = separator(text, after)?;
    let rest = &text[at..];
    let head_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let head = &rest[..head_len];
    let (kind, digits_at) = if head_len == 0 {
        // `Add.1–3`: a bare number continues a range of the last modifier;
        // so does one after `and` that ends the list (`Add.1 and 2`).
        let kind = last.filter(|_| range || (joiner_word(text, after, at) && ends_list(text, at)))?.split('.').next()?;
        (kind, at)
    } else {
        (head, at + head_len + rest[head_len..].strip_prefix('.').map(|_| 1)?)
    };
    if !grammar::is_modifier(kind) {
        return None;
    }
    let digits = text[digits_at..].bytes().take(6).take_while(u8::is_ascii_digit).count();
    let end = digits_at + digits;
    let glued = text[end..].bytes().next().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'/' || (b == b'.' && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())));
    if digits == 0 || glued {
        return None;
    }
    let modifier = format!("{kind}.{}", &text[digits_at..end]);
    let mut parts = base.parts.clone();
    let mut symbol = base.symbol.clone();
    if last.is_some_and(|m| m.split('.').next() == Some(kind)) {
        let old = parts.modifiers.pop().unwrap_or_default();
        let kept = symbol.strip_suffix(old.as_str()).map_or(symbol.len(), str::len);
        symbol.truncate(kept);
    } else {
        symbol.push('/');
    }
    symbol.push_str(&modifier);
    parts.modifiers.push(modifier);
    Some(Elliptical { start: at, end, parsed: Parsed { len: end - at, symbol, parts } })
}

/// The end of a range of running numbers written with an en dash (or,
/// after a year, a hyphen) right after the symbol, `CAC/COSP/2023/2–4` → `CAC/COSP/2023/4`: only a larger
/// number glued to the dash, so that `…/2 – 3 p.m.` stays out. After any
/// other joiner the document type must be written again: `…/L.1 至 L.3`,
/// `…/CRP.1 and CRP.2` (a list, where the number need not grow), unless a
/// bare number after `and` ends the list (`…/CRP.2 and 3`).
fn number_range(text: &str, after: usize, base: &Parsed) -> Option<Elliptical> {
    let from: u32 = base.parts.number.as_deref()?.parse().ok()?;
    let glued_dash = ["–", "-"].into_iter().find(|d| text[after..].starts_with(d));
    let (start, range) = match glued_dash {
        Some(dash) => (after + dash.len(), true),
        None => separator(text, after)?,
    };
    // `…/CRP.1–CRP.4`: the document type written again after the dash,
    // which lets a hyphen mark the range too.
    let again = base.parts.doc_type.as_deref().filter(|t| t.ends_with('.') && text[start..].starts_with(t)).map_or(0, str::len);
    // A bare hyphen marks a range only after a year (`…/2024/3-5`), where
    // the grammar reads no number of combined reports (`CO/14-17`).
    let after_year = base.parts.session.as_deref().is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    // `…/CRP.2 and 3`: a bare number that ends the list after `and` names
    // one more document of the type (not `…/CRP.2 and 3 May`, nor `…/2 and 3`).
    let listed = again == 0
        && glued_dash.is_none()
        && base.parts.doc_type.as_deref().is_some_and(|t| t.ends_with('.'))
        && joiner_word(text, after, start)
        && ends_list(text, start);
    if again == 0 && !listed && (glued_dash.is_none() || glued_dash == Some("-") && !after_year) {
        return None;
    }
    let at = start + again;
    let digits = text[at..].bytes().take(6).take_while(u8::is_ascii_digit).count();
    let end = at + digits;
    let to: u32 = text[at..end].parse().ok()?;
    let rest = &text[end..];
    let glued = rest.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | ':')) || rest.strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let number = base.parts.number.as_deref()?;
    let stem = base.symbol.strip_suffix(number)?;
    if (range && to <= from) || glued {
        return None;
    }
    let mut parts = base.parts.clone();
    parts.number = Some(text[at..end].to_owned());
    let symbol = format!("{stem}{}", &text[at..end]);
    Some(Elliptical { start, end, parsed: Parsed { len: end - start, symbol, parts } })
}

/// True when the separator from `from` to `to` is `and` or `和`/`及` (not a
/// comma: `Add.1, 2` stays out).
fn joiner_word(text: &str, from: usize, to: usize) -> bool {
    matches!(text[from..to].trim_matches(|c: char| c.is_ascii_whitespace()), "and" | "和" | "及")
}

/// True when the bare number at `at` ends the list of modifiers: after it,
/// the end of the text, punctuation, or a word in lower case (`Add.1 and 2
/// were issued`); not a capital or a number (`Add.1 and 2 May`).
fn ends_list(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(|c: char| c.is_ascii_digit());
    // A tab ends a table's cell, whatever the next cell holds
    // (`…/2 和 Corr.1 和 2\t3\t秘书处的报告`: the next cell is the item).
    if rest.starts_with(['\t', '\n', '\r']) {
        return true;
    }
    let next = rest.trim_start_matches(' ').chars().next();
    !next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True for a joiner that is a word (`and`, `to`, `和`, `至`), not a mark.
fn is_word(joiner: &str) -> bool {
    joiner.as_bytes()[0].is_ascii_alphabetic() || matches!(joiner, "和" | "及" | "与" | "至" | "到")
}

/// The end of the separator that starts at byte `at` (blanks, then one
/// joiner, then blanks), and whether its joiner marks a range.
fn separator(text: &str, at: usize) -> Option<(usize, bool)> {
    let blanks = |i: usize| i + text[i..].bytes().take(SEPARATOR_REACH).take_while(|&b| b == b' ' || b == b'\t').count();
    // `[…/Add.5](#) 至 [Add.9](#)`: past the target of the symbol's markdown link.
    let at = match text[at..].strip_prefix("](") {
        Some(target) => at + 2 + target.bytes().take(LINK_REACH).position(|b| b == b')')? + 1,
        None => at,
    };
    let i = blanks(at);
    let rest = &text[i..];
    let &(word, range) = JOINERS.iter().find(|(w, _)| {
        rest.starts_with(w) && !(w.as_bytes()[0].is_ascii_alphabetic() && rest[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
    })?;
    let end = blanks(i + word.len());
    // `… and\nCorr.1`, `… 和\nCorr.1`: a line may break after a joiner word,
    // never before it.
    let end = match text[end..].strip_prefix("\r\n").or_else(|| text[end..].strip_prefix('\n')) {
        Some(next) if is_word(word) => blanks(text.len() - next.len()),
        _ => end,
    };
    let end = if text[end..].starts_with('[') { end + 1 } else { end };
    // A word joiner needs blank on its left too: `…/2 and`, not `…/2and`.
    let spaced = !word.as_bytes()[0].is_ascii_alphabetic() || i > at;
    (spaced && end - at <= SEPARATOR_REACH + word.len()).then_some((end, range))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The symbols named after the one at the start of `text`, each with its span.
    fn followers(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(mut base) = grammar::parse_at(text, 0) else { return out };
        let mut after = base.len;
        while let Some(next) = next_after(text, after, &base) {
            out.push(format!("{}={}", &text[next.start..next.end], next.parsed.symbol));
            after = next.end;
            base = next.parsed;
        }
        out
    }

    const CASES: &[(&str, &[&str])] = &[
        ("CAC/COSP/IRG/2023/2 and Corr.1.", &["Corr.1=CAC/COSP/IRG/2023/2/Corr.1"]),
        ("CAC/COSP/IRG/2023/2 和 Corr.1。", &["Corr.1=CAC/COSP/IRG/2023/2/Corr.1"]),
        ("CAC/COSP/IRG/2023/2和Corr.1", &["Corr.1=CAC/COSP/IRG/2023/2/Corr.1"]),
        ("CAC/COSP/WG.4/2023/L.1/Add.1–3)", &["3=CAC/COSP/WG.4/2023/L.1/Add.3"]),
        ("CAC/COSP/IRG/2022/L.1/Add.1-6）", &["6=CAC/COSP/IRG/2022/L.1/Add.6"]),
        ("CAC/COSP/IRG/2022/L.1/Add.5 至 Add.9", &["Add.9=CAC/COSP/IRG/2022/L.1/Add.9"]),
        ("A/76/251/Add.1 to 3", &["3=A/76/251/Add.3"]),
        ("A/76/251/Add.1, Add.2 and Add.4", &["Add.2=A/76/251/Add.2", "Add.4=A/76/251/Add.4"]),
        ("A/76/251/Add.1 and Corr.1", &["Corr.1=A/76/251/Add.1/Corr.1"]),
        ("A/76/251 and Add.1-2", &["Add.1=A/76/251/Add.1", "2=A/76/251/Add.2"]),
        ("CAC/COSP/IRG/2022/L.1/Add.5](#) 至 [Add.9](#)", &["Add.9=CAC/COSP/IRG/2022/L.1/Add.9"]),
        ("CAC/COSP/2021/2](https://undocs.org/en/CAC/COSP/2021/2) and [Corr.1](#)", &["Corr.1=CAC/COSP/2021/2/Corr.1"]),
        ("CAC/COSP/2021/6](#) 和 [CAC/COSP/2021/7](#)", &[]),
        // A range of running numbers: a larger number glued to an en dash.
        ("CAC/COSP/2023/2–4)", &["4=CAC/COSP/2023/4"]),
        ("CAC/COSP/2023/5–7.", &["7=CAC/COSP/2023/7"]),
        ("CAC/COSP/IRG/2024/3-5)", &["5=CAC/COSP/IRG/2024/5"]),
        ("CAC/COSP/IRG/2023/CRP.1–3 and Corr.1", &["3=CAC/COSP/IRG/2023/CRP.3", "Corr.1=CAC/COSP/IRG/2023/CRP.3/Corr.1"]),
        ("CAC/COSP/2023/4–2", &[]),
        ("CAC/COSP/2023/2–4.5", &[]),
        ("CAC/COSP/2023/2 – 4", &[]),
        // Not elliptical: a number after no modifier, after a plain comma,
        // a date, a word, another symbol, something glued.
        ("CAC/COSP/2021/2 and 3 May", &[]),
        ("CAC/COSP/2021/2 – 3 p.m.", &[]),
        ("A/76/251/Add.1, 2", &[]),
        ("A/76/251/Add.1 and Address", &[]),
        ("A/76/251/Add.1 and Corr.1b", &[]),
        ("A/76/251/Add.1 to 3/4", &[]),
        ("A/76/251 and A/76/252", &[]),
        ("A/76/251 brand Corr.1", &[]),
        ("A/76/251\nCorr.1", &[]),
        ("A/76/251,\nCorr.1", &[]),
        // A line broken after the joiner word, as PDF text does.
        ("A/76/251 and\nCorr.1", &["Corr.1=A/76/251/Corr.1"]),
        ("A/76/251 and\r\nCorr.1", &["Corr.1=A/76/251/Corr.1"]),
        ("CAC/COSP/2025/3 和\nCorr.1）", &["Corr.1=CAC/COSP/2025/3/Corr.1"]),
        ("CAC/COSP/IRG/2025/L.1 至\nL.3", &["L.3=CAC/COSP/IRG/2025/L.3"]),
        ("CAC/COSP/2025/3、\nCorr.1", &[]),
        // A bare number after `and` ends a list of addenda; not before a month or a capital.
        ("A/78/275 and Add.1 and 2.", &["Add.1=A/78/275/Add.1", "2=A/78/275/Add.2"]),
        ("A/78/275/Add.1 and 2 were issued", &["2=A/78/275/Add.2"]),
        ("A/78/275/Add.1 and 2 May", &[]),
        ("A/78/275/Add.1 and 2 Corr.1", &[]),
        // A tab ends the list, as a table's cell does; a space before the next number does not.
        ("CTOC/COP/2024/2 和 Corr.1 和 2\t3\t秘书处的报告", &["Corr.1=CTOC/COP/2024/2/Corr.1", "2=CTOC/COP/2024/2/Corr.2"]),
        ("A/78/275/Add.1 and 2\n", &["2=A/78/275/Add.2"]),
        ("A/78/275/Add.1 and 2 3", &[]),
        // A bare number after `and` names one more document of the type.
        ("E/CN.15/2025/CRP.2 and 3,", &["3=E/CN.15/2025/CRP.3"]),
        ("CAC/COSP/2025/L.4 和 5。", &["5=CAC/COSP/2025/L.5"]),
        ("CAC/COSP/2025/L.4 and 5 June", &[]),
        ("CAC/COSP/2025/L.4, 5", &[]),
        ("CAC/COSP/2025/4 and 5.", &[]),
        // The document type written again after the dash.
        ("CAC/COSP/IRG/2024/CRP.1–CRP.4\t", &["CRP.4=CAC/COSP/IRG/2024/CRP.4"]),
        ("CAC/COSP/IRG/2024/CRP.1-CRP.4.", &["CRP.4=CAC/COSP/IRG/2024/CRP.4"]),
        ("CAC/COSP/IRG/2024/L.2–L.5", &["L.5=CAC/COSP/IRG/2024/L.5"]),
        ("CAC/COSP/IRG/2024/CRP.4–CRP.1", &[]),
        // After a joiner word, only with the type written again.
        ("CAC/COSP/IRG/2025/L.1 至 L.3\t", &["L.3=CAC/COSP/IRG/2025/L.3"]),
        ("A/C.3/79/L.4 to L.6.", &["L.6=A/C.3/79/L.6"]),
        ("CAC/COSP/2025/CRP.1、CRP.3 和 CRP.5。", &["CRP.3=CAC/COSP/2025/CRP.3", "CRP.5=CAC/COSP/2025/CRP.5"]),
        ("CAC/COSP/IRG/2025/L.3 至 L.1", &[]),
        ("CAC/COSP/2025/4 至 6", &[]),
        ("CAC/COSP/2025/L.1 and Lima", &[]),
        // A hyphen alone after a year's number, too; not after a number with no year.
        ("CAC/COSP/2023/2-4", &["4=CAC/COSP/2023/4"]),
        ("CAC/COSP/2023/4-2", &[]),
    ];

    #[test]
    fn modifiers_named_after_a_symbol() {
        for &(text, expected) in CASES {
            assert_eq!(followers(text), expected, "{text}");
        }
    }
}
