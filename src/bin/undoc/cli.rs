//! Parses the arguments, reads and decodes the files, annotates them and
//! writes each result in the chosen format.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use undoc::decode::decode;
use undoc::formats::{self, ExportOptions, Format};
use undoc::{annotate, Error, Language, Options};

const USAGE: &str = "usage: undoc annotate [--lang zh|en] [--format FORMAT] [--out DIR] FILE...
       undoc bench [--repeat N] FILE
  annotate: annotates UN meeting documents and writes them in FORMAT:
    json    undoc/1 JSON (the default)
    csv     one row per annotation (RFC 4180)
    jsonld  W3C Web Annotation JSON-LD
    brat    brat standoff .ann (offsets into the text saved as UTF-8)
    ics     iCalendar of the schedule (DTSTAMP: now, or $SOURCE_DATE_EPOCH)
  FILE may be - for standard input. Files may be UTF-8 (with or without BOM),
  UTF-16 or GB18030. With one FILE and no --out the result goes to standard
  output; --out DIR writes DIR/NAME.EXT for each FILE.
  bench: times annotation of FILE (no export) and prints characters per second.";

/// The parsed command line.
struct Command {
    files: Vec<String>,
    out: Option<PathBuf>,
    format: Format,
    options: Options,
}

/// Runs the command line with the process's arguments.
pub fn main() -> ExitCode {
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
    let mut cmd = Command { files: Vec::new(), out: None, format: Format::Json, options: Options::default() };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" | "-o" => {
                let dir = it.next().ok_or_else(|| Error::Usage("--out needs a folder".into()))?;
                cmd.out = Some(PathBuf::from(dir));
            }
            "--format" | "-f" => {
                let name = it.next().map_or("", String::as_str);
                cmd.format = Format::from_name(name).ok_or_else(|| {
                    let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                    Error::Usage(format!("--format takes one of {}", names.join(", ")))
                })?;
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
        std::fs::create_dir_all(dir).map_err(|e| write_error(&dir.display().to_string(), &e))?;
    }
    let timestamp = timestamp();
    let mut written: Vec<PathBuf> = Vec::new();
    for file in &cmd.files {
        let shown = if file == "-" { "standard input" } else { file.as_str() };
        let bytes = read(file)?;
        let text = decode(&bytes).map_err(|e| Error::Read { path: shown.to_owned(), reason: e.to_string() })?.text;
        let name = if file == "-" { "stdin".to_owned() } else { file_name(file) };
        let found = annotate(&text, &cmd.options);
        if cmd.format == Format::Ics && formats::ics::event_count(&found) == 0 {
            eprintln!("undoc: {shown}: no schedule with dates found; the calendar has no events");
        }
        let output = formats::render(cmd.format, &text, &found, &ExportOptions { name: &name, timestamp });
        match &cmd.out {
            Some(dir) => {
                let path = dir.join(format!("{}.{}", stem(&name), cmd.format.extension()));
                if written.contains(&path) {
                    return Err(Error::Usage(format!("two inputs would both be written to {}; annotate them into different folders", path.display())));
                }
                std::fs::write(&path, output).map_err(|e| write_error(&path.display().to_string(), &e))?;
                written.push(path);
            }
            None => match std::io::stdout().lock().write_all(output.as_bytes()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
                other => other.map_err(|e| write_error("standard output", &e))?,
            },
        }
    }
    Ok(())
}

/// Now, for the iCalendar `DTSTAMP`; `$SOURCE_DATE_EPOCH` when set, for
/// reproducible files.
fn timestamp() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()))
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
    let text = decode(&read(&file)?).map_err(|e| Error::Read { path: file.clone(), reason: e.to_string() })?.text;
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
    let median = times.get(times.len() / 2).copied().unwrap_or_default().max(1e-9);
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
    Error::Read { path: path.to_owned(), reason: reason(e) }
}

fn write_error(path: &str, e: &std::io::Error) -> Error {
    Error::Write { path: path.to_owned(), reason: reason(e) }
}

/// The operating system's reason, lowercase and without the error code.
fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a folder, not a file".to_owned(),
        _ => {
            let s = e.to_string().to_lowercase();
            s.split(" (os error").next().unwrap_or(&s).to_owned()
        }
    }
}

fn file_name(file: &str) -> String {
    Path::new(file).file_name().map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned())
}

fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| if s.is_empty() { name } else { s })
}
