// A session's event lives at a name made from its UID alone. The plan's session ids hold a '/' (plan-<id>/<topic>…),
// which servers read as a path separator even when written %2F (Radicale answers 403): the name must hold none, and
// two UIDs must never share a name.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resourceNameOf } from '../../../../src/main/caldav/calendarObject'
import { cases } from '../../../support/fuzz'

describe('resourceNameOf', () => {
  it('writes the plan’s session ids without any path separator, readable as one path segment', () => {
    const name = resourceNameOf('plan-4f1c/rag-basics:study:2@study-planner')
    expect(name).toBe('plan-4f1c~2Frag-basics%3Astudy%3A2%40study-planner.ics')
    expect(new URL(name, 'https://dav.example/cal/').pathname).toBe(`/cal/${name}`)
  })

  it('never holds a slash or %2F, and never gives two UIDs one name', () => {
    const uid = fc.string({
      unit: fc.constantFrom('/', '~', '%', '2', 'F', 'f', '7', 'E', 'a', '@', ':', ' ', 'é'),
      maxLength: 12
    })
    fc.assert(
      fc.property(uid, uid, (a, b) => {
        const name = resourceNameOf(a)
        expect(name).not.toMatch(/\/|%2f/i)
        expect(decodeURIComponent(name)).not.toContain('/')
        expect(resourceNameOf(b) === name).toBe(a === b)
      }),
      { numRuns: cases(2_000) }
    )
  })
})
