#!/usr/bin/env bash
# Build the site and serve it locally (npm start), with the local address as SITE_URL unless one is given.
# Installs dependencies first when needed (scripts/install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh   # npm ci on a fresh clone or after the lockfile changed
# citations and downloads point at where the site is served here, unless SITE_URL says otherwise
export SITE_URL="${SITE_URL:-http://127.0.0.1:${PORT:-4321}}"
npm run build --silent
exec npm run preview --silent
