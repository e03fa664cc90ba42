#!/usr/bin/env bash
# Build the site and serve it locally (npm start). Installs dependencies on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/node ]; then
  echo "› Installing dependencies (npm install, versions from the lockfile)…"
  npm install --no-audit --no-fund
fi
export ASTRO_TELEMETRY_DISABLED=1
npm run build --silent
exec npm run preview --silent
