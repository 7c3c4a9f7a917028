// The plan section's draft: untouched it changes nothing; the stored windows stay exact until the grid is repainted.
import { describe, expect, it } from 'vitest'
import type { PlanRecord } from '../../../../../../src/renderer/src/db/PlannerDB'
import {
  changesNothing,
  draftOfPlan,
  planChangeOf
} from '../../../../../../src/renderer/src/features/settings/planChange/planDraft'
import { changedSessionsText } from '../../../../../../src/renderer/src/features/settings/planChange/planChangeText'
import type { SessionChange } from '../../../../../../src/shared/scheduling/missed'
import { de } from '../../../../../../src/shared/i18n/catalogs/de'
import { en } from '../../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../../src/shared/i18n/translator'
import { chainRoadmap, eveningAvailability, romeSettings } from '../../../../shared/backup/backupFixtures'

const roadmap = chainRoadmap('rust', 3)
const plan: PlanRecord = {
  id: 'plan-1',
  title: 'Rust',
  roadmapId: roadmap.id,
  // 18:10 does not sit on a half hour: the grid shows it as 18:00, but an untouched grid must not move it.
  settings: romeSettings({ targetDate: undefined }),
  availability: eveningAvailability({ windows: [{ weekday: 1, start: '18:10', end: '21:00' }], dailyCapMinutes: 120 }),
  reminderLeadMinutes: 10,
  report: null,
  createdAtMs: 0,
  updatedAtMs: 0
}

describe('planDraft', () => {
  it('changes nothing while untouched, and keeps windows and daily cap exactly as stored', () => {
    const change = planChangeOf(plan, draftOfPlan(plan), roadmap)
    expect(changesNothing(plan, roadmap, change)).toBe(true)
    expect(change.availability.windows).toEqual(plan.availability.windows)
    expect(change.availability.dailyCapMinutes).toBe(120)
    expect(change.settings.targetDate).toBeUndefined()
  })

  it('a repainted grid replaces the windows and sets the cap to the busiest painted day', () => {
    const draft = draftOfPlan(plan)
    const cells = [...draft.cells]
    cells[2 * 48 + 36] = true // Tuesday 18:00-18:30
    const change = planChangeOf(plan, { ...draft, cells, gridEdited: true }, roadmap)
    expect(change.availability.windows).toEqual([
      { weekday: 1, start: '18:00', end: '21:00' },
      { weekday: 2, start: '18:00', end: '18:30' }
    ])
    expect(change.availability.dailyCapMinutes).toBe(180)
    expect(changesNothing(plan, roadmap, change)).toBe(false)
  })

  it('a target date set and cleared again, or one field changed, is told apart', () => {
    const draft = draftOfPlan(plan)
    expect(changesNothing(plan, roadmap, planChangeOf(plan, { ...draft, targetDate: '2027-06-01' }, roadmap))).toBe(
      false
    )
    expect(planChangeOf(plan, { ...draft, targetDate: '2027-06-01' }, roadmap).settings.targetDate).toBe('2027-06-01')
    expect(changesNothing(plan, roadmap, planChangeOf(plan, { ...draft, targetDate: '' }, roadmap))).toBe(true)
    expect(changesNothing(plan, roadmap, planChangeOf(plan, { ...draft, commitmentDays: 14 }, roadmap))).toBe(false)
  })
})

const t = translatorFor('en-US', en)

describe('changedSessionsText', () => {
  const DAY = 86_400_000
  const at = (day: number): SessionChange => ({
    id: `s${day}`,
    change: 'moved',
    before: {
      id: `s${day}`,
      topicId: 't',
      stageId: 'st',
      kind: 'study',
      status: 'planned',
      pinned: false,
      startMs: day * DAY,
      endMs: day * DAY + 3_600_000,
      localStart: '',
      localEnd: '',
      minutes: 60
    }
  })
  it('tells the week the learner counts on from later sessions', () => {
    expect(changedSessionsText([], 0, 7, t)).toBe('No session changes.')
    expect(changedSessionsText([at(1), at(10), at(20)], 0, 7, t)).toBe(
      '1 session in the next 7 days changes; 2 later sessions move.'
    )
    expect(changedSessionsText([at(10)], 0, 7, t)).toBe('No session in the next 7 days changes; 1 later session moves.')
    expect(changedSessionsText([at(1), at(2)], 0, 7, t)).toBe('2 sessions in the next 7 days change.')
    expect(changedSessionsText([at(1), at(2)], 0, 0, t)).toBe('2 sessions change.')
    expect(
      changedSessionsText(
        Array.from({ length: 1249 }, (_, day) => at(day + 10)),
        0,
        7,
        t
      )
    ).toBe('No session in the next 7 days changes; 1,249 later sessions move.')
  })
})

describe('changedSessionsText in German', () => {
  const DAY = 86_400_000
  const german = translatorFor('de-DE', de)
  const at = (day: number): SessionChange => ({
    id: `s${day}`,
    change: 'moved',
    after: {
      id: `s${day}`,
      topicId: 't',
      stageId: 'st',
      kind: 'study',
      status: 'planned',
      pinned: false,
      startMs: day * DAY,
      endMs: day * DAY + 3_600_000,
      localStart: '',
      localEnd: '',
      minutes: 60
    }
  })
  it('says one and two sessions, and one and many days, in the singular and the plural', () => {
    expect(changedSessionsText([at(1)], 0, 0, german)).toBe('1 Lerneinheit ändert sich.')
    expect(changedSessionsText([at(1), at(2)], 0, 0, german)).toBe('2 Lerneinheiten ändern sich.')
    expect(changedSessionsText([at(0), at(10)], 0, 1, german)).toBe(
      '1 Lerneinheit am nächsten Tag ändert sich; 1 spätere Lerneinheit wird verschoben.'
    )
    expect(changedSessionsText([at(1), at(2), at(10), at(11)], 0, 7, german)).toBe(
      '2 Lerneinheiten in den nächsten 7 Tagen ändern sich; 2 spätere Lerneinheiten werden verschoben.'
    )
  })
})
