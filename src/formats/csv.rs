//! The annotations as CSV (RFC 4180): a header, then one row per annotation
//! with its `id`, `kind`, `start` and `end` (code points, as in the JSON),
//! `text`, `value` (compact JSON) and `source` (`auto` or `manual`).
//!
//! Rows end in CRLF; a field with a comma, a double quote, CR or LF is put in
//! double quotes, with its quotes doubled. The text is written as it is — no
//! byte-order mark, no formula guard — so that every cell is exactly the
//! text of the document.
//!
//! ```text
//! id,kind,start,end,text,value,source
//! 0,date,88,103,2021年12月13日至17日,"{""start"":""2021-12-13"",""end"":""2021-12-17""}",auto
//! ```

use super::{locate, value_json};
use crate::model::Annotated;

/// The header row's fields.
pub const HEADER: [&str; 7] = ["id", "kind", "start", "end", "text", "value", "source"];

/// Writes the annotations of `annotated` (found in `text`) as CSV.
pub fn to_csv(text: &str, annotated: &Annotated) -> String {
    let (located, _) = locate(text, annotated, |_, _| Vec::new());
    let mut out = String::with_capacity(64 * (located.len() + 1));
    push_row(&mut out, HEADER);
    for l in &located {
        let (id, start, end) = (l.id.to_string(), l.start.to_string(), l.end.to_string());
        let value = value_json(l.annotation);
        push_row(&mut out, [&id, l.annotation.kind.as_str(), &start, &end, l.text, &value, l.source()]);
    }
    out
}

fn push_row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// Quotes `field` when RFC 4180 requires it.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, DateValue, Granularity, Origin, PlaceValue, Value};
    use crate::span::Span;

    /// A reader of RFC 4180, to check that what is written reads back.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
        let mut chars = csv.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut field)),
                (false, '\r') => assert_eq!(chars.next(), Some('\n'), "bare CR outside quotes"),
                (false, '\n') => panic!("LF without CR outside quotes"),
                (false, c) => field.push(c),
            }
            if !quoted && c == '\r' {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
        }
        assert!(field.is_empty() && row.is_empty(), "last row not ended by CRLF");
        rows
    }

    fn date(start: usize, end: usize) -> Annotation {
        let v = DateValue { start: "2021-12-13".into(), end: None, granularity: Granularity::Day };
        Annotation::new(Span::new(start, end), Value::Date(v))
    }

    fn place(start: usize, end: usize, name: &str, manual: bool) -> Annotation {
        let mut a = Annotation::new(Span::new(start, end), Value::Place(PlaceValue { name: name.into(), state: None }));
        if manual {
            a.origin = Origin::Manual;
        }
        a
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        for (field, want) in [
            ("plain", "plain"),
            ("", ""),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("line\nbreak", "\"line\nbreak\""),
            ("cr\r\nlf", "\"cr\r\nlf\""),
            ("维也纳，奥地利", "维也纳，奥地利"),
            ("=SUM(A1)", "=SUM(A1)"),
            ("tab\there", "tab\there"),
            (" spaced ", " spaced "),
        ] {
            let mut out = String::new();
            push_field(&mut out, field);
            assert_eq!(out, want, "{field:?}");
        }
    }

    #[test]
    fn rows_round_trip_with_code_point_offsets() {
        // "😀" is one code point but four bytes: offsets must count it once.
        let text = "😀 2021年12月13日, \"Vienna\"\nand 沙姆沙伊赫";
        let d = text.find('2').unwrap();
        let q = text.find('"').unwrap();
        let s = text.find('沙').unwrap();
        let found = Annotated {
            annotations: vec![date(d, d + "2021年12月13日".len()), place(q, q + 8, "Vienna", false), place(q + 1, s + 3, "x,y", true)],
            ..Annotated::default()
        };
        let rows = parse(&to_csv(text, &found));
        assert_eq!(rows[0], HEADER);
        assert_eq!(rows.len(), 4);
        let chars: Vec<char> = text.chars().collect();
        for (row, a) in rows[1..].iter().zip(&found.annotations) {
            assert_eq!(row.len(), 7);
            let (start, end): (usize, usize) = (row[2].parse().unwrap(), row[3].parse().unwrap());
            assert_eq!(row[4], chars[start..end].iter().collect::<String>());
            assert_eq!(row[4], &text[a.span.range()]);
            let value: serde_json::Value = serde_json::from_str(&row[5]).unwrap();
            assert_eq!(value, serde_json::to_value(&a.value).unwrap());
        }
        assert_eq!(rows[1][..4], ["0", "date", "2", "13"]);
        assert_eq!((rows[2][4].as_str(), rows[2][6].as_str()), ("\"Vienna\"", "auto"));
        assert_eq!((rows[3][4].as_str(), rows[3][6].as_str()), ("Vienna\"\nand 沙", "manual"));
    }

    #[test]
    fn spans_that_do_not_slice_the_text_are_left_out() {
        let text = "中文";
        let found = Annotated { annotations: vec![place(1, 3, "bad", true), place(0, 99, "bad", true), place(3, 6, "文", false)], ..Annotated::default() };
        let rows = parse(&to_csv(text, &found));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1][..5], ["2", "place", "1", "2", "文"]);
    }
}
