#!/usr/bin/env bash
# Installs what the project needs and is not part of the .NET SDK:
#   always     : Azurite (npm, pinned in package.json / package-lock.json)
#   with --test: Debian chromium (admin page tests), LibreOffice writer + Thai fonts + poppler (report rendering tests)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci (Azurite)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--test" ]; then
  packages=(chromium fonts-thai-tlwg libreoffice-writer-nogui poppler-utils)
  missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> apt-get install ${missing[*]}"
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; else
        echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
