// Schema problems read the same everywhere: where (a reader's path) and what, in plain words.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  firstIssueMessage,
  formatPath,
  issueMessages,
  issueSummary
} from '../../../../src/shared/validation/issueMessages'
import { englishError, inEnglish } from '../../../support/english'

const roadmap = z.strictObject({
  stages: z.array(z.strictObject({ title: z.string(), topics: z.array(z.strictObject({ hours: z.number() })) }))
})

function errorOf(schema: z.ZodType, value: unknown): z.ZodError {
  const parsed = schema.safeParse(value)
  if (parsed.success) throw new Error('expected the value to be refused')
  return parsed.error
}

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets, and the root for an empty path', () => {
    expect(formatPath(['stages', 2, 'topics', 0, 'hours'])).toBe('stages[2].topics[0].hours')
    expect(formatPath([0, 'id'])).toBe('[0].id')
    expect(formatPath([])).toBe('')
    expect(formatPath([], 'file')).toBe('file')
  })
})

describe('issueMessages', () => {
  const stages = [
    { title: 'A', topics: [] },
    { title: 'B', topics: [] },
    { title: 'C', topics: [{ hours: 'two' }] }
  ]

  it('names where each problem is, as a reader writes the path', () => {
    const error = errorOf(roadmap, { stages })
    expect(issueMessages(error)).toEqual([
      { where: 'stages[2].topics[0].hours', message: 'Invalid input: expected number, received string' }
    ])
    expect(issueSummary(error)).toBe('stages[2].topics[0].hours: Invalid input: expected number, received string')
  })

  it("says a missing field is missing and an extra one is unexpected, instead of zod's wording", () => {
    const error = errorOf(roadmap, { stages: [{ topics: [], note: 'x', more: 1 }] })
    expect(issueMessages(error).map(inEnglish)).toEqual([
      { where: 'stages[0].title', message: 'this field is missing' },
      { where: 'stages[0]', message: 'unexpected fields "note", "more"' }
    ])
  })

  it('cuts a hostile key so a message never echoes a huge value', () => {
    const [issue] = issueMessages(errorOf(z.strictObject({}), { ['k'.repeat(10_000)]: 1 }))
    expect(issue!.message).toBe(`unexpected field "${'k'.repeat(60)}"`)
    expect(englishError(issue!)).toBe(issue!.message)
  })

  it('puts a prefix in front, leaves out wrapper keys, and names the whole value by the root', () => {
    const bucket = z.strictObject({ rows: z.array(z.strictObject({ minutes: z.number().max(600) })) })
    const error = errorOf(bucket, { rows: [{ minutes: 1 }, { minutes: 601 }] })
    expect(firstIssueMessage(error, { prefix: ['data', 'sessions'], omitKeys: ['rows'] })).toEqual({
      where: 'data.sessions[1].minutes',
      message: 'Too big: expected number to be <=600'
    })
    expect(issueSummary(errorOf(z.string(), 5), { root: '(payload)' })).toBe(
      '(payload): Invalid input: expected string, received number'
    )
  })

  it('takes the issue list as well as the error, and says "invalid" when a check listed none', () => {
    const error = errorOf(roadmap, { stages: 'none' })
    expect(issueMessages(error.issues)).toEqual(issueMessages(error))
    expect(inEnglish(firstIssueMessage([], { prefix: ['data'] }))).toEqual({ where: 'data', message: 'invalid' })
  })

  it('lists every issue in the order zod found them, joined for one-line logs', () => {
    const pair = z.strictObject({ a: z.number(), b: z.boolean() })
    expect(issueSummary(errorOf(pair, { a: 'x', b: 'y' }))).toBe(
      'a: Invalid input: expected number, received string; b: Invalid input: expected boolean, received string'
    )
  })
})
