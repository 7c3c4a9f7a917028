// Host names that pretend to be another: dots that are not dots, letters from two alphabets, Cyrillic posing as Latin.
import { domainToUnicode } from 'node:url'

// Scripts a label may be written in. A script not listed here is refused, which costs little (real domains in, say,
// Runic do not exist) and keeps rare alphabets with Latin look-alikes out.
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Khmer',
  'Mongolian',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo'
] as const
type ScriptName = (typeof SCRIPTS)[number]
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const)
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]$/u

// Scripts that are written together in one word: Japanese, Chinese and Korean names mix Han with their own scripts
// and with Latin (Unicode TS #39's "highly restrictive" profile). Any other mix of two scripts in a label is refused.
const MIXES_ALLOWED: ReadonlyArray<ReadonlySet<ScriptName>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul'])
]

// Punctuation, symbols, separators and controls: U+3002, U+FF0E and U+FF61 become '.' in the parser, and U+00B7,
// U+2027, U+2219, U+22C5, U+30FB, U+2E31 ... survive as part of a label that reads as two ('google‧com.evil.net').
const NOT_A_NAME_CHARACTER = /[\p{P}\p{S}\p{Z}\p{C}]/u

// Cyrillic letters that look like Latin ones; a label made only of them ('аррӏе') passes for a Latin name.
const CYRILLIC_LOOKS_LATIN = /^[аысԁеһіјӏорԛѕԝхуъьҽпгѵѡ]+$/u
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u

function scriptOf(character: string): ScriptName | 'neutral' | 'other' {
  if (NEUTRAL.test(character)) return 'neutral'
  return SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'other'
}

function isDeceptiveLabel(label: string, topLevel: string): boolean {
  const characters = [...label]
  if (characters.some((character) => character !== '-' && NOT_A_NAME_CHARACTER.test(character))) return true
  const scripts = new Set<ScriptName>()
  for (const character of characters) {
    const script = scriptOf(character)
    if (script === 'other') return true
    if (script !== 'neutral') scripts.add(script)
  }
  if (scripts.size > 1 && !MIXES_ALLOWED.some((allowed) => [...scripts].every((script) => allowed.has(script))))
    return true
  // Under a Cyrillic top-level domain (.рф, .бг) a Cyrillic name is what the reader expects; elsewhere it is a disguise.
  return (
    scripts.has('Cyrillic') &&
    CYRILLIC_LOOKS_LATIN.test(label.replaceAll('-', '').replace(/\d/g, '')) &&
    !HAS_CYRILLIC.test(topLevel)
  )
}

/**
 * True when `hostname` (as the URL parser gives it: lower case, IDN labels as xn-- punycode) could pass for a
 * different name: a label with a dot look-alike or other punctuation or symbol, letters from two scripts that are not
 * written together, a script outside the common ones, a label made only of Cyrillic letters that look Latin under a
 * non-Cyrillic top-level domain, or punycode that does not decode. All-ASCII names are never deceptive here.
 */
export function isDeceptiveHostname(hostname: string): boolean {
  if (!hostname.split('.').some((label) => label.startsWith('xn--'))) return false
  const unicode = domainToUnicode(hostname)
  if (unicode === '') return true
  const labels = unicode.split('.').filter((label) => label !== '')
  const topLevel = labels[labels.length - 1] ?? ''
  return labels.some((label) => isDeceptiveLabel(label, topLevel))
}

/**
 * True when the host the learner reads in `rawHost` (the link's text) is the host that opens: the parsed `hostname`
 * in either its ASCII or its Unicode form, ignoring case. The parser silently maps U+3002/U+FF0E/U+FF61 to '.',
 * full-width letters to ASCII and percent-escapes to characters; a link written that way says one thing and opens
 * another, so it is refused rather than repaired.
 */
export function hostReadsAsParsed(rawHost: string, hostname: string): boolean {
  const written = rawHost.toLowerCase()
  return written === hostname || written === domainToUnicode(hostname)
}
