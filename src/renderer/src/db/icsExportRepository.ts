// A plan's sessions written out as an .ics file, for the learner's own calendar app.
import type { IcsSession } from '../../../shared/ics'
import type { Roadmap } from '../../../shared/domain/roadmap'
import { allTopics } from '../../../shared/scheduling/topics'
import { failWith, runOperation, type OperationResult } from './operationResult'
import type { PlannerDB, SessionRecord } from './PlannerDB'
import { readPlanRows, SESSIONS } from './planRows'

/** Creates the .ics export repository over `db`. */
export function createIcsExportRepository(db: PlannerDB) {
  return {
    /**
     * The plan's planned and done sessions as an .ics calendar (stable UIDs, TZID times with a VTIMEZONE, an alarm at
     * the plan's reminder lead time). `now` is the DTSTAMP. Changes nothing.
     */
    exportPlan(planId: string, now: number): Promise<OperationResult<string>> {
      return runOperation(async () => {
        const plan = await db.plans.get(planId)
        if (!plan) return failWith('not-found', `There is no plan "${planId}".`)
        const roadmap = (await db.roadmaps.get(plan.roadmapId))?.roadmap
        const sessions = await readPlanRows(db, SESSIONS, planId)
        const exported = sessions.filter((session) => session.status !== 'skipped').map(icsSessionMaker(roadmap))
        // .ics handling (ical.js) is rarely used, so it loads on first use instead of with the app.
        const { exportSessionsIcs, IcsExportError } = await import('../../../shared/ics')
        try {
          return exportSessionsIcs(exported, {
            zone: plan.settings.timeZone,
            calendarName: plan.title,
            reminderLeadMinutes: plan.reminderLeadMinutes,
            dtstampMs: now
          })
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

function icsSessionMaker(roadmap: Roadmap | undefined): (session: SessionRecord) => IcsSession {
  const titles = new Map<string, string>()
  const stages = new Map<string, string>()
  if (roadmap) {
    for (const entry of allTopics(roadmap)) titles.set(entry.topic.id, entry.topic.title)
    for (const stage of roadmap.stages) stages.set(stage.id, stage.title)
  }
  return (session) => {
    // A free-text session (quick add) carries its own title.
    const topic = session.title ?? titles.get(session.topicId) ?? session.topicId
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
