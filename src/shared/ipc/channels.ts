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
  setStudyTimer: 'study-timer:set'
} as const

/** Main -> renderer push channels, keyed by the event name (`on<Name>` in PlannerApi). */
export const pushChannels = {
  openSession: 'session:open',
  showScreen: 'app:show-screen',
  reminderBanner: 'reminders:banner',
  requestReminderSync: 'reminders:request-sync'
} as const
