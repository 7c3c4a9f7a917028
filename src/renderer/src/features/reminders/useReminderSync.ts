// Hands the platform the followed plans' reminders from the app's shell, whatever screen is open: whenever a plan, its
// sessions, the reminder lead, the digest or the clock choice change, every 6 hours, and whenever main asks.
import { useEffect, useRef, useState } from 'react'
import { useReminderSources } from '../../db/hooks'
import { usePlatform } from '../../platform/PlatformContext'
import { DEFAULT_DIGEST, DIGEST_KEY, isDigest } from '../../db/preferences'
import { useStoredPreference } from '../../db/useStoredPreference'
import { HOUR_MS, hostTimeZone } from '../../../../shared/time'
import { useDisplayLocale } from '../../components/useDisplayLocale'
import { REMINDER_WINDOW_MS, upcomingReminders } from './upcomingReminders'
import { useT } from '../../i18n/translations'

/** Resync at least this often so the 14-day window moves forward while the app stays open (main asks too). */
export const RESYNC_MS = 6 * HOUR_MS
// Sessions are read from the start of a round a little past the 14 days, so the window still covers 14 days when
// the next round starts late (a sleeping laptop's timers).
const READ_AHEAD_MS = REMINDER_WINDOW_MS + RESYNC_MS
const hostZone = hostTimeZone()

export function useReminderSync(): void {
  const platform = usePlatform()
  // A round is one reason to send even an unchanged sync: the app opened, 6 hours passed, or main asked.
  const [roundStart, setRoundStart] = useState(() => Date.now())
  const sources = useReminderSources(roundStart, roundStart + READ_AHEAD_MS)
  const [digest] = useStoredPreference(DIGEST_KEY, isDigest, DEFAULT_DIGEST)
  // Compared by value: the live read hands back a new object whenever any preference is written.
  const digestEnabled = digest?.enabled
  const digestTime = digest?.time
  const locale = useDisplayLocale()
  // Reminder titles name a review in the learner's language; a language change sends a new sync.
  const t = useT()

  useEffect(() => {
    const nextRound = () => setRoundStart((previous) => Math.max(Date.now(), previous + 1))
    const timer = window.setInterval(nextRound, RESYNC_MS)
    const stopListening = platform.onReminderSyncRequest(nextRound)
    return () => {
      window.clearInterval(timer)
      stopListening()
    }
  }, [platform])

  const lastSent = useRef<{ readonly text: string; readonly round: number } | null>(null)
  useEffect(() => {
    // Until the sessions of this round and the digest are read, there is nothing true to say: never send a guess
    // (an empty sync would clear main's reminders after a reload).
    if (!sources || sources.fromMs !== roundStart || digestEnabled === undefined || digestTime === undefined) return
    const plans = sources.plans.map(({ plan, roadmap, sessions }) => ({
      sessions,
      roadmap,
      leadMinutes: plan.reminderLeadMinutes,
      timeZone: plan.settings.timeZone
    }))
    const sync = upcomingReminders({
      plans,
      digest: { enabled: digestEnabled, time: digestTime },
      now: Date.now(),
      fallbackZone: hostZone,
      locale,
      t
    })
    const text = JSON.stringify(sync)
    if (lastSent.current?.text === text && lastSent.current.round === roundStart) return
    lastSent.current = { text, round: roundStart }
    platform
      .syncReminders(sync)
      .then((result) => {
        if (!result.ok) console.error('Reminder sync refused', result.error)
      })
      .catch((error: unknown) => console.error('Reminder sync failed', error))
  }, [platform, sources, roundStart, digestEnabled, digestTime, locale, t])
}
