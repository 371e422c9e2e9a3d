#!/usr/bin/env bash
# Installs what the page and its tests need, and only what is missing:
# the wasm target, wasm-bindgen-cli and Trunk (pinned), npm packages
# (binaryen's wasm-opt, playwright-core, axe), Chromium with chromedriver and
# a Chinese font, and the crates (Trunk builds offline). Safe to run again.
# Source it, or put node_modules/.bin first on PATH yourself afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

WASM_BINDGEN_VERSION=0.2.129
TRUNK_VERSION=0.21.14

say() { printf 'setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || ! command -v chromedriver >/dev/null \
  || ! fc-list 2>/dev/null | grep -qi wqy; then
  say "installing chromium, chromedriver and a Chinese font (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing node and npm (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi

# npm ci only when node_modules does not match package-lock.json.
if [ ! -f node_modules/.package-lock.json ] \
  || ! cmp -s <(node -e 'const l=require("./package-lock.json");delete l.packages[""];console.log(JSON.stringify(Object.keys(l.packages).sort()))') \
             <(node -e 'const l=require("./node_modules/.package-lock.json");console.log(JSON.stringify(Object.keys(l.packages).sort()))'); then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  echo "setup: wasm-opt 132 from npm binaryen is not first on PATH" >&2
  exit 1
fi

# Trunk runs cargo --offline: fetch every crate of the lock file once.
cargo fetch --locked --quiet
