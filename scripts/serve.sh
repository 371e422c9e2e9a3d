#!/usr/bin/env bash
# Installs what is missing, builds the page (release) and serves it on
# http://127.0.0.1:${PORT:-8080}/ until interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-8080}"
echo "serve: the page will be at http://127.0.0.1:$PORT/"
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "$PORT"
