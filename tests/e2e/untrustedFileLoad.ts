// What the untrusted-file journeys and the bench share: a calendar big enough to outlast the read budget, and a watch
// on the page's animation frames while it is read.
import type { Page } from '@playwright/test'

function two(value: number): string {
  return String(value).padStart(2, '0')
}

/** One legal weekly event, at one of ten hours. */
function weeklyEvent(index: number): string {
  return [
    'BEGIN:VEVENT',
    `UID:event-${index}@test`,
    'DTSTAMP:20270101T000000Z',
    `DTSTART:20270111T${two(8 + (index % 10))}0000Z`,
    `DTEND:20270111T${two(9 + (index % 10))}0000Z`,
    'RRULE:FREQ=WEEKLY;COUNT=3',
    `SUMMARY:Meeting ${index}`,
    'END:VEVENT'
  ].join('\r\n')
}

/** An .ics of `count` legal weekly events: ical.js takes about five seconds over 30,000 of them, which is what the budget is for. */
export function bigCalendar(count: number): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...Array.from({ length: count }, (_, index) => weeklyEvent(index)),
    'END:VCALENDAR',
    ''
  ].join('\r\n')
}

/** What the page drew while watched: frames, the gaps between them in ms, and how long the watch lasted. */
export interface FrameWatch {
  readonly frames: number
  readonly longestGapMs: number
  readonly gapsMs: readonly number[]
  readonly spanMs: number
}

/**
 * Starts counting animation frames in the page; the returned function stops and reports them. Plain text, not
 * functions: tsx (which runs the bench) wraps named functions in a helper that does not exist in the page.
 */
export async function watchFrames(page: Page): Promise<() => Promise<FrameWatch>> {
  await page.evaluate(`(() => {
    const watch = { frames: 0, gapsMs: [], first: performance.now(), last: performance.now(), on: true }
    const tick = (now) => {
      watch.gapsMs.push(now - watch.last)
      watch.last = now
      watch.frames += 1
      if (watch.on) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    globalThis.frameWatch = watch
  })()`)
  return () =>
    page.evaluate(`(() => {
      const watch = globalThis.frameWatch
      watch.on = false
      const gapsMs = [...watch.gapsMs, performance.now() - watch.last]
      return { frames: watch.frames, longestGapMs: Math.max(...gapsMs), gapsMs, spanMs: performance.now() - watch.first }
    })()`) as Promise<FrameWatch>
}
