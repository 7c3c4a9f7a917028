// The engine on 5,200 stored inputs (plans and re-plans across DST changes in 13 zones) gives, byte for byte, the
// outputs it gave when they were generated: a refactor that changes any plan fails here, naming the cases.
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { type EngineCase, engineOutputHash } from '../../../fixtures/engine-golden/run'

const cases = JSON.parse(
  gunzipSync(readFileSync(new URL('../../../fixtures/engine-golden/engine.json.gz', import.meta.url))).toString('utf8')
) as EngineCase[]

describe('the scheduling engine on its stored golden inputs', () => {
  it('has at least 5,000 stored inputs, fresh plans and re-plans', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5000)
    expect(new Set(cases.map((entry) => entry.kind))).toEqual(new Set(['build', 'replan']))
  })

  it('gives every stored input the output it gave before, byte for byte', () => {
    const changed = cases.flatMap((entry, index) => (engineOutputHash(entry) === entry.hash ? [] : [index]))
    expect(changed).toEqual([])
  })
})
