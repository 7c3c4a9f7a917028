// Reminders and the app's look: the plan's reminder lead, the digest, week start, 12/24-hour times and theme (the plan's own choices are in Your plan).
import { useDisplayLocale } from '../../../components/useDisplayLocale'
import { useId, useState } from 'react'
import type { Weekday } from '../../../../../shared/domain/availability'
import { useRepositories } from '../../../db/DatabaseContext'
import { useCurrentPlan } from '../../../db/hooks'
import type { PlanRecord } from '../../../db/PlannerDB'
import { UNDO_LABELS } from '../../../db/undoLabels'
import {
  CLOCK_STYLES,
  type ClockStyle,
  displayLocale,
  formatClockMinutes,
  weekdayName
} from '../../../../../shared/format'
import { localeFirstDay } from '../../../../../shared/time'
import { DigestSetting } from './DigestSetting'
import { CLOCK_STYLE_KEY, isClockStyle, isWeekday, WEEK_START_KEY, type Theme } from '../../../db/preferences'
import { useStoredPreference } from '../../../db/useStoredPreference'
import { useTheme } from './useTheme'
import './planSettings.css'

const leadChoices = [null, 5, 10, 15, 30, 60] as const
const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0]
const clockNames: Record<ClockStyle, string> = {
  locale: 'As my language writes it',
  '12h': '12-hour',
  '24h': '24-hour'
}
/** 7 pm as each choice would write it, so the learner sees what they pick. */
const clockExample = (style: ClockStyle) => formatClockMinutes(19 * 60, displayLocale(navigator.language, style))
const themes: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' }
]

export function PlanSettingsSection() {
  const locale = useDisplayLocale()
  const headingId = useId()
  const plan = useCurrentPlan()
  const [theme, setTheme] = useTheme()
  const [weekStart, setWeekStart] = useStoredPreference<Weekday>(WEEK_START_KEY, isWeekday, localeFirstDay(locale))
  const [clock, setClock] = useStoredPreference<ClockStyle>(CLOCK_STYLE_KEY, isClockStyle, 'locale')

  return (
    <section aria-labelledby={headingId} className="settings-section plan-settings">
      <h2 id={headingId}>Reminders and appearance</h2>
      {plan ? (
        <PlanFields key={plan.id} plan={plan} />
      ) : (
        <p className="sp-muted">Create a plan to set its reminders.</p>
      )}
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
      <fieldset className="choice-row">
        <legend>Times</legend>
        {CLOCK_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="clock"
              value={style}
              checked={clock === style}
              onChange={() => void setClock(style)}
            />
            {clockNames[style]} ({clockExample(style)})
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-row">
        <legend>Theme</legend>
        {themes.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={theme === option.value}
              onChange={() => void setTheme(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </section>
  )
}

function PlanFields({ plan }: { plan: PlanRecord }) {
  const repos = useRepositories()
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)

  const changeLead = async (reminderLeadMinutes: number | null) => {
    const result = await repos.plans.updatePlan(plan.id, { reminderLeadMinutes }, Date.now(), UNDO_LABELS.reminderTime)
    setProblem(result.ok ? null : `Not changed: ${result.error.message}`)
    setSaved(result.ok ? 'Reminder time saved.' : null)
  }

  return (
    <>
      <div className="setting-row">
        <label>
          Remind me before a session
          <select
            value={plan.reminderLeadMinutes ?? 'none'}
            onChange={(event) => void changeLead(event.target.value === 'none' ? null : Number(event.target.value))}
          >
            {leadChoices.map((minutes) => (
              <option key={minutes ?? 'none'} value={minutes ?? 'none'}>
                {minutes === null ? 'No reminder' : `${minutes} minutes before`}
              </option>
            ))}
          </select>
        </label>
        <output aria-live="polite" className="setting-status">
          {saved}
        </output>
      </div>
      {problem ? (
        <p role="alert" className="banner banner-error">
          {problem}
        </p>
      ) : null}
    </>
  )
}
