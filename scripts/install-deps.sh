#!/usr/bin/env bash
# Installs every Debian 12 package the build, the app and the tests need, and the pinned npm packages.
# Idempotent; run as root (or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-webengine-dev qt6-webchannel-dev
  libqt6sql6-sqlite libqt6sql6-psql postgresql qtkeychain-qt6-dev libphonenumber-dev
  qt6-svg-dev
  libgtest-dev libgmock-dev googletest
  xvfb xauth curl python3 ccache clang libclang-rt-14-dev
  librsvg2-bin file dpkg-dev libqt6svg6 qt6-translations-l10n
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  # The tests start a private PostgreSQL server of their own: no system-wide cluster is created or started.
  $SUDO mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.d/callbridge.conf >/dev/null
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node.js and npm: Debian's, unless the machine already has its own (a nodejs package with npm bundled conflicts
# with Debian's npm package).
if ! command -v npm >/dev/null; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi

# Pinned JavaScript dependencies (amazon-connect-streams) from package-lock.json.
# Skipped when node_modules already holds the locked version.
if [ -f package-lock.json ] && command -v npm >/dev/null; then
  locked="$(node -e 'console.log(require("./package-lock.json").packages["node_modules/amazon-connect-streams"].version)')"
  installed="$(node -e 'try{console.log(require("./node_modules/amazon-connect-streams/package.json").version)}catch(e){}')"
  if [ "$locked" != "$installed" ]; then
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  fi
fi
