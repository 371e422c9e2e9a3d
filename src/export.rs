//! The `undoc/1` JSON of `EXPORT.md`, the one place where byte offsets
//! become code-point and UTF-16 offsets. The command line and the page both
//! call [`to_json`], so their files are byte-identical for the same text.

use serde::Serialize;

use crate::model::{AgendaNode, Annotated, Diagnostic, Language, Metadata, Origin, ParticipantEntry, ScheduleRow, Value};

/// The schema name written in every export.
pub const SCHEMA: &str = "undoc/1";

#[derive(Serialize)]
struct Export<'a> {
    schema: &'static str,
    source: SourceInfo<'a>,
    language: Language,
    metadata: &'a Metadata,
    annotations: Vec<ExportedAnnotation<'a>>,
    agenda: &'a [AgendaNode],
    schedule: &'a [ScheduleRow],
    participants: &'a [ParticipantEntry],
    diagnostics: &'a [Diagnostic],
}

#[derive(Serialize)]
struct SourceInfo<'a> {
    name: &'a str,
    chars: usize,
}

#[derive(Serialize)]
struct ExportedAnnotation<'a> {
    id: usize,
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
    value: &'a Value,
    utf16: [usize; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'static str>,
}

/// Code-point and UTF-16 offsets of byte offsets, computed in one pass.
///
/// Build it with every byte offset needed, then look each up; the cost is
/// O(n + k log k) for a text of n bytes and k offsets.
pub struct OffsetMap {
    bytes: Vec<usize>,
    chars: Vec<usize>,
    utf16: Vec<usize>,
}

impl OffsetMap {
    /// Maps the given byte offsets of `text` (any order, duplicates allowed;
    /// each must be a char boundary).
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>) -> OffsetMap {
        let mut bytes: Vec<usize> = offsets.into_iter().collect();
        crate::sorting::sort(&mut bytes);
        bytes.dedup();
        let mut chars = Vec::with_capacity(bytes.len());
        let mut utf16 = Vec::with_capacity(bytes.len());
        let (mut c, mut u, mut at) = (0usize, 0usize, 0usize);
        let mut iter = text.char_indices().peekable();
        for &b in &bytes {
            while let Some(&(i, ch)) = iter.peek() {
                if i >= b {
                    break;
                }
                c += 1;
                u += ch.len_utf16();
                at = i + ch.len_utf8();
                iter.next();
            }
            debug_assert!(at == b || b >= text.len() || text.is_char_boundary(b));
            chars.push(c);
            utf16.push(u);
        }
        OffsetMap { bytes, chars, utf16 }
    }

    /// `(code points, UTF-16 units)` before byte offset `b`.
    ///
    /// # Panics
    /// When `b` was not given to [`OffsetMap::new`].
    pub fn get(&self, b: usize) -> (usize, usize) {
        let i = self.bytes.binary_search(&b).expect("offset was registered");
        (self.chars[i], self.utf16[i])
    }
}

/// Serialises an annotation result as `undoc/1` JSON (pretty, two-space
/// indentation, trailing newline). `name` is the source's file name.
pub fn to_json(text: &str, annotated: &Annotated, name: &str) -> String {
    let map = OffsetMap::new(
        text,
        annotated.annotations.iter().flat_map(|a| [a.span.start, a.span.end]).chain([text.len()]),
    );
    let annotations = annotated
        .annotations
        .iter()
        .enumerate()
        .map(|(id, a)| {
            let (start, ustart) = map.get(a.span.start);
            let (end, uend) = map.get(a.span.end);
            ExportedAnnotation {
                id,
                kind: a.kind.as_str(),
                start,
                end,
                text: &text[a.span.range()],
                value: &a.value,
                utf16: [ustart, uend],
                source: (a.origin == Origin::Manual).then_some("manual"),
            }
        })
        .collect();
    let export = Export {
        schema: SCHEMA,
        source: SourceInfo { name, chars: map.get(text.len()).0 },
        language: annotated.language,
        metadata: &annotated.metadata,
        annotations,
        agenda: &annotated.agenda,
        schedule: &annotated.schedule,
        participants: &annotated.participants,
        diagnostics: &annotated.diagnostics,
    };
    pretty(&serde_json::to_string(&export).unwrap_or_default())
}

/// Compact JSON re-indented exactly as `serde_json::to_string_pretty` writes
/// it (two spaces, `": "`, `{}` and `[]` when empty), with a trailing
/// newline. Every JSON file is written compact and then re-indented, so that
/// the wasm holds one instance of each type's serialiser, not a compact
/// and a pretty one. Linear.
pub(crate) fn pretty(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 2);
    let mut depth = 0usize;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.resize(out.len() + 2 * depth, b' ');
    };
    let (mut i, mut quoted) = (0, false);
    while i < bytes.len() {
        let b = bytes[i];
        out.push(b);
        if quoted {
            match b {
                b'\\' => {
                    i += 1;
                    out.push(bytes[i]);
                }
                b'"' => quoted = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => quoted = true,
                b'{' | b'[' if matches!(bytes.get(i + 1), Some(b'}' | b']')) => {
                    i += 1;
                    out.push(bytes[i]);
                }
                b'{' | b'[' => {
                    depth += 1;
                    newline(&mut out, depth);
                }
                b'}' | b']' => {
                    out.pop();
                    depth -= 1;
                    newline(&mut out, depth);
                    out.push(b);
                }
                b',' => newline(&mut out, depth),
                b':' => out.push(b' '),
                _ => {}
            }
        }
        i += 1;
    }
    out.push(b'\n');
    // Only ASCII bytes were added, and only between whole characters.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_is_serde_jsons_pretty() {
        let value = serde_json::json!({
            "a": [], "b": {}, "c": [1, [2, []], {"d": null}], "e": "q\"u{o}[t]e,:\\", "f": {"g": [true, false, 1.5]},
            "h": "中文\n😀", "i": [{}], "": ""
        });
        for v in [value.clone(), serde_json::json!([]), serde_json::json!({}), serde_json::json!("x"), serde_json::json!(3), value["c"].clone()] {
            let want = serde_json::to_string_pretty(&v).unwrap() + "\n";
            assert_eq!(pretty(&serde_json::to_string(&v).unwrap()), want);
        }
    }

    #[test]
    fn offsets_in_code_points_and_utf16() {
        let t = "a😀中b";
        let m = OffsetMap::new(t, [0, 1, 5, 8, 9]);
        assert_eq!(m.get(0), (0, 0));
        assert_eq!(m.get(1), (1, 1));
        assert_eq!(m.get(5), (2, 3));
        assert_eq!(m.get(8), (3, 4));
        assert_eq!(m.get(9), (4, 5));
    }
}
