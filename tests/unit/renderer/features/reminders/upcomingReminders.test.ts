// What the app hands over to be announced: planned sessions of the next 14 days, at the lead time, with readable titles.
import { describe, expect, it } from 'vitest'
import { reminderSyncSchema } from '../../../../../src/shared/domain/reminder'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import type { SessionRecord } from '../../../../../src/renderer/src/db/PlannerDB'
import { REMINDER_WINDOW_MS, upcomingReminders } from '../../../../../src/renderer/src/features/reminders/upcomingReminders'

const now = Date.UTC(2027, 0, 4, 12, 0)
const HOUR = 3_600_000
const firstStage = aiEngineerRoadmap.stages[0]!
const firstTopic = firstStage.kind === 'sequence' ? firstStage.topics[0]! : undefined

function session(id: string, startMs: number, extra: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: `plan-1/${id}`,
    planId: 'plan-1',
    sessionId: id,
    topicId: firstTopic!.id,
    stageId: firstStage.id,
    kind: 'study',
    status: 'planned',
    pinned: false,
    startMs,
    endMs: startMs + HOUR,
    localStart: '',
    localEnd: '',
    minutes: 60,
    ...extra
  }
}

const digest = { enabled: true, time: '08:00' }

describe('upcomingReminders', () => {
  it('announces planned sessions of the next 14 days at the lead time, with topic and stage titles', () => {
    const sessions = [
      session('past', now - 2 * HOUR),
      session('done', now + HOUR, { status: 'done' }),
      session('skipped', now + 2 * HOUR, { status: 'skipped' }),
      session('soon', now + 3 * HOUR),
      session('in-progress', now - HOUR / 2),
      session('too-far', now + REMINDER_WINDOW_MS + HOUR)
    ]
    const sync = upcomingReminders({ sessions, roadmap: aiEngineerRoadmap, leadMinutes: 10, timeZone: 'Europe/Rome', digest, now })
    expect(sync.reminders.map((reminder) => reminder.sessionId)).toEqual(['plan-1/in-progress', 'plan-1/soon'])
    expect(sync.reminders[1]).toMatchObject({ topicTitle: firstTopic!.title, stageTitle: firstStage.title, fireAt: now + 3 * HOUR - 600_000 })
    expect(reminderSyncSchema.safeParse(sync).success).toBe(true)
  })

  it('names review sessions as reviews', () => {
    const sync = upcomingReminders({ sessions: [session('r', now + HOUR, { kind: 'review' })], roadmap: aiEngineerRoadmap, leadMinutes: 5, timeZone: 'Europe/Rome', digest, now })
    expect(sync.reminders[0]?.topicTitle).toBe(`Review: ${firstTopic!.title}`)
  })

  it('with reminders off, hands over the sessions for the digest but asks for no announcement', () => {
    const sync = upcomingReminders({ sessions: [session('a', now + HOUR)], roadmap: aiEngineerRoadmap, leadMinutes: null, timeZone: 'Europe/Rome', digest, now })
    expect(sync.announce).toBe(false)
    expect(sync.reminders.map((reminder) => reminder.startsAt)).toEqual([now + HOUR])
    expect(upcomingReminders({ sessions: [session('a', now + HOUR)], roadmap: aiEngineerRoadmap, leadMinutes: 10, timeZone: 'Europe/Rome', digest, now }).announce).toBe(true)
  })

  it('stays within the sync limit for a very busy fortnight, keeping the soonest', () => {
    const sessions = Array.from({ length: 1500 }, (_, index) => session(`s${index}`, now + HOUR + index * 60_000))
    const sync = upcomingReminders({ sessions, roadmap: aiEngineerRoadmap, leadMinutes: 10, timeZone: 'Europe/Rome', digest, now })
    expect(sync.reminders).toHaveLength(1000)
    expect(sync.reminders[0]?.sessionId).toBe('plan-1/s0')
    expect(reminderSyncSchema.safeParse(sync).success).toBe(true)
  })
})
