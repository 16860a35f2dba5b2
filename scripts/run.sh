#!/usr/bin/env bash
# Runs the product locally: Azurite (data in .data/azurite) + the app on http://localhost:7071 with the
# sample plan loaded. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

mkdir -p .data/azurite .data/mail
echo "==> build"
dotnet build functions/ItaWorkflow.Local -c Release -nologo -v quiet

node_modules/.bin/azurite --silent --disableTelemetry --skipApiVersionCheck --location .data/azurite \
  --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 --tableHost 127.0.0.1 --tablePort 10002 &
azurite=$!
app=""
stop() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null
  kill "$azurite" 2>/dev/null; wait "$azurite" 2>/dev/null
}
trap stop EXIT
trap 'exit 130' INT TERM

for port in 10000 10001 10002; do
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
done
echo "==> Azurite on 127.0.0.1:10000-10002 (data in .data/azurite)"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
dotnet functions/ItaWorkflow.Local/bin/Release/net10.0/ItaWorkflow.Local.dll \
  --contentRoot "$PWD/functions/ItaWorkflow.Local" \
  --urls "${ITA_URLS:-http://localhost:7071}" \
  --Storage:ConnectionString "UseDevelopmentStorage=true" \
  --Samples:Load true \
  --Email:Provider Pickup --Email:Pickup:Folder "$PWD/.data/mail" &
app=$!
wait "$app"
