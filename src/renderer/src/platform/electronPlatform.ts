// Platform backed by window.planner, the preload's typed bridge to the Electron main process.
import type { PlannerApi } from '../../../shared/ipc/contract'
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
    saveBackup: (reason, text) => planner.saveBackup({ reason, text }),
    listBackups: () => planner.listBackups(),
    readBackup: (name) => planner.readBackup({ name }),
    setStudyTimer: (timer) => planner.setStudyTimer({ timer })
  }
}
