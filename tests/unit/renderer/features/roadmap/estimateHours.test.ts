// Estimates typed in hours: the decimal marks learners type, the minutes stored, and the words for a wrong entry.
import { describe, expect, it } from 'vitest'
import { hoursFieldText, parseEstimateHours } from '../../../../../src/renderer/src/features/roadmap/estimateHours'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'

const t = translatorFor('en-GB', en)

const minutes = (text: string, locale = 'en-GB') => {
  const parsed = parseEstimateHours(text, locale, t)
  return parsed.ok ? parsed.minutes : parsed.message
}

describe('parseEstimateHours', () => {
  it('reads hours with a point or a comma as the decimal mark, in any locale', () => {
    expect([minutes('1.5'), minutes('1,5'), minutes(' 2 '), minutes('.25'), minutes('40h')]).toEqual([
      90, 90, 120, 15, 2400
    ])
    expect([minutes('1,5', 'de-DE'), minutes('1.5', 'de-DE'), minutes('0,75', 'fr-FR')]).toEqual([90, 90, 45])
  })

  it('reads the locale’s grouping mark before three digits as grouping', () => {
    expect(minutes('1,000', 'en-US')).toBe(60_000)
    expect(minutes('1.000', 'de-DE')).toBe(60_000)
  })

  it('refuses what is not a positive number of hours up to 1,000, saying why', () => {
    expect(minutes('')).toBe('Enter the estimate in hours, for example 1.5.')
    expect(minutes('two')).toBe('Enter the estimate in hours, for example 1.5.')
    expect(minutes('1.5.2')).toBe('Enter the estimate in hours, for example 1.5.')
    expect(minutes('-1')).toBe('Enter the estimate in hours, for example 1.5.')
    expect(minutes('0')).toBe('The estimate must be more than 0 hours.')
    expect(minutes('1001')).toBe('The estimate can be at most 1,000 hours.')
  })

  it('round-trips every whole number of minutes through the field’s text', () => {
    for (let stored = 1; stored <= 600; stored++) expect(minutes(hoursFieldText(stored, 'en-GB'))).toBe(stored)
    expect(hoursFieldText(90, 'de-DE')).toBe('1,5')
    expect(hoursFieldText(60_000, 'en-US')).toBe('1000')
  })
})
