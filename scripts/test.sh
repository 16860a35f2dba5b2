#!/usr/bin/env bash
# Runs every test. Each test run starts its own Azurite on free ports and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test

echo "==> build"
dotnet build ItaWorkflow.slnx -c Release -nologo -v quiet

echo "==> test"
log=$(mktemp)
set +e
dotnet test ItaWorkflow.slnx -c Release --no-build -nologo --logger "console;verbosity=normal" \
  --results-directory TestResults "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary=$(grep -E "^(Passed|Failed)!" "$log" | tail -1 || true)
passed=$(sed -nE 's/.*Passed: *([0-9]+).*/\1/p' <<<"$summary")
failed=$(sed -nE 's/.*Failed: *([0-9]+).*/\1/p' <<<"$summary")
skipped=$(sed -nE 's/.*Skipped: *([0-9]+).*/\1/p' <<<"$summary")
rm -f "$log"
echo
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
