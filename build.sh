#!/usr/bin/env bash
# csevm build entry point. Usage:
#   ./build.sh              install what is missing, restore, build Release, publish csevm and libcsevm.so
#   ./build.sh test         build, then xunit, native examples, a state-test subset, a differential run;
#                           ends with "N passed, M failed[, K skipped]"
#   ./build.sh bench [F]    run the BenchmarkDotNet suite (F: a --filter glob, e.g. '*UInt256*')
#   ./build.sh run ARGS     csevm run ARGS (bytecode as a transaction's top-level call)
#   ./build.sh statetest [--fork F] [--run REGEX] PATH...   run official state tests with csevm
#   ./build.sh native       publish libcsevm.so (NativeAOT) and csevm.h to artifacts/native/linux-x64
#   ./build.sh native-test  publish libcsevm.so, then build and run the C, Rust, Go and EVMC host examples
#   ./build.sh peers [ARGS]  csevm vs revm (EDR) and ethereumjs side by side -> benchmarks/results/peers.{md,svg}
#   ./build.sh peers --precompiles  each precompile input in a STATICCALL loop on the three engines -> benchmarks/results/peers-precompiles.{md,svg}
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

# Copies stdin to stdout and stderr. (`tee /dev/stderr` would reopen stderr and truncate a log
# file it is redirected to.)
echo_to_stderr() { while IFS= read -r line; do printf '%s\n' "$line" >&2; printf '%s\n' "$line"; done; }

# Every suite adds its counts here; run_tests prints the sum last.
PASSED=0 FAILED=0 SKIPPED=0
tally() { # suite passed failed [skipped]
  PASSED=$((PASSED + $2)); FAILED=$((FAILED + $3)); SKIPPED=$((SKIPPED + ${4:-0}))
  printf '  %-28s %s passed, %s failed%s\n' "$1:" "$2" "$3" "${4:+, $4 skipped}" >&2
}

# xunit projects: VSTest prints "Failed: 0, Passed: 12, Skipped: 0" per test assembly.
test_dotnet() {
  local log status=0 line p=0 f=0 k=0
  log=$(mktemp)
  say "running the xunit suites"
  dotnet test Engine.sln -c "$CONFIG" --no-build --nologo -v q 2>&1 | tee "$log" || status=$?
  while IFS= read -r line; do
    [[ $line =~ Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),[[:space:]]*Skipped:[[:space:]]*([0-9]+) ]] || continue
    f=$((f + BASH_REMATCH[1])); p=$((p + BASH_REMATCH[2])); k=$((k + BASH_REMATCH[3]))
  done < "$log"
  rm -f "$log"
  if ((status != 0 && f == 0)); then f=1; echo "xunit: the test run failed before reporting results" >&2; fi
  tally "xunit" "$p" "$f" "$k"
}

# The C, Rust, Go and EVMC hosts against the published libcsevm.so: "native-examples: N passed, M failed".
test_native() {
  local out
  out=$(run_native_examples 2>&1 | echo_to_stderr | tail -1) || true
  if [[ $out =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then tally "native examples" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
  else tally "native examples" 0 1; fi
}

# A representative slice of the official state tests through the NativeAOT CLI: every EEST fork
# folder (Frontier ... Osaka, all precompiles) and the classic VMTests.
STATETEST_SUBSET=(
  ../shared/fixtures/state_tests/eest/state_tests
  ../shared/fixtures/state_tests/ethereum-tests/GeneralStateTests/VMTests
)
test_statetests() {
  local out
  say "running the state-test subset: ${STATETEST_SUBSET[*]}"
  out=$("$CSEVM" statetest "${STATETEST_SUBSET[@]}" | grep -v '"pass":true' | echo_to_stderr | tail -1) || true
  if [[ $out =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed,\ ([0-9]+)\ skipped ]]; then
    tally "state tests (subset)" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}"
  else tally "state tests (subset)" 0 1; fi
}

# Random programs on csevm and revm (EDR); needs node (skipped, and counted as such, without it).
DIFFERENTIAL_COUNT=300
test_differential() {
  if ! command -v node >/dev/null; then echo "node not found: differential test skipped" >&2; tally "differential vs revm" 0 0 1; return; fi
  local out
  setup_peers
  out=$(node benchmarks/peers/differential.mjs --count "$DIFFERENTIAL_COUNT" --forks cancun,osaka 2>&1 | echo_to_stderr | grep '^summary:') || true
  if [[ $out =~ summary:\ ([0-9]+)\ programs.*\ ([0-9]+)\ disagreement ]]; then
    tally "differential vs revm" $((BASH_REMATCH[1] - BASH_REMATCH[2])) "${BASH_REMATCH[2]}"
  else tally "differential vs revm" 0 1; fi
}

run_tests() {
  test_dotnet
  test_native
  test_statetests
  test_differential
  if ((SKIPPED)); then echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"; else echo "$PASSED passed, $FAILED failed"; fi
  ((FAILED == 0))
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
  build|"") ensure_tools; restore; build; publish_cli; publish_native ;;
  test)     ensure_tools; restore; build; publish_cli; publish_native; run_tests ;;
  bench)    ensure_tools; restore; shift; run_bench "$@" ;;
  run)       ensure_cli; shift; exec "$CSEVM" run "$@" ;;
  statetest) ensure_cli; shift; exec "$CSEVM" statetest "$@" ;;
  native)    ensure_tools; publish_native ;;
  native-test) ensure_tools; publish_native; run_native_examples ;;
  peers)     ensure_cli; setup_peers; shift; run_peers "$@" ;;
  differential) ensure_cli; setup_peers; shift; run_differential "$@" ;;
  -h|--help|help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) fail "unknown command '$cmd' (try ./build.sh help)" ;;
esac
