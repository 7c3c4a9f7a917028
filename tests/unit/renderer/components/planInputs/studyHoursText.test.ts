// The grid's weekly hours: painted hours alone when all of them can be studied, otherwise painted → study and why.
import { describe, expect, it } from 'vitest'
import type { Availability } from '../../../../../src/shared/domain/availability'
import { studyHoursText } from '../../../../../src/renderer/src/components/planInputs/studyHoursText'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'

const t = translatorFor('en', en)

const everyDay = (start: string, end: string) =>
  ([0, 1, 2, 3, 4, 5, 6] as const).map((weekday) => ({ weekday, start, end }))

/** Two hours every evening (14 painted hours), 30-60 minute sessions, 10-minute breaks, no cap that bites. */
function availability(overrides: Partial<Availability> = {}): Availability {
  return {
    windows: everyDay('18:00', '20:00'),
    blackouts: [],
    busy: [],
    dailyCapMinutes: 120,
    sessionMinMinutes: 30,
    sessionMaxMinutes: 60,
    breakMinutes: 10,
    ...overrides
  }
}

describe('studyHoursText', () => {
  it('says how many painted hours the breaks leave for study', () => {
    // 60 + 10 + 50 minutes each evening: 110 × 7 = 770 minutes.
    expect(studyHoursText(t, availability(), 'en-GB')).toBe('14 h painted → 12.8 h of study after 10-minute breaks')
  })

  it('gives the painted hours alone when nothing cuts them', () => {
    expect(studyHoursText(t, availability({ breakMinutes: 0 }), 'en-GB')).toBe('14 h a week')
    expect(studyHoursText(t, availability({ sessionMaxMinutes: 120 }), 'en-GB')).toBe('14 h a week')
  })

  it('names the shortest session and the daily cap when they cut time', () => {
    expect(studyHoursText(t, availability({ windows: everyDay('18:00', '18:20') }), 'en-GB')).toBe(
      '2.3 h painted → 0 h of study after skipping slots shorter than 30 minutes'
    )
    expect(studyHoursText(t, availability({ breakMinutes: 0, dailyCapMinutes: 90 }), 'en-GB')).toBe(
      '14 h painted → 10.5 h of study after the 1.5 h daily cap'
    )
  })

  it('writes hours in the locale', () => {
    expect(studyHoursText(t, availability(), 'de-DE')).toBe('14 h painted → 12,8 h of study after 10-minute breaks')
  })
})
