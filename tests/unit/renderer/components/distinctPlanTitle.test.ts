// Two plans on the same roadmap can be told apart in the plan switcher: a new plan's name is one no plan has.
import { expect, it } from 'vitest'
import { distinctPlanTitle } from '../../../../src/renderer/src/components/distinctPlanTitle'

it('keeps the roadmap title when it is free, and numbers it from 2 when it is taken', () => {
  expect(distinctPlanTitle('AI Engineer', [])).toBe('AI Engineer')
  expect(distinctPlanTitle('AI Engineer', [{ title: 'AI Engineer' }])).toBe('AI Engineer (2)')
  expect(
    distinctPlanTitle('AI Engineer', [{ title: 'AI Engineer' }, { title: 'AI Engineer (2)' }, { title: 'Go' }])
  ).toBe('AI Engineer (3)')
})
