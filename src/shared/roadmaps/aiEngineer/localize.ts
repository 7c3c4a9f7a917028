// Rewriting a roadmap's text (to translate it, or to pseudo-localize it) while its structure stays exactly as it was.
import type { Roadmap, Stage, Topic, Track } from '../../domain/roadmap'
import type { RoadmapTranslation, TopicText } from './translations/types'

/** What a text belongs to. */
type TextOwner = 'roadmap' | 'stage' | 'track' | 'topic'
/** Which of its owner's fields a text is. */
type TextField = keyof TopicText

/** A new text for the one at this place. */
type Rewrite = (text: string, owner: TextOwner, id: string, field: TextField) => string

/**
 * The roadmap with every title, summary and outcome (of the roadmap, its stages, tracks and topics) rewritten; ids,
 * kinds, estimates, prerequisites, optional flags and resources (titles and URLs) are kept as they are.
 */
function rewriteTexts(roadmap: Roadmap, rewrite: Rewrite): Roadmap {
  const topic = (original: Topic): Topic => ({
    ...original,
    title: rewrite(original.title, 'topic', original.id, 'title'),
    summary: rewrite(original.summary, 'topic', original.id, 'summary'),
    outcome: rewrite(original.outcome, 'topic', original.id, 'outcome')
  })
  const track = (original: Track): Track => ({
    ...original,
    title: rewrite(original.title, 'track', original.id, 'title'),
    summary: rewrite(original.summary, 'track', original.id, 'summary'),
    topics: original.topics.map(topic)
  })
  const stage = (original: Stage): Stage => {
    const title = rewrite(original.title, 'stage', original.id, 'title')
    const summary = rewrite(original.summary, 'stage', original.id, 'summary')
    return original.kind === 'choice'
      ? { ...original, title, summary, tracks: original.tracks.map(track) }
      : { ...original, title, summary, topics: original.topics.map(topic) }
  }
  return {
    ...roadmap,
    title: rewrite(roadmap.title, 'roadmap', roadmap.id, 'title'),
    stages: roadmap.stages.map(stage)
  }
}

/**
 * The roadmap with fn applied to every translatable text: the title, summary and outcome of the roadmap, its stages,
 * tracks and topics. Resource titles name real books and courses and are left alone, as is everything else.
 */
export function mapRoadmapText(roadmap: Roadmap, fn: (text: string) => string): Roadmap {
  return rewriteTexts(roadmap, (text) => fn(text))
}

/**
 * The roadmap in the translation's language: same ids, estimates, prerequisites and structure, only the texts
 * replaced. A text the translation lacks (a topic added after it was written) stays in English.
 */
export function localizeRoadmap(roadmap: Roadmap, translation: RoadmapTranslation): Roadmap {
  const textsOf: Record<Exclude<TextOwner, 'roadmap'>, Readonly<Partial<Record<string, Partial<TopicText>>>>> = {
    stage: translation.stages,
    track: translation.tracks,
    topic: translation.topics
  }
  return rewriteTexts(roadmap, (text, owner, id, field) =>
    owner === 'roadmap' ? (field === 'title' ? translation.title : text) : (textsOf[owner][id]?.[field] ?? text)
  )
}
