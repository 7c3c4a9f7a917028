// What Settings > Your data says is stored on this device, counted in words.
import { countText } from '../../../components/countText'

/** e.g. '1 plan, 1045 sessions, 0 study log entries, 0 ratings, 1 topic note, 1 roadmap'. */
export function dataCountsText(
  counts: Readonly<Record<'plans' | 'sessions' | 'studyLog' | 'reviews' | 'notes' | 'roadmaps', number>>
): string {
  return [
    countText(counts.plans, 'plan', 'plans'),
    countText(counts.sessions, 'session', 'sessions'),
    countText(counts.studyLog, 'study log entry', 'study log entries'),
    countText(counts.reviews, 'rating', 'ratings'),
    countText(counts.notes, 'topic note', 'topic notes'),
    countText(counts.roadmaps, 'roadmap', 'roadmaps')
  ].join(', ')
}
