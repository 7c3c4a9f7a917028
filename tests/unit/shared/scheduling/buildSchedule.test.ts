// Example-based tests of buildSchedule: ordering, chunking, prerequisites, progress, parallel topics and the report.
import { describe, expect, it } from 'vitest'
import type { ScheduleInput, ScheduleResult } from '../../../../src/shared/domain/schedule'
import { buildSchedule, HORIZON_DAYS } from '../../../../src/shared/scheduling/buildSchedule'
import { availability, everyDay, inputOf, noProgress, settings, topic } from './fixtures'

type Planned = Extract<ScheduleResult, { ok: true }>

function plan(input: ScheduleInput): Planned {
  const result = buildSchedule(input)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result
}

const UTC = settings({ timeZone: 'UTC' })
const at = (iso: string): number => Date.parse(`${iso}:00Z`)

describe('buildSchedule placement', () => {
  it('cuts a topic into chunks between the minimum and maximum, filling windows from their start', () => {
    const result = plan(
      inputOf([topic('a', 150)], { settings: UTC, availability: availability({ windows: everyDay('18:00', '20:00') }) })
    )
    // 18:00-19:00 (60), break 10, 19:10-20:00 (50 leaves 40 >= min), next day 18:00-18:40.
    expect(result.sessions.map((session) => [session.localStart, session.localEnd, session.minutes])).toEqual([
      ['2027-01-04T18:00', '2027-01-04T19:00', 60],
      ['2027-01-04T19:10', '2027-01-04T20:00', 50],
      ['2027-01-05T18:00', '2027-01-05T18:40', 40]
    ])
  })

  it('avoids leaving a tail shorter than the minimum when a shorter chunk prevents it', () => {
    const result = plan(inputOf([topic('a', 70)], { settings: UTC }))
    expect(result.sessions.map((session) => session.minutes)).toEqual([40, 30])
  })

  it('studies topics in roadmap order, but a prerequisite later in the roadmap goes first', () => {
    const oneHourADay = availability({ windows: everyDay('18:00', '19:00') })
    const result = plan(
      inputOf([topic('a', 60), topic('b', 60, ['c']), topic('c', 60)], { settings: UTC, availability: oneHourADay })
    )
    expect(result.sessions.map((session) => session.topicId)).toEqual(['a', 'c', 'b'])
  })

  it('interleaves up to the chosen number of topics', () => {
    const topics = [topic('a', 120), topic('b', 120), topic('c', 60)]
    const oneHourADay = availability({ windows: everyDay('18:00', '19:00') })
    const result = plan(
      inputOf(topics, { settings: settings({ timeZone: 'UTC', parallelTopics: 2 }), availability: oneHourADay })
    )
    expect(result.sessions.map((session) => session.topicId)).toEqual(['a', 'b', 'a', 'b', 'c'])
  })

  it('respects the daily cap', () => {
    const result = plan(
      inputOf([topic('a', 240)], {
        settings: UTC,
        availability: availability({ windows: everyDay('08:00', '20:00'), dailyCapMinutes: 90 })
      })
    )
    const perDay = new Map<string, number>()
    for (const session of result.sessions)
      perDay.set(session.localStart.slice(0, 10), (perDay.get(session.localStart.slice(0, 10)) ?? 0) + session.minutes)
    expect([...perDay.values()]).toEqual([90, 90, 60])
  })

  it('skips blackout days and busy time', () => {
    const result = plan(
      inputOf([topic('a', 120)], {
        settings: UTC,
        availability: availability({
          blackouts: [{ start: '2027-01-04', end: '2027-01-05' }],
          busy: [{ startMs: at('2027-01-06T18:00'), endMs: at('2027-01-06T19:30') }]
        })
      })
    )
    // 30 free minutes after the busy block, then 60 + 30 the next day.
    expect(result.sessions.map((session) => [session.localStart, session.minutes])).toEqual([
      ['2027-01-06T19:30', 30],
      ['2027-01-07T18:00', 60],
      ['2027-01-07T19:10', 30]
    ])
  })

  it('places nothing before now and re-flows unfinished work from now', () => {
    const now = at('2027-01-06T18:30')
    const result = plan(inputOf([topic('a', 120)], { settings: UTC, now }))
    expect(result.sessions[0]!.startMs).toBeGreaterThanOrEqual(now)
    expect(result.sessions.map((session) => session.localStart)).toEqual(['2027-01-06T18:30', '2027-01-07T18:00'])
  })
})

describe('buildSchedule on long plans', () => {
  it('keeps every session, in time order and numbered per topic, across plans of many hundreds of sessions', () => {
    // 40 topics of 10 hours in 60-minute chunks, two at a time: 400 sessions, past every small initial buffer size.
    const topics = Array.from({ length: 40 }, (_, index) => topic(`t${index}`, 600, index > 0 ? [`t${index - 1}`] : []))
    const result = plan(
      inputOf(topics, {
        settings: { ...UTC, parallelTopics: 2 },
        availability: availability({ windows: everyDay('08:00', '20:00') })
      })
    )
    expect(result.sessions).toHaveLength(400)
    expect(result.report.unplaced).toEqual([])
    for (let index = 1; index < result.sessions.length; index++) {
      expect(result.sessions[index]!.startMs).toBeGreaterThan(result.sessions[index - 1]!.endMs)
    }
    for (const { id } of topics) {
      const own = result.sessions.filter((session) => session.topicId === id)
      expect(own.map((session) => session.id)).toEqual(Array.from({ length: 10 }, (_, chunk) => `${id}:study:${chunk}`))
      expect(own.every((session) => session.minutes === 60 && session.endMs - session.startMs === 3_600_000)).toBe(true)
    }
  })
})

describe('buildSchedule and progress', () => {
  it('counts done minutes and keeps done sessions', () => {
    const done = {
      id: 'd1',
      topicId: 'a',
      kind: 'study' as const,
      startMs: at('2027-01-03T10:00'),
      endMs: at('2027-01-03T11:00'),
      actualMinutes: 90
    }
    const result = plan(
      inputOf([topic('a', 120)], {
        settings: settings({ timeZone: 'UTC', startDate: '2027-01-03' }),
        progress: { ...noProgress, done: [done] }
      })
    )
    expect(result.sessions.find((session) => session.id === 'd1')).toMatchObject({ status: 'done', minutes: 90 })
    expect(result.sessions.filter((session) => session.status === 'planned').map((session) => session.minutes)).toEqual(
      [30]
    )
    expect(result.report.doneMinutes).toBe(90)
  })

  it('keeps pinned sessions exactly, counts them and never reuses their time', () => {
    const pin = {
      id: 'p1',
      topicId: 'a',
      kind: 'study' as const,
      startMs: at('2027-01-04T18:00'),
      endMs: at('2027-01-04T19:00')
    }
    const result = plan(inputOf([topic('a', 120)], { settings: UTC, progress: { ...noProgress, pinned: [pin] } }))
    expect(result.sessions.map((session) => [session.id, session.localStart, session.minutes, session.pinned])).toEqual(
      [
        ['p1', '2027-01-04T18:00', 60, true],
        // 60 minutes left and 50 free: 30 + 30 rather than 50 + a 10-minute tail.
        ['a:study:0', '2027-01-04T19:10', 30, false],
        ['a:study:1', '2027-01-05T18:00', 30, false]
      ]
    )
  })

  it('drops a pin whose id was skipped and re-plans its work without reusing the id', () => {
    const pin = {
      id: 'a:study:0',
      topicId: 'a',
      kind: 'study' as const,
      startMs: at('2027-01-04T18:00'),
      endMs: at('2027-01-04T19:00')
    }
    const result = plan(
      inputOf([topic('a', 60)], {
        settings: UTC,
        progress: { ...noProgress, pinned: [pin], skipped: ['a:study:0'] },
        now: at('2027-01-05T00:00')
      })
    )
    expect(result.sessions.map((session) => [session.id, session.localStart])).toEqual([
      ['a:study:1', '2027-01-05T18:00']
    ])
  })

  it('keeps the ids of untouched chunks when an earlier one is done', () => {
    const first = plan(inputOf([topic('a', 180)], { settings: UTC }))
    const chunk = first.sessions[0]!
    const done = {
      id: chunk.id,
      topicId: 'a',
      kind: 'study' as const,
      startMs: chunk.startMs,
      endMs: chunk.endMs,
      actualMinutes: chunk.minutes
    }
    const second = plan(
      inputOf([topic('a', 180)], { settings: UTC, progress: { ...noProgress, done: [done] }, now: chunk.endMs })
    )
    expect(second.sessions.map((session) => session.id)).toEqual(first.sessions.map((session) => session.id))
    expect(second.sessions.map((session) => session.startMs)).toEqual(first.sessions.map((session) => session.startMs))
  })
})

describe('buildSchedule roadmap selection', () => {
  const choiceRoadmap = {
    id: 'r',
    title: 'R',
    version: 1,
    stages: [
      {
        id: 'base',
        kind: 'sequence' as const,
        title: '',
        summary: '',
        optional: false,
        topics: [topic('core', 60), topic('extra', 60, [], true)]
      },
      {
        id: 'tracks',
        kind: 'choice' as const,
        title: '',
        summary: '',
        optional: true,
        tracks: [
          { id: 'x', title: '', summary: '', topics: [topic('x1', 60, ['core'])] },
          { id: 'y', title: '', summary: '', topics: [topic('y1', 60, ['core'])] }
        ]
      }
    ]
  }

  it('plans only the chosen track, the first when none is chosen', () => {
    const chosen = plan({
      ...inputOf([]),
      roadmap: choiceRoadmap,
      settings: settings({ timeZone: 'UTC', trackChoices: { tracks: 'y' } })
    })
    expect(new Set(chosen.sessions.map((session) => session.topicId))).toEqual(new Set(['core', 'extra', 'y1']))
    const defaulted = plan({ ...inputOf([]), roadmap: choiceRoadmap, settings: UTC })
    expect(new Set(defaulted.sessions.map((session) => session.topicId))).toEqual(new Set(['core', 'extra', 'x1']))
  })

  it('drops optional topics and stages when asked', () => {
    const result = plan({
      ...inputOf([]),
      roadmap: choiceRoadmap,
      settings: settings({ timeZone: 'UTC', includeOptional: false })
    })
    expect(result.sessions.map((session) => session.topicId)).toEqual(['core'])
    expect(result.report.stages.map((stage) => [stage.stageId, stage.totalMinutes])).toEqual([
      ['base', 60],
      ['tracks', 0]
    ])
  })
})

describe('buildSchedule known topics', () => {
  const oneHourADay = availability({ windows: everyDay('18:00', '19:00') })

  it('plans no work for a known topic and lets its dependents start at once', () => {
    const topics = [topic('a', 120), topic('b', 60, ['a'])]
    const result = plan(
      inputOf(topics, { settings: settings({ timeZone: 'UTC', knownTopics: ['a'] }), availability: oneHourADay })
    )
    expect(result.sessions.map((session) => [session.topicId, session.localStart])).toEqual([['b', '2027-01-04T18:00']])
  })

  it('counts a known topic as done work in the report, so the pace needed shrinks', () => {
    const topics = [topic('a', 120), topic('b', 60)]
    const target = { timeZone: 'UTC', targetDate: '2027-01-10' } as const
    const unknown = plan(inputOf(topics, { settings: settings(target), availability: oneHourADay })).report
    const known = plan(
      inputOf(topics, { settings: settings({ ...target, knownTopics: ['a'] }), availability: oneHourADay })
    ).report
    expect(known).toMatchObject({ totalMinutes: 180, doneMinutes: 120, remainingMinutes: 60 })
    expect(known.weeklyMinutesNeeded).toBeLessThan(unknown.weeklyMinutesNeeded!)
    expect(known.stages[0]!.doneMinutes).toBe(120)
  })

  it('ignores ids that are no longer in the roadmap', () => {
    const result = plan(
      inputOf([topic('a', 60)], {
        settings: settings({ timeZone: 'UTC', knownTopics: ['gone'] }),
        availability: oneHourADay
      })
    )
    expect(result.sessions.map((session) => session.topicId)).toEqual(['a'])
  })
})

describe('buildSchedule report', () => {
  it('gives finish dates per stage and overall, and the weekly pace a target needs', () => {
    const input = inputOf([topic('a', 120), topic('b', 120)], {
      settings: settings({ timeZone: 'UTC', targetDate: '2027-01-17' })
    })
    const { report, sessions } = plan(input)
    expect(report.finishDate).toBe(sessions[sessions.length - 1]!.localStart.slice(0, 10))
    expect(report.stages[0]!.finishDate).toBe(report.finishDate)
    expect(report.totalMinutes).toBe(240)
    // 240 minutes over the 14 days from 2027-01-04 to 2027-01-17 inclusive: 120 a week.
    expect(report.weeklyMinutesNeeded).toBe(120)
    expect(report).toMatchObject({ feasible: true, shortfallMinutes: 0, unplaced: [] })
  })

  it('flags a plan that ends after the target with the minutes that land late', () => {
    const input = inputOf([topic('a', 300)], {
      settings: settings({ timeZone: 'UTC', targetDate: '2027-01-05' }),
      availability: availability({ windows: everyDay('18:00', '19:00') })
    })
    const { report, sessions } = plan(input)
    const late = sessions
      .filter((session) => session.localStart.slice(0, 10) > '2027-01-05')
      .reduce((sum, session) => sum + session.minutes, 0)
    expect(late).toBe(180)
    expect(report).toMatchObject({ feasible: false, shortfallMinutes: 180 })
  })

  it('names why topics could not be placed', () => {
    const noRoom = plan(
      inputOf([topic('a', 120), topic('b', 60, ['a'])], {
        settings: UTC,
        availability: availability({ windows: everyDay('18:00', '18:20'), dailyCapMinutes: 60 })
      })
    )
    expect(noRoom.report.unplaced).toEqual([
      { topicId: 'a', stageId: 'stage', unplacedMinutes: 120, reason: 'no-availability' },
      { topicId: 'b', stageId: 'stage', unplacedMinutes: 60, reason: 'prerequisite-not-placeable' }
    ])
    expect(noRoom.report).toMatchObject({ finishDate: null, feasible: false, shortfallMinutes: 180 })
    const tooBig = plan(
      inputOf([topic('a', 60_000)], {
        settings: UTC,
        availability: availability({ windows: [{ weekday: 1, start: '18:00', end: '18:30' }] })
      })
    )
    const placedMinutes = tooBig.sessions.reduce((sum, session) => sum + session.minutes, 0)
    expect(tooBig.report.unplaced).toEqual([
      { topicId: 'a', stageId: 'stage', unplacedMinutes: 60_000 - placedMinutes, reason: 'beyond-horizon' }
    ])
    expect(tooBig.sessions[tooBig.sessions.length - 1]!.startMs).toBeLessThan(
      Date.UTC(2027, 0, 4) + HORIZON_DAYS * 86_400_000
    )
  })
})
