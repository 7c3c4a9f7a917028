// Moving a plan onto another roadmap: what of the plan's choices still applies, and which logged work would be orphaned.
import type { PlanSettings } from '../../../shared/domain/plan'
import type { Roadmap } from '../../../shared/domain/roadmap'
import { NO_TOPIC } from '../../../shared/domain/session'
import { allTopics } from '../../../shared/scheduling/topics'
import type { PlanState } from './planState'

/**
 * The plan's settings for `roadmap`: track choices for stages or tracks it lacks and known topics it lacks are
 * dropped (the engine refuses a choice of a track that does not exist; the first track is then followed).
 */
export function settingsForRoadmap(settings: PlanSettings, roadmap: Roadmap): PlanSettings {
  const topicIds = new Set(allTopics(roadmap).map((entry) => entry.topic.id))
  const trackChoices = Object.fromEntries(
    Object.entries(settings.trackChoices ?? {}).filter(([stageId, trackId]) =>
      roadmap.stages.some(
        (stage) => stage.id === stageId && stage.kind === 'choice' && stage.tracks.some((track) => track.id === trackId)
      )
    )
  )
  const { trackChoices: _tracks, knownTopics, ...rest } = settings
  return {
    ...rest,
    ...(Object.keys(trackChoices).length > 0 ? { trackChoices } : {}),
    ...(knownTopics ? { knownTopics: knownTopics.filter((id) => topicIds.has(id)) } : {})
  }
}

/**
 * Titles of the topics the learner has done work on, pinned a session to or rated, that `roadmap` does not have:
 * moving the plan onto it would leave that work pointing nowhere. Titles come from the plan's current roadmap.
 */
export function topicsWithWorkMissingFrom(state: PlanState, roadmap: Roadmap): string[] {
  const kept = new Set(allTopics(roadmap).map((entry) => entry.topic.id))
  const worked = new Set([
    ...state.sessions
      .filter((session) => session.status === 'done' || session.pinned)
      .map((session) => session.topicId),
    ...state.studyLog.map((line) => line.topicId),
    ...state.reviews.map((review) => review.topicId)
  ])
  const titles = new Map(allTopics(state.roadmap).map((entry) => [entry.topic.id, entry.topic.title]))
  return [...worked]
    .filter((topicId) => topicId !== NO_TOPIC && !kept.has(topicId))
    .map((topicId) => titles.get(topicId) ?? topicId)
}
