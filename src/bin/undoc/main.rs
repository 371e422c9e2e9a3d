//! The `undoc` command line: `undoc annotate [--format F] FILE... [--out DIR]`.
//! It reads files, so it runs natively or under WASI (`scripts/speed.sh`
//! times it as wasm32-wasip1); built for the browser target (as `cargo test
//! --target wasm32-unknown-unknown` builds every binary) it only says so.

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod cli;

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn main() {
    eprintln!("undoc is the native command line; the page is undoc-web");
}
