// Missed-session policies: previews of each option against the plan as it stands, applying nothing.
import { describe, expect, it } from 'vitest'
import type { ScheduleInput } from '../../../../src/shared/domain/schedule'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { diffSessions, previewMissedOptions } from '../../../../src/shared/scheduling/missed'
import { replanStored, type StoredPlan } from '../../../../src/shared/scheduling/replan'
import { availability, everyDay, inputOf, settings, topic } from './fixtures'

const DAY_MS = 86_400_000

const base: ScheduleInput = inputOf([topic('a', 240), topic('b', 240, ['a']), topic('extra', 240, [], true)], {
  settings: settings({ timeZone: 'UTC', targetDate: '2027-01-15' }),
  availability: availability({ windows: everyDay('18:00', '22:00'), dailyCapMinutes: 60, sessionMaxMinutes: 60 })
})

/** The plan as first stored: built at the input's `now`, nothing done yet. */
function storedPlan(input: ScheduleInput = base): StoredPlan {
  const result = buildSchedule(input)
  if (!result.ok) throw new Error(result.error.message)
  return {
    roadmap: input.roadmap,
    availability: input.availability,
    settings: input.settings,
    sessions: result.sessions,
    reviews: []
  }
}

describe('previewMissedOptions', () => {
  const plan = storedPlan()
  const previousFinish = buildSchedule(base)
  const now = Date.parse('2027-01-07T00:00:00Z')
  const missed = plan.sessions.filter((session) => session.endMs <= now)
  const result = previewMissedOptions(plan, now, null)
  if (!result.ok || !previousFinish.ok) throw new Error('the fixture must plan')
  const option = (name: string) => result.options.find((candidate) => candidate.option === name)!

  it('previews all four options against the plan as it stands, and no option touches a missed session', () => {
    expect(missed).toHaveLength(3)
    expect(result.options.map((candidate) => candidate.option)).toEqual([
      'reflow',
      'raiseDailyCap',
      'dropOptional',
      'moveTarget'
    ])
    for (const candidate of result.options) {
      expect(candidate.changed.map((change) => change.id)).not.toEqual(expect.arrayContaining([missed[0]!.id]))
    }
    expect(plan.availability.dailyCapMinutes).toBe(60)
  })

  it('reflow keeps the week ahead as planned and places the missed work after it', () => {
    const reflow = option('reflow')
    expect(reflow.scope).toBe('keep-week')
    const horizonEnd = now + 7 * DAY_MS
    // Nothing inside the week ahead moved; what was added starts after it.
    const touched = reflow.changed
      .flatMap((change) => [change.before, change.after])
      .filter((session) => session !== undefined)
    expect(touched.length).toBeGreaterThan(0)
    expect(touched.filter((session) => session.startMs < horizonEnd)).toEqual([])
    // Three hours of work slipped by three days at one hour a day.
    expect(reflow.finishDate! > previousFinish.report.finishDate!).toBe(true)
  })

  it('raiseDailyCap picks the smallest cap that still meets the target, and may use the week ahead', () => {
    const raised = option('raiseDailyCap')
    expect(raised.applicable).toBe(true)
    expect(raised.scope).toBe('fill-week')
    expect(option('reflow').finishDate! > '2027-01-15').toBe(true)
    expect(raised.dailyCapMinutes).toBeGreaterThan(60)
    expect(raised.finishDate! <= '2027-01-15').toBe(true)
    const oneStepLess = replanStored(
      { ...plan, availability: { ...raised.availability, dailyCapMinutes: raised.dailyCapMinutes - 15 } },
      now,
      'fill-week'
    )
    expect(oneStepLess.ok && oneStepLess.report.finishDate! > '2027-01-15').toBe(true)
  })

  it('raiseDailyCap is not applicable when re-flowing already meets the target', () => {
    const relaxed = { ...plan, settings: { ...plan.settings, targetDate: '2027-03-01' } }
    const preview = previewMissedOptions(relaxed, now, null)
    expect(preview.ok && preview.options.find((candidate) => candidate.option === 'raiseDailyCap')).toMatchObject({
      applicable: false,
      dailyCapMinutes: 60
    })
  })

  it('without a target, raiseDailyCap aims for the finish date the learner was on course for', () => {
    const untargeted = { ...plan, settings: { ...plan.settings, targetDate: undefined } }
    const preview = previewMissedOptions(untargeted, now, previousFinish.report.finishDate)
    const raised = preview.ok ? preview.options.find((candidate) => candidate.option === 'raiseDailyCap')! : null
    expect(raised?.applicable).toBe(true)
    expect(raised!.finishDate! <= previousFinish.report.finishDate!).toBe(true)
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
    const untargeted = { ...plan, settings: { ...plan.settings, targetDate: undefined } }
    const relaxed = { ...plan, settings: { ...plan.settings, targetDate: '2027-03-01' } }
    for (const candidate of [untargeted, relaxed]) {
      const preview = previewMissedOptions(candidate, now, null)
      expect(preview.ok && preview.options.find((entry) => entry.option === 'moveTarget')?.applicable).toBe(false)
    }
    expect(option('moveTarget').applicable).toBe(true)
  })

  it('returns the typed error of an impossible plan', () => {
    const broken = previewMissedOptions({ ...plan, availability: availability({ windows: [] }) }, now, null)
    expect(broken).toMatchObject({ ok: false, error: { code: 'no-availability' } })
  })
})

function sessionAt(id: string, startHour: number, topicId = 'a') {
  return {
    id,
    topicId,
    stageId: 's',
    kind: 'study' as const,
    status: 'planned' as const,
    pinned: false,
    startMs: Date.UTC(2027, 0, 4, startHour),
    endMs: Date.UTC(2027, 0, 4, startHour + 1),
    localStart: '',
    localEnd: '',
    minutes: 60
  }
}

describe('diffSessions', () => {
  it('counts a renumbered session at the same time and topic as unchanged, and reports real moves, additions and removals', () => {
    const before = [
      sessionAt('a:study:0', 9),
      sessionAt('a:study:1', 11),
      sessionAt('a:study:2', 13),
      sessionAt('b:study:0', 15, 'b')
    ]
    const after = [sessionAt('a:study:5', 9), sessionAt('a:study:1', 12), sessionAt('a:study:7', 17)]
    expect(diffSessions(before, after).map(({ id, change }) => `${change} ${id}`)).toEqual([
      'moved a:study:1',
      'added a:study:7',
      'removed a:study:2',
      'removed b:study:0'
    ])
  })
})
