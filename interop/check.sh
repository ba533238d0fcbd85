#!/usr/bin/env bash
# Reads .ics files with two independent parsers, Mozilla's ical.js and python-icalendar, and
# fails if either reads other UIDs, start instants, summaries, locations, statuses (or, when the
# expectation lists them, categories) than the .expected.json beside each file says we wrote.
#
#   interop/check.sh ical/target/interop/*.ics
#
# The feeds and expectations come from `./mvnw -B -pl ical -am test -Dtest=InteropFilesTest
# -Dsurefire.failIfNoSpecifiedTests=false`. ical.js is installed here (interop/node_modules);
# python3-icalendar comes from Debian's packages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python=/usr/bin/python3

if [ "$#" -eq 0 ]; then
  echo "usage: $0 FILE.ics..." >&2
  exit 2
fi
if [ ! -d "$here/node_modules/ical.js" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
if ! "$python" -c 'import icalendar' 2>/dev/null; then
  apt-get install -y -q python3-icalendar >/dev/null || {
    apt-get update -q >/dev/null && apt-get install -y -q python3-icalendar >/dev/null
  }
fi

passed=0
failed=0
for file in "$@"; do
  expected="${file%.ics}.expected.json"
  if [ ! -f "$expected" ]; then
    echo "no $expected for $file" >&2
    failed=$((failed + 1))
    continue
  fi
  for reader in icaljs icalendar; do
    if [ "$reader" = icaljs ]; then
      output="$(node "$here/read_icaljs.mjs" "$file")" || { echo "ical.js cannot read $file"; failed=$((failed + 1)); continue; }
    else
      output="$("$python" "$here/read_icalendar.py" "$file")" || { echo "python-icalendar cannot read $file"; failed=$((failed + 1)); continue; }
    fi
    if printf '%s' "$output" | "$python" "$here/compare.py" "$expected" "$reader $(basename "$file")"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
    fi
  done
done
echo "interop: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
