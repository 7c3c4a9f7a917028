// Only canonical https links to public hosts may reach the system browser, and only in their parsed form.
import { describe, expect, it } from 'vitest'
import {
  isSafeExternalUrl,
  openExternalSafely,
  parseSafeExternalUrl,
  type ExternalOpener
} from '../../../../src/main/security/externalLinks'
import { GOOD_EXTERNAL_URLS, HOSTILE_URLS } from './hostileUrls'

function recordingShell(fail = false): ExternalOpener & { opened: string[] } {
  const opened: string[] = []
  return {
    opened,
    openExternal: async (url: string) => {
      opened.push(url)
      if (fail) throw new Error('no browser')
    }
  }
}

describe('isSafeExternalUrl', () => {
  it('has at least 30 hostile cases to refuse', () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(30)
  })

  it.each(HOSTILE_URLS)('refuses %s', (_trick, url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })

  it.each(GOOD_EXTERNAL_URLS)('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it('refuses values that are not strings', () => {
    expect(isSafeExternalUrl(null)).toBe(false)
    expect(isSafeExternalUrl({ toString: () => 'https://example.com/' })).toBe(false)
  })

  it('returns the parsed form, so an IDN host leaves as punycode', () => {
    expect(parseSafeExternalUrl('https://exämple.com/')).toBe('https://xn--exmple-cua.com/')
    expect(parseSafeExternalUrl('https://Example.com/Path')).toBe('https://example.com/Path')
  })
})

describe('openExternalSafely', () => {
  it('opens a safe link in its normalised form and reports success', async () => {
    const shell = recordingShell()
    await expect(openExternalSafely('https://exämple.com/a b'.replace(' ', '%20'), shell)).resolves.toBe(true)
    expect(shell.opened).toEqual(['https://xn--exmple-cua.com/a%20b'])
  })

  it.each(HOSTILE_URLS)('never hands %s to the shell', async (_trick, url) => {
    const shell = recordingShell()
    await expect(openExternalSafely(url, shell)).resolves.toBe(false)
    expect(shell.opened).toEqual([])
  })

  it('reports false instead of throwing when the OS cannot open the link', async () => {
    await expect(openExternalSafely('https://example.com/', recordingShell(true))).resolves.toBe(false)
  })
})
