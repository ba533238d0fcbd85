#!/usr/bin/env bash
# Writes the README's screenshots (docs/images/session-page.png, docs/images/minutes-page.png) from
# the demo's sites, in headless Chromium. Installs what it needs as web-check/check.sh does.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
demo="$(mktemp -d)"
trap 'rm -rf "$demo"' EXIT
"$root/townhall" demo --out "$demo" >/dev/null
# check.sh installs chromium and the npm packages when missing, and checks the pages on the way.
"$here/check.sh" "$demo/site/toulouse-cycle" "$demo/site/imp-acte" >/dev/null
mkdir -p "$root/docs/images"
node "$here/docs-screenshots.js" "$demo" "$root/docs/images"
