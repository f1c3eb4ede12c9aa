#!/usr/bin/env bash
# Install the validators from npm (package.json) into node_modules/, when missing or stale.
# --ignore-scripts: Ace's install script would download a browser; we use Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null; then
  echo "npm is needed for the validators (Nu Html Checker, axe-core, Ace): install Node.js 18+" >&2
  exit 1
fi
stamp=node_modules/.triptych-stamp
if [ -f "$stamp" ] && [ "$stamp" -nt package.json ] && [ "$stamp" -nt package-lock.json ]; then
  exit 0
fi
install() { npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; }
# a second try from an empty folder: a registry hiccup, or a folder another run left half-made
install || { rm -rf node_modules; install; }
touch "$stamp"
