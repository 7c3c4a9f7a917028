// Impossible input comes back as a typed error naming the field, never as an exception or an endless loop.
import { describe, expect, it } from 'vitest'
import type { ScheduleInput } from '../../../../src/shared/domain/schedule'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { availability, inputOf, roadmapOf, settings, topic } from './fixtures'
import { englishError } from '../../../support/english'

function errorOf(input: ScheduleInput) {
  const result = buildSchedule(input)
  if (result.ok) throw new Error('expected an error')
  return result.error
}

describe('buildSchedule input errors', () => {
  const topics = [topic('a', 60)]

  it.each([
    [
      'no availability',
      inputOf(topics, { availability: availability({ windows: [] }) }),
      'no-availability',
      'availability.windows'
    ],
    [
      'minimum above maximum',
      inputOf(topics, { availability: availability({ sessionMinMinutes: 90, sessionMaxMinutes: 60 }) }),
      'session-min-above-max',
      'availability.sessionMinMinutes'
    ],
    [
      'cap below the minimum',
      inputOf(topics, { availability: availability({ dailyCapMinutes: 20 }) }),
      'session-min-above-max',
      'availability.dailyCapMinutes'
    ],
    [
      'window ending before it starts',
      inputOf(topics, { availability: availability({ windows: [{ weekday: 1, start: '10:00', end: '09:00' }] }) }),
      'window-ends-before-start',
      'availability.windows[0].end'
    ],
    [
      'malformed window time',
      inputOf(topics, { availability: availability({ windows: [{ weekday: 1, start: '25:00', end: '26:00' }] }) }),
      'invalid-value',
      'availability.windows[0].start'
    ],
    [
      'blackout ending before it starts',
      inputOf(topics, { availability: availability({ blackouts: [{ start: '2027-02-02', end: '2027-02-01' }] }) }),
      'window-ends-before-start',
      'availability.blackouts[0].end'
    ],
    [
      'unknown prerequisite',
      inputOf([topic('a', 60, ['ghost'])]),
      'unknown-prerequisite',
      'roadmap.stages[0].topics[0].prerequisites[0]'
    ],
    [
      'prerequisite cycle',
      inputOf([topic('a', 60, ['c']), topic('b', 60, ['a']), topic('c', 60, ['b'])]),
      'prerequisite-cycle',
      'roadmap.stages[0].topics[1].prerequisites'
    ],
    [
      'self prerequisite',
      inputOf([topic('a', 60, ['a'])]),
      'prerequisite-cycle',
      'roadmap.stages[0].topics[0].prerequisites'
    ],
    ['duplicate topic id', inputOf([topic('a', 60), topic('a', 30)]), 'duplicate-id', 'roadmap.stages[0].topics[1].id'],
    ['zero estimate', inputOf([topic('a', 0)]), 'invalid-value', 'roadmap.stages[0].topics[0].estimatedMinutes'],
    [
      'unknown zone',
      inputOf(topics, { settings: settings({ timeZone: 'Mars/Olympus' }) }),
      'invalid-time-zone',
      'settings.timeZone'
    ],
    [
      'impossible date',
      inputOf(topics, { settings: settings({ startDate: '2027-02-30' }) }),
      'invalid-date',
      'settings.startDate'
    ],
    [
      'target before start',
      inputOf(topics, { settings: settings({ targetDate: '2026-12-31' }) }),
      'target-before-start',
      'settings.targetDate'
    ],
    [
      'unknown track',
      inputOf(topics, { settings: settings({ trackChoices: { stage: 'x' } }) }),
      'unknown-track',
      'settings.trackChoices.stage'
    ],
    ['non-numeric now', inputOf(topics, { now: Number.NaN }), 'invalid-value', 'now'],
    [
      'session of an unknown topic',
      inputOf(topics, {
        progress: {
          done: [],
          skipped: [],
          reviews: [],
          pinned: [{ id: 'p', topicId: 'zz', kind: 'study', startMs: 0, endMs: 1 }]
        }
      }),
      'unknown-topic',
      'progress.pinned[0].topicId'
    ]
  ])('%s', (_, input, code, field) => {
    expect(errorOf(input)).toMatchObject({ code, field })
    expect(errorOf(input).message.length).toBeGreaterThan(0)
  })

  it('spells out the cycle it found', () => {
    expect(
      englishError(errorOf(inputOf([topic('a', 60, ['c']), topic('b', 60, ['a']), topic('c', 60, ['b'])])))
    ).toContain('a -> c -> b -> a')
  })

  it('returns a labelled error instead of throwing on structurally broken input', () => {
    const broken = { ...inputOf(topics), roadmap: { ...roadmapOf(topics), stages: null } } as unknown as ScheduleInput
    expect(errorOf(broken)).toMatchObject({ code: 'invalid-value', field: 'roadmap.stages' })
    const brokenTopic = inputOf([{ ...topic('a', 60), prerequisites: null } as unknown as ReturnType<typeof topic>])
    expect(errorOf(brokenTopic)).toMatchObject({ field: 'roadmap.stages[0].topics[0].prerequisites' })
  })
})
