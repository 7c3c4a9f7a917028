// Globals the renderer may see: window.planner exists only inside the Electron app (set by the preload).
import type { PlannerApi } from '../../shared/ipc/contract'

declare global {
  interface Window {
    readonly planner?: PlannerApi
  }
}

declare global {
  interface ImportMetaEnv {
    /** package.json version, injected at build time. */
    readonly VITE_APP_VERSION?: string
  }
}
