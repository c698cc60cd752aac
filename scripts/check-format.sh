#!/usr/bin/env bash
# Fails when any C++ file is not clang-format clean. `--fix` rewrites the files instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
[ "${#files[@]}" -eq 0 ] && exit 0
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/callbridge-format.log; then
  echo "clang-format: these files need formatting (run scripts/check-format.sh --fix):"
  grep -o '^[^:]*\.\(cpp\|h\)' /tmp/callbridge-format.log | sort -u
  exit 1
fi
echo "clang-format: ${#files[@]} files clean"
