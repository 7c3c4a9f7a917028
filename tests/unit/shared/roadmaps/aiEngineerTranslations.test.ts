// The AI Engineer roadmap's German and Spanish texts: one for every id, none extra, none left empty or in English.
import { describe, expect, it } from 'vitest'
import type { Roadmap, Topic } from '../../../../src/shared/domain/roadmap'
import { aiEngineerRoadmap, aiEngineerRoadmapIn } from '../../../../src/shared/roadmaps/aiEngineer'
import { aiEngineerGerman } from '../../../../src/shared/roadmaps/aiEngineer/translations/de'
import { aiEngineerSpanish } from '../../../../src/shared/roadmaps/aiEngineer/translations/es'
import type { RoadmapTranslation } from '../../../../src/shared/roadmaps/aiEngineer/translations/types'
import { validateRoadmap } from '../../../../src/shared/scheduling/validateRoadmap'

const TRANSLATIONS: ReadonlyArray<readonly [string, RoadmapTranslation]> = [
  ['German', aiEngineerGerman],
  ['Spanish', aiEngineerSpanish]
]

const stages = aiEngineerRoadmap.stages
const tracks = stages.flatMap((stage) => (stage.kind === 'choice' ? stage.tracks : []))
const topics: Topic[] = stages.flatMap((stage) =>
  stage.kind === 'choice' ? stage.tracks.flatMap((track) => track.topics) : stage.topics
)

/** Every text of a translation with where it sits, as 'topics/clean-code/title'. */
function textsOf(translation: RoadmapTranslation): Array<readonly [string, string]> {
  return [
    ['title', translation.title] as const,
    ...(['stages', 'tracks', 'topics'] as const).flatMap((group) =>
      Object.entries(translation[group]).flatMap(([id, texts]) =>
        Object.entries(texts).map(([field, text]) => [`${group}/${id}/${field}`, text as string] as const)
      )
    )
  ]
}

/** Every text of a roadmap, keyed as textsOf keys a translation's. */
function textsOfRoadmap(roadmap: Roadmap): Map<string, string> {
  const entries: Array<readonly [string, string]> = [['title', roadmap.title]]
  for (const stage of roadmap.stages) {
    entries.push([`stages/${stage.id}/title`, stage.title], [`stages/${stage.id}/summary`, stage.summary])
    if (stage.kind === 'choice')
      for (const track of stage.tracks)
        entries.push([`tracks/${track.id}/title`, track.title], [`tracks/${track.id}/summary`, track.summary])
  }
  for (const topic of roadmap.stages.flatMap((stage) =>
    stage.kind === 'choice' ? stage.tracks.flatMap((track) => track.topics) : stage.topics
  ))
    entries.push(
      [`topics/${topic.id}/title`, topic.title],
      [`topics/${topic.id}/summary`, topic.summary],
      [`topics/${topic.id}/outcome`, topic.outcome]
    )
  return new Map(entries)
}

const english = textsOfRoadmap(aiEngineerRoadmap)
const sorted = (ids: Iterable<string>) => [...ids].sort()

describe.each(TRANSLATIONS)('the AI Engineer roadmap in %s', (_language, translation) => {
  it('translates every stage, track and topic id of the English roadmap, and no other', () => {
    expect(sorted(Object.keys(translation.stages))).toEqual(sorted(stages.map((stage) => stage.id)))
    expect(sorted(Object.keys(translation.tracks))).toEqual(sorted(tracks.map((track) => track.id)))
    expect(sorted(Object.keys(translation.topics))).toEqual(sorted(topics.map((topic) => topic.id)))
  })

  it('gives every field a text, tidily written and close to the English length (cards show them)', () => {
    const problems = textsOf(translation).flatMap(([place, text]) => {
      const original = english.get(place)!
      return [
        ...(text.trim() === '' ? [`${place}: empty`] : []),
        ...(text !== text.trim() || /\s{2}/.test(text) ? [`${place}: stray spaces`] : []),
        // Straight quotes belong to code, not prose: „…“ in German, «…» or “…” in Spanish.
        ...(/["']/.test(text) ? [`${place}: straight quote`] : []),
        ...(text.length > original.length * 1.45 + 12 ? [`${place}: ${text.length} chars for ${original.length}`] : [])
      ]
    })
    expect(problems).toEqual([])
  })

  it('ends summaries and outcomes as the English ones end, and titles without a full stop', () => {
    const problems = textsOf(translation).flatMap(([place, text]) =>
      text.endsWith('.') === english.get(place)!.endsWith('.') ? [] : [`${place}: ${text}`]
    )
    expect(problems).toEqual([])
  })

  it('is not English copied over: every summary and outcome and nearly every title differ', () => {
    const same = textsOf(translation).filter(([place, text]) => english.get(place) === text)
    // The roadmap's own title is a job title that may read the same (German uses "AI Engineer" too).
    const sameSentences = same.filter(([place]) => place !== 'title' && !place.endsWith('/title'))
    expect(sameSentences).toEqual([])
    const topicTitles = topics.map((topic) => translation.topics[topic.id as keyof typeof translation.topics].title)
    const unchanged = topics.filter((topic, index) => topic.title === topicTitles[index]).map((topic) => topic.id)
    // Only a title that is nothing but product names (none today) may read the same in every language.
    expect(unchanged.length).toBeLessThanOrEqual(topics.length * 0.1)
  })
})

describe('aiEngineerRoadmapIn', () => {
  it('gives the English roadmap itself for English', async () => {
    expect(await aiEngineerRoadmapIn('en')).toBe(aiEngineerRoadmap)
  })

  it.each([
    ['de', aiEngineerGerman],
    ['es', aiEngineerSpanish]
  ] as const)(
    'gives the roadmap in %s: every text translated, still a valid roadmap, built once',
    async (language, translation) => {
      const roadmap = await aiEngineerRoadmapIn(language)
      expect(textsOfRoadmap(roadmap)).toEqual(new Map(textsOf(translation)))
      expect(roadmap.id).toBe(aiEngineerRoadmap.id)
      expect(roadmap.version).toBe(aiEngineerRoadmap.version)
      expect(validateRoadmap(roadmap)).toBeNull()
      expect(await aiEngineerRoadmapIn(language)).toBe(roadmap)
    }
  )
})
