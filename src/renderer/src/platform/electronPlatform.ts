// Platform backed by window.planner, the preload's typed bridge to the Electron main process.
import type { PlannerApi } from '../../../shared/ipc/contract'
import type { Platform } from './Platform'

export function createElectronPlatform(planner: PlannerApi): Platform {
  return {
    kind: 'electron',
    getAppInfo: () => planner.getAppInfo(),
    openExternal: (url) => planner.openExternal({ url }),
    onOpenSession: (listener) => planner.onOpenSession(({ sessionId }) => listener(sessionId)),
    onShowScreen: (listener) => planner.onShowScreen(({ screen }) => listener(screen))
  }
}
