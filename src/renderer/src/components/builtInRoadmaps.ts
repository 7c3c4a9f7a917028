// The built-in roadmaps first run offers, written in the language the app speaks (their content is data: translated
// in src/shared/roadmaps, not in the catalogs). Each language's text loads the first time it is asked for.
import type { Roadmap } from '../../../shared/domain/roadmap'
import { PSEUDO_LOCALE, type UiLanguage } from '../../../shared/i18n/languages'

const loaded = new Map<UiLanguage, Promise<readonly Roadmap[]>>()

async function load(language: UiLanguage): Promise<readonly Roadmap[]> {
  const { aiEngineerRoadmap, aiEngineerRoadmapIn } = await import('../../../shared/roadmaps/aiEngineer')
  if (language !== PSEUDO_LOCALE) return [await aiEngineerRoadmapIn(language)]
  // The pseudo-locale marks the roadmap's text too, so its run can tell text from a catalog from text from nowhere.
  const [{ mapRoadmapText }, { pseudoLocalize }] = await Promise.all([
    import('../../../shared/roadmaps/aiEngineer/localize'),
    import('../../../shared/i18n/pseudo')
  ])
  return [mapRoadmapText(aiEngineerRoadmap, pseudoLocalize)]
}

/** One promise per language, the same on every call (React's `use` needs a stable one); a failed load is retried. */
export function builtInRoadmapsIn(language: UiLanguage): Promise<readonly Roadmap[]> {
  let roadmaps = loaded.get(language)
  if (!roadmaps) {
    roadmaps = load(language)
    loaded.set(language, roadmaps)
    roadmaps.catch(() => loaded.delete(language))
  }
  return roadmaps
}
