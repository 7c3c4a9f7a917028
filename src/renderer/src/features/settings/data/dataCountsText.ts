// What Settings > Your data says is stored on this device, in the learner's words rather than the tables' names.

/** e.g. '1 plan, 1,045 study sessions, 2 times you logged study, no answers to “How well do you know it?” yet, …'. */
export function dataCountsText(
  counts: Readonly<Record<'plans' | 'sessions' | 'studyLog' | 'reviews' | 'notes' | 'roadmaps', number>>,
  locale: string | undefined
): string {
  const number = new Intl.NumberFormat(locale)
  const count = (n: number, one: string, many: string, none: string) =>
    n === 0 ? none : `${number.format(n)} ${n === 1 ? one : many}`
  return [
    count(counts.plans, 'plan', 'plans', 'no plan'),
    count(counts.sessions, 'study session', 'study sessions', 'no study sessions'),
    count(counts.studyLog, 'time you logged study', 'times you logged study', 'no study logged yet'),
    // Ratings are the answers to "How well do you know it?" after a topic's last session or a review.
    count(
      counts.reviews,
      'answer to “How well do you know it?”',
      'answers to “How well do you know it?”',
      'no answers to “How well do you know it?” yet'
    ),
    count(counts.notes, 'topic note', 'topic notes', 'no topic notes'),
    count(counts.roadmaps, 'roadmap', 'roadmaps', 'no roadmap')
  ].join(', ')
}
