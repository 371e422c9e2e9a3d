//! The document's own resolution number where its title states it: a
//! resolution issued as `A/RES/77/205` or `E/RES/2023/18` heads its title
//! with that number (`77/205. 全球努力…`, `80/188．预防犯罪…`), which names the
//! resolution the document is, adopted by the organ of its series.
//!
//! Left out: a line that begins with any other number (`12/4. The proposed
//! organization…` is a reference the PDF broke after `decision`), and the
//! text past the cover's first bytes.

use crate::model::{Annotation, SymbolValue, Value};
use crate::span::Span;
use crate::text::floor_boundary;

/// How many bytes from the start of the text hold the cover: its symbol
/// and the title line that repeats the number.
const COVER_BYTES: usize = 3000;

/// The own number of the resolution the text is, among `documents` (the
/// document symbols found in it): the first line of the cover that opens
/// with the number of its `…/RES/…` symbol and a stop. O(cover).
pub(super) fn own_number(text: &str, documents: &[Annotation]) -> Option<Annotation> {
    let (number, organ) = documents.iter().take_while(|a| a.span.start < COVER_BYTES).find_map(|a| match &a.value {
        Value::Symbol(SymbolValue::Document { parts, .. }) if parts.doc_type.as_deref() == Some("RES/") && parts.modifiers.is_empty() => {
            Some((format!("{}/{}", parts.session.as_deref()?, parts.number.as_deref()?), parts.organ.clone()))
        }
        _ => None,
    })?;
    let cover = &text[..floor_boundary(text, COVER_BYTES)];
    let mut at = 0;
    for line in cover.split_inclusive('\n') {
        let start = at + (line.len() - line.trim_start_matches([' ', '\t', '\u{3000}']).len());
        at += line.len();
        let rest = &text[start..];
        let Some(after) = rest.strip_prefix(number.as_str()) else { continue };
        // `77/205. 全球…`, `80/188．预防…`: a stop, then the title.
        let titled = after.strip_prefix('．').or_else(|| after.strip_prefix('.')).is_some_and(|t| t.starts_with(|c: char| c == ' ' || c == '\t' || !c.is_ascii()));
        if titled {
            let value = SymbolValue::Resolution { number: number.clone(), body: organ };
            return Some(Annotation::new(Span::new(start, start + number.len()), Value::Symbol(value)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn the_title_line_repeats_the_symbols_number() {
        // (text, the annotated number and body, or none)
        let cases: [(&str, Option<(&str, &str)>); 7] = [
            ("A/RES/80/188\n\n2025 年 12 月 15 日大会决议\n\n80/188．预防犯罪和刑事司法领域的国际合作\n", Some(("80/188", "General Assembly"))),
            ("联合国\tA/RES/77/205\n\n77/205. 全球努力彻底消除种族主义\n", Some(("77/205", "General Assembly"))),
            ("E/RES/2023/18\n\nResolution adopted by the Economic and Social Council\n\n   2023/18. Strengthening international cooperation\n", Some(("2023/18", "Economic and Social Council"))),
            // Another number opening a line is a reference the PDF broke.
            ("A/RES/80/188\n\nRecalling its decision\n12/4. The Conference\n", None),
            // The number inside a sentence, or with no stop after it.
            ("A/RES/80/188\n\nThe Assembly adopted 80/188. Then\n", None),
            ("A/RES/80/188\n\n80/1881 votes\n", None),
            // A document that is no resolution.
            ("A/80/188\n\n80/188. Report\n", None),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            let found = super::super::find_symbols(&doc);
            let got = found.iter().find_map(|a| match &a.value {
                Value::Symbol(SymbolValue::Resolution { number, body }) => Some((&text[a.span.range()], number.as_str(), body.clone())),
                _ => None,
            });
            let want = want.map(|(n, b)| (n, n, Some(b.to_owned())));
            assert_eq!(got, want, "{text}");
        }
    }
}
