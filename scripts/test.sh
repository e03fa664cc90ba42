#!/usr/bin/env bash
# The whole test suite (npm test): installs what a fresh machine lacks, builds the site, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/node ]; then
  echo "› Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "› Installing Debian's Chromium for the browser tests…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

export ASTRO_TELEMETRY_DISABLED=1
echo "› Building the site…"
npm run build --silent

echo "› Running the tests…"
exec npm exec --no -- vitest run "$@"
