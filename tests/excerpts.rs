//! Golden test over short English excerpts written in the UN's house style
//! (`tests/data/excerpts/*.txt`: covers, provisional agendas with
//! annotations, organization-of-work tables tab-separated and as PDF text,
//! reports with attendance sections). Each is annotated and its export
//! compared with the JSON next to it; `UPDATE=1 cargo test --test excerpts`
//! rewrites the JSON, and the diff is reviewed like code.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use undoc::{annotate, export, Options};

#[test]
fn excerpts_match_their_reviewed_export() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/excerpts");
    let update = std::env::var_os("UPDATE").is_some();
    let mut texts: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/excerpts exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    assert!(texts.len() >= 5, "the English excerpts are in place");
    let mut failed = Vec::new();
    for path in texts {
        let text = std::fs::read_to_string(&path).expect("UTF-8 excerpt");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let json = export::to_json(&text, &annotate(&text, &Options::default()), &name);
        let expected = path.with_extension("json");
        if update {
            std::fs::write(&expected, &json).expect("writable excerpt JSON");
            continue;
        }
        let want = std::fs::read_to_string(&expected).unwrap_or_default();
        if want != json {
            failed.push(name);
        }
    }
    assert!(failed.is_empty(), "export changed for {failed:?}: review with UPDATE=1 cargo test --test excerpts and git diff");
}
