// English messages: onboarding. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const onboarding = {
  noRoadmap: 'No roadmap is available to plan from.',
  saveFailed: 'The plan could not be saved. Please try again.',
  title: 'Plan your studies',
  intro: 'A few choices and you get a weekly study plan with an honest finish date. You can change all of it later.',
  whenLegend: '{step, number}. When can you study?',
  roadmapChoice: {
    legend: '1. What do you want to learn?',
    stages: '· {count, plural, one {# stage} other {# stages}}',
    import: 'Import a roadmap…',
    reading: 'Reading {fileName}…',
    imported: 'Imported “{title}”.',
    unreadable: 'That file could not be read.'
  },
  preview: {
    title: 'Your plan',
    creating: 'Creating your plan…',
    create: 'Create plan',
    total: 'Study in total',
    totalHours: '{hours} h',
    finish: 'Finish',
    doesNotFit: 'Does not fit yet',
    target: 'Target',
    targetState: '{date} {feasible, select, yes {— on track} other {— not reachable at this pace}}',
    firstSession: 'First session'
  }
} as const
