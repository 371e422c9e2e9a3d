#!/usr/bin/env bash
# Installs what is missing, then runs every test: native (unit, golden,
# property, CLI, doctests), browser tests (wasm-bindgen-test in headless
# Chromium), the release build of the page, and the end-to-end test
# (playwright-core drives the built page in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

step "native tests: cargo test"
cargo test --locked

step "browser tests: cargo test --target wasm32-unknown-unknown"
# The suite takes 20-25 s on a loaded 2-core machine: past the runner's
# default timeout of 20 s.
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-180}
cargo test --locked --target wasm32-unknown-unknown --bin undoc-web --test web

step "release build of the page: trunk build --release"
trunk build --release

step "command line for the end-to-end comparison: cargo build --release"
cargo build --locked --release --bin undoc

step "end-to-end: node tests/e2e"
for t in tests/e2e/*.mjs; do
  node "$t"
done

step "all tests passed"
