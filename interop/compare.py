"""Compares what a reader saw (JSON on stdin) with what we meant (the .expected.json file).
The categories are compared when the expectation lists them."""
import json
import sys

expected = json.load(open(sys.argv[1], encoding='utf-8'))
reader = sys.argv[2]
seen = json.loads(sys.stdin.read())
failures = 0
if len(seen) != len(expected):
    print(f'{reader}: {len(seen)} events read, {len(expected)} written')
    failures += 1
for want, got in zip(expected, seen):
    keys = ('uid', 'start', 'summary', 'location', 'status') + (('categories',) if 'categories' in want else ())
    for key in keys:
        if want[key] != got[key]:
            print(f'{reader}: {want["uid"]} {key}: expected {want[key]!r}, read {got[key]!r}')
            failures += 1
sys.exit(1 if failures else 0)
