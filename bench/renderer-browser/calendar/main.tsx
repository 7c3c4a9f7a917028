// Renders the app's StudyCalendar with a week of 300 sessions in Chromium and times mount to laid-out DOM: the first
// mount of the page, and the median of later ones once the JIT has warmed up.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { Session } from '../../../src/shared/domain/session'
import { aiEngineerRoadmap } from '../../../src/shared/roadmaps/aiEngineer'
import { allTopics } from '../../../src/shared/scheduling/topics'
import { StudyCalendar } from '../../../src/renderer/src/features/calendar/StudyCalendar'

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
const availability = { windows: ([1, 2, 3, 4, 5, 6, 0] as const).map((weekday) => ({ weekday, start: '07:00', end: '22:00' })), busy: [] }

/** Mounts the calendar synchronously and forces layout; returns the elapsed milliseconds. */
function mountOnce(container: HTMLElement): number {
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
  const rendered = container.querySelectorAll('.sp-session').length
  const elapsed = performance.now() - start
  root.unmount()
  if (rendered < SESSIONS_PER_WEEK * 0.9) throw new Error(`only ${rendered} of ${SESSIONS_PER_WEEK} sessions rendered`)
  return elapsed
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Warm-up mounts before timing: the first few run FullCalendar's code unoptimised (about twice as slow). */
const WARM_UP_MOUNTS = 10
const TIMED_MOUNTS = 15

window.runWeekBench = () => {
  const container = document.getElementById('root')!
  const firstMountMs = mountOnce(container)
  for (let i = 1; i < WARM_UP_MOUNTS; i++) mountOnce(container)
  const medianMs = median(Array.from({ length: TIMED_MOUNTS }, () => mountOnce(container)))
  return { firstMountMs: Math.round(firstMountMs * 10) / 10, medianMs: Math.round(medianMs * 10) / 10 }
}

declare global {
  interface Window {
    runWeekBench: () => { firstMountMs: number; medianMs: number }
  }
}
