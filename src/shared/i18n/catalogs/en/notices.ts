// English messages: notices — the main process's words (notifications, the tray, the application menu). ICU
// MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const notices = {
  notification: {
    /** A session's time on another day than today: 'Tue 16 Mar, 14:00–15:30' (day and time from shared/format). */
    dayAndTime: '{day}, {time}',
    /** One reminder: its kind and topic. */
    title: '{kind, select, review {Review} other {Study}}: {topic}',
    /** Its time ('when', maybe with the day), marked when the session is already over. */
    body: '{missed, select, yes {Missed: {when}} other {{when}}}',
    bodyWithStage: '{missed, select, yes {Missed: {when}} other {{when}}} · {stage}',
    /** Several reminders that came due together (always two or more). */
    groupTitle: '{count, plural, one {# study reminder} other {# study reminders}}',
    /** One line of the grouped notice: a session's time, then its topic. */
    groupLine: '{when} {topic}',
    /** The grouped notice lists three sessions, then this. */
    groupMore: '{count, plural, other {and # more}}',
    digest: {
      title: "Today's study plan",
      /** 'duration' is the day's total, e.g. '1 hr 30 mins'. */
      body: 'Today: {count, plural, one {# session} other {# sessions}}, {duration}',
      bodyWithFirst: 'Today: {count, plural, one {# session} other {# sessions}}, {duration} · first at {time}'
    }
  },
  tray: {
    /** The menu's first line, disabled; 'time' is the session's start. */
    next: 'Next: {topic}, {time}',
    noUpcoming: 'No upcoming session',
    open: 'Open Study Planner',
    startNext: 'Start next session',
    snooze: 'Snooze',
    snoozeMinutes: '{minutes, plural, one {# minute} other {# minutes}}',
    pause: 'Pause reminders',
    pauseHour: 'For 1 hour',
    pauseRestOfDay: 'For the rest of the day',
    resume: 'Resume reminders (paused until {time})',
    quit: 'Quit Study Planner',
    /** The tray icon's tooltip, one line each (Windows shows at most 127 characters in all). */
    tooltip: {
      studying: 'Studying: {topic} since {time}',
      studyPaused: 'Paused: {topic}',
      outOfDate: 'Reminders may be out of date',
      /** 'when': today (just the time), tomorrow, or other (another day: 'day' is e.g. 'Tue 16 Mar'). */
      outOfDateSince:
        '{when, select, today {Reminders may be out of date (last updated {time})} tomorrow {Reminders may be out of date (last updated tomorrow {time})} other {Reminders may be out of date (last updated {day}, {time})}}',
      paused:
        '{when, select, today {Reminders paused until {time}} tomorrow {Reminders paused until tomorrow {time}} other {Reminders paused until {day}, {time}}}',
      now: 'Now: {topic} (until {time})',
      /** 'when' is the session's time range, with its day when not today. */
      next: 'Next: {topic}, {when}'
    }
  },
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    go: 'Go',
    window: 'Window',
    // The standard items of the File, Edit, View and Window menus.
    items: {
      close: 'Close Window',
      quit: 'Quit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      pasteAndMatchStyle: 'Paste and Match Style',
      delete: 'Delete',
      selectAll: 'Select All',
      reload: 'Reload',
      forceReload: 'Force Reload',
      toggleDevTools: 'Toggle Developer Tools',
      resetZoom: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      togglefullscreen: 'Toggle Full Screen',
      minimize: 'Minimize',
      zoom: 'Zoom',
      front: 'Bring All to Front'
    }
  }
} as const
