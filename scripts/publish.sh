#!/usr/bin/env bash
# Builds the Azure Functions deployment package for `az functionapp deployment source config-zip`:
# the self-contained linux-x64 ItaWorkflow executable, host.json and one folder per function
# (each with its function.json) all at the root of the zip, where the Functions host looks for them.
#
# Usage: scripts/publish.sh [output.zip]
#   output    default: $ITA_PUBLISH_OUTPUT or artifacts/ita-workflow.zip
#   ITA_PUBLISH_READY_TO_RUN=true  precompile (faster cold start; publish takes minutes longer)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

output="${1:-${ITA_PUBLISH_OUTPUT:-artifacts/ita-workflow.zip}}"
case "$output" in /*) ;; *) output="$root/$output" ;; esac
ready_to_run="${ITA_PUBLISH_READY_TO_RUN:-false}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
package="$work/package"

echo "==> dotnet publish (linux-x64, self-contained, ReadyToRun=$ready_to_run)"
# A separate artifacts path keeps the RID-specific restore away from the developer's bin/obj.
dotnet publish functions/ItaWorkflow/ItaWorkflow.csproj \
  -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun="$ready_to_run" -p:DebugType=none -p:PublishDocumentationFile=false \
  --artifacts-path "$work/build" -o "$package" -nologo -v quiet

echo "==> stage host.json and function folders"
cp host.json "$package/host.json"
for definition in functions/triggers/*/function.json; do
  name=$(basename "$(dirname "$definition")")
  if [ -e "$package/$name" ]; then
    echo "error: publish output already has '$name'; it would hide the $name function" >&2
    exit 1
  fi
  mkdir "$package/$name"
  cp "$definition" "$package/$name/function.json"
done
chmod 755 "$package/ItaWorkflow"

echo "==> zip"
mkdir -p "$(dirname "$output")"
rm -f "$output"
# zip records Unix permissions, so the executable bit survives deployment.
(cd "$package" && zip -qr -X "$output" .)
echo "$output ($(du -h "$output" | cut -f1))"
