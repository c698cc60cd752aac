#!/usr/bin/env bash
# Sets up and runs every test: installs dependencies, checks formatting, builds (warnings are errors) without the
# UI (core never needs Widgets or WebEngine) and runs those tests, builds everything and runs every test, then the
# core and sandbox tests again with ASan and UBSan, and every fuzzer for a short run. The builds share one compiler
# cache, so a later one compiles only what an earlier one did not.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/check-format.sh
BUILD_DIR="${BUILD_DIR:-build}"
export CCACHE_DIR="${CCACHE_DIR:-$PWD/$BUILD_DIR-ccache}" CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
common=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCALLBRIDGE_WERROR=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1

# A private PostgreSQL server on loopback for the team-database tests, stopped when this script ends.
eval "$(./scripts/test-postgres.sh start)"
trap './scripts/test-postgres.sh stop' EXIT
export CALLBRIDGE_REQUIRE_TEST_PG=1

cmake -S . -B "${BUILD_DIR}-core-only" "${common[@]}" -DCALLBRIDGE_UI=OFF >/dev/null
cmake --build "${BUILD_DIR}-core-only" --parallel "$(nproc)"
ctest --test-dir "${BUILD_DIR}-core-only" --output-on-failure --parallel "$(nproc)"
echo "core-only build and tests (CALLBRIDGE_UI=OFF): ok"

cmake -S . -B "$BUILD_DIR" "${common[@]}" -DCALLBRIDGE_UI=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"

# Sanitizer leg: core, sandbox and their tests with AddressSanitizer and UndefinedBehaviorSanitizer.
cmake -S . -B "${BUILD_DIR}-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g0" \
  -DCALLBRIDGE_UI=OFF -DCALLBRIDGE_SANITIZE=ON -DCALLBRIDGE_WERROR=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build "${BUILD_DIR}-asan" --parallel "$(nproc)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp" \
  ctest --test-dir "${BUILD_DIR}-asan" --output-on-failure --parallel "$(nproc)"
echo "sanitizer leg (ASan + UBSan, core and sandbox): ok"

# Every fuzzer for a short run, so that none of them rots.
./scripts/fuzz.sh --runs 20000
