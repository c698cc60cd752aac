#!/usr/bin/env bash
# Runs every benchmark against a build (default build/, RelWithDebInfo from scripts/test.sh) and prints one table.
#   scripts/bench/run.sh [--quick] [--build-dir DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 scripts/bench/run.py "$@"
