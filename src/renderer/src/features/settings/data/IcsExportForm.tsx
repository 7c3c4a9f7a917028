// Export a plan's sessions as an .ics file: which sessions (from now on, or between two dates), done ones, alarms.
import { useId, useRef, useState } from 'react'
import { useRepositories } from '../../../db/DatabaseContext'
import type { PlanRecord } from '../../../db/PlannerDB'
import { exportRangeProblem, type ExportRange } from '../../../../../shared/ics/planExport'
import { addLocalDays, localDateOf } from '../../../../../shared/time'
import { downloadText, fileDate } from '../../../components/downloadText'
import './calendarFiles.css'

/** The default span of a date range: four weeks from today, the planner's usual look ahead. */
const DEFAULT_RANGE_DAYS = 28

/** The alarms choice names the lead it will use: the plan's reminder lead, or the session's start when it has none. */
function alarmsLabel(leadMinutes: number | null): string {
  if (leadMinutes === null || leadMinutes === 0) return 'Add reminders (as each session starts)'
  return `Add reminders (${leadMinutes} minutes before each session)`
}

export function IcsExportForm({ plan }: { plan: PlanRecord }) {
  const repos = useRepositories()
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

  const exportIcs = async () => {
    if (problem) {
      // The reason is already beside the field; taking the learner there reads it out with the field.
      const field = problem.field === 'from' ? fromRef : toRef
      field.current?.focus()
      return setMessage(null)
    }
    const now = Date.now()
    const result = await repos.icsExport.exportPlan(plan.id, now, { range, includeDone, alarms })
    if (!result.ok) return setMessage({ text: result.error.message, error: true })
    const { text, sessionCount, alarmCount } = result.value
    if (sessionCount === 0) {
      return setMessage({ text: `${noSessionsText(range, includeDone)} Nothing was exported.`, error: false })
    }
    const fileName = `study-plan-${fileDate(now)}.ics`
    downloadText(fileName, text, 'text/calendar')
    setMessage({ text: exportedText(fileName, sessionCount, alarmCount), error: false })
  }

  return (
    <fieldset className="ics-export">
      <legend>Export to your calendar app</legend>
      <fieldset className="ics-export-range">
        <legend id={ids.range}>Sessions</legend>
        <label>
          <input
            type="radio"
            name={ids.range}
            checked={rangeKind === 'from-now'}
            onChange={() => setRangeKind('from-now')}
          />
          From now on
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
          Between two dates
        </label>
      </fieldset>
      {rangeKind === 'dates' ? (
        <div className="ics-export-dates">
          <label htmlFor={ids.from}>First day</label>
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
          <label htmlFor={ids.to}>Last day</label>
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
              {problem.message}
            </span>
          ) : null}
        </div>
      ) : null}
      <label className="toggle">
        <input type="checkbox" checked={includeDone} onChange={(event) => setIncludeDone(event.target.checked)} />
        <span>Include done sessions (marked ✓, without reminders)</span>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={alarms} onChange={(event) => setAlarms(event.target.checked)} />
        <span>{alarmsLabel(plan.reminderLeadMinutes)}</span>
      </label>
      <div className="ics-export-actions">
        <button type="button" onClick={() => void exportIcs()}>
          Export .ics
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

function sessionsText(count: number): string {
  return count === 1 ? '1 session' : `${count} sessions`
}

function exportedText(fileName: string, sessions: number, alarms: number): string {
  const reminders = alarms === 0 ? '' : alarms === 1 ? ' (1 with a reminder)' : ` (${alarms} with reminders)`
  return `Exported ${sessionsText(sessions)}${reminders} to ${fileName}.`
}

function noSessionsText(range: ExportRange, includeDone: boolean): string {
  const what = includeDone ? 'No planned or done sessions' : 'No planned sessions'
  return range.kind === 'from-now' ? `${what} from now on.` : `${what} between ${range.from} and ${range.to}.`
}
