//! The annotations as brat standoff (`.ann`), to open in brat beside the
//! text saved as UTF-8 (`.txt`): a text-bound line per annotation and an
//! `AnnotatorNotes` line with its normalised value as compact JSON.
//!
//! Offsets are in code points (brat's Python string offsets). brat does not
//! let a span cross a line break, so a span that does is written as
//! discontinuous fragments, one per non-empty line, and its text as the
//! fragments joined by a space — as brat itself writes them.
//!
//! For the text `The United Nations Office⏎on Drugs and Crime` (tabs shown
//! as `→`):
//!
//! ```text
//! T1→participant 4 25;26 44→United Nations Office on Drugs and Crime
//! #1→AnnotatorNotes T1→{"type":"organization","name":"United Nations Office on Drugs and Crime"}
//! ```

use super::{locate, value_json};
use crate::model::{Annotated, Annotation};

/// Writes the annotations of `annotated` (found in `text`) as brat standoff.
/// The ids `T1`, `T2`, … follow the JSON's ids plus one.
pub fn to_brat(text: &str, annotated: &Annotated) -> String {
    let (located, map) = locate(text, annotated, fragment_offsets);
    let mut out = String::with_capacity(96 * located.len());
    for l in &located {
        let pieces = fragments(text, l.annotation);
        if pieces.is_empty() {
            continue;
        }
        let n = l.id + 1;
        let ranges: Vec<String> = pieces.iter().map(|&(s, e)| format!("{} {}", map.get(s).0, map.get(e).0)).collect();
        let quoted: Vec<&str> = pieces.iter().map(|&(s, e)| &text[s..e]).collect();
        out.push_str(&format!("T{n}\t{} {}\t{}\n", l.annotation.kind.as_str(), ranges.join(";"), quoted.join(" ")));
        out.push_str(&format!("#{n}\tAnnotatorNotes T{n}\t{}\n", value_json(l.annotation)));
    }
    out
}

/// The byte ranges of the span's non-empty lines (CR and LF are breaks).
/// A span made only of line breaks has none and is left out.
fn fragments(text: &str, a: &Annotation) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = a.span.start;
    for (i, c) in text[a.span.range()].char_indices() {
        if matches!(c, '\n' | '\r') {
            let at = a.span.start + i;
            if at > from {
                out.push((from, at));
            }
            from = at + 1;
        }
    }
    if a.span.end > from {
        out.push((from, a.span.end));
    }
    out
}

fn fragment_offsets(text: &str, a: &Annotation) -> Vec<usize> {
    fragments(text, a).into_iter().flat_map(|(s, e)| [s, e]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleValue, Origin, Value};
    use crate::span::Span;

    fn article(text: &str, piece: &str) -> Annotation {
        let s = text.find(piece).unwrap();
        Annotation::new(Span::new(s, s + piece.len()), Value::Article(ArticleValue { article: Some(63), ..ArticleValue::default() }))
    }

    #[test]
    fn spans_across_lines_become_fragments() {
        for (text, piece, want) in [
            ("see article 63 now", "article 63", "T1\tarticle 4 14\tarticle 63"),
            ("《公约》第六十三条", "第六十三条", "T1\tarticle 4 9\t第六十三条"),
            ("😀 article\n63", "article\n63", "T1\tarticle 2 9;10 12\tarticle 63"),
            ("x article\r\n63", "article\r\n63", "T1\tarticle 2 9;11 13\tarticle 63"),
            ("article\n\n\n63 x", "article\n\n\n63", "T1\tarticle 0 7;10 12\tarticle 63"),
            ("a\tb\nc", "a\tb\nc", "T1\tarticle 0 3;4 5\ta\tb c"),
            ("x\nrule\n", "\nrule\n", "T1\tarticle 2 6\trule"),
        ] {
            let found = Annotated { annotations: vec![article(text, piece)], ..Annotated::default() };
            let ann = to_brat(text, &found);
            let mut lines = ann.lines();
            assert_eq!(lines.next(), Some(want), "{text:?}");
            assert_eq!(lines.next(), Some("#1\tAnnotatorNotes T1\t{\"article\":63}"));
            assert_eq!(lines.next(), None);
        }
    }

    #[test]
    fn every_fragment_quotes_the_text_in_code_points() {
        let text = "缔约国会议\r\n第九届会议😀\n在维也纳举行";
        let mut manual = article(text, "会议😀\n在维");
        manual.origin = Origin::Manual;
        let found = Annotated { annotations: vec![article(text, "缔约国会议\r\n第九"), manual, article(text, "\n")], ..Annotated::default() };
        let ann = to_brat(text, &found);
        let chars: Vec<char> = text.chars().collect();
        let mut bound = 0;
        for line in ann.lines().filter(|l| l.starts_with('T')) {
            bound += 1;
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            let (kind, ranges) = fields[1].split_once(' ').unwrap();
            assert_eq!(kind, "article");
            let pieces: Vec<String> = ranges
                .split(';')
                .map(|r| {
                    let (s, e) = r.split_once(' ').unwrap();
                    chars[s.parse::<usize>().unwrap()..e.parse::<usize>().unwrap()].iter().collect()
                })
                .collect();
            assert!(pieces.iter().all(|p| !p.is_empty() && !p.contains(['\n', '\r'])));
            assert_eq!(pieces.join(" "), fields[2]);
        }
        // The span of a lone line break has no fragment and is left out.
        assert_eq!(bound, 2);
        assert!(ann.contains("T2\tarticle 10 13;14 16\t会议😀 在维\n#2\tAnnotatorNotes T2\t"));
        assert!(!ann.contains("T3"));
    }
}
