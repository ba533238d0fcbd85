#!/usr/bin/env bash
# Checks the demo's feeds with ical.js and python-icalendar: each feed is imported by townhall,
# the expected events are derived from what it read (interop/expect.py), and check.sh compares
# them with what the two other parsers read.
#
#   ./townhall demo && interop/check-demo.sh townhall-demo
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
demo="${1:-townhall-demo}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for ics in "$demo"/*.ics; do
  name="$(basename "$ics" .ics)"
  cp "$ics" "$work/$name.ics"
  "$here/../townhall" import -o "$work/$name.imported.json" "$ics" 2>/dev/null
  python3 "$here/expect.py" "$work/$name.imported.json" "${TOWNHALL_DOMAIN:-townhall.invalid}" > "$work/$name.expected.json"
done
"$here/check.sh" "$work"/*.ics
