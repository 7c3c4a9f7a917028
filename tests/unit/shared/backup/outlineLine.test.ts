// The linear-time outline line readers find exactly what the old backtracking regexes found, on random short lines.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  findLinks,
  linksAsLabels,
  readBullet,
  readEstimate,
  readHeading,
  withoutOptional
} from '../../../../src/shared/backup/outlineLine'
import { cases } from '../../../support/fuzz'

// The regexes markdownOutline.ts used before #18: correct on short lines, but quadratic or worse on long hostile ones.
const OLD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const OLD_BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$/
const OLD_OPTIONAL = /\s*\(optional\)\s*/i
const OLD_ESTIMATE =
  /\s*\(\s*(?:(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?))?\s*(?:(\d+)\s*(?:m|min|mins|minutes?))?\s*\)\s*$/i
const OLD_LINK = /\[([^\]]*)\]\((https:\/\/[^\s)]+)\)/g

const piece = fc.constantFrom(
  '#',
  '##',
  ' ',
  '\t',
  '\u00a0',
  '(',
  ')',
  '[',
  ']',
  '](https://a.b/c)',
  'https://',
  '1',
  '2',
  '.',
  '5',
  'h',
  'hr',
  'hours',
  'm',
  'min',
  ' mins',
  'x',
  'Optional',
  '(optional)',
  '-',
  '*',
  '+',
  '1.',
  '3)',
  'é'
)
const line = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''))

describe('outline line readers agree with the regexes they replace', () => {
  it('property: bullets, "(optional)", estimates and links', () => {
    fc.assert(
      fc.property(line, (text) => {
        const bullet = OLD_BULLET.exec(text)
        expect(readBullet(text)).toEqual(bullet ? { indent: bullet[1], text: bullet[2] } : null)

        const optional = OLD_OPTIONAL.test(text) ? text.replace(OLD_OPTIONAL, ' ') : null
        expect(withoutOptional(text)).toBe(optional)

        const trimmed = text.trim()
        const estimate = OLD_ESTIMATE.exec(trimmed)
        const expected =
          estimate && (estimate[1] !== undefined || estimate[2] !== undefined)
            ? { minutes: Math.round(Number(estimate[1] ?? 0) * 60 + Number(estimate[2] ?? 0)), start: estimate.index }
            : null
        expect(readEstimate(trimmed)).toEqual(expected)

        expect(findLinks(text).map((link) => [link.label, link.url])).toEqual(
          [...text.matchAll(OLD_LINK)].map((match) => [match[1], match[2]])
        )
        expect(linksAsLabels(text)).toBe(text.replace(OLD_LINK, '$1'))
      }),
      { numRuns: cases(3000) }
    )
  })

  it('property: headings, except that a closing # run now needs a space before it ("## C#" keeps its #)', () => {
    fc.assert(
      fc.property(line, (text) => {
        const old = OLD_HEADING.exec(text)
        const read = readHeading(text)
        // The new text is the old one, plus at most the closing run the old regex dropped after a non-space.
        const agrees = old
          ? read?.level === old[1]!.length &&
            read.text.startsWith(old[2]!) &&
            /^\s*#*$/.test(read.text.slice(old[2]!.length))
          : read === null
        expect(agrees).toBe(true)
      }),
      { numRuns: cases(3000) }
    )
  })

  it.each([
    [
      '"[a](https://" runs for findLinks (each failed link once rescanned the rest: quadratic)',
      () => findLinks('[a](https://'.repeat(20_000))
    ],
    ['"[" runs for findLinks', () => findLinks(`${'['.repeat(240_000)}]`)],
    ['"(" runs for withoutOptional', () => withoutOptional('( (optiona'.repeat(24_000))],
    ['spaces then an open estimate for readEstimate', () => readEstimate(`a${' '.repeat(240_000)}(1h`)],
    ['"# a" + spaces + "b" for readHeading', () => readHeading(`# a${' '.repeat(240_000)}b`)],
    ['spaces and a line separator for readBullet', () => readBullet(`-${' '.repeat(240_000)}x\u2028y`)]
  ])('reads 240,000 characters of %s in linear time', (_name, read) => {
    const started = performance.now()
    read()
    // Linear work here is a few milliseconds; the quadratic regexes took seconds on inputs this long.
    expect(performance.now() - started).toBeLessThan(500)
  })
})
