// Test harness for the reminder service: fake timers, a recording notifier and logger, a real temp directory.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'
import type { Reminder, ReminderSync } from '../../../../src/shared/domain/reminder'
import {
  systemClock,
  systemScheduler,
  type Logger,
  type ReminderNotice,
  type Scheduler
} from '../../../../src/main/reminders/ports'
import { createReminderService, type ReminderService } from '../../../../src/main/reminders/reminderService'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** A notification as the fake notifier saw it, with the wall-clock instant it was shown at. */
export interface Shown extends ReminderNotice {
  readonly shownAt: number
}

/** Every timer delay the service asked for. */
export interface TimerLog {
  readonly delays: number[]
}

export interface Harness {
  readonly dir: string
  readonly shown: Shown[]
  readonly logs: { level: 'info' | 'warn' | 'error'; params: unknown[] }[]
  readonly timers: TimerLog
  /** Wall-clock instants at which the service asked the renderer for a fresh sync. */
  readonly resyncRequests: number[]
  /** Called on each resync request, after it is recorded (a test's stand-in for the renderer answering). */
  onResyncRequest: (() => void) | null
  service: ReminderService
  /** Makes the notifier throw after recording its next notice, as Electron's may without a notification daemon. */
  failNextShow(): void
  /** A new service over the same directory, as after an app restart (the old one is stopped first). */
  restart(): Promise<ReminderService>
  /** Every session id announced so far, in order, counting each notice's sessions. */
  announcedIds(): string[]
  cleanup(): Promise<void>
}

export function recordingLogger(logs: Harness['logs']): Logger {
  return {
    info: (...params) => logs.push({ level: 'info', params }),
    warn: (...params) => logs.push({ level: 'warn', params }),
    error: (...params) => logs.push({ level: 'error', params })
  }
}

function spyingScheduler(timers: TimerLog): Scheduler {
  return {
    ...systemScheduler,
    setTimeout: (callback, delayMs) => {
      timers.delays.push(delayMs)
      return systemScheduler.setTimeout(callback, delayMs)
    },
    setInterval: (callback, delayMs) => {
      timers.delays.push(delayMs)
      return systemScheduler.setInterval(callback, delayMs)
    }
  }
}

/** Installs fake timers at `now` and builds a service over a fresh temp directory (or `dir`). */
export function createHarness(now: number, dir?: string): Harness {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  vi.setSystemTime(now)
  const shown: Shown[] = []
  const logs: Harness['logs'] = []
  const timers: TimerLog = { delays: [] }
  const resyncRequests: number[] = []
  const folder = dir ?? mkdtempSync(join(tmpdir(), 'reminders-'))
  let failNext = false
  const build = (): ReminderService =>
    createReminderService({
      dir: folder,
      clock: systemClock,
      scheduler: spyingScheduler(timers),
      notifier: {
        show: (notice) => {
          shown.push({ ...notice, shownAt: Date.now() })
          if (failNext) {
            failNext = false
            throw new Error('notification daemon gone')
          }
        }
      },
      logger: recordingLogger(logs),
      fallbackZone: 'UTC',
      requestResync: () => {
        resyncRequests.push(Date.now())
        harness.onResyncRequest?.()
      }
    })
  const harness: Harness = {
    dir: folder,
    shown,
    logs,
    timers,
    resyncRequests,
    onResyncRequest: null,
    service: build(),
    failNextShow: () => {
      failNext = true
    },
    async restart() {
      await harness.service.stop()
      harness.service = build()
      return harness.service
    },
    announcedIds: () => shown.filter((n) => n.kind !== 'digest').flatMap((notice) => notice.sessionIds),
    async cleanup() {
      await harness.service.stop()
      vi.useRealTimers()
      rmSync(folder, { recursive: true, force: true })
    }
  }
  return harness
}

/** A reminder for a one-hour session starting at `startsAt`, announced `leadMinutes` before. */
export function reminderAt(
  sessionId: string,
  startsAt: number,
  leadMinutes = 10,
  overrides: Partial<Reminder> = {}
): Reminder {
  return {
    sessionId,
    topicTitle: `Topic ${sessionId}`,
    stageTitle: 'Stage 1: Foundations',
    startsAt,
    endsAt: startsAt + HOUR,
    fireAt: startsAt - leadMinutes * MINUTE,
    kind: 'study',
    ...overrides
  }
}

export function syncOf(
  reminders: Reminder[],
  zone = 'UTC',
  digest: ReminderSync['digest'] = { enabled: false, time: '07:00' },
  announce = true
): ReminderSync {
  return { zone, reminders, announce, digest }
}

/** Advances fake time in steps (so interval callbacks run between them) and lets pending fs writes settle. */
export async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
}

/** Moves the wall clock without running any timer: what the OS does across sleep or a manual clock change. */
export function jumpWallClock(ms: number): void {
  vi.setSystemTime(Date.now() + ms)
}
