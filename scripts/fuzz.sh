#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, in build-fuzz/) and runs each for N executions on a copy of its
# seed corpus (fuzz/corpus/<target>/), then prints executions and crashes per target.
#   scripts/fuzz.sh [--runs N] [--seconds S] [TARGET…]     default: every target, 2,000,000 runs each, no time limit
# (--seconds stops each target after S seconds even when it has not made N runs: the table says how many it made).
# A crash leaves its input in build-fuzz/artifacts/<target>/ and makes the script exit non-zero: turn it into a
# regression test under tests/ (build-fuzz/fuzz/<target> ARTIFACT replays it).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=2000000
seconds=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    -h|--help) sed -n 2,7p "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=(fuzz_contact_event fuzz_call_policy fuzz_settings fuzz_phone fuzz_zendesk_json fuzz_sandbox_http)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

for tool in clang++ ninja; do
  command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
done
BUILD_DIR="${FUZZ_BUILD_DIR:-build-fuzz}"
if command -v ccache >/dev/null; then
  case "$BUILD_DIR" in /*) cache="$BUILD_DIR-ccache" ;; *) cache="$PWD/$BUILD_DIR-ccache" ;; esac
  export CCACHE_DIR="${CCACHE_DIR:-$cache}" CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
else
  launcher=()
fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCALLBRIDGE_UI=OFF -DBUILD_TESTING=OFF -DCALLBRIDGE_FUZZ=ON \
  "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target "${targets[@]}"

# Two frames of allocation stack: Qt's libraries have no frame pointers, so deeper frames unwind into garbage, every
# allocation records a "new" stack and ASan's stack depot grows until libFuzzer's 2 GB limit (millions of runs in).
# For a crash's full stacks, run the target again on its artifact with ASAN_OPTIONS=malloc_context_size=30.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:malloc_context_size=2}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
printf '%-22s %14s %8s %10s %10s\n' target executions crashes seconds exec/s
failed=0
for t in "${targets[@]}"; do
  work="$BUILD_DIR/corpus/$t"; artifacts="$BUILD_DIR/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  [ -d "fuzz/corpus/$t" ] && cp -n fuzz/corpus/"$t"/* "$work"/ 2>/dev/null || true
  log="$BUILD_DIR/$t.log"
  start=$(date +%s)
  stamp="$BUILD_DIR/$t.started"; : >"$stamp" # inputs left by earlier runs are not this run's crashes
  set +e
  "$BUILD_DIR/fuzz/$t" -runs="$runs" -max_total_time="$seconds" -max_len=8192 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" >"$log" 2>&1
  code=$?
  set -e
  took=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=$(find "$artifacts" -type f -newer "$stamp" | wc -l)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  printf '%-22s %14s %8s %10s %10s\n' "$t" "${execs:-?}" "$crashes" "$took" "${rate:-?}"
  if [ "$code" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    failed=1
    echo "  $t: exit $code; see $log and $artifacts/" >&2
  fi
done
exit "$failed"
