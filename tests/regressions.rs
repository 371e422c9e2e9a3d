//! Inputs that once broke something, each in a test named after what broke:
//! bugs found by hand, by the property test and by `cargo fuzz` (whose
//! crashing inputs are copied here byte for byte).
#![cfg(not(target_arch = "wasm32"))]

use undoc::decode::decode;
use undoc::formats::{render, ExportOptions, Format};
use undoc::{annotate, Options};

/// Decodes like the fuzz target, annotates, and renders every format; every
/// span must slice the text.
fn survives(bytes: &[u8]) {
    let text = decode(bytes).map_or_else(|_| String::from_utf8_lossy(bytes).into_owned(), |d| d.text);
    let found = annotate(&text, &Options::default());
    for a in &found.annotations {
        assert!(text.get(a.span.range()).is_some_and(|t| !t.is_empty()), "span {:?} does not slice the text", a.span);
    }
    for format in Format::ALL {
        let _ = render(format, &text, &found, &ExportOptions::new("regression.txt"));
    }
}

#[test]
fn bomless_utf16_of_pure_chinese_was_refused_as_binary() {
    // Without ASCII there are no NUL bytes to tell UTF-16 by, and GB18030
    // reads the bytes as control characters: the file was called binary.
    let text = "缔约国会议第九届会议将于二〇二一年十二月在埃及沙姆沙伊赫举行。";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let decoded = decode(&le).expect("UTF-16LE text");
    assert_eq!((decoded.text.as_str(), decoded.encoding), (text, "UTF-16LE"));
    survives(&le);
}

#[test]
fn agenda_row_title_ending_in_an_ideographic_space_was_cut_inside_a_char() {
    // Property test, mutated seed 003: a date and U+3000 inserted into an
    // organization-of-work row made `agenda::clean_end` slice inside a char.
    // Shrunk by hand to the organization-of-work heading and one row.
    survives("拟议工作安排\n8和9\t日\u{3000}程".as_bytes());
}

/// The texts of the annotations of `kind` found in `text`.
fn texts(text: &str, kind: undoc::Kind) -> Vec<String> {
    let found = annotate(text, &Options::default());
    found.annotations.iter().filter(|a| a.kind == kind).map(|a| text[a.span.range()].to_owned()).collect()
}

#[test]
fn organizations_were_found_inside_document_symbols() {
    // An English CND document: `INCB`, `UNEP` and `ECE` were participants
    // inside the symbols, and `UNEP (UNEP/EA.5/Res.3)` took the symbol as its short form.
    let text = "2. The report of the Board (E/INCB/2022/1) and of UNEP (UNEP/EA.5/Res.3), see ECE/TRANS/2023/1 and INCB/2022/1.";
    assert_eq!(texts(text, undoc::Kind::Participant), vec!["UNEP"]);
    assert_eq!(texts(text, undoc::Kind::Symbol), vec!["E/INCB/2022/1", "UNEP/EA.5/Res.3", "ECE/TRANS/2023/1", "INCB/2022/1"]);
}

#[test]
fn a_resolutions_body_and_an_instruments_words_were_participants() {
    let zh = "1. 回顾人权理事会第 52/1 号决议和《1988 年联合国禁止非法贩运麻醉药品和精神药物公约》第 12 条，人权理事会请秘书处报告。";
    assert_eq!(texts(zh, undoc::Kind::Participant), vec!["人权理事会"]);
    let en = "1. Recalling Security Council resolution 2231 (2015) and decision 2023/225 of the Economic and Social Council, the Security Council requested a report.";
    assert_eq!(texts(en, undoc::Kind::Participant), vec!["Security Council"]);
}

#[test]
fn the_year_of_a_conventions_name_was_a_date() {
    let text = "1. Parties to the Single Convention on Narcotic Drugs of 1961 reported under articles 5 and 6 of the Convention on Psychotropic Substances of 1971 in 2022.";
    assert_eq!(texts(text, undoc::Kind::Date), vec!["2022"]);
}

#[test]
fn a_word_glued_to_an_ideograph_opened_a_resolution_region_inside_a_character() {
    // cargo fuzz: `…公约esolution…` made the English reference search start
    // one byte before `esolution`, inside `约`, and slice the text there.
    survives("《公约》esolution 58/4 和 Resolution 5/1".as_bytes());
    survives("缔约国会议约esolutions 8/7、8/8".as_bytes());
}
