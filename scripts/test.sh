#!/usr/bin/env bash
# Runs every test. Each test run starts its own Azurite on free ports and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test

echo "==> build"
dotnet build ItaWorkflow.sln -c Release -nologo -v quiet

echo "==> test"
log=$(mktemp)
set +e
dotnet test ItaWorkflow.sln -c Release --no-build -nologo --logger "console;verbosity=normal" \
  --results-directory TestResults "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One summary line per test project: add them up.
count() { sed -nE "s/^ *$1: *([0-9]+).*/\1/p" "$log" | awk '{ n += $1 } END { print n + 0 }'; }
passed=$(count "Passed")
failed=$(count "Failed")
skipped=$(count "Skipped")
rm -f "$log"
echo
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
