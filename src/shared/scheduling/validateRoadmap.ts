// Checks a roadmap: unique ids, sane estimates, resolvable prerequisites and no prerequisite cycle.
import type { ScheduleError } from '../domain/schedule'
import type { Roadmap } from '../domain/roadmap'
import { allTopics, topicField, type TopicEntry } from './topics'
import { messageRef, type MessageRef } from '../i18n/ref'

/** Longest estimate accepted for one topic: 1,000 hours. */
export const MAX_TOPIC_MINUTES = 60_000

/** The first problem in `roadmap`, or null when it can be planned. */
export function validateRoadmap(roadmap: Roadmap): ScheduleError | null {
  const checked = validateRoadmapTopics(roadmap)
  return Array.isArray(checked) ? null : checked
}

/**
 * The first problem in `roadmap`, or, when it can be planned, its topics (allTopics), so a caller that goes on to plan
 * need not list thousands of topics twice.
 */
export function validateRoadmapTopics(roadmap: Roadmap): ScheduleError | TopicEntry[] {
  if (!roadmap || !Array.isArray(roadmap.stages))
    return fail('invalid-value', 'roadmap.stages', messageRef('errors.roadmap.stagesNotList'))
  const stageError = checkStages(roadmap)
  if (stageError) return stageError
  const entries = allTopics(roadmap)
  const indexOf = new Map<string, number>()
  return checkTopics(entries, indexOf) ?? checkCycles(entries, indexOf) ?? entries
}

function fail(code: ScheduleError['code'], field: string, message: MessageRef): ScheduleError {
  return { code, field, message: message.key, ref: message }
}

function checkStages(roadmap: Roadmap): ScheduleError | null {
  const stageIds = new Set<string>()
  for (const [index, stage] of roadmap.stages.entries()) {
    const field = `roadmap.stages[${index}]`
    if (typeof stage.id !== 'string' || stage.id === '')
      return fail('invalid-value', `${field}.id`, messageRef('errors.roadmap.stageIdEmpty'))
    if (stageIds.has(stage.id))
      return fail('duplicate-id', `${field}.id`, messageRef('errors.roadmap.stageIdTwice', { id: stage.id }))
    stageIds.add(stage.id)
    if (stage.kind === 'choice') {
      if (!Array.isArray(stage.tracks) || stage.tracks.length === 0) {
        return fail('invalid-value', `${field}.tracks`, messageRef('errors.roadmap.noTracks', { id: stage.id }))
      }
      const trackIds = new Set(stage.tracks.map((track) => track.id))
      if (trackIds.size !== stage.tracks.length)
        return fail('duplicate-id', `${field}.tracks`, messageRef('errors.roadmap.trackIdTwice', { id: stage.id }))
      const badTrack = stage.tracks.findIndex((track) => !Array.isArray(track.topics))
      if (badTrack >= 0)
        return fail(
          'invalid-value',
          `${field}.tracks[${badTrack}].topics`,
          messageRef('errors.roadmap.trackTopicsNotList')
        )
    } else if (!Array.isArray(stage.topics)) {
      return fail('invalid-value', `${field}.topics`, messageRef('errors.roadmap.stageTopicsNotList'))
    }
  }
  return null
}

/** Checks ids, estimates and prerequisites; fills `indexOf` with each topic's position in `entries` on the way. */
function checkTopics(entries: readonly TopicEntry[], indexOf: Map<string, number>): ScheduleError | null {
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!
    const { topic } = entry
    if (typeof topic.id !== 'string' || topic.id === '')
      return fail('invalid-value', `${topicField(entry)}.id`, messageRef('errors.roadmap.topicIdEmpty'))
    if (indexOf.has(topic.id))
      return fail(
        'duplicate-id',
        `${topicField(entry)}.id`,
        messageRef('errors.roadmap.topicIdTwice', { id: topic.id })
      )
    indexOf.set(topic.id, index)
    const minutes = topic.estimatedMinutes
    if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_TOPIC_MINUTES) {
      return fail(
        'invalid-value',
        `${topicField(entry)}.estimatedMinutes`,
        messageRef('errors.roadmap.badEstimate', { id: topic.id, max: String(MAX_TOPIC_MINUTES) })
      )
    }
    if (!Array.isArray(topic.prerequisites))
      return fail(
        'invalid-value',
        `${topicField(entry)}.prerequisites`,
        messageRef('errors.roadmap.prerequisitesNotList')
      )
  }
  for (const entry of entries) {
    const { topic } = entry
    const unknown = firstUnknown(topic.prerequisites, indexOf)
    if (unknown >= 0) {
      return fail(
        'unknown-prerequisite',
        `${topicField(entry)}.prerequisites[${unknown}]`,
        messageRef('errors.roadmap.unknownPrerequisite', {
          id: topic.id,
          prerequisite: String(topic.prerequisites[unknown])
        })
      )
    }
  }
  return null
}

/** Index of the first id not in `known`, or -1 (a loop: findIndex would allocate a closure per topic). */
function firstUnknown(ids: readonly string[], known: ReadonlyMap<string, number>): number {
  for (let index = 0; index < ids.length; index++) if (!known.has(ids[index]!)) return index
  return -1
}

const UNSEEN = 0
const VISITING = 1
const DONE = 2

/**
 * Depth-first search with an explicit stack (roadmaps can be thousands of topics deep). Topics are numbers (positions
 * in `entries`) and the stack is two typed arrays, so checking a big roadmap leaves little garbage behind.
 */
function checkCycles(entries: readonly TopicEntry[], indexOf: ReadonlyMap<string, number>): ScheduleError | null {
  const state = new Uint8Array(entries.length)
  const stackTopic = new Int32Array(entries.length)
  const stackNext = new Int32Array(entries.length)
  for (let root = 0; root < entries.length; root++) {
    if (state[root] !== UNSEEN) continue
    stackTopic[0] = root
    stackNext[0] = 0
    let depth = 1
    state[root] = VISITING
    while (depth > 0) {
      const topic = stackTopic[depth - 1]!
      const prerequisites = entries[topic]!.topic.prerequisites
      const next = stackNext[depth - 1]!
      stackNext[depth - 1] = next + 1
      if (next >= prerequisites.length) {
        state[topic] = DONE
        depth--
        continue
      }
      const child = indexOf.get(prerequisites[next]!)!
      if (state[child] === VISITING) return cycleError(entries, stackTopic.subarray(0, depth), child)
      if (state[child] === UNSEEN) {
        state[child] = VISITING
        stackTopic[depth] = child
        stackNext[depth] = 0
        depth++
      }
    }
  }
  return null
}

/** The error for a cycle closed by the last topic of `stack` requiring `child`, which is on the stack. */
function cycleError(entries: readonly TopicEntry[], stack: Int32Array, child: number): ScheduleError {
  const path = [...stack.subarray(stack.indexOf(child))].map((index) => entries[index]!.topic.id)
  path.push(entries[child]!.topic.id)
  const last = entries[stack[stack.length - 1]!]!
  return fail(
    'prerequisite-cycle',
    `${topicField(last)}.prerequisites`,
    messageRef('errors.roadmap.cycle', { path: path.join(' -> ') })
  )
}
