// Exposes window.planner: one named, typed method per IPC channel. No generic ipcRenderer, no Node, no IPC event objects.
import { contextBridge, ipcRenderer } from 'electron'
import { invokeChannels, pushChannels } from '../shared/ipc/channels'
import type { PlannerApi } from '../shared/ipc/contract'

/** Pushes that arrive before the page subscribes (a notification click that opened the window) wait here. */
const MAX_BUFFERED = 10

/**
 * Listens on a main -> renderer push channel from the moment the preload runs, buffering until the page subscribes,
 * so a push sent while the page is still loading is not lost. The page gets the payload only, never the IPC event.
 */
function pushChannel<Payload>(channel: string) {
  const buffered: Payload[] = []
  const listeners = new Set<(payload: Payload) => void>()
  ipcRenderer.on(channel, (_event, payload: Payload) => {
    if (listeners.size === 0) {
      buffered.push(payload)
      if (buffered.length > MAX_BUFFERED) buffered.shift()
    }
    for (const listener of listeners) listener(payload)
  })
  return (listener: (payload: Payload) => void): (() => void) => {
    listeners.add(listener)
    for (const payload of buffered.splice(0)) listener(payload)
    return () => void listeners.delete(listener)
  }
}

const planner = {
  getAppInfo: () => ipcRenderer.invoke(invokeChannels.getAppInfo),
  openExternal: (payload) => ipcRenderer.invoke(invokeChannels.openExternal, payload),
  syncReminders: (payload) => ipcRenderer.invoke(invokeChannels.syncReminders, payload),
  pauseReminders: (payload) => ipcRenderer.invoke(invokeChannels.pauseReminders, payload),
  getDesktopPreferences: () => ipcRenderer.invoke(invokeChannels.getDesktopPreferences),
  setDesktopPreferences: (payload) => ipcRenderer.invoke(invokeChannels.setDesktopPreferences, payload),
  saveBackup: (payload) => ipcRenderer.invoke(invokeChannels.saveBackup, payload),
  listBackups: () => ipcRenderer.invoke(invokeChannels.listBackups),
  readBackup: (payload) => ipcRenderer.invoke(invokeChannels.readBackup, payload),
  setStudyTimer: (payload) => ipcRenderer.invoke(invokeChannels.setStudyTimer, payload),
  getCalendarSync: () => ipcRenderer.invoke(invokeChannels.getCalendarSync),
  connectCalendar: (payload) => ipcRenderer.invoke(invokeChannels.connectCalendar, payload),
  selectCalendars: (payload) => ipcRenderer.invoke(invokeChannels.selectCalendars, payload),
  disconnectCalendar: () => ipcRenderer.invoke(invokeChannels.disconnectCalendar),
  publishPlan: (payload) => ipcRenderer.invoke(invokeChannels.publishPlan, payload),
  syncCalendarNow: () => ipcRenderer.invoke(invokeChannels.syncCalendarNow),
  acknowledgeIncoming: (payload) => ipcRenderer.invoke(invokeChannels.acknowledgeIncoming, payload),
  onOpenSession: pushChannel(pushChannels.openSession),
  onShowScreen: pushChannel(pushChannels.showScreen),
  onReminderBanner: pushChannel(pushChannels.reminderBanner),
  onRequestReminderSync: pushChannel(pushChannels.requestReminderSync),
  onCalendarSyncStatus: pushChannel(pushChannels.calendarSyncStatus)
} satisfies PlannerApi

contextBridge.exposeInMainWorld('planner', planner)
