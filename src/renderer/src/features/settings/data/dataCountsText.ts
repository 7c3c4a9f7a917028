// What Settings > Your data says is stored on this device, in the learner's words rather than the tables' names.
import type { Translate } from '../../../../../shared/i18n/translator'

/**
 * e.g. '1 plan, 1,045 study sessions, 2 times you logged study, no answers to “How well do you know it?” yet, …'.
 * Numbers are grouped as the translator's locale writes them.
 */
export function dataCountsText(
  counts: Readonly<Record<'plans' | 'sessions' | 'studyLog' | 'reviews' | 'notes' | 'roadmaps', number>>,
  t: Translate
): string {
  return t('settings.data.counts.list', {
    plans: t('settings.data.counts.plans', { count: counts.plans }),
    sessions: t('settings.data.counts.sessions', { count: counts.sessions }),
    studyLog: t('settings.data.counts.studyLog', { count: counts.studyLog }),
    // Ratings are the answers to "How well do you know it?" after a topic's last session or a review.
    reviews: t('settings.data.counts.reviews', { count: counts.reviews }),
    notes: t('settings.data.counts.notes', { count: counts.notes }),
    roadmaps: t('settings.data.counts.roadmaps', { count: counts.roadmaps })
  })
}
