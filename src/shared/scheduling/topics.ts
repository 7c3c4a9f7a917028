// Flattens a roadmap into its topics in study order, and decides which of them a plan includes.
import type { PlanSettings } from '../domain/plan'
import type { Roadmap, Stage, Topic } from '../domain/roadmap'

/** A topic with where it sits in the roadmap. */
export interface TopicEntry {
  readonly topic: Topic
  readonly stageId: string
  /** Id of the track holding it, for topics inside a choice stage. */
  readonly trackId: string | undefined
  /** Whether the topic or its stage is optional. */
  readonly optional: boolean
  readonly stageIndex: number
  readonly trackIndex: number | undefined
  readonly topicIndex: number
}

/** Path of a topic for error messages, e.g. 'roadmap.stages[4].tracks[1].topics[0]' (built only when needed). */
export function topicField(entry: TopicEntry): string {
  const track = entry.trackIndex === undefined ? '' : `.tracks[${entry.trackIndex}]`
  return `roadmap.stages[${entry.stageIndex}]${track}.topics[${entry.topicIndex}]`
}

/** Every topic of every stage and track, in roadmap order. */
export function allTopics(roadmap: Roadmap): TopicEntry[] {
  const entries: TopicEntry[] = []
  roadmap.stages.forEach((stage, stageIndex) => {
    if (stage.kind === 'choice') {
      stage.tracks.forEach((track, trackIndex) => {
        track.topics.forEach((topic, topicIndex) =>
          entries.push(makeEntry(topic, stage, stageIndex, topicIndex, track.id, trackIndex))
        )
      })
    } else {
      stage.topics.forEach((topic, topicIndex) =>
        entries.push(makeEntry(topic, stage, stageIndex, topicIndex, undefined, undefined))
      )
    }
  })
  return entries
}

function makeEntry(
  topic: Topic,
  stage: Stage,
  stageIndex: number,
  topicIndex: number,
  trackId: string | undefined,
  trackIndex: number | undefined
): TopicEntry {
  return {
    topic,
    stageId: stage.id,
    trackId,
    optional: stage.optional || topic.optional === true,
    stageIndex,
    trackIndex,
    topicIndex
  }
}

/** The id of the track a plan follows in a choice stage: the learner's choice, else the first track. */
export function chosenTrackId(roadmap: Roadmap, settings: PlanSettings, stageId: string): string | undefined {
  const stage = roadmap.stages.find((candidate) => candidate.id === stageId)
  if (!stage || stage.kind !== 'choice') return undefined
  return settings.trackChoices?.[stageId] ?? stage.tracks[0]?.id
}

/**
 * The topics a plan studies, in roadmap order: only the chosen track of each choice stage, and no optional topics or
 * stages when the settings drop them. `topics` are the roadmap's topics (allTopics) when the caller has them already.
 */
export function plannedTopics(roadmap: Roadmap, settings: PlanSettings, topics?: readonly TopicEntry[]): TopicEntry[] {
  const includeOptional = settings.includeOptional !== false
  const chosen = new Map<string, string | undefined>()
  for (const stage of roadmap.stages) {
    if (stage.kind === 'choice') chosen.set(stage.id, chosenTrackId(roadmap, settings, stage.id))
  }
  return (topics ?? allTopics(roadmap)).filter((candidate) => {
    if (!includeOptional && candidate.optional) return false
    return candidate.trackId === undefined || chosen.get(candidate.stageId) === candidate.trackId
  })
}
