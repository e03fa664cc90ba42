#!/usr/bin/env bash
# The whole test suite (npm test): installs what a fresh machine lacks, then runs the parts in order (type check,
# lint, build, unit, build checks, browser tests), timing each. Every part runs even if one before it failed; the last
# line is `N passed, N failed, N skipped` over all parts, and the exit status is non-zero if any part failed.
# Extra arguments go to each vitest run (e.g. `npm test -- -t map`).
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
# the tests' site address (tests/support/dist.ts, testSite), whatever the caller's: the tests compare addresses in
# the built pages with it. A production build needs SITE_URL (README, "Deploying"); this build is not one
export SITE_URL=https://archive-reader.example.org
mkdir -p tmp
rm -f tmp/test-results-*.json tmp/test-results-failed-parts.txt
status=0
times=()

# run_part NAME COMMAND…: runs a part, prints its time, remembers a failure and goes on
run_part() {
  local name=$1
  shift
  echo "› ${name}…"
  local start=$SECONDS part_status=0
  "$@" || part_status=$?
  local took=$((SECONDS - start))
  times+=("${name} ${took} s")
  if [ "$part_status" -ne 0 ]; then
    status=1
    echo "› ${name}: FAILED (exit ${part_status}) after ${took} s"
    # a part that fails without a vitest report (the build, a crash) still counts in the closing line
    [ -f "tmp/test-results-${name}.json" ] || echo "$name" >>tmp/test-results-failed-parts.txt
  else
    echo "› ${name}: done in ${took} s"
  fi
}

# run_vitest NAME PROJECT: one vitest project (vitest.config.ts) with a JSON report in tmp/
run_vitest() {
  local name=$1 project=$2
  shift 2
  # with a filter from the command line a part may match nothing: that is not a failure then
  local extra=()
  if [ "$#" -gt 0 ]; then extra=(--passWithNoTests); fi
  npm exec --no -- vitest run --project "$project" --reporter=default --reporter=json \
    --outputFile.json="tmp/test-results-${name}.json" "${extra[@]}" "$@"
}

# the parts, in order: the static checks first (cheap, and they name the file and line of a fault)
run_part typecheck npm run typecheck --silent
run_part lint npm run lint --silent
run_part build npm run build --silent
run_part unit run_vitest unit unit "$@"
run_part build-checks run_vitest build-checks build "$@"
run_part e2e run_vitest e2e e2e "$@"

echo "› Time per part: $(IFS=,; echo "${times[*]}" | sed 's/,/, /g')"
# one plain closing line that any CI can read, summed over the parts' reports
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const name of ["unit", "build-checks", "e2e"]) {
    const file = `tmp/test-results-${name}.json`;
    if (!fs.existsSync(file)) continue;
    const r = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += r.numPassedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    // a test file that failed before any of its tests ran (an import error, dist/ missing) has no failed test
    failed += r.numFailedTests + r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
  }
  if (fs.existsSync("tmp/test-results-failed-parts.txt")) failed += fs.readFileSync("tmp/test-results-failed-parts.txt", "utf8").split("\n").filter(Boolean).length;
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
' || status=1
exit $status
