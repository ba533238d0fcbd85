// Reads an .ics file with Mozilla's ical.js and prints, per VEVENT, what a calendar would show:
// uid, start instant (UTC, or the date of an all-day event), summary, location, status, and the
// categories of every CATEGORIES property in file order.
import fs from 'node:fs';
import ICAL from 'ical.js';

const text = fs.readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}
const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const start = component.getFirstPropertyValue('dtstart');
  const instant = start.isDate
    ? start.toString()
    : start.toJSDate().toISOString().replace('.000Z', 'Z');
  return {
    uid: component.getFirstPropertyValue('uid'),
    start: instant,
    summary: component.getFirstPropertyValue('summary') ?? '',
    location: component.getFirstPropertyValue('location') ?? '',
    status: component.getFirstPropertyValue('status') ?? '',
    categories: component.getAllProperties('categories').flatMap((property) => property.getValues()).map(String),
  };
});
process.stdout.write(JSON.stringify(events));
