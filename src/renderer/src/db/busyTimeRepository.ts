// A plan's busy time from an .ics file: read it (preview, nothing stored), then apply it and re-plan around it.
import type { ImportBusyOptions, ImportBusyResult, ImportNote } from '../../../shared/ics'
import type { BusyInterval } from '../../../shared/domain/availability'
import { DAY_MS } from '../../../shared/time'
import { FILE_LIMITS } from '../../../shared/backup/limits'
import { backupRoomProblem } from './backupBudget'
import { failWith, type OperationError, type OperationResult } from './operationResult'
import { runPlanAction } from './planAction'
import type { PlannerDB } from './PlannerDB'
import { UNDO_LABELS } from './undoLabels'
import { dbText } from './dbText'

/** What an .ics file would add to a plan's busy time; nothing is stored until it is applied. */
export interface BusyImportPreview {
  readonly planId: string
  /** The file's name: its busy time replaces only busy time imported before from a file of that name. */
  readonly source: string
  /** Busy intervals read from the file within [rangeStartMs, rangeEndMs), sorted by start. */
  readonly busy: readonly BusyInterval[]
  /** Busy intervals imported before from `source` within the range: applying the preview replaces them. */
  readonly replacing: number
  /** Events left out (cancelled, free, malformed, past a limit), with the reason. */
  readonly skipped: readonly ImportNote[]
  readonly rangeStartMs: number
  readonly rangeEndMs: number
}

/** How far ahead busy time is read: two years covers any realistic plan, and bounds recurring-event expansion. */
const IMPORT_HORIZON_MS = 2 * 366 * DAY_MS

/** Creates the busy-time repository over `db`. */
export function createBusyTimeRepository(db: PlannerDB) {
  /**
   * How busy time is read for a plan: in its zone, from a day before `now` to two years ahead. The page reads the file
   * with these in a worker (files/readUntrustedFile.ts), then hands the result to {@link previewParsedBusyImport}.
   */
  async function busyImportOptions(planId: string, now: number): Promise<OperationResult<ImportBusyOptions>> {
    const plan = await db.plans.get(planId)
    if (!plan)
      return { ok: false, error: { code: 'not-found', message: dbText()('common.operations.noPlan', { id: planId }) } }
    return {
      ok: true,
      value: { zone: plan.settings.timeZone, rangeStartMs: now - DAY_MS, rangeEndMs: now + IMPORT_HORIZON_MS }
    }
  }

  /** The preview of an .ics file already read with `options` (see busyImportOptions); changes nothing. */
  async function previewParsedBusyImport(
    planId: string,
    options: ImportBusyOptions,
    result: ImportBusyResult,
    source: string
  ): Promise<OperationResult<BusyImportPreview>> {
    const plan = await db.plans.get(planId)
    if (!plan)
      return { ok: false, error: { code: 'not-found', message: dbText()('common.operations.noPlan', { id: planId }) } }
    const { rangeStartMs, rangeEndMs } = options
    if (!result.ok)
      return {
        ok: false,
        error: {
          code: 'file',
          message: result.error.message,
          ...(result.error.ref && { ref: result.error.ref }),
          where: result.error.where
        }
      }
    const name = source.slice(0, 500)
    const busy = result.busy.map(({ startMs, endMs, label }) =>
      label === undefined
        ? { startMs, endMs, source: name }
        : { startMs, endMs, label: label.slice(0, 500), source: name }
    )
    const replacing = plan.availability.busy.filter(
      (stored) => stored.source === name && overlaps(stored, rangeStartMs, rangeEndMs)
    ).length
    const preview = { planId, source: name, busy, replacing, skipped: result.skipped, rangeStartMs, rangeEndMs }
    const tooMany = busyLimitProblem(mergeBusy(plan.availability.busy, preview).busy.length, name)
    return tooMany ? { ok: false, error: tooMany } : { ok: true, value: preview }
  }

  return {
    /**
     * Reads busy time from .ics text for a plan, from a day before `now` to two years ahead, in the plan's zone.
     * Changes nothing; a malformed file gives `{ ok: false }` with the line or event at fault.
     */
    async previewBusyImport(
      planId: string,
      icsText: string,
      now: number,
      source: string
    ): Promise<OperationResult<BusyImportPreview>> {
      const options = await busyImportOptions(planId, now)
      if (!options.ok) return options
      const { importBusyIcs } = await loadIcs()
      return previewParsedBusyImport(planId, options.value, importBusyIcs(icsText, options.value), source)
    },

    busyImportOptions,
    previewParsedBusyImport,

    /**
     * Adds previewed busy time to the plan and re-plans around it, in one transaction. Busy time imported before
     * from the same file (its name) within the preview's range is replaced (a re-import of an updated calendar);
     * busy time from other files stays, and an interval identical to a stored one is not added twice. Undoable.
     */
    async applyBusyImport(preview: BusyImportPreview, now: number): Promise<OperationResult<number>> {
      const room = await backupRoomProblem(db, JSON.stringify(preview.busy).length, {
        kind: 'file',
        file: preview.source
      })
      if (room) return { ok: false, error: room }
      let added = 0
      const result = await runPlanAction(
        db,
        { planId: preview.planId },
        {
          label: UNDO_LABELS.importBusyTime,
          now,
          change: (state) => {
            const merged = mergeBusyWithinLimit(state.plan.availability.busy, preview, preview.source)
            added = merged.added.length
            const plan = { ...state.plan, availability: { ...state.plan.availability, busy: merged.busy } }
            // New busy time is a change to the learner's time: sessions of the week ahead it now covers are let go.
            return { state: { ...state, plan }, scope: 'fill-week' }
          }
        }
      )
      return result.ok ? { ok: true, value: added } : result
    }
  }
}

/**
 * The plan's busy time once `preview` is applied: busy time imported before from the same file within the preview's
 * range is replaced, other busy time stays, an interval identical to a kept one is not added twice.
 */
function mergeBusy(
  stored: readonly BusyInterval[],
  preview: Pick<BusyImportPreview, 'source' | 'busy' | 'rangeStartMs' | 'rangeEndMs'>
): { busy: BusyInterval[]; added: BusyInterval[] } {
  const replaced = (busy: BusyInterval) =>
    busy.source === preview.source && overlaps(busy, preview.rangeStartMs, preview.rangeEndMs)
  const kept = stored.filter((busy) => !replaced(busy))
  const seen = new Set(kept.map(key))
  const added = preview.busy.filter((busy) => !seen.has(key(busy)))
  return { busy: [...kept, ...added].sort((a, b) => a.startMs - b.startMs), added }
}

/**
 * {@link mergeBusy}, refused inside a plan action (failWith) when the plan would hold more busy time than a backup
 * does; `name` says where the busy time came from (a file, a calendar).
 */
export function mergeBusyWithinLimit(
  stored: readonly BusyInterval[],
  replacement: Pick<BusyImportPreview, 'source' | 'busy' | 'rangeStartMs' | 'rangeEndMs'>,
  name: string
): { busy: BusyInterval[]; added: BusyInterval[] } {
  const merged = mergeBusy(stored, replacement)
  const tooMany = busyLimitProblem(merged.busy.length, name)
  if (tooMany) failWith(tooMany.code, tooMany.message, tooMany.where)
  return merged
}

/**
 * Refuses busy time past what a backup holds per plan (FILE_LIMITS.maxBusy), saying how many intervals the file would
 * bring it to and what to do; null when it fits. (The record check in recordLimits.ts would refuse it too, in general words.)
 */
function busyLimitProblem(total: number, source: string): OperationError | null {
  if (total <= FILE_LIMITS.maxBusy) return null
  return {
    code: 'invalid',
    message: dbText()('common.operations.busyLimit', { file: source, total, max: FILE_LIMITS.maxBusy })
  }
}

/** .ics handling (ical.js) is rarely used, so it loads on first use instead of with the app. */
function loadIcs() {
  return import('../../../shared/ics')
}

function key(busy: BusyInterval): string {
  return `${busy.startMs}|${busy.endMs}|${busy.label ?? ''}`
}

function overlaps(busy: BusyInterval, startMs: number, endMs: number): boolean {
  return busy.endMs > startMs && busy.startMs < endMs
}

/** The busy-time repository's API. */
export type BusyTimeRepository = ReturnType<typeof createBusyTimeRepository>
