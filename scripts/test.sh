#!/usr/bin/env bash
# The whole test suite (npm test): installs what a fresh machine lacks, builds the site, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install.sh   # npm ci on a fresh clone or after the lockfile changed

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
mkdir -p tmp
status=0
npm exec --no -- vitest run --reporter=default --reporter=json --outputFile.json=tmp/test-results.json "$@" || status=$?
# one plain closing line that any CI can read
node -e '
  const r = JSON.parse(require("fs").readFileSync("tmp/test-results.json", "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit $status
