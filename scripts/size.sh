#!/usr/bin/env bash
# Prints the size of the page's .wasm (raw and gzipped) in dist/, building
# the release page first when dist/ has none. Budget: 200 KB gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls dist/*.wasm >/dev/null 2>&1; then
  ./scripts/setup.sh >/dev/null
  trunk build --release >/dev/null
fi
for f in dist/*.wasm; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  printf '%s: %d KB raw, %d KB gzipped (budget 200 KB gzipped)\n' "$(basename "$f")" $((raw / 1024)) $((gz / 1024))
done
