// Settings of the current plan and the app's look: reminder lead, session sizes, digest, week start, theme and time zone.
import { useId, useState, type FormEvent } from 'react'
import type { Weekday } from '../../../../../shared/domain/availability'
import { useRepositories } from '../../../db/DatabaseContext'
import { useCurrentPlan } from '../../../db/hooks'
import type { PlanRecord } from '../../../db/PlannerDB'
import { weekdayName } from '../../calendar/formatting'
import { localeFirstDay } from '../../../../../shared/scheduling/zonedDates'
import { studyHoursText } from '../../onboarding/studyHoursText'
import { DigestSetting } from './DigestSetting'
import { isWeekday, WEEK_START_KEY, type Theme } from './preferences'
import { sessionSizesProblem } from './sessionSizes'
import { useStoredPreference } from './useStoredPreference'
import { useTheme } from './useTheme'
import './planSettings.css'

const locale = navigator.language
const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone
const leadChoices = [null, 5, 10, 15, 30, 60] as const
const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0]
const themes: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' }
]

export function PlanSettingsSection() {
  const headingId = useId()
  const plan = useCurrentPlan()
  const [theme, setTheme] = useTheme()
  const [weekStart, setWeekStart] = useStoredPreference<Weekday>(WEEK_START_KEY, isWeekday, localeFirstDay(locale))

  return (
    <section aria-labelledby={headingId} className="settings-section plan-settings">
      <h2 id={headingId}>Plan and appearance</h2>
      {plan ? <PlanFields key={plan.id} plan={plan} /> : <p className="sp-muted">Create a plan to set its reminders, session sizes and time zone.</p>}
      <DigestSetting />
      <label>
        Week starts on
        <select value={weekStart ?? ''} onChange={(event) => void setWeekStart(Number(event.target.value) as Weekday)}>
          {weekdays.map((day) => (
            <option key={day} value={day}>
              {weekdayName(day, locale, 'long')}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Theme</legend>
        {themes.map((option) => (
          <label key={option.value}>
            <input type="radio" name="theme" value={option.value} checked={theme === option.value} onChange={() => void setTheme(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
    </section>
  )
}

function PlanFields({ plan }: { plan: PlanRecord }) {
  const repos = useRepositories()!
  const errorId = useId()
  const { availability, settings } = plan
  const [sizes, setSizes] = useState({ min: String(availability.sessionMinMinutes), max: String(availability.sessionMaxMinutes), pause: String(availability.breakMinutes) })
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)

  const update = async (change: Parameters<typeof repos.plans.updatePlan>[1], what: string) => {
    const result = await repos.plans.updatePlan(plan.id, change, Date.now(), `${what} change`)
    setProblem(result.ok ? null : `Not changed: ${result.error.message}`)
    setSaved(result.ok ? `${what} saved; the plan was updated.` : null)
  }

  const next = { sessionMinMinutes: Number(sizes.min), sessionMaxMinutes: Number(sizes.max), breakMinutes: Number(sizes.pause) }
  // The week's hours follow the sizes as they are typed, so the learner sees what a longer break costs before applying it.
  const shownAvailability = sessionSizesProblem(next, availability.dailyCapMinutes) ? availability : { ...availability, ...next }

  const applySizes = (event: FormEvent) => {
    event.preventDefault()
    const reason = sessionSizesProblem(next, availability.dailyCapMinutes)
    if (reason) {
      setSaved(null)
      return setProblem(reason)
    }
    void update({ availability: { ...availability, ...next } }, 'Session sizes')
  }

  return (
    <>
      <label>
        Remind me before a session
        <select value={plan.reminderLeadMinutes ?? 'none'} onChange={(event) => void update({ reminderLeadMinutes: event.target.value === 'none' ? null : Number(event.target.value) }, 'Reminder time')}>
          {leadChoices.map((minutes) => (
            <option key={minutes ?? 'none'} value={minutes ?? 'none'}>
              {minutes === null ? 'No reminder' : `${minutes} minutes before`}
            </option>
          ))}
        </select>
      </label>
      <form onSubmit={applySizes}>
        <fieldset>
          <legend>Session sizes (minutes)</legend>
          {(
            [
              ['min', 'Shortest session'],
              ['max', 'Longest session'],
              ['pause', 'Break between sessions']
            ] as const
          ).map(([field, label]) => (
            <label key={field}>
              {label}
              <input type="number" inputMode="numeric" step={1} min={field === 'pause' ? 0 : 5} value={sizes[field]} aria-describedby={problem ? errorId : undefined} onChange={(event) => setSizes({ ...sizes, [field]: event.target.value })} />
            </label>
          ))}
          <p className="sp-muted" data-testid="study-hours">
            {studyHoursText(shownAvailability, locale)}
          </p>
          <button type="submit" className="sp-button">
            Apply session sizes
          </button>
        </fieldset>
      </form>
      <label>
        Time zone of the plan
        <select value={settings.timeZone} onChange={(event) => void update({ settings: { ...settings, timeZone: event.target.value } }, 'Time zone')}>
          {zoneChoices(settings.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
      {settings.timeZone === hostZone ? null : (
        <p className="sp-muted" data-testid="zone-note">
          This computer is set to {hostZone}. Study times are shown and planned in {settings.timeZone}, the plan’s zone.
        </p>
      )}
      {problem ? (
        <p role="alert" id={errorId} className="banner banner-error">
          {problem}
        </p>
      ) : null}
      <output aria-live="polite" className="plan-settings-saved">
        {saved}
      </output>
    </>
  )
}

function zoneChoices(current: string): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set([current, hostZone, ...supported])].sort()
}
