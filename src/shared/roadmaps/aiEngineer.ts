// The built-in default roadmap: becoming an AI Engineer, in six stages.
import type { Roadmap } from '../domain/roadmap'
import type { Language } from '../i18n/languages'
import { foundationsStage } from './aiEngineer/foundations'
import { localizeRoadmap } from './aiEngineer/localize'
import { machineLearningStage } from './aiEngineer/machineLearning'
import { productionStage } from './aiEngineer/production'
import { profileStage } from './aiEngineer/profile'
import { projectsStage } from './aiEngineer/projects'
import { specializationStage } from './aiEngineer/specialization'
import type { RoadmapTranslation } from './aiEngineer/translations/types'

/**
 * The AI Engineer roadmap: foundations, machine learning by experiment, real projects, production, an optional
 * specialization (one of four tracks) and a professional profile. Estimates are realistic hours of focused work;
 * prerequisites form a DAG across stages.
 */
export const aiEngineerRoadmap: Roadmap = {
  id: 'ai-engineer',
  title: 'AI Engineer',
  version: 1,
  stages: [foundationsStage, machineLearningStage, projectsStage, productionStage, specializationStage, profileStage]
}

/** Each translation's module, imported only when its language is first asked for. */
const TRANSLATIONS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<RoadmapTranslation>>> = {
  de: async () => (await import('./aiEngineer/translations/de')).aiEngineerGerman,
  es: async () => (await import('./aiEngineer/translations/es')).aiEngineerSpanish
}

/** The translated roadmaps asked for so far, so each language is built once and keeps one identity. */
const translated = new Map<Exclude<Language, 'en'>, Promise<Roadmap>>()

/**
 * The AI Engineer roadmap in a language: aiEngineerRoadmap itself for English, otherwise a copy with the same ids,
 * estimates and prerequisites whose texts are translated. A language's text loads only when first asked for.
 */
export function aiEngineerRoadmapIn(language: Language): Promise<Roadmap> {
  if (language === 'en') return Promise.resolve(aiEngineerRoadmap)
  const known = translated.get(language)
  if (known) return known
  const roadmap = TRANSLATIONS[language]().then((translation) => localizeRoadmap(aiEngineerRoadmap, translation))
  translated.set(language, roadmap)
  // A failed load (a chunk missing mid-update) is not remembered, so the next call tries again.
  roadmap.catch(() => translated.delete(language))
  return roadmap
}
