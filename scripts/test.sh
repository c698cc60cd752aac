#!/usr/bin/env bash
# Sets up and runs every test: installs dependencies, checks formatting, builds (warnings are errors) with and
# without the UI (core never needs Widgets or WebEngine), then runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/check-format.sh
BUILD_DIR="${BUILD_DIR:-build}"
common=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCALLBRIDGE_WERROR=ON)

cmake -S . -B "${BUILD_DIR}-core-only" "${common[@]}" -DCALLBRIDGE_UI=OFF >/dev/null
cmake --build "${BUILD_DIR}-core-only" --parallel "$(nproc)"
echo "core-only build (CALLBRIDGE_UI=OFF): ok"

cmake -S . -B "$BUILD_DIR" "${common[@]}" -DCALLBRIDGE_UI=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
