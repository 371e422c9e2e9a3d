//! The page: a Yew app, compiled only for wasm32, that turns what a person
//! does (paste, open, select, click) into calls of the `undoc` core and its
//! results into highlights, panels and downloads. It holds no annotation
//! logic of its own; natively this binary is an empty stub.

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod corrections;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod editor;
#[cfg(target_arch = "wasm32")]
mod errors;
#[cfg(target_arch = "wasm32")]
mod exports;
#[cfg(target_arch = "wasm32")]
mod highlights;
#[cfg(target_arch = "wasm32")]
mod inspector;
#[cfg(target_arch = "wasm32")]
mod legend;
#[cfg(target_arch = "wasm32")]
mod mentions;
#[cfg(target_arch = "wasm32")]
mod panels;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(all(test, target_arch = "wasm32"))]
mod tests;
#[cfg(target_arch = "wasm32")]
mod tooltip;
#[cfg(target_arch = "wasm32")]
mod values;

/// Starts the page: installs the panic hook, then mounts the app on `<body>`.
#[cfg(target_arch = "wasm32")]
fn main() {
    app::install_panic_hook();
    yew::Renderer::<app::App>::new().render();
}

/// Natively there is no page; `cargo build` still builds every binary.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("undoc-web is the page: build it with `trunk build --release` (see README)");
}
