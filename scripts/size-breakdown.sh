#!/usr/bin/env bash
# Where the page's wasm bytes go: builds the page's wasm as Trunk does
# (cargo profile wasm-release, wasm-bindgen, wasm-opt with index.html's
# flags) but keeps the function names (wasm-opt -g), then prints the code
# bytes per crate / module and the biggest functions after optimisation,
# with the gzipped size of the whole file and of its data.
#
#   scripts/size-breakdown.sh [--fast] [--top N] [--depth D] [FILE.wasm]
#
# --fast     skips wasm-opt (names of the unoptimised wasm-bindgen output:
#            more functions, not yet inlined, about a minute less)
# --top N    how many groups and functions to print (40)
# --depth D  path segments of a name that make its group (2: `undoc::dates`)
# FILE.wasm  a cargo output to break down instead of building one
#
# The names cost nothing in the shipped file (Trunk's wasm-opt drops them),
# but they change a few of wasm-opt's choices: the figures are within 1% of
# the real page's, which `scripts/size.sh` measures.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

fast=0 top=40 depth=2 wasm=""
while [ $# -gt 0 ]; do
  case "$1" in
    --fast) fast=1 ;;
    --top) top="$2"; shift ;;
    --depth) depth="$2"; shift ;;
    -h | --help) sed -n '2,19p' "$0"; exit 0 ;;
    *) wasm="$1" ;;
  esac
  shift
done

target_dir="${CARGO_TARGET_DIR:-target}"
if [ -z "$wasm" ]; then
  cargo build --locked --profile wasm-release --target wasm32-unknown-unknown --bin undoc-web >&2
  wasm="$target_dir/wasm32-unknown-unknown/wasm-release/undoc-web.wasm"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$out" "$wasm"
bg="$out/$(basename "$wasm" .wasm)_bg.wasm"
if [ "$fast" = 0 ]; then
  # The flags Trunk passes: -Oz from data-wasm-opt="z", then index.html's
  # data-wasm-opt-params.
  params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
  # shellcheck disable=SC2086 # the params are words
  wasm-opt -g -Oz "$bg" $params --output="$out/opt.wasm"
  bg="$out/opt.wasm"
fi

python3 - "$bg" "$top" "$depth" <<'EOF'
"""Code bytes per group of function names, from the wasm's name section."""
import collections
import gzip
import re
import sys

path, top, depth = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = open(path, 'rb').read()


def leb(b, i):
    """An unsigned LEB128 at i: (value, next index)."""
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def skip_limits(b, j):
    flags, j = leb(b, j)
    _, j = leb(b, j)
    if flags & 1:
        _, j = leb(b, j)
    return j


i, imported, sizes, names, data_bytes = 8, 0, [], {}, b''
while i < len(data):
    sid = data[i]
    size, i = leb(data, i + 1)
    end = i + size
    if sid == 2:  # imports: function indices start after the imported ones
        n, j = leb(data, i)
        for _ in range(n):
            for _ in range(2):
                length, j = leb(data, j)
                j += length
            kind = data[j]
            j += 1
            if kind == 0:
                _, j = leb(data, j)
                imported += 1
            elif kind == 1:
                j = skip_limits(data, j + 1)
            elif kind == 2:
                j = skip_limits(data, j)
            elif kind == 3:
                j += 2
            else:
                _, j = leb(data, j + 1)
    elif sid == 10:
        n, j = leb(data, i)
        for _ in range(n):
            length, j = leb(data, j)
            sizes.append(length)
            j += length
    elif sid == 11:
        data_bytes = data[i:end]
    elif sid == 0:
        length, j = leb(data, i)
        if data[j:j + length] == b'name':
            j += length
            while j < end:
                sub = data[j]
                ssize, j = leb(data, j + 1)
                if sub == 1:
                    n, k = leb(data, j)
                    for _ in range(n):
                        index, k = leb(data, k)
                        length, k = leb(data, k)
                        names[index] = data[k:k + length].decode('utf8', 'replace')
                        k += length
                j += ssize
    i = end


def clean(name):
    """The name without hashes, crate disambiguators and leading `<&`."""
    name = re.sub(r'::h[0-9a-f]{16}$', '', name)
    name = re.sub(r'\[[0-9a-f]+\]', '', name)
    return name


def group(name):
    """The first `depth` path segments of the type or function named."""
    s = name.lstrip('<&*').replace('mut ', '').replace('dyn ', '')
    parts = re.split(r'::|<| as ', s)
    return '::'.join(p for p in parts[:depth] if p)


functions = [(size, clean(names.get(imported + k, f'#{k}'))) for k, size in enumerate(sizes)]
groups = collections.Counter()
for size, name in functions:
    groups[group(name)] += size
total = sum(sizes)
print(f'{path.rsplit("/", 1)[-1]}: {len(data)} bytes, {len(gzip.compress(data, 9))} gzipped')
print(f'code: {total} bytes in {len(sizes)} functions; data: {len(data_bytes)} bytes, '
      f'{len(gzip.compress(data_bytes, 9))} gzipped')
print(f'\ncode bytes per group (first {depth} segments), top {top}:')
for name, size in groups.most_common(top):
    print(f'{size:8d} {100 * size / total:5.1f}%  {name}')
print(f'\nbiggest functions, top {top}:')
for size, name in sorted(functions, reverse=True)[:top]:
    print(f'{size:8d}  {name[:140]}')
EOF
