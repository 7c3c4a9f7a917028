// A reminder sync is checked once, at the IPC gate: an invalid one never reaches the real reminder service.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackupStore } from '../../../../src/main/backups/backupStore'
import { createPlannerHandlers } from '../../../../src/main/ipc/plannerHandlers'
import { registerInvokeHandlers, type IpcSenderEvent } from '../../../../src/main/ipc/registerInvokeHandlers'
import { createDesktopPreferencesStore } from '../../../../src/main/preferences/desktopPreferences'
import type { ReminderService } from '../../../../src/main/reminders/reminderService'
import { REMINDERS_FILE } from '../../../../src/main/reminders/reminderStore'
import { invokeChannels } from '../../../../src/shared/ipc/channels'
import { cases } from '../../../support/fuzz'
import { createHarness, HOUR, reminderAt, syncOf, type Harness } from '../reminders/harness'
import { offlineCalendarSync } from '../../../support/calendarSync'

const t0 = Date.UTC(2027, 4, 3, 8, 0)
const silent = { info: () => {}, warn: () => {}, error: () => {} }
let harness: Harness
const dirs: string[] = []

afterEach(async () => {
  await harness.cleanup()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The app's gate and handlers over the harness's real service; `reached` records every sync the service was handed. */
async function gateOverService() {
  harness = createHarness(t0)
  await harness.service.start()
  const service = harness.service
  const reached: unknown[] = []
  const reminders: ReminderService = {
    ...service,
    sync: (payload) => {
      reached.push(payload)
      return service.sync(payload)
    }
  }
  const other = mkdtempSync(join(tmpdir(), 'sync-gate-'))
  dirs.push(other)
  const handlers = createPlannerHandlers({
    appInfo: () => ({ version: '1.0.0', platform: 'linux', notifications: 'available' }),
    openExternal: async () => false,
    reminders,
    preferences: createDesktopPreferencesStore(other, silent),
    applyLaunchAtLogin: async () => {},
    trayAvailable: () => true,
    backups: createBackupStore({ dir: join(other, 'backups'), clock: { now: () => Date.now() }, logger: silent }),
    calendarSync: offlineCalendarSync(other)
  })
  let listener: ((event: IpcSenderEvent, ...args: unknown[]) => unknown) | undefined
  const warnings: string[] = []
  registerInvokeHandlers(
    { handle: (channel, handler) => void (channel === invokeChannels.syncReminders && (listener = handler)) },
    handlers,
    { isTrustedSender: () => true, logWarning: (message) => warnings.push(message) }
  )
  const sync = (payload: unknown) =>
    Promise.resolve().then(() => listener!({ senderFrame: { url: 'app://planner/index.html' } }, payload))
  return { service, reached, warnings, sync }
}

describe('reminder sync at the IPC gate', () => {
  it('a valid sync reaches the service, which answers with the contract result', async () => {
    const { service, reached, sync } = await gateOverService()
    await expect(sync(syncOf([reminderAt('a', t0 + HOUR)]))).resolves.toEqual({ ok: true, persisted: true })
    expect(reached).toHaveLength(1)
    expect(service.next()?.reminder.sessionId).toBe('a')
  })

  it('an invalid sync is refused, naming where, and the service never sees it', async () => {
    const { reached, warnings, sync } = await gateOverService()
    await expect(sync({ zone: 'Mars/Base', reminders: [], digest: { enabled: false, time: '07:00' } })).rejects.toThrow(
      'reminders:sync: invalid payload (zone: unknown IANA time zone)'
    )
    await expect(sync(syncOf([reminderAt('a', t0 + HOUR, 10, { topicTitle: '' })]))).rejects.toThrow(
      /invalid payload \(reminders\[0\]\.topicTitle: /
    )
    await expect(sync({ ...syncOf([]), locale: 'en GB; rm -rf' })).rejects.toThrow(
      'reminders:sync: invalid payload (locale: not a BCP 47 language tag)'
    )
    expect(reached).toEqual([])
    expect(warnings).toHaveLength(3)
  })

  it('a sync with the renderer’s display locale writes notification times in it', async () => {
    const { service, sync, reached } = await gateOverService()
    await sync({ ...syncOf([reminderAt('a', t0 + HOUR)]), locale: 'en-GB-u-hc-h12' })
    expect(reached).toHaveLength(1)
    expect(service.display().locale).toBe('en-GB-u-hc-h12')
    expect(service.tooltip().replace(/\s/g, ' ')).toMatch(/Next: .*\d:\d\d (am|pm)/)
  })

  it('1,000 random payloads are refused without reaching the service, and change nothing in memory or on disk', async () => {
    const { service, reached, sync } = await gateOverService()
    await sync(syncOf([reminderAt('a', t0 + HOUR, 10)]))
    await service.flush()
    const file = join(harness.dir, REMINDERS_FILE)
    const before = readFileSync(file, 'utf8')
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true }),
        async (payload) => {
          await expect(sync(payload)).rejects.toThrow(/invalid payload/)
        }
      ),
      { numRuns: cases(1000), seed: 3 }
    )
    await service.flush()
    expect(reached).toHaveLength(1)
    expect(readFileSync(file, 'utf8')).toBe(before)
    expect(service.next()?.reminder.sessionId).toBe('a')
  })
})
