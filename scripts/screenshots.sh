#!/usr/bin/env bash
# Screenshots of the agent's workspace in its main states, light and dark palettes, under a virtual X server:
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]      (defaults: build/, build/screenshots/)
# Each also in German (…-de.png: decisions worded in the window's language). Also one of the whole window
# during a call on the sandbox (the end-to-end test's screenshot).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-$build/screenshots}
mkdir -p "$out"
cmake --build "$build" --parallel 2 --target workspace_gallery ui_softphone_e2e_tests
xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$build/tests/ui/workspace_gallery" --screenshots "$out"
xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$build/tests/ui/workspace_gallery" --screenshots "$out" \
  --lang de
xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 \
  CALLBRIDGE_UI_SCREENSHOT="$out/window-agent-mode.png" "$build/tests/ui/ui_softphone_e2e_tests" \
  --gtest_filter='SoftphoneEndToEndAgentMode.CreateUserThenTicketByPressingTheButtons' >/dev/null
echo "screenshots in $out"
