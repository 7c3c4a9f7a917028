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

// Each would open a different host than the one the learner reads, or a host dressed up as a familiar one.
const SPOOFED_HOSTS: ReadonlyArray<readonly [trick: string, url: string]> = [
  ['ideographic full stop (U+3002)', 'https://example\u3002com/'],
  ['full-width full stop (U+FF0E)', 'https://accounts.google\uFF0Ecom.evil.net/'],
  ['half-width ideographic full stop (U+FF61)', 'https://example\uFF61com/'],
  ['hyphenation point inside a label (U+2027)', 'https://google\u2027com.evil.net/'],
  ['middle dot inside a label (U+00B7)', 'https://google\u00B7com.evil.net/'],
  ['bullet operator inside a label (U+2219)', 'https://google\u2219com.evil.net/'],
  ['katakana middle dot inside a label (U+30FB)', 'https://google\u30FBcom.evil.net/'],
  ['dot look-alike as punycode', 'https://xn--googlecom-lf0e.evil.net/'],
  ['full-width letters mapped to ASCII', 'https://\uFF45xample.com/'],
  ['percent-escaped host', 'https://exa%6Dple.com/'],
  ['Cyrillic a in a Latin name', 'https://\u0430pple.com/'],
  ['Cyrillic a in a Latin name, as punycode', 'https://xn--pple-43d.com/'],
  ['Greek omicron in a Latin name', 'https://g\u03BFogle.com/'],
  ['all-Cyrillic look-alike of a Latin name', 'https://\u0430\u0440\u0440\u04CF\u0435.com/'],
  ['Latin mixed with Canadian syllabics', 'https://google\u1427com.evil.net/'],
  ['a script outside the common ones (Runic)', 'https://\u16A0\u16A2.com/'],
  ['punycode that does not decode', 'https://xn--zz.com/']
]

describe('hosts that pass for another', () => {
  it.each(SPOOFED_HOSTS)('refuses %s', (_trick, url) => {
    expect(parseSafeExternalUrl(url)).toBeNull()
  })

  it.each([
    ['German', 'https://b\u00FCcher.example/', 'https://xn--bcher-kva.example/'],
    ['Greek', 'https://\u03B5\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC.gr/', 'https://xn--hxargifdar.gr/'],
    [
      'Cyrillic under .рф',
      'https://\u043F\u0440\u0438\u043C\u0435\u0440.\u0440\u0444/',
      'https://xn--e1afmkfd.xn--p1ai/'
    ],
    ['Russian word under .com', 'https://\u043F\u0440\u0438\u043C\u0435\u0440.com/', 'https://xn--e1afmkfd.com/'],
    [
      'Japanese (Katakana, Han and the long-vowel mark)',
      'https://\u30C7\u30FC\u30BF\u4F8B.jp/',
      'https://xn--5ckp3np71j.jp/'
    ],
    ['already punycode', 'https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
    ['upper-case Unicode', 'https://B\u00DCCHER.example/', 'https://xn--bcher-kva.example/']
  ])('allows a real %s name, opened as punycode', (_language, url, expected) => {
    const href = parseSafeExternalUrl(url)
    expect(href).toMatch(/^https:\/\/[\x21-\x7e]+$/)
    expect(href).toBe(expected)
  })
})

describe('openExternalSafely', () => {
  it('opens a safe link in its normalised form and reports success', async () => {
    const shell = recordingShell()
    await expect(openExternalSafely('https://exämple.com/a b'.replace(' ', '%20'), shell)).resolves.toBe(true)
    expect(shell.opened).toEqual(['https://xn--exmple-cua.com/a%20b'])
  })

  it.each([...HOSTILE_URLS, ...SPOOFED_HOSTS])('never hands %s to the shell', async (_trick, url) => {
    const shell = recordingShell()
    await expect(openExternalSafely(url, shell)).resolves.toBe(false)
    expect(shell.opened).toEqual([])
  })

  it('reports false instead of throwing when the OS cannot open the link', async () => {
    await expect(openExternalSafely('https://example.com/', recordingShell(true))).resolves.toBe(false)
  })
})
