// Pure edits of a roadmap (add, change, delete, reorder topics) and the refusal message when an edit breaks it.
import type { Roadmap, Stage, Topic } from '../../../../shared/domain/roadmap'
import type { Translate } from '../../../../shared/i18n/translator'
import { errorText } from '../../../../shared/validation/problemText'
import { allTopics } from '../../../../shared/scheduling/topics'
import { validateRoadmap } from '../../../../shared/scheduling/validateRoadmap'

/** Where a topic list lives: a sequence stage, or one track of a choice stage. */
export interface TopicListRef {
  readonly stageId: string
  readonly trackId?: string
}

/** What the learner can change about a topic. */
export type TopicChange = Partial<Pick<Topic, 'title' | 'estimatedMinutes' | 'kind' | 'prerequisites'>>

/** The edited roadmap, or why the edit is refused (naming the topics by title). */
export type EditOutcome =
  | { readonly ok: true; readonly roadmap: Roadmap }
  | { readonly ok: false; readonly message: string }

function mapTopicLists(
  roadmap: Roadmap,
  change: (topics: readonly Topic[], ref: TopicListRef) => readonly Topic[]
): Roadmap {
  const stages = roadmap.stages.map((stage): Stage => {
    if (stage.kind === 'sequence') return { ...stage, topics: change(stage.topics, { stageId: stage.id }) }
    return {
      ...stage,
      tracks: stage.tracks.map((track) => ({
        ...track,
        topics: change(track.topics, { stageId: stage.id, trackId: track.id })
      }))
    }
  })
  return { ...roadmap, stages }
}

/** Appends `topic` to the list `ref`. */
export function addTopic(roadmap: Roadmap, ref: TopicListRef, topic: Topic): Roadmap {
  return mapTopicLists(roadmap, (topics, list) =>
    list.stageId === ref.stageId && list.trackId === ref.trackId ? [...topics, topic] : topics
  )
}

/** Applies `change` to the topic `topicId`. */
export function updateTopic(roadmap: Roadmap, topicId: string, change: TopicChange): Roadmap {
  return mapTopicLists(roadmap, (topics) =>
    topics.map((topic) => (topic.id === topicId ? { ...topic, ...change } : topic))
  )
}

/** Removes the topic `topicId` (topics requiring it are left as they are, so validation can refuse the edit). */
export function deleteTopic(roadmap: Roadmap, topicId: string): Roadmap {
  return mapTopicLists(roadmap, (topics) => topics.filter((topic) => topic.id !== topicId))
}

/** Moves the topic one place up (-1) or down (+1) within its list; unchanged at either end. */
export function moveTopic(roadmap: Roadmap, topicId: string, delta: -1 | 1): Roadmap {
  return mapTopicLists(roadmap, (topics) => {
    const index = topics.findIndex((topic) => topic.id === topicId)
    const target = index + delta
    if (index < 0 || target < 0 || target >= topics.length) return topics
    const moved = [...topics]
    ;[moved[index], moved[target]] = [moved[target]!, moved[index]!]
    return moved
  })
}

/** An id for a new topic made from its title, unique in the roadmap. */
export function newTopicId(roadmap: Roadmap, title: string): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'topic'
  const taken = new Set(allTopics(roadmap).map((entry) => entry.topic.id))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** Checks an edited roadmap; a refusal names the topics involved by their titles, in the language of `t`. */
export function checkEdit(edited: Roadmap, original: Roadmap, t: Translate): EditOutcome {
  const problem = validateRoadmap(edited)
  if (!problem) return { ok: true, roadmap: edited }
  const titles = new Map(
    [...allTopics(original), ...allTopics(edited)].map((entry) => [entry.topic.id, entry.topic.title])
  )
  const name = (id: string) => t('common.quoted', { text: titles.get(id) ?? id })
  // The check names topics by id (in a catalog message's values, or in older English text): they are named by title.
  const values = problem.ref?.values
  const text = problem.ref ? '' : problem.message
  if (problem.code === 'prerequisite-cycle') {
    const path = (values ? String(values.path ?? '') : (/cycle: (.*)\.$/.exec(text)?.[1] ?? '')).split(' -> ')
    return { ok: false, message: t('roadmap.editor.cycle', { path: path.filter(Boolean).map(name).join(' → ') }) }
  }
  if (problem.code === 'unknown-prerequisite') {
    const match = values
      ? [String(values.id ?? ''), String(values.prerequisite ?? '')]
      : /^"(.*)" requires unknown topic "(.*)"\.$/.exec(text)?.slice(1)
    if (match?.[0] && match[1])
      return {
        ok: false,
        message: t('roadmap.editor.unknownPrerequisite', { topic: name(match[0]), prerequisite: name(match[1]) })
      }
  }
  return { ok: false, message: t('roadmap.editor.notSaved', { reason: errorText(t, problem) }) }
}

/** Appends an empty sequence stage titled `title` at the end of the roadmap. */
export function addStage(roadmap: Roadmap, title: string): Roadmap {
  const taken = new Set(roadmap.stages.map((stage) => stage.id))
  const base = `stage-${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'new'
  }`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return {
    ...roadmap,
    stages: [...roadmap.stages, { id, kind: 'sequence', title, summary: '', optional: false, topics: [] }]
  }
}

/** Removes a stage with its topics (topics elsewhere requiring them are left, so validation can refuse the edit). */
export function deleteStage(roadmap: Roadmap, stageId: string): Roadmap {
  return { ...roadmap, stages: roadmap.stages.filter((stage) => stage.id !== stageId) }
}

/** Renames a stage. */
export function renameStage(roadmap: Roadmap, stageId: string, title: string): Roadmap {
  return { ...roadmap, stages: roadmap.stages.map((stage) => (stage.id === stageId ? { ...stage, title } : stage)) }
}

/** Moves a stage one place up (-1) or down (+1); unchanged at either end. */
export function moveStage(roadmap: Roadmap, stageId: string, delta: -1 | 1): Roadmap {
  const index = roadmap.stages.findIndex((stage) => stage.id === stageId)
  const target = index + delta
  if (index < 0 || target < 0 || target >= roadmap.stages.length) return roadmap
  const stages = [...roadmap.stages]
  ;[stages[index], stages[target]] = [stages[target]!, stages[index]!]
  return { ...roadmap, stages }
}
