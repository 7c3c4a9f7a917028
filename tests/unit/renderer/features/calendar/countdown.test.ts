// The next session and its countdown text.
import { describe, expect, it } from 'vitest'
import { countdownText, nextSession } from '../../../../../src/renderer/src/features/calendar/countdown'
import { formatDuration } from '../../../../../src/shared/format'
import { makeSession } from './sessionFixtures'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'

const t = translatorFor('en-GB', en)

const now = Date.UTC(2026, 4, 4, 16, 0)
const MIN = 60_000

describe('nextSession', () => {
  it('prefers the session in progress, then the earliest planned one, ignoring done and past ones', () => {
    const running = makeSession('running', now - 10 * MIN)
    const later = makeSession('later', now + 120 * MIN)
    const done = makeSession('done', now + 30 * MIN, { status: 'done' })
    const past = makeSession('past', now - 120 * MIN)
    expect(nextSession([later, done, past, running], now)?.id).toBe('running')
    expect(nextSession([later, done, past], now)?.id).toBe('later')
    expect(nextSession([done, past], now)).toBeNull()
  })
})

describe('countdownText', () => {
  // Unit words come from the runtime's ICU data (en-GB says 'hrs'/'mins'); the numbers and order are what matter.
  it('counts hours and minutes to the start', () => {
    expect(countdownText(makeSession('a', now + 135 * MIN), now, 'en-GB', t)).toMatch(/^Starts in 2 hrs? 15 mins?$/)
  })

  it('rounds up, so under a minute to go still says 1 min', () => {
    expect(countdownText(makeSession('a', now + 20_000), now, 'en-GB', t)).toMatch(/^Starts in 1 min$/)
  })

  it('says how much is left once started', () => {
    expect(countdownText(makeSession('a', now - 35 * MIN), now, 'en-GB', t)).toMatch(/^In progress, 25 mins? left$/)
  })

  it('shows days and hours for sessions days away, and days alone beyond a week', () => {
    expect(formatDuration((2 * 24 + 3) * 60 * MIN, 'en-GB')).toMatch(/^2 days 3 hrs?$/)
    expect(formatDuration(9 * 24 * 60 * MIN + 5 * MIN, 'en-GB')).toBe('9 days')
  })
})
