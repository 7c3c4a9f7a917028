// The size check before any read, the kinds' limits agreeing with their parsers, and the no-Worker path's answers.
// The worker itself and its time budget need a real browser: tests/e2e/untrustedFiles.spec.ts covers them.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_ICS_CHARS } from '../../../../src/shared/ics/icsParse'
import { FILE_LIMITS } from '../../../../src/shared/backup/limits'
import {
  BUDGET_OVERRIDE_KEY,
  MAX_TEXT_LENGTH,
  maxFileBytes,
  readUntrustedFile,
  roadmapFileKind,
  untrustedFileBudgetMs,
  UNTRUSTED_FILE_BUDGET_MS
} from '../../../../src/renderer/src/files/readUntrustedFile'

const ICS_OPTIONS = { zone: 'Europe/London', rangeStartMs: Date.UTC(2027, 0, 1), rangeEndMs: Date.UTC(2027, 1, 1) }
const ONE_EVENT = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:test',
  'BEGIN:VEVENT',
  'UID:a@test',
  'DTSTAMP:20270101T000000Z',
  'DTSTART:20270110T090000Z',
  'DTEND:20270110T100000Z',
  'SUMMARY:Dentist',
  'END:VEVENT',
  'END:VCALENDAR',
  ''
].join('\r\n')

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('readUntrustedFile', () => {
  it('refuses a file too large to be its kind by its size, without reading a byte of it', async () => {
    const reads = [
      vi.spyOn(Blob.prototype, 'text'),
      vi.spyOn(Blob.prototype, 'arrayBuffer'),
      vi.spyOn(Blob.prototype, 'stream')
    ]
    const big = new File([new Uint8Array(maxFileBytes('ics') + 1)], 'huge.ics', { type: 'text/calendar' })

    const read = await readUntrustedFile(big.name, big, { kind: 'ics', options: ICS_OPTIONS })

    expect(read).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^“huge\.ics” is 30 MB, too large to be a calendar file .*It was not read and nothing was changed\.$/
      )
    })
    for (const spy of reads) expect(spy).not.toHaveBeenCalled()
  })

  it('reads a file under the size limit (only text over the parser’s own limit is refused, by the parser)', async () => {
    const text = vi.spyOn(Blob.prototype, 'text')
    const file = new File([ONE_EVENT], 'dentist.ics')
    const read = await readUntrustedFile(file.name, file, { kind: 'ics', options: ICS_OPTIONS })
    expect(text).toHaveBeenCalledTimes(1)
    expect(read.ok && read.value.ok && read.value.busy).toEqual([
      { startMs: Date.UTC(2027, 0, 10, 9), endMs: Date.UTC(2027, 0, 10, 10), label: 'Dentist' }
    ])
  })

  it('answers each kind with its parser’s own result, from a file or from text already read', async () => {
    const outline = await readUntrustedFile('go.md', new File(['# Go\n\n## Basics\n\n- Syntax (2h)\n'], 'go.md'), {
      kind: roadmapFileKind('go.md')
    })
    expect(outline.ok && outline.value.ok && outline.value.value.title).toBe('Go')
    const json = await readUntrustedFile('x.json', '{"format":"study-planner-roadmap"', {
      kind: roadmapFileKind('x.json')
    })
    expect(json.ok && !json.value.ok).toBe(true)
    const backup = await readUntrustedFile('b.json', 'not json', { kind: 'backup' })
    expect(backup.ok && !backup.value.ok && backup.value.error.where).toBe('file')
  })

  it('keeps each kind’s size limit equal to its parser’s limit', () => {
    expect(MAX_TEXT_LENGTH.ics).toBe(MAX_ICS_CHARS)
    expect(MAX_TEXT_LENGTH.backup).toBe(FILE_LIMITS.maxTextLength)
    expect(maxFileBytes('backup')).toBe(3 * FILE_LIMITS.maxTextLength)
  })
})

describe('untrustedFileBudgetMs', () => {
  it('is five seconds, and the test-only setting can shorten it but never lengthen or remove it', () => {
    expect(untrustedFileBudgetMs()).toBe(UNTRUSTED_FILE_BUDGET_MS)
    localStorage.setItem(BUDGET_OVERRIDE_KEY, '800')
    expect(untrustedFileBudgetMs()).toBe(800)
    for (const lifted of ['60000', 'Infinity', '0', '-1', 'soon']) {
      localStorage.setItem(BUDGET_OVERRIDE_KEY, lifted)
      expect(untrustedFileBudgetMs()).toBe(UNTRUSTED_FILE_BUDGET_MS)
    }
  })
})

describe('roadmapFileKind', () => {
  it('reads .md and .markdown as outlines, anything else as roadmap JSON', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.json', 'd.md.json'].map(roadmapFileKind)).toEqual([
      'markdown-roadmap',
      'markdown-roadmap',
      'json-roadmap',
      'json-roadmap'
    ])
  })
})
