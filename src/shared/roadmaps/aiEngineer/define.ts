// Small helpers that keep the built-in roadmap's data readable: estimates in hours, resources as pairs.
import type { Resource, Topic, TopicKind } from '../../domain/roadmap'

/** A topic as written in the roadmap files, with its estimate in hours. */
export interface TopicDraft {
  readonly id: string
  readonly title: string
  readonly kind: TopicKind
  /** Realistic effort in hours for a motivated beginner-to-intermediate learner. */
  readonly hours: number
  readonly summary: string
  readonly outcome: string
  readonly prerequisites?: readonly string[]
  /** [title, https URL] pairs. */
  readonly resources: ReadonlyArray<readonly [string, string]>
  readonly optional?: boolean
}

/** A domain Topic from a draft. */
export function defineTopic(draft: TopicDraft): Topic {
  const resources: Resource[] = draft.resources.map(([title, url]) => ({ title, url }))
  const topic: Topic = {
    id: draft.id,
    title: draft.title,
    summary: draft.summary,
    estimatedMinutes: Math.round(draft.hours * 60),
    kind: draft.kind,
    prerequisites: draft.prerequisites ?? [],
    resources,
    outcome: draft.outcome
  }
  return draft.optional ? { ...topic, optional: true } : topic
}
