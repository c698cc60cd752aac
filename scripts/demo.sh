#!/usr/bin/env bash
# Sets up and runs the demo on the embedded sandbox: installs dependencies, builds, then
#  - with a display (or --gui): starts `callbridge --demo` (the app, its softphone and a local sandbox);
#  - without one (or --headless): runs the app offscreen against its sandbox and places calls through the sandbox's
#    control API, printing each decision; then replays the shipped contact-flow sample through `callbridge replay`.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target callbridge callbridge-sandbox

mode="${1:-}"
if [ -z "$mode" ]; then
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then mode=--gui; else mode=--headless; fi
fi

if [ "$mode" = "--gui" ]; then
  export QTWEBENGINE_DISABLE_SANDBOX="${QTWEBENGINE_DISABLE_SANDBOX:-$([ "$(id -u)" -eq 0 ] && echo 1 || echo 0)}"
  exec "$BUILD_DIR/app/callbridge/callbridge" --demo
fi

# Headless: the real app (softphone page, bridge, engine, journal) offscreen against its own sandbox, driven through
# the sandbox's control API; then the shipped contact-flow sample through `callbridge replay`.
work="$(mktemp -d)"
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_DISABLE_SANDBOX="${QTWEBENGINE_DISABLE_SANDBOX:-$([ "$(id -u)" -eq 0 ] && echo 1 || echo 0)}"
"$BUILD_DIR/app/callbridge/callbridge" --demo >"$work/decisions.jsonl" 2>"$work/app.log" &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do grep -q "using the sandbox at" "$work/app.log" && break; sleep 0.1; done
url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/app.log" | head -n1)"
[ -n "$url" ] || { cat "$work/app.log"; echo "demo: the app did not start its sandbox" >&2; exit 1; }
echo "The app is running offscreen against its sandbox at $url (the sandbox's page: $url/sandbox/ccp/)."
echo
./scripts/demo-calls.sh "$url" "$work/decisions.jsonl"
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true

out="$work/sandbox.out"
"$BUILD_DIR/app/sandbox/callbridge-sandbox" --ephemeral --listen 127.0.0.1:0 >"$out" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$out" ] && break; sleep 0.1; done
url="$(head -n1 "$out")"
echo
echo "Replaying resources/samples/demo-calls.jsonl (every rule) against a fresh sandbox at $url:"
echo
CALLBRIDGE_ZENDESK_TOKEN=sandbox "$BUILD_DIR/app/callbridge/callbridge" replay --settings /dev/null \
  --zendesk-url "$url" --zendesk-email agent@example.com resources/samples/demo-calls.jsonl | ./scripts/show-decisions.py
echo
echo "Requests the sandbox's Zendesk received:"
curl -fsS "$url/sandbox/zendesk/stats"
echo
