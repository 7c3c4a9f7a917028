// Sends main-process logs to a rotating file in <userData>/logs and catches every uncaught error into it.
import { join } from 'node:path'

/**
 * The part of electron-log's Node logger (`electron-log/node`) that is configured here. Main uses the Node logger,
 * not `electron-log/main`: the latter registers an ipcMain channel of its own at import time (outside our sender
 * gate, so any page could write lines into main.log) and its `initialize()` adds a preload to every session. This
 * interface has no `initialize`, so a logger that needs one cannot be configured here.
 */
export interface ConfigurableLog {
  transports: {
    file: {
      maxSize: number
      level: string | false
      resolvePathFn: (...args: never[]) => string
      /** electron-log reads package.json for an app name before every first write; giving it one means it never has to guess. */
      setAppName(name: string): void
    }
  }
  errorHandler: { startCatching(options?: { showDialog?: boolean }): void }
}

/** 5 MB per file; electron-log then renames it to main.old.log and starts afresh, so at most 10 MB is kept. */
export const MAX_LOG_BYTES = 5 * 1024 * 1024

export function logFilePath(userData: string): string {
  return join(userData, 'logs', 'main.log')
}

export function configureLogging(log: ConfigurableLog, userData: string, appName: string): void {
  log.transports.file.setAppName(appName)
  log.transports.file.resolvePathFn = () => logFilePath(userData)
  log.transports.file.maxSize = MAX_LOG_BYTES
  log.transports.file.level = 'info'
  // Uncaught exceptions and rejections are logged, never swallowed; no modal dialog interrupts the user.
  log.errorHandler.startCatching({ showDialog: false })
}
