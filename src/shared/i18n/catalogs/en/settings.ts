// English messages: settings. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
export const settings = {
  screen: {
    title: 'Settings',
    loading: 'Loading…',
    about: {
      heading: 'About',
      version: 'Version',
      runningOn: 'Running on',
      browser: 'Web browser',
      notifications: 'Desktop notifications'
    }
  },
  notificationStatus: {
    available: 'Available',
    deniedBrowser: 'Blocked by the browser',
    deniedBrowserAdvice:
      "Allow notifications for this site in the browser's site settings, then reload the page. Until then, reminders cannot appear.",
    deniedDesktop: 'Turned off for Study Planner',
    deniedDesktopAdvice: "Allow notifications for Study Planner in the system's notification settings.",
    notAsked: 'Not allowed yet',
    notAskedAdvice:
      "When the browser asks whether this site may show notifications, choose Allow. If it does not ask, allow notifications for this site in the browser's site settings. Until then, reminders cannot appear.",
    unsupportedBrowser: 'Not available in this browser',
    unsupportedBrowserAdvice:
      'This browser cannot show notifications, so reminders cannot appear here. Use a browser that can, or the desktop app.',
    unsupportedDesktop: 'Not available on this system',
    unsupportedDesktopAdvice:
      'Reminders show as a banner in the app window instead (it opens to show one) and in the tray tooltip. On Linux this usually means no notification service is running.'
  },
  loadingPlanSettings: 'Loading plan settings…',
  loadingPlan: 'Loading your plan…',
  appearance: {
    heading: 'Reminders and appearance',
    createPlanFirst: 'Create a plan to set its reminders.',
    weekStartsOn: 'Week starts on',
    clock: {
      legend: 'Times',
      locale: 'As my language writes it ({example})',
      h12: '12-hour ({example})',
      h24: '24-hour ({example})'
    },
    theme: {
      legend: 'Theme',
      system: 'Same as the system',
      light: 'Light',
      dark: 'Dark'
    },
    language: {
      legend: 'Language',
      system: 'System language (<lang>{name}</lang>)'
    },
    lead: {
      label: 'Remind me before a session',
      none: 'No reminder',
      minutes: '{minutes, plural, one {# minute before} other {# minutes before}}',
      saved: 'Reminder time saved.',
      notChanged: 'Not changed: {reason}'
    },
    digest: {
      legend: 'Daily summary',
      enabled: 'Send one notification a day listing that day’s sessions',
      time: 'Time of the daily summary',
      problem: 'Enter a time such as 08:00 for the daily summary.'
    }
  },
  desktop: {
    heading: 'Reminders and desktop',
    notifications: 'Notifications: {label}. {advice}',
    staleNever:
      'Reminders may be out of date: they have not been updated yet. Study Planner is asking for them again; if this note stays for more than a minute, restart Study Planner.',
    staleSince:
      'Reminders may be out of date: they were last updated {when}. Study Planner is asking for them again; if this note stays for more than a minute, restart Study Planner.',
    browserOnly: 'Launch at login, the tray and pausing reminders are part of the desktop app.',
    launchAtLogin: 'Start Study Planner when I log in (in the tray, so reminders arrive)',
    closeToTray: 'Keep running in the tray when the window is closed',
    closeWithoutTray: 'Keep running when the window is closed (this desktop has no tray, so the window is minimized)',
    pause: {
      legend: 'Pause reminders',
      hour: 'For 1 hour',
      restOfDay: 'For the rest of the day',
      until: 'Reminders paused until {time}.',
      resume: 'Resume reminders'
    },
    changeFailed: 'That setting could not be changed: {reason}'
  },
  data: {
    heading: 'Your data',
    restoreOffer: 'No study data was found, but backups exist. Restore the newest one below instead of starting fresh.',
    storage: 'Storage',
    persistence: {
      granted: 'Protected: the browser will not clear this data when space runs low.',
      denied: 'Not protected: the system may clear this data when space runs low. Keep backups.',
      unsupported: 'Unknown: this system does not say whether it keeps the data under storage pressure.'
    },
    checking: 'Checking…',
    onDevice: 'On this device',
    counting: 'Counting…',
    counts: {
      list: '{plans}, {sessions}, {studyLog}, {reviews}, {notes}, {roadmaps}',
      plans: '{count, plural, =0 {no plan} one {# plan} other {# plans}}',
      sessions: '{count, plural, =0 {no study sessions} one {# study session} other {# study sessions}}',
      studyLog:
        '{count, plural, =0 {no study logged yet} one {# time you logged study} other {# times you logged study}}',
      reviews:
        '{count, plural, =0 {no answers to “How well do you know it?” yet} one {# answer to “How well do you know it?”} other {# answers to “How well do you know it?”}}',
      notes: '{count, plural, =0 {no topic notes} one {# topic note} other {# topic notes}}',
      roadmaps: '{count, plural, =0 {no roadmap} one {# roadmap} other {# roadmaps}}'
    },
    backUpNow: 'Back up now',
    restoreFromFile: 'Restore from file…',
    backupSaved: 'Backup saved as {name}.',
    backupNotSaved: 'The backup could not be saved. {reason}',
    kept: {
      heading: 'Backups kept by the app',
      entry: '{when} ({reason})',
      restoreLabel: 'Restore backup from {when}',
      restore: 'Restore…'
    },
    reason: {
      daily: 'daily',
      preUpgrade: 'before an update',
      preRestore: 'before a restore',
      preDelete: 'before a plan was deleted',
      manual: 'backed up by you'
    }
  },
  backups: {
    label: 'Backups',
    last: 'Last backup',
    daily: 'Daily backup',
    kept: 'Kept backups',
    noneYet: 'None yet.',
    failed:
      'Failed {when}{attempts, plural, =1 {} other { (# tries in a row)}}. {message} The app tries again after {next}; Back up now tries at once.',
    made: 'Made {when}.',
    notYet: 'Not made yet: the app makes one a day while it is open and holds study data.',
    policy:
      'The app keeps the newest {daily, number} daily backups, {manual, number} of yours, {preDelete, number} from before a plan was deleted, {preRestore, number} from before a restore and {preUpgrade, number} from before an update, and deletes older ones. The newest of each kind is never deleted.'
  },
  restore: {
    legend: 'Restore "{name}"?',
    intro:
      'Backup made {when}. Restoring replaces everything on this device with it; the current data is kept as a snapshot first.',
    contents: 'Backup contents',
    table: {
      plans: 'Plans',
      sessions: 'Sessions',
      studyLog: 'Study log entries',
      reviews: 'Recall ratings',
      notes: 'Topic notes',
      roadmaps: 'Roadmaps',
      settings: 'Preferences'
    },
    sessionsFrom: 'Sessions from',
    noSessions: 'No sessions',
    range: '{from} to {to}',
    confirm: 'Restore this backup',
    cancel: 'Cancel',
    cannotRestore: '"{name}" cannot be restored: {where}: {reason}',
    unreadable: 'The backup "{name}" could not be read ({reason}).',
    failed: 'Nothing was changed: the restore failed ({reason}).',
    done: 'Restored "{name}". The data it replaced was kept as a snapshot.',
    doneWithoutSnapshot:
      'Restored "{name}", but the data it replaced could not be saved to the backups folder ({problem, select, tooLarge {it is too large for a backup file} notWritten {it could not be written to the disk; check that the disk has free space} other {{reason}}}). A copy is kept inside the app only until the next restore.'
  },
  calendarFiles: {
    heading: 'Calendar files',
    plan: 'Plan',
    importBusy: 'Import busy time from .ics…',
    previewLegend: 'Busy time to import',
    apply: 'Apply busy time',
    cancel: 'Cancel',
    whyLeftOut: 'Why events were left out',
    skippedLine: '{where}: {reason}',
    andMore: 'and {count, number} more',
    cannotImport: '"{name}" cannot be imported: {reason}',
    cannotImportAt: '"{name}" cannot be imported: {where}: {reason}',
    noneFound:
      'No busy time found in “{source}”{skipped, plural, =0 {} one { (# event left out)} other { (# events left out)}}: {replacing, plural, =0 {there is nothing to apply.} one {applying it removes the # busy time imported before from a file of this name.} other {applying it removes the # busy times imported before from a file of this name.}}',
    found:
      '{busy, plural, one {# busy time} other {# busy times}} found in “{source}”{skipped, plural, =0 {} one {, # event left out} other {, # events left out}}.',
    replaces:
      '{busy, plural, one {It replaces} other {They replace}} the {replacing, plural, one {# busy time} other {# busy times}} imported before from a file of this name.',
    applyHint:
      '{busy, plural, one {Nothing changes until you apply it.} other {Nothing changes until you apply them.}}',
    applied:
      '{count, plural, one {# busy time from “{source}” added; the plan now works around it.} other {# busy times from “{source}” added; the plan now works around them.}}'
  },
  icsExport: {
    legend: 'Export to your calendar app',
    sessions: 'Sessions',
    fromNow: 'From now on',
    between: 'Between two dates',
    firstDay: 'First day',
    lastDay: 'Last day',
    includeDone: 'Include done sessions (marked ✓, without reminders)',
    alarmsAtStart: 'Add reminders (as each session starts)',
    alarmsBefore: 'Add reminders ({minutes, plural, one {# minute} other {# minutes}} before each session)',
    export: 'Export .ics',
    exported:
      'Exported {sessions, plural, one {# session} other {# sessions}}{alarms, plural, =0 {} one { (# with a reminder)} other { (# with reminders)}} to {file}.',
    noneFromNow:
      '{done, select, yes {No planned or done sessions from now on.} other {No planned sessions from now on.}} Nothing was exported.',
    noneBetween:
      '{done, select, yes {No planned or done sessions between {from} and {to}.} other {No planned sessions between {from} and {to}.}} Nothing was exported.'
  },
  planChange: {
    heading: 'Your plan',
    intro:
      'The choices of <strong>{title}</strong>, the plan shown now. Change any of them: the preview shows what it would do, and nothing changes until you apply it.',
    availabilityLegend: 'When can you study?',
    breaksLegend: 'Breaks and the week ahead',
    breakLabel: 'Break between sessions',
    minutes: 'minutes',
    keepLabel: 'Keep as planned',
    keepNothing: 'Nothing: re-plan every session after each change',
    keepDays: '{days, plural, one {The next day} other {The next # days}}',
    zoneLabel: 'Time zone of the plan',
    zoneNote: 'This computer is set to {host}. Study times are shown and planned in {zone}, the plan’s zone.',
    saveFailed: 'the change could not be saved ({reason})',
    preview: {
      heading: 'Before and after',
      nothingYet: 'Nothing changed yet. Paint the week, move a date or pick another size to see what it would do.',
      working: 'Working out the change…',
      refused: 'This change cannot be planned: {reason} Nothing has changed.',
      refusedNoStudyTime:
        'This change cannot be planned: there is no study time left in the week. Paint at least one half hour on the grid. Nothing has changed.',
      refusedTargetBeforeStart:
        'This change cannot be planned: the target date is before the start date. Nothing has changed.',
      plan: 'Plan',
      now: 'Now',
      after: 'After',
      apply: 'Apply',
      discard: 'Discard changes',
      applied: 'Plan changed.',
      undone: 'The plan is back as it was.',
      failed: 'Nothing changed: {reason}',
      undo: 'Undo'
    },
    rows: {
      finish: 'Finish',
      target: 'Target',
      needed: 'Study needed a week',
      capacity: 'Study time a week'
    },
    doesNotFit: 'does not fit',
    noTarget: 'no target date',
    none: 'none',
    hours: '{hours} h',
    sessions: {
      none: 'No session changes.',
      all: '{count, plural, one {# session changes.} other {# sessions change.}}',
      near: '{near, plural, =0 {No session in {days, plural, one {the next day} other {the next # days}} changes.} one {# session in {days, plural, one {the next day} other {the next # days}} changes.} other {# sessions in {days, plural, one {the next day} other {the next # days}} change.}}',
      nearAndLater:
        '{near, plural, =0 {No session in {days, plural, one {the next day} other {the next # days}} changes} one {# session in {days, plural, one {the next day} other {the next # days}} changes} other {# sessions in {days, plural, one {the next day} other {the next # days}} change}}; {later, plural, one {# later session moves} other {# later sessions move}}.'
    }
  },
  calendarSync: {
    heading: 'Calendar sync',
    unavailable:
      'Calendar sync needs the desktop app: it keeps your password in the system keychain and talks to your calendar server itself.',
    intro:
      'Put your plan in your own calendar (Nextcloud, iCloud, Fastmail, Radicale…) so it reaches your phone, with its alarms. Sessions you move or delete there come back to the planner. No account with us; the app works as before when you are offline.',
    serverUrl: 'Server address',
    serverHelp:
      'For example https://caldav.icloud.com, https://caldav.fastmail.com or https://your-cloud.example/remote.php/dav. Plain http:// works only for this computer.',
    username: 'User name',
    password: 'App password',
    passwordHelp:
      'Use an app password if your provider offers one. It is kept by the desktop app, never in your backups.',
    connect: 'Connect',
    connecting: 'Connecting…',
    plainTextQuestion:
      'This desktop has no keychain to lock the password away. Save it unencrypted in the app’s folder? Anyone who can read your files could read it.',
    plainTextSave: 'Save without encryption',
    cancel: 'Cancel',
    connectedAs: 'Connected to {server} as {user}.',
    plainTextNote: 'Your password is saved unencrypted: this desktop has no keychain.',
    chooseLegend: 'Calendar for your plan',
    createCalendar: 'A new calendar “Study Planner” (recommended)',
    busyLegend: 'Count events in these calendars as busy time',
    busyNone: 'No other calendars hold events.',
    plan: 'Plan: {title}',
    weeks: 'Put in the calendar',
    weeksOption: '{weeks, plural, one {the next week} other {the next # weeks}}',
    keepDone: 'Keep done sessions in the calendar, marked ✓ (skipped ones are always removed)',
    start: 'Start syncing',
    saveChoice: 'Save',
    changeChoice: 'Change calendars…',
    syncNow: 'Sync now',
    syncing: 'Syncing…',
    disconnect: 'Disconnect',
    disconnectNote:
      'Disconnecting forgets the password here and the busy time read from your calendars. Events already in your calendar stay there.',
    factPlan: 'Plan',
    planGoneShort: 'deleted',
    planGone:
      'The plan this calendar shows was deleted, so nothing is sent any more. Choose “Change calendars…” to sync the plan that is open now.',
    factCalendar: 'Calendar',
    factBusy: 'Busy time from',
    factBusyNone: 'none',
    factRange: 'Range',
    factLastSync: 'Last sync',
    factState: 'State',
    never: 'not yet',
    upToDate: 'Up to date',
    pending: 'Changes waiting to be sent',
    summary: 'Sent to your calendar: {created} added, {updated} updated, {deleted} removed.',
    fromCalendar:
      'From your calendar, {when}: {moved, plural, =0 {no moves} one {# session moved} other {# sessions moved}}, {deleted, plural, =0 {no deletions} one {# deleted (skipped here)} other {# deleted (skipped here)}}.',
    busyRead:
      '{busy, plural, =0 {No busy time} one {# busy time} other {# busy times}} read from your other calendars.',
    bothChanged:
      '{count, plural, one {# session was} other {# sessions were}} changed in both places: the time from your calendar was kept.',
    rule: 'If a session changes in both places, the time set in your calendar app wins; the planner keeps its title, notes and whether it is done. Undo takes back changes that came from your calendar.',
    nextAttempt: 'Next try at {time}.',
    alert: 'Calendar sync has stopped. {problem}',
    alertButton: 'Open Settings',
    unreachableConnect: 'The server could not be reached ({detail}). Check the address and your network.',
    unreachableDetail: {
      refused: 'the server refused the connection',
      notFound: 'no server by that name',
      timeout: 'no answer in time',
      reset: 'the connection broke off',
      offline: 'no network'
    },
    errors: {
      'invalid-url': 'That server address is not a web address. Check it, starting with https://.',
      'insecure-url':
        'The address must start with https:// (plain http:// is allowed only for this computer), so your password never travels unencrypted.',
      'wrong-password':
        'The server refused the user name or password. Check them; many providers want an app password here.',
      forbidden:
        'The server does not let this account change that calendar. Pick another one, or create “Study Planner”.',
      unreachable: 'The server could not be reached ({detail}). Your changes wait and are sent when it answers.',
      'certificate-invalid':
        'The server’s certificate is not valid ({detail}). The app does not send your password to it.',
      'calendar-gone':
        'The calendar is no longer on the server (deleted or moved). Pick another one or create “Study Planner”.',
      'not-caldav': 'No calendar service answered at that address. Check the address your provider gives for CalDAV.',
      'other-origin':
        'The server sent the app to another address ({url}); it was not followed, so your password stays with this server.',
      'response-too-large': 'The server sent more than {limit} MB at once, which the app does not read.',
      'bad-response':
        'The server’s answer could not be read ({detail}). Nothing was changed; the app tries again later.',
      'server-error': 'The server had a problem (HTTP {status}). The app tries again later.',
      'plain-text-needs-consent': 'The password was not saved: this desktop has no keychain.',
      'credentials-unreadable':
        'The saved password can no longer be read (the keychain changed). Disconnect and connect again.'
    }
  },
  plans: {
    heading: 'All plans',
    intro:
      'Reminders come from every plan that is not archived; the calendar, Today and Progress show the plan chosen under “Current plan”.',
    loading: 'Loading…',
    none: 'No plans yet.',
    newPlan: 'New plan…',
    state: {
      archived: 'Archived',
      shown: 'Shown now',
      active: 'Active'
    },
    newName: 'New name',
    saveName: 'Save name',
    cancel: 'Cancel',
    deleteLegend: 'Delete {title}?',
    deleteConfirmApp:
      'Delete “{title}” with its sessions, study log, ratings and notes? First a backup of all your data is kept: it is listed under “Backups kept by the app” in Your data below, from where you can restore it.',
    deleteConfirmDownload:
      'Delete “{title}” with its sessions, study log, ratings and notes? First a backup of all your data is kept: it is downloaded as a file, which you can restore with “Restore from file” in Your data below.',
    backUpAndDelete: 'Back up and delete',
    keepPlan: 'Keep the plan',
    show: 'Show',
    showLabel: 'Show {title}',
    rename: 'Rename',
    renameLabel: 'Rename {title}',
    archive: 'Archive',
    archiveLabel: 'Archive {title}',
    bringBack: 'Bring back',
    bringBackLabel: 'Bring back {title}',
    delete: 'Delete…',
    deleteLabel: 'Delete {title}',
    renamed: 'Renamed “{from}” to “{to}”.',
    notRenamed: 'Not renamed: {reason}',
    notChanged: 'Not changed: {reason}',
    archivedMessage:
      'Archived “{title}”. It keeps all its data and sends no reminders; bring it back here at any time.',
    broughtBack: '“{title}” is back under “Current plan” and sends reminders again.',
    notBackedUp: 'Not deleted: the backup could not be saved first. {reason} Your plan is unchanged.',
    deleted: 'Deleted “{title}”. The backup kept first is {file}.',
    notDeleted: 'Not deleted: {reason}'
  }
} as const
