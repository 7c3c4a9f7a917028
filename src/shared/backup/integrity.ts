// Checks what schemas cannot: unique ids, references between tables, and plans the engine would refuse.
import { NO_TOPIC } from '../domain/session'
import { allTopics } from '../scheduling/topics'
import { validateAvailability, validateSettings } from '../scheduling/validate'
import { validateRoadmap } from '../scheduling/validateRoadmap'
import type { BackupData } from './records'
import { sessionRecordId } from './records'
import { quote, type FileProblem } from './problem'

type Check = (data: BackupData, root: string) => FileProblem | null

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
    const problem = check(data, root)
    if (problem) return problem
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
    if (seen.has(key)) return { where: where(index), message: `duplicate id ${quote(key)}` }
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
    if (record.id !== record.roadmap.id)
      return { where: `${where}.id`, message: `does not match roadmap.id ${quote(record.roadmap.id)}` }
    const problem = validateRoadmap(record.roadmap)
    if (problem) return { where: `${where}.${problem.field}`, message: problem.message }
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
    if (!roadmap) return { where: `${where}.roadmapId`, message: `unknown roadmap ${quote(plan.roadmapId)}` }
    const problem = validateSettings(plan.settings, roadmap) ?? validateAvailability(plan.availability)
    if (problem) return { where: `${where}.${problem.field}`, message: problem.message }
  }
  return null
}

function checkSessions(data: BackupData, root: string): FileProblem | null {
  const topics = topicsByRoadmap(data)
  const planTopics = new Map(data.plans.map((plan) => [plan.id, topics.get(plan.roadmapId)]))
  for (let index = 0; index < data.sessions.length; index++) {
    const session = data.sessions[index]!
    const where = `${root}.sessions[${index}]`
    if (!planTopics.has(session.planId))
      return { where: `${where}.planId`, message: `unknown plan ${quote(session.planId)}` }
    if (session.id !== sessionRecordId(session.planId, session.sessionId)) {
      return {
        where: `${where}.id`,
        message: `must be planId/sessionId, ${quote(sessionRecordId(session.planId, session.sessionId))}`
      }
    }
    if (session.topicId === NO_TOPIC) {
      // A free-text session names what it is about and is a study session.
      if (session.title === undefined)
        return { where: `${where}.title`, message: 'a session on no roadmap topic needs a title' }
      if (session.kind !== 'study')
        return { where: `${where}.kind`, message: 'a session on no roadmap topic must be a study session' }
    } else if (!planTopics.get(session.planId)?.has(session.topicId))
      return { where: `${where}.topicId`, message: `unknown topic ${quote(session.topicId)}` }
    else if (session.title !== undefined)
      return { where: `${where}.title`, message: 'only a session on no roadmap topic has a title' }
    if (session.endMs <= session.startMs)
      return { where: `${where}.endMs`, message: 'the session must end after it starts' }
  }
  return null
}

function checkStudyLog(data: BackupData, root: string): FileProblem | null {
  const sessions = new Map(data.sessions.map((session) => [session.id, session]))
  for (const [index, line] of data.studyLog.entries()) {
    const where = `${root}.studyLog[${index}]`
    const session = sessions.get(line.sessionId)
    if (!session) return { where: `${where}.sessionId`, message: `unknown session ${quote(line.sessionId)}` }
    if (session.planId !== line.planId)
      return { where: `${where}.planId`, message: `does not match the session's plan ${quote(session.planId)}` }
    if (session.topicId !== line.topicId)
      return { where: `${where}.topicId`, message: `does not match the session's topic ${quote(session.topicId)}` }
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
    if (!planTopics.has(row.planId)) return { where: `${where}.planId`, message: `unknown plan ${quote(row.planId)}` }
    if (!planTopics.get(row.planId)?.has(row.topicId))
      return { where: `${where}.topicId`, message: `unknown topic ${quote(row.topicId)}` }
  }
  return null
}
