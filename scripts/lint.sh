#!/usr/bin/env bash
# npm run lint: ESLint (eslint.config.js), Prettier's check (.prettierrc.json) and the import rules
# (.dependency-cruiser.cjs). All three always run, so one run lists every problem; exit 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
echo "› ESLint…"
npm exec --no -- eslint . || failed+=("eslint")
echo "› Prettier (check only: npm run format rewrites the files)…"
npm exec --no -- prettier --check . || failed+=("prettier")
echo "› dependency-cruiser…"
npm exec --no -- depcruise src scripts tests --config .dependency-cruiser.cjs || failed+=("dependency-cruiser")

if [ ${#failed[@]} -gt 0 ]; then
  echo "✗ lint failed: ${failed[*]}"
  exit 1
fi
echo "✓ lint passed"
