#!/usr/bin/env bash
# Screenshots of the first-run wizard, the settings dialog (light and dark palette), the tray menu and icons and
# the About dialog, taken under Xvfb by ui_settings_tests. Usage: scripts/screenshots-settings.sh [BUILD_DIR [OUT]]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=${2:-$build/screenshots/settings}
mkdir -p "$out"
CALLBRIDGE_SETTINGS_SCREENSHOTS="$(cd "$out" && pwd)" QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/ui/ui_settings_tests" --gtest_filter='Screenshots.*'
ls "$out"/*.png
