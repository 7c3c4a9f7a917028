// Checks a roadmap: unique ids, sane estimates, resolvable prerequisites and no prerequisite cycle.
import type { ScheduleError } from '../domain/schedule'
import type { Roadmap } from '../domain/roadmap'
import { allTopics, topicField, type TopicEntry } from './topics'

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
    return fail('invalid-value', 'roadmap.stages', 'Roadmap stages must be a list.')
  const stageError = checkStages(roadmap)
  if (stageError) return stageError
  const entries = allTopics(roadmap)
  const indexOf = new Map<string, number>()
  return checkTopics(entries, indexOf) ?? checkCycles(entries, indexOf) ?? entries
}

function fail(code: ScheduleError['code'], field: string, message: string): ScheduleError {
  return { code, field, message }
}

function checkStages(roadmap: Roadmap): ScheduleError | null {
  const stageIds = new Set<string>()
  for (const [index, stage] of roadmap.stages.entries()) {
    const field = `roadmap.stages[${index}]`
    if (typeof stage.id !== 'string' || stage.id === '')
      return fail('invalid-value', `${field}.id`, 'Stage id must be a non-empty string.')
    if (stageIds.has(stage.id)) return fail('duplicate-id', `${field}.id`, `Stage id "${stage.id}" is used twice.`)
    stageIds.add(stage.id)
    if (stage.kind === 'choice') {
      if (!Array.isArray(stage.tracks) || stage.tracks.length === 0) {
        return fail('invalid-value', `${field}.tracks`, `Choice stage "${stage.id}" needs at least one track.`)
      }
      const trackIds = new Set(stage.tracks.map((track) => track.id))
      if (trackIds.size !== stage.tracks.length)
        return fail('duplicate-id', `${field}.tracks`, `Stage "${stage.id}" repeats a track id.`)
      const badTrack = stage.tracks.findIndex((track) => !Array.isArray(track.topics))
      if (badTrack >= 0)
        return fail('invalid-value', `${field}.tracks[${badTrack}].topics`, 'Track topics must be a list.')
    } else if (!Array.isArray(stage.topics)) {
      return fail('invalid-value', `${field}.topics`, 'Stage topics must be a list.')
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
      return fail('invalid-value', `${topicField(entry)}.id`, 'Topic id must be a non-empty string.')
    if (indexOf.has(topic.id))
      return fail('duplicate-id', `${topicField(entry)}.id`, `Topic id "${topic.id}" is used twice.`)
    indexOf.set(topic.id, index)
    const minutes = topic.estimatedMinutes
    if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_TOPIC_MINUTES) {
      return fail(
        'invalid-value',
        `${topicField(entry)}.estimatedMinutes`,
        `Estimate of "${topic.id}" must be a whole number of minutes from 1 to ${MAX_TOPIC_MINUTES}.`
      )
    }
    if (!Array.isArray(topic.prerequisites))
      return fail('invalid-value', `${topicField(entry)}.prerequisites`, 'Prerequisites must be a list.')
  }
  for (const entry of entries) {
    const { topic } = entry
    const unknown = firstUnknown(topic.prerequisites, indexOf)
    if (unknown >= 0) {
      return fail(
        'unknown-prerequisite',
        `${topicField(entry)}.prerequisites[${unknown}]`,
        `"${topic.id}" requires unknown topic "${topic.prerequisites[unknown]}".`
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
    `Prerequisites form a cycle: ${path.join(' -> ')}.`
  )
}
