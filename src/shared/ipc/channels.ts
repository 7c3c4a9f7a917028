// IPC channel names, apart from their schemas so the sandboxed preload can use them without bundling zod.

/** Renderer -> main request channels, keyed by the PlannerApi method that calls them. */
export const invokeChannels = {
  getAppInfo: 'app:get-info',
  openExternal: 'shell:open-external',
  syncReminders: 'reminders:sync',
  pauseReminders: 'reminders:pause',
  getDesktopPreferences: 'preferences:get',
  setDesktopPreferences: 'preferences:set',
  saveBackup: 'backups:save',
  listBackups: 'backups:list',
  readBackup: 'backups:read',
  setStudyTimer: 'study-timer:set',
  getCalendarSync: 'calendar-sync:get',
  connectCalendar: 'calendar-sync:connect',
  selectCalendars: 'calendar-sync:select',
  disconnectCalendar: 'calendar-sync:disconnect',
  publishPlan: 'calendar-sync:publish',
  syncCalendarNow: 'calendar-sync:sync-now',
  acknowledgeIncoming: 'calendar-sync:acknowledge'
} as const

/** Main -> renderer push channels, keyed by the event name (`on<Name>` in PlannerApi). */
export const pushChannels = {
  openSession: 'session:open',
  showScreen: 'app:show-screen',
  reminderBanner: 'reminders:banner',
  requestReminderSync: 'reminders:request-sync',
  calendarSyncStatus: 'calendar-sync:status'
} as const
