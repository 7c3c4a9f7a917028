// Export a plan's sessions as an .ics file: which sessions (from now on, or between two dates), done ones, alarms.
import { useId, useRef, useState } from 'react'
import { useRepositories } from '../../../db/DatabaseContext'
import type { PlanRecord } from '../../../db/PlannerDB'
import { exportRangeProblem, type ExportRange } from '../../../../../shared/ics/planExport'
import { addLocalDays, localDateOf } from '../../../../../shared/time'
import { downloadText, fileDate } from '../../../components/downloadText'
import { useT } from '../../../i18n/translations'
import type { Translate } from '../../../../../shared/i18n/translator'
import { errorText, problemText } from '../../../../../shared/validation/problemText'
import './calendarFiles.css'

/** The default span of a date range: four weeks from today, the planner's usual look ahead. */
const DEFAULT_RANGE_DAYS = 28

/** The alarms choice names the lead it will use: the plan's reminder lead, or the session's start when it has none. */
function alarmsLabel(leadMinutes: number | null, t: Translate): string {
  if (leadMinutes === null || leadMinutes === 0) return t('settings.icsExport.alarmsAtStart')
  return t('settings.icsExport.alarmsBefore', { minutes: leadMinutes })
}

export function IcsExportForm({ plan }: { plan: PlanRecord }) {
  const repos = useRepositories()
  const t = useT()
  const [rangeKind, setRangeKind] = useState<ExportRange['kind']>('from-now')
  const [dates, setDates] = useState<{ from: string; to: string } | null>(null)
  const [includeDone, setIncludeDone] = useState(false)
  const [alarms, setAlarms] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const fromRef = useRef<HTMLInputElement>(null)
  const toRef = useRef<HTMLInputElement>(null)
  const ids = { from: useId(), to: useId(), error: useId(), range: useId() }
  const zone = plan.settings.timeZone

  const shownDates = dates ?? defaultDates(zone)
  const range: ExportRange = rangeKind === 'from-now' ? { kind: 'from-now' } : { kind: 'dates', ...shownDates }
  const problem = exportRangeProblem(range)
  const problemWords = problem ? problemText(t, problem.message) : null

  const exportIcs = async () => {
    if (problem) {
      // The reason is already beside the field; taking the learner there reads it out with the field.
      const field = problem.field === 'from' ? fromRef : toRef
      field.current?.focus()
      return setMessage(null)
    }
    const now = Date.now()
    const result = await repos.icsExport.exportPlan(plan.id, now, { range, includeDone, alarms })
    if (!result.ok) return setMessage({ text: errorText(t, result.error), error: true })
    const { text, sessionCount, alarmCount } = result.value
    if (sessionCount === 0) {
      return setMessage({ text: noSessionsText(range, includeDone, t), error: false })
    }
    const fileName = `study-plan-${fileDate(now)}.ics`
    downloadText(fileName, text, 'text/calendar')
    setMessage({
      text: t('settings.icsExport.exported', { sessions: sessionCount, alarms: alarmCount, file: fileName }),
      error: false
    })
  }

  return (
    <fieldset className="ics-export">
      <legend>{t('settings.icsExport.legend')}</legend>
      <fieldset className="ics-export-range">
        <legend id={ids.range}>{t('settings.icsExport.sessions')}</legend>
        <label>
          <input
            type="radio"
            name={ids.range}
            checked={rangeKind === 'from-now'}
            onChange={() => setRangeKind('from-now')}
          />
          {t('settings.icsExport.fromNow')}
        </label>
        <label>
          <input
            type="radio"
            name={ids.range}
            checked={rangeKind === 'dates'}
            onChange={() => {
              setRangeKind('dates')
              setDates((current) => current ?? defaultDates(zone))
            }}
          />
          {t('settings.icsExport.between')}
        </label>
      </fieldset>
      {rangeKind === 'dates' ? (
        <div className="ics-export-dates">
          <label htmlFor={ids.from}>{t('settings.icsExport.firstDay')}</label>
          <input
            ref={fromRef}
            id={ids.from}
            type="date"
            required
            value={shownDates.from}
            aria-invalid={problem?.field === 'from'}
            aria-describedby={problem?.field === 'from' ? ids.error : undefined}
            onChange={(event) => setDates({ ...shownDates, from: event.target.value })}
          />
          <label htmlFor={ids.to}>{t('settings.icsExport.lastDay')}</label>
          <input
            ref={toRef}
            id={ids.to}
            type="date"
            required
            value={shownDates.to}
            aria-invalid={problem?.field === 'to'}
            aria-describedby={problem?.field === 'to' ? ids.error : undefined}
            onChange={(event) => setDates({ ...shownDates, to: event.target.value })}
          />
          {problem ? (
            <span id={ids.error} className="ics-export-error">
              {problemWords}
            </span>
          ) : null}
        </div>
      ) : null}
      <label className="toggle">
        <input type="checkbox" checked={includeDone} onChange={(event) => setIncludeDone(event.target.checked)} />
        <span>{t('settings.icsExport.includeDone')}</span>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={alarms} onChange={(event) => setAlarms(event.target.checked)} />
        <span>{alarmsLabel(plan.reminderLeadMinutes, t)}</span>
      </label>
      <div className="ics-export-actions">
        <button type="button" onClick={() => void exportIcs()}>
          {t('settings.icsExport.export')}
        </button>
        <ResultLine message={message} />
      </div>
    </fieldset>
  )
}

/** The export's outcome: an error is announced at once, other news politely (the region is always there to be heard). */
function ResultLine({ message }: { message: { text: string; error: boolean } | null }) {
  if (message?.error) {
    return (
      <p role="alert" className="banner banner-error ics-export-result">
        {message.text}
      </p>
    )
  }
  return (
    <p aria-live="polite" className="ics-export-result">
      {message?.text}
    </p>
  )
}

function defaultDates(zone: string): { from: string; to: string } {
  const today = localDateOf(Date.now(), zone)
  return { from: today, to: addLocalDays(today, DEFAULT_RANGE_DAYS - 1) }
}

function noSessionsText(range: ExportRange, includeDone: boolean, t: Translate): string {
  const done = includeDone ? 'yes' : 'no'
  return range.kind === 'from-now'
    ? t('settings.icsExport.noneFromNow', { done })
    : t('settings.icsExport.noneBetween', { done, from: range.from, to: range.to })
}
