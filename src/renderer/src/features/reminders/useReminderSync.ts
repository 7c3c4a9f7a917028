// Hands the platform the upcoming reminders whenever the plan's sessions change (and every few hours as days pass).
import { useEffect, useMemo } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { PlanRecord, SessionRecord } from '../../db/PlannerDB'
import { usePlatform } from '../../platform/PlatformContext'
import { upcomingReminders } from './upcomingReminders'

/** Resync at least this often so the 14-day window moves forward while the app stays open. */
const RESYNC_MS = 6 * 60 * 60 * 1000
const DIGEST = { enabled: true, time: '08:00' } as const

export function useReminderSync(plan: PlanRecord | null | undefined, roadmap: Roadmap | null | undefined, sessions: readonly SessionRecord[] | undefined): void {
  const platform = usePlatform()
  const source = useMemo(
    () => (plan && roadmap && sessions ? { sessions, roadmap, leadMinutes: plan.reminderLeadMinutes, timeZone: plan.settings.timeZone } : null),
    [plan, roadmap, sessions]
  )
  useEffect(() => {
    if (!source) return
    const sync = () => {
      platform.syncReminders(upcomingReminders({ ...source, digest: DIGEST, now: Date.now() })).catch((error: unknown) => console.error('Reminder sync failed', error))
    }
    sync()
    const timer = window.setInterval(sync, RESYNC_MS)
    return () => window.clearInterval(timer)
  }, [platform, source])
}
