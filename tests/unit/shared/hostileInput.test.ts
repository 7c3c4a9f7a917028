// Hostile .ics and Markdown files (#18 item 3): each is refused or read within 2 s, and only ever as the parser's result.
import { getHeapStatistics } from 'node:v8'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importMarkdownOutline } from '../../../src/shared/backup'
import { importBusyIcs } from '../../../src/shared/ics'
import { HOSTILE_INPUT_HEAP_MB } from '../../../vitest.config'
import {
  ICS_OPTIONS,
  PER_INPUT_BUDGET_MS,
  timed,
  hostileIcs,
  hostileMarkdown,
  namedIcsCases,
  namedMarkdownCases,
  type HostileCase
} from './hostileInputs'
import { cases } from '../../support/fuzz'
import { english, englishError } from '../../support/english'

interface Outcome {
  cpuMs: number
  wallMs: number
  /** The parser's answer reduced to its shape: refused (with where and message) or read (with notes). */
  ok: boolean
  where: string
  message: string
  notes: string[]
}

/** Parses one input, timing it; anything thrown fails the test (parsers answer with results, never exceptions). */
function parse(kind: HostileCase['kind'], text: string): Outcome {
  const {
    value: result,
    cpuMs,
    wallMs
  } = timed(() => (kind === 'ics' ? importBusyIcs(text, ICS_OPTIONS) : importMarkdownOutline(text)))
  if (result.ok) {
    const notes = 'skipped' in result ? result.skipped.map((note) => `${note.where}: ${english(note.reason)}`) : []
    return { cpuMs, wallMs, ok: true, where: '', message: '', notes }
  }
  return { cpuMs, wallMs, ok: false, where: result.error.where, message: englishError(result.error), notes: [] }
}

/** The budget and result-shape checks every hostile input must pass. */
function expectWithinBudget(kind: HostileCase['kind'], text: string): Outcome {
  const outcome = parse(kind, text)
  expect(
    outcome.cpuMs,
    `took ${Math.round(outcome.cpuMs)} ms of CPU (${Math.round(outcome.wallMs)} ms wall)`
  ).toBeLessThan(PER_INPUT_BUDGET_MS)
  // A refusal must say where (a line, an event or the file) and what, in a sentence.
  const placed = /^(file|line \d+|VEVENT #\d+.*|options\..+)$/.test(outcome.where) && outcome.message.length > 10
  expect(outcome.ok || placed, `refused as ${outcome.where}: ${outcome.message}`).toBe(true)
  return outcome
}

describe('the memory budget', () => {
  it('holds: this suite runs in a process whose heap cannot grow past 300 MB (vitest.config.ts), so no input used more', () => {
    // The old generation is capped at HOSTILE_INPUT_HEAP_MB; V8 adds its young generation (tens of MB) on top.
    expect(getHeapStatistics().heap_size_limit / 2 ** 20).toBeLessThanOrEqual(HOSTILE_INPUT_HEAP_MB + 64)
  })
})

describe('named hostile inputs from #18 are refused or read within the budget', () => {
  it.each(namedIcsCases().map((c) => [c.name, c] as const))('.ics: %s', (_name, c) => {
    expect(expectWithinBudget(c.kind, c.text).cpuMs).toBeLessThan(PER_INPUT_BUDGET_MS)
  })

  it.each(namedMarkdownCases().map((c) => [c.name, c] as const))('Markdown: %s', (_name, c) => {
    expect(expectWithinBudget(c.kind, c.text).cpuMs).toBeLessThan(PER_INPUT_BUDGET_MS)
  })

  const ics = new Map(namedIcsCases().map((c) => [c.name.split(' (')[0]!, c.text]))
  const markdown = new Map(namedMarkdownCases().map((c) => [c.name.split(' (')[0]!, c.text]))

  it.each([
    ['daily rule on February 30', /"Hostile feb30".*BYMONTHDAY=30 can never happen/],
    ['secondly rule in December', /repeats every second/],
    ['yearly first Monday of April on the 15th-21st', /can never happen/],
    ['INTERVAL of two billion days', /INTERVAL=2000000000; at most 100 /],
    ['hourly with every minute and second', /starts 2880 times a day/],
    ['daily fifth Monday of February', /takes too long to work out/],
    ['hourly with a COUNT from year 1', /takes too long to work out/]
  ])('.ics: %s is skipped before or during expansion, named, with the reason %s', (name, reason) => {
    const outcome = expectWithinBudget('ics', ics.get(name)!)
    expect(outcome.ok).toBe(true)
    expect(outcome.notes).toEqual([expect.stringMatching(reason)])
    expect(outcome.notes[0]).toMatch(/^VEVENT #1 \(UID \w+\)/)
  })

  it('.ics: a VTIMEZONE repeating every minute is not used, and the event is read with a note', () => {
    const outcome = expectWithinBudget('ics', ics.get('VTIMEZONE whose rule repeats every minute')!)
    expect(outcome.notes).toEqual([expect.stringMatching(/^VTIMEZONE #1 \(TZID Every\/Minute\): .*repeat minutely/)])
  })

  it('.ics: 20,000 VTIMEZONEs refuse the file; an event over 366 days is refused, naming its DURATION', () => {
    expect(expectWithinBudget('ics', ics.get('20,000 VTIMEZONE blocks')!)).toMatchObject({
      ok: false,
      where: 'file',
      message: expect.stringMatching(/20000 time zones.*at most 100/)
    })
    expect(expectWithinBudget('ics', ics.get('event lasting 99,999,999 weeks, repeating daily')!)).toMatchObject({
      ok: false,
      where: 'VEVENT #1 (UID long) DURATION',
      message: expect.stringContaining('more than 366 days')
    })
  })

  it('.ics: 1,000 impossible events are each skipped and the good event in the same file still imports', () => {
    const text = ics
      .get('1,000 events on February 30')!
      .replace(
        'END:VCALENDAR',
        'BEGIN:VEVENT\r\nUID:good\r\nDTSTART:20270301T090000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR'
      )
    const result = importBusyIcs(text, ICS_OPTIONS)
    expect(result.ok && result.busy).toEqual([{ startMs: Date.UTC(2027, 2, 1, 9), endMs: Date.UTC(2027, 2, 1, 10) }])
    expect(result.ok && result.skipped).toHaveLength(1_000)
  })

  it.each([
    ['"# a" + 4,000 spaces + "b"', /^line 1$/, /title is too long \(at most 500/],
    ['100,000-character bullet', /^line 2$/, /100,007 characters long; an outline line may be at most 20,000/],
    ['5,000 nesting levels', /^line 34$/, /nested 33 levels deep; topics may be nested at most 32 levels/],
    ['501 stages', /^line 1002$/, /at most 500/],
    ['201 prerequisites', /^line 203$/, /"P" \(line 2\) would need more than 200 prerequisites/],
    ['20,001 topics', /^line \d+$/, /more than 20,000 topics/],
    ['300,000 empty lines', /^line 200001$/, /at most 200,000 are read/]
  ])('Markdown: %s is refused at %s', (name, where, message) => {
    expect(expectWithinBudget('markdown', markdown.get(name)!)).toMatchObject({
      ok: false,
      where: expect.stringMatching(where),
      message: expect.stringMatching(message)
    })
  })
})

/**
 * CI runs one fixed sample, so a landing never depends on the draw; elsewhere each run draws new inputs, which is how
 * the BYWEEKNO=25;BYMONTH=11 rule was found. A failure prints its seed: pass it here to replay it.
 */
const SEED = process.env['CI'] ? { seed: 20_261_207 } : {}

describe('generated hostile inputs are refused or read within the budget', () => {
  it('property: .ics files with random repeat rules, starts, lengths and time-zone rules', () => {
    fc.assert(
      fc.property(hostileIcs, (text) => {
        expect(expectWithinBudget('ics', text).cpuMs).toBeLessThan(PER_INPUT_BUDGET_MS)
      }),
      { numRuns: cases(300), endOnFailure: true, ...SEED }
    )
  })

  it('property: Markdown outlines of long runs of special characters', () => {
    fc.assert(
      fc.property(hostileMarkdown, (text) => {
        expect(expectWithinBudget('markdown', text).cpuMs).toBeLessThan(PER_INPUT_BUDGET_MS)
      }),
      { numRuns: cases(1_700), endOnFailure: true, ...SEED }
    )
  })
})
