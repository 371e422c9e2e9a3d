//! Invariants of every output, over random text and mutated seed text:
//! spans in bounds and on char boundaries, `text` equal to the input slice
//! (in code points), UTF-16 offsets consistent, annotations sorted, no
//! overlap within a kind, every export format parsing and pointing at the
//! same text — and no panic, whatever the input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use undoc::formats::{render, ExportOptions, Format};
use undoc::{annotate, export, Annotated, Kind, Options};

/// Checks every invariant of `annotate` and of its exports on `text`;
/// returns how many annotations were found.
fn check(text: &str) -> usize {
    let found = annotate(text, &Options::default());
    verify(text, &found);
    found.annotations.len()
}

/// Panics when `found` breaks an invariant for `text`.
fn verify(text: &str, found: &Annotated) {
    let mut reach = [0usize; Kind::ALL.len()];
    let mut last = (0usize, usize::MAX);
    for a in &found.annotations {
        let s = a.span;
        assert!(s.start <= s.end && s.end <= text.len(), "span {s:?} out of bounds");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?} splits a char");
        assert!(!s.is_empty(), "empty span {s:?}");
        assert!((s.start, usize::MAX - s.end) >= (last.0, usize::MAX - last.1), "not sorted at {s:?}");
        last = (s.start, s.end);
        let r = &mut reach[a.kind as usize];
        assert!(s.start >= *r, "{:?} spans overlap at {s:?}", a.kind);
        *r = s.end;
    }
    let json: serde_json::Value = serde_json::from_str(&export::to_json(text, found, "t.txt")).expect("valid JSON");
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(json["source"]["chars"].as_u64(), Some(chars.len() as u64));
    for a in json["annotations"].as_array().expect("annotations") {
        let (s, e) = (a["start"].as_u64().unwrap() as usize, a["end"].as_u64().unwrap() as usize);
        let piece: String = chars[s..e].iter().collect();
        assert_eq!(a["text"].as_str(), Some(piece.as_str()));
        let (us, ue) = (a["utf16"][0].as_u64().unwrap() as usize, a["utf16"][1].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16_lossy(&utf16[us..ue]), piece);
    }
    check_formats(text, &chars, found);
}

/// The other formats: the same annotations at the same code points.
fn check_formats(text: &str, chars: &[char], found: &Annotated) {
    let options = ExportOptions { name: "t.txt", timestamp: 1_795_373_100 };
    let slice = |s: &str, e: &str| -> String { chars[s.parse::<usize>().unwrap()..e.parse::<usize>().unwrap()].iter().collect() };

    let jsonld: serde_json::Value = serde_json::from_str(&render(Format::JsonLd, text, found, &options)).expect("valid JSON-LD");
    let items = jsonld["first"]["items"].as_array().expect("items");
    assert_eq!(items.len(), found.annotations.len());
    for item in items {
        let pos = &item["target"]["selector"][0];
        let piece = slice(&pos["start"].to_string(), &pos["end"].to_string());
        assert_eq!(item["target"]["selector"][1]["exact"].as_str(), Some(piece.as_str()));
    }

    let csv = render(Format::Csv, text, found, &options);
    assert!(csv.starts_with("id,kind,start,end,text,value,source\r\n"));
    assert!(csv.matches("\r\n").count() > found.annotations.len(), "a row per annotation");

    let ann = render(Format::Brat, text, found, &options);
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let mut fields = line.splitn(3, '\t');
        let (_, head, quoted) = (fields.next(), fields.next().expect("type and offsets"), fields.next().expect("text"));
        let (_, ranges) = head.split_once(' ').expect("offsets");
        let pieces: Vec<String> = ranges.split(';').map(|r| r.split_once(' ').map(|(s, e)| slice(s, e)).expect("start end")).collect();
        assert!(pieces.iter().all(|p| !p.is_empty() && !p.contains(['\n', '\r'])), "{line:?}");
        assert_eq!(pieces.join(" "), quoted);
    }

    let ics = render(Format::Ics, text, found, &options);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.split("\r\n").all(|l| l.len() <= 75 && !l.contains('\n')), "folded at 75 octets");
}

fn seeds() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    v.sort();
    v
}

/// Pieces that recognisers look for, to make random text hit them often.
const PIECES: &[&str] = &[
    "2021年12月13日至17日", "年", "月", "日", "至", "上午10时", "下午", "时", "分", "CAC/COSP/", "2021/", "/Add.",
    "第 ", "号决议", "、", "和", "条", "款", "项", "(三)", "《公约》", "议程项目 ", "1(a)", "\t", "\n", "\r\n", "\n\n",
    "埃及", "沙姆沙伊赫", "维也纳", "（", "）", "(", ")", "1. ", "(a) ", "临时议程", "出席情况", "：", "。", " ", "30 September 2021",
    "10 a.m. to 1 p.m.", "resolution 58/4", "article 63, paragraph 4 (c)", "agenda item 3", "😀", "\u{0}", "é", "Ω", "\u{3000}",
    "[", "](#)", "http://undocs.org/", "星期一", "，", "-", "–", "S-32/1", "L.1", "毒品和犯罪问题办公室（毒品和犯罪问题办公室）",
    // Full-width forms and no-break spaces pasted from PDFs and Word.
    "ＣＡＣ／ＣＯＳＰ／", "２０２１／", "第９／１号决议", "１０：００", "－", "\u{a0}", "议程项目３", "（ｃ）", "Ｓ－", "３",
    "3 Jun 2024", "June 1 to", "between 30 May and", "10.00-13.00", " hours", "at 14.00",
];

fn piece_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![prop::sample::select(PIECES).prop_map(str::to_owned), "[0-9]{1,4}", any::<char>().prop_map(String::from)], 0..80)
        .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_text_keeps_invariants(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn text_made_of_recognised_pieces_keeps_invariants(text in piece_text()) {
        check(&text);
    }

    #[test]
    fn mutated_seed_keeps_invariants(seed in 0usize..5, cut in 0usize..40_000, len in 0usize..3000, insert in piece_text()) {
        let seeds = seeds();
        let s = &seeds[seed % seeds.len()];
        let mut a = cut.min(s.len());
        while !s.is_char_boundary(a) { a -= 1; }
        let mut b = (a + len).min(s.len());
        while !s.is_char_boundary(b) { b -= 1; }
        let text = format!("{}{}{}", &s[..a], insert, &s[b..]);
        check(&text);
    }
}

#[test]
fn every_seed_keeps_invariants_also_with_crlf() {
    let mut found = 0;
    for s in seeds() {
        found += check(&s);
        check(&s.replace('\n', "\r\n"));
    }
    // The invariants only bite when there are annotations to check.
    assert!(found >= 50, "only {found} annotations in all the seeds");
}

#[test]
fn edge_inputs_do_not_panic() {
    check("");
    check("\u{0}\u{0}\u{0}");
    check(&"年".repeat(10_000));
    check(&"2021/".repeat(5_000));
    check(&"第".repeat(5_000));
    check(&"(a) ".repeat(5_000));
    check(&"9".repeat(100_000));
    check("\u{feff}2021年12月13日");
}

#[test]
fn the_invariants_catch_broken_results() {
    use undoc::model::{DateValue, Granularity, PlaceValue, Value};
    use undoc::{Annotation, Span};
    let date = |s, e| Annotation::new(Span::new(s, e), Value::Date(DateValue { start: "2021-12-13".into(), end: None, granularity: Granularity::Day }));
    let place = |s, e| Annotation::new(Span::new(s, e), Value::Place(PlaceValue { name: "x".into(), state: None }));
    let text = "中文 2021年12月13日 Vienna";
    let ok = vec![date(0, 6), place(0, 3), date(7, 24)];
    verify(text, &Annotated { annotations: ok, ..Annotated::default() });
    for (name, broken) in [
        ("overlap within a kind", vec![date(0, 6), date(3, 9)]),
        ("not sorted", vec![date(7, 10), place(0, 3)]),
        ("longer span after shorter at the same start", vec![place(0, 3), date(0, 6)]),
        ("out of bounds", vec![date(7, 999)]),
        ("splits a char", vec![date(0, 1)]),
        ("empty", vec![date(3, 3)]),
    ] {
        let found = Annotated { annotations: broken, ..Annotated::default() };
        let caught = std::panic::catch_unwind(|| verify(text, &found));
        assert!(caught.is_err(), "{name} was not caught");
    }
}
