// Settings → Calendar sync: connect a CalDAV account, pick the plan's calendar and the busy calendars, and see how the
// sync is doing (last sync, what is waiting, any error in plain words). The work itself happens in main.
import { useId, useState, type FormEvent } from 'react'
import {
  DEFAULT_PUBLISH_WEEKS,
  PUBLISH_WEEKS,
  type CalendarChoice,
  type CalendarSyncError,
  type CalendarSyncStatus
} from '../../../../../shared/ipc/calendarSync'
import { formatDayTime } from '../../../../../shared/format'
import { hostTimeZone } from '../../../../../shared/time'
import { useRepositories } from '../../../db/DatabaseContext'
import { useCurrentPlan, usePlan } from '../../../db/hooks'
import { useDisplayLocale } from '../../../components/useDisplayLocale'
import { useT } from '../../../i18n/translations'
import { usePlatform } from '../../../platform/PlatformContext'
import { syncErrorText } from './syncErrorText'
import { useCalendarSyncStatus } from './useCalendarSyncStatus'
import './calendarSync.css'

type Connected = Extract<CalendarSyncStatus, { state: 'connected' }>

export function CalendarSyncSection() {
  const [status, setStatus] = useCalendarSyncStatus()
  const headingId = useId()
  const t = useT()
  if (status === undefined) return null
  return (
    <section aria-labelledby={headingId} className="settings-section calendar-sync">
      <h2 id={headingId}>{t('settings.calendarSync.heading')}</h2>
      {status.state === 'unavailable' ? (
        <p className="muted">{t('settings.calendarSync.unavailable')}</p>
      ) : status.state === 'disconnected' ? (
        <ConnectForm onConnected={setStatus} />
      ) : (
        <ConnectedPanel status={status} onStatus={setStatus} />
      )}
    </section>
  )
}

function ConnectForm({ onConnected }: { onConnected: (status: CalendarSyncStatus) => void }) {
  const platform = usePlatform()
  const t = useT()
  const [serverUrl, setServerUrl] = useState('')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CalendarSyncError | null>(null)
  const [askPlainText, setAskPlainText] = useState(false)
  const helpId = useId()
  const passwordHelpId = useId()

  async function connect(allowPlainText: boolean) {
    setBusy(true)
    setError(null)
    try {
      const result = await platform.connectCalendar({
        serverUrl: withScheme(serverUrl.trim()),
        username: username.trim(),
        password,
        allowPlainText
      })
      if (result.ok) {
        setPassword('')
        setAskPlainText(false)
        onConnected(await platform.getCalendarSync())
      } else if (result.error.kind === 'plain-text-needs-consent') {
        setAskPlainText(true)
      } else {
        setError(result.error)
      }
    } catch {
      setError({ kind: 'unreachable', detail: 'no answer from the app' })
    } finally {
      setBusy(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void connect(false)
  }

  return (
    <>
      <p>{t('settings.calendarSync.intro')}</p>
      <form className="calendar-sync-form" onSubmit={submit}>
        <label>
          {t('settings.calendarSync.serverUrl')}
          <input
            required
            inputMode="url"
            value={serverUrl}
            placeholder="https://"
            autoComplete="url"
            spellCheck={false}
            aria-describedby={helpId}
            onChange={(event) => setServerUrl(event.target.value)}
          />
        </label>
        <p id={helpId} className="muted field-help">
          {t('settings.calendarSync.serverHelp')}
        </p>
        <label>
          {t('settings.calendarSync.username')}
          <input
            required
            value={username}
            autoComplete="username"
            spellCheck={false}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label>
          {t('settings.calendarSync.password')}
          <input
            type="password"
            required
            value={password}
            autoComplete="current-password"
            aria-describedby={passwordHelpId}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <p id={passwordHelpId} className="muted field-help">
          {t('settings.calendarSync.passwordHelp')}
        </p>
        <div className="button-row">
          <button type="submit" className="sp-button-primary" disabled={busy}>
            {busy ? t('settings.calendarSync.connecting') : t('settings.calendarSync.connect')}
          </button>
        </div>
      </form>
      {askPlainText ? (
        <div role="alertdialog" aria-label={t('settings.calendarSync.plainTextSave')} className="banner banner-warning">
          <p>{t('settings.calendarSync.plainTextQuestion')}</p>
          <div className="button-row">
            <button type="button" onClick={() => void connect(true)} disabled={busy}>
              {t('settings.calendarSync.plainTextSave')}
            </button>
            <button type="button" onClick={() => setAskPlainText(false)}>
              {t('settings.calendarSync.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="banner banner-error">
          {syncErrorText(t, error, 'connecting')}
        </p>
      ) : null}
    </>
  )
}

function ConnectedPanel({ status, onStatus }: { status: Connected; onStatus: (status: CalendarSyncStatus) => void }) {
  const platform = usePlatform()
  const repos = useRepositories()
  const t = useT()
  const [choosing, setChoosing] = useState(false)
  const [working, setWorking] = useState(false)
  const disconnect = async () => {
    const next = await platform.disconnectCalendar()
    // Busy time read from the calendars would never be refreshed again: it leaves with the connection.
    if (status.selection) await repos.calendarSync.forgetCalendarBusy(status.selection.planId, Date.now())
    return next
  }
  const act = async (run: () => Promise<CalendarSyncStatus>) => {
    setWorking(true)
    try {
      onStatus(await run())
    } finally {
      setWorking(false)
    }
  }
  return (
    <>
      <p>{t('settings.calendarSync.connectedAs', { server: status.serverUrl, user: status.username })}</p>
      {status.passwordStorage === 'plain-text' ? (
        <p className="banner banner-warning">{t('settings.calendarSync.plainTextNote')}</p>
      ) : null}
      {status.selection === null || choosing ? (
        <CalendarChoiceForm
          status={status}
          onChosen={(next) => {
            setChoosing(false)
            onStatus(next)
          }}
          onCancel={status.selection === null ? null : () => setChoosing(false)}
        />
      ) : (
        <SyncStatusPanel status={status} />
      )}
      {status.error ? (
        <p role="alert" className="banner banner-error">
          {syncErrorText(t, status.error)}
        </p>
      ) : null}
      <div className="button-row">
        {status.selection !== null && !choosing ? (
          <>
            <button
              type="button"
              className="sp-button-primary"
              disabled={working || status.syncing}
              onClick={() => void act(() => platform.syncCalendarNow())}
            >
              {status.syncing || working ? t('settings.calendarSync.syncing') : t('settings.calendarSync.syncNow')}
            </button>
            <button type="button" onClick={() => setChoosing(true)}>
              {t('settings.calendarSync.changeChoice')}
            </button>
          </>
        ) : null}
        <button type="button" disabled={working} onClick={() => void act(disconnect)}>
          {t('settings.calendarSync.disconnect')}
        </button>
      </div>
      <p className="muted">{t('settings.calendarSync.disconnectNote')}</p>
    </>
  )
}

function CalendarChoiceForm({
  status,
  onChosen,
  onCancel
}: {
  status: Connected
  onChosen: (status: CalendarSyncStatus) => void
  onCancel: (() => void) | null
}) {
  const platform = usePlatform()
  const t = useT()
  const currentPlan = useCurrentPlan()
  const syncedPlan = usePlan(status.selection?.planId)
  // Changing calendars keeps the plan already synced; a new sync (or one whose plan was deleted) takes the open one.
  const plan = syncedPlan ?? currentPlan
  const eventCalendars = status.calendars.filter((calendar) => calendar.holdsEvents)
  const [target, setTarget] = useState<string>(status.selection?.calendarUrl ?? '')
  const [busyUrls, setBusyUrls] = useState<readonly string[]>(status.selection?.busyCalendarUrls ?? [])
  const [weeks, setWeeks] = useState<number>(status.selection?.weeks ?? DEFAULT_PUBLISH_WEEKS)
  const [keepDone, setKeepDone] = useState(status.selection?.keepDone ?? true)
  const [saving, setSaving] = useState(false)
  const name = useId()
  const planId = plan?.id

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!planId) return
    setSaving(true)
    try {
      onChosen(
        await platform.selectCalendars({
          calendarUrl: target === '' ? null : target,
          busyCalendarUrls: busyUrls.filter((url) => url !== target),
          planId,
          weeks,
          keepDone
        })
      )
    } finally {
      setSaving(false)
    }
  }
  const toggleBusy = (url: string, on: boolean) =>
    setBusyUrls((urls) => (on ? [...urls, url] : urls.filter((known) => known !== url)))

  return (
    <form className="calendar-sync-form" onSubmit={(event) => void submit(event)}>
      {plan ? <p>{t('settings.calendarSync.plan', { title: plan.title })}</p> : null}
      <fieldset>
        <legend>{t('settings.calendarSync.chooseLegend')}</legend>
        <label className="toggle">
          <input type="radio" name={name} checked={target === ''} onChange={() => setTarget('')} />
          {t('settings.calendarSync.createCalendar')}
        </label>
        {eventCalendars.map((calendar) => (
          <label key={calendar.url} className="toggle">
            <input
              type="radio"
              name={name}
              checked={target === calendar.url}
              onChange={() => setTarget(calendar.url)}
            />
            {calendarName(calendar)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settings.calendarSync.busyLegend')}</legend>
        {eventCalendars.filter((calendar) => calendar.url !== target).length === 0 ? (
          <p className="muted">{t('settings.calendarSync.busyNone')}</p>
        ) : null}
        {eventCalendars
          .filter((calendar) => calendar.url !== target)
          .map((calendar) => (
            <label key={calendar.url} className="toggle">
              <input
                type="checkbox"
                checked={busyUrls.includes(calendar.url)}
                onChange={(event) => toggleBusy(calendar.url, event.target.checked)}
              />
              {calendarName(calendar)}
            </label>
          ))}
      </fieldset>
      <label>
        {t('settings.calendarSync.weeks')}
        <select value={weeks} onChange={(event) => setWeeks(Number(event.target.value))}>
          {PUBLISH_WEEKS.map((option) => (
            <option key={option} value={option}>
              {t('settings.calendarSync.weeksOption', { weeks: option })}
            </option>
          ))}
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={keepDone} onChange={(event) => setKeepDone(event.target.checked)} />
        {t('settings.calendarSync.keepDone')}
      </label>
      <div className="button-row">
        <button type="submit" className="sp-button-primary" disabled={saving || !planId}>
          {status.selection ? t('settings.calendarSync.saveChoice') : t('settings.calendarSync.start')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('settings.calendarSync.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}

function SyncStatusPanel({ status }: { status: Connected }) {
  const t = useT()
  const locale = useDisplayLocale()
  const selection = status.selection
  const plan = usePlan(selection?.planId)
  if (!selection) return null
  const nameOf = (url: string) => {
    const calendar = status.calendars.find((known) => known.url === url)
    return calendar ? calendarName(calendar) : url
  }
  const when = (ms: number) => formatDayTime(ms, hostTimeZone(), locale)
  // Retries come within seconds or minutes: to the second, so a try 30 s away does not read as now.
  const clock = (ms: number) => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(ms)
  const summary = status.lastSummary
  return (
    <>
      <dl className="facts calendar-sync-facts" aria-live="polite">
        <dt>{t('settings.calendarSync.factPlan')}</dt>
        <dd>{plan ? plan.title : plan === null ? t('settings.calendarSync.planGoneShort') : ''}</dd>
        <dt>{t('settings.calendarSync.factCalendar')}</dt>
        <dd>{nameOf(selection.calendarUrl)}</dd>
        <dt>{t('settings.calendarSync.factBusy')}</dt>
        <dd>
          {selection.busyCalendarUrls.length === 0
            ? t('settings.calendarSync.factBusyNone')
            : selection.busyCalendarUrls.map(nameOf).join(', ')}
        </dd>
        <dt>{t('settings.calendarSync.factRange')}</dt>
        <dd>{t('settings.calendarSync.weeksOption', { weeks: selection.weeks })}</dd>
        <dt>{t('settings.calendarSync.factLastSync')}</dt>
        <dd>{status.lastSyncAtMs === null ? t('settings.calendarSync.never') : when(status.lastSyncAtMs)}</dd>
        <dt>{t('settings.calendarSync.factState')}</dt>
        <dd>
          {status.syncing
            ? t('settings.calendarSync.syncing')
            : status.pending || status.error
              ? t('settings.calendarSync.pending')
              : t('settings.calendarSync.upToDate')}
          {status.nextAttemptAtMs !== null && status.error ? (
            <>
              {' '}
              <span className="calendar-sync-next-attempt">
                {t('settings.calendarSync.nextAttempt', { time: clock(status.nextAttemptAtMs) })}
              </span>
            </>
          ) : null}
        </dd>
      </dl>
      {summary ? (
        <>
          <p>
            {t('settings.calendarSync.summary', {
              created: String(summary.created),
              updated: String(summary.updated),
              deleted: String(summary.deleted)
            })}
          </p>
          {summary.fromCalendarAtMs === null ? null : (
            <p>
              {t('settings.calendarSync.fromCalendar', {
                when: when(summary.fromCalendarAtMs),
                moved: summary.movedThere,
                deleted: summary.deletedThere
              })}
            </p>
          )}
          {selection.busyCalendarUrls.length === 0 ? null : (
            <p>{t('settings.calendarSync.busyRead', { busy: summary.busyIntervals })}</p>
          )}
          {summary.bothChanged > 0 ? (
            <p className="banner banner-warning">
              {t('settings.calendarSync.bothChanged', { count: summary.bothChanged })}
            </p>
          ) : null}
        </>
      ) : null}
      {plan === null ? (
        <p role="alert" className="banner banner-warning">
          {t('settings.calendarSync.planGone')}
        </p>
      ) : null}
      <p className="muted">{t('settings.calendarSync.rule')}</p>
    </>
  )
}

/** Providers give addresses like "caldav.fastmail.com": https:// is what they mean (plain http is refused anyway). */
function withScheme(address: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`
}

function calendarName(calendar: CalendarChoice): string {
  return calendar.displayName || new URL(calendar.url).pathname
}
