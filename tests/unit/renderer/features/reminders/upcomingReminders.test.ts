// What the app hands over to be announced: planned sessions of the next 14 days, at the lead time, with readable titles.
import { describe, expect, it } from 'vitest'
import { reminderSyncSchema } from '../../../../../src/shared/domain/reminder'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import type { SessionRecord } from '../../../../../src/renderer/src/db/PlannerDB'
import {
  REMINDER_WINDOW_MS,
  upcomingReminders
} from '../../../../../src/renderer/src/features/reminders/upcomingReminders'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'

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
const t = translatorFor('en-GB', en)

function source(sessions: SessionRecord[], leadMinutes: number | null) {
  return {
    plans: [{ sessions, roadmap: aiEngineerRoadmap, leadMinutes, timeZone: 'Europe/Rome' }],
    digest,
    now,
    fallbackZone: 'UTC',
    locale: 'en-GB',
    t
  }
}

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
    const sync = upcomingReminders(source(sessions, 10))
    expect(sync.reminders.map((reminder) => reminder.sessionId)).toEqual(['plan-1/in-progress', 'plan-1/soon'])
    expect(sync.reminders[1]).toMatchObject({
      topicTitle: firstTopic!.title,
      stageTitle: firstStage.title,
      fireAt: now + 3 * HOUR - 600_000
    })
    expect(reminderSyncSchema.safeParse(sync).success).toBe(true)
  })

  it('names review sessions as reviews', () => {
    const sync = upcomingReminders(source([session('r', now + HOUR, { kind: 'review' })], 5))
    expect(sync.reminders[0]?.topicTitle).toBe(`Review: ${firstTopic!.title}`)
  })

  it('names a free-text session (quick add) by its own title, with no stage, and main accepts it', () => {
    const sync = upcomingReminders(
      source(
        [
          session('quick-1', now + HOUR, {
            topicId: '',
            stageId: '',
            title: 'Read the attention paper',
            pinned: true,
            adHoc: true
          })
        ],
        5
      )
    )
    expect(sync.reminders[0]).toMatchObject({ topicTitle: 'Read the attention paper', stageTitle: '', kind: 'study' })
    expect(reminderSyncSchema.safeParse(sync).success).toBe(true)
  })

  it('with reminders off, hands over the sessions for the digest but asks for no announcement', () => {
    const sync = upcomingReminders(source([session('a', now + HOUR)], null))
    expect(sync.announce).toBe(false)
    expect(sync.reminders.map((reminder) => reminder.startsAt)).toEqual([now + HOUR])
    expect(upcomingReminders(source([session('a', now + HOUR)], 10)).announce).toBe(true)
  })

  it('stays within the sync limit for a very busy fortnight, keeping the soonest', () => {
    const sessions = Array.from({ length: 1500 }, (_, index) => session(`s${index}`, now + HOUR + index * 60_000))
    const sync = upcomingReminders(source(sessions, 10))
    expect(sync.reminders).toHaveLength(1000)
    expect(sync.reminders[0]?.sessionId).toBe('plan-1/s0')
    expect(reminderSyncSchema.safeParse(sync).success).toBe(true)
  })

  it('with no plan, hands over nothing to announce in the fallback zone', () => {
    const sync = upcomingReminders({ plans: [], digest, now, fallbackZone: 'Asia/Tokyo', locale: 'en-GB', t })
    expect(sync).toMatchObject({ zone: 'Asia/Tokyo', reminders: [], announce: false })
    expect(reminderSyncSchema.safeParse(sync).success).toBe(true)
  })

  it("merges several plans soonest first, in the first plan's zone, each at its own lead time", () => {
    const other = {
      sessions: [session('b', now + HOUR)].map((s) => ({ ...s, id: 'plan-2/b', planId: 'plan-2' })),
      roadmap: aiEngineerRoadmap,
      leadMinutes: 30,
      timeZone: 'Asia/Tokyo'
    }
    const first = source([session('a', now + 2 * HOUR)], 10)
    const sync = upcomingReminders({ ...first, plans: [...first.plans, other] })
    expect(sync.zone).toBe('Europe/Rome')
    expect(sync.reminders.map((reminder) => [reminder.sessionId, reminder.startsAt - reminder.fireAt])).toEqual([
      ['plan-2/b', 30 * 60_000],
      ['plan-1/a', 10 * 60_000]
    ])
  })
})
