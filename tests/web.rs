//! Browser tests of the library compiled to wasm32 (headless Chromium via
//! `cargo test --target wasm32-unknown-unknown --test web`): the page runs
//! the same core as the command line, so its results must be the same.
#![cfg(target_arch = "wasm32")]

use undoc::{annotate, export::to_json, Kind, Options};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn annotates_a_seed_in_the_browser_like_natively() {
    let text = include_str!("data/seeds/000_19d8e4581a498d05.txt");
    let found = annotate(text, &Options::default());
    assert!(found.annotations.iter().any(|a| a.kind == Kind::AgendaItem), "no agenda item in the browser");
    let json = to_json(text, &found, "seed.txt");
    assert!(json.starts_with("{\n  \"schema\": \"undoc/1\""));
    for a in &found.annotations {
        assert!(text.get(a.span.range()).is_some());
    }
}

#[wasm_bindgen_test]
fn never_panics_on_odd_input_in_the_browser() {
    for text in ["", "\0\0\0", "\r\n\r\n", "😀🇺🇳", "第一届会议\u{FEFF}", &"x".repeat(100_000)] {
        let found = annotate(text, &Options::default());
        let _ = to_json(text, &found, "x.txt");
    }
}
