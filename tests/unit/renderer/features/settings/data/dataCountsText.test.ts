// What Settings says is stored: every count with its noun in the right number.
import { expect, it } from 'vitest'
import { dataCountsText } from '../../../../../../src/renderer/src/features/settings/data/dataCountsText'

it('counts one of a kind in the singular and the rest in the plural', () => {
  expect(dataCountsText({ plans: 1, sessions: 1045, studyLog: 1, reviews: 0, notes: 1, roadmaps: 1 })).toBe(
    '1 plan, 1045 sessions, 1 study log entry, 0 ratings, 1 topic note, 1 roadmap'
  )
})
