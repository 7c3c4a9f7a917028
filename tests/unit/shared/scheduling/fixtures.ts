// Builders for scheduling tests: small roadmaps, availability and inputs with sensible defaults.
import type { Availability, WeeklyWindow } from '../../../../src/shared/domain/availability'
import type { PlanSettings, Progress } from '../../../../src/shared/domain/plan'
import type { Roadmap, Topic } from '../../../../src/shared/domain/roadmap'
import type { ScheduleInput } from '../../../../src/shared/domain/schedule'

/** A topic with only the fields scheduling cares about. */
export function topic(id: string, estimatedMinutes: number, prerequisites: string[] = [], optional = false): Topic {
  const base: Topic = {
    id,
    title: `Topic ${id}`,
    summary: '',
    estimatedMinutes,
    kind: 'learn',
    prerequisites,
    resources: [],
    outcome: ''
  }
  return optional ? { ...base, optional: true } : base
}

/** A one-stage roadmap of `topics`. */
export function roadmapOf(topics: Topic[]): Roadmap {
  return {
    id: 'test',
    title: 'Test',
    version: 1,
    stages: [{ id: 'stage', kind: 'sequence', title: 'Stage', summary: '', optional: false, topics }]
  }
}

/** Every weekday from `start` to `end`. */
export function everyDay(start: string, end: string): WeeklyWindow[] {
  return ([0, 1, 2, 3, 4, 5, 6] as const).map((weekday) => ({ weekday, start, end }))
}

/** Availability with defaults: 30-60 minute sessions, 10 minute breaks, 240 minute cap. */
export function availability(overrides: Partial<Availability> = {}): Availability {
  return {
    windows: everyDay('18:00', '20:00'),
    blackouts: [],
    busy: [],
    dailyCapMinutes: 240,
    sessionMinMinutes: 30,
    sessionMaxMinutes: 60,
    breakMinutes: 10,
    ...overrides
  }
}

/** Settings with defaults: starts 2027-01-04 (a Monday) in Europe/Rome, one topic at a time, reviews off. */
export function settings(overrides: Partial<PlanSettings> = {}): PlanSettings {
  return {
    startDate: '2027-01-04',
    timeZone: 'Europe/Rome',
    parallelTopics: 1,
    reviews: { enabled: false },
    ...overrides
  }
}

/** No progress yet. */
export const noProgress: Progress = { done: [], skipped: [], pinned: [], reviews: [] }

/** An input planning `topics` with the given overrides; `now` defaults to 2027-01-01T00:00Z. */
export function inputOf(topics: Topic[], overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    roadmap: roadmapOf(topics),
    availability: availability(),
    settings: settings(),
    progress: noProgress,
    now: Date.UTC(2027, 0, 1),
    ...overrides
  }
}
