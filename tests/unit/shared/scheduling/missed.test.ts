// Missed-session policies: previews of each option with its finish date and changed sessions, applying nothing.
import { describe, expect, it } from 'vitest'
import type { ScheduleInput } from '../../../../src/shared/domain/schedule'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { previewMissedOptions } from '../../../../src/shared/scheduling/missed'
import { availability, everyDay, inputOf, settings, topic } from './fixtures'

const base: ScheduleInput = inputOf([topic('a', 240), topic('b', 240, ['a']), topic('extra', 240, [], true)], {
  settings: settings({ timeZone: 'UTC', targetDate: '2027-01-15' }),
  availability: availability({ windows: everyDay('18:00', '22:00'), dailyCapMinutes: 60, sessionMaxMinutes: 60 })
})

function previous() {
  const result = buildSchedule(base)
  if (!result.ok) throw new Error(result.error.message)
  return result
}

describe('previewMissedOptions', () => {
  const plan = previous()
  const now = Date.parse('2027-01-07T00:00:00Z')
  const missed = plan.sessions.filter((session) => session.endMs <= now)
  const result = previewMissedOptions(base, missed, now)
  if (!result.ok) throw new Error(result.error.message)
  const option = (name: string) => result.options.find((candidate) => candidate.option === name)!

  it('previews all four options against the previous plan without changing the input', () => {
    expect(missed).toHaveLength(3)
    expect(result.options.map((candidate) => candidate.option)).toEqual(['reflow', 'raiseDailyCap', 'dropOptional', 'moveTarget'])
    expect(result.previousFinishDate).toBe(plan.report.finishDate)
    expect(base.progress?.skipped).toEqual([])
    expect(base.availability.dailyCapMinutes).toBe(60)
  })

  it('reflow marks the missed sessions skipped and moves their work to after now', () => {
    const reflow = option('reflow')
    expect(reflow.input.progress?.skipped).toEqual(missed.map((session) => session.id))
    expect(reflow.changed.filter((change) => change.change === 'removed').map((change) => change.id)).toEqual(expect.arrayContaining(missed.map((session) => session.id)))
    const replanned = buildSchedule(reflow.input)
    expect(replanned.ok && replanned.sessions.every((session) => session.startMs >= now)).toBe(true)
    // Three hours of work slipped by three days at one hour a day.
    expect(reflow.finishDate! > result.previousFinishDate!).toBe(true)
  })

  it('raiseDailyCap picks the smallest cap that still meets the target', () => {
    const raised = option('raiseDailyCap')
    expect(raised.applicable).toBe(true)
    expect(option('reflow').finishDate! > '2027-01-15').toBe(true)
    expect(raised.dailyCapMinutes).toBeGreaterThan(60)
    expect(raised.finishDate! <= '2027-01-15').toBe(true)
    const oneStepLess = buildSchedule({ ...raised.input, availability: { ...raised.input.availability, dailyCapMinutes: raised.dailyCapMinutes - 15 } })
    expect(oneStepLess.ok && oneStepLess.report.finishDate! > '2027-01-15').toBe(true)
  })

  it('raiseDailyCap is not applicable when re-flowing already meets the target', () => {
    const relaxed = { ...base, settings: { ...base.settings, targetDate: '2027-03-01' } }
    const preview = previewMissedOptions(relaxed, missed, now)
    expect(preview.ok && preview.options.find((candidate) => candidate.option === 'raiseDailyCap')).toMatchObject({ applicable: false, dailyCapMinutes: 60 })
  })

  it('dropOptional leaves optional topics out and finishes earlier than reflow', () => {
    const dropped = option('dropOptional')
    expect(dropped.applicable).toBe(true)
    expect(dropped.changed.some((change) => change.change === 'removed' && change.id.startsWith('extra:'))).toBe(true)
    expect(dropped.finishDate! < option('reflow').finishDate!).toBe(true)
  })

  it('moveTarget keeps the re-flowed sessions and moves the target to their finish date', () => {
    const moved = option('moveTarget')
    expect(moved.targetDate).toBe(option('reflow').finishDate)
    expect(moved.feasible).toBe(true)
    expect(moved.changed).toEqual(option('reflow').changed)
  })

  it('moveTarget is not applicable to a plan without a target, nor when re-flowing already meets the target', () => {
    const untargeted = { ...base, settings: { ...base.settings, targetDate: undefined } }
    const relaxed = { ...base, settings: { ...base.settings, targetDate: '2027-03-01' } }
    for (const input of [untargeted, relaxed]) {
      const preview = previewMissedOptions(input, missed, now)
      expect(preview.ok && preview.options.find((candidate) => candidate.option === 'moveTarget')?.applicable).toBe(false)
    }
    expect(option('moveTarget').applicable).toBe(true)
  })

  it('returns the typed error of an impossible input', () => {
    const broken = previewMissedOptions({ ...base, availability: availability({ windows: [] }) }, [], now)
    expect(broken).toMatchObject({ ok: false, error: { code: 'no-availability' } })
  })
})
