// Exposes window.planner: one named, typed method per IPC channel. No generic ipcRenderer, no Node, no IPC event objects.
import { contextBridge, ipcRenderer } from 'electron'
import { invokeChannels, pushChannels } from '../shared/ipc/channels'
import type { PlannerApi } from '../shared/ipc/contract'

/** Subscribes to a main -> renderer push; the page gets the payload only, never the IPC event (which carries a sender). */
function subscribe<Payload>(channel: string, listener: (payload: Payload) => void): () => void {
  const forward = (_event: Electron.IpcRendererEvent, payload: Payload): void => listener(payload)
  ipcRenderer.on(channel, forward)
  return () => void ipcRenderer.removeListener(channel, forward)
}

const planner = {
  getAppInfo: () => ipcRenderer.invoke(invokeChannels.getAppInfo),
  openExternal: (payload) => ipcRenderer.invoke(invokeChannels.openExternal, payload),
  onOpenSession: (listener) => subscribe(pushChannels.openSession, listener),
  onShowScreen: (listener) => subscribe(pushChannels.showScreen, listener)
} satisfies PlannerApi

contextBridge.exposeInMainWorld('planner', planner)
