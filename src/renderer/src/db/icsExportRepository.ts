// A plan's sessions written out as an .ics file, for the learner's own calendar app.
import {
  DEFAULT_EXPORT_CHOICES,
  exportRangeProblem,
  planExportSessions,
  type PlanExportChoices
} from '../../../shared/ics/planExport'
import { failWith, runOperation, type OperationResult } from './operationResult'
import type { PlannerDB } from './PlannerDB'
import { readPlanRows, SESSIONS } from './planRows'
import { dbText } from './dbText'

/** An exported calendar: the .ics text and how many sessions and alarms it holds. */
export interface IcsExportFile {
  readonly text: string
  readonly sessionCount: number
  readonly alarmCount: number
}

/** Creates the .ics export repository over `db`. */
export function createIcsExportRepository(db: PlannerDB) {
  return {
    /**
     * The plan's sessions the learner chose as an .ics calendar (stable UIDs, TZID times with a VTIMEZONE, each
     * topic's summary, outcome and resources): by default the planned ones from today on, no done ones, no alarms.
     * Alarms fire at the plan's reminder lead, or as a session starts when the plan has none. `now` is the DTSTAMP and
     * the instant before which planned sessions count as missed. Refuses an invalid range. Changes nothing.
     */
    exportPlan(
      planId: string,
      now: number,
      choices: PlanExportChoices = DEFAULT_EXPORT_CHOICES
    ): Promise<OperationResult<IcsExportFile>> {
      return runOperation(async () => {
        const problem = exportRangeProblem(choices.range)
        if (problem) return failWith('invalid', problem.message, problem.field)
        const plan = await db.plans.get(planId)
        if (!plan) return failWith('not-found', dbText()('common.operations.noPlan', { id: planId }))
        const roadmap = (await db.roadmaps.get(plan.roadmapId))?.roadmap
        const sessions = await readPlanRows(db, SESSIONS, planId)
        const zone = plan.settings.timeZone
        const exported = planExportSessions({ sessions, roadmap, zone, now, t: dbText() }, choices)
        // .ics handling (ical.js) is rarely used, so it loads on first use instead of with the app.
        const { exportSessionsIcs, IcsExportError } = await import('../../../shared/ics')
        try {
          const text = exportSessionsIcs(exported, {
            zone,
            calendarName: plan.title,
            reminderLeadMinutes: plan.reminderLeadMinutes ?? 0,
            dtstampMs: now
          })
          const alarmCount = exported.filter((session) => session.alarm === true).length
          return { text, sessionCount: exported.length, alarmCount }
        } catch (error) {
          if (error instanceof IcsExportError) return failWith('invalid', error.message)
          throw error
        }
      })
    }
  }
}

/** The .ics export repository's API. */
export type IcsExportRepository = ReturnType<typeof createIcsExportRepository>
