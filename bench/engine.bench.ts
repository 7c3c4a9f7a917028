// Planning-engine figures: the AI Engineer roadmap at 8 h/week, 2,000 synthetic topics over ~5 years, and growth to 4,000.
import type { Availability } from '../src/shared/domain/availability'
import type { Roadmap, Topic } from '../src/shared/domain/roadmap'
import type { ScheduleInput } from '../src/shared/domain/schedule'
import { aiEngineerRoadmap } from '../src/shared/roadmaps/aiEngineer'
import { buildSchedule } from '../src/shared/scheduling/buildSchedule'
import { medianMs } from './stats'

const START = '2027-01-04'
const NOW = Date.UTC(2027, 0, 3, 12)

/** Deterministic pseudo-random numbers (mulberry32), so every run plans the same roadmap. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` topics of 1-4 hours in stages of 100, each needing up to two of the previous twenty topics. */
function syntheticRoadmap(count: number): Roadmap {
  const next = random(count)
  const topics: Topic[] = Array.from({ length: count }, (_, index) => {
    const prerequisites = new Set<string>()
    const tries = index > 0 ? 2 : 0
    for (let k = 0; k < tries; k++) if (next() < 0.6) prerequisites.add(`t${index - 1 - Math.floor(next() * Math.min(20, index))}`)
    return { id: `t${index}`, title: `Topic ${index}`, summary: '', estimatedMinutes: 60 + Math.floor(next() * 180), kind: 'learn', prerequisites: [...prerequisites], resources: [], outcome: '' }
  })
  const stages = Array.from({ length: Math.ceil(count / 100) }, (_, stage) => ({
    id: `s${stage}`,
    kind: 'sequence' as const,
    title: `Stage ${stage}`,
    summary: '',
    optional: false,
    topics: topics.slice(stage * 100, stage * 100 + 100)
  }))
  return { id: `synthetic-${count}`, title: 'Synthetic', version: 1, stages }
}

/** About 23 h a week: weekday evenings, weekend mornings and afternoons, busy evenings and yearly holidays. */
function syntheticAvailability(years: number): Availability {
  const next = random(7)
  const busy = Array.from({ length: years * 40 }, () => {
    const start = NOW + Math.floor(next() * years * 365) * 86_400_000 + 17 * 3_600_000 + Math.floor(next() * 8) * 1_800_000
    return { startMs: start, endMs: start + 3_600_000 + Math.floor(next() * 4) * 1_800_000 }
  })
  const blackouts = Array.from({ length: years }, (_, year) => ({ start: `${2027 + year}-08-10`, end: `${2027 + year}-08-23` }))
  const weekdays = [1, 2, 3, 4, 5] as const
  return {
    windows: [
      ...weekdays.map((weekday) => ({ weekday, start: '18:00', end: '21:00' })),
      ...([0, 6] as const).flatMap((weekday) => [{ weekday, start: '09:00', end: '12:00' }, { weekday, start: '14:00', end: '18:00' }])
    ],
    blackouts,
    busy,
    dailyCapMinutes: 240,
    sessionMinMinutes: 30,
    sessionMaxMinutes: 90,
    breakMinutes: 10
  }
}

export function syntheticInput(count: number): ScheduleInput {
  return {
    roadmap: syntheticRoadmap(count),
    availability: syntheticAvailability(10),
    settings: { startDate: START, timeZone: 'Europe/Rome', parallelTopics: 2, reviews: { enabled: true } },
    now: NOW
  }
}

export const aiInput: ScheduleInput = {
  roadmap: aiEngineerRoadmap,
  availability: {
    windows: [
      { weekday: 1, start: '19:00', end: '21:00' },
      { weekday: 3, start: '19:00', end: '21:00' },
      { weekday: 5, start: '19:00', end: '21:00' },
      { weekday: 6, start: '09:00', end: '11:00' }
    ],
    blackouts: [],
    busy: [],
    dailyCapMinutes: 120,
    sessionMinMinutes: 30,
    sessionMaxMinutes: 120,
    breakMinutes: 10
  },
  settings: { startDate: START, timeZone: 'Europe/Rome', parallelTopics: 1, reviews: { enabled: true } },
  now: NOW
}

/** Plans an input and fails loudly if it does not plan completely, so a broken engine cannot post a fast time. */
function planFully(input: ScheduleInput): void {
  const result = buildSchedule(input)
  if (!result.ok || result.report.unplaced.length > 0) throw new Error(`engine bench input did not plan fully: ${JSON.stringify(result.ok ? result.report.unplaced.slice(0, 3) : result.error)}`)
}

export async function run(): Promise<Record<string, number>> {
  const synthetic2000 = syntheticInput(2000)
  const synthetic4000 = syntheticInput(4000)
  const aiRoadmap8hMs = medianMs(() => planFully(aiInput), 30, 10)
  // The 2,000 and 4,000 medians are taken in alternating rounds and the lowest of three kept for each, so a burst of
  // load from other processes on a shared machine is less likely to skew one side of the ratio only.
  const medians2000: number[] = []
  const medians4000: number[] = []
  for (let round = 0; round < 3; round++) {
    medians2000.push(medianMs(() => planFully(synthetic2000), 21, 5))
    medians4000.push(medianMs(() => planFully(synthetic4000), 21, 5))
  }
  const synthetic2000TopicsMs = Math.min(...medians2000)
  const synthetic4000TopicsMs = Math.min(...medians4000)
  return {
    'engine.aiRoadmap8hMs': aiRoadmap8hMs,
    'engine.synthetic2000TopicsMs': synthetic2000TopicsMs,
    'engine.synthetic4000TopicsMs': synthetic4000TopicsMs,
    'engine.scalingRatio4000to2000': Math.round((synthetic4000TopicsMs / synthetic2000TopicsMs) * 100) / 100
  }
}
