// Backups on disk: atomic snapshots, 14 dailies kept plus every pre-upgrade one, corrupt files skipped and logged.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFileName, parseBackupFileName } from '../../../../src/main/backups/backupNames'
import { createBackupStore, KEEP_DAILY, type BackupStore } from '../../../../src/main/backups/backupStore'
import type { Logger } from '../../../../src/main/reminders/ports'

const DAY = 86_400_000
const t0 = Date.UTC(2027, 0, 1, 21, 0)

let dir: string
let now: number
let logs: { level: string; params: unknown[] }[]
let store: BackupStore

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
      backup: expect.objectContaining({ name: backupFileName(t0, 'daily'), reason: 'daily', createdAt: t0, format: 'study-planner-backup', version: 1 })
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

  it(`keeps the newest ${KEEP_DAILY} daily backups and every pre-upgrade, pre-restore and manual one`, async () => {
    for (let day = 0; day < 20; day += 1) {
      now = t0 + day * DAY
      await store.save(snapshot(`day ${day}`), 'daily')
      if (day % 5 === 0) await store.save(snapshot(`upgrade ${day}`), 'pre-upgrade')
      if (day === 1) await store.save(snapshot('before restore'), 'pre-restore')
      if (day === 2) await store.save(snapshot('by hand'), 'manual')
    }
    const listed = await store.list()
    const dailies = listed.filter((info) => info.reason === 'daily')
    expect(dailies.map((info) => info.createdAt)).toEqual(Array.from({ length: KEEP_DAILY }, (_, i) => t0 + (19 - i) * DAY))
    expect(listed.filter((info) => info.reason === 'pre-upgrade').map((info) => info.createdAt)).toEqual([15, 10, 5, 0].map((d) => t0 + d * DAY))
    expect(listed.filter((info) => info.reason === 'pre-restore' || info.reason === 'manual').map((info) => [info.reason, info.createdAt])).toEqual([
      ['manual', t0 + 2 * DAY],
      ['pre-restore', t0 + DAY]
    ])
    expect(readdirSync(dir)).toHaveLength(KEEP_DAILY + 6)
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

  it('skips and logs corrupt files (unparsable, or failing the envelope check), and reports them as corrupt on read', async () => {
    await store.save(snapshot('good'), 'daily')
    const corrupt: [string, string][] = [
      [backupFileName(t0 - DAY, 'daily'), '{"format":"study-planner-backup","version":1,"exportedAt":1,"da'],
      [backupFileName(t0 - 2 * DAY, 'daily'), JSON.stringify({ format: 'study-planner-backup', version: 1, exportedAt: 1 })],
      [backupFileName(t0 - 3 * DAY, 'pre-upgrade'), JSON.stringify({ format: '', version: 0, exportedAt: 1, data: {} })],
      [backupFileName(t0 - 4 * DAY, 'daily'), JSON.stringify([1, 2, 3])]
    ]
    for (const [name, content] of corrupt) writeFileSync(join(dir, name), content)
    writeFileSync(join(dir, 'notes.txt'), 'not a backup')

    expect((await store.list()).map((info) => info.name)).toEqual([backupFileName(t0, 'daily')])
    const warned = logs.filter((log) => log.level === 'warn').map((log) => log.params[1])
    expect(warned.sort()).toEqual(corrupt.map(([name]) => name).sort())
    for (const [name] of corrupt) expect(await store.read(name)).toEqual({ ok: false, error: 'corrupt' })
  })

  it('refuses names that are not backups, so no path escapes the folder', async () => {
    await store.save(snapshot('good'), 'daily')
    for (const name of ['../reminders/reminders.json', '/etc/passwd', 'backup-2027-01-01T21-00-00-000Z-daily.json/../x', 'backup-2027-02-30T21-00-00-000Z-daily.json', '', 42 as unknown as string]) {
      expect(await store.read(name)).toEqual({ ok: false, error: 'invalid-name' })
    }
    expect(await store.read(backupFileName(t0 + DAY, 'daily'))).toEqual({ ok: false, error: 'not-found' })
  })

  it('refuses to save a snapshot that fails the envelope check, or an unknown reason, and writes nothing', async () => {
    const bad = [null, 'not json', '[]', { format: 'x', version: 1, exportedAt: 1 }, { ...snapshot('x'), version: 1.5 }, { ...snapshot('x'), data: null }]
    for (const payload of bad) expect((await store.save(payload, 'daily')).ok).toBe(false)
    expect((await store.save(snapshot('x'), 'weekly' as 'daily')).ok).toBe(false)
    expect(await store.list()).toEqual([])
  })

  it('leaves no temporary files behind', async () => {
    await Promise.all([1, 2, 3].map((i) => store.save(snapshot(`c${i}`), 'daily')))
    expect(readdirSync(dir).every((name) => parseBackupFileName(name) !== null)).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8')).format).toBe('study-planner-backup')
  })
})
