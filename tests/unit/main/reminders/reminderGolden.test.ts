// The reminder planner on 1,500 stored syncs (digests in the small hours, DST nights in 9 zones, pauses) announces
// what it announced when they were generated, with the same words at the same instants.
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { type ReminderCase, reminderOutputHash } from '../../../fixtures/engine-golden/run'

const cases = JSON.parse(gunzipSync(readFileSync(new URL('../../../fixtures/engine-golden/reminders.json.gz', import.meta.url))).toString('utf8')) as ReminderCase[]

describe('the reminder planner on its stored golden inputs', () => {
  it('announces for every stored sync what it announced before, byte for byte', () => {
    const changed = cases.flatMap((entry, index) => (reminderOutputHash(entry) === entry.hash ? [] : [index]))
    expect(changed).toEqual([])
  })
})
