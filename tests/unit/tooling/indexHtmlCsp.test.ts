// The CSP in index.html and the one main sends as a header must be the same policy, or one of them silently weakens.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRODUCTION_CSP } from '../../../src/main/security/csp'

const indexHtml = readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8')

function metaCsp(html: string): string | undefined {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  return match?.[1]?.replace(/\s+/g, ' ').trim()
}

describe('index.html Content-Security-Policy', () => {
  it('equals the policy main sends as a response header', () => {
    expect(metaCsp(indexHtml)).toBe(PRODUCTION_CSP)
  })

  it('has no inline script or style for the strict policy to block', () => {
    expect(indexHtml).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i)
    expect(indexHtml).not.toMatch(/<style|\sstyle="/i)
  })
})
