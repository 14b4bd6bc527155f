#!/usr/bin/env bash
# csevm build entry point. Usage:
#   ./build.sh              install what is missing, restore, build Release, publish the csevm CLI
#   ./build.sh test         run every test project; ends with "N passed, M failed[, K skipped]"
#   ./build.sh bench [F]    run the BenchmarkDotNet suite (F: a --filter glob, e.g. '*UInt256*')
#   ./build.sh run ARGS     csevm run ARGS (bytecode as a transaction's top-level call)
#   ./build.sh statetest [--fork F] [--run REGEX] PATH...   run official state tests with csevm
#   ./build.sh native       publish libcsevm.so (NativeAOT) and csevm.h to artifacts/native/linux-x64
#   ./build.sh native-test  publish libcsevm.so, then build and run the C, Rust, Go and EVMC host examples
#   ./build.sh peers [ARGS]  csevm vs revm (EDR) and ethereumjs side by side -> benchmarks/results/peers.{md,svg}
#   ./build.sh differential [N] [ARGS]   N random programs (default 3000) on csevm and revm, all forks
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
CONFIG=Release
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say()  { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf 'build.sh: error: %s\n' "$*" >&2; exit 1; }

# Debian packages the project needs at build or run time.
APT_PACKAGES=(libsecp256k1-dev golang-go)

ensure_tools() {
  command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not on PATH"
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if ((${#missing[@]})); then
    say "installing Debian packages: ${missing[*]}"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq || fail "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || fail "apt-get install ${missing[*]} failed"
  fi
}

restore() {
  say "restoring NuGet packages"
  dotnet restore Engine.sln --nologo -v q || fail "NuGet restore failed (is the NuGet registry reachable?)"
}

build() {
  say "building ($CONFIG)"
  dotnet build Engine.sln -c "$CONFIG" --no-restore --nologo -v q -clp:ErrorsOnly || fail "build failed"
}

# The csevm command line, NativeAOT-compiled (see AotTargetFramework in Directory.Build.props).
CSEVM="$ROOT/artifacts/bin/csevm"
publish_cli() {
  say "publishing csevm (NativeAOT) to artifacts/bin"
  local tfm
  tfm=$(sed -n 's:.*<AotTargetFramework>\(.*\)</AotTargetFramework>.*:\1:p' Directory.Build.props)
  dotnet publish src/Engine.Cli -c "$CONFIG" -f "$tfm" -r linux-x64 --nologo -v q -clp:ErrorsOnly -o artifacts/bin \
    || fail "publishing the csevm CLI failed"
}

ensure_cli() {
  [ -x "$CSEVM" ] || { ensure_tools; restore; publish_cli; }
}

run_tests() {
  local log passed=0 failed=0 skipped=0 status=0 line
  log=$(mktemp)
  say "running tests"
  dotnet test Engine.sln -c "$CONFIG" --no-build --nologo -v q 2>&1 | tee "$log" || status=$?
  # VSTest prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12 ..."
  while IFS= read -r line; do
    [[ $line =~ Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),[[:space:]]*Skipped:[[:space:]]*([0-9]+) ]] || continue
    failed=$((failed + BASH_REMATCH[1])); passed=$((passed + BASH_REMATCH[2])); skipped=$((skipped + BASH_REMATCH[3]))
  done < "$log"
  rm -f "$log"
  if ((status != 0 && failed == 0)); then failed=1; echo "test run failed before reporting results" >&2; fi
  if ((skipped)); then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
  ((failed == 0))
}

run_bench() {
  local filter=${1:-*}
  say "running benchmarks (filter: $filter)"
  dotnet run -c "$CONFIG" --project benchmarks/Engine.Benchmarks --no-launch-profile -- --filter "$filter" "${@:2}"
}

NATIVE_OUT=artifacts/native/linux-x64

publish_native() {
  local staging=artifacts/native/publish
  say "publishing libcsevm.so (NativeAOT) to $NATIVE_OUT"
  dotnet publish native/Csevm.Native -c "$CONFIG" --nologo -v q -clp:ErrorsOnly -o "$staging" || fail "NativeAOT publish failed"
  mkdir -p "$NATIVE_OUT"
  cp "$staging/libcsevm.so" native/include/csevm.h "$NATIVE_OUT/"
}

run_native_examples() {
  say "running the native examples against $NATIVE_OUT/libcsevm.so"
  native/examples/run.sh "$ROOT/$NATIVE_OUT"
}

# The peers harness (../shared/peers: revm through Hardhat's EDR, ethereumjs) needs node and npm.
setup_peers() {
  command -v node >/dev/null || fail "node is not on PATH (the peers harness runs on Node.js 20+)"
  benchmarks/peers/setup.sh || fail "setting up the peers harness failed"
}

run_peers() {
  say "comparing csevm with revm (EDR) and ethereumjs"
  node benchmarks/peers/compare.mjs "$@"
}

run_differential() {
  local count=3000
  if [[ ${1:-} =~ ^[0-9]+$ ]]; then count=$1; shift; fi
  say "differential test: $count random programs, csevm vs revm"
  node benchmarks/peers/differential.mjs --count "$count" --forks all "$@"
}

cmd=${1:-build}
case "$cmd" in
  build|"") ensure_tools; restore; build; publish_cli ;;
  test)     ensure_tools; restore; build; run_tests ;;
  bench)    ensure_tools; restore; shift; run_bench "$@" ;;
  run)       ensure_cli; shift; exec "$CSEVM" run "$@" ;;
  statetest) ensure_cli; shift; exec "$CSEVM" statetest "$@" ;;
  native)    ensure_tools; publish_native ;;
  native-test) ensure_tools; publish_native; run_native_examples ;;
  peers)     ensure_cli; setup_peers; shift; run_peers "$@" ;;
  differential) ensure_cli; setup_peers; shift; run_differential "$@" ;;
  -h|--help|help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) fail "unknown command '$cmd' (try ./build.sh help)" ;;
esac
