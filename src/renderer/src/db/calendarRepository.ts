// Calendar interop for a plan: busy time from an .ics file (preview, then apply and re-plan) and .ics export of sessions.
import type { IcsSession, ImportNote } from '../../../shared/calendar'
import type { BusyInterval } from '../../../shared/domain/availability'
import type { Roadmap } from '../../../shared/domain/roadmap'
import { allTopics } from '../../../shared/scheduling/topics'
import { failWith, runOperation, type OperationResult } from './operationResult'
import { journal, loadPlanState, planTables, replan } from './planState'
import type { PlannerDB, SessionRecord } from './PlannerDB'
import { readPlanRows, SESSIONS } from './planRows'

/** What an .ics file would add to a plan's busy time; nothing is stored until it is applied. */
export interface BusyImportPreview {
  readonly planId: string
  /** Busy intervals read from the file within [rangeStartMs, rangeEndMs), sorted by start. */
  readonly busy: readonly BusyInterval[]
  /** Events left out (cancelled, free, malformed, past a limit), with the reason. */
  readonly skipped: readonly ImportNote[]
  readonly rangeStartMs: number
  readonly rangeEndMs: number
}

/** How far ahead busy time is read: two years covers any realistic plan, and bounds recurring-event expansion. */
const IMPORT_HORIZON_MS = 2 * 366 * 86_400_000
const DAY_MS = 86_400_000

/** Creates the calendar repository over `db`. */
export function createCalendarRepository(db: PlannerDB) {
  return {
    /**
     * Reads busy time from .ics text for a plan, from a day before `now` to two years ahead, in the plan's zone.
     * Changes nothing; a malformed file gives `{ ok: false }` with the line or event at fault.
     */
    async previewBusyImport(planId: string, icsText: string, now: number): Promise<OperationResult<BusyImportPreview>> {
      const plan = await db.plans.get(planId)
      if (!plan) return { ok: false, error: { code: 'not-found', message: `There is no plan "${planId}".` } }
      const rangeStartMs = now - DAY_MS
      const rangeEndMs = now + IMPORT_HORIZON_MS
      const { importBusyIcs } = await loadIcs()
      const result = importBusyIcs(icsText, { zone: plan.settings.timeZone, rangeStartMs, rangeEndMs })
      if (!result.ok) return { ok: false, error: { code: 'file', message: result.error.message, where: result.error.where } }
      const busy = result.busy.map(({ startMs, endMs, label }) => (label === undefined ? { startMs, endMs } : { startMs, endMs, label: label.slice(0, 500) }))
      return { ok: true, value: { planId, busy, skipped: result.skipped, rangeStartMs, rangeEndMs } }
    },

    /**
     * Adds previewed busy time to the plan and re-plans around it, in one transaction. With `replace`, busy time
     * already in the plan within the preview's range is dropped first (a re-import of an updated calendar);
     * otherwise intervals identical to stored ones are not added twice. Undoable.
     */
    applyBusyImport(preview: BusyImportPreview, now: number, options: { replace: boolean } = { replace: true }): Promise<OperationResult<number>> {
      return runOperation(() =>
        db.transaction('rw', planTables(db), async () => {
          const state = await loadPlanState(db, preview.planId)
          await journal(db, state, 'Import busy time', now)
          const inRange = (busy: BusyInterval) => busy.endMs > preview.rangeStartMs && busy.startMs < preview.rangeEndMs
          const kept = state.plan.availability.busy.filter((busy) => !(options.replace && inRange(busy)))
          const seen = new Set(kept.map(key))
          const added = preview.busy.filter((busy) => !seen.has(key(busy)))
          const busy = [...kept, ...added].sort((a, b) => a.startMs - b.startMs)
          const plan = { ...state.plan, availability: { ...state.plan.availability, busy } }
          await replan(db, { ...state, plan }, now)
          return added.length
        })
      )
    },

    /**
     * The plan's planned and done sessions as an .ics calendar (stable UIDs, TZID times with a VTIMEZONE, an alarm at
     * the plan's reminder lead time). `now` is the DTSTAMP.
     */
    exportPlanIcs(planId: string, now: number): Promise<OperationResult<string>> {
      return runOperation(async () => {
        const plan = await db.plans.get(planId)
        if (!plan) return failWith('not-found', `There is no plan "${planId}".`)
        const roadmap = (await db.roadmaps.get(plan.roadmapId))?.roadmap
        const sessions = await readPlanRows(db, SESSIONS, planId)
        const exported = sessions.filter((session) => session.status !== 'skipped').map(icsSessionMaker(roadmap))
        const { exportSessionsIcs, IcsExportError } = await loadIcs()
        try {
          return exportSessionsIcs(exported, { zone: plan.settings.timeZone, calendarName: plan.title, reminderLeadMinutes: plan.reminderLeadMinutes, dtstampMs: now })
        } catch (error) {
          if (error instanceof IcsExportError) return failWith('invalid', error.message)
          throw error
        }
      })
    }
  }
}

/** .ics handling (ical.js) is rarely used, so it loads on first use instead of with the app. */
function loadIcs() {
  return import('../../../shared/calendar')
}

function key(busy: BusyInterval): string {
  return `${busy.startMs}|${busy.endMs}|${busy.label ?? ''}`
}

/** The calendar repository's API. */
export type CalendarRepository = ReturnType<typeof createCalendarRepository>

function icsSessionMaker(roadmap: Roadmap | undefined): (session: SessionRecord) => IcsSession {
  const titles = new Map<string, string>()
  const stages = new Map<string, string>()
  if (roadmap) {
    for (const entry of allTopics(roadmap)) titles.set(entry.topic.id, entry.topic.title)
    for (const stage of roadmap.stages) stages.set(stage.id, stage.title)
  }
  return (session) => {
    const topic = titles.get(session.topicId) ?? session.topicId
    const stage = stages.get(session.stageId)
    return {
      id: session.id,
      title: session.kind === 'review' ? `Review: ${topic}` : topic,
      ...(stage ? { description: stage } : {}),
      startMs: session.startMs,
      endMs: session.endMs
    }
  }
}
