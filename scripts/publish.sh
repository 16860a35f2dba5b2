#!/usr/bin/env bash
# Builds the Azure Functions deployment package for `az functionapp deployment source config-zip`: the published
# isolated-worker app (functions/ItaWorkflow.Functions) with host.json, functions.metadata, worker.config.json and
# the extensions in .azurefunctions/, all at the root of the zip where the Functions host looks for them.
#
# Usage: scripts/publish.sh [output.zip]
#   output    default: $ITA_PUBLISH_OUTPUT or artifacts/ita-workflow.zip
#   ITA_PUBLISH_READY_TO_RUN=true  precompile for linux-x64 (faster cold start; publish takes minutes longer)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

output="${1:-${ITA_PUBLISH_OUTPUT:-artifacts/ita-workflow.zip}}"
case "$output" in /*) ;; *) output="$root/$output" ;; esac
ready_to_run="${ITA_PUBLISH_READY_TO_RUN:-false}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
package="$work/package"

# Framework-dependent: the plan's dotnet-isolated stack brings the runtime.
runtime_args=()
if [ "$ready_to_run" = "true" ]; then
  runtime_args=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true)
fi

echo "==> dotnet publish functions/ItaWorkflow.Functions (ReadyToRun=$ready_to_run)"
# A separate artifacts path keeps this restore away from the developer's bin/obj.
dotnet publish functions/ItaWorkflow.Functions/ItaWorkflow.Functions.csproj \
  -c Release "${runtime_args[@]}" -p:DebugType=none -p:PublishDocumentationFile=false \
  --artifacts-path "$work/build" -o "$package" -nologo -v quiet

for required in host.json functions.metadata worker.config.json ItaWorkflow.Functions.dll; do
  if [ ! -e "$package/$required" ]; then
    echo "error: publish output has no $required; the Functions host would not find the app" >&2
    exit 1
  fi
done

echo "==> zip"
mkdir -p "$(dirname "$output")"
rm -f "$output"
(cd "$package" && zip -qr -X "$output" .)
echo "$output ($(du -h "$output" | cut -f1))"
