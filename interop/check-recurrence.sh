#!/usr/bin/env bash
# Expands the recurring events that our import expanded with an independent implementation,
# Mozilla's ical.js, and fails if any occurrence start differs from the .expected.txt beside
# each file (what townhall's IcalReader gave).
#
#   interop/check-recurrence.sh ical/target/interop-recurrence/*.ics
#
# The files come from `./mvnw -B -pl ical test -Dtest=RecurrenceInteropFilesTest
# -Dsurefire.failIfNoSpecifiedTests=false`: seeded random RRULEs (DAILY, WEEKLY, MONTHLY, YEARLY
# with BYDAY, ordinal BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, INTERVAL, COUNT or UNTIL) in
# Europe/Paris and America/New_York across daylight-saving changes, with EXDATE and RDATE.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ "$#" -eq 0 ]; then
  echo "usage: $0 FILE.ics..." >&2
  exit 2
fi
if [ ! -d "$here/node_modules/ical.js" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
node "$here/expand_icaljs.mjs" "$@"
