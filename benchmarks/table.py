#!/usr/bin/env python3
"""Reads benchmarks/results (JMH JSON and the mains' output) and rewrites the results section of
benchmarks/README.md, between <!-- results:start --> and <!-- results:end -->."""
import json
import re
import sys
from pathlib import Path

results = Path(sys.argv[1])
readme = Path(sys.argv[2])


def jmh(name):
    path = results / f"{name}.json"
    if not path.exists():
        return []
    return json.loads(path.read_text())


rows = {}
for name in ["feed-1000", "feed-100000-fast", "feed-100000-ical4j", "import", "json", "validation"]:
    for run in jmh(name):
        method = run["benchmark"].split(".")[-2] + "." + run["benchmark"].split(".")[-1]
        params = run.get("params", {})
        key = (method, params.get("sessions") or params.get("events") or "")
        primary = run["primaryMetric"]
        alloc = None
        for metric, value in run.get("secondaryMetrics", {}).items():
            if metric.lstrip("·").endswith("gc.alloc.rate.norm"):
                alloc = value["score"]
        error = primary["scoreError"]
        if not isinstance(error, (int, float)) or error != error:
            error = None  # "NaN" with fewer than three iterations
        rows[key] = {
            "score": primary["score"],
            "error": error,
            "alloc": alloc,
        }


def fmt(value):
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:,.1f}"
    return f"{value:,.2f}"


def size(value):
    if value is None:
        return "n/a"
    if value >= 1 << 20:
        return f"{value / (1 << 20):,.1f} MB"
    if value >= 1 << 10:
        return f"{value / (1 << 10):,.1f} KB"
    return f"{value:,.0f} B"


lines = []
lines.append("| benchmark | engine | per second | ± (99.9%) | allocated per event or op | ratio | target | met |")
lines.append("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |")


def row(title, engine, key, per, unit, baseline=None, target=None, better=True, before=None):
    """One line of the table; the ratio is to the baseline's row, or to a figure measured before
    (before: (score, label)) when there is no baseline row."""
    r = rows.get(key)
    if r is None:
        lines.append(f"| {title} | {engine} | not run | | | | | |")
        return None
    value = r["score"] * per
    alloc = size(r["alloc"] / per) if r["alloc"] is not None else "n/a"
    ratio = ""
    met = ""
    reference = None
    if baseline is not None and rows.get(baseline) is not None:
        reference = rows[baseline]["score"]
    elif before is not None and before[0] is not None:
        reference = before[0]
    if reference is not None:
        ratio_value = r["score"] / reference
        ratio = f"{ratio_value:.2f}x"
        if target is not None:
            met = "yes" if ratio_value >= target else "**no**"
    against = baseline[0].split('.')[-1] if baseline is not None else before[1] if before is not None else ""
    lines.append(
        f"| {title} | {engine} | {fmt(value)} {unit} | {fmt(r['error'] * per) if r['error'] is not None else 'n/a'} | {alloc} | {ratio} | "
        f"{'>= ' + str(target) + 'x ' + against if target is not None else ''} | {met} |")
    return value


def measured_before(name):
    """The score of a benchmark measured before a change, from a results file of key: value lines
    (score: ops/s)."""
    path = results / name
    if not path.exists():
        return None
    match = re.search(r"^score: ([\d.]+)", path.read_text(), flags=re.M)
    return float(match.group(1)) if match else None


for n in ["1000", "100000"]:
    per = int(n)
    title = f"feed, {per:,} sessions"
    row(title, "townhall", ("FeedWriteBenchmark.townhall", n), per, "events",
        ("FeedWriteBenchmark.ical4jCalendarOutputter", n), 10)
    row(title, "townhall", ("FeedWriteBenchmark.townhall", n), per, "events",
        ("FeedWriteBenchmark.handRolledLimit", n), 0.9)
    row(title, "iCal4j CalendarOutputter", ("FeedWriteBenchmark.ical4jCalendarOutputter", n), per, "events")
    row(title, "hand-rolled limit", ("FeedWriteBenchmark.handRolledLimit", n), per, "events")
row("import, 100,000 events", "townhall", ("ImportBenchmark.townhall", "100000"), 100000, "events",
    ("ImportBenchmark.ical4jCalendarBuilder", "100000"), 5)
row("import, 100,000 events", "iCal4j CalendarBuilder", ("ImportBenchmark.ical4jCalendarBuilder", "100000"),
    100000, "events")
# 1,000 weekly series of 105 occurrences: a figure against iCal4j building and expanding them, no target
row("import, 1,000 weekly series (105,000 occurrences)", "townhall", ("ImportBenchmark.recurring", "100000"),
    105000, "occurrences", ("ImportBenchmark.ical4jRecurring", "100000"))
row("import, 1,000 weekly series (105,000 occurrences)", "iCal4j CalendarBuilder + calculateRecurrenceSet",
    ("ImportBenchmark.ical4jRecurring", "100000"), 105000, "occurrences")
row("JSON round trip, cycle of 1,000 sessions", "townhall", ("JsonRoundTripBenchmark.townhall", "1000"), 1,
    "round trips", ("JsonRoundTripBenchmark.plainJackson", "1000"), 0.9)
row("JSON round trip, cycle of 1,000 sessions", "plain records + Jackson",
    ("JsonRoundTripBenchmark.plainJackson", "1000"), 1, "round trips")
row("validation of a valid session", "townhall RecordValidator", ("ValidationBenchmark.townhall", ""), 1,
    "validations", ("ValidationBenchmark.bareHibernateValidator", ""), 0.8)
row("validation of a valid session", "townhall RecordValidator", ("ValidationBenchmark.townhall", ""), 1,
    "validations", ("ValidationBenchmark.hibernateValidatorSameGraph", ""), 1.0)
row("validation of a valid session", "bare Hibernate Validator",
    ("ValidationBenchmark.bareHibernateValidator", ""), 1, "validations")
row("validation of a valid session", "Hibernate Validator, same graph",
    ("ValidationBenchmark.hibernateValidatorSameGraph", ""), 1, "validations")
row("validation of an archive of 1,000 sessions", "townhall RecordValidator",
    ("ValidationBenchmark.archiveOf1000", ""), 1, "validations", target=5,
    before=(measured_before("validation-archive-before.txt"), "before"))


def text(name):
    path = results / name
    return path.read_text().strip() if path.exists() else ""


def memory(name, heap, limit):
    out = text(name)
    match = re.search(r"(\w+): (\d+) events, (\d+) MB, ([\d.]+) s, (\d+) events/s, peak heap ([\d.]+) MB", out)
    status = re.search(r"exit (\d+)", out)
    ok = match is not None and status is not None and status.group(1) == "0"
    if match is None:
        return f"| {name} | did not complete under {heap} | | **no** |"
    return (f"| {match.group(2)} events, {match.group(1)}, under {heap} | peak heap {match.group(6)} MB, "
            f"{match.group(3)} MB of iCalendar, {int(match.group(5)):,} events/s | {limit} | "
            f"{'yes' if ok else '**no**'} |")


lines.append("")
lines.append("| memory and start-up | measured | target | met |")
lines.append("| --- | --- | --- | --- |")
lines.append(memory("memory-feed.txt", "-Xmx32m", "a million-session feed under -Xmx32m"))
lines.append(memory("memory-import.txt", "-Xmx64m", "100,000 events imported within 64 MB"))
for line in text("first-feed.txt").splitlines():
    match = re.match(r"first feed (\w+): median (\d+) ms of (\d+) fresh JVMs", line)
    if match:
        engine, ms = match.group(1), int(match.group(2))
        target = "under 250 ms" if engine == "townhall" else "(reference)"
        met = ("yes" if ms < 250 else "**no**") if engine == "townhall" else ""
        lines.append(f"| first one-session feed, {engine} | median {ms} ms after main, "
                     f"{match.group(3)} fresh JVMs | {target} | {met} |")

constraints = text("constraints.txt")
machine = text("machine.txt").splitlines()
section = ["<!-- results:start -->", "", "Machine: " + "; ".join(machine) + ".", ""]
section += lines
if constraints:
    section += ["", f"Constraints checked: {constraints}."]
section += ["", "<!-- results:end -->"]

content = readme.read_text()
new = re.sub(r"<!-- results:start -->.*<!-- results:end -->", "\n".join(section), content, flags=re.S)
readme.write_text(new)
print("\n".join(section))
