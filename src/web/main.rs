//! The page (Yew), compiled only for wasm32. (Filled in by the foundation issue.)

fn main() {}
