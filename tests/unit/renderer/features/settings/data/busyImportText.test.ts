// What the busy-time import tells the learner: counts in words, what a re-import replaces, why events were left out.
import { describe, expect, it } from 'vitest'
import {
  busyAppliedMessage,
  busyPreviewChangesSomething,
  busyPreviewSummary,
  SHOWN_SKIPPED,
  skippedLines
} from '../../../../../../src/renderer/src/features/settings/data/busyImportText'
import { en } from '../../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../../src/shared/i18n/translator'

const t = translatorFor('en-US', en)

const interval = { startMs: 0, endMs: 1 }
const note = (n: number) => ({ where: `VEVENT #${n} (UID e${n})`, reason: 'no end and no duration' })

describe('busyPreviewSummary', () => {
  it('counts in words, singular and plural, and names the file', () => {
    expect(busyPreviewSummary({ busy: [interval], skipped: [note(1)], replacing: 0, source: 'work.ics' }, t)).toBe(
      '1 busy time found in “work.ics”, 1 event left out. Nothing changes until you apply it.'
    )
    expect(busyPreviewSummary({ busy: [interval, interval], skipped: [], replacing: 0, source: 'work.ics' }, t)).toBe(
      '2 busy times found in “work.ics”. Nothing changes until you apply them.'
    )
  })

  it('says when applying replaces busy time imported before from a file of the same name', () => {
    expect(busyPreviewSummary({ busy: [interval, interval], skipped: [], replacing: 1, source: 'work.ics' }, t)).toBe(
      '2 busy times found in “work.ics”. They replace the 1 busy time imported before from a file of this name. Nothing changes until you apply them.'
    )
  })
})

describe('a file with no busy time', () => {
  it('offers nothing to apply, unless it replaces busy time a file of its name brought before', () => {
    const empty = { busy: [], skipped: [note(1)], replacing: 0, source: 'work.ics' }
    expect(busyPreviewChangesSomething(empty)).toBe(false)
    expect(busyPreviewSummary(empty, t)).toBe(
      'No busy time found in “work.ics” (1 event left out): there is nothing to apply.'
    )
    const emptied = { ...empty, skipped: [], replacing: 3 }
    expect(busyPreviewChangesSomething(emptied)).toBe(true)
    expect(busyPreviewSummary(emptied, t)).toBe(
      'No busy time found in “work.ics”: applying it removes the 3 busy times imported before from a file of this name.'
    )
  })
})

describe('skippedLines', () => {
  it(`names where and why for the first ${SHOWN_SKIPPED} left-out events and counts the rest`, () => {
    const notes = Array.from({ length: SHOWN_SKIPPED + 2 }, (_, index) => note(index + 1))
    expect(skippedLines({ skipped: notes }, t)).toEqual({
      lines: notes.slice(0, SHOWN_SKIPPED).map((entry) => `${entry.where}: no end and no duration`),
      more: 2
    })
  })
})

describe('busyAppliedMessage', () => {
  it('says how many were added and from which file', () => {
    expect(busyAppliedMessage(1, 'gym.ics', t)).toBe('1 busy time from “gym.ics” added; the plan now works around it.')
    expect(busyAppliedMessage(3, 'gym.ics', t)).toBe(
      '3 busy times from “gym.ics” added; the plan now works around them.'
    )
  })
})
