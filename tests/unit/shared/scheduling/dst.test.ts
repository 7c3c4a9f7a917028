// DST suite: plans across clock changes sit at the right wall times, and are identical whatever the host's TZ is.
import { describe, expect, it, vi } from 'vitest'
import type { ScheduleResult } from '../../../../src/shared/domain/schedule'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { underHostZone } from '../../../support/hostZone'
import { DST_CHANGES, eveningInput, nightInput } from './dst/scenarios'

const HOST_ZONES = [
  'America/New_York',
  'Europe/London',
  'Europe/Rome',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Auckland'
]

function sessionsOf(result: ScheduleResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.sessions
}

describe.each(DST_CHANGES)('$zone on $date', (change) => {
  it(`gives the 00:00-04:00 window exactly its real length (${change.nightMinutes} minutes), never booking a wall time twice`, () => {
    const night = sessionsOf(buildSchedule(nightInput(change))).filter((session) =>
      session.localStart.startsWith(change.date)
    )
    expect(night.reduce((sum, session) => sum + session.minutes, 0)).toBe(change.nightMinutes)
    for (let index = 1; index < night.length; index++) {
      // Wall-clock ranges never overlap (a spring-forward jump leaves a wall-clock gap, e.g. 02:00 -> 03:00).
      expect(night[index]!.localStart >= night[index - 1]!.localEnd).toBe(true)
    }
    // In real time the sessions are back to back, except that the repeated hour of a fall-back night is left empty.
    const spanMinutes = (night[night.length - 1]!.endMs - night[0]!.startMs) / 60_000
    expect(spanMinutes - change.nightMinutes).toBe(change.repeatedMinutes)
    expect(night[0]!.localStart).toBe(`${change.date}T00:00`)
    expect(night[night.length - 1]!.localEnd).toBe(`${change.date}T04:00`)
  })

  it(`keeps the evening session at 18:00 local across the change (${change.eveningGapHours} h apart)`, () => {
    const evenings = sessionsOf(buildSchedule(eveningInput(change)))
    expect(evenings.map((session) => session.localStart.slice(11))).toEqual([
      '18:00',
      '18:00',
      '18:00',
      '18:00',
      '18:00'
    ])
    const before = evenings.find((session) => session.localStart.startsWith(change.date))!
    const index = evenings.indexOf(before)
    expect((before.startMs - evenings[index - 1]!.startMs) / 3_600_000).toBe(change.eveningGapHours)
  })
})

describe('host time zone independence', () => {
  it('gives identical plans under TZ = each of six zones', async () => {
    const outputs = []
    for (const zone of HOST_ZONES) {
      outputs.push(
        await underHostZone(zone, async () => {
          // A fresh engine per zone, as a new process would load it: nothing cached under another host zone is reused.
          vi.resetModules()
          const { planEveryScenario } = await import('./dst/planUnderTz')
          return planEveryScenario()
        })
      )
    }
    // The host zone really differed each time (January offsets: -5 h, 0, +1 h, +11 h, +5:30, +13 h), so equal
    // plans mean the host zone did not leak in.
    expect(outputs.map((output) => output.hostOffsetMinutes)).toEqual([300, 0, -60, -660, -330, -780])
    const inProcess = JSON.stringify(
      DST_CHANGES.flatMap((change) => [buildSchedule(nightInput(change)), buildSchedule(eveningInput(change))])
    )
    for (const output of outputs) {
      expect(output.result.every((plan: ScheduleResult) => plan.ok)).toBe(true)
      expect(JSON.stringify(output.result)).toBe(inProcess)
    }
  })
})
