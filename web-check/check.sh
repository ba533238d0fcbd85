#!/usr/bin/env bash
# Checks generated HTML pages in headless Chromium, one line per page, then
#   web-check: N pages passed, M failed
# and exits non-zero when a page failed. Usage (from anywhere):
#   web-check/check.sh html/target/pages/toulouse html/target/pages/imp-acte html/target/hostile-site
# For every .html file under the folders: axe-core (WCAG 2.0/2.1 A and AA, plus page-has-heading-one,
# heading-order, region), the Nu Html Checker (errors only), no console error, no request outside
# the page's folder, no sideways scrolling at 320 px, window.__pwned never set, and every JSON-LD
# script parsed, expanded against the local schema.org context and made of schema.org terms only.
# Screenshots at 1280 and 320 px go to web-check/target/.
# On a fresh Debian machine it installs what is missing: Debian's chromium (apt-get), Java for the
# Nu Html Checker, Node.js and npm, and the npm packages of package-lock.json (npm ci).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -eq 0 ]; then
  echo "usage: web-check/check.sh DIR..." >&2
  exit 2
fi

missing=()
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "web-check: installing ${missing[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when node_modules is missing or older than the lock file. Install scripts are skipped:
# no package here needs one (vnu-jar's would fetch a Java runtime; the machine's java is used).
if [ ! -f "$here/node_modules/.installed" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.installed" ]; then
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  touch "$here/node_modules/.installed"
fi

exec node "$here/check.js" "$@"
