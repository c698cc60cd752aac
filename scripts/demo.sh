#!/usr/bin/env bash
# Sets up and runs the demo on the embedded sandbox: installs dependencies, builds, then
#  - with a display (or --gui): starts `callbridge --demo` (the app, its softphone and a local sandbox);
#  - without one (or --headless): starts the sandbox and replays the sample contact flow through the engine,
#    printing each decision, then shows what landed in the sandbox's Zendesk.
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

out="$(mktemp)"
"$BUILD_DIR/app/sandbox/callbridge-sandbox" --ephemeral --listen 127.0.0.1:0 >"$out" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do [ -s "$out" ] && break; sleep 0.1; done
url="$(head -n1 "$out")"
echo "Sandbox Zendesk at $url (agent@example.com / token 'sandbox'); replaying resources/samples/demo-calls.jsonl"
echo
CALLBRIDGE_ZENDESK_TOKEN=sandbox "$BUILD_DIR/app/callbridge/callbridge" replay --settings /dev/null \
  --zendesk-url "$url" --zendesk-email agent@example.com resources/samples/demo-calls.jsonl
echo
echo "Requests the sandbox's Zendesk received:"
curl -fsS "$url/sandbox/zendesk/stats"
echo
