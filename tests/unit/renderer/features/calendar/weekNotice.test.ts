// What the learner reads after an action reached into the week ahead.
import { describe, expect, it } from 'vitest'
import { weekNotice } from '../../../../../src/renderer/src/features/calendar/weekNotice'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'

const titles: Record<string, string> = { git: 'Git basics', python: 'Python essentials', numpy: 'NumPy' }
const title = (topicId: string) => titles[topicId] ?? topicId
const t = translatorFor('en-GB', en)
const starts = new Map([['git:study:1', Date.UTC(2027, 0, 7, 19, 10)]])

describe('weekNotice', () => {
  it('says nothing when the week stayed exactly as it was, or was not kept at all', () => {
    expect(
      weekNotice(
        { horizonEndMs: 0, kept: ['a'], reassigned: [], released: [] },
        starts,
        title,
        'Europe/London',
        'en-GB',
        t
      )
    ).toBeNull()
    expect(weekNotice(undefined, starts, title, 'Europe/London', 'en-GB', t)).toBeNull()
  })

  it('names the topic that needs no more time, the session and the topic it now covers, in the plan’s zone', () => {
    const week = {
      horizonEndMs: 0,
      kept: ['git:study:1'],
      reassigned: [{ sessionId: 'git:study:1', fromTopicId: 'git', toTopicId: 'python' }],
      released: []
    }
    expect(weekNotice(week, starts, title, 'Europe/London', 'en-GB', t)).toBe(
      'Git basics needs no more time, so the session on Thu 7 Jan, 19:10 now covers Python essentials.'
    )
    expect(weekNotice(week, starts, title, 'Asia/Tokyo', 'en-GB', t)).toContain('Fri 8 Jan, 04:10')
  })

  it('counts sessions let go', () => {
    expect(
      weekNotice({ horizonEndMs: 0, kept: [], reassigned: [], released: ['a', 'b'] }, starts, title, 'UTC', 'en-GB', t)
    ).toBe('2 sessions of the week ahead no longer fit and were let go.')
  })
})
