// Renders the app's StudyCalendar with a week of 300 sessions in Chromium and times it to final layout (both of
// FullCalendar's passes): the first mount of the page, and the median of later ones once the JIT has warmed up.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { en } from '../../../src/shared/i18n/catalogs/en'
import { installCatalog } from '../../../src/renderer/src/i18n/translations'
import type { Session } from '../../../src/shared/domain/session'
import { aiEngineerRoadmap } from '../../../src/shared/roadmaps/aiEngineer'
import { allTopics } from '../../../src/shared/scheduling/topics'
import { StudyCalendar } from '../../../src/renderer/src/features/calendar/StudyCalendar'
// The app's own fonts, colours and box model, so the blocks' text is shaped and laid out as in the app.
import '../../../src/renderer/src/styles/app.css'

// The calendar speaks English, as the app does before another language is chosen.
installCatalog('en', 'en-US', en)

const NOW = Date.UTC(2027, 0, 4, 6) // Monday 4 January 2027, 07:00 in Rome
const DAY = 86_400_000
const SESSIONS_PER_WEEK = 300

/** Rome's wall time in January (UTC+1) as the session's local 'YYYY-MM-DDTHH:mm'. */
const wall = (ms: number) => new Date(ms + 3_600_000).toISOString().slice(0, 16)

/** 300 planned 20-minute sessions spread over the week's days from 07:00, cycling through the roadmap's topics. */
function weekOfSessions(): Session[] {
  const topics = allTopics(aiEngineerRoadmap).map((entry) => ({ topicId: entry.topic.id, stageId: entry.stageId }))
  const perDay = Math.ceil(SESSIONS_PER_WEEK / 7)
  return Array.from({ length: SESSIONS_PER_WEEK }, (_, index) => {
    const day = Math.floor(index / perDay)
    const slot = index % perDay
    const startMs = NOW + day * DAY + slot * 20 * 60_000
    const place = topics[index % topics.length]!
    return {
      id: `s${index}`,
      ...place,
      kind: 'study',
      status: 'planned',
      pinned: index % 17 === 0,
      startMs,
      endMs: startMs + 20 * 60_000,
      localStart: wall(startMs),
      localEnd: wall(startMs + 20 * 60_000),
      minutes: 20
    }
  })
}

const sessions = weekOfSessions()
const availability = {
  windows: ([1, 2, 3, 4, 5, 6, 0] as const).map((weekday) => ({ weekday, start: '07:00', end: '22:00' })),
  busy: []
}

/** Milliseconds of work for one mount: FullCalendar's first pass, and its second once it has measured the grid. */
interface MountTimes {
  readonly mountMs: number
  readonly measuredPassMs: number
}

/**
 * Mounts the calendar and times the work until its layout is final. FullCalendar first places events on estimated
 * slot heights (the mount, timed with a forced layout), then measures the grid through its ResizeObserver in the next
 * frame and re-renders with the measured heights inside that callback (the measured pass: from the frame's
 * animation-frame callbacks to an observer created after FullCalendar's, so called after it, forcing layout again).
 * Left out: waiting for that frame to start, and painting, which the app does on the GPU and this headless Chromium
 * in software.
 */
async function mountOnce(container: HTMLElement): Promise<MountTimes> {
  const root = createRoot(container)
  const start = performance.now()
  flushSync(() =>
    root.render(
      <StudyCalendar
        sessions={sessions}
        stages={aiEngineerRoadmap.stages}
        availability={availability}
        now={NOW}
        timeZone="Europe/Rome"
        firstDay={1}
        locale="en-GB"
        height={900}
        onMoveSession={() => {}}
        onOpenSession={() => {}}
      />
    )
  )
  void container.getBoundingClientRect().height
  const mountMs = performance.now() - start
  const estimatedTop = firstBlockTop(container)
  const measuredPassMs = await new Promise<number>((resolve) => {
    let frameStart = Number.NaN
    requestAnimationFrame(() => {
      frameStart = performance.now()
    })
    const observer = new ResizeObserver(() => {
      observer.disconnect()
      void container.getBoundingClientRect().height
      resolve(performance.now() - frameStart)
    })
    observer.observe(container)
  })
  const measuredTop = firstBlockTop(container)
  const rendered = container.querySelectorAll('.sp-session').length
  root.unmount()
  await settle()
  if (rendered < SESSIONS_PER_WEEK * 0.9) throw new Error(`only ${rendered} of ${SESSIONS_PER_WEEK} sessions rendered`)
  if (Number.isNaN(measuredPassMs)) throw new Error('the measuring frame ran no animation-frame callback')
  // The grid's slots are not the estimated 50 px high: unless the frame timed was the one FullCalendar measured in,
  // the first block would be where the mount left it (on the estimate, or absent while the calendar waits to measure).
  if (measuredTop === estimatedTop) throw new Error('the frame timed was not the one FullCalendar measured its grid in')
  return { mountMs, measuredPassMs }
}

/** The inline top of the first block's wrapper, where FullCalendar places it. */
function firstBlockTop(container: HTMLElement): string {
  return (container.querySelector('.sp-session')?.parentElement as HTMLElement | null)?.style.top ?? ''
}

/** Waits until the frames showing the last change are produced, so painting them does not share the cores with the next mount. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
  await new Promise((resolve) => setTimeout(resolve, 20))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Warm-up mounts before timing: the first few run FullCalendar's code unoptimised (about twice as slow). */
const WARM_UP_MOUNTS = 10
const TIMED_MOUNTS = 15

const round1 = (value: number) => Math.round(value * 10) / 10

window.runWeekBench = async () => {
  const container = document.getElementById('root')!
  const first = await mountOnce(container)
  for (let i = 1; i < WARM_UP_MOUNTS; i++) await mountOnce(container)
  const timed: MountTimes[] = []
  for (let i = 0; i < TIMED_MOUNTS; i++) timed.push(await mountOnce(container))
  return {
    medianMs: round1(median(timed.map((times) => times.mountMs + times.measuredPassMs))),
    mountMs: round1(median(timed.map((times) => times.mountMs))),
    measuredPassMs: round1(median(timed.map((times) => times.measuredPassMs))),
    firstMountMs: round1(first.mountMs + first.measuredPassMs)
  }
}

/** What the week bench reports, in milliseconds: medians of the timed mounts, and the page's first mount. */
export interface WeekBenchResult {
  readonly medianMs: number
  readonly mountMs: number
  readonly measuredPassMs: number
  readonly firstMountMs: number
}

declare global {
  interface Window {
    runWeekBench: () => Promise<WeekBenchResult>
  }
}
