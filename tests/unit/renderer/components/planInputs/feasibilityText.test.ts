// The preview's sentence: needed pace, available hours and the finish date, in the learner's locale.
import { describe, expect, it } from 'vitest'
import { feasibilityText } from '../../../../../src/renderer/src/components/planInputs/feasibilityText'
import type { PlanPreview } from '../../../../../src/renderer/src/components/planInputs/planPreview'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'

const t = translatorFor('en', en)

const ready = (change: Partial<PlanPreview & { kind: 'ready' }>): PlanPreview => ({
  kind: 'ready',
  finishDate: '2027-08-03',
  targetDate: '2027-06-01',
  weeklyMinutesNeeded: 570,
  weeklyMinutesAvailable: 480,
  feasible: false,
  totalStudyMinutes: 6000,
  sessionCount: 100,
  firstSessionStartMs: null,
  ...change
})

/** The engine's refusal of a date it cannot read, as the preview receives it. */
const unread = (field: string): PlanPreview => ({
  kind: 'invalid',
  code: 'invalid-date',
  field,
  message: 'Target date must be a real date YYYY-MM-DD.'
})

describe('feasibilityText', () => {
  it('says what the target needs, what the learner has and when they finish', () => {
    expect(feasibilityText(t, ready({}), '2027-01-10', 'en-GB')).toEqual({
      sentence: 'Needs 9.5 h/week to finish by 1 June; you have 8 h/week → finishes 3 August.',
      tone: 'late'
    })
  })

  it('calls a target that would need more hours than a week has out of reach, instead of quoting thousands of hours', () => {
    expect(
      feasibilityText(t, ready({ targetDate: '2027-01-11', weeklyMinutesNeeded: 6524 * 60 }), '2027-01-10', 'en-GB')
        .sentence
    ).toBe('Finishing by 11 January would take more hours than a week has; you have 8 h/week → finishes 3 August.')
    expect(feasibilityText(t, ready({ weeklyMinutesNeeded: 168 * 60 }), '2027-01-10', 'en-GB').sentence).toMatch(
      /^Needs 168 h\/week/
    )
  })

  it('shows the year of dates outside the current year, and on-track when feasible', () => {
    const text = feasibilityText(
      t,
      ready({ finishDate: '2028-02-15', targetDate: '2028-03-01', weeklyMinutesNeeded: 300, feasible: true }),
      '2027-05-10',
      'en-GB'
    )
    expect(text.sentence).toBe(
      'Needs 5 h/week to finish by 1 March 2028; you have 8 h/week → finishes 15 February 2028.'
    )
    expect(text.tone).toBe('on-track')
  })

  it('uses the locale for dates and decimals', () => {
    expect(feasibilityText(t, ready({}), '2027-01-10', 'en-US').sentence).toContain('finishes August 3')
    expect(feasibilityText(t, ready({}), '2027-01-10', 'de-DE').sentence).toContain('Needs 9,5 h/week')
  })

  it('without a target date states only the hours and the finish', () => {
    const text = feasibilityText(
      t,
      ready({ targetDate: null, weeklyMinutesNeeded: null, feasible: true }),
      '2027-01-10',
      'en-GB'
    )
    expect(text.sentence).toBe('You have 8 h/week → finishes 3 August.')
  })

  it('says so when not everything fits, and asks for time when none is painted', () => {
    expect(feasibilityText(t, ready({ finishDate: null }), '2027-01-10', 'en-GB').sentence).toContain(
      'not everything fits within ten years'
    )
    const empty = feasibilityText(t, { kind: 'no-availability' }, '2027-01-10', 'en-GB')
    expect(empty.tone).toBe('blocked')
    expect(empty.sentence).toMatch(/Paint at least one study slot/)
  })

  it('asks for a date the engine cannot read in the field’s terms, not as the YYYY-MM-DD it stores', () => {
    expect(feasibilityText(t, unread('settings.targetDate'), '2027-01-10', 'en-GB')).toEqual({
      sentence: 'Choose a target date with a year from 1900 to 2999.',
      tone: 'blocked'
    })
    expect(feasibilityText(t, unread('settings.startDate'), '2027-01-10', 'en-GB').sentence).toBe(
      'Choose a start date with a year from 1900 to 2999.'
    )
  })
})
