//! The `undoc` command line: `undoc annotate [--format F] FILE... [--out DIR]`.
//! It reads files, so it is native only; built for wasm32 (as `cargo test
//! --target wasm32-unknown-unknown` builds every binary) it only says so.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {
    eprintln!("undoc is the native command line; the page is undoc-web");
}
