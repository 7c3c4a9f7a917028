// Reminders and the app's look: the plan's reminder lead, the digest, week start, 12/24-hour times and theme (the plan's own choices are in Your plan).
import { useDisplayLocale } from '../../../components/useDisplayLocale'
import { useId, useState, type ReactNode } from 'react'
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
import { useT, useTranslations } from '../../../i18n/translations'
import { useLanguageChoice } from '../../../i18n/useLanguageSync'
import { languageFor, type LanguageChoice } from '../../../i18n/languageChoice'
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../../../shared/i18n/languages'
import type { MessageKey } from '../../../../../shared/i18n/translator'
import { errorText } from '../../../../../shared/validation/problemText'
import './planSettings.css'

const leadChoices = [null, 5, 10, 15, 30, 60] as const
const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0]
const clockKeys = {
  locale: 'settings.appearance.clock.locale',
  '12h': 'settings.appearance.clock.h12',
  '24h': 'settings.appearance.clock.h24'
} as const satisfies Record<ClockStyle, MessageKey>
const themes = [
  { value: 'system', key: 'settings.appearance.theme.system' },
  { value: 'light', key: 'settings.appearance.theme.light' },
  { value: 'dark', key: 'settings.appearance.theme.dark' }
] as const satisfies ReadonlyArray<{ value: Theme; key: MessageKey }>
/** The languages offered: the system's, then each catalog language by its own name (never translated). */
const languageChoices: readonly LanguageChoice[] = ['system', ...LANGUAGES]
/** A language's name inside a message, marked as that language. */
const IN_LANGUAGE = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    (chunks: ReactNode) => (
      <span lang={language} translate="no">
        {chunks}
      </span>
    )
  ])
) as Record<Language, (chunks: ReactNode) => ReactNode>

export function PlanSettingsSection() {
  const locale = useDisplayLocale()
  const t = useT()
  // The language's own locale, without the learner's clock choice: each choice shows its own way of writing 7 pm.
  const languageLocale = useTranslations().locale
  /** 7 pm as each choice would write it, so the learner sees what they pick. */
  const clockExample = (style: ClockStyle) => formatClockMinutes(19 * 60, displayLocale(languageLocale, style))
  const headingId = useId()
  const plan = useCurrentPlan()
  const [theme, setTheme] = useTheme()
  const [weekStart, setWeekStart] = useStoredPreference<Weekday>(WEEK_START_KEY, isWeekday, localeFirstDay(locale))
  const [clock, setClock] = useStoredPreference<ClockStyle>(CLOCK_STYLE_KEY, isClockStyle, 'locale')

  return (
    <section aria-labelledby={headingId} className="settings-section plan-settings">
      <h2 id={headingId}>{t('settings.appearance.heading')}</h2>
      {plan ? (
        <PlanFields key={plan.id} plan={plan} />
      ) : (
        <p className="sp-muted">{t('settings.appearance.createPlanFirst')}</p>
      )}
      <DigestSetting />
      <label>
        {t('settings.appearance.weekStartsOn')}
        <select value={weekStart ?? ''} onChange={(event) => void setWeekStart(Number(event.target.value) as Weekday)}>
          {weekdays.map((day) => (
            <option key={day} value={day}>
              {weekdayName(day, locale, 'long')}
            </option>
          ))}
        </select>
      </label>
      <LanguageSetting />
      <fieldset className="choice-row">
        <legend>{t('settings.appearance.clock.legend')}</legend>
        {CLOCK_STYLES.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name="clock"
              value={style}
              checked={clock === style}
              onChange={() => void setClock(style)}
            />
            {t(clockKeys[style], { example: clockExample(style) })}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-row">
        <legend>{t('settings.appearance.theme.legend')}</legend>
        {themes.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={theme === option.value}
              onChange={() => void setTheme(option.value)}
            />
            {t(option.key)}
          </label>
        ))}
      </fieldset>
    </section>
  )
}

/** The app's language: the system's (named in the language it resolves to) or one chosen here, stored like the theme. */
function LanguageSetting() {
  const t = useT()
  const [choice, setChoice] = useLanguageChoice()
  const system = languageFor('system', navigator.languages) as Language
  return (
    <fieldset className="choice-row">
      <legend>{t('settings.appearance.language.legend')}</legend>
      {languageChoices.map((option) => (
        // A language's own name is marked as that language, so a screen reader says "Deutsch" the German way.
        <label key={option} lang={option === 'system' ? undefined : option}>
          <input
            type="radio"
            name="language"
            value={option}
            checked={choice === option}
            onChange={() => void setChoice(option)}
          />
          {option === 'system' ? (
            // One box for the sentence, so the row's gap does not space out its parts ('( Deutsch )').
            <span>
              {t.rich('settings.appearance.language.system', {
                name: LANGUAGE_NAMES[system],
                lang: IN_LANGUAGE[system]
              })}
            </span>
          ) : (
            // A language's own name is never translated.
            <span translate="no">{LANGUAGE_NAMES[option as Language]}</span>
          )}
        </label>
      ))}
    </fieldset>
  )
}

function PlanFields({ plan }: { plan: PlanRecord }) {
  const repos = useRepositories()
  const t = useT()
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)

  const changeLead = async (reminderLeadMinutes: number | null) => {
    const result = await repos.plans.updatePlan(plan.id, { reminderLeadMinutes }, Date.now(), UNDO_LABELS.reminderTime)
    setProblem(result.ok ? null : t('settings.appearance.lead.notChanged', { reason: errorText(t, result.error) }))
    setSaved(result.ok ? t('settings.appearance.lead.saved') : null)
  }

  return (
    <>
      <div className="setting-row">
        <label>
          {t('settings.appearance.lead.label')}
          <select
            value={plan.reminderLeadMinutes ?? 'none'}
            onChange={(event) => void changeLead(event.target.value === 'none' ? null : Number(event.target.value))}
          >
            {leadChoices.map((minutes) => (
              <option key={minutes ?? 'none'} value={minutes ?? 'none'}>
                {minutes === null
                  ? t('settings.appearance.lead.none')
                  : t('settings.appearance.lead.minutes', { minutes })}
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
