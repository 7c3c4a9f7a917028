// FUZZ=long multiplies every property's case count by ten; without it the counts are what the tests state.
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'

const previous = process.env['FUZZ']

afterEach(() => {
  if (previous === undefined) delete process.env['FUZZ']
  else process.env['FUZZ'] = previous
  vi.resetModules()
})

async function casesUnder(fuzz: string | undefined) {
  if (fuzz === undefined) delete process.env['FUZZ']
  else process.env['FUZZ'] = fuzz
  vi.resetModules()
  return (await import('../../support/fuzz')).cases
}

describe('the FUZZ switch', () => {
  it('keeps stated counts by default and multiplies them by 10 under FUZZ=long', async () => {
    expect((await casesUnder(undefined))(1_000)).toBe(1_000)
    expect((await casesUnder('long'))(1_000)).toBe(10_000)
    expect((await casesUnder('short'))(1_000)).toBe(1_000)
  })

  it('sets the default for properties that state no count', async () => {
    const cases = await casesUnder(previous)
    expect(fc.readConfigureGlobal().numRuns).toBe(cases(100))
  })
})
