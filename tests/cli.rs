//! The real `undoc` binary, driven as a user would: every encoding the
//! annotator reads gives the same result as UTF-8; binary, missing and
//! unreadable input give one clear line naming the file and a non-zero exit;
//! empty input, standard input, `--out` and every `--format` work.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value as Json;

/// A Chinese and an English sentence with a symbol, a date, a time, an
/// article and a place: enough for every recogniser to have something.
const TEXT: &str = "缔约国会议第九届会议将于2021年12月13日至17日在埃及沙姆沙伊赫举行，上午10时开幕。\n\
见秘书处的说明（CAC/COSP/2021/2）和《公约》第六十三条第4款。\n\
The Conference will meet at 10 a.m. on 13 December 2021 in Vienna (see CAC/COSP/2021/1).\n";

fn undoc(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_undoc"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1795373100")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the undoc binary runs");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    }
    child.wait_with_output().expect("undoc finishes")
}

/// A fresh folder under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write input");
    path.to_string_lossy().into_owned()
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "undoc failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// The parts of the JSON that must not depend on how the file was encoded.
fn essence(json: &str) -> (Json, Json, Json) {
    let v: Json = serde_json::from_str(json).expect("valid JSON");
    (v["source"]["chars"].clone(), v["annotations"].clone(), v["metadata"].clone())
}

/// The one line of an error: names `file`, says `what`, ends the run with a
/// non-zero exit and writes nothing to standard output.
fn assert_one_line_error(out: &Output, file: &str, what: &str) {
    assert!(!out.status.success(), "should fail");
    assert!(out.stdout.is_empty(), "wrote output: {}", String::from_utf8_lossy(&out.stdout));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "not one line: {err}");
    assert!(err.starts_with("undoc: "), "{err}");
    assert!(err.contains(file), "does not name {file}: {err}");
    assert!(err.contains(what), "does not say {what}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut v: Vec<u8> = if bom { "\u{feff}".encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect() } else { Vec::new() };
    v.extend(text.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }));
    v
}

#[test]
fn every_encoding_gives_the_same_annotations_as_utf8() {
    let dir = scratch("encodings");
    let plain = essence(&stdout(&undoc(&["annotate", &write(&dir, "plain.txt", TEXT.as_bytes())], None)));
    assert_eq!(plain.0, TEXT.chars().count());
    let (gb, _, unmappable) = encoding_rs::GB18030.encode(TEXT);
    assert!(!unmappable);
    for (name, bytes) in [
        ("bom.txt", [b"\xEF\xBB\xBF".as_slice(), TEXT.as_bytes()].concat()),
        ("le-bom.txt", utf16(TEXT, false, true)),
        ("be-bom.txt", utf16(TEXT, true, true)),
        ("le.txt", utf16(TEXT, false, false)),
        ("be.txt", utf16(TEXT, true, false)),
        ("gb18030.txt", gb.into_owned()),
    ] {
        let got = essence(&stdout(&undoc(&["annotate", &write(&dir, name, &bytes)], None)));
        assert_eq!(got, plain, "{name} differs from UTF-8");
    }
}

#[test]
fn bomless_utf16_of_chinese_without_ascii_is_read() {
    let dir = scratch("utf16-zh");
    let text = "缔约国会议第九届会议将于二〇二一年十二月十三日至十七日在埃及沙姆沙伊赫举行。";
    let plain = essence(&stdout(&undoc(&["annotate", &write(&dir, "plain.txt", text.as_bytes())], None)));
    for (name, big_endian) in [("le.txt", false), ("be.txt", true)] {
        let got = essence(&stdout(&undoc(&["annotate", &write(&dir, name, &utf16(text, big_endian, false))], None)));
        assert_eq!(got, plain, "{name}");
    }
}

#[test]
fn crlf_and_mixed_scripts_keep_code_point_offsets() {
    let dir = scratch("crlf");
    let text = TEXT.replace('\n', "\r\n") + "😀 Ωμέγα العربية русский 2021年12月13日\r\n";
    let json: Json = serde_json::from_str(&stdout(&undoc(&["annotate", &write(&dir, "crlf.txt", text.as_bytes())], None))).unwrap();
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(json["source"]["chars"], chars.len());
    for a in json["annotations"].as_array().unwrap() {
        let (s, e) = (a["start"].as_u64().unwrap() as usize, a["end"].as_u64().unwrap() as usize);
        assert_eq!(a["text"].as_str().unwrap(), chars[s..e].iter().collect::<String>());
    }
}

#[test]
fn binary_input_is_refused_with_one_line_naming_the_file() {
    let dir = scratch("binary");
    for (name, bytes) in [
        ("image.png", [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R'].to_vec()),
        ("archive.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00".to_vec()),
        ("nul.txt", b"Distr.: General\0\0\0\0 more".to_vec()),
        ("noise.bin", (0u8..=255).cycle().take(4096).collect()),
        ("invalid-utf8.txt", b"\xFF\xFF\xC3\x28\xA0\xA1\xE2\x28\xA1\x80\x81".to_vec()),
    ] {
        let path = write(&dir, name, &bytes);
        assert_one_line_error(&undoc(&["annotate", &path], None), name, "binary data, not text");
    }
}

#[test]
fn missing_and_unreadable_input_is_named() {
    let dir = scratch("missing");
    let missing = dir.join("no-such-file.txt").to_string_lossy().into_owned();
    assert_one_line_error(&undoc(&["annotate", &missing], None), "no-such-file.txt", "no such file");
    let folder = dir.to_string_lossy().into_owned();
    assert_one_line_error(&undoc(&["annotate", &folder], None), &folder, "cannot read");
    // Nothing is written for the files after the one that fails.
    let out = dir.join("out");
    let good = write(&dir, "good.txt", TEXT.as_bytes());
    let result = undoc(&["annotate", &missing, &good, "--out", &out.to_string_lossy()], None);
    assert!(!result.status.success());
    assert!(!out.join("good.json").exists());
}

#[test]
fn empty_input_gives_an_empty_export() {
    let dir = scratch("empty");
    for bytes in [&b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE"] {
        let json: Json = serde_json::from_str(&stdout(&undoc(&["annotate", &write(&dir, "empty.txt", bytes)], None))).unwrap();
        assert_eq!(json["schema"], "undoc/1");
        assert_eq!(json["source"]["chars"], 0);
        assert_eq!(json["annotations"], Json::Array(Vec::new()));
    }
    let json: Json = serde_json::from_str(&stdout(&undoc(&["annotate", "-"], Some(b"")))).unwrap();
    assert_eq!(json["source"]["chars"], 0);
}

#[test]
fn standard_input_is_read_with_dash() {
    let dir = scratch("stdin");
    let from_file = stdout(&undoc(&["annotate", &write(&dir, "stdin", TEXT.as_bytes())], None));
    let from_stdin = stdout(&undoc(&["annotate", "-"], Some(TEXT.as_bytes())));
    assert_eq!(from_stdin, from_file, "stdin is named \"stdin\" and annotated like a file");
    let json: Json = serde_json::from_str(&from_stdin).unwrap();
    assert_eq!(json["source"]["name"], "stdin");
    let err = undoc(&["annotate", "-"], Some(b"\x00\x01\x02\x03\x00\x00\x00\x00garbage\x00"));
    assert_one_line_error(&err, "standard input", "binary");
}

#[test]
fn the_cli_writes_what_the_library_exports() {
    let dir = scratch("library");
    let path = write(&dir, "note.txt", TEXT.as_bytes());
    let cli = stdout(&undoc(&["annotate", &path], None));
    let lib = undoc::export::to_json(TEXT, &undoc::annotate(TEXT, &undoc::Options::default()), "note.txt");
    assert_eq!(cli, lib);
}

#[test]
fn out_writes_one_file_per_input_with_the_format_extension() {
    let dir = scratch("out");
    let a = write(&dir, "a.txt", TEXT.as_bytes());
    let b = write(&dir, "b.md", "2021年12月13日".as_bytes());
    let out = dir.join("results").join("nested");
    let out_s = out.to_string_lossy().into_owned();
    for (format, ext) in [("json", "json"), ("csv", "csv"), ("jsonld", "jsonld"), ("brat", "ann"), ("ics", "ics")] {
        let result = undoc(&["annotate", "--format", format, &a, &b, "--out", &out_s], None);
        assert!(result.status.success(), "{format}: {}", String::from_utf8_lossy(&result.stderr));
        assert!(result.stdout.is_empty());
        for stem in ["a", "b"] {
            assert!(out.join(format!("{stem}.{ext}")).is_file(), "{format}: {stem}.{ext} missing");
        }
    }
    let json: Json = serde_json::from_str(&std::fs::read_to_string(out.join("a.json")).unwrap()).unwrap();
    assert_eq!(json["source"]["name"], "a.txt");
    // Two inputs called the same would overwrite each other: refused.
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).unwrap();
    let a2 = write(&sub, "a.txt", b"x");
    let clash = undoc(&["annotate", &a, &a2, "--out", &out_s], None);
    assert_one_line_error(&clash, "a.json", "both be written");
}

#[test]
fn unwritable_output_is_named() {
    let dir = scratch("unwritable");
    let input = write(&dir, "a.txt", TEXT.as_bytes());
    let blocker = write(&dir, "blocker", b"a file where a folder should be");
    assert_one_line_error(&undoc(&["annotate", &input, "--out", &blocker], None), "blocker", "cannot write");
}

#[test]
fn wrong_command_lines_are_refused_with_usage() {
    let dir = scratch("usage");
    let a = write(&dir, "a.txt", TEXT.as_bytes());
    for (args, says) in [
        (vec![], "usage"),
        (vec!["annotate"], "no input file"),
        (vec!["annotate", &a, &a], "several files need --out"),
        (vec!["annotate", "--format", "xml", &a], "--format takes one of json, csv, jsonld, brat, ics"),
        (vec!["annotate", "--format"], "--format takes"),
        (vec!["annotate", "--lang", "fr", &a], "--lang takes zh or en"),
        (vec!["annotate", "--bogus", &a], "unknown option '--bogus'"),
        (vec!["frobnicate"], "unknown command 'frobnicate'"),
        (vec!["annotate", &a, "--out"], "--out needs a folder"),
        (vec!["bench", "--repeat", "0", &a], "--repeat takes a positive number"),
        (vec!["bench"], "bench needs a FILE"),
    ] {
        let out = undoc(&args, None);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let empty = write(&dir, "empty.txt", b"");
    for args in [vec!["--help"], vec!["annotate", "--help"], vec!["--version"], vec!["bench", "--repeat", "1", &empty]] {
        let out = undoc(&args, None);
        assert!(out.status.success(), "{args:?}");
        assert!(!out.stdout.is_empty());
    }
}

#[test]
fn every_format_parses() {
    let dir = scratch("formats");
    let path = write(&dir, "note.txt", TEXT.as_bytes());
    let chars: Vec<char> = TEXT.chars().collect();
    let n = serde_json::from_str::<Json>(&stdout(&undoc(&["annotate", &path], None))).unwrap()["annotations"].as_array().unwrap().len();

    let csv = stdout(&undoc(&["annotate", "--format", "csv", &path], None));
    assert!(csv.starts_with("id,kind,start,end,text,value,source\r\n"));
    assert!(csv.ends_with("\r\n"));

    let jsonld: Json = serde_json::from_str(&stdout(&undoc(&["annotate", "-f", "jsonld", &path], None))).unwrap();
    assert_eq!(jsonld["type"], "AnnotationCollection");
    assert_eq!(jsonld["total"], n);
    for item in jsonld["first"]["items"].as_array().unwrap() {
        let pos = &item["target"]["selector"][0];
        let (s, e) = (pos["start"].as_u64().unwrap() as usize, pos["end"].as_u64().unwrap() as usize);
        assert_eq!(item["target"]["selector"][1]["exact"].as_str().unwrap(), chars[s..e].iter().collect::<String>());
    }

    let ann = stdout(&undoc(&["annotate", "--format", "brat", &path], None));
    assert_eq!(ann.lines().filter(|l| l.starts_with('T')).count(), n);
    for line in ann.lines() {
        assert!(line.starts_with('T') || line.starts_with('#'), "{line}");
        assert_eq!(line.split('\t').count(), 3, "{line}");
    }

    let ics = stdout(&undoc(&["annotate", "--format", "ics", &path], None));
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics[..ics.len() - 2].split("\r\n") {
        assert!(line.len() <= 75, "{line:?}");
        assert!(!line.contains('\n'));
    }
    assert!(!ics.contains("DTSTAMP:") || ics.contains("DTSTAMP:20261122T184500Z"), "DTSTAMP follows SOURCE_DATE_EPOCH");
}

#[test]
fn a_long_single_line_does_not_break_the_cli() {
    let dir = scratch("long");
    let line = "缔约国会议于2021年12月13日在维也纳举行（CAC/COSP/2021/2）😀 ".repeat(20_000);
    let json: Json = serde_json::from_str(&stdout(&undoc(&["annotate", &write(&dir, "long.txt", line.as_bytes())], None))).unwrap();
    assert_eq!(json["source"]["chars"], line.chars().count());
}
