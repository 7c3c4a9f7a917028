// What the learner's calendar should hold now: the synced plan's sessions from today through the chosen weeks,
// written as the .ics export writes them (titles and descriptions in the learner's language). Pure.
import type { Roadmap } from '../domain/roadmap'
import type { Session } from '../domain/session'
import type { Translate } from '../i18n/translator'
import { planExportSessions } from './planExport'
import type { PublishSnapshot } from '../ipc/calendarSync'
import { addLocalDays, localDateOf } from '../time'

export interface SnapshotInput {
  readonly planId: string
  readonly sessions: readonly Session[]
  readonly roadmap: Roadmap | undefined
  readonly zone: string
  readonly reminderLeadMinutes: number | null
  readonly weeks: number
  readonly keepDone: boolean
  readonly now: number
  readonly t: Translate
}

/** The snapshot main publishes: planned sessions still ahead (each with its alarm), and done ones if kept. */
export function publishSnapshot(input: SnapshotInput): PublishSnapshot {
  const today = localDateOf(input.now, input.zone)
  const sessions = planExportSessions(
    { sessions: input.sessions, roadmap: input.roadmap, zone: input.zone, now: input.now, t: input.t },
    {
      range: { kind: 'dates', from: today, to: addLocalDays(today, input.weeks * 7 - 1) },
      includeDone: input.keepDone,
      alarms: input.reminderLeadMinutes !== null
    }
  )
  return { planId: input.planId, zone: input.zone, reminderLeadMinutes: input.reminderLeadMinutes, sessions }
}
