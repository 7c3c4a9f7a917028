// The IPC gate: handlers run only for the app's own frames with payloads that match the contract.
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import {
  registerInvokeHandlers,
  type IpcRegistry,
  type IpcSenderEvent,
  type InvokeHandlers
} from '../../../../src/main/ipc/registerInvokeHandlers'
import { invokeContract } from '../../../../src/shared/ipc/contract'
import { cases } from '../../../support/fuzz'

type Listener = (event: IpcSenderEvent, ...args: unknown[]) => unknown

/** Handlers that record each call; the gate is under test, not what the handlers do. */
function recordingHandlers(calls: Array<{ name: string; payload: unknown }>): InvokeHandlers {
  const record =
    <T>(name: string, answer: T) =>
    (payload: unknown) => {
      calls.push({ name, payload })
      return answer
    }
  return {
    getAppInfo: record('getAppInfo', { version: '1.0.0', platform: 'linux', notifications: 'available' }),
    openExternal: record('openExternal', true),
    syncReminders: record('syncReminders', { ok: true as const, persisted: true }),
    pauseReminders: record('pauseReminders', null),
    getDesktopPreferences: record('getDesktopPreferences', {
      closeToTray: true,
      launchAtLogin: false,
      trayAvailable: true,
      remindersPausedUntil: null,
      remindersSyncedAt: null,
      remindersMayBeStale: false
    }),
    setDesktopPreferences: record('setDesktopPreferences', {
      closeToTray: true,
      launchAtLogin: false,
      trayAvailable: true,
      remindersPausedUntil: null,
      remindersSyncedAt: null,
      remindersMayBeStale: false
    }),
    saveBackup: record('saveBackup', { ok: false as const, error: 'not in this test' }),
    listBackups: record('listBackups', []),
    readBackup: record('readBackup', { ok: false as const, error: 'not-found' }),
    setStudyTimer: record('setStudyTimer', undefined),
    getCalendarSync: record('getCalendarSync', { state: 'disconnected' as const }),
    connectCalendar: record('connectCalendar', { ok: false as const, error: { kind: 'not-caldav' as const } }),
    selectCalendars: record('selectCalendars', { state: 'disconnected' as const }),
    disconnectCalendar: record('disconnectCalendar', { state: 'disconnected' as const }),
    publishPlan: record('publishPlan', undefined),
    syncCalendarNow: record('syncCalendarNow', { state: 'disconnected' as const }),
    acknowledgeIncoming: record('acknowledgeIncoming', undefined)
  }
}

function setUp() {
  const listeners = new Map<string, Listener>()
  const registry: IpcRegistry = { handle: (channel, listener) => void listeners.set(channel, listener) }
  const calls: Array<{ name: string; payload: unknown }> = []
  const handlers = recordingHandlers(calls)
  const warnings: string[] = []
  registerInvokeHandlers(registry, handlers, {
    isTrustedSender: (url) => url.startsWith('app://planner/'),
    logWarning: (message) => warnings.push(message)
  })
  const call = (channel: string, senderUrl: string | null, ...args: unknown[]) =>
    Promise.resolve().then(() =>
      listeners.get(channel)!({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args)
    )
  return { listeners, calls, warnings, call }
}

const trusted = 'app://planner/index.html'

/** A valid payload, or junk, extra keys, a smuggled __proto__, or every field turned into a string. */
const mutate = (valid: unknown) =>
  fc.oneof(
    fc.constant(valid),
    fc.anything(),
    fc.jsonValue().map((extra) => (typeof valid === 'object' && valid ? { ...valid, extra } : extra)),
    fc.jsonValue().map((value) => JSON.parse(`{"__proto__":${JSON.stringify(value) ?? 'null'}}`) as unknown),
    fc
      .string({ minLength: 0, maxLength: 50 })
      .map((text) =>
        typeof valid === 'object' && valid ? Object.fromEntries(Object.keys(valid).map((key) => [key, text])) : text
      )
  )

describe('registerInvokeHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { listeners } = setUp()
    expect([...listeners.keys()].sort()).toEqual(
      Object.values(invokeContract)
        .map((c) => c.channel)
        .sort()
    )
  })

  it('runs the handler with the parsed payload for a trusted sender', async () => {
    const { call, calls } = setUp()
    await expect(call('shell:open-external', trusted, { url: 'https://example.org/' })).resolves.toBe(true)
    expect(calls).toEqual([{ name: 'openExternal', payload: { url: 'https://example.org/' } }])
  })

  it('refuses an untrusted or missing sender frame without running the handler', async () => {
    const { call, calls, warnings } = setUp()
    await expect(call('shell:open-external', 'https://evil.example/', { url: 'https://example.org/' })).rejects.toThrow(
      /sender not allowed/
    )
    await expect(call('app:get-info', null)).rejects.toThrow(/sender not allowed/)
    expect(calls).toEqual([])
    expect(warnings).toHaveLength(2)
  })

  it('refuses a payload with an extra key, naming the problem', async () => {
    const { call, calls } = setUp()
    await expect(call('shell:open-external', trusted, { url: 'https://example.org/', extra: 1 })).rejects.toThrow(
      /invalid payload.*extra/i
    )
    expect(calls).toEqual([])
  })

  it('refuses `__proto__` and `constructor` keys smuggled into a payload', async () => {
    const { call, calls } = setUp()
    for (const forged of [
      '{"url":"https://a.example/","__proto__":{"polluted":true}}',
      '{"url":"https://a.example/","constructor":{}}'
    ]) {
      await expect(call('shell:open-external', trusted, JSON.parse(forged))).rejects.toThrow(/invalid payload/)
    }
    expect(calls).toEqual([])
  })

  it('refuses extra arguments on a channel that takes none', async () => {
    const { call, calls } = setUp()
    await expect(call('app:get-info', trusted, 'surprise')).rejects.toThrow(/invalid payload/)
    await expect(call('app:get-info', trusted, undefined, undefined)).rejects.toThrow(/too many arguments/)
    expect(calls).toEqual([])
  })

  it('never runs a handler for 10,000 generated hostile payloads and forged senders across every channel', async () => {
    const { call, calls } = setUp()
    const channels = Object.values(invokeContract)
    // A valid payload per channel, so mutations of it probe the edges of each schema, not only random junk.
    const validExamples: Record<string, unknown> = {
      'app:get-info': undefined,
      'shell:open-external': { url: 'https://example.org/' },
      'reminders:sync': { zone: 'Europe/Rome', reminders: [], digest: { enabled: true, time: '07:30' } },
      'reminders:pause': { choice: 'hour' },
      'preferences:get': undefined,
      'preferences:set': { closeToTray: false },
      'backups:save': { reason: 'daily', text: '{}' },
      'backups:list': undefined,
      'backups:read': { name: 'backup-2027-01-01T21-00-00-000Z-daily.json' },
      'study-timer:set': { timer: { topicTitle: 'Recursion', startedAtMs: 1_800_000_000_000, pausedAtMs: null } },
      'calendar-sync:get': undefined,
      'calendar-sync:connect': {
        serverUrl: 'https://dav.example/',
        username: 'learner',
        password: 'app password',
        allowPlainText: false
      },
      'calendar-sync:select': {
        calendarUrl: null,
        busyCalendarUrls: ['https://dav.example/cal/work/'],
        planId: 'plan-1',
        weeks: 8,
        keepDone: true
      },
      'calendar-sync:disconnect': undefined,
      'calendar-sync:publish': {
        planId: 'plan-1',
        zone: 'Europe/Rome',
        reminderLeadMinutes: 10,
        sessions: [{ id: 's1', title: 'Recursion', startMs: 1_800_000_000_000, endMs: 1_800_003_600_000 }]
      },
      'calendar-sync:sync-now': undefined,
      'calendar-sync:acknowledge': { id: 'in-1', refused: [] }
    }
    const senders = fc.oneof(
      fc.constant(trusted),
      fc.webUrl(),
      fc.constantFrom('file:///etc/passwd', 'app://planner.evil/', 'http://127.0.0.1:5173/', '')
    )
    const attempts = fc
      .constantFrom(...channels)
      .chain((channel) => fc.tuple(fc.constant(channel), mutate(validExamples[channel.channel]), senders))
    let accepted = 0
    await fc.assert(
      fc.asyncProperty(attempts, async ([channel, payload, senderUrl]) => {
        const before = calls.length
        const ran = await call(channel.channel, senderUrl, payload).then(
          () => true,
          () => false
        )
        const valid = senderUrl === trusted && channel.payload.safeParse(payload).success
        expect(ran).toBe(valid)
        expect(calls.length - before).toBe(valid ? 1 : 0)
        if (ran) accepted++
      }),
      { numRuns: cases(10_000) }
    )
    // The generator must reach the handlers sometimes, or "never ran for bad input" proves nothing.
    expect(accepted).toBeGreaterThan(100)
    expect(Object.keys(validExamples).sort()).toEqual(channels.map((c) => c.channel).sort())
  })

  it('accepts a study timer or null, and refuses one out of bounds', async () => {
    const { call, calls } = setUp()
    const timer = { topicTitle: 'Recursion', startedAtMs: 1_800_000_000_000, pausedAtMs: null }
    await call('study-timer:set', trusted, { timer })
    await call('study-timer:set', trusted, { timer: { ...timer, pausedAtMs: 1_800_000_060_000 } })
    await call('study-timer:set', trusted, { timer: null })
    expect(calls.map((c) => c.payload)).toEqual([
      { timer },
      { timer: { ...timer, pausedAtMs: 1_800_000_060_000 } },
      { timer: null }
    ])
    const refused = [
      { timer: { ...timer, topicTitle: '' } },
      { timer: { ...timer, topicTitle: 'x'.repeat(501) } },
      { timer: { ...timer, startedAtMs: -1 } },
      { timer: { ...timer, startedAtMs: 1.5 } },
      { timer: { ...timer, startedAtMs: Number.POSITIVE_INFINITY } },
      { timer: { ...timer, startedAtMs: 9e15 } },
      { timer: { ...timer, pausedAtMs: 1_700_000_000_000 } },
      { timer: { ...timer, pausedAtMs: undefined } },
      { timer: { ...timer, sessionId: 's1' } },
      { timer: undefined },
      timer
    ]
    for (const payload of refused)
      await expect(call('study-timer:set', trusted, payload)).rejects.toThrow(/invalid payload/)
    expect(calls).toHaveLength(3)
  })

  it('keeps working after a handler throws', async () => {
    const listeners = new Map<string, Listener>()
    const logWarning = vi.fn<(message: string) => void>()
    const handlers: InvokeHandlers = {
      ...recordingHandlers([]),
      getAppInfo: () => {
        throw new Error('boom')
      }
    }
    registerInvokeHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, handlers, {
      isTrustedSender: () => true,
      logWarning
    })
    await expect(
      Promise.resolve().then(() => listeners.get('app:get-info')!({ senderFrame: { url: trusted } }))
    ).rejects.toThrow('boom')
    await expect(
      Promise.resolve(
        listeners.get('shell:open-external')!({ senderFrame: { url: trusted } }, { url: 'https://a.example/' })
      )
    ).resolves.toBe(true)
  })
})
