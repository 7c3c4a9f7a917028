// Reads single Markdown outline lines (headings, bullets, estimates, links) in linear time: no backtracking regexes.

/** A heading: its level (1-6) and its text without the closing #s. */
export interface OutlineHeading {
  readonly level: number
  readonly text: string
}

/** A bullet: its indent (spaces and tabs) and the text after the marker. */
export interface OutlineBullet {
  readonly indent: string
  readonly text: string
}

/** A Markdown link [label](https://...) found in a line. */
export interface OutlineLink {
  readonly label: string
  readonly url: string
  readonly start: number
  readonly end: number
}

/** An estimate "(3h)", "(90m)", "(1.5h)" or "(1h 30m)" ending a topic line, and where it starts. */
export interface OutlineEstimate {
  readonly minutes: number
  readonly start: number
}

/** True for the characters JavaScript's \s matches (String#trim removes the same set). */
export function isSpace(char: string | undefined): boolean {
  return char !== undefined && char !== '' && char.trim() === ''
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

function skipSpaces(text: string, from: number): number {
  let at = from
  while (isSpace(text[at])) at++
  return at
}

/** "## Title ##" as a heading: 1-6 #s, whitespace, then the text; a closing run of #s after whitespace is dropped. */
export function readHeading(line: string): OutlineHeading | null {
  let level = 0
  while (line[level] === '#') level++
  if (level < 1 || level > 6 || !isSpace(line[level])) return null
  let end = line.length
  while (end > level && isSpace(line[end - 1])) end--
  let hashes = end
  while (hashes > level && line[hashes - 1] === '#') hashes--
  if (hashes < end && (hashes === level || isSpace(line[hashes - 1]))) end = hashes
  return { level, text: line.slice(level, end).trim() }
}

/** "- text", "* text", "+ text", "1. text" or "1) text", indented by spaces and tabs. */
export function readBullet(line: string): OutlineBullet | null {
  let at = 0
  while (line[at] === ' ' || line[at] === '\t') at++
  const indent = line.slice(0, at)
  if (line[at] === '-' || line[at] === '*' || line[at] === '+') {
    at++
  } else {
    const digitsStart = at
    while (isDigit(line[at]) && at - digitsStart < 10) at++
    const digits = at - digitsStart
    if (digits < 1 || digits > 9 || (line[at] !== '.' && line[at] !== ')')) return null
    at++
  }
  if (!isSpace(line[at])) return null
  return { indent, text: line.slice(skipSpaces(line, at)) }
}

/** The text without a leading task box "[ ] " or "[x] ". */
export function withoutCheckbox(text: string): string {
  const boxed =
    text[0] === '[' && (text[1] === ' ' || text[1] === 'x' || text[1] === 'X') && text[2] === ']' && isSpace(text[3])
  return boxed ? text.slice(skipSpaces(text, 3)) : text
}

/** The text with its first "(optional)" (any case) and the whitespace around it made one space, or null without one. */
export function withoutOptional(text: string): string | null {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (text.slice(open, open + 10).toLowerCase() !== '(optional)') continue
    let start = open
    while (isSpace(text[start - 1])) start--
    const end = skipSpaces(text, open + 10)
    return `${text.slice(0, start)} ${text.slice(end)}`
  }
  return null
}

const HOUR_UNITS = new Set(['h', 'hr', 'hrs', 'hour', 'hours'])
const MINUTE_UNITS = new Set(['m', 'min', 'mins', 'minute', 'minutes'])

function readLetters(text: string, from: number): string {
  let end = from
  while (end < text.length && /[a-z]/i.test(text[end]!)) end++
  return text.slice(from, end)
}

/** A number then a unit from `units` at `from`: its value and where it ends, or null. */
function readAmount(
  text: string,
  from: number,
  units: ReadonlySet<string>,
  decimals: boolean
): { value: number; end: number } | null {
  let at = from
  while (isDigit(text[at])) at++
  if (at === from) return null
  if (decimals && text[at] === '.' && isDigit(text[at + 1])) {
    at++
    while (isDigit(text[at])) at++
  }
  const value = Number(text.slice(from, at))
  at = skipSpaces(text, at)
  const unit = readLetters(text, at)
  return units.has(unit.toLowerCase()) ? { value, end: at + unit.length } : null
}

/**
 * The estimate closing a trimmed topic line: "(" hours? minutes? ")" at its very end, where hours are a number with an
 * optional decimal part and h/hr/hrs/hour/hours, minutes a whole number with m/min/mins/minute/minutes; null if none.
 */
export function readEstimate(text: string): OutlineEstimate | null {
  if (text[text.length - 1] !== ')') return null
  const open = text.lastIndexOf('(')
  if (open < 0) return null
  const inner = text.slice(open + 1, -1)
  let at = skipSpaces(inner, 0)
  const hours = readAmount(inner, at, HOUR_UNITS, true)
  if (hours) at = skipSpaces(inner, hours.end)
  const minutes = readAmount(inner, at, MINUTE_UNITS, false)
  if (minutes) at = skipSpaces(inner, minutes.end)
  if (at !== inner.length || (!hours && !minutes)) return null
  let start = open
  while (isSpace(text[start - 1])) start--
  return { minutes: Math.round((hours?.value ?? 0) * 60 + (minutes?.value ?? 0)), start }
}

/**
 * Every [label](https://url) in the text, left to right, as the regex /\[([^\]]*)\]\((https:\/\/[^\s)]+)\)/g finds
 * them, but in linear time: all '[' before the same ']' share that ']' and its verdict, so each is looked at once.
 */
export function findLinks(text: string): OutlineLink[] {
  const links: OutlineLink[] = []
  const urlStop = stopFinder(text)
  let open = text.indexOf('[')
  while (open >= 0) {
    const close = text.indexOf(']', open + 1)
    if (close < 0) break
    const end = linkEnd(text, close, urlStop)
    if (end < 0) {
      open = text.indexOf('[', close + 1)
      continue
    }
    links.push({ label: text.slice(open + 1, close), url: text.slice(close + 2, end - 1), start: open, end })
    open = text.indexOf('[', end)
  }
  return links
}

/**
 * The first ')' or whitespace at or after a position. Remembers the last answer: later questions start no earlier, so
 * one that falls before it has the same answer, and the text is scanned once however many links start in it.
 */
function stopFinder(text: string): (from: number) => number {
  let knownFrom = -1
  let knownStop = -1
  return (from) => {
    if (from >= knownFrom && from <= knownStop) return knownStop
    let at = from
    while (at < text.length && text[at] !== ')' && !isSpace(text[at])) at++
    knownFrom = from
    knownStop = at
    return at
  }
}

/** Where "](https://...)" after the ']' at `close` ends (just past its ')'), or -1 when there is none. */
function linkEnd(text: string, close: number, urlStop: (from: number) => number): number {
  if (!text.startsWith('(https://', close + 1)) return -1
  const urlStart = close + 2 + 'https://'.length
  const at = urlStop(urlStart)
  return at > urlStart && text[at] === ')' ? at + 1 : -1
}

/** The text with each link replaced by its label. */
export function linksAsLabels(text: string): string {
  let out = ''
  let from = 0
  for (const link of findLinks(text)) {
    out += text.slice(from, link.start) + link.label
    from = link.end
  }
  return out + text.slice(from)
}
