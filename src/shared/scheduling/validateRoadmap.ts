// Checks a roadmap: unique ids, sane estimates, resolvable prerequisites and no prerequisite cycle.
import type { ScheduleError } from '../domain/schedule'
import type { Roadmap } from '../domain/roadmap'
import { allTopics, topicField, type TopicEntry } from './topics'

/** Longest estimate accepted for one topic: 1,000 hours. */
export const MAX_TOPIC_MINUTES = 60_000

/** The first problem in `roadmap`, or null when it can be planned. */
export function validateRoadmap(roadmap: Roadmap): ScheduleError | null {
  if (!roadmap || !Array.isArray(roadmap.stages)) return fail('invalid-value', 'roadmap.stages', 'Roadmap stages must be a list.')
  const stageError = checkStages(roadmap)
  if (stageError) return stageError
  const entries = allTopics(roadmap)
  return checkTopics(entries) ?? checkCycles(entries)
}

function fail(code: ScheduleError['code'], field: string, message: string): ScheduleError {
  return { code, field, message }
}

function checkStages(roadmap: Roadmap): ScheduleError | null {
  const stageIds = new Set<string>()
  for (const [index, stage] of roadmap.stages.entries()) {
    const field = `roadmap.stages[${index}]`
    if (typeof stage.id !== 'string' || stage.id === '') return fail('invalid-value', `${field}.id`, 'Stage id must be a non-empty string.')
    if (stageIds.has(stage.id)) return fail('duplicate-id', `${field}.id`, `Stage id "${stage.id}" is used twice.`)
    stageIds.add(stage.id)
    if (stage.kind === 'choice') {
      if (!Array.isArray(stage.tracks) || stage.tracks.length === 0) {
        return fail('invalid-value', `${field}.tracks`, `Choice stage "${stage.id}" needs at least one track.`)
      }
      const trackIds = new Set(stage.tracks.map((track) => track.id))
      if (trackIds.size !== stage.tracks.length) return fail('duplicate-id', `${field}.tracks`, `Stage "${stage.id}" repeats a track id.`)
      const badTrack = stage.tracks.findIndex((track) => !Array.isArray(track.topics))
      if (badTrack >= 0) return fail('invalid-value', `${field}.tracks[${badTrack}].topics`, 'Track topics must be a list.')
    } else if (!Array.isArray(stage.topics)) {
      return fail('invalid-value', `${field}.topics`, 'Stage topics must be a list.')
    }
  }
  return null
}

function checkTopics(entries: readonly TopicEntry[]): ScheduleError | null {
  const ids = new Set<string>()
  for (const entry of entries) {
    const { topic } = entry
    if (typeof topic.id !== 'string' || topic.id === '') return fail('invalid-value', `${topicField(entry)}.id`, 'Topic id must be a non-empty string.')
    if (ids.has(topic.id)) return fail('duplicate-id', `${topicField(entry)}.id`, `Topic id "${topic.id}" is used twice.`)
    ids.add(topic.id)
    const minutes = topic.estimatedMinutes
    if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_TOPIC_MINUTES) {
      return fail('invalid-value', `${topicField(entry)}.estimatedMinutes`, `Estimate of "${topic.id}" must be a whole number of minutes from 1 to ${MAX_TOPIC_MINUTES}.`)
    }
    if (!Array.isArray(topic.prerequisites)) return fail('invalid-value', `${topicField(entry)}.prerequisites`, 'Prerequisites must be a list.')
  }
  for (const entry of entries) {
    const { topic } = entry
    const unknown = topic.prerequisites.findIndex((id) => !ids.has(id))
    if (unknown >= 0) {
      return fail('unknown-prerequisite', `${topicField(entry)}.prerequisites[${unknown}]`, `"${topic.id}" requires unknown topic "${topic.prerequisites[unknown]}".`)
    }
  }
  return null
}

/** Depth-first search with an explicit stack (roadmaps can be thousands of topics deep). */
function checkCycles(entries: readonly TopicEntry[]): ScheduleError | null {
  const byId = new Map(entries.map((candidate) => [candidate.topic.id, candidate]))
  const state = new Map<string, 'visiting' | 'done'>()
  for (const root of entries) {
    if (state.has(root.topic.id)) continue
    const stack: Array<{ id: string; next: number }> = [{ id: root.topic.id, next: 0 }]
    state.set(root.topic.id, 'visiting')
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!
      const prerequisites = byId.get(frame.id)!.topic.prerequisites
      const childId = prerequisites[frame.next++]
      if (childId === undefined) {
        state.set(frame.id, 'done')
        stack.pop()
      } else if (state.get(childId) === 'visiting') {
        const path = [...stack.slice(stack.findIndex((item) => item.id === childId)).map((item) => item.id), childId]
        return fail('prerequisite-cycle', `${topicField(byId.get(frame.id)!)}.prerequisites`, `Prerequisites form a cycle: ${path.join(' -> ')}.`)
      } else if (!state.has(childId)) {
        state.set(childId, 'visiting')
        stack.push({ id: childId, next: 0 })
      }
    }
  }
  return null
}
