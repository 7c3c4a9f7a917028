// Platform backed by window.planner, the preload's typed bridge to the Electron main process.
import { MAX_BACKUP_TEXT_LENGTH, SAVE_BACKUP_ERRORS, type PlannerApi } from '../../../shared/ipc/contract'
import type { Platform } from './Platform'

export function createElectronPlatform(planner: PlannerApi): Platform {
  return {
    kind: 'electron',
    getAppInfo: () => planner.getAppInfo(),
    openExternal: (url) => planner.openExternal({ url }),
    syncReminders: (sync) => planner.syncReminders(sync),
    pauseReminders: (choice) => planner.pauseReminders({ choice }),
    onOpenSession: (listener) => planner.onOpenSession(({ sessionId }) => listener(sessionId)),
    onReminderBanner: (listener) => planner.onReminderBanner(listener),
    onShowScreen: (listener) => planner.onShowScreen(({ screen }) => listener(screen)),
    onReminderSyncRequest: (listener) => planner.onRequestReminderSync(() => listener()),
    getDesktopStatus: () => planner.getDesktopPreferences(),
    setDesktopPreferences: (change) => planner.setDesktopPreferences(change),
    // Checked here too so an oversized backup gets main's answer instead of a rejected request.
    saveBackup: async (reason, text) => {
      if (text.length > MAX_BACKUP_TEXT_LENGTH) return { ok: false, error: SAVE_BACKUP_ERRORS.tooLarge }
      return planner.saveBackup({ reason, text }).catch(() => ({ ok: false, error: SAVE_BACKUP_ERRORS.notWritten }))
    },
    listBackups: () => planner.listBackups(),
    readBackup: (name) => planner.readBackup({ name }),
    setStudyTimer: (timer) => planner.setStudyTimer({ timer }),
    getCalendarSync: () => planner.getCalendarSync(),
    connectCalendar: (account) => planner.connectCalendar(account),
    selectCalendars: (selection) => planner.selectCalendars(selection),
    disconnectCalendar: () => planner.disconnectCalendar(),
    publishPlan: (snapshot) => planner.publishPlan(snapshot),
    syncCalendarNow: () => planner.syncCalendarNow(),
    acknowledgeIncoming: (ack) => planner.acknowledgeIncoming(ack),
    onCalendarSyncStatus: (listener) => planner.onCalendarSyncStatus(listener)
  }
}
