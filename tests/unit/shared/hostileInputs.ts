// Hostile .ics and Markdown inputs for the per-input budget tests and `npm run bench`: the cases #18 found, and generators.
import fc from 'fast-check'

/** One named hostile input and which parser reads it. */
export interface HostileCase {
  readonly name: string
  readonly kind: 'ics' | 'markdown'
  readonly text: string
}

/**
 * Each input must be refused or read within this many milliseconds (#18 item 3) of the process's CPU time: on a machine
 * shared with other jobs, wall time measures their load as much as the parser's work.
 */
export const PER_INPUT_BUDGET_MS = 2_000

/** Runs `work` and returns its result with the CPU and wall milliseconds it took. */
export function timed<T>(work: () => T): { value: T; cpuMs: number; wallMs: number } {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const value = work()
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  return { value, cpuMs: (used.user + used.system) / 1000, wallMs }
}

/** The import range used for every hostile .ics input: one year, as the busy-time import asks for. */
export const ICS_OPTIONS = { zone: 'Europe/Rome', rangeStartMs: Date.UTC(2027, 0, 1), rangeEndMs: Date.UTC(2028, 0, 1) }

/** A VCALENDAR around the given VTIMEZONE lines and VEVENTs. */
export function calendar(zones: readonly string[], ...events: readonly string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//hostile//EN', ...zones]
  for (const event of events) lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT')
  return [...lines, 'END:VCALENDAR', ''].join('\r\n')
}

/** A VTIMEZONE with TZID `tzid` whose one observance repeats by `rule`. */
export function vtimezone(tzid: string, rule: string, dtstart = '19700101T000000'): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    `DTSTART:${dtstart}`,
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0000',
    rule,
    'END:STANDARD',
    'END:VTIMEZONE'
  ]
}

function eventLines(uid: string, rule: string, start = 'DTSTART:20270101T090000Z', length = 'DURATION:PT1H'): string[] {
  return [`UID:${uid}`, `SUMMARY:Hostile ${uid}`, start, length, ...(rule ? [`RRULE:${rule}`] : [])]
}

/** The .ics inputs #18 reproduced (never finishing, 27-90 s, up to 3.8 GB) and their near relatives. */
export function namedIcsCases(): HostileCase[] {
  const cases: [string, string][] = [
    [
      'daily rule on February 30 (never matches; ical.js searched forever)',
      calendar([], eventLines('feb30', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'))
    ],
    [
      'secondly rule in December (36 s)',
      calendar([], eventLines('sec', 'FREQ=SECONDLY;BYMONTH=12', 'DTSTART:20270101T000000Z', 'DURATION:PT1S'))
    ],
    ['minutely rule from 1970', calendar([], eventLines('min', 'FREQ=MINUTELY', 'DTSTART:19700101T000000Z'))],
    [
      'VTIMEZONE whose rule repeats every minute (27-90 s, 3.8 GB)',
      calendar(
        vtimezone('Every/Minute', 'RRULE:FREQ=MINUTELY'),
        eventLines('tzmin', '', 'DTSTART;TZID=Every/Minute:20270301T090000')
      )
    ],
    [
      'VTIMEZONE repeating daily, event in 9999',
      calendar(
        vtimezone('Every/Day', 'RRULE:FREQ=DAILY'),
        eventLines('tzday', '', 'DTSTART;TZID=Every/Day:99990301T090000')
      )
    ],
    [
      'VTIMEZONE repeating monthly from year 1, event in 9999',
      calendar(
        vtimezone('Every/Month', 'RRULE:FREQ=MONTHLY', '00010101T000000'),
        eventLines('tzmon', '', 'DTSTART;TZID=Every/Month:99990301T090000')
      )
    ],
    [
      '20,000 VTIMEZONE blocks',
      calendar(
        Array.from({ length: 20_000 }, (_, i) =>
          vtimezone(`Zone/${i}`, 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU')
        ).flat(),
        eventLines('many', '')
      )
    ],
    [
      'event lasting 99,999,999 weeks, repeating daily',
      calendar([], eventLines('long', 'FREQ=DAILY', 'DTSTART:20270101T090000Z', 'DURATION:P99999999W'))
    ],
    [
      'DTEND 9,000 years after DTSTART',
      calendar([], eventLines('far', 'FREQ=YEARLY', 'DTSTART:10000101T090000Z', 'DTEND:99991231T090000Z'))
    ],
    ['INTERVAL of two billion days', calendar([], eventLines('int', 'FREQ=DAILY;INTERVAL=2000000000'))],
    [
      'yearly first Monday of April on the 15th-21st (never matches)',
      calendar([], eventLines('apr', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1MO;BYMONTHDAY=15,16,17,18,19,20,21'))
    ],
    [
      'daily fifth Monday of February (ordinal ignored by DAILY: rare)',
      calendar([], eventLines('ord', 'FREQ=DAILY;BYDAY=5MO;BYMONTH=2'))
    ],
    ['daily in week 53 of June (never matches)', calendar([], eventLines('wk', 'FREQ=DAILY;BYWEEKNO=53;BYMONTH=6'))],
    [
      'hourly with a COUNT from year 1',
      calendar([], eventLines('count', 'FREQ=HOURLY;COUNT=100000000', 'DTSTART:00010101T000000Z'))
    ],
    [
      'daily leap days from year 1 with a COUNT',
      calendar([], eventLines('leap', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=100000', 'DTSTART:00010101T000000Z'))
    ],
    [
      'BYMONTHDAY list of 100,000 repeated values',
      calendar(
        [],
        eventLines(
          'list',
          `FREQ=MONTHLY;BYMONTHDAY=${Array.from({ length: 100_000 }, (_, i) => (i % 28) + 1).join(',')}`
        )
      )
    ],
    [
      'hourly with every minute and second',
      calendar(
        [],
        eventLines('hms', `FREQ=HOURLY;BYMINUTE=${Array.from({ length: 60 }, (_, i) => i).join(',')};BYSECOND=0,30`)
      )
    ],
    [
      '1,000 events on February 30',
      calendar(
        [],
        ...Array.from({ length: 1_000 }, (_, i) => eventLines(`f${i}`, 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'))
      )
    ],
    [
      '50 events each on a rare daily rule',
      calendar([], ...Array.from({ length: 50 }, (_, i) => eventLines(`r${i}`, 'FREQ=DAILY;BYDAY=5MO;BYMONTH=2')))
    ],
    [
      'deeply nested unknown components',
      `BEGIN:VCALENDAR\r\n${'BEGIN:X\r\n'.repeat(5_000)}${'END:X\r\n'.repeat(5_000)}END:VCALENDAR\r\n`
    ]
  ]
  return cases.map(([name, text]) => ({ name, kind: 'ics', text }))
}

/** The Markdown inputs #18 reproduced (40 s headings, 30-47 s bullets, 5 s ids, RangeError) and their relatives. */
export function namedMarkdownCases(): HostileCase[] {
  const near = 19_990
  const cases: [string, string][] = [
    ['"# a" + 4,000 spaces + "b" (40 s)', `# a${' '.repeat(4_000)}b\n## A\n- T (1h)`],
    ['heading of 19,990 spaces and no end', `# a${' '.repeat(near)}#x\n## A\n- T (1h)`],
    ['100,000-character bullet (30-47 s)', `## A\n- ${'x'.repeat(100_000)} (1h)`],
    ['bullet of 19,990 "[" (link scan)', `## A\n- ${'['.repeat(near)} (1h)`],
    ['bullet of "[a](" runs (link scan)', `## A\n- ${'[a](https://'.repeat(near / 12)} (1h)`],
    ['bullet of 19,990 spaces and a line separator', `## A\n-${' '.repeat(near)}x\u2028y`],
    ['bullet of spaces before an unclosed estimate', `## A\n- a${' '.repeat(near)}(1h`],
    ['bullet of "(" runs (estimate scan)', `## A\n- a ${'( '.repeat(near / 2)}(1h)`],
    ['bullet of "(optional" runs', `## A\n- a ${' (optional'.repeat(near / 10)} (1h)`],
    ['bullet of digits and units', `## A\n- a (${'1h '.repeat(near / 3)})`],
    [
      '10,000 topics with the same title (5 s)',
      [
        '## A',
        ...Array.from({ length: 5_000 }, () => '- Same (1h)'),
        '## B',
        ...Array.from({ length: 5_000 }, () => '- Same (1h)')
      ].join('\n')
    ],
    [
      '5,000 nesting levels (RangeError)',
      ['## Deep', ...Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i)}- L${i} (1h)`)].join('\n')
    ],
    ['501 stages', Array.from({ length: 501 }, (_, i) => `## S${i}\n- T${i} (1h)`).join('\n')],
    ['201 prerequisites', ['## A', '- P (1h)', ...Array.from({ length: 201 }, (_, i) => `  - C${i} (1h)`)].join('\n')],
    [
      '20,001 topics',
      Array.from({ length: 5 }, (_, s) =>
        [`## S${s}`, ...Array.from({ length: 4_001 }, (_unused, i) => `- T${i} (1h)`)].join('\n')
      ).join('\n')
    ],
    ['300,000 empty lines', `## A\n- T (1h)${'\n'.repeat(300_000)}`],
    [
      '1,000 summary lines of 19,990 characters',
      ['## A', '- T (1h)', ...Array.from({ length: 1_000 }, () => 'y'.repeat(near))].join('\n')
    ],
    ['7 #s and 19,990 #s', `${'#'.repeat(near)}\n## A\n- T (1h)`]
  ]
  return cases.map(([name, text]) => ({ name, kind: 'markdown', text }))
}

const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

const byPart = fc.oneof(
  fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }).map((v) => `BYMONTH=${v.join(',')}`),
  fc
    .array(
      fc.integer({ min: -31, max: 31 }).filter((v) => v !== 0),
      { minLength: 1, maxLength: 3 }
    )
    .map((v) => `BYMONTHDAY=${v.join(',')}`),
  fc
    .array(
      fc.integer({ min: -366, max: 366 }).filter((v) => v !== 0),
      { minLength: 1, maxLength: 3 }
    )
    .map((v) => `BYYEARDAY=${v.join(',')}`),
  fc
    .array(
      fc.integer({ min: -53, max: 53 }).filter((v) => v !== 0),
      { minLength: 1, maxLength: 2 }
    )
    .map((v) => `BYWEEKNO=${v.join(',')}`),
  fc
    .array(fc.tuple(fc.constantFrom('', '1', '2', '5', '-1', '-5', '53'), fc.constantFrom(...WEEKDAYS)), {
      minLength: 1,
      maxLength: 3
    })
    .map((v) => `BYDAY=${v.map(([n, d]) => n + d).join(',')}`),
  fc.array(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 30 }).map((v) => `BYHOUR=${v.join(',')}`),
  fc.array(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 3 }).map((v) => `BYMINUTE=${v.join(',')}`),
  fc
    .array(
      fc.integer({ min: -366, max: 366 }).filter((v) => v !== 0),
      { minLength: 1, maxLength: 2 }
    )
    .map((v) => `BYSETPOS=${v.join(',')}`)
)

const rrule: fc.Arbitrary<string> = fc
  .record({
    freq: fc.constantFrom(...FREQS),
    interval: fc.constantFrom(null, 1, 2, 7, 100, 101, 2_000_000_000),
    parts: fc.uniqueArray(byPart, { maxLength: 4, selector: (part) => part.split('=')[0] }),
    end: fc.constantFrom(null, 'COUNT=5', 'COUNT=100000000', 'UNTIL=20271231T000000Z', 'UNTIL=19000101T000000Z')
  })
  .map(({ freq, interval, parts, end }) =>
    [`FREQ=${freq}`, ...(interval ? [`INTERVAL=${interval}`] : []), ...parts, ...(end ? [end] : [])].join(';')
  )

const start = fc.constantFrom(
  '00010101T000000Z',
  '19700101T000000Z',
  '20261231T230000Z',
  '20270615T090000Z',
  '99991231T000000Z'
)
const length = fc.constantFrom(
  'DURATION:PT1H',
  'DURATION:P1D',
  'DURATION:P400D',
  'DURATION:P99999999W',
  'DURATION:PT0S',
  'DTEND:99991231T000000Z'
)

/** 1-3 events with random (often hostile) rules, starts and lengths, sometimes in a file VTIMEZONE with a random rule. */
export const hostileIcs: fc.Arbitrary<string> = fc
  .record({
    zoneRule: fc.option(rrule, { nil: null }),
    zoneStart: fc.constantFrom('00010101T000000', '19700101T000000', '20270101T000000'),
    events: fc.array(fc.record({ rule: fc.option(rrule, { nil: null }), start, length, rdates: fc.nat({ max: 3 }) }), {
      minLength: 1,
      maxLength: 3
    })
  })
  .map(({ zoneRule, zoneStart, events }) =>
    calendar(
      zoneRule ? vtimezone('Hostile/Zone', `RRULE:${zoneRule}`, zoneStart) : [],
      ...events.map((e, i) => [
        ...eventLines(
          `g${i}`,
          e.rule ?? '',
          zoneRule ? `DTSTART;TZID=Hostile/Zone:${e.start.slice(0, -1)}` : `DTSTART:${e.start}`,
          e.length
        ),
        ...Array.from({ length: e.rdates }, (_, r) => `RDATE:2027${String(r + 1).padStart(2, '0')}01T090000Z`)
      ])
    )
  )

const mdPiece = fc.constantFrom(
  '#',
  '######',
  ' ',
  '\t',
  '-',
  '*',
  '1.',
  '[',
  ']',
  '(',
  ')',
  '(1h)',
  '(90m)',
  '(1h 30m)',
  '(optional)',
  '[x](https://a.b)',
  'https://',
  'h',
  'm',
  '1',
  '.',
  'Topic',
  '`',
  '_',
  '```',
  '\u00a0',
  '\u2028'
)
const mdLine = fc
  .tuple(fc.array(mdPiece, { maxLength: 8 }), fc.constantFrom(1, 1, 1, 50, 2_000), fc.nat({ max: 40 }))
  .map(([pieces, repeat, indent]) => ' '.repeat(indent) + pieces.join('').repeat(repeat).slice(0, 25_000))

/** Outlines of random lines built from Markdown's special characters, some repeated thousands of times. */
export const hostileMarkdown: fc.Arbitrary<string> = fc
  .tuple(fc.array(mdLine, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, newline]) => ['## Stage', ...lines].join(newline))
