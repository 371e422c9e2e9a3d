//! Throughput of `annotate` (all kinds together) on each seed and on
//! documents of 10 KB to 10 MB made by repeating the seeds, reported in
//! characters per second (`elem/s`); the figure should stay flat as the size
//! grows (linear time). A last group times each export format on the 1 MB
//! document.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use undoc::formats::{render, ExportOptions, Format};
use undoc::{annotate, Options};

fn seeds() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("seed folder")
        .map(|e| e.expect("entry").path())
        .map(|p| (p.file_stem().unwrap().to_string_lossy()[..3].to_owned(), std::fs::read_to_string(&p).expect("seed")))
        .collect();
    out.sort();
    out
}

/// The seeds repeated until the text reaches `bytes`, cut on a char boundary.
fn document_of(bytes: usize, seeds: &[(String, String)]) -> String {
    let mut doc = String::with_capacity(bytes + 64 * 1024);
    while doc.len() < bytes {
        for (_, s) in seeds {
            doc.push_str(s);
            doc.push('\n');
        }
    }
    let mut cut = bytes;
    while !doc.is_char_boundary(cut) {
        cut -= 1;
    }
    doc.truncate(cut);
    doc
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    let options = Options::default();
    let mut group = c.benchmark_group("seed");
    for (name, text) in &seeds {
        group.throughput(Throughput::Elements(text.chars().count() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| b.iter(|| annotate(t, &options)));
    }
    group.finish();

    let mut group = c.benchmark_group("size");
    group.sample_size(10);
    for (label, bytes) in [("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)] {
        let doc = document_of(bytes, &seeds);
        group.throughput(Throughput::Elements(doc.chars().count() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label), &doc, |b, t| b.iter(|| annotate(t, &options)));
    }
    group.finish();

    let mut group = c.benchmark_group("export-1MB");
    group.sample_size(10);
    let doc = document_of(1_000_000, &seeds);
    let found = annotate(&doc, &options);
    let export_options = ExportOptions::new("bench.txt");
    group.throughput(Throughput::Elements(doc.chars().count() as u64));
    for format in Format::ALL {
        group.bench_function(format.name(), |b| b.iter(|| render(format, &doc, &found, &export_options)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
