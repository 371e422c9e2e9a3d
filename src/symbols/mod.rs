//! Document symbols, and the numbers of resolutions and decisions.
//!
//! Document symbols of any UN body (`CAC/COSP/IRG/2022/L.1/Add.9`,
//! `A/RES/73/191`, `E/CN.15/2021/L.1/Add.7`) are read by the grammar of
//! [`grammar`], wherever they stand: in brackets, in markdown links
//! (`[CAC/COSP/2021/2](#)` → the symbol alone; a link whose text is words
//! gives the symbol of its target) and inside URLs
//! (`http://undocs.org/CAC/COSP/EG.1/2019/4` → the symbol). The value links to
//! `https://undocs.org/<lang>/<symbol>` in the document's language. A symbol
//! typed in full-width forms (`ＣＡＣ／ＣＯＳＰ／２０２１／１`) or in mixed widths
//! (`A／78／133`) is read too; its value is in ASCII.
//!
//! A PDF may glue a footnote mark to the symbol before it (`A/78/1329` for
//! `A/78/132` and mark 9). Where the symbol ends a line or comes before a
//! space or a punctuation mark, the mark cannot be told from a last digit
//! in general; it is cut off only where the document decides it: the
//! footnote that the mark opens cites the symbol without it (`9 A/78/132.`
//! at the foot of the page, after the mark), and the symbol with the mark
//! is written only once. Otherwise the digits stay (`A/78/13` and
//! `A/78/132` are both real symbols, and a footnote 2 elsewhere says nothing).
//!
//! A resolution's title that repeats its symbol's number (`80/188．预防…`
//! under `A/RES/80/188`) names that resolution (see [`own`]).
//!
//! Left out: job numbers (`V.21-07050`), barcodes, and slashed text that does
//! not start with a known series (`A/B`, `12/13/2021`).

mod bodies;
mod elliptical;
pub mod grammar;
mod own;
pub mod resolutions;

use std::collections::HashMap;

use crate::model::{Annotation, SymbolParts, SymbolValue, Value};
use crate::span::Span;
use crate::text::Document;

/// Finds the document symbols and resolution and decision numbers of `doc`.
/// Linear in the length of the text.
pub fn find_symbols(doc: &Document) -> Vec<Annotation> {
    let mut found = find_documents(doc);
    let documents: Vec<Span> = found.iter().map(|a| a.span).collect();
    // A number inside a document symbol (`A/RES/58/4`) is that symbol's part.
    let cited: Vec<&SymbolParts> = found
        .iter()
        .filter_map(|a| match &a.value {
            Value::Symbol(SymbolValue::Document { parts, .. }) => Some(parts),
            _ => None,
        })
        .collect();
    let numbers = resolutions::find_resolutions(doc.text, &cited);
    found.extend(numbers.into_iter().filter(|a| !overlaps_sorted(&documents, a.span)));
    // `80/188．预防…` under `A/RES/80/188`: the resolution the text is.
    if let Some(own) = own::own_number(doc.text, &found[..documents.len()]) {
        if !found.iter().any(|a| a.span.overlaps(own.span)) {
            found.push(own);
        }
    }
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
            let narrow = grammar::parse_at(text, i).map(|p| (p.len, p));
            // `A／78／133`: ASCII letters, full-width slashes.
            let wide = if goes_on_in_full_width(text, i) { full_width_at(text, i) } else { None };
            match (narrow, wide) {
                (Some(n), Some(w)) => Some(if w.0 > n.0 { w } else { n }),
                (n, w) => n.or(w),
            }
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
    cut_footnote_marks(text, lang, &mut found);
    found
}

/// The symbols that footnotes cite, by (mark, symbol), with where the footnote starts.
type Footnotes<'a> = HashMap<(&'a str, &'a str), usize>;

/// The most digits a footnote mark has.
const MARK_DIGITS: usize = 2;

/// Cuts a glued footnote mark off the symbols that the document shows to
/// carry one (see the module doc). One pass over the lines, made only
/// when a symbol may carry a mark.
fn cut_footnote_marks(text: &str, lang: &str, found: &mut [Annotation]) {
    let mut cited: Option<(Footnotes, HashMap<&str, usize>)> = None;
    for i in 0..found.len() {
        let span = found[i].span;
        let Some(symbol) = text.get(span.range()).filter(|_| ends_before_a_break(text, span.end)) else { continue };
        let (footnotes, counts) = cited.get_or_insert_with(|| (symbols_cited_in_footnotes(text, found), written_counts(text, found)));
        // A symbol written twice is one in its own right: a mark is glued once.
        if counts.get(symbol).is_some_and(|&n| n > 1) {
            continue;
        }
        // The footnote comes after its mark.
        let cites = |key: &(&str, &str)| footnotes.get(&(key.1, key.0)).is_some_and(|&at| at > span.end);
        let Some(short) = (1..=MARK_DIGITS).find_map(|cut| without_mark(symbol, cut).filter(cites)) else { continue };
        let end = span.start + short.0.len();
        if let Some(parsed) = text.get(..end).and_then(|head| grammar::parse_at(head, span.start)).filter(|p| p.len == end - span.start) {
            found[i] = document(lang, Span::new(span.start, end), parsed);
        }
    }
}

/// True when a space, a line end, a punctuation mark or the end of the text
/// follows byte `end`: where a glued mark ends.
fn ends_before_a_break(text: &str, end: usize) -> bool {
    text[end..].chars().next().is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | '(')))
}

/// `symbol` without its last `cut` digits, and those digits, when they may
/// be a mark (no leading zero) and a digit stays before them.
fn without_mark(symbol: &str, cut: usize) -> Option<(&str, &str)> {
    let at = symbol.len().checked_sub(cut)?;
    let (short, mark) = (symbol.get(..at)?, symbol.get(at..)?);
    let digits = mark.bytes().all(|b| b.is_ascii_digit()) && !mark.starts_with('0');
    (digits && short.ends_with(|c: char| c.is_ascii_digit())).then_some((short, mark))
}

/// How many times each symbol of `found` is written, as written.
fn written_counts<'a>(text: &'a str, found: &[Annotation]) -> HashMap<&'a str, usize> {
    let mut counts = HashMap::new();
    for symbol in found.iter().filter_map(|a| text.get(a.span.range())) {
        *counts.entry(symbol).or_insert(0) += 1;
    }
    counts
}

/// The (mark, symbol) pairs of the footnotes that cite a symbol, with where
/// the last such footnote starts: the line `9 A/78/132.` gives ("9",
/// "A/78/132"). `found` is in text order.
fn symbols_cited_in_footnotes<'a>(text: &'a str, found: &[Annotation]) -> Footnotes<'a> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(mark) = footnote_mark(line) {
            lines.push((at, at + line.len(), mark));
        }
        at += line.len();
    }
    found
        .iter()
        .filter_map(|a| {
            let i = lines.partition_point(|(_, end, _)| *end <= a.span.start);
            let (start, _, mark) = lines.get(i).filter(|(start, _, _)| *start <= a.span.start)?;
            Some(((*mark, text.get(a.span.range())?), *start))
        })
        .collect()
}

/// The mark that opens a footnote line (`9 A/78/132.`, ` 12\tSee …`): one
/// or two digits, then a blank and text that is not another number.
fn footnote_mark(line: &str) -> Option<&str> {
    let line = line.trim_start_matches([' ', '\t']);
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    let opens = (1..=MARK_DIGITS).contains(&digits) && rest.starts_with([' ', '\t']);
    (opens && rest.trim_start().starts_with(|c: char| !c.is_ascii_digit())).then(|| &line[..digits])
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

/// A character of a symbol typed in ASCII: a letter, a digit, `.`, `/`, `-`, `(`, `)`.
fn is_ascii_symbol_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-' | '(' | ')')
}

/// The longest run of characters read as one symbol in full-width or mixed forms.
const FULL_WIDTH_MAX: usize = 40;

/// True when the ASCII letters and digits at byte `i` go on with a
/// full-width `／`, `．` or `－` (`A／78／133`): a symbol in mixed widths.
fn goes_on_in_full_width(text: &str, i: usize) -> bool {
    let run = text.as_bytes()[i..].iter().take(FULL_WIDTH_MAX).take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'/' | b'-')).count();
    text[i + run..].starts_with(['／', '．', '－'])
}

/// A symbol typed in full-width or mixed forms at byte `i`,
/// `ＣＡＣ／ＣＯＳＰ／２０２１／１`, `A／78／133`: read by the grammar in ASCII,
/// and its length in bytes of `text`. Only a capital that no Latin letter
/// or digit, ASCII or full-width, `／`, `．` or `－` precedes starts one.
fn full_width_at(text: &str, i: usize) -> Option<(usize, grammar::Parsed)> {
    crate::text::char_at(text, i).filter(|&c| matches!(c, 'Ａ'..='Ｚ' | 'A'..='Z'))?;
    if crate::text::char_before(text, i).is_some_and(|c| c.is_ascii_alphanumeric() || (is_full_width_symbol_char(c) && !matches!(c, '（' | '）'))) {
        return None;
    }
    // Where each character of the run starts in `text`, then where the run ends.
    let mut starts: Vec<usize> = text[i..]
        .char_indices()
        .take(FULL_WIDTH_MAX)
        .take_while(|&(_, c)| is_full_width_symbol_char(c) || is_ascii_symbol_char(c))
        .map(|(p, _)| i + p)
        .collect();
    let run_end = starts.last().map_or(i, |&s| s + crate::text::char_at(text, s).map_or(0, char::len_utf8));
    starts.push(run_end);
    let ascii = crate::numerals::to_halfwidth(&text[i..run_end]);
    let parsed = grammar::parse_at(&ascii, 0)?;
    // Each character of the run is one byte in ASCII.
    let end = *starts.get(parsed.len)?;
    (parsed.len > 0).then_some((end - i, parsed))
}

/// How far back, in bytes, a markdown link's target is looked for.
const LINK_REACH: usize = 80;

/// How far back, in bytes, a markdown link's text is read from its `](`.
const LINK_TEXT_REACH: usize = 240;

/// True when `i` is inside the target of a markdown link whose text shows
/// a symbol, `[A/HRC/53/3](https://undocs.org/zh/A/HRC/53/3)`: markup around
/// the symbol its text shows, not another mention of it. The target of a
/// link whose text is words (`[the report of the Board](https://undocs.org/en/E/INCB/2025/1)`)
/// is the only mention of its symbol, as a bare URL's is.
fn in_link_target(bytes: &[u8], i: usize) -> bool {
    let lo = i.saturating_sub(LINK_REACH);
    let url = bytes[lo..i].iter().rev().take_while(|b| !b.is_ascii_whitespace() && !matches!(b, b'(' | b')')).count();
    let Some(head) = bytes[..i - url].strip_suffix(b"](") else { return false };
    let lo = head.len().saturating_sub(LINK_TEXT_REACH);
    let shown = head[lo..].iter().rposition(|&b| b == b'[').map(|p| &head[lo + p..]);
    shown.is_none_or(|t| t.contains(&b'/'))
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
        // A link whose text is words: its target holds the only mention.
        ("[the report of the Board](https://undocs.org/en/E/INCB/2025/1).", &["E/INCB/2025/1"]),
        ("[理事会的报告](https://undocs.org/zh/A/80/3)。", &["A/80/3"]),
        ("[A/80/3 and Corr.1](https://undocs.org/en/A/80/3)", &["A/80/3", "A/80/3/Corr.1"]),
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
        // Mixed widths: ASCII letters and digits, full-width slashes.
        ("见A／78／133和A/78／134号文件", &["A/78/133", "A/78/134"]),
        ("（CAC／COSP／2021／1）", &["CAC/COSP/2021/1"]),
        ("A／B和UN／2021", &[]),
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
        // A root with a hyphen: the Assembly of States Parties to the Rome Statute.
        ("report ICC-ASP/22/20 and ICC-ASP/23/INF.1, not ICC-A/1", &["ICC-ASP/22/20", "ICC-ASP/23/INF.1"]),
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
    fn footnote_marks_are_cut_only_where_the_document_decides() {
        let cases: [(&str, &[&str]); 8] = [
            // The footnote that the mark opens cites the symbol without it.
            ("the report (A/78/1329) was\n\n9 A/78/132.", &["A/78/132", "A/78/132"]),
            ("见报告 A/78/13212\n\n 12\t A/78/132。", &["A/78/132", "A/78/132"]),
            ("Report A/78/1329\n\n9 Official Records, Supplement No. 13 (A/78/132).", &["A/78/132", "A/78/132"]),
            // No footnote 9 citing it: the digits stay.
            ("A/78/1329 and A/78/132.", &["A/78/1329", "A/78/132"]),
            ("A/78/1329\n\n9 See the report.\n2 A/78/132.", &["A/78/1329", "A/78/132"]),
            // Two real symbols and a footnote 2 that cites another.
            ("A/78/13 and A/78/132\n2 A/78/5.", &["A/78/13", "A/78/132", "A/78/5"]),
            // A symbol written twice, or a footnote above the symbol: the digits stay.
            ("A/78/132 and A/78/132\n2 A/78/13.", &["A/78/132", "A/78/132", "A/78/13"]),
            ("2 A/78/13.\nThen A/78/132 was issued.", &["A/78/13", "A/78/132"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = documents(text, Language::English).into_iter().map(|s| s.split('|').next().unwrap_or("").to_owned()).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "A", "A/", "/A/1", "A/1/\u{0}", "CAC/COSP/2021/2\u{1F600}", "A/(((((1", "A/76/1/Add.1/Add."] {
            let _ = documents(text, Language::English);
        }
    }
}
