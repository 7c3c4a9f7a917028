// Hands the platform the upcoming reminders and the digest setting whenever either changes (and every few hours).
import { useEffect, useMemo } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { PlanRecord, SessionRecord } from '../../db/PlannerDB'
import { usePlatform } from '../../platform/PlatformContext'
import { DEFAULT_DIGEST, DIGEST_KEY, isDigest } from '../settings/plan/preferences'
import { useStoredPreference } from '../settings/plan/useStoredPreference'
import { upcomingReminders } from './upcomingReminders'

/** Resync at least this often so the 14-day window moves forward while the app stays open. */
const RESYNC_MS = 6 * 60 * 60 * 1000

export function useReminderSync(plan: PlanRecord | null | undefined, roadmap: Roadmap | null | undefined, sessions: readonly SessionRecord[] | undefined): void {
  const platform = usePlatform()
  const [digest] = useStoredPreference(DIGEST_KEY, isDigest, DEFAULT_DIGEST)
  // Compared by value: the live read hands back a new object whenever any preference is written.
  const digestEnabled = digest?.enabled
  const digestTime = digest?.time
  const source = useMemo(
    () =>
      plan && roadmap && sessions && digestEnabled !== undefined && digestTime !== undefined
        ? { sessions, roadmap, digest: { enabled: digestEnabled, time: digestTime }, leadMinutes: plan.reminderLeadMinutes, timeZone: plan.settings.timeZone }
        : null,
    [plan, roadmap, sessions, digestEnabled, digestTime]
  )
  useEffect(() => {
    if (!source) return
    const sync = () => {
      platform.syncReminders(upcomingReminders({ ...source, now: Date.now() })).catch((error: unknown) => console.error('Reminder sync failed', error))
    }
    sync()
    const timer = window.setInterval(sync, RESYNC_MS)
    return () => window.clearInterval(timer)
  }, [platform, source])
}
