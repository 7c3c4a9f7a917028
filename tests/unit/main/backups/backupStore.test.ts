// Backups on disk: atomic snapshots, every kind pruned to its stated number, listing from names and sizes alone.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFileName, parseBackupFileName } from '../../../../src/main/backups/backupNames'
import { createBackupStore, KEEP_PER_KIND, type BackupStore } from '../../../../src/main/backups/backupStore'
import { readBackup } from '../../../../src/shared/backup/backupFile'
import { FILE_LIMITS, MAX_BACKUP_TEXT_LENGTH } from '../../../../src/shared/backup/limits'
import { BACKUP_REASONS } from '../../../../src/main/backups/backupNames'
import type { Logger } from '../../../../src/main/reminders/ports'

const DAY = 86_400_000
const KEEP_DAILY = KEEP_PER_KIND.daily
const t0 = Date.UTC(2027, 0, 1, 21, 0)

let dir: string
let now: number
let logs: { level: string; params: unknown[] }[]
let store: BackupStore

/** A valid backup envelope whose text is exactly `length` characters long. */
function sized(length: number): string {
  const head = '{"format":"study-planner-backup","version":1,"exportedAt":1,"data":{"pad":"'
  return `${head}${'x'.repeat(length - head.length - 3)}"}}`
}

function snapshot(label: string) {
  return { format: 'study-planner-backup', version: 1, exportedAt: now, data: { label, topics: [{ id: 't1' }] } }
}

beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'backups-')), 'backups') // created on first save
  now = t0
  logs = []
  const logger: Logger = {
    info: (...params) => logs.push({ level: 'info', params }),
    warn: (...params) => logs.push({ level: 'warn', params }),
    error: (...params) => logs.push({ level: 'error', params })
  }
  store = createBackupStore({ dir, clock: { now: () => now }, logger })
})

afterEach(() => {
  rmSync(join(dir, '..'), { recursive: true, force: true })
})

describe('backup store', () => {
  it('saves a snapshot under a dated name with its reason, and reads it back intact', async () => {
    const saved = await store.save(snapshot('first'), 'daily')
    expect(saved).toEqual({
      ok: true,
      backup: {
        name: backupFileName(t0, 'daily'),
        reason: 'daily',
        createdAt: t0,
        sizeBytes: JSON.stringify(snapshot('first')).length
      }
    })
    expect(saved.ok && saved.backup.name).toBe('backup-2027-01-01T21-00-00-000Z-daily.json')
    const read = await store.read(backupFileName(t0, 'daily'))
    expect(read).toEqual({ ok: true, backup: snapshot('first'), text: JSON.stringify(snapshot('first')) })
  })

  it('accepts the snapshot as JSON text too, and keeps two saved in the same millisecond apart', async () => {
    const text = JSON.stringify(snapshot('a'), null, 2)
    const a = await store.save(text, 'pre-upgrade')
    const b = await store.save(snapshot('b'), 'pre-upgrade')
    expect(a.ok && b.ok && a.backup.name !== b.backup.name).toBe(true)
    expect(a.ok && (await store.read(a.backup.name))).toMatchObject({ ok: true, text })
    expect((await store.list()).map((info) => info.reason)).toEqual(['pre-upgrade', 'pre-upgrade'])
  })

  it('prunes every kind to its stated number after each save, keeping the newest of each', async () => {
    expect(KEEP_PER_KIND).toEqual({ daily: 14, manual: 10, 'pre-delete': 10, 'pre-restore': 5, 'pre-upgrade': 5 })
    for (let day = 0; day < 20; day += 1) {
      now = t0 + day * DAY
      for (const reason of BACKUP_REASONS)
        expect((await store.save(snapshot(`${reason} ${day}`), reason)).ok).toBe(true)
    }
    const listed = await store.list()
    for (const reason of BACKUP_REASONS) {
      const kept = KEEP_PER_KIND[reason]
      expect([reason, listed.filter((info) => info.reason === reason).map((info) => info.createdAt)]).toEqual([
        reason,
        Array.from({ length: kept }, (_, i) => t0 + (19 - i) * DAY)
      ])
    }
    expect(readdirSync(dir)).toHaveLength(14 + 10 + 10 + 5 + 5)
  })

  it('never deletes the newest backup of a kind, nor the one just written, even when told to keep none', async () => {
    store = createBackupStore({
      dir,
      clock: { now: () => now },
      logger: { info() {}, warn() {}, error() {} },
      keep: { manual: 0, 'pre-restore': -3, daily: Number.NaN }
    })
    for (const reason of ['manual', 'pre-restore', 'daily'] as const) {
      for (let i = 0; i < 3; i += 1) {
        now = t0 + i * DAY
        const saved = await store.save(snapshot(`${reason} ${i}`), reason)
        expect(saved.ok && (await store.list()).some((info) => info.name === saved.backup.name)).toBe(true)
      }
    }
    expect((await store.list()).map((info) => [info.reason, info.createdAt])).toEqual([
      ['pre-restore', t0 + 2 * DAY],
      ['manual', t0 + 2 * DAY],
      ['daily', t0 + 2 * DAY]
    ])
  })

  it('after the clock ran a year ahead and was corrected, keeps each new daily and prunes the future-dated ones first', async () => {
    for (let day = 0; day < KEEP_DAILY; day += 1) {
      now = t0 + (365 + day) * DAY
      expect((await store.save(snapshot(`ahead ${day}`), 'daily')).ok).toBe(true)
    }
    const corrected = [0, 1, 2].map((day) => t0 + day * DAY)
    const newestCorrectedFirst = [2, 1, 0].map((day) => t0 + day * DAY)
    for (const at of corrected) {
      now = at
      const saved = await store.save(snapshot('corrected'), 'daily')
      expect(saved.ok && saved.backup.createdAt).toBe(at)
    }
    const dailies = (await store.list()).map((info) => info.createdAt)
    expect(dailies).toHaveLength(KEEP_DAILY)
    expect(dailies.filter((at) => at < t0 + 365 * DAY)).toEqual(newestCorrectedFirst)
  })

  it('lists backups from their names and sizes without opening them, older names included; read still checks content', async () => {
    await store.save(snapshot('good'), 'daily')
    // Content listing cannot see: were it parsed, these would be left out (the old listing skipped them).
    const unread: [string, string][] = [
      [backupFileName(t0 - DAY, 'daily'), '{"format":"study-planner-backup","version":1,"exportedAt":1,"da'],
      [backupFileName(t0 - 2 * DAY, 'pre-upgrade', 2), JSON.stringify([1, 2, 3])]
    ]
    for (const [name, content] of unread) writeFileSync(join(dir, name), content)
    writeFileSync(join(dir, 'notes.txt'), 'not a backup')
    writeFileSync(join(dir, `.${backupFileName(t0, 'manual')}.abc123.tmp`), 'a write that never finished')
    mkdirSync(join(dir, backupFileName(t0 - 3 * DAY, 'manual')))

    const listed = await store.list()
    expect(listed.map((info) => [info.name, info.sizeBytes])).toEqual([
      [backupFileName(t0, 'daily'), statSync(join(dir, backupFileName(t0, 'daily'))).size],
      ...unread.map(([name, content]) => [name, Buffer.byteLength(content)])
    ])
    expect(listed[2]).toMatchObject({ reason: 'pre-upgrade', createdAt: t0 - 2 * DAY })
    for (const [name] of unread) expect(await store.read(name)).toEqual({ ok: false, error: 'corrupt' })
  })

  it("saves nothing restore would refuse: the size limit is restore's own, counted the same way", async () => {
    expect(MAX_BACKUP_TEXT_LENGTH).toBe(FILE_LIMITS.maxTextLength)
    // The size main once saved and restore then refused.
    const refusedByRestore = sized(63_000_172)
    expect(readBackup(refusedByRestore)).toMatchObject({ ok: false })
    expect(await store.save(refusedByRestore, 'daily')).toEqual({ ok: false, error: 'backup too large' })
    expect(await store.save(sized(MAX_BACKUP_TEXT_LENGTH + 1), 'manual')).toEqual({
      ok: false,
      error: 'backup too large'
    })
    expect(await store.list()).toEqual([])
    const atLimit = await store.save(sized(MAX_BACKUP_TEXT_LENGTH), 'manual')
    expect(atLimit.ok && atLimit.backup.sizeBytes).toBe(MAX_BACKUP_TEXT_LENGTH)
  })

  it('refuses names that are not backups, so no path escapes the folder', async () => {
    await store.save(snapshot('good'), 'daily')
    for (const name of [
      '../reminders/reminders.json',
      '/etc/passwd',
      'backup-2027-01-01T21-00-00-000Z-daily.json/../x',
      'backup-2027-02-30T21-00-00-000Z-daily.json',
      '',
      42 as unknown as string
    ]) {
      expect(await store.read(name)).toEqual({ ok: false, error: 'invalid-name' })
    }
    expect(await store.read(backupFileName(t0 + DAY, 'daily'))).toEqual({ ok: false, error: 'not-found' })
  })

  it('refuses to save a snapshot that fails the envelope check, or an unknown reason, and writes nothing', async () => {
    const bad = [
      null,
      'not json',
      '[]',
      { format: 'x', version: 1, exportedAt: 1 },
      { ...snapshot('x'), version: 1.5 },
      { ...snapshot('x'), data: null }
    ]
    // As objects, and as the JSON text the app sends (checked in a worker thread): the same refusals.
    for (const payload of [
      ...bad,
      ...bad.filter((value) => typeof value !== 'string').map((value) => JSON.stringify(value))
    ]) {
      expect((await store.save(payload, 'daily')).ok).toBe(false)
    }
    expect(await store.save(JSON.stringify({ ...snapshot('x'), format: 'f'.repeat(101) }), 'daily')).toEqual({
      ok: false,
      error: expect.stringMatching(/^bad envelope: format /)
    })
    expect((await store.save(snapshot('x'), 'weekly' as 'daily')).ok).toBe(false)
    expect(await store.list()).toEqual([])
  })

  it('leaves no temporary files behind', async () => {
    await Promise.all([1, 2, 3].map((i) => store.save(snapshot(`c${i}`), 'daily')))
    expect(readdirSync(dir).every((name) => parseBackupFileName(name) !== null)).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8')).format).toBe('study-planner-backup')
  })
})
