"""Reads an .ics file with python-icalendar and prints, per VEVENT, what a calendar would show:
uid, start instant (UTC, or the date of an all-day event), summary, location, status, and the
categories of every CATEGORIES property in file order."""
import datetime
import json
import sys

import icalendar

with open(sys.argv[1], 'rb') as source:
    calendar = icalendar.Calendar.from_ical(source.read())
events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    if isinstance(start, datetime.datetime):
        if start.tzinfo is None:
            raise SystemExit('floating DTSTART in ' + str(event.get('UID')))
        instant = start.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    else:
        instant = start.isoformat()
    categories = event.get('CATEGORIES', [])
    if not isinstance(categories, list):
        categories = [categories]
    events.append({
        'uid': str(event.get('UID')),
        'start': instant,
        'summary': str(event.get('SUMMARY', '')),
        'location': str(event.get('LOCATION', '')),
        'status': str(event.get('STATUS', '')),
        'categories': [str(category) for line in categories for category in line.cats],
    })
sys.stdout.write(json.dumps(events, ensure_ascii=False))
