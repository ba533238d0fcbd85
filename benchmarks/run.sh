#!/usr/bin/env bash
# Runs every benchmark and the two mains, then rewrites the results table in
# benchmarks/README.md (between the "results" markers). Takes about half an hour on 2 cores.
#
#   ./mvnw -B -pl benchmarks -am package -DskipTests
#   benchmarks/run.sh              # everything
#   QUICK=1 benchmarks/run.sh      # one short iteration each, to try the script
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/results
mkdir -p "$OUT"
[ -f "$JAR" ] || { echo "Build first: ./mvnw -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }

if [ -n "${QUICK:-}" ]; then
  FAST="-f 1 -wi 0 -i 1 -r 1s"
  SLOW="-f 1 -wi 0 -i 1 -r 1s"
  IMPORT="$SLOW"
  MEMORY_SESSIONS=100000
  FIRST_RUNS=1
else
  # The machine is small and shared: one fork, short iterations, mean ± 99.9% error.
  FAST="-f 1 -wi 2 -i 3 -w 2s -r 3s"
  # One operation of these takes seconds to minutes (100,000 events through iCal4j).
  SLOW="-f 1 -wi 1 -i 2 -w 1s -r 1s"
  # An import of 100,000 events takes 5 to 20 seconds: five of them for an error bar.
  IMPORT="-f 1 -wi 1 -i 5 -w 1s -r 1s"
  MEMORY_SESSIONS=1000000
  FIRST_RUNS=5
fi

run_jmh() { # name, options, pattern...
  local name=$1 opts=$2
  shift 2
  # shellcheck disable=SC2086
  java -jar "$JAR" "$@" $opts -prof gc -rf json -rff "$OUT/$name.json" | tee "$OUT/$name.txt"
}

run_jmh feed-1000 "$FAST" 'FeedWriteBenchmark' -p sessions=1000
run_jmh feed-100000-fast "$FAST" 'FeedWriteBenchmark.(townhall|handRolledLimit)' -p sessions=100000
run_jmh feed-100000-ical4j "$SLOW" 'FeedWriteBenchmark.ical4jCalendarOutputter' -p sessions=100000
run_jmh import "$IMPORT" 'ImportBenchmark'
run_jmh json "$FAST" 'JsonRoundTripBenchmark'
run_jmh validation "-f 3 -wi 2 -i 3 -w 2s -r 3s" 'ValidationBenchmark'

java -cp "$JAR" io.github.townhall.benchmarks.ValidationBenchmark 2>/dev/null | tail -1 > "$OUT/constraints.txt"

set +e
java -Xmx32m -cp "$JAR" io.github.townhall.benchmarks.StreamingMemory feed "$MEMORY_SESSIONS" 2>/dev/null \
  | tee "$OUT/memory-feed.txt"
echo "exit ${PIPESTATUS[0]}" >> "$OUT/memory-feed.txt"
java -Xmx64m -cp "$JAR" io.github.townhall.benchmarks.StreamingMemory import 100000 2>/dev/null \
  | tee "$OUT/memory-import.txt"
echo "exit ${PIPESTATUS[0]}" >> "$OUT/memory-import.txt"
set -e

java -cp "$JAR" io.github.townhall.benchmarks.FirstFeed "$FIRST_RUNS" 2>/dev/null | tee "$OUT/first-feed.txt"

{
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date: $(date -u +%Y-%m-%d)"
} > "$OUT/machine.txt"

python3 benchmarks/table.py "$OUT" benchmarks/README.md
