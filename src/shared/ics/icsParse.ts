// Reads .ics text into ical.js components, and names the line at fault when ical.js refuses the text.
import ICAL from 'ical.js'
import { messageRef, type MessageRef } from '../i18n/ref'

/** Where and why a calendar file could not be read. */
export interface IcsProblem {
  /** Place in the file, e.g. 'line 12', 'file' or 'VEVENT #3 (UID abc) DTSTART'. */
  where: string
  /** What is wrong, in words a user can act on: the catalog message's key; show it with errorText(t, problem). */
  message: string
  /** The catalog message, in the learner's language where it is shown. */
  ref?: MessageRef
}

/** A problem at `where` saying `ref` (its key as `message`). */
export function icsProblem(where: string, ref: MessageRef): IcsProblem {
  return { where, message: ref.key, ref }
}

/** Largest .ics text accepted (characters); real exports of years of events stay far below it. */
export const MAX_ICS_CHARS = 10_000_000

/** The result of reading .ics text: calendar-level components, or the problem that stopped the read. */
export type IcsParseResult = { ok: true; roots: ICAL.Component[] } | { ok: false; error: IcsProblem }

const MAX_QUOTED = 60

/** Untrusted text made safe for a message: control characters shown as '?', cut to a readable length. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f]/g, '?')
  return safe.length > MAX_QUOTED ? `${safe.slice(0, MAX_QUOTED)}…` : safe
}

/** Untrusted text in quotes for a message. */
export function quote(text: string): string {
  return `"${printable(text)}"`
}

/**
 * Parses .ics text with ical.js. Accepts a leading byte-order mark, several VCALENDARs in one file, and a bare
 * VEVENT (some tools export one event that way); anything else at the top is refused with the line named.
 */
export function parseIcs(text: string): IcsParseResult {
  if (typeof text !== 'string') return fail('file', messageRef('errors.ics.notText'))
  if (text.length > MAX_ICS_CHARS) {
    return fail('file', messageRef('errors.ics.tooLarge'))
  }
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return fail('file', messageRef('errors.ics.empty'))
  let jcal: unknown
  try {
    jcal = ICAL.parse(body)
  } catch (error) {
    return { ok: false, error: locateProblem(body, errorMessage(error)) }
  }
  const list = isComponentJcal(jcal) ? [jcal] : Array.isArray(jcal) ? jcal : []
  const roots: ICAL.Component[] = []
  for (const item of list) {
    if (!isComponentJcal(item)) return fail('file', messageRef('errors.ics.noCalendar'))
    const root = new ICAL.Component(item)
    if (root.name !== 'vcalendar' && root.name !== 'vevent') {
      return fail(
        firstBeginLine(body),
        messageRef('errors.ics.notCalendar', { name: printable(root.name.toUpperCase()) })
      )
    }
    roots.push(root)
  }
  if (roots.length === 0) return fail('file', messageRef('errors.ics.noVcalendar'))
  return { ok: true, roots }
}

function fail(where: string, message: MessageRef): { ok: false; error: IcsProblem } {
  return { ok: false, error: icsProblem(where, message) }
}

function isComponentJcal(value: unknown): value is [string, unknown[], unknown[]] {
  return Array.isArray(value) && typeof value[0] === 'string' && Array.isArray(value[1]) && Array.isArray(value[2])
}

/** The text of an unknown thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

interface ContentLine {
  lineNumber: number
  text: string
}

/** Content lines with folding undone, each with the physical line it starts on (split as ical.js splits). */
function contentLines(body: string): ContentLine[] {
  const lines: ContentLine[] = []
  body.split(/\r?\n/).forEach((physical, index) => {
    const previous = lines[lines.length - 1]
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && previous) previous.text += physical.slice(1)
    else if (physical !== '') lines.push({ lineNumber: index + 1, text: physical })
  })
  return lines
}

function firstBeginLine(body: string): string {
  const line = contentLines(body).find((content) => /^BEGIN:/i.test(content.text))
  return line ? `line ${line.lineNumber}` : 'line 1'
}

/**
 * ical.js reports what went wrong but not where. Walk the content lines: BEGIN/END pairs are matched with a stack
 * and every other line is handed to ical.js's own property parser, so the first line it refuses is named.
 */
function locateProblem(body: string, parserMessage: string): IcsProblem {
  const open: { name: string; lineNumber: number }[] = []
  for (const { lineNumber, text } of contentLines(body)) {
    const where = `line ${lineNumber}`
    const begin = /^BEGIN:(.*)$/i.exec(text)
    const end = /^END:(.*)$/i.exec(text)
    if (begin) {
      open.push({ name: (begin[1] ?? '').toUpperCase(), lineNumber })
    } else if (end) {
      const name = (end[1] ?? '').toUpperCase()
      const top = open.pop()
      if (!top) return icsProblem(where, messageRef('errors.ics.endWithoutBegin', { name: printable(name) }))
      if (top.name !== name) {
        const values = { name: printable(name), open: printable(top.name), line: String(top.lineNumber) }
        return icsProblem(where, messageRef('errors.ics.endMismatch', values))
      }
    } else {
      try {
        ICAL.parse.property(text)
      } catch (error) {
        const values = { text: printable(text), detail: errorMessage(error) }
        return icsProblem(where, messageRef('errors.ics.unreadableLine', values))
      }
    }
  }
  const unclosed = open.pop()
  if (unclosed) {
    const name = printable(unclosed.name)
    return icsProblem(`line ${unclosed.lineNumber}`, messageRef('errors.ics.neverClosed', { name }))
  }
  return icsProblem('file', messageRef('errors.ics.unreadable', { detail: parserMessage }))
}
