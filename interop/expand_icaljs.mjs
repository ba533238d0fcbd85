// Expands the recurring event of each .ics file with Mozilla's ical.js (RRULE, RDATE, EXDATE)
// and compares its occurrence starts with the .expected.txt beside the file: one start a line,
// an instant in UTC (2024-03-31T07:00:00Z) or the date of an all-day event (2024-03-31).
// Prints each disagreement and the count; exits 1 if any.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';

const LIMIT = 20000;
let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const expectedFile = file.replace(/\.ics$/, '.expected.txt');
  const name = path.basename(file);
  if (!fs.existsSync(expectedFile)) {
    console.log(`${name}: no ${path.basename(expectedFile)}`);
    failed++;
    continue;
  }
  const expected = fs.readFileSync(expectedFile, 'utf8').split('\n').filter((line) => line !== '');
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const vevent = calendar.getFirstSubcomponent('vevent');
  const iterator = new ICAL.Event(vevent).iterator();
  const actual = [];
  for (let next = iterator.next(); next && actual.length < LIMIT; next = iterator.next()) {
    actual.push(next.isDate ? next.toString() : next.toJSDate().toISOString().replace('.000Z', 'Z'));
  }
  const missing = expected.filter((start) => !actual.includes(start));
  const extra = actual.filter((start) => !expected.includes(start));
  if (missing.length === 0 && extra.length === 0 && actual.length === expected.length) {
    passed++;
  } else {
    failed++;
    const rule = vevent.getFirstPropertyValue('rrule')?.toString() ?? '';
    console.log(`${name} (${rule}): townhall only ${missing.slice(0, 5).join(' ')}${missing.length > 5 ? ' ...' : ''};`
      + ` ical.js only ${extra.slice(0, 5).join(' ')}${extra.length > 5 ? ' ...' : ''}`
      + ` (${expected.length} vs ${actual.length})`);
  }
}
console.log(`interop recurrence: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
