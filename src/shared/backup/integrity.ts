// Checks what schemas cannot: unique ids, references between tables, and plans the engine would refuse.
import { NO_TOPIC } from '../domain/session'
import { allTopics } from '../scheduling/topics'
import { validateAvailability, validateSettings } from '../scheduling/validate'
import { validateRoadmap } from '../scheduling/validateRoadmap'
import type { BackupData } from './records'
import { sessionRecordId } from './records'
import { quote, type FileProblem } from './problem'
import { messageRef, type MessageRef } from '../i18n/ref'
import { problemOf, type ProblemMessage } from '../validation/problemText'

type Check = (data: BackupData, root: string) => FileProblem | null

/** A problem at `where` saying `message` (a catalog message as `ref`, its key as `message`). */
function problem(where: string, message: ProblemMessage): FileProblem {
  return { where, ...problemOf(message) }
}

/** The errors.integrity messages about a value from the file, quoted as `{id}`. */
type AboutValue =
  | 'duplicateId'
  | 'roadmapMismatch'
  | 'unknownRoadmap'
  | 'unknownPlan'
  | 'badRecordId'
  | 'unknownTopic'
  | 'unknownSession'
  | 'planMismatch'
  | 'topicMismatch'

function about(key: AboutValue, value: string): MessageRef {
  return messageRef(`errors.integrity.${key}`, { id: quote(value) })
}

/** The first integrity problem in schema-valid backup data, or null; paths start with `root`. */
export function checkIntegrity(data: BackupData, root = 'data'): FileProblem | null {
  const checks: Check[] = [
    checkUniqueIds,
    checkRoadmaps,
    checkPlans,
    checkSessions,
    checkStudyLog,
    checkReviews,
    checkNotes
  ]
  for (const check of checks) {
    const found = check(data, root)
    if (found) return found
  }
  return null
}

function duplicate(
  rows: readonly unknown[],
  keyOf: (row: never) => string,
  where: (index: number) => string
): FileProblem | null {
  const seen = new Set<string>()
  for (let index = 0; index < rows.length; index++) {
    const key = keyOf(rows[index] as never)
    if (seen.has(key)) return problem(where(index), about('duplicateId', key))
    seen.add(key)
  }
  return null
}

function byId(row: { id: string }): string {
  return row.id
}

function checkUniqueIds(data: BackupData, root: string): FileProblem | null {
  return (
    duplicate(data.roadmaps, byId, (i) => `${root}.roadmaps[${i}].id`) ??
    duplicate(data.plans, byId, (i) => `${root}.plans[${i}].id`) ??
    duplicate(data.sessions, byId, (i) => `${root}.sessions[${i}].id`) ??
    duplicate(data.studyLog, byId, (i) => `${root}.studyLog[${i}].id`) ??
    duplicate(data.reviews, byId, (i) => `${root}.reviews[${i}].id`) ??
    duplicate(
      data.notes,
      (note: { planId: string; topicId: string }) => `${note.planId}/${note.topicId}`,
      (i) => `${root}.notes[${i}].topicId`
    ) ??
    duplicate(
      data.settings,
      (row: { key: string }) => row.key,
      (i) => `${root}.settings[${i}].key`
    )
  )
}

function checkRoadmaps(data: BackupData, root: string): FileProblem | null {
  for (const [index, record] of data.roadmaps.entries()) {
    const where = `${root}.roadmaps[${index}]`
    if (record.id !== record.roadmap.id) return problem(`${where}.id`, about('roadmapMismatch', record.roadmap.id))
    const refused = validateRoadmap(record.roadmap)
    if (refused) return problem(`${where}.${refused.field}`, refused.ref ?? refused.message)
  }
  return null
}

/** Topic ids of each roadmap, computed once per check run. */
function topicsByRoadmap(data: BackupData): Map<string, Set<string>> {
  return new Map(
    data.roadmaps.map((record) => [record.id, new Set(allTopics(record.roadmap).map((entry) => entry.topic.id))])
  )
}

function checkPlans(data: BackupData, root: string): FileProblem | null {
  const roadmaps = new Map(data.roadmaps.map((record) => [record.id, record.roadmap]))
  for (const [index, plan] of data.plans.entries()) {
    const where = `${root}.plans[${index}]`
    const roadmap = roadmaps.get(plan.roadmapId)
    if (!roadmap) return problem(`${where}.roadmapId`, about('unknownRoadmap', plan.roadmapId))
    const refused = validateSettings(plan.settings, roadmap) ?? validateAvailability(plan.availability)
    if (refused) return problem(`${where}.${refused.field}`, refused.ref ?? refused.message)
  }
  return null
}

function checkSessions(data: BackupData, root: string): FileProblem | null {
  const topics = topicsByRoadmap(data)
  const planTopics = new Map(data.plans.map((plan) => [plan.id, topics.get(plan.roadmapId)]))
  for (let index = 0; index < data.sessions.length; index++) {
    const session = data.sessions[index]!
    const where = `${root}.sessions[${index}]`
    if (!planTopics.has(session.planId)) return problem(`${where}.planId`, about('unknownPlan', session.planId))
    if (session.id !== sessionRecordId(session.planId, session.sessionId)) {
      return problem(`${where}.id`, about('badRecordId', sessionRecordId(session.planId, session.sessionId)))
    }
    if (session.topicId === NO_TOPIC) {
      // A free-text session names what it is about and is a study session.
      if (session.title === undefined) return problem(`${where}.title`, messageRef('errors.integrity.noTitle'))
      if (session.kind !== 'study') return problem(`${where}.kind`, messageRef('errors.integrity.notStudy'))
    } else if (!planTopics.get(session.planId)?.has(session.topicId))
      return problem(`${where}.topicId`, about('unknownTopic', session.topicId))
    else if (session.title !== undefined) return problem(`${where}.title`, messageRef('errors.integrity.titleOnTopic'))
    if (session.endMs <= session.startMs)
      return problem(`${where}.endMs`, messageRef('errors.integrity.endBeforeStart'))
  }
  return null
}

function checkStudyLog(data: BackupData, root: string): FileProblem | null {
  const sessions = new Map(data.sessions.map((session) => [session.id, session]))
  for (const [index, line] of data.studyLog.entries()) {
    const where = `${root}.studyLog[${index}]`
    const session = sessions.get(line.sessionId)
    if (!session) return problem(`${where}.sessionId`, about('unknownSession', line.sessionId))
    if (session.planId !== line.planId) return problem(`${where}.planId`, about('planMismatch', session.planId))
    if (session.topicId !== line.topicId) return problem(`${where}.topicId`, about('topicMismatch', session.topicId))
  }
  return null
}

function checkReviews(data: BackupData, root: string): FileProblem | null {
  return checkPlanTopics(data, data.reviews, `${root}.reviews`)
}

function checkNotes(data: BackupData, root: string): FileProblem | null {
  return checkPlanTopics(data, data.notes, `${root}.notes`)
}

/** Each row names a plan of the file and a topic of that plan's roadmap. */
function checkPlanTopics(
  data: BackupData,
  rows: readonly { planId: string; topicId: string }[],
  table: string
): FileProblem | null {
  const topics = topicsByRoadmap(data)
  const planTopics = new Map(data.plans.map((plan) => [plan.id, topics.get(plan.roadmapId)]))
  for (const [index, row] of rows.entries()) {
    const where = `${table}[${index}]`
    if (!planTopics.has(row.planId)) return problem(`${where}.planId`, about('unknownPlan', row.planId))
    if (!planTopics.get(row.planId)?.has(row.topicId))
      return problem(`${where}.topicId`, about('unknownTopic', row.topicId))
  }
  return null
}
