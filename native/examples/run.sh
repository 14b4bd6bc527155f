#!/usr/bin/env bash
# Builds and runs every native example against a built libcsevm.so and its csevm.h:
#   native/examples/run.sh [DIR]     DIR holds libcsevm.so and csevm.h (default: artifacts/native/linux-x64)
# The C EVMC host (dlopen by path), then the plain C API from C (gcc), hostile calls on every C
# API function (C), and the same program from Rust (cargo, offline) and Go (cgo). Each example asserts its own results and exits non-zero on a failed check.
# Ends with "native-examples: N passed, M failed"; exits non-zero if any failed.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
LIB_DIR=$(cd "${1:-$ROOT/artifacts/native/linux-x64}" 2>/dev/null && pwd) || { echo "run.sh: no such directory: ${1:-}" >&2; exit 2; }
[ -f "$LIB_DIR/libcsevm.so" ] || { echo "run.sh: $LIB_DIR/libcsevm.so is missing (run ./build.sh native)" >&2; exit 2; }
[ -f "$LIB_DIR/csevm.h" ] || { echo "run.sh: $LIB_DIR/csevm.h is missing (run ./build.sh native)" >&2; exit 2; }
BUILD="$ROOT/artifacts/native/examples"
mkdir -p "$BUILD"
passed=0 failed=0

run() {
  local name=$1; shift
  echo "--- $name"
  if "$@"; then passed=$((passed + 1)); else echo "--- $name FAILED" >&2; failed=$((failed + 1)); fi
}

evmc_host() {
  gcc -std=c11 -Wall -Wextra -Werror -O1 -o "$BUILD/evmc_host" "$HERE/evmc_host/evmc_host.c" -ldl &&
    "$BUILD/evmc_host" "$LIB_DIR/libcsevm.so"
}

c_example() {
  gcc -std=c11 -Wall -Wextra -Werror -O1 -I "$LIB_DIR" -o "$BUILD/c_example" "$HERE/c/example.c" \
    -L "$LIB_DIR" -lcsevm -Wl,-rpath,"$LIB_DIR" &&
    "$BUILD/c_example"
}

c_hostile() {
  gcc -std=c11 -Wall -Wextra -Werror -O1 -I "$LIB_DIR" -o "$BUILD/c_hostile" "$HERE/c/hostile.c" \
    -L "$LIB_DIR" -lcsevm -Wl,-rpath,"$LIB_DIR" &&
    "$BUILD/c_hostile"
}

rust_example() {
  command -v cargo >/dev/null || { echo "cargo is not installed" >&2; return 1; }
  (cd "$HERE/rust" && CSEVM_LIB_DIR="$LIB_DIR" cargo run --offline --quiet --target-dir "$BUILD/rust")
}

go_example() {
  command -v go >/dev/null || { echo "go is not installed (Debian: golang-go)" >&2; return 1; }
  (cd "$HERE/go" && CGO_ENABLED=1 CGO_CFLAGS="-I$LIB_DIR" CGO_LDFLAGS="-L$LIB_DIR -Wl,-rpath,$LIB_DIR" \
    GOCACHE="$BUILD/go-cache" GOFLAGS=-mod=mod GOPROXY=off go build -o "$BUILD/go_example" . &&
    "$BUILD/go_example")
}

run "EVMC host (C, dlopen)" evmc_host
run "C API from C" c_example
run "C API hostile calls (C)" c_hostile
run "C API from Rust" rust_example
run "C API from Go" go_example

echo "native-examples: $passed passed, $failed failed"
((failed == 0))
