// What hostZone.test.ts compares across host zones: every fixture's import and one export, read with fresh modules.
import { fixtureNames, readFixture, utc } from './icsFixtures'

const folders = ['valid', 'broken', 'clients'] as const

/** Imports every .ics fixture in two plan zones and exports two sessions, importing the .ics code anew. */
export async function importAndExportEverything() {
  const { exportSessionsIcs, importBusyIcs } = await import('../../../../src/shared/ics')
  const imports = folders.flatMap((folder) =>
    fixtureNames(folder).flatMap((name) =>
      ['Europe/Rome', 'America/New_York'].map((zone) => ({
        name: `${folder}/${name}@${zone}`,
        result: importBusyIcs(readFixture(folder, name), {
          zone,
          rangeStartMs: utc(2012, 1, 1),
          rangeEndMs: utc(2028, 1, 1),
          maxIntervals: 400
        })
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
  return { imports, exported }
}
