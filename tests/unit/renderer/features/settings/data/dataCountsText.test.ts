// What Settings says is stored, in the learner's words: every count with its noun in the right number, no table names.
import { expect, it } from 'vitest'
import { dataCountsText } from '../../../../../../src/renderer/src/features/settings/data/dataCountsText'

it('counts one of a kind in the singular, the rest in the plural, with the locale’s digit grouping', () => {
  expect(dataCountsText({ plans: 1, sessions: 1045, studyLog: 1, reviews: 2, notes: 1, roadmaps: 1 }, 'en-GB')).toBe(
    '1 plan, 1,045 study sessions, 1 time you logged study, 2 answers to “How well do you know it?”, 1 topic note, 1 roadmap'
  )
  expect(dataCountsText({ plans: 1, sessions: 1045, studyLog: 0, reviews: 0, notes: 0, roadmaps: 1 }, 'de-DE')).toBe(
    '1 plan, 1.045 study sessions, no study logged yet, no answers to “How well do you know it?” yet, no topic notes, 1 roadmap'
  )
})

it('never says a bare zero or names a table (“0 ratings”, “study log entries”)', () => {
  const text = dataCountsText({ plans: 0, sessions: 0, studyLog: 0, reviews: 0, notes: 0, roadmaps: 0 }, 'en-GB')
  expect(text).not.toMatch(/\b0\b|rating|log entr/)
})
