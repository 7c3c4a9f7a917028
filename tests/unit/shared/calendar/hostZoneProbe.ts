// Child-process probe for hostZone.test.ts: prints every fixture's import and one export as JSON under the host TZ.
import { exportSessionsIcs, importBusyIcs } from '../../../../src/shared/calendar'
import { fixtureNames, readFixture, utc } from './icsFixtures'

const folders = ['valid', 'broken', 'clients'] as const
const imports = folders.flatMap((folder) =>
  fixtureNames(folder).flatMap((name) =>
    ['Europe/Rome', 'America/New_York'].map((zone) => ({
      name: `${folder}/${name}@${zone}`,
      result: importBusyIcs(readFixture(folder, name), { zone, rangeStartMs: utc(2012, 1, 1), rangeEndMs: utc(2028, 1, 1), maxIntervals: 400 })
    }))
  )
)
const exported = exportSessionsIcs(
  [
    { id: 'a', title: 'Before', startMs: utc(2027, 3, 27, 8), endMs: utc(2027, 3, 27, 9) },
    { id: 'b', title: 'Repeated hour', startMs: utc(2027, 11, 7, 5, 30), endMs: utc(2027, 11, 7, 6, 30) }
  ],
  { zone: 'America/New_York', calendarName: 'Plan', reminderLeadMinutes: 10, dtstampMs: utc(2027, 1, 1) }
)
// The host's own offset on 2027-01-01, to show the TZ given to this process really took effect.
const hostOffsetMinutes = new Date(utc(2027, 1, 1)).getTimezoneOffset()
process.stdout.write(JSON.stringify({ hostOffsetMinutes, imports, exported }))
