// English messages: calendar. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const calendar = {
  planView: {
    loading: 'Loading your plan…',
    title: 'Calendar',
    missedCount: '{count, plural, one {# missed session} other {# missed sessions}}',
    addSession: 'Add session…',
    replanWeek: 'Re-plan this week…',
    shortcuts: 'Keyboard shortcuts',
    today: 'Today',
    saveFailed: 'That could not be saved, so nothing changed ({reason}).',
    moveFailed: 'The move could not be saved, so the session is back where it was ({reason}).',
    moveRefused:
      'A session can only move to a time still to come. To log study you did earlier, open the session and mark it done.'
  },
  // FullCalendar's own words: toolbar, hints for screen readers, the agenda's empty text, a month cell's "+2 more".
  fullCalendar: {
    week: 'Week',
    threeDays: '3 days',
    month: 'Month',
    agenda: 'Agenda',
    day: 'Day',
    year: 'Year',
    today: 'Today',
    previous: 'Prev',
    next: 'Next',
    previousYear: 'Prev year',
    nextYear: 'Next year',
    weekShort: 'W',
    // `unit` is the span the calendar moves: week, month, threeDays (the narrow week) or twoWeeks (the agenda).
    todayHint:
      '{unit, select, week {Today: show the current Week} month {Today: show the current Month} threeDays {Today: show the current three days} twoWeeks {Today: show the current two weeks} other {Today}}',
    previousHint:
      '{unit, select, week {Previous Week} month {Previous Month} threeDays {Previous three days} twoWeeks {Previous two weeks} other {Previous}}',
    nextHint:
      '{unit, select, week {Next Week} month {Next Month} threeDays {Next three days} twoWeeks {Next two weeks} other {Next}}',
    viewHint:
      '{view, select, week {Week view} threeDays {3 days view} month {Month view} agenda {Agenda view} other {{name} view}}',
    viewChangeHint: 'Change view',
    navLinkHint: 'Go to {date}',
    noEvents: 'No study sessions in this period.',
    allDay: 'All-day',
    timed: 'Timed',
    moreLink: '{count, plural, other {+# more}}',
    moreLinkHint: '{count, plural, one {Show # more event} other {Show # more events}}',
    close: 'Close',
    events: 'Events'
  },
  block: {
    status: '{status, select, done {Done} skipped {Skipped} missed {Missed} other {Planned}}',
    pinned: 'Pinned',
    reviewTitle: 'Review: {title}'
  },
  today: {
    title: 'Today',
    nextSession: 'Next session',
    nothingAhead: 'Nothing planned ahead.',
    startsIn: 'Starts in {duration}',
    inProgress: 'In progress, {duration} left',
    todaysSessions: 'Today’s sessions',
    noneToday: 'No sessions today.',
    item: '{status, select, done {{time} · {title} · done} other {{time} · {title}}}',
    thisWeek: 'This week',
    weekHours: '{done} h done of {planned} h planned'
  },
  session: {
    ownSession: 'Your own session',
    kind: '{kind, select, review {Review} other {Study}}',
    pinned: 'Pinned',
    addedByYou: 'Added by you',
    when: '{day} ({range}, {minutes} min)',
    close: 'Close session details',
    outcome: 'Outcome',
    resources: 'Resources',
    notes: 'Notes',
    missed: 'Missed: its work was placed again after the week ahead. Studied it after all? Log it.',
    start: 'Start',
    timer:
      '{paused, select, yes {Started at {time} · {minutes} min so far · paused} other {Started at {time} · {minutes} min so far}}',
    logDone: 'Log as done…',
    done: 'Done…',
    skip: 'Skip',
    delete: 'Delete',
    doneStatus: 'Done · {minutes} min',
    skippedStatus: 'Skipped: its time stays free and its work goes after the week ahead.',
    doneForm: {
      minutes: 'Minutes you actually studied',
      recallReview: 'How well did you recall it?',
      recallFirst:
        'That was the last session of this topic. How well do you know it now? Your answer plans its first review.',
      markDone: 'Mark done',
      cancel: 'Cancel'
    },
    ratings: {
      again: 'Again',
      againHint: 'I had forgotten it',
      hard: 'Hard',
      hardHint: 'Recalled with effort',
      good: 'Good',
      goodHint: 'Recalled after a moment',
      easy: 'Easy',
      easyHint: 'Recalled at once'
    }
  },
  quickAdd: {
    title: 'Add a session',
    what: 'What will you study?',
    whatPlaceholder: 'A roadmap topic, or e.g. Read the attention paper',
    hintTopic: 'A roadmap topic: this time counts toward it.',
    hintOwn: 'Your own session: it keeps its time free of other study, on no roadmap topic.',
    hintEmpty: 'Pick a topic from the list, or write your own.',
    date: 'Date',
    start: 'Start',
    minutes: 'Minutes',
    zone: 'Times are in the plan’s time zone, {zone}.',
    add: 'Add session',
    cancel: 'Cancel',
    noTitle: 'Write what you will study, or choose a topic.',
    noStart: 'Choose a date and a start time.',
    badMinutes: 'A session lasts 1 to {max} whole minutes.'
  },
  weekReplan: {
    title: 'Re-plan this week?',
    intro:
      'The week ahead normally stays as planned. Re-planning it places every session from now on again; done, skipped, missed and pinned sessions stay.',
    working: 'Working out what would change…',
    changes:
      '{count, plural, =0 {Nothing would change.} one {# session would change.} other {# sessions would change.}}',
    finish: 'Finish: {before} → {after}.',
    finishStays: 'Finish stays {date}.',
    notEverythingFits: 'not everything fits',
    apply: 'Re-plan',
    cancel: 'Cancel'
  },
  missed: {
    title: '{count, plural, one {You missed # session} other {You missed # sessions}}',
    onCourse: 'You were on course to finish {date}.',
    intro:
      'Missed sessions stay in your calendar: open one to log it if you did study. Pick how to catch up; nothing changes until you apply it, and the week ahead stays as planned.',
    options: 'Ways to catch up',
    apply: 'Apply',
    notNow: 'Not now',
    optionTitle:
      '{option, select, reflow {Place the missed work after this week} raiseDailyCap {Study a bit longer per day} dropOptional {Drop optional topics} other {Move the target date}}',
    notApplicable:
      '{option, select, dropOptional {This plan has no optional topics left.} moveTarget {The plan has no target date to move, or already meets it.} other {Would not change the plan.}}',
    finishes: 'Finishes {date}',
    notEverythingFits: 'Not everything fits',
    dailyCap: 'up to {hours} h a day',
    newTarget: 'target becomes {date}',
    stillLate: 'still late for the target',
    changes: '{count, plural, one {# session changes} other {# sessions change}}'
  },
  weekNotice: {
    reassigned: '{from} needs no more time, so the session on {when} now covers {to}.',
    reassignedSomeSession: '{from} needs no more time, so a session this week now covers {to}.',
    released:
      '{count, plural, one {One session of the week ahead no longer fits and was let go.} other {# sessions of the week ahead no longer fit and were let go.}}'
  }
} as const
