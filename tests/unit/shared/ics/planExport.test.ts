// What an .ics export holds under the learner's choices: the range's local days (across clock changes), done
// sessions only when asked and marked, alarms only when asked and only ahead, and descriptions that say what to study.
import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { Roadmap, Topic } from '../../../../src/shared/domain/roadmap'
import type { Session, SessionStatus } from '../../../../src/shared/domain/session'
import {
  DEFAULT_EXPORT_CHOICES,
  exportRangeProblem,
  exportSessionsIcs,
  exportWindow,
  importBusyIcs,
  planExportSessions,
  sessionUid,
  type ExportRange,
  type IcsExportOptions,
  type PlanExportChoices
} from '../../../../src/shared/ics'
import { parseIcs } from '../../../../src/shared/ics/icsParse'
import { utc } from './icsFixtures'
import { cases } from '../../../support/fuzz'
import { english, englishT } from '../../../support/english'
import { de } from '../../../../src/shared/i18n/catalogs/de'
import { translatorFor } from '../../../../src/shared/i18n/translator'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const ROME = 'Europe/Rome'

function session(
  id: string,
  startMs: number,
  minutes: number,
  status: SessionStatus = 'planned',
  extra: Partial<Session> = {}
): Session {
  return {
    id,
    topicId: 'attention',
    stageId: 'deep-learning',
    kind: 'study',
    status,
    pinned: false,
    startMs,
    endMs: startMs + minutes * MINUTE,
    localStart: '',
    localEnd: '',
    minutes,
    ...extra
  }
}

const attention: Topic = {
  id: 'attention',
  title: 'Attention',
  summary: 'Scaled dot-product attention; queries, keys, values, and why \\sqrt{d} matters.',
  estimatedMinutes: 240,
  kind: 'learn',
  prerequisites: [],
  resources: [
    { title: 'The Illustrated Transformer', url: 'https://jalammar.github.io/illustrated-transformer/' },
    { title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762' }
  ],
  outcome: 'Implement multi-head attention from scratch,\nand explain masking.'
}

const roadmap: Roadmap = {
  id: 'ai',
  title: 'AI Engineer',
  version: 1,
  stages: [
    {
      id: 'deep-learning',
      kind: 'sequence',
      title: 'Deep learning',
      summary: '',
      optional: false,
      topics: [attention]
    },
    {
      id: 'specialization',
      kind: 'choice',
      title: 'Specialization',
      summary: '',
      optional: false,
      tracks: [
        {
          id: 'vision',
          title: 'Computer vision',
          summary: '',
          topics: [{ ...attention, id: 'cnn', title: 'CNNs', summary: 'Convolutions.', resources: [], outcome: '' }]
        }
      ]
    }
  ]
}

function choices(overrides: Partial<PlanExportChoices> = {}): PlanExportChoices {
  return { ...DEFAULT_EXPORT_CHOICES, ...overrides }
}

function dates(from: string, to: string): ExportRange {
  return { kind: 'dates', from, to }
}

function ids(sessions: readonly { id: string }[]): string[] {
  return sessions.map((item) => item.id)
}

describe('the export range, on the plan zone’s local days', () => {
  it('covers the 23-hour spring-forward day in Rome (2027-03-28) from its midnight to the next', () => {
    const sessions = [
      session('sat-2330', utc(2027, 3, 27, 22, 30), 30), // 23:30 CET on the 27th
      session('sun-0000', utc(2027, 3, 27, 23), 30), // 00:00 CET on the 28th
      session('sun-2359', utc(2027, 3, 28, 21, 59), 1), // 23:59 CEST on the 28th
      session('mon-0000', utc(2027, 3, 28, 22), 30) // 00:00 CEST on the 29th
    ]
    const now = utc(2027, 3, 1)
    expect(exportWindow(dates('2027-03-28', '2027-03-28'), now, ROME)).toEqual({
      startMs: utc(2027, 3, 27, 23),
      endMs: utc(2027, 3, 28, 22)
    })
    const exported = planExportSessions(
      { sessions, roadmap, zone: ROME, now, t: englishT },
      choices({ range: dates('2027-03-28', '2027-03-28') })
    )
    expect(ids(exported)).toEqual(['sun-0000', 'sun-2359'])
  })

  it('covers the 25-hour fall-back day in Rome (2027-10-31), its last hour included', () => {
    const sessions = [
      session('sat-2330', utc(2027, 10, 30, 21, 30), 30), // 23:30 CEST on the 30th
      session('sun-0000', utc(2027, 10, 30, 22), 30), // 00:00 CEST on the 31st
      session('sun-2330', utc(2027, 10, 31, 22, 30), 30), // 23:30 CET on the 31st: 24.5 h after midnight
      session('mon-0000', utc(2027, 10, 31, 23), 30) // 00:00 CET on 1 November
    ]
    const now = utc(2027, 10, 1)
    const exported = planExportSessions(
      { sessions, roadmap, zone: ROME, now, t: englishT },
      choices({ range: dates('2027-10-31', '2027-10-31') })
    )
    expect(ids(exported)).toEqual(['sun-0000', 'sun-2330'])
  })

  it('counts days in the plan zone, not in UTC (Kolkata, +05:30)', () => {
    // 20:00Z on 1 May is 01:30 on 2 May in Kolkata.
    const sessions = [session('late', utc(2027, 5, 1, 20), 60)]
    const now = utc(2027, 4, 1)
    const zone = 'Asia/Kolkata'
    expect(
      ids(
        planExportSessions(
          { sessions, roadmap, zone, now, t: englishT },
          choices({ range: dates('2027-05-01', '2027-05-01') })
        )
      )
    ).toEqual([])
    expect(
      ids(
        planExportSessions(
          { sessions, roadmap, zone, now, t: englishT },
          choices({ range: dates('2027-05-02', '2027-05-02') })
        )
      )
    ).toEqual(['late'])
  })

  it('from now on: today from its local midnight, without the planned sessions that already ended (missed)', () => {
    const now = utc(2027, 3, 10, 11) // 12:00 in Rome
    const sessions = [
      session('yesterday-done', utc(2027, 3, 9, 9), 60, 'done'),
      session('morning-done', utc(2027, 3, 10, 7), 60, 'done'),
      session('morning-missed', utc(2027, 3, 10, 8, 30), 60),
      session('now-running', utc(2027, 3, 10, 10, 30), 60),
      session('afternoon', utc(2027, 3, 10, 14), 60),
      session('afternoon-skipped', utc(2027, 3, 10, 16), 60, 'skipped'),
      session('next-year', utc(2028, 3, 10, 14), 60)
    ]
    const input = { sessions, roadmap, zone: ROME, now, t: englishT }
    expect(ids(planExportSessions(input, DEFAULT_EXPORT_CHOICES))).toEqual(['now-running', 'afternoon', 'next-year'])
    expect(ids(planExportSessions(input, choices({ includeDone: true })))).toEqual([
      'morning-done',
      'now-running',
      'afternoon',
      'next-year'
    ])
  })

  it.each([
    ['the first day empty', dates('', '2027-01-31'), { field: 'from', message: 'Choose the first day to export.' }],
    [
      'a day that does not exist',
      dates('2027-01-01', '2027-02-30'),
      { field: 'to', message: 'Choose the last day to export.' }
    ],
    [
      'the last day before the first',
      dates('2027-02-01', '2027-01-31'),
      { field: 'to', message: 'The last day is before the first day.' }
    ]
  ] as const)('refuses %s, naming the field to fix', (_name, range, problem) => {
    const found = exportRangeProblem(range)
    expect(found && { field: found.field, message: english(found.message) }).toEqual(problem)
    expect(() =>
      planExportSessions({ sessions: [], roadmap, zone: ROME, now: 0, t: englishT }, choices({ range }))
    ).toThrow(RangeError)
  })

  it('accepts a one-day range and "from now on"', () => {
    expect(exportRangeProblem(dates('2027-01-31', '2027-01-31'))).toBeNull()
    expect(exportRangeProblem({ kind: 'from-now' })).toBeNull()
  })
})

describe('done sessions and alarms', () => {
  const now = utc(2027, 3, 10, 11)
  const sessions = [
    session('done', utc(2027, 3, 10, 7), 60, 'done'),
    session('running', utc(2027, 3, 10, 10, 30), 60),
    session('ahead', utc(2027, 3, 10, 14), 60)
  ]
  const input = { sessions, roadmap, zone: ROME, now, t: englishT }

  it('leaves done sessions out by default, and marks them done when included', () => {
    expect(planExportSessions(input, DEFAULT_EXPORT_CHOICES).some((item) => item.done)).toBe(false)
    const included = planExportSessions(input, choices({ includeDone: true }))
    expect(included.filter((item) => item.done === true).map((item) => item.id)).toEqual(['done'])
  })

  it('asks for no alarm by default, and with alarms chosen only for planned sessions not yet started', () => {
    expect(planExportSessions(input, choices({ includeDone: true })).some((item) => item.alarm)).toBe(false)
    const alarmed = planExportSessions(input, choices({ includeDone: true, alarms: true }))
    expect(alarmed.filter((item) => item.alarm === true).map((item) => item.id)).toEqual(['ahead'])
  })

  it('writes one VALARM per planned session ahead, none on the done one, into the file', () => {
    const options: IcsExportOptions = { zone: ROME, calendarName: 'Plan', reminderLeadMinutes: 15, dtstampMs: now }
    const text = exportSessionsIcs(planExportSessions(input, choices({ includeDone: true, alarms: true })), options)
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(1)
    expect(text).toContain('SUMMARY:✓ Attention\r\n')
    expect(exportSessionsIcs(planExportSessions(input, DEFAULT_EXPORT_CHOICES), options)).not.toContain('VALARM')
  })
})

describe('event descriptions', () => {
  const now = utc(2027, 3, 1)
  const options: IcsExportOptions = { zone: ROME, calendarName: 'Plan', reminderLeadMinutes: null, dtstampMs: now }

  it("hold the topic's summary, outcome, resource links one per line, and the stage", () => {
    const [exported] = planExportSessions(
      { sessions: [session('s', utc(2027, 3, 2, 17), 60)], roadmap, zone: ROME, now, t: englishT },
      DEFAULT_EXPORT_CHOICES
    )
    expect(exported?.description).toBe(
      [
        'Scaled dot-product attention; queries, keys, values, and why \\sqrt{d} matters.',
        'Outcome: Implement multi-head attention from scratch,\nand explain masking.',
        'Resources:\nThe Illustrated Transformer — https://jalammar.github.io/illustrated-transformer/\nAttention Is All You Need — https://arxiv.org/abs/1706.03762',
        'Stage: Deep learning'
      ].join('\n\n')
    )
  })

  it('say a review is a review, and name the track of a specialization topic', () => {
    const sessions = [
      session('r', utc(2027, 3, 2, 17), 30, 'planned', { kind: 'review' }),
      session('c', utc(2027, 3, 3, 17), 60, 'planned', { topicId: 'cnn', stageId: 'specialization' })
    ]
    const [review, cnn] = planExportSessions(
      { sessions, roadmap, zone: ROME, now, t: englishT },
      DEFAULT_EXPORT_CHOICES
    )
    expect(review?.title).toBe('Review: Attention')
    expect(review?.description).toMatch(/^Review session: /)
    expect(cnn?.description).toBe('Convolutions.\n\nStage: Specialization, Computer vision track')
  })

  it('are written in the learner’s language, around the roadmap’s own text', () => {
    const sessions = [
      session('r', utc(2027, 3, 2, 17), 30, 'planned', { kind: 'review' }),
      session('c', utc(2027, 3, 3, 17), 60, 'planned', { topicId: 'cnn', stageId: 'specialization' })
    ]
    const german = translatorFor('de-DE', de)
    const [review, cnn] = planExportSessions({ sessions, roadmap, zone: ROME, now, t: german }, DEFAULT_EXPORT_CHOICES)
    expect(review?.title).toBe('Wiederholung: Attention')
    expect(review?.description).toMatch(
      /^Wiederholung: Geh dieses Thema .*\n\nScaled dot-product attention.*\n\nLernziel: Implement/s
    )
    expect(cnn?.description).toBe('Convolutions.\n\nEtappe: Specialization, Schwerpunkt Computer vision')
  })

  it('are escaped and folded as RFC 5545 says, and read back exactly', () => {
    const exported = planExportSessions(
      { sessions: [session('s', utc(2027, 3, 2, 17), 60)], roadmap, zone: ROME, now, t: englishT },
      DEFAULT_EXPORT_CHOICES
    )
    const text = exportSessionsIcs(exported, options)
    const unfolded = text.replace(/\r\n[ \t]/g, '')
    expect(unfolded).toContain(
      'DESCRIPTION:Scaled dot-product attention\\; queries\\, keys\\, values\\, and why \\\\sqrt{d} matters.\\n\\nOutcome: Implement multi-head attention from scratch\\,\\nand explain masking.'
    )
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')[0])
    expect(event.description).toBe(exported[0]?.description)
  })
})

describe('planExportSessions with ical.js and our importer (property)', () => {
  const zones = ['Europe/Rome', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC']
  const statuses: SessionStatus[] = ['planned', 'done', 'skipped']

  it('exports only sessions in the range, no done one unless chosen, alarms only ahead, and round-trips', () => {
    const property = fc.property(
      fc.constantFrom(...zones),
      // Back-to-back sessions with gaps over ~2 months around the 2027 spring changes.
      fc.array(
        fc.tuple(fc.integer({ min: 0, max: 96 }), fc.integer({ min: 1, max: 8 }), fc.constantFrom(...statuses)),
        {
          maxLength: 40
        }
      ),
      fc.integer({ min: 0, max: 60 * 24 * 4 }),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })), { nil: null }),
      fc.boolean(),
      fc.boolean(),
      (zone, slots, nowQuarter, dayRange, includeDone, alarms) => {
        const base = utc(2027, 2, 20)
        let cursor = base
        const sessions = slots.map(([gap, quarters, status], index) => {
          const start = cursor + gap * 15 * MINUTE
          cursor = start + quarters * 15 * MINUTE
          return session(`s${index}`, start, quarters * 15, status)
        })
        const now = base + nowQuarter * 15 * MINUTE
        const range: ExportRange = dayRange
          ? dates(dayString(base, dayRange[0]), dayString(base, dayRange[0] + dayRange[1]))
          : { kind: 'from-now' }
        const window = exportWindow(range, now, zone)
        const exported = planExportSessions(
          { sessions, roadmap, zone, now, t: englishT },
          { range, includeDone, alarms }
        )
        const byId = new Map(sessions.map((item) => [item.id, item]))
        for (const item of exported) {
          const source = byId.get(item.id)!
          if (source.startMs < window.startMs || source.startMs >= window.endMs) return false
          if (source.status === 'skipped') return false
          if (source.status === 'done' && !includeDone) return false
          if (source.status === 'planned' && source.endMs <= now) return false
          if (item.alarm && (!alarms || source.status !== 'planned' || source.startMs <= now)) return false
        }
        const text = exportSessionsIcs(exported, {
          zone,
          calendarName: 'Plan',
          reminderLeadMinutes: 10,
          dtstampMs: now
        })
        const parsed = parseIcs(text)
        if (!parsed.ok) return false
        const vevents = parsed.roots.flatMap((root) => root.getAllSubcomponents('vevent'))
        const alarmCount = vevents.filter((vevent) => vevent.getFirstSubcomponent('valarm')).length
        const doneCount = vevents.filter((vevent) => vevent.getFirstPropertyValue('categories') === 'Done').length
        const imported = importBusyIcs(text, { zone, rangeStartMs: utc(2027, 1, 1), rangeEndMs: utc(2028, 1, 1) })
        if (!imported.ok) return false
        return (
          vevents.length === exported.length &&
          imported.busy.length === exported.length &&
          alarmCount === exported.filter((item) => item.alarm).length &&
          (includeDone || doneCount === 0) &&
          JSON.stringify(vevents.map((vevent) => String(vevent.getFirstPropertyValue('uid'))).sort()) ===
            JSON.stringify(exported.map((item) => sessionUid(item.id)).sort())
        )
      }
    )
    expect(() => fc.assert(property, { numRuns: cases(150) })).not.toThrow()
  }, 60_000)
})

function dayString(base: number, days: number): string {
  return new Date(base + days * 24 * HOUR).toISOString().slice(0, 10)
}
