// The curriculum a learner follows: a roadmap of ordered stages, each holding topics (or a choice of tracks).

/** What kind of work a topic is; it changes how the UI presents it, not how it is scheduled. */
export type TopicKind = 'learn' | 'practice' | 'project' | 'milestone'

/** A free learning resource attached to a topic. */
export interface Resource {
  /** Human-readable name of the resource. */
  readonly title: string
  /** Where it lives; always an https URL. */
  readonly url: string
}

/** One schedulable unit of study. */
export interface Topic {
  /** Unique across the whole roadmap (every stage and track). */
  readonly id: string
  readonly title: string
  /** What the topic covers, in a sentence or two. */
  readonly summary: string
  /** Realistic effort in whole minutes; always positive. */
  readonly estimatedMinutes: number
  readonly kind: TopicKind
  /**
   * Ids of topics that must be finished before this one starts. They may live in any stage; together they must form
   * a DAG. A prerequisite excluded from the plan (an unchosen track, a dropped optional stage) is treated as met.
   */
  readonly prerequisites: readonly string[]
  readonly resources: readonly Resource[]
  /** What the learner can do or show once the topic is done. */
  readonly outcome: string
  /** An optional topic can be dropped when the learner falls behind. */
  readonly optional?: boolean
}

/** One of the alternatives inside a choice stage, such as a specialization track. */
export interface Track {
  /** Unique among the tracks of its stage. */
  readonly id: string
  readonly title: string
  readonly summary: string
  readonly topics: readonly Topic[]
}

/** Fields every stage has. */
interface StageBase {
  /** Unique within the roadmap. */
  readonly id: string
  readonly title: string
  readonly summary: string
  /** An optional stage can be dropped as a whole when the learner falls behind. */
  readonly optional: boolean
}

/** A stage whose topics are all studied, in the order given. */
export interface SequenceStage extends StageBase {
  readonly kind: 'sequence'
  readonly topics: readonly Topic[]
}

/** A stage where the learner picks exactly one track (PlanSettings.trackChoices); only that track is planned. */
export interface ChoiceStage extends StageBase {
  readonly kind: 'choice'
  readonly tracks: readonly Track[]
}

/** A roadmap stage: a plain sequence of topics or a choice group of tracks. */
export type Stage = SequenceStage | ChoiceStage

/** A curriculum: stages in the order they are meant to be studied. */
export interface Roadmap {
  readonly id: string
  readonly title: string
  /** Bumped whenever topics, estimates or prerequisites change, so stored plans can tell they are stale. */
  readonly version: number
  readonly stages: readonly Stage[]
}
