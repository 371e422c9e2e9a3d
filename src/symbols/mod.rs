//! Document symbols, and the numbers of resolutions and decisions.
//!
//! Document symbols of any UN body (`CAC/COSP/IRG/2022/L.1/Add.9`,
//! `A/RES/73/191`, `E/CN.15/2021/L.1/Add.7`) are read by the grammar of
//! [`grammar`], wherever they stand: in brackets, in markdown links
//! (`[CAC/COSP/2021/2](#)` → the symbol alone) and inside URLs
//! (`http://undocs.org/CAC/COSP/EG.1/2019/4` → the symbol). The value links to
//! `https://undocs.org/<lang>/<symbol>` in the document's language. A symbol
//! typed in full-width forms (`ＣＡＣ／ＣＯＳＰ／２０２１／１`) is read too; its
//! value is in ASCII.
//!
//! Left out: job numbers (`V.21-07050`), barcodes, and slashed text that does
//! not start with a known series (`A/B`, `12/13/2021`).

mod bodies;
mod elliptical;
pub mod grammar;
pub mod resolutions;

use crate::model::{Annotation, SymbolValue, Value};
use crate::span::Span;
use crate::text::Document;

/// Finds the document symbols and resolution and decision numbers of `doc`.
/// Linear in the length of the text.
pub fn find_symbols(doc: &Document) -> Vec<Annotation> {
    let mut found = find_documents(doc);
    let documents: Vec<Span> = found.iter().map(|a| a.span).collect();
    // A number inside a document symbol (`A/RES/58/4`) is that symbol's part.
    found.extend(resolutions::find_resolutions(doc.text).into_iter().filter(|a| !overlaps_sorted(&documents, a.span)));
    found
}

/// True when `span` overlaps one of the sorted, disjoint `spans`.
fn overlaps_sorted(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= span.start);
    spans.get(i).is_some_and(|s| s.overlaps(span))
}

/// Finds document symbols. Each candidate start is an uppercase letter that is
/// not glued to a preceding word (a `/` counts as a separator only after a
/// lowercase URL segment such as `undocs.org/` or `/en/`); the grammar reads
/// at most a bounded number of bytes from it.
fn find_documents(doc: &Document) -> Vec<Annotation> {
    let text = doc.text;
    let bytes = text.as_bytes();
    let lang = doc.language.code();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let ascii = bytes[i].is_ascii_uppercase() && starts_symbol(bytes, i) && !in_link_target(bytes, i);
        // Full-width capitals `Ａ`–`Ｚ` are `EF BC A1`–`EF BC BA` in UTF-8.
        let here = if ascii {
            grammar::parse_at(text, i).map(|p| (p.len, p))
        } else if bytes[i] == 0xEF {
            full_width_at(text, i)
        } else {
            None
        };
        match here {
            Some((len, parsed)) => {
                let start = i;
                i += len;
                // `…/2 and Corr.1`, `…/Add.1–3`: the documents named after it.
                let mut followers = Vec::new();
                let mut last = parsed.clone();
                while let Some(next) = elliptical::next_after(text, i, &last) {
                    i = next.end;
                    last = next.parsed.clone();
                    followers.push(next);
                }
                found.push(document(lang, Span::new(start, start + len), parsed));
                for next in followers {
                    found.push(document(lang, Span::new(next.start, next.end), next.parsed));
                }
            }
            None => i += 1,
        }
    }
    found
}

/// The annotation of the document symbol `parsed` at `span`, linked in `lang`.
fn document(lang: &str, span: Span, parsed: grammar::Parsed) -> Annotation {
    let value = SymbolValue::Document {
        url: format!("https://undocs.org/{lang}/{}", parsed.symbol),
        symbol: parsed.symbol,
        parts: parsed.parts,
    };
    Annotation::new(span, Value::Symbol(value))
}

/// A character of a symbol typed in full-width forms: `Ａ`–`Ｚ`, `ａ`–`ｚ`,
/// `０`–`９`, `／`, `．`, `－`, `（`, `）`.
fn is_full_width_symbol_char(c: char) -> bool {
    matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' | '／' | '．' | '－' | '（' | '）')
}

/// The longest run of full-width characters read as one symbol.
const FULL_WIDTH_MAX: usize = 40;

/// A symbol typed in full-width forms at byte `i`, `ＣＡＣ／ＣＯＳＰ／２０２１／１`:
/// read by the grammar in ASCII (each of these characters is three bytes
/// and one in ASCII), and its length in bytes of `text`. Only a capital
/// that no Latin letter or digit, ASCII or full-width, `／`, `．` or `－`
/// precedes starts one.
fn full_width_at(text: &str, i: usize) -> Option<(usize, grammar::Parsed)> {
    let first = crate::text::char_at(text, i).filter(|c| matches!(c, 'Ａ'..='Ｚ'))?;
    if crate::text::char_before(text, i).is_some_and(|c| c.is_ascii_alphanumeric() || (is_full_width_symbol_char(c) && !matches!(c, '（' | '）'))) {
        return None;
    }
    let run_len: usize = text[i..].chars().take(FULL_WIDTH_MAX).take_while(|&c| is_full_width_symbol_char(c)).map(char::len_utf8).sum();
    let ascii = crate::numerals::to_halfwidth(&text[i..i + run_len]);
    let parsed = grammar::parse_at(&ascii, 0)?;
    let len = parsed.len * first.len_utf8();
    (text.is_char_boundary(i + len) && parsed.len > 0).then_some((len, parsed))
}

/// How far back, in bytes, a markdown link's target is looked for.
const LINK_REACH: usize = 80;

/// True when `i` is inside the target of a markdown link,
/// `[A/HRC/53/3](https://undocs.org/zh/A/HRC/53/3)`: markup around the
/// symbol its text shows, not another mention of it.
fn in_link_target(bytes: &[u8], i: usize) -> bool {
    let lo = i.saturating_sub(LINK_REACH);
    let url = bytes[lo..i].iter().rev().take_while(|b| !b.is_ascii_whitespace() && !matches!(b, b'(' | b')')).count();
    bytes[..i - url].ends_with(b"](")
}

/// True when a symbol may start at `i`: the byte before is not part of a word
/// or symbol, or is the `/` after a lowercase URL segment, or the `-` that
/// joins two symbols of one document (`E/2021/30-E/CN.15/2021/17`).
fn starts_symbol(bytes: &[u8], i: usize) -> bool {
    let Some(&before) = i.checked_sub(1).and_then(|p| bytes.get(p)) else { return true };
    let second = i.checked_sub(2).and_then(|p| bytes.get(p));
    if before == b'/' {
        return second.is_some_and(u8::is_ascii_lowercase);
    }
    if before == b'-' {
        return second.is_some_and(u8::is_ascii_digit);
    }
    !(before.is_ascii_alphanumeric() || matches!(before, b'.' | b'-' | b'_' | b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    /// Document symbols found in `text`, as `symbol|url`.
    fn documents(text: &str, language: Language) -> Vec<String> {
        find_symbols(&Document { text, language })
            .into_iter()
            .filter_map(|a| match a.value {
                Value::Symbol(SymbolValue::Document { symbol, url, .. }) => {
                    let span: String = crate::numerals::to_halfwidth(&text[a.span.range()]).split_whitespace().collect();
                    assert!(symbol.ends_with(&span), "{span} → {symbol}");
                    Some(format!("{symbol}|{url}"))
                }
                _ => None,
            })
            .collect()
    }

    const ZH: &[(&str, &[&str])] = &[
        ("缔约国会议将收到秘书处的说明（CAC/COSP/2021/2）。", &["CAC/COSP/2021/2"]),
        ("报告（[CAC/COSP/IRG/2021/6/Add.1](#)）", &["CAC/COSP/IRG/2021/6/Add.1"]),
        ("http://undocs.org/CAC/COSP/EG.1/2019/4\n", &["CAC/COSP/EG.1/2019/4"]),
        ("https://undocs.org/zh/A/RES/73/191。", &["A/RES/73/191"]),
        ("[CAC/COSP/2021/6](#) 和 [CAC/COSP/2021/7](#)", &["CAC/COSP/2021/6", "CAC/COSP/2021/7"]),
        // A markdown link's target is markup around the symbol it shows.
        ("见 [A/HRC/53/3](https://undocs.org/zh/A/HRC/53/3) 和 https://undocs.org/zh/A/HRC/53/4", &["A/HRC/53/3", "A/HRC/53/4"]),
        ("见 E/CN.15/2021/L.1/Add.7 号文件", &["E/CN.15/2021/L.1/Add.7"]),
        ("人权理事会的报告（A/HRC/49/2）", &["A/HRC/49/2"]),
        // Broken by the PDF's line wrap after a slash.
        ("见 CAC/COSP/EG.1/\n\n2019/4 号文件", &["CAC/COSP/EG.1/2019/4"]),
        ("结论和建议（CERD/C/CHN/CO/14-17）", &["CERD/C/CHN/CO/14-17"]),
        // After a year, two numbers joined by a hyphen are a range of documents.
        ("专题报告（CAC/COSP/IRG/2024/3-5）", &["CAC/COSP/IRG/2024/3", "CAC/COSP/IRG/2024/5"]),
        ("reports (CAC/COSP/2024/3-5).", &["CAC/COSP/2024/3", "CAC/COSP/2024/5"]),
        ("缔约方会议的报告（CTOC/COP/2020/10）", &["CTOC/COP/2020/10"]),
        // Not symbols: job number, a path of an unknown site, a date, a fraction.
        ("V.21-07050 (C)    061221    071221", &[]),
        ("https://www.unodc.org/documents/UNCAC/COSP/session9/x.pdf", &[]),
        ("2021/12/13 和 3/4", &[]),
        ("XCAC/COSP/2021/2", &[]),
        // Typed in full-width forms: the value in ASCII.
        ("秘书处的说明（ＣＡＣ／ＣＯＳＰ／２０２１／１）和ＣＡＣ／ＣＯＳＰ／ＩＲＧ／２０２２／１／Ａｄｄ．２。", &["CAC/COSP/2021/1", "CAC/COSP/IRG/2022/1/Add.2"]),
        ("ＸＣＡＣ／ＣＯＳＰ／２０２１／２和Ａ／Ｂ", &[]),
        ("（CAC/COSP/IRG/2022/L.1/Add.5 至 Add.9）", &["CAC/COSP/IRG/2022/L.1/Add.5", "CAC/COSP/IRG/2022/L.1/Add.9"]),
        // A volume in full-width brackets: the value in ASCII.
        ("审计委员会的报告（A/78/5（Vol. I））和（A/78/5 (Vol. II)）", &["A/78/5(Vol.I)", "A/78/5(Vol.II)"]),
    ];

    const EN: &[(&str, &[&str])] = &[
        ("See A/76/251 and A/76/251/Corr.1.", &["A/76/251", "A/76/251/Corr.1"]),
        ("Security Council resolution S/RES/2231 (2015)", &["S/RES/2231(2015)"]),
        ("(S/RES/2334(2016)) and S/RES/2720 (2023).", &["S/RES/2334(2016)", "S/RES/2720(2023)"]),
        ("(FCCC/SBI/2021/INF.1; UNEP/EA.5/Res.1)", &["FCCC/SBI/2021/INF.1", "UNEP/EA.5/Res.1"]),
        ("report E/2021/30, TD/B/68/3, UNW/2021/1 and DP/2021/1.", &["E/2021/30", "TD/B/68/3", "UNW/2021/1", "DP/2021/1"]),
        ("ICCD/COP(15)/21 and S/PV.9000", &["ICCD/COP(15)/21", "S/PV.9000"]),
        ("(E/2021/30-E/CN.15/2021/17)", &["E/2021/30", "E/CN.15/2021/17"]),
        ("GE.22-04567(E) and V.21-07050", &[]),
        ("ECE/TRANS/WP.29/1159 and A/CONF.234/7", &["ECE/TRANS/WP.29/1159", "A/CONF.234/7"]),
        ("UNEP/CBD/COP/DEC/XIII/1, CRC/C/GC/25 and E/C.12/GC/24", &["UNEP/CBD/COP/DEC/XIII/1", "CRC/C/GC/25", "E/C.12/GC/24"]),
        ("(E/INCB/2022/1) and INCB/2022/1; UNEP/EA.5/Res.3", &["E/INCB/2022/1", "INCB/2022/1", "UNEP/EA.5/Res.3"]),
        ("A/B testing, TCP/IP and I/O", &[]),
        ("Board of Auditors (A/78/5 (Vol. I)) and the budget (A/79/6 (Sect. 16)).", &["A/78/5(Vol.I)", "A/79/6(Sect.16)"]),
        // Elliptical addenda and corrigenda: one annotation per written document.
        ("(CAC/COSP/IRG/2023/2 and Corr.1)", &["CAC/COSP/IRG/2023/2", "CAC/COSP/IRG/2023/2/Corr.1"]),
        ("CAC/COSP/WG.4/2023/L.1/Add.1–3", &["CAC/COSP/WG.4/2023/L.1/Add.1", "CAC/COSP/WG.4/2023/L.1/Add.3"]),
    ];

    #[test]
    fn document_symbols_in_running_text() {
        for (cases, language) in [(ZH, Language::Chinese), (EN, Language::English)] {
            for &(text, expected) in cases {
                let want: Vec<String> =
                    expected.iter().map(|s| format!("{s}|https://undocs.org/{}/{s}", language.code())).collect();
                assert_eq!(documents(text, language), want, "{text}");
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "A", "A/", "/A/1", "A/1/\u{0}", "CAC/COSP/2021/2\u{1F600}", "A/(((((1", "A/76/1/Add.1/Add."] {
            let _ = documents(text, Language::English);
        }
    }
}
