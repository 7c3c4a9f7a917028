// English messages: common. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const common = {
  loading: 'Loading…',
  loadingPlan: 'Loading your plan…',
  /** A name or title the learner gave, in the language's quotation marks. */
  quoted: '“{text}”',
  newPlanBar: {
    label: 'New plan',
    text: 'You are starting a new plan. Your other plans stay as they are; switch between them with “Current plan”.',
    cancel: 'Cancel new plan'
  },
  planSwitcher: {
    label: 'Current plan',
    noActive: 'No active plan',
    newPlan: 'New plan…'
  },
  reminderBanners: { dismiss: 'Dismiss' },
  restoreOffer: {
    text: 'No study data was found on this computer, but {count, plural, one {a backup exists} other {# backups exist}} (the newest from {when}). Restore it before you start a new plan.',
    button: 'Restore from a backup…'
  },
  studyTimer: {
    label: 'Study timer',
    untitled: 'Study session',
    paused: 'Paused',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop…',
    clockWords:
      '{hours, plural, =0 {} one {# hour } other {# hours }}{minutes, plural, one {# minute} other {# minutes}}',
    studied:
      '{hours, plural, =0 {} one {# hour } other {# hours }}{minutes, plural, one {# minute} other {# minutes}} studied',
    earlyStart:
      'Started {hours, plural, =0 {{minutes, number} min} other {# h{minutes, plural, =0 {} other { # min}}}} before its planned time',
    started: 'Study timer started: {title}',
    resumed: 'Study timer resumed: {title}',
    pausedAnnouncement: 'Study timer paused: {title}',
    stopped: 'Study timer stopped'
  },
  undo: {
    markDone: 'Undo mark done',
    skip: 'Undo skip',
    move: 'Undo move',
    rate: 'Undo rate',
    addSession: 'Undo add session',
    deleteSession: 'Undo delete session',
    replanWeek: 'Undo re-plan this week',
    changePlan: 'Undo change plan',
    reminderTime: 'Undo reminder time change',
    catchUp: 'Undo catch up on missed sessions',
    importBusyTime: 'Undo import busy time',
    calendarChanges: 'Undo changes from your calendar',
    replaceRoadmap: 'Undo replace roadmap',
    importRoadmap: 'Undo import of {name}',
    editRoadmap: 'Undo edit roadmap',
    add: 'Undo add of {name}',
    edit: 'Undo edit of {name}',
    rename: 'Undo rename of {name}',
    moveInRoadmap: 'Undo move of {name}',
    delete: 'Undo delete of {name}',
    trackChoice: 'Undo track choice',
    markKnown: 'Undo mark of {name} as known',
    unmarkKnown: 'Undo unmark of {name} as known',
    /** A step stored under words this version does not know. */
    other: 'Undo {label}'
  },
  importRefusal: {
    withPlace:
      '“{file}” was not imported ({place}): {problem} Fix that part of the file and import it again; nothing was changed.',
    withoutPlace:
      '“{file}” was not imported: {problem} Fix that part of the file and import it again; nothing was changed.',
    item: '{list, select, stages {stage {n}} tracks {track {n}} topics {topic {n}} resources {resource {n}} prerequisites {prerequisite {n}} other {{list} {n}}}',
    line: 'line {line}'
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    calendar: 'Calendar',
    calendarAndRoadmap: 'Calendar and roadmap',
    everywhere: 'Everywhere',
    close: 'Close',
    keys: { ctrl: 'Ctrl', alt: 'Alt', enter: 'Enter', esc: 'Esc' },
    actions: {
      today: 'Go to today',
      previousWeek: 'Previous week (month in Month view)',
      nextWeek: 'Next week (month in Month view)',
      nextSession: 'Open the next session',
      addSession: 'Add a session (a topic or your own) at a time you choose',
      undo: 'Undo the last change to the plan (⌘ Z on macOS)',
      help: 'Show these shortcuts',
      calendar: 'Calendar',
      roadmap: 'Roadmap',
      progress: 'Progress',
      settings: 'Settings',
      openFocused: 'Open the focused session',
      closePanel: 'Close a panel or dialog'
    }
  },
  zonePicker: {
    placeholder: 'City, region or offset',
    list: 'Time zones',
    noMatch: 'No time zone matches “{query}”.',
    /** The parts of a zone's IANA id before its city; names not listed stay as the id has them. */
    region:
      '{part, select, Africa {Africa} America {America} Antarctica {Antarctica} Arctic {Arctic} Asia {Asia} Atlantic {Atlantic} Australia {Australia} Europe {Europe} Indian {Indian} Pacific {Pacific} Argentina {Argentina} North_Dakota {North Dakota} other {{part}}}'
  },
  planInputs: {
    dates: {
      partial: 'Enter a whole date: day, month and year.',
      year: 'Choose a year from {first} to {last}.',
      beforeStart: 'The target is before the start date.'
    },
    pace: {
      legend: 'Dates and pace',
      legendNumbered: '{step}. Dates and pace',
      startDate: 'Start date',
      targetDate: 'Target date <muted>(optional)</muted>',
      keepStart: 'Until then the plan starts on {date}.',
      keepNoTarget: 'Until then the plan has no target date.',
      keepTarget: 'Until then the plan keeps the target {date}.',
      sessionLength: 'Session length',
      from: 'from',
      to: 'to',
      minutes: 'minutes',
      lengthRange: 'Sessions can be {min} to {max} minutes long; the plan keeps the last length that was.',
      minAboveMax: 'The shortest session is longer than the longest.',
      parallel: 'Topics in parallel',
      parallelOne: '1 — one topic at a time',
      parallelTwo: '2 — alternate two topics',
      parallelThree: '3 — rotate three topics',
      reviews: 'Schedule short spaced reviews of finished topics'
    },
    tracks: {
      legend: 'Specialization',
      legendNumbered: '{step}. Choose your specialization',
      includeOptional: 'Include optional stages',
      optionalStage: '{title}<muted> (optional)</muted>',
      hours: '· {hours} h of study'
    },
    availability: {
      help: 'Drag across the grid to paint study time, drag from a painted cell to erase. With the keyboard: arrow keys move, Space toggles a half hour, Shift+arrow paints as it moves.',
      suggested: 'Suggested hours',
      clear: 'Clear',
      grid: 'Weekly study time',
      time: 'Time',
      cell: '{day} {from} to {to}',
      weekly: '{hours} h a week',
      cut: '{painted} h painted → {study} h of study after {reasons}',
      breaks: '{minutes}-minute breaks',
      shortSlots: 'skipping slots shorter than {minutes} minutes',
      dailyCap: 'the {hours} h daily cap',
      sizes: 'breaks and session sizes'
    },
    sizes: {
      min: 'The minimum session must be a whole number of minutes from 5 to 1440.',
      max: 'The maximum session must be a whole number of minutes from 5 to 1440.',
      minAboveMax:
        'The minimum ({min} min) is above the maximum ({max} min): a session could never be long enough and short enough at once.',
      break: 'The break must be a whole number of minutes from 0 to 240.',
      longerThanDay:
        'The minimum ({min} min) is longer than your longest study day ({day} min): no session could be placed.'
    },
    feasibility: {
      noAvailability: 'Paint at least one study slot on the week grid to see when you would finish.',
      startYear: 'Choose a start date with a year from {first} to {last}.',
      targetYear: 'Choose a target date with a year from {first} to {last}.',
      sentence:
        '{need, select, overWeek {Finishing by {target} would take more hours than a week has; you have {have} h/week} needs {Needs {needed} h/week to finish by {target}; you have {have} h/week} passed {The target date {target} has passed; you have {have} h/week} other {You have {have} h/week}} → {finish, select, none {not everything fits within ten years} other {finishes {finishDate}}}.'
    }
  },
  database: {
    blocked:
      'Study Planner is open in another window with an older version. Close it to finish opening your study data here.',
    slowOpen:
      'Your study data is taking unusually long to open. Another Study Planner window or tab may be holding it: close the others, and this window goes on by itself once they let go.',
    changedElsewhere:
      'Your study data was updated by another window (a newer version or a restore). Reload this window to go on; nothing was lost.',
    newer: 'This data was saved by a newer version of Study Planner. Update the app to open it; nothing was changed.',
    openFailed: 'The study database could not be opened ({detail}). Nothing was changed.'
  },
  operations: {
    noPlan: 'There is no plan "{id}".',
    noRoadmap: 'There is no roadmap "{id}".',
    noSession: 'There is no session "{id}".',
    planRoadmapMissing: 'The roadmap "{id}" of this plan is missing.',
    nothingToUndo: 'There is nothing to undo.',
    planName: 'Give the plan a name.',
    planNameLength: 'Keep the name under {max, number} characters.',
    actualMinutes: 'Actual minutes must be a whole number from 0 to 1440.',
    rating: 'Rating must be again, hard, good or easy.',
    deleteOnlyAdded: 'Only a session you added can be deleted; skip a planned one instead.',
    deleteDone: 'A done session is kept as history and cannot be deleted.',
    noteLength: 'Notes can be at most {max, number} characters long.',
    planCannotUseRoadmap: 'The plan "{title}" cannot use this roadmap: {detail}',
    historyOffRoadmap:
      'sessions you skipped or missed on {topics} are kept as history, so {count, plural, one {that topic stays} other {those topics stay}} in the roadmap.',
    orphanedWork:
      '“{roadmap}” does not have {count, plural, one {a topic} other {topics}} you already studied or rated in this plan ({topics}{more, plural, =0 {} other { and # more}}), so that work would be lost. Start a new plan with it instead: this plan stays as it is.',
    notedTopics:
      '{topics}{more, plural, =0 {} other { and # more}} {count, plural, one {has} other {have}} notes you wrote, which would be lost. Clear those notes first (in a session of that topic), then try again.',
    busyLimit:
      '“{file}” would bring this plan’s busy time to {total, number} intervals; a plan can hold at most {max, number}. Nothing was imported. Import a shorter calendar, or an updated copy of a calendar imported before under the same file name: it replaces that calendar’s busy time.',
    backupRoom:
      '{what, select, newPlan {A new plan} roadmap {This roadmap} other {“{file}”}} would make your data too large to back up: about {total} MB, and a backup can hold at most {limit} MB. Nothing was changed. Delete a plan you no longer need first (a backup of it is kept).'
  },
  limits: {
    unsafe: 'This cannot be saved: a backup of it could not be restored ({detail}).',
    invalid: 'This cannot be saved: a backup of it could not be restored.',
    invalidAt: 'This cannot be saved: a backup of it could not be restored ({where}: {detail}).',
    tooMany:
      'At most {max, number} {table, select, roadmaps {roadmaps} plans {plans} notes {topic notes} settings {stored preferences} other {records}} can be kept; delete some first.',
    stages: 'A roadmap can have at most {max, number} stages.',
    topics: 'A stage or track can have at most {max, number} topics.',
    tracks: 'A choice stage can have at most {max, number} tracks.',
    prerequisites: 'A topic can have at most {max, number} prerequisites.',
    resources: 'A topic can have at most {max, number} resources.',
    busy: 'Busy time: a plan can hold at most {max, number} intervals.',
    windows: 'Study times: at most {max, number} weekly windows.',
    blackouts: 'Days off: at most {max, number} periods.',
    planName: 'A plan’s name can be at most {max, number} characters long.',
    title:
      '{owner, select, topic {A topic’s title} track {A track’s title} stage {A stage’s title} resource {A resource’s title} roadmap {A roadmap’s title} other {A title}} can be at most {max, number} characters long.',
    summary:
      '{owner, select, topic {A topic’s summary} track {A track’s summary} stage {A stage’s summary} resource {A resource’s summary} roadmap {A roadmap’s summary} other {A summary}} can be at most {max, number} characters long.',
    outcome:
      '{owner, select, topic {A topic’s outcome} track {A track’s outcome} stage {A stage’s outcome} resource {A resource’s outcome} roadmap {A roadmap’s outcome} other {An outcome}} can be at most {max, number} characters long.',
    label: 'A busy-time label or day-off name can be at most {max, number} characters long.',
    text: 'Notes can be at most {max, number} characters long.',
    url: 'A link can be at most {max, number} characters long.',
    id: 'An id can be at most {max, number} characters long.'
  },
  backup: {
    tooLargeSized:
      'Your data is too large for one backup ({size} MB; at most {max} MB). Delete plans you no longer need, or export them to files and delete them.',
    tooLarge:
      'Your data is too large for one backup (at most {max} MB). Delete plans you no longer need, or export them to files and delete them.',
    notWritten: 'The backup could not be written to the disk. Check that the disk has free space.',
    refused: 'The backup was refused ({error}).',
    notPrepared: 'The backup could not be prepared ({detail}).'
  },
  files: {
    tooLarge:
      '“{name}” is {size} MB, too large to be a {kind, select, ics {calendar file} markdown {roadmap outline} json {roadmap file} other {backup}} (at most {max} MB of text). It was not read and nothing was changed.',
    failed:
      '“{name}” could not be read ({reason}) and was not {kind, select, backup {restored} other {imported}}; nothing was changed.',
    tooSlow:
      '“{name}” took too long to read and was not {kind, select, backup {restored} other {imported}}; nothing was changed.',
    readerStopped: 'the reader stopped',
    notPassedOn: 'its contents could not be passed on'
  },
  // The words written into an exported .ics, which the learner reads in their calendar app.
  calendarFile: {
    reviewTitle: 'Review: {topic}',
    reviewNote: 'Review session: go over this topic again from memory, then check what you missed.',
    outcome: 'Outcome: {outcome}',
    resources: 'Resources:',
    stage: 'Stage: {stage}',
    stageAndTrack: '{stage}, {track} track'
  }
} as const
