"""Writes the .expected.json of a feed from the townhall JSON that `townhall import` made of it.

    ./townhall import -o feed.imported.json feed.ics
    python3 interop/expect.py feed.imported.json DOMAIN > feed.expected.json

The start instants come from the local times and zones townhall read; check.sh then asks two
other parsers whether they read the same UIDs, instants, summaries, locations and statuses.
"""
import json
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

document = json.load(open(sys.argv[1], encoding='utf-8'))
domain = sys.argv[2]
STATUS = {'planned': 'TENTATIVE', 'scheduled': 'CONFIRMED', 'held': 'CONFIRMED',
          'postponed': 'TENTATIVE', 'cancelled': 'CANCELLED'}


def start(schedule):
    if schedule['type'] == 'tentative':
        return schedule['from']
    local = datetime.fromisoformat(schedule['start']).replace(tzinfo=ZoneInfo(schedule['zone']))
    return local.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def text(value):
    return value[value['original']] if value else ''


events = []
for session in document.get('sessions', []):
    venue = session.get('venue', {})
    events.append({
        'uid': session['id'] + '@' + domain,
        'start': start(session['schedule']),
        'summary': text(session.get('title')),
        'location': venue.get('name', venue.get('onlineLink', '')),
        'status': STATUS[session.get('status', 'scheduled')],
    })
json.dump(events, sys.stdout, ensure_ascii=False, indent=2)
print()
