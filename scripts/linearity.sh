#!/usr/bin/env bash
# Prints how the annotator's time grows on one long line of a repeated
# phrase (the lists and chains of scripts/linearity-phrases.txt): each
# phrase at SMALL and 4 × SMALL characters, `undoc bench --repeat 3` on
# each, and the ratio of the two times. A linear recogniser gives about 4;
# a scan that restarts from the line's start at every item gives 16.
# Usage: scripts/linearity.sh [SMALL]   (default 100000 characters)
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-100000}
cargo build --quiet --release --bin undoc
out=${CARGO_TARGET_DIR:-target}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '%-50s %10s %10s %6s\n' phrase "${small}" "$((small * 4))" ratio
grep -v '^#' scripts/linearity-phrases.txt | while IFS= read -r phrase; do
  [ -n "$phrase" ] || continue
  times=()
  for n in "$small" "$((small * 4))"; do
    python3 - "$phrase" "$n" "$dir/doc.txt" <<'PY'
import sys
phrase, n, out = sys.argv[1].replace("\\t", "\t"), int(sys.argv[2]), sys.argv[3]
open(out, "w", encoding="utf-8").write((phrase * (n // len(phrase) + 1))[:n])
PY
    ms=$("$out"/release/undoc bench --repeat 3 "$dir/doc.txt" | sed -E 's/.* in ([0-9.]+) ms.*/\1/')
    times+=("$ms")
  done
  python3 - "$phrase" "${times[@]}" <<'PY'
import sys
phrase, a, b = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
print(f"{phrase[:48]:50} {a:8.1f}ms {b:8.1f}ms {b / max(a, 0.01):6.1f}")
PY
done
