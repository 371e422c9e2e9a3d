//! Copies the data files of `src/data/` into `OUT_DIR` without their
//! comment lines (`#` first), which every reader skips anyway: the page's
//! wasm embeds the data, and the comments were 5 KB of it.

use std::{env, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=src/data");
    for entry in fs::read_dir("src/data").expect("src/data is readable") {
        let path = entry.expect("src/data is readable").path();
        if path.extension().is_some_and(|e| e == "tsv") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("data files are UTF-8");
            let data: String = text.split_inclusive('\n').filter(|l| !l.starts_with('#')).collect();
            fs::write(out.join(path.file_name().expect("a file name")), data).expect("OUT_DIR is writable");
        }
    }
}
