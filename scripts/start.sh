#!/usr/bin/env bash
# Build the site and serve it locally (npm start). Installs dependencies first when needed (scripts/install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh   # npm ci on a fresh clone or after the lockfile changed
npm run build --silent
exec npm run preview --silent
