#!/usr/bin/env bash
# Installs the dependencies for start.sh and test.sh when node_modules is missing or older than the lockfile:
# `npm ci` (exactly the lockfile's versions) when package-lock.json is there, `npm install` otherwise.
#
# Under a system Node older than 22.12 (Debian's Node 20), npm warns once per package that wants a newer
# Node ("npm warn EBADENGINE Unsupported engine", five lines each, 16 packages); npm has no setting that
# silences only these. Those packages run under the project's own Node 24 (the `node` dev dependency, first
# on PATH in every npm script), so the warnings are folded into one counted line; every other line of npm's
# output, warnings and errors alike, is shown as it is, and npm's exit status is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

lockfile=package-lock.json
[ -f "$lockfile" ] || lockfile=package.json
if [ -x node_modules/.bin/node ] && [ node_modules/.package-lock.json -nt "$lockfile" ]; then
  exit 0
fi

if [ -f package-lock.json ]; then command=ci; else command=install; fi
echo "› Installing dependencies (npm $command)…"
npm "$command" --no-audit --no-fund 2>&1 | awk -v node="$(node --version 2>/dev/null || echo none)" '
  /EBADENGINE Unsupported engine/ { folded++ }
  /EBADENGINE/ { next }
  { print; fflush() }
  END {
    if (folded) printf "› npm warned that %d packages need a newer Node than this shell’s (%s): expected, the npm scripts run them under the project’s own Node 24.\n", folded, node
  }'
