// Main's clock in the child: fake Date and timers that follow real time, and can jump ahead (awake or asleep) on request.
import FakeTimers from '@sinonjs/fake-timers'

export interface ChildClock {
  now(): number
  /** Time passes with the computer awake: every timer due up to `to` fires, in order, with promises settled between. */
  advanceTo(to: number): Promise<number>
  /** The wall clock jumps to `to` and no timer fires (monotonic time stood still, as in a suspend). */
  jumpTo(to: number): number
  /** Whether time flows with real time between requests. */
  setRunning(running: boolean): void
}

/** Real-time step of the flowing clock. */
const STEP_MS = 20

/**
 * Installs fake Date, setTimeout and setInterval (not setImmediate, nextTick or queueMicrotask, which Node's IPC and
 * streams need) starting at `startMs`. Time flows with real time unless stopped; jumps are explicit.
 */
export function installChildClock(startMs: number): ChildClock {
  const realSetInterval = globalThis.setInterval
  const clock = FakeTimers.install({
    now: startMs,
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    shouldClearNativeTimers: false
  })
  let running = true
  let busy = false
  let last = performance.now()
  const flow = realSetInterval(() => {
    const real = performance.now()
    const elapsed = Math.floor(real - last)
    if (elapsed <= 0) return
    last += elapsed
    if (running && !busy) clock.tick(elapsed)
  }, STEP_MS)
  flow.unref()

  return {
    now: () => clock.Date.now(),
    async advanceTo(to) {
      busy = true
      try {
        const ms = to - clock.Date.now()
        if (ms > 0) await clock.tickAsync(ms)
      } finally {
        busy = false
        last = performance.now()
      }
      return clock.Date.now()
    },
    jumpTo(to) {
      clock.setSystemTime(to)
      return clock.Date.now()
    },
    setRunning(next) {
      running = next
      last = performance.now()
    }
  }
}
