// Rewriting a roadmap's texts: translating or pseudo-localizing must never touch ids, estimates, prerequisites or links.
import { describe, expect, it } from 'vitest'
import type { Roadmap, Stage, Topic } from '../../../../src/shared/domain/roadmap'
import { aiEngineerRoadmap } from '../../../../src/shared/roadmaps/aiEngineer'
import { localizeRoadmap, mapRoadmapText } from '../../../../src/shared/roadmaps/aiEngineer/localize'
import { aiEngineerGerman } from '../../../../src/shared/roadmaps/aiEngineer/translations/de'
import { aiEngineerSpanish } from '../../../../src/shared/roadmaps/aiEngineer/translations/es'

/** A topic with its texts left out: everything a translation must keep. */
const topicSkeleton = ({ title: _title, summary: _summary, outcome: _outcome, ...rest }: Topic) => rest

/** The roadmap with every translatable text left out; resources (titles and URLs) stay in. */
function skeleton(roadmap: Roadmap) {
  return {
    id: roadmap.id,
    version: roadmap.version,
    stages: roadmap.stages.map((stage: Stage) =>
      stage.kind === 'choice'
        ? {
            id: stage.id,
            kind: stage.kind,
            optional: stage.optional,
            tracks: stage.tracks.map((track) => ({ id: track.id, topics: track.topics.map(topicSkeleton) }))
          }
        : { id: stage.id, kind: stage.kind, optional: stage.optional, topics: stage.topics.map(topicSkeleton) }
    )
  }
}

const ofTopic = (topic: Topic) => [topic.title, topic.summary, topic.outcome]

/** Every translatable text of a roadmap, in document order. */
function texts(roadmap: Roadmap): string[] {
  return [
    roadmap.title,
    ...roadmap.stages.flatMap((stage) => [
      stage.title,
      stage.summary,
      ...(stage.kind === 'choice'
        ? stage.tracks.flatMap((track) => [track.title, track.summary, ...track.topics.flatMap(ofTopic)])
        : stage.topics.flatMap(ofTopic))
    ])
  ]
}

describe('localizeRoadmap', () => {
  it.each([
    ['German', aiEngineerGerman],
    ['Spanish', aiEngineerSpanish]
  ] as const)('keeps every id, estimate, prerequisite and resource in %s', (_language, translation) => {
    const localized = localizeRoadmap(aiEngineerRoadmap, translation)
    expect(skeleton(localized)).toEqual(skeleton(aiEngineerRoadmap))
    expect(localized.title).toBe(translation.title)
    expect(localized.stages[0]!.title).toBe(translation.stages.foundations.title)
  })

  it('leaves the English roadmap as it was', () => {
    const before = structuredClone(aiEngineerRoadmap)
    localizeRoadmap(aiEngineerRoadmap, aiEngineerGerman)
    expect(aiEngineerRoadmap).toEqual(before)
  })

  it('keeps the English text of an id the translation does not know yet', () => {
    const roadmap: Roadmap = {
      ...aiEngineerRoadmap,
      stages: [
        {
          id: 'extra-stage',
          kind: 'sequence',
          title: 'A stage added later',
          summary: 'Not translated yet.',
          optional: false,
          topics: [
            {
              id: 'extra-topic',
              title: 'A topic added later',
              summary: 'Not translated yet either.',
              estimatedMinutes: 60,
              kind: 'learn',
              prerequisites: [],
              resources: [],
              outcome: 'Still readable, in English.'
            }
          ]
        }
      ]
    }
    const localized = localizeRoadmap(roadmap, aiEngineerGerman)
    const stage = localized.stages[0]!
    expect(stage.title).toBe('A stage added later')
    expect(stage.kind === 'sequence' && stage.topics[0]).toMatchObject({
      title: 'A topic added later',
      outcome: 'Still readable, in English.'
    })
    expect(localized.title).toBe(aiEngineerGerman.title)
  })
})

describe('mapRoadmapText', () => {
  it('applies the function to every title, summary and outcome and to nothing else', () => {
    const mapped = mapRoadmapText(aiEngineerRoadmap, (text) => `[${text}]`)
    expect(texts(mapped)).toEqual(texts(aiEngineerRoadmap).map((text) => `[${text}]`))
    expect(skeleton(mapped)).toEqual(skeleton(aiEngineerRoadmap))
  })
})
