#!/usr/bin/env bash
# Sets up and runs every test: installs dependencies, checks formatting, builds (warnings are errors), runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/check-format.sh
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCALLBRIDGE_WERROR=ON
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
