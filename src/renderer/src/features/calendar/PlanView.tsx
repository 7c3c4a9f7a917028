// The plan's calendar with the today panel, the session panel, undo, and the missed-sessions prompt.
import { useDisplayLocale } from '../../components/useDisplayLocale'
import { useCalendarController } from '@fullcalendar/react'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Weekday } from '../../../../shared/domain/availability'
import { useSessionRequests } from '../../components/sessionRequest'
import { startStudyTimer } from '../../components/studyTimer'
import { undoText } from '../../components/undoText'
import { useNow } from '../../components/useNow'
import { useStudyTimer } from '../../components/useStudyTimer'
import { useT } from '../../i18n/translations'
import { errorText } from '../../../../shared/validation/problemText'
import { useRepositories } from '../../db/DatabaseContext'
import { usePlanRatings, useTopicNote } from '../../db/hooks'
import { MAX_NOTE_LENGTH } from '../../db/notesRepository'
import type { PlanRecord } from '../../db/PlannerDB'
import type { OperationResult } from '../../db/operationResult'
import type { WeekReplanPreview } from '../../db/planRepository'
import type { PlanChange } from '../../db/planState'
import { feasibilityText } from '../../components/planInputs/feasibilityText'
import { summarizePlan } from '../../components/planInputs/planPreview'
import { isWeekday, WEEK_START_KEY } from '../../db/preferences'
import { useStoredPreference } from '../../db/useStoredPreference'
import { useShortcutsList } from '../../components/shortcuts/ShortcutsList'
import { useCalendarShortcuts } from '../../components/shortcuts/useCalendarShortcuts'
import { useUndoShortcut } from '../../components/shortcuts/useUndoShortcut'
import { nextSession } from './countdown'
import { asksFirstRating } from './firstRating'
import { MissedSessionsPrompt } from './MissedSessionsPrompt'
import { SessionPanel } from './SessionPanel'
import { calendarClock } from './calendarClock'
import { StudyCalendar, type CalendarView } from './StudyCalendar'
import { TodayPanel } from './TodayPanel'
import { useMissedSessions } from './useMissedSessions'
import { useOptimisticPlan } from './useOptimisticPlan'
import { weekNotice } from './weekNotice'
import { WeekReplanDialog } from './WeekReplanDialog'
import { QuickAddDialog } from './QuickAddDialog'
import { formValuesAt, type QuickAddFormValues } from './quickAddForm'
import { NO_TOPIC } from '../../../../shared/domain/session'
import type { QuickAddDraft } from '../../../../shared/scheduling/quickAdd'
import type { SessionAction } from '../../../../shared/scheduling/sessionActions'
import { usePlanData } from './usePlanData'
import { HOUR_MS, localDateOf, localeFirstDay, MINUTE_MS } from '../../../../shared/time'
import './planView.css'

/** The user's language and region decide date formats and the 12/24-hour clock; the week starts as they say unless set. */
const localeWeekStart: Weekday = localeFirstDay(navigator.language)

/** The roadmap topics quick add offers, by title. */
function quickAddTopics(
  topicsById: ReadonlyMap<string, { readonly topic: { readonly id: string; readonly title: string } }>
) {
  return [...topicsById.values()].map(({ topic }) => ({ id: topic.id, title: topic.title }))
}

export function PlanView({ plan }: { plan: PlanRecord }) {
  const locale = useDisplayLocale()
  const t = useT()
  const repos = useRepositories()
  const now = useNow()
  const data = usePlanData(plan)
  // The week-start setting (Settings > Plan) wins over the locale's; it is read before the calendar first shows.
  const [weekStart] = useStoredPreference(WEEK_START_KEY, isWeekday, localeWeekStart)
  const { timer, set: setTimer } = useStudyTimer()
  // With the ratings an action's preview re-plans exactly as the stored action will; while they load (null) it changes
  // only the session acted on until the stored re-plan arrives (see actionPreview).
  const ratings = usePlanRatings(plan.id)
  const storedSessions = data?.sessions
  const roadmap = data?.roadmap
  const snapshot = useMemo(
    () =>
      storedSessions && roadmap ? { plan, roadmap, sessions: storedSessions, reviews: ratings ?? null } : undefined,
    [plan, roadmap, storedSessions, ratings]
  )
  const optimistic = useOptimisticPlan(snapshot)
  const sessions = optimistic.sessions
  const showStored = optimistic.show
  const [view, setView] = useState<CalendarView>('week')
  const [openId, setOpenId] = useState<string | null>(null)
  // The shell's timer was stopped: its session's Done form opens with the minutes it measured.
  const [stopped, setStopped] = useState<{ readonly sessionId: string; readonly minutes: number } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // The quick-add dialog's first values while it is open.
  const [quickAdd, setQuickAdd] = useState<QuickAddFormValues | null>(null)
  /** Opens quick add at `startMs` (the next whole hour by default) for an hour. */
  const openQuickAdd = (startMs = Math.ceil(Date.now() / HOUR_MS) * HOUR_MS, minutes = 60) =>
    setQuickAdd(formValuesAt(startMs, minutes, plan.settings.timeZone))
  const shortcutsList = useShortcutsList()
  const controller = useCalendarController()
  const missed = useMissedSessions(plan, data?.sessions, now)
  // A notification or the tray asked for a session (the shell switched to this screen for it).
  const sessionRequests = useSessionRequests()
  useEffect(
    () =>
      sessionRequests.subscribe((sessionId, { doneMinutes }) => {
        setOpenId(sessionId)
        setStopped(doneMinutes === undefined ? null : { sessionId, minutes: doneMinutes })
      }),
    [sessionRequests]
  )
  // While the shortcut list is open its dialog owns the keyboard: no shortcut acts on the calendar behind it.
  useCalendarShortcuts(
    shortcutsList.isOpen
      ? {}
      : {
          today: () => controller.today(),
          previousWeek: () => controller.prev(),
          nextWeek: () => controller.next(),
          addSession: () => openQuickAdd(),
          nextSession: () => {
            // Read the clock now, not the last tick: a session that just ended is no longer "next".
            const next = sessions ? nextSession(sessions, Date.now()) : null
            if (!next) return
            // The calendar shows wall-clock times (see calendarClock): go to the session's date in the plan's zone.
            controller.gotoDate(calendarClock(plan.settings.timeZone).toCalendar(next.startMs))
            setOpenId(next.id)
          }
        }
  )

  // Said after an operation that reached into the week ahead (a session handed to the next topic, or let go).
  const [notice, setNotice] = useState<string | null>(null)
  const [weekReplan, setWeekReplan] = useState<{ readonly preview: WeekReplanPreview | null } | null>(null)
  const storedRecords = data?.sessions
  const topicsById = data?.topicsById
  /** Runs a plan operation; a refusal is shown, never thrown (the database is unchanged when it fails). */
  const run = useCallback(
    async (operation: Promise<OperationResult<unknown>>) => {
      const result = await operation
      setProblem(result.ok ? null : errorText(t, result.error))
      if (result.ok) {
        const { week, sessions: stored } = (result.value as Partial<PlanChange> | undefined) ?? {}
        if (stored && stored.every((session) => session.planId === plan.id)) showStored(stored)
        const starts = new Map((storedRecords ?? []).map((session) => [session.sessionId, session.startMs]))
        const title = (topicId: string) => topicsById?.get(topicId)?.topic.title ?? topicId
        setNotice(weekNotice(week, starts, title, plan.settings.timeZone, locale, t))
      }
      return result.ok
    },
    [storedRecords, topicsById, plan.settings.timeZone, plan.id, showStored, locale, t]
  )
  const openWeekReplan = () => {
    setWeekReplan({ preview: null })
    void repos.plans.previewReplanWeek(plan.id, Date.now()).then((result) => {
      if (result.ok) setWeekReplan((shown) => (shown ? { preview: result.value } : shown))
      else {
        setWeekReplan(null)
        setProblem(errorText(t, result.error))
      }
    })
  }
  const undo = useCallback(() => void run(repos.sessions.undo(plan.id, Date.now())), [run, repos, plan.id])
  useUndoShortcut(data?.undoLabel ?? null, undo)

  // Notes belong to the topic: every session of it shows the same ones.
  // A free-text session (NO_TOPIC) has no topic to hold notes.
  const openTopicId = openId ? sessions?.find((session) => session.id === openId)?.topicId : undefined
  const openNote = useTopicNote(plan.id, openTopicId === NO_TOPIC ? undefined : openTopicId)

  /**
   * Done or skip from the session panel: the panel closes and the calendar shows the result at once; once stored, the
   * session's study timer stops. A refusal or failed save puts the calendar back and says why.
   */
  const actFromPanel = (
    sessionId: string,
    action: SessionAction,
    store: (at: number) => Promise<OperationResult<unknown>>
  ) => {
    const at = Date.now()
    setOpenId(null)
    setStopped(null)
    void optimistic
      .act(sessionId, action, at, () =>
        run(store(at)).catch((error: unknown) => {
          setProblem(
            t('calendar.planView.saveFailed', { reason: error instanceof Error ? error.message : String(error) })
          )
          return false
        })
      )
      .then((stored) => {
        if (stored && timer?.sessionId === sessionId) void setTimer(null)
      })
  }

  if (!data || !sessions || weekStart === undefined) return <p aria-live="polite">{t('calendar.planView.loading')}</p>
  const open = openId ? sessions.find((session) => session.id === openId) : undefined
  const openTopic = open ? data.topicsById.get(open.topicId) : undefined
  const timeZone = plan.settings.timeZone

  return (
    // aria-busy while an action shown at once is still being written (assistive technology, and journeys, can wait).
    <section aria-labelledby="calendar-title" className="screen plan-view" aria-busy={optimistic.saving}>
      <header className="plan-header">
        <h1 id="calendar-title">{t('calendar.planView.title')}</h1>
        <p className="plan-summary">
          {plan.title}
          {plan.report ? (
            <>
              {' '}
              ·{' '}
              {
                feasibilityText(t, summarizePlan(plan.report, plan, data.sessions), localDateOf(now, timeZone), locale)
                  .sentence
              }
            </>
          ) : null}
        </p>
        {data.undoLabel ? (
          <button type="button" aria-keyshortcuts="Control+Z" onClick={undo}>
            {undoText(t, data.undoLabel)}
          </button>
        ) : null}
        {missed.count > 0 ? (
          <button type="button" className="plan-missed-count" onClick={missed.reopen}>
            {t('calendar.planView.missedCount', { count: missed.count })}
          </button>
        ) : null}
        <button type="button" aria-keyshortcuts="A" onClick={() => openQuickAdd()}>
          {t('calendar.planView.addSession')}
        </button>
        <button type="button" onClick={openWeekReplan}>
          {t('calendar.planView.replanWeek')}
        </button>
        <button type="button" aria-keyshortcuts="?" onClick={shortcutsList.show}>
          {t('calendar.planView.shortcuts')}
        </button>
      </header>
      {problem ? (
        <p role="alert" className="banner banner-error">
          {problem}
        </p>
      ) : null}
      {notice ? <output className="banner banner-warning">{notice}</output> : null}
      {weekReplan ? (
        <WeekReplanDialog
          preview={weekReplan.preview}
          today={localDateOf(now, timeZone)}
          locale={locale}
          onCancel={() => setWeekReplan(null)}
          onApply={() => {
            setWeekReplan(null)
            void run(repos.plans.replanWeek(plan.id, Date.now()))
          }}
        />
      ) : null}
      {missed.prompt ? (
        <MissedSessionsPrompt
          missedCount={missed.prompt.missedCount}
          options={missed.prompt.options}
          previousFinishDate={plan.report?.finishDate ?? null}
          today={missed.prompt.today}
          locale={locale}
          onApply={(option) => void run(missed.apply(option))}
          onDismiss={missed.dismiss}
        />
      ) : null}
      <div className="plan-layout">
        <div className="plan-calendar">
          <StudyCalendar
            sessions={sessions}
            stages={data.stages}
            availability={plan.availability}
            view={view}
            onViewChange={setView}
            now={now}
            timeZone={timeZone}
            firstDay={weekStart}
            locale={locale}
            controller={controller}
            onMoveSession={async (id, startMs, endMs) => {
              // One instant for the preview and the stored re-plan, so both place the other sessions alike.
              const at = Date.now()
              const moved = await optimistic.act(id, { kind: 'move', startMs, endMs }, at, () =>
                run(repos.sessions.moveSession(id, startMs, at, endMs)).catch((error: unknown) => {
                  setProblem(
                    t('calendar.planView.moveFailed', {
                      reason: error instanceof Error ? error.message : String(error)
                    })
                  )
                  return false
                })
              )
              // The calendar puts the block back.
              if (!moved) throw new Error('The move was not saved.')
            }}
            onRefusedMove={() => setProblem(t('calendar.planView.moveRefused'))}
            onOpenSession={setOpenId}
            onSelectSlot={(startMs, endMs, allDay) => {
              // A day picked in the month view gets the default evening hour; a time dragged out in the week grid keeps
              // its length, and a mere click (one 15-minute snap) gets the default hour.
              const minutes = Math.round((endMs - startMs) / MINUTE_MS)
              if (allDay) setQuickAdd({ ...formValuesAt(startMs, 60, plan.settings.timeZone), time: '18:00' })
              else openQuickAdd(startMs, minutes <= 15 ? 60 : minutes)
            }}
          />
        </div>
        <aside className="plan-aside" aria-label={t('calendar.planView.today')}>
          <TodayPanel
            now={now}
            sessions={sessions}
            stages={data.stages}
            timeZone={timeZone}
            firstDay={weekStart}
            locale={locale}
            onOpenSession={setOpenId}
          />
        </aside>
      </div>
      {quickAdd ? (
        <QuickAddDialog
          topics={quickAddTopics(data.topicsById)}
          timeZone={timeZone}
          initial={quickAdd}
          onCancel={() => setQuickAdd(null)}
          onAdd={async (draft: QuickAddDraft) => {
            const result = await repos.quickAdd.addSession(plan.id, draft, Date.now())
            if (!result.ok) return errorText(t, result.error)
            setQuickAdd(null)
            await run(Promise.resolve(result))
            // Show the week that holds the new session.
            controller.gotoDate(calendarClock(timeZone).toCalendar(draft.startMs))
            return null
          }}
        />
      ) : null}
      {open && (openTopic || open.topicId === NO_TOPIC) ? (
        <SessionPanel
          session={open}
          topic={openTopic?.topic ?? null}
          stage={openTopic?.stage ?? null}
          finishesTopic={asksFirstRating(open, sessions, plan.settings.reviews.enabled)}
          timeZone={timeZone}
          locale={locale}
          timer={timer?.sessionId === open.id ? timer : null}
          now={now}
          stoppedMinutes={stopped?.sessionId === open.id ? stopped.minutes : null}
          onStoppedCancel={() => setStopped(null)}
          notes={openNote}
          onNotesChange={(text) => void run(repos.notes.saveNote(plan.id, open.topicId, text, Date.now()))}
          notesMaxLength={MAX_NOTE_LENGTH}
          onStart={() =>
            void setTimer(startStudyTimer(open, open.title ?? openTopic?.topic.title ?? open.topicId, Date.now()))
          }
          onDone={(minutes, rating) =>
            actFromPanel(
              open.id,
              rating ? { kind: 'done', actualMinutes: minutes, rating } : { kind: 'done', actualMinutes: minutes },
              (at) => repos.sessions.markDone(open.id, minutes, at, rating)
            )
          }
          onSkip={() => actFromPanel(open.id, { kind: 'skip' }, (at) => repos.sessions.skip(open.id, at))}
          onDelete={() =>
            void run(repos.quickAdd.deleteSession(open.id, Date.now())).then((ok) => {
              if (!ok) return
              setOpenId(null)
              setStopped(null)
              if (timer?.sessionId === open.id) void setTimer(null)
            })
          }
          onClose={() => {
            setOpenId(null)
            setStopped(null)
          }}
        />
      ) : null}
    </section>
  )
}
