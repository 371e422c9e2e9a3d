//! Fuzzes decoding, annotation and every export format with arbitrary
//! bytes: none may panic, and every exported span must slice the text it
//! claims.
#![no_main]

use libfuzzer_sys::fuzz_target;
use undoc::formats::{render, ExportOptions, Format};

fuzz_target!(|data: &[u8]| {
    let text = match undoc::decode::decode(data) {
        Ok(d) => d.text,
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    };
    let found = undoc::annotate(&text, &undoc::Options::default());
    let mut last = (0usize, usize::MAX);
    for a in &found.annotations {
        assert!(text.get(a.span.range()).is_some_and(|t| !t.is_empty()), "span {:?} does not slice the text", a.span);
        assert!((a.span.start, usize::MAX - a.span.end) >= (last.0, usize::MAX - last.1), "not sorted at {:?}", a.span);
        last = (a.span.start, a.span.end);
    }
    let options = ExportOptions { name: "fuzz.txt", timestamp: 1_795_373_100 };
    for format in Format::ALL {
        let _ = render(format, &text, &found, &options);
    }
});
