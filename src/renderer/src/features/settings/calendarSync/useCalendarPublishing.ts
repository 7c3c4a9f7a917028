// Keeps the learner's CalDAV calendar in step with the synced plan from the app's shell, whatever screen is open:
// sends main the plan as the calendar should hold it whenever it changes (and hourly, so the range moves forward),
// and applies what main read back from the calendar, then says so.
import { useEffect, useRef, useState } from 'react'
import type { CalendarSyncStatus } from '../../../../../shared/ipc/calendarSync'
import { DAY_MS, HOUR_MS, WEEK_MS } from '../../../../../shared/time'
import { useRepositories } from '../../../db/DatabaseContext'
import { usePlan, useRoadmap, useWeekSessions } from '../../../db/hooks'
import { useT } from '../../../i18n/translations'
import { usePlatform } from '../../../platform/PlatformContext'
import { publishSnapshot } from '../../../../../shared/ics/publishSnapshot'

/** The range moves forward with the day; an hourly round keeps it current while the app stays open. */
const ROUND_MS = HOUR_MS

export function useCalendarPublishing(status: CalendarSyncStatus | undefined): void {
  const platform = usePlatform()
  const repos = useRepositories()
  const t = useT()
  const selection = status?.state === 'connected' ? status.selection : null
  const incoming = status?.state === 'connected' ? status.incoming : null
  const [roundStart, setRoundStart] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setRoundStart(Date.now()), ROUND_MS)
    return () => window.clearInterval(timer)
  }, [])

  const plan = usePlan(selection?.planId)
  const roadmap = useRoadmap(plan?.roadmapId)
  // A day either side covers every local day of the range, whatever the zone.
  const sessions = useWeekSessions(
    selection?.planId,
    roundStart - DAY_MS,
    roundStart + (selection?.weeks ?? 0) * WEEK_MS + DAY_MS
  )

  const lastSent = useRef<string | null>(null)
  useEffect(() => {
    // Main forgets the plan it was sent when the sync is disconnected: once connected again it must be sent again.
    if (!selection) lastSent.current = null
    // Until everything is read there is nothing true to send: an empty plan would delete every published event.
    if (!selection || !plan || roadmap === undefined || !sessions) return
    if (plan.id !== selection.planId) return
    const snapshot = publishSnapshot({
      planId: plan.id,
      sessions,
      roadmap: roadmap?.roadmap,
      zone: plan.settings.timeZone,
      reminderLeadMinutes: plan.reminderLeadMinutes ?? null,
      weeks: selection.weeks,
      keepDone: selection.keepDone,
      // The round's start, not the clock: the range moves forward once an hour, not on every render.
      now: roundStart,
      t
    })
    const text = JSON.stringify(snapshot)
    if (text === lastSent.current) return
    lastSent.current = text
    platform.publishPlan(snapshot).catch((error: unknown) => console.error('Calendar publish refused', error))
  }, [platform, selection, plan, roadmap, sessions, t, roundStart])

  const applying = useRef<string | null>(null)
  useEffect(() => {
    if (!incoming || applying.current === incoming.id) return
    applying.current = incoming.id
    void (async () => {
      const applied = await repos.calendarSync.applyIncoming(incoming, Date.now())
      const refused = applied.ok
        ? applied.value.refused
        : [...incoming.moved.map((move) => move.sessionId), ...incoming.deleted].map((sessionId) => ({
            sessionId,
            reason: applied.error.message
          }))
      await platform.acknowledgeIncoming({ id: incoming.id, refused: refused.map(trimReason) })
    })().catch((error: unknown) => {
      // Not acknowledged: main offers the same changes again with its next status.
      applying.current = null
      console.error('Calendar changes could not be applied', error)
    })
  }, [incoming, platform, repos])
}

function trimReason(refused: { readonly sessionId: string; readonly reason: string }) {
  return { sessionId: refused.sessionId, reason: refused.reason.slice(0, 500) }
}
