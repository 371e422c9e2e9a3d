#!/usr/bin/env bash
# Prints the size of the page's .wasm (raw and gzipped) in dist/, building
# the release page with Trunk first when dist/ has none. Budget: 200 KB
# gzipped, all data included.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls dist/*.wasm >/dev/null 2>&1; then
  if [ ! -f index.html ]; then
    echo "size.sh: no dist/*.wasm and no index.html to build the page from" >&2
    exit 1
  fi
  if [ -x scripts/setup.sh ]; then
    ./scripts/setup.sh >/dev/null
  fi
  # Trunk's release build needs npm binaryen's wasm-opt, which setup.sh
  # installs under node_modules/.bin.
  export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
  if ! command -v trunk >/dev/null; then
    echo "size.sh: trunk is not installed (cargo install --locked trunk --version 0.21.14)" >&2
    exit 1
  fi
  trunk build --release >/dev/null
fi
for f in dist/*.wasm; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  printf '%s: %d bytes (%d KB) raw, %d bytes (%d KB) gzipped (budget 200 KB gzipped)\n' \
    "$(basename "$f")" "$raw" $((raw / 1024)) "$gz" $((gz / 1024))
done
