// The reminder state survives restarts, and a corrupt state file is logged, ignored and kept until a valid sync.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  applySync,
  emptyState,
  ledgerKey,
  MAX_LEDGER_ENTRIES,
  takeDue
} from '../../../../src/main/reminders/reminderState'
import { parseState, REMINDERS_FILE, serializeState } from '../../../../src/main/reminders/reminderStore'
import { advance, createHarness, HOUR, jumpWallClock, MINUTE, reminderAt, syncOf, type Harness } from './harness'

const t0 = Date.UTC(2027, 5, 7, 7, 0)
const plan = [1, 2, 3, 4].map((i) => reminderAt(`r${i}`, t0 + i * HOUR, 10))
let harness: Harness

afterEach(async () => {
  await harness.cleanup()
})

describe('reminder service: restart', () => {
  it('a new instance over the same folder announces pending reminders without any sync, and not those already announced', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf(plan))
    await advance(2 * HOUR)
    expect(harness.announcedIds()).toEqual(['r1', 'r2'])

    const restarted = await harness.restart()
    expect(await restarted.start()).toBe('loaded')
    await advance(3 * HOUR)
    expect(harness.announcedIds()).toEqual(['r1', 'r2', 'r3', 'r4'])
    expect(harness.shown[2]!.shownAt).toBe(plan[2]!.fireAt)
  })

  it('a restart after the app was closed while reminders came due announces them at once, grouped', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf(plan))
    await advance(HOUR)
    await harness.service.stop()
    jumpWallClock(3 * HOUR) // app closed for three hours
    const restarted = await harness.restart()
    await restarted.start()
    expect(harness.shown.at(-1)).toMatchObject({ kind: 'missed', sessionIds: ['r2', 'r3', 'r4'], shownAt: Date.now() })
    expect(harness.announcedIds()).toEqual(['r1', 'r2', 'r3', 'r4'])
  })

  it('keeps a snooze and a pause across a restart', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf(plan))
    await advance(HOUR)
    expect(harness.service.snooze('r1', 15)).toBe(true)
    harness.service.pause(Date.now() + 30 * MINUTE)
    await harness.service.flush()

    const restarted = await harness.restart()
    await restarted.start()
    expect(restarted.pausedUntil()).toBe(t0 + 90 * MINUTE)
    await advance(15 * MINUTE)
    expect(harness.announcedIds()).toEqual(['r1']) // the snooze ended during the pause: it waits for the pause end
    await advance(15 * MINUTE)
    expect(harness.shown.at(-1)).toMatchObject({ kind: 'snoozed', sessionId: 'r1', shownAt: t0 + 90 * MINUTE })
  })

  it('a wildly wrong clock (reset to 1970) does not make its own state file unreadable', async () => {
    harness = createHarness(Date.UTC(1970, 0, 2))
    await harness.service.start()
    await harness.service.sync(syncOf(plan))
    harness.service.pauseFor('hour')
    await harness.service.flush()
    const restarted = await harness.restart()
    expect(await restarted.start()).toBe('loaded')
    expect(restarted.pausedUntil()).toBe(Date.UTC(1970, 0, 2, 1))
  })
})

describe('reminder state file', () => {
  it('stays loadable when reminders announced between syncs take the ledger past its limit; the newest entries are kept', () => {
    const state = emptyState()
    for (let i = 0; i < MAX_LEDGER_ENTRIES; i++) state.fired.set(`${t0 - HOUR - i}|old${i}`, t0 - HOUR - i)
    const due = reminderAt('new', t0 + 5 * MINUTE, 10)
    applySync(state, syncOf([due]), t0)
    expect(takeDue(state, t0).reminders).toEqual([due])
    expect(state.fired.size).toBe(MAX_LEDGER_ENTRIES + 1)

    const reloaded = parseState(serializeState(state))
    expect(reloaded.ok && reloaded.state.fired.size).toBe(MAX_LEDGER_ENTRIES)
    expect(reloaded.ok && reloaded.state.fired.has(ledgerKey(due))).toBe(true)
  })
})

describe('reminder service: corrupt state file', () => {
  const corruptions: [string, string][] = [
    ['binary garbage', '\u0000\u00ff\u0013garbage'],
    ['a torn write (truncated JSON)', '{"format":"study-planner-reminders","version":1,"sync":{"zone":"UTC","remi'],
    ['valid JSON of the wrong shape', '{"format":"study-planner-reminders","version":1,"sync":[]}'],
    [
      'a reminder that breaks the schema',
      JSON.stringify({
        format: 'study-planner-reminders',
        version: 1,
        sync: { zone: 'Nowhere/X', reminders: [], digest: { enabled: false, time: '07:00' } },
        fired: [],
        snoozes: [],
        pause: null,
        digestSentOn: null
      })
    ]
  ]

  for (const [label, content] of corruptions) {
    it(`${label}: logged, ignored, and not overwritten until a valid sync arrives`, async () => {
      harness = createHarness(t0)
      const path = join(harness.dir, REMINDERS_FILE)
      writeFileSync(path, content)

      expect(await harness.service.start()).toBe('corrupt')
      expect(harness.logs.some((log) => log.level === 'error' && String(log.params[0]).includes('corrupt'))).toBe(true)
      // Anything that changes state short of a valid sync must leave the file alone.
      harness.service.pause(Date.now() + HOUR)
      harness.service.resume()
      // (An invalid sync never reaches the service: the IPC gate refuses it, see ../ipc/reminderSyncGate.test.ts.)
      await advance(2 * HOUR)
      await harness.service.flush()
      expect(readFileSync(path, 'utf8')).toBe(content)
      expect(harness.shown).toHaveLength(0)

      const result = await harness.service.sync(syncOf([reminderAt('new', Date.now() + HOUR)]))
      expect(result).toEqual({ ok: true, persisted: true })
      const written = parseState(readFileSync(path, 'utf8'))
      expect(written.ok && written.state.sync?.reminders.map((r) => r.sessionId)).toEqual(['new'])
      const aside = readdirSync(harness.dir).filter((name) => name.startsWith('reminders.corrupt-'))
      expect(aside).toHaveLength(1)
      expect(readFileSync(join(harness.dir, aside[0]!), 'utf8')).toBe(content)
    })
  }

  it('a missing file is a fresh start, not an error', async () => {
    harness = createHarness(t0)
    expect(await harness.service.start()).toBe('missing')
    expect(harness.logs.filter((log) => log.level === 'error')).toHaveLength(0)
    await harness.service.sync(syncOf(plan))
    expect(existsSync(join(harness.dir, REMINDERS_FILE))).toBe(true)
    expect(readdirSync(harness.dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(0)
  })
})
