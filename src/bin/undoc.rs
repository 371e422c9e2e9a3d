//! The `undoc` command line: `undoc annotate FILE... [--out DIR]`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use undoc::decode::decode;
use undoc::{annotate, export, Error, Language, Options};

const USAGE: &str = "usage: undoc annotate [--lang zh|en] [--out DIR] FILE...
       undoc bench [--repeat N] FILE
  annotate: annotates UN meeting documents and writes undoc/1 JSON.
  FILE may be - for standard input. With one FILE and no --out the JSON goes
  to standard output; --out DIR writes DIR/NAME.json for each FILE.
  bench: times annotation of FILE (no export) and prints characters per second.";

/// The parsed command line.
struct Command {
    files: Vec<String>,
    out: Option<PathBuf>,
    options: Options,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args).and_then(|cmd| cmd.map_or(Ok(()), |c| run(&c))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("undoc: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `Ok(None)` when help or the version was printed.
fn parse(args: &[String]) -> Result<Option<Command>, Error> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("annotate") => {}
        Some("bench") => return bench(&args[1..]).map(|()| None),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return Ok(None);
        }
        Some("-V" | "--version") => {
            println!("undoc {}", env!("CARGO_PKG_VERSION"));
            return Ok(None);
        }
        Some(other) => return Err(Error::Usage(format!("unknown command '{other}'\n{USAGE}"))),
        None => return Err(Error::Usage(USAGE.into())),
    }
    let mut cmd = Command { files: Vec::new(), out: None, options: Options::default() };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" | "-o" => {
                let dir = it.next().ok_or_else(|| Error::Usage("--out needs a folder".into()))?;
                cmd.out = Some(PathBuf::from(dir));
            }
            "--lang" => {
                cmd.options.language = Some(match it.next().map(String::as_str) {
                    Some("zh") => Language::Chinese,
                    Some("en") => Language::English,
                    _ => return Err(Error::Usage("--lang takes zh or en".into())),
                });
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            s if s.starts_with('-') && s != "-" => return Err(Error::Usage(format!("unknown option '{s}'\n{USAGE}"))),
            _ => cmd.files.push(arg.clone()),
        }
    }
    if cmd.files.is_empty() {
        return Err(Error::Usage(format!("no input file (use - for standard input)\n{USAGE}")));
    }
    if cmd.files.len() > 1 && cmd.out.is_none() {
        return Err(Error::Usage("several files need --out DIR".into()));
    }
    Ok(Some(cmd))
}

fn run(cmd: &Command) -> Result<(), Error> {
    if let Some(dir) = &cmd.out {
        std::fs::create_dir_all(dir).map_err(|e| read_error(&dir.display().to_string(), &e))?;
    }
    for file in &cmd.files {
        let bytes = read(file)?;
        let text = decode(&bytes).map_err(|e| Error::Usage(format!("{file}: {e}")))?.text;
        let name = if file == "-" { "stdin".to_owned() } else { file_name(file) };
        let json = export::to_json(&text, &annotate(&text, &cmd.options), &name);
        match &cmd.out {
            Some(dir) => {
                let path = dir.join(format!("{}.json", stem(&name)));
                std::fs::write(&path, json).map_err(|e| read_error(&path.display().to_string(), &e))?;
            }
            None => std::io::stdout().write_all(json.as_bytes()).map_err(|e| read_error("standard output", &e))?,
        }
    }
    Ok(())
}

/// `undoc bench [--repeat N] FILE`: the annotator's own speed, without
/// reading or export, as the median of N runs.
fn bench(args: &[String]) -> Result<(), Error> {
    let (mut repeat, mut file) = (5usize, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--repeat" => {
                repeat = it.next().and_then(|n| n.parse().ok()).filter(|&n| n > 0).ok_or_else(|| Error::Usage("--repeat takes a positive number".into()))?;
            }
            _ => file = Some(arg.clone()),
        }
    }
    let file = file.ok_or_else(|| Error::Usage(format!("bench needs a FILE\n{USAGE}")))?;
    let text = decode(&read(&file)?).map_err(|e| Error::Usage(format!("{file}: {e}")))?.text;
    let chars = text.chars().count();
    let mut times: Vec<f64> = (0..repeat)
        .map(|_| {
            let t = std::time::Instant::now();
            let found = annotate(&text, &Options::default());
            let secs = t.elapsed().as_secs_f64();
            std::hint::black_box(found);
            secs
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("{chars} chars in {:.2} ms: {:.2} M chars/s", median * 1e3, chars as f64 / median / 1e6);
    Ok(())
}

fn read(file: &str) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| read_error("standard input", &e))?;
    } else {
        bytes = std::fs::read(file).map_err(|e| read_error(file, &e))?;
    }
    Ok(bytes)
}

fn read_error(path: &str, e: &std::io::Error) -> Error {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a folder, not a file".to_owned(),
        _ => e.to_string().to_lowercase(),
    };
    Error::Read { path: path.to_owned(), reason }
}

fn file_name(file: &str) -> String {
    Path::new(file).file_name().map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned())
}

fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| if s.is_empty() { name } else { s })
}
