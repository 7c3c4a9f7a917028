// The built-in AI Engineer roadmap: structure, a valid prerequisite DAG, sane data and original wording.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Topic } from '../../../../src/shared/domain/roadmap'
import { aiEngineerRoadmap } from '../../../../src/shared/roadmaps/aiEngineer'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { validateRoadmap } from '../../../../src/shared/scheduling/validateRoadmap'

const topics: Topic[] = aiEngineerRoadmap.stages.flatMap((stage) =>
  stage.kind === 'choice' ? stage.tracks.flatMap((track) => track.topics) : stage.topics
)
const byId = new Map(topics.map((topic) => [topic.id, topic]))
/** Lower-case words without punctuation, for comparing wording. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

const ARTICLE = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'seed', 'ai-engineer-article.txt')

describe('AI Engineer roadmap', () => {
  it('has the six stages in order, the fifth an optional choice of four tracks', () => {
    expect(aiEngineerRoadmap.stages.map((stage) => stage.id)).toEqual([
      'foundations',
      'machine-learning',
      'projects',
      'production',
      'specialization',
      'profile'
    ])
    const specialization = aiEngineerRoadmap.stages[4]!
    expect(specialization.kind).toBe('choice')
    expect(specialization.optional).toBe(true)
    expect(specialization.kind === 'choice' && specialization.tracks.map((track) => track.title)).toEqual([
      'NLP and LLMs',
      'Computer vision',
      'Recommender systems',
      'AI for business and industry'
    ])
  })

  it('passes the engine validation: unique ids, known prerequisites, no cycle', () => {
    expect(validateRoadmap(aiEngineerRoadmap)).toBeNull()
  })

  it('has prerequisites that resolve and form a DAG (checked independently by topological sort)', () => {
    for (const topic of topics)
      for (const prerequisite of topic.prerequisites)
        expect(byId.has(prerequisite), `${topic.id} -> ${prerequisite}`).toBe(true)
    const remaining = new Map(topics.map((topic) => [topic.id, topic.prerequisites.length]))
    const ready = topics.filter((topic) => topic.prerequisites.length === 0).map((topic) => topic.id)
    let sorted = 0
    while (ready.length > 0) {
      const id = ready.pop()!
      sorted++
      for (const dependent of topics.filter((topic) => topic.prerequisites.includes(id))) {
        remaining.set(dependent.id, remaining.get(dependent.id)! - 1)
        if (remaining.get(dependent.id) === 0) ready.push(dependent.id)
      }
    }
    expect(sorted).toBe(topics.length)
  })

  it('never requires a topic from a later stage or from another specialization track', () => {
    const stageIndex = new Map<string, number>()
    const trackOf = new Map<string, string>()
    aiEngineerRoadmap.stages.forEach((stage, index) => {
      const placed =
        stage.kind === 'choice'
          ? stage.tracks.flatMap((track) => track.topics.map((topic) => [topic, track.id] as const))
          : stage.topics.map((topic) => [topic, undefined] as const)
      for (const [topic, trackId] of placed) {
        stageIndex.set(topic.id, index)
        if (trackId !== undefined) trackOf.set(topic.id, trackId)
      }
    })
    const backwards = topics.flatMap((topic) =>
      topic.prerequisites
        .filter(
          (prerequisite) =>
            stageIndex.get(prerequisite)! > stageIndex.get(topic.id)! ||
            (trackOf.has(prerequisite) && trackOf.get(prerequisite) !== trackOf.get(topic.id))
        )
        .map((prerequisite) => `${topic.id} -> ${prerequisite}`)
    )
    expect(backwards).toEqual([])
  })

  it('gives every topic text, a realistic estimate (2-60 h) and https resources', () => {
    const problems = topics.flatMap((topic) => [
      ...(topic.title.length > 3 ? [] : [`${topic.id}: short title`]),
      ...(topic.summary.length > 40 ? [] : [`${topic.id}: short summary`]),
      ...(topic.outcome.length > 20 ? [] : [`${topic.id}: short outcome`]),
      ...(topic.estimatedMinutes >= 120 && topic.estimatedMinutes <= 3600
        ? []
        : [`${topic.id}: estimate ${topic.estimatedMinutes}`]),
      ...(topic.resources.length > 0 ? [] : [`${topic.id}: no resources`]),
      ...topic.resources
        .filter((resource) => new URL(resource.url).protocol !== 'https:')
        .map((resource) => `${topic.id}: ${resource.url}`)
    ])
    expect(problems).toEqual([])
    // One learner's path: every sequence stage plus one specialization track.
    const path = aiEngineerRoadmap.stages.flatMap((stage) =>
      stage.kind === 'choice' ? stage.tracks[0]!.topics : stage.topics
    )
    const totalHours = path.reduce((sum, topic) => sum + topic.estimatedMinutes, 0) / 60
    expect(totalHours).toBeGreaterThan(500)
    expect(totalHours).toBeLessThan(1500)
  })

  it('covers every skill area and activity the article names', () => {
    const text = topics
      .map((topic) => `${topic.title} ${topic.summary} ${topic.outcome}`)
      .join(' ')
      .toLowerCase()
    const areas = [
      'python',
      'data structures',
      'algorithms',
      'clean',
      'test',
      'debug',
      'sql',
      'backend language',
      'git',
      'linear algebra',
      'probability',
      'statistics',
      'systems',
      'supervised',
      'unsupervised',
      'regression',
      'trees',
      'clustering',
      'from scratch',
      'fail',
      'neural network',
      'cnn',
      'rnn',
      'transformer',
      'pytorch',
      'tensorflow',
      'preprocessing',
      'feature engineering',
      'metric',
      'data quality',
      'bias',
      'distribution',
      'real dataset',
      'write-up',
      'api',
      'microservice',
      'docker',
      'real environment',
      'latency',
      'cost',
      'logging',
      'error handling',
      'scalable',
      'cloud',
      'aws',
      'gcp',
      'azure',
      'pipeline',
      'versioning',
      'monitor',
      'retrain',
      'production issues',
      'when ai is the wrong tool',
      'ethical',
      'risk',
      'privacy',
      'security',
      'fairness',
      'stakeholder',
      'github',
      'portfolio',
      'posts',
      'networking',
      'community'
    ]
    expect(areas.filter((area) => !text.includes(area))).toEqual([])
    const projectsStage = aiEngineerRoadmap.stages.find((stage) => stage.id === 'projects')!
    expect(
      projectsStage.kind === 'sequence' && projectsStage.topics.filter((topic) => topic.kind === 'project')
    ).toHaveLength(3)
  })

  it('names the sixth skill area, critical and ethical thinking, where the roadmap screen shows it', () => {
    // Topic titles and stage summaries are on screen; a topic's summary is not, so the words must be in a title.
    const titled = topics.filter((topic) => topic.title.toLowerCase().includes('critical and ethical thinking'))
    expect(titled.map((topic) => topic.id)).toEqual(['when-not-to-use-ai'])
    const production = aiEngineerRoadmap.stages.find((stage) => stage.id === 'production')!
    expect(production.summary).toMatch(/critically and ethically/)
  })

  it.skipIf(!existsSync(ARTICLE))(
    'words every title, summary and outcome itself (no 6-word run copied from the article)',
    () => {
      const article = words(readFileSync(ARTICLE, 'utf8'))
      const runs = new Set(article.slice(0, -5).map((_, index) => article.slice(index, index + 6).join(' ')))
      const copied = topics.flatMap((topic) => {
        const ours = words(`${topic.title}. ${topic.summary}. ${topic.outcome}`)
        return ours
          .slice(0, Math.max(0, ours.length - 5))
          .map((_, index) => ours.slice(index, index + 6).join(' '))
          .filter((run) => runs.has(run))
          .map((run) => `${topic.id}: ${run}`)
      })
      expect(copied).toEqual([])
    }
  )

  it('plans completely at 8 hours a week', () => {
    const result = buildSchedule({
      roadmap: aiEngineerRoadmap,
      availability: {
        windows: [
          { weekday: 1, start: '19:00', end: '21:00' },
          { weekday: 3, start: '19:00', end: '21:00' },
          { weekday: 5, start: '19:00', end: '21:00' },
          { weekday: 6, start: '09:00', end: '11:00' }
        ],
        blackouts: [],
        busy: [],
        dailyCapMinutes: 120,
        sessionMinMinutes: 30,
        sessionMaxMinutes: 120,
        breakMinutes: 10
      },
      settings: { startDate: '2027-01-04', timeZone: 'Europe/Rome', parallelTopics: 1, reviews: { enabled: true } },
      now: Date.UTC(2027, 0, 3)
    })
    expect(result.ok && result.report.unplaced).toEqual([])
    expect(result.ok && result.report.finishDate! > '2028-06-01').toBe(true)
  })
})
