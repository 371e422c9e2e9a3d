//! The annotations as W3C Web Annotation JSON-LD: an `AnnotationCollection`
//! whose one `AnnotationPage` holds an `Annotation` per span.
//!
//! Each annotation targets the document with a `TextPositionSelector` (code
//! points, as in the JSON) and a `TextQuoteSelector` (the exact text with up
//! to 32 code points of prefix and suffix, so that it can be found again if
//! the text shifts). Its bodies are two `TextualBody`s: the kind with purpose
//! `tagging` and the normalised value, as compact JSON, with purpose
//! `describing`. The identifiers are `urn:undoc:<name>` for the document and
//! fragments of it for the collection, the page and each annotation (`#a0`:
//! the JSON's id 0).
//!
//! ```text
//! { "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
//!   "first": { "type": "AnnotationPage", "items": [ { "type": "Annotation",
//!     "body": [ { "type": "TextualBody", "purpose": "tagging", "value": "date" }, … ],
//!     "target": { "source": …, "selector": [ { "type": "TextPositionSelector", "start": 88, "end": 103 }, … ] } } ] } }
//! ```

use std::fmt::Write;

use super::{locate, value_json, Located};
use crate::model::{Annotated, Origin};

/// The Web Annotation context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// How many code points of context the quote selector keeps on each side.
const CONTEXT_CHARS: usize = 32;

/// Writes the annotations of `annotated` (found in `text`, read from the file
/// called `name`) as a Web Annotation collection (pretty, trailing newline).
///
/// Written as compact JSON text, member by member in the order of the
/// module's example, then re-indented: serde structs for the nine kinds of
/// object were some 4 KB more of wasm than these few lines.
pub fn to_jsonld(text: &str, annotated: &Annotated, name: &str) -> String {
    let (located, _) = locate(text, annotated, |_, _| Vec::new());
    let document = format!("urn:undoc:{}", iri_escape(name));
    let collection = json(&format!("{document}#annotations"));
    let source = format!(
        r#"{{"id":{},"type":"Text","format":"text/plain","language":{}}}"#,
        json(&document),
        json(annotated.language.code())
    );
    let mut out = format!(
        r#"{{"@context":{},"id":{collection},"type":"AnnotationCollection","label":{},"total":{},"first":{{"id":{},"type":"AnnotationPage","partOf":{collection},"startIndex":0,"items":["#,
        json(CONTEXT),
        json(&format!("undoc annotations of {name}")),
        located.len(),
        json(&format!("{document}#page1")),
    );
    for (k, l) in located.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        annotation(&mut out, text, l, &document, &source);
    }
    out.push_str("]}}");
    crate::export::pretty(&out)
}

/// `s` as a JSON string, escaped as serde_json escapes it.
fn json(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Appends the `Annotation` of `l`: its creator, a tagging body (the kind)
/// and a describing one (the value as compact JSON), and a target with a
/// position and a quote selector (prefix and suffix left out when empty).
fn annotation(out: &mut String, text: &str, l: &Located<'_>, document: &str, source: &str) {
    let a = l.annotation;
    let creator = match a.origin {
        Origin::Auto => concat!(r#"{"type":"Software","name":"undoc "#, env!("CARGO_PKG_VERSION"), r#""}"#),
        Origin::Manual => r#"{"type":"Person"}"#,
    };
    let _ = write!(
        out,
        r#"{{"id":{},"type":"Annotation","motivation":"tagging","creator":{creator},"body":[{{"type":"TextualBody","purpose":"tagging","value":{}}},{{"type":"TextualBody","purpose":"describing","format":"application/json","value":{}}}],"target":{{"source":{source},"selector":[{{"type":"TextPositionSelector","start":{},"end":{}}},{{"type":"TextQuoteSelector","exact":{}"#,
        json(&format!("{document}#a{}", l.id)),
        json(a.kind.as_str()),
        json(&value_json(a)),
        l.start,
        l.end,
        json(l.text),
    );
    for (key, context) in [("prefix", prefix(text, a.span.start)), ("suffix", suffix(text, a.span.end))] {
        if !context.is_empty() {
            let _ = write!(out, r#","{key}":{}"#, json(context));
        }
    }
    out.push_str("}]}}");
}

/// Up to [`CONTEXT_CHARS`] code points before byte `at`.
fn prefix(text: &str, at: usize) -> &str {
    let before = &text[..at];
    let from = before.char_indices().rev().take(CONTEXT_CHARS).last().map_or(at, |(i, _)| i);
    &text[from..at]
}

/// Up to [`CONTEXT_CHARS`] code points after byte `at`.
fn suffix(text: &str, at: usize) -> &str {
    let after = &text[at..];
    let to = after.char_indices().nth(CONTEXT_CHARS).map_or(text.len(), |(i, _)| at + i);
    &text[at..to]
}

/// Percent-encodes what may not stand in an IRI path (RFC 3987): ASCII other
/// than unreserved and a few sub-delimiters; other scripts stay as they are.
fn iri_escape(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '=' | '@') || (!c.is_ascii() && !c.is_control() && !c.is_whitespace()) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Language, PlaceValue, Value};
    use serde_json::{json, Value as Json};
    use crate::span::Span;

    #[test]
    fn context_is_cut_to_whole_code_points() {
        let text = "😀".repeat(40) + "X" + &"中".repeat(40);
        let x = text.find('X').unwrap();
        for (at, want_prefix, want_suffix) in [
            (x, "😀".repeat(32), "X".to_owned() + &"中".repeat(31)),
            (x + 1, "😀".repeat(31) + "X", "中".repeat(32)),
            (0, String::new(), "😀".repeat(32)),
            (text.len(), "中".repeat(32), String::new()),
        ] {
            assert_eq!(prefix(&text, at), want_prefix, "prefix at {at}");
            assert_eq!(suffix(&text, at), want_suffix, "suffix at {at}");
        }
        for (text, at, p, s) in [("ab", 1, "a", "b"), ("", 0, "", ""), ("a\r\nb", 1, "a", "\r\nb")] {
            assert_eq!((prefix(text, at), suffix(text, at)), (p, s));
        }
    }

    #[test]
    fn names_become_iris() {
        for (name, want) in [
            ("000_19d8e4581a498d05.txt", "000_19d8e4581a498d05.txt"),
            ("my file.txt", "my%20file.txt"),
            ("a/b#c?d%e", "a%2Fb%23c%3Fd%25e"),
            ("会议说明.txt", "会议说明.txt"),
            ("tab\there", "tab%09here"),
            ("", ""),
        ] {
            assert_eq!(iri_escape(name), want, "{name}");
        }
    }

    #[test]
    fn collection_parses_and_selectors_point_at_the_text() {
        let text = "会议将在😀维也纳举行。\nVienna, Austria";
        let w = text.find('维').unwrap();
        let v = text.find("Austria").unwrap();
        let place = |s: usize, e: usize| Annotation::new(Span::new(s, e), Value::Place(PlaceValue { name: text[s..e].into(), state: Some("AUT".into()) }));
        let mut manual = place(v, v + 7);
        manual.origin = Origin::Manual;
        let found = Annotated { language: Language::Chinese, annotations: vec![place(w, w + 9), manual], ..Annotated::default() };
        let json: Json = serde_json::from_str(&to_jsonld(text, &found, "my note.txt")).unwrap();
        assert_eq!(json["@context"], CONTEXT);
        assert_eq!(json["type"], "AnnotationCollection");
        assert_eq!(json["total"], 2);
        let items = json["first"]["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        let chars: Vec<char> = text.chars().collect();
        for (item, want) in items.iter().zip(["维也纳", "Austria"]) {
            assert_eq!(item["type"], "Annotation");
            assert_eq!(item["body"][0], json!({ "type": "TextualBody", "purpose": "tagging", "value": "place" }));
            let value: Json = serde_json::from_str(item["body"][1]["value"].as_str().unwrap()).unwrap();
            assert_eq!(value["state"], "AUT");
            assert_eq!(item["target"]["source"]["id"], "urn:undoc:my%20note.txt");
            let pos = &item["target"]["selector"][0];
            assert_eq!(pos["type"], "TextPositionSelector");
            let (s, e) = (pos["start"].as_u64().unwrap() as usize, pos["end"].as_u64().unwrap() as usize);
            assert_eq!(chars[s..e].iter().collect::<String>(), want);
            let quote = &item["target"]["selector"][1];
            assert_eq!(quote["exact"], want);
            let whole = format!("{}{}{}", quote["prefix"].as_str().unwrap_or(""), want, quote["suffix"].as_str().unwrap_or(""));
            assert!(text.contains(&whole));
        }
        assert_eq!(items[0]["target"]["selector"][0]["start"], 5);
        assert_eq!(items[0]["id"], "urn:undoc:my%20note.txt#a0");
        assert_eq!(items[0]["creator"]["type"], "Software");
        assert_eq!(items[1]["creator"]["type"], "Person");
        assert!(items[1]["target"]["selector"][1].get("suffix").is_none());
    }
}
