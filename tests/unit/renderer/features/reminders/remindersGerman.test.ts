// Reminder titles in the learner's language: a review is named so in German and Spanish.
import { describe, expect, it } from 'vitest'
import { de } from '../../../../../src/shared/i18n/catalogs/de'
import { es } from '../../../../../src/shared/i18n/catalogs/es'
import { translatorFor } from '../../../../../src/shared/i18n/translator'
import { chainRoadmap } from '../../../shared/backup/backupFixtures'
import type { SessionRecord } from '../../../../../src/renderer/src/db/PlannerDB'
import { upcomingReminders } from '../../../../../src/renderer/src/features/reminders/upcomingReminders'

const now = Date.UTC(2027, 0, 4, 12, 0)
const roadmap = chainRoadmap('r', 2)

const review: SessionRecord = {
  id: 'plan-1/review',
  planId: 'plan-1',
  sessionId: 'review',
  topicId: 'r-t0',
  stageId: 'r-s1',
  kind: 'review',
  status: 'planned',
  pinned: false,
  startMs: now + 3_600_000,
  endMs: now + 2 * 3_600_000,
  localStart: '',
  localEnd: '',
  minutes: 60
}

const titleIn = (locale: string, catalog: typeof de) =>
  upcomingReminders({
    plans: [{ sessions: [review], roadmap, leadMinutes: 10, timeZone: 'Europe/Berlin' }],
    digest: { enabled: false, time: '08:00' },
    now,
    fallbackZone: 'UTC',
    locale,
    t: translatorFor(locale, catalog)
  }).reminders[0]?.topicTitle

describe('reminder titles', () => {
  it('name a review in German and in Spanish', () => {
    expect(titleIn('de-DE', de)).toBe('Wiederholung: Topic r-t0')
    expect(titleIn('es-ES', es)).toBe('Repaso: Topic r-t0')
  })
})
