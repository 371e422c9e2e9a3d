//! Golden test over the seed documents: annotates each one, checks the
//! export's invariants, scores it against the gold with `score.py`, prints
//! the per-kind table, and fails when a kind falls below its floor in
//! `tests/data/accuracy-floor.tsv`.

use std::path::{Path, PathBuf};
use std::process::Command;

use undoc::{annotate, export, Options};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Scores of one kind (or `overall`): F1 and value accuracy.
fn parse_scores(table: &str) -> Vec<(String, f64, f64)> {
    let mut out = Vec::new();
    for line in table.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if let ["overall", "F1", f1, "value-accuracy", v] = cols[..] {
            out.push(("overall".into(), f1.parse().unwrap(), v.parse().unwrap()));
        } else if cols.len() >= 8 && cols[1].parse::<u32>().is_ok() {
            out.push((cols[0].into(), cols[6].parse().unwrap(), cols[7].parse().unwrap()));
        }
    }
    out
}

#[test]
fn seeds_score_at_least_their_floor() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("seeds");
    std::fs::create_dir_all(&out).unwrap();
    let mut n = 0;
    for entry in std::fs::read_dir(data().join("seeds")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let json = export::to_json(&text, &annotate(&text, &Options::default()), &name);
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(doc["schema"], "undoc/1");
        let chars: Vec<char> = text.chars().collect();
        for a in doc["annotations"].as_array().unwrap() {
            let (s, e) = (a["start"].as_u64().unwrap() as usize, a["end"].as_u64().unwrap() as usize);
            let slice: String = chars[s..e].iter().collect();
            assert_eq!(a["text"].as_str().unwrap(), slice, "{name}: {a}");
        }
        std::fs::write(out.join(path.with_extension("json").file_name().unwrap()), json).unwrap();
        n += 1;
    }
    assert_eq!(n, 5, "five seed documents");

    let result = Command::new("python3")
        .arg(data().join("gold/score.py"))
        .arg(data().join("gold"))
        .arg(&out)
        .arg("--texts")
        .arg(data().join("seeds"))
        .output()
        .expect("python3 runs score.py");
    let table = String::from_utf8_lossy(&result.stdout);
    println!("accuracy on the seeds:\n{table}");
    assert!(result.status.success(), "score.py failed: {}", String::from_utf8_lossy(&result.stderr));
    assert!(!table.contains("text != input"), "a span's text differs from the input");

    let scores = parse_scores(&table);
    let floors = std::fs::read_to_string(data().join("accuracy-floor.tsv")).unwrap();
    for line in floors.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (kind, min_f1, min_value): (&str, f64, f64) = (cols[0], cols[1].parse().unwrap(), cols[2].parse().unwrap());
        let (_, f1, value) = scores.iter().find(|(k, _, _)| k == kind).cloned().unwrap_or((kind.into(), 0.0, 0.0));
        assert!(f1 >= min_f1, "{kind}: F1 {f1} fell below its floor {min_f1}");
        assert!(value >= min_value, "{kind}: value accuracy {value} fell below its floor {min_value}");
    }
}
