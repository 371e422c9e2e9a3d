//! Fuzzes decoding, annotation and export with arbitrary bytes: none may
//! panic, and every exported span must slice the text it claims.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = match undoc::decode::decode(data) {
        Ok(d) => d.text,
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    };
    let found = undoc::annotate(&text, &undoc::Options::default());
    for a in &found.annotations {
        assert!(text.get(a.span.range()).is_some(), "span {:?} does not slice the text", a.span);
    }
    let _ = undoc::export::to_json(&text, &found, "fuzz.txt");
});
