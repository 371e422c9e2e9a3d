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

/// The seed's text and its export as JSON.
fn annotated(name: &str) -> (String, serde_json::Value) {
    let text = std::fs::read_to_string(data().join("seeds").join(name)).unwrap();
    let json = export::to_json(&text, &annotate(&text, &Options::default()), name);
    let doc = serde_json::from_str(&json).unwrap();
    (text, doc)
}

#[test]
fn seed_000_agenda_tree_schedule_and_metadata() {
    let (_, doc) = annotated("000_19d8e4581a498d05.txt");
    let tree: Vec<(String, usize)> = doc["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["number"].as_str().unwrap().to_owned(), i["items"].as_array().unwrap().len()))
        .collect();
    let want: Vec<(String, usize)> = (1..=10).map(|n| (n.to_string(), [6, 0, 0, 0, 0, 0, 0, 3, 0, 0][n - 1])).collect();
    assert_eq!(tree, want);
    // Every time slot of the annex's organization of work, with ISO dates.
    let rows = doc["schedule"].as_array().unwrap();
    assert_eq!(rows.len(), 13);
    assert_eq!(rows[0]["items"], serde_json::json!(["1(a)", "1(b)", "1(c)", "1(d)", "1(e)", "1(f)"]));
    assert_eq!((rows[0]["date"].as_str(), rows[0]["start"].as_str(), rows[0]["end"].as_str()), (Some("2021-12-13"), Some("10:00"), Some("13:00")));
    assert_eq!(rows[10]["items"], serde_json::json!(["8", "9"]));
    assert!(rows.iter().all(|r| r["date"].as_str().is_some_and(|d| d.starts_with("2021-12-1"))));
    let meta = &doc["metadata"];
    assert_eq!(meta["session"]["number"], 9);
    assert_eq!(meta["date"], "2021-09-30");
    assert_eq!(meta["meeting"], serde_json::json!({"start": "2021-12-13", "end": "2021-12-17", "place": "埃及沙姆沙伊赫"}));
}

#[test]
fn seed_002_attendance_list_states_all_found_with_their_iso_codes() {
    let (text, doc) = annotated("002_b3e6555703f58ac3.txt");
    let at = |needle: &str, from: usize| {
        let byte = text[from..].find(needle).unwrap() + from;
        (text[..byte].chars().count(), byte)
    };
    let (start, from) = at("7. 《公约》的下列缔约国", 0);
    let (end, _) = at("\n", from);
    let states = |annotations: &serde_json::Value| -> Vec<(u64, String)> {
        annotations
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["kind"] == "participant" && a["value"]["type"] == "state")
            .filter(|a| (start..end).contains(&(a["start"].as_u64().unwrap() as usize)))
            .map(|a| (a["start"].as_u64().unwrap(), a["value"]["iso3"].as_str().unwrap_or("").to_owned()))
            .collect()
    };
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(data().join("gold/002_b3e6555703f58ac3.json")).unwrap()).unwrap();
    let want = states(&gold["annotations"]);
    assert_eq!(want.len(), 123, "the gold's list of States parties");
    assert_eq!(states(&doc["annotations"]), want);
}
