// English messages: progress. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const progress = {
  screen: {
    title: 'Progress',
    loadingProgress: 'Loading your progress…',
    emptyTitle: 'Nothing studied yet',
    emptyText: 'Completion per stage, hours per week and your streak will show here as you mark sessions done.'
  },
  completion: {
    title: 'Completion',
    overall: 'Overall: {percent}% ({done} of {total} hours)',
    stage: '{stage} completion',
    percent: '{percent}%',
    unbuilt: 'This plan could not be built; fix it on the Roadmap or Settings screen.'
  },
  weekly: {
    title: 'Hours per week'
  },
  streak: {
    title: 'Streak',
    current: 'Current streak',
    best: 'Best streak',
    days: '{count, plural, one {# day} other {# days}}'
  },
  finish: {
    title: 'Finish date and pace',
    none: 'Some work could not be placed in the calendar, so there is no finish date yet.',
    noTarget: 'Projected finish: {finish}. No target date is set.',
    beforeTarget:
      'Projected finish: {finish}. That is {days, plural, one {# day} other {# days}} before your target of {target}.',
    onTarget: 'Projected finish: {finish}. That is exactly your target date.',
    afterTarget:
      'Projected finish: {finish}. That is {days, plural, one {# day} other {# days}} after your target of {target}.'
  },
  pace: {
    none: 'Mark study sessions done to see your pace.',
    done: 'Over {done, plural, one {# done study session} other {# done study sessions}} you worked {percent}% of the planned time.',
    doneAndMissed:
      'Over {done, number} done and {missed, number} missed study {total, plural, one {session} other {sessions}} you worked {percent}% of the planned time.',
    nothingWorked: 'Log the sessions you did study to see when you would finish.',
    onDate: 'At this pace you finish on the projected date.',
    later:
      'If you keep this pace, expect to finish around {date}, {days, plural, one {# day} other {# days}} later than planned.',
    earlier:
      'If you keep this pace, expect to finish around {date}, {days, plural, one {# day} other {# days}} earlier than planned.'
  },
  reviews: {
    title: 'Upcoming reviews',
    item: '{topic}: {when}',
    none: 'No reviews planned yet: they follow topics you finish.'
  },
  chart: {
    tick: '{hours} h',
    captionFrom:
      'Hours per week from the week starting {date}{many, select, yes {, oldest on the left} other {}}: <planned>planned</planned> and <studied>studied</studied>.',
    caption:
      'Hours per week{many, select, yes {, oldest on the left} other {}}: <planned>planned</planned> and <studied>studied</studied>.',
    tableSummary: 'Hours per week as a table',
    tableCaption: 'Hours studied and planned per week',
    weekStarting: 'Week starting',
    planned: 'Planned (hours)',
    studied: 'Studied (hours)'
  }
} as const
