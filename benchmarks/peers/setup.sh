#!/usr/bin/env bash
# Copies the peers harness (../shared/peers) into artifacts/peers and installs its pinned node
# packages there. Idempotent: re-copies changed sources, skips npm when node_modules is current.
# Usage: benchmarks/peers/setup.sh [PEERS_SOURCE]   (default: ../shared/peers next to the repo)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SRC=${1:-${PEERS_SOURCE:-$ROOT/../shared/peers}}
[ -d "$SRC" ] || SRC=/work/shared/peers
DEST=$ROOT/artifacts/peers
[ -f "$SRC/lib.mjs" ] || { echo "setup.sh: no peers harness at $SRC" >&2; exit 1; }
command -v node >/dev/null || { echo "setup.sh: node is not on PATH" >&2; exit 1; }
command -v npm >/dev/null || { echo "setup.sh: npm is not on PATH" >&2; exit 1; }

mkdir -p "$DEST"
# Sources only: never copy a node_modules that may exist next to the shared copy.
tar -C "$SRC" --exclude=./node_modules -cf - . | tar -C "$DEST" -xf -

stamp=$DEST/node_modules/.csevm-installed
if [ -f "$stamp" ] && [ "$stamp" -nt "$DEST/package-lock.json" ] && [ "$stamp" -nt "$DEST/package.json" ] \
   && cmp -s "$SRC/package-lock.json" "$stamp"; then
  echo "peers: node packages already installed in $DEST" >&2
  exit 0
fi
# `npm install`, not `npm ci`: see the harness README (EDR's lock file on Node 20).
(cd "$DEST" && npm install --no-audit --no-fund --loglevel=error) >&2
cp "$SRC/package-lock.json" "$stamp"
echo "peers: installed in $DEST" >&2
