#!/usr/bin/env bash
# Every check of the project, in the order a reviewer would run them. Installs what the browser
# tests need from Debian when it is missing (a fresh machine has neither Chromium nor CJK fonts).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh

echo "== type-check"
npx tsc -p tsconfig.json --noEmit
echo "== lint"
npx eslint .
echo "== build web app"
npm run build --silent

mkdir -p test-results
status=0
echo "== unit and integration tests (PGlite and PostgreSQL)"
npx vitest run --project unit --project integration --reporter=default --reporter=json --outputFile.json=test-results/server.json || status=$?
echo "== browser tests (Chromium)"
npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=$?

node scripts/summarise-tests.mjs test-results/server.json test-results/e2e.json || status=$?
exit "$status"
