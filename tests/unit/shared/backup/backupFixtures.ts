// Builders of valid backup data of any size, used by the validator, fuzz, round-trip and database tests.
import type { Availability } from '../../../../src/shared/domain/availability'
import type { PlanSettings } from '../../../../src/shared/domain/plan'
import type { Roadmap, Topic } from '../../../../src/shared/domain/roadmap'
import type {
  BackupData,
  PlanRecord,
  ReviewRow,
  RoadmapRecord,
  SessionRecord,
  SettingRecord,
  StudyLogRecord,
  TopicNoteRecord
} from '../../../../src/shared/backup/records'

const HOUR = 3_600_000
export const T0 = Date.UTC(2027, 0, 4, 17) // 2027-01-04 18:00 in Europe/Rome

/** A topic with defaults. */
export function topic(id: string, estimatedMinutes: number, prerequisites: string[] = []): Topic {
  return {
    id,
    title: `Topic ${id}`,
    summary: `About ${id}`,
    estimatedMinutes,
    kind: 'learn',
    prerequisites,
    resources: [],
    outcome: ''
  }
}

/** A two-stage roadmap of `topicCount` topics, each after the previous one. */
export function chainRoadmap(id: string, topicCount: number, minutes = 120): Roadmap {
  const topics = Array.from({ length: topicCount }, (_, i) =>
    topic(`${id}-t${i}`, minutes, i > 0 ? [`${id}-t${i - 1}`] : [])
  )
  const half = Math.ceil(topicCount / 2)
  return {
    id,
    title: `Roadmap ${id}`,
    version: 1,
    stages: [
      { id: `${id}-s1`, kind: 'sequence', title: 'First', summary: '', optional: false, topics: topics.slice(0, half) },
      { id: `${id}-s2`, kind: 'sequence', title: 'Second', summary: '', optional: false, topics: topics.slice(half) }
    ]
  }
}

/** Weekday evenings, 30-60 minute sessions. */
export function eveningAvailability(overrides: Partial<Availability> = {}): Availability {
  return {
    windows: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '18:00', end: '21:00' })),
    blackouts: [{ start: '2027-04-01', end: '2027-04-05', label: 'Easter' }],
    busy: [{ startMs: T0 + 24 * HOUR, endMs: T0 + 25 * HOUR, label: 'Dentist' }],
    dailyCapMinutes: 180,
    sessionMinMinutes: 30,
    sessionMaxMinutes: 60,
    breakMinutes: 10,
    ...overrides
  }
}

/** Settings starting 2027-01-04 in Europe/Rome. */
export function romeSettings(overrides: Partial<PlanSettings> = {}): PlanSettings {
  return {
    startDate: '2027-01-04',
    targetDate: '2027-12-31',
    timeZone: 'Europe/Rome',
    parallelTopics: 2,
    reviews: { enabled: true, sessionMinutes: 15 },
    ...overrides
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** A UTC wall time string; the fixture does not need real zone conversion, only the right shape. */
function wall(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** Sizes of a generated backup. */
export interface BackupShape {
  plans: number
  sessionsPerPlan: number
  topics?: number
  settings?: number
}

/**
 * Valid backup data: one roadmap per plan, sessions spread hourly (every third done with a study-log line, every
 * seventh skipped, every eleventh pinned), a rating per done session of a topic's last chunk, and settings.
 */
export function buildBackupData(shape: BackupShape): BackupData {
  const roadmaps: RoadmapRecord[] = []
  const plans: PlanRecord[] = []
  const sessions: SessionRecord[] = []
  const studyLog: StudyLogRecord[] = []
  const reviews: ReviewRow[] = []
  const notes: TopicNoteRecord[] = []
  const topicCount = shape.topics ?? 6
  for (let p = 0; p < shape.plans; p++) {
    const roadmap = chainRoadmap(`rm${p}`, topicCount)
    roadmaps.push({ id: roadmap.id, roadmap, builtIn: p === 0, updatedAtMs: T0 - HOUR })
    const planId = `plan-${p}`
    plans.push({
      id: planId,
      title: `Plan ${p} "quoted" ünïcødé`,
      roadmapId: roadmap.id,
      settings: romeSettings(p % 2 ? { trackChoices: {}, includeOptional: false } : {}),
      availability: eveningAvailability(),
      reminderLeadMinutes: p % 3 === 0 ? null : 10,
      report: null,
      createdAtMs: T0 - 2 * HOUR,
      updatedAtMs: T0 - HOUR
    })
    notes.push({
      planId,
      topicId: `${roadmap.id}-t0`,
      text: 'Read chapter 2 again.\nAsk about "closures" — ünïcødé.',
      updatedAtMs: T0 - HOUR
    })
    for (let s = 0; s < shape.sessionsPerPlan; s++) {
      const topicId = `${roadmap.id}-t${s % topicCount}`
      const sessionId = `${topicId}:study:${Math.floor(s / topicCount)}`
      const startMs = T0 + s * 3 * HOUR
      const status = s % 3 === 0 ? 'done' : s % 7 === 0 ? 'skipped' : 'planned'
      const minutes = 30 + (s % 31)
      const session: SessionRecord = {
        id: `${planId}/${sessionId}`,
        planId,
        sessionId,
        topicId,
        stageId: `${roadmap.id}-s${s % topicCount < Math.ceil(topicCount / 2) ? 1 : 2}`,
        kind: 'study',
        status,
        pinned: status === 'planned' && s % 11 === 0,
        startMs,
        endMs: startMs + minutes * 60_000,
        localStart: wall(startMs + HOUR),
        localEnd: wall(startMs + HOUR + minutes * 60_000),
        minutes
      }
      sessions.push(session)
      if (status === 'done') {
        studyLog.push({
          id: `log-${planId}-${s}`,
          planId,
          sessionId: session.id,
          topicId,
          actualMinutes: minutes,
          loggedAtMs: session.endMs
        })
        if (s % 2 === 0)
          reviews.push({
            id: `review-${planId}-${s}`,
            planId,
            topicId,
            rating: (['again', 'hard', 'good', 'easy'] as const)[s % 4]!,
            ratedAtMs: session.endMs + 60_000
          })
      }
    }
  }
  const settings: SettingRecord[] = Array.from({ length: shape.settings ?? 3 }, (_, i) => ({
    key: `pref.${i}`,
    value: i % 3 === 0 ? { nested: [i, 'x', true, null], at: i } : i % 3 === 1 ? `value ${i}` : i
  }))
  return { roadmaps, plans, sessions, studyLog, reviews, notes, settings }
}

/** Total rows in backup data. */
export function recordCount(data: BackupData): number {
  return (
    data.roadmaps.length +
    data.plans.length +
    data.sessions.length +
    data.studyLog.length +
    data.reviews.length +
    data.notes.length +
    data.settings.length
  )
}

function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Backup data with every table sorted by primary key, the order a database dump returns. */
export function sortedByKey(data: BackupData): BackupData {
  return {
    roadmaps: byId(data.roadmaps),
    plans: byId(data.plans),
    sessions: byId(data.sessions),
    studyLog: byId(data.studyLog),
    reviews: byId(data.reviews),
    notes: [...data.notes].sort((a, b) =>
      a.planId === b.planId ? (a.topicId < b.topicId ? -1 : 1) : a.planId < b.planId ? -1 : 1
    ),
    settings: [...data.settings].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  }
}
