// Sends main-process logs to a rotating file in <userData>/logs and catches every uncaught error into it.
import { join } from 'node:path'

/** The part of electron-log's main logger that is configured here. */
export interface ConfigurableLog {
  initialize(): void
  transports: { file: { maxSize: number; level: string | false; resolvePathFn: (...args: never[]) => string } }
  errorHandler: { startCatching(options?: { showDialog?: boolean }): void }
}

/** 5 MB per file; electron-log then renames it to main.old.log and starts afresh, so at most 10 MB is kept. */
export const MAX_LOG_BYTES = 5 * 1024 * 1024

export function logFilePath(userData: string): string {
  return join(userData, 'logs', 'main.log')
}

export function configureLogging(log: ConfigurableLog, userData: string): void {
  log.initialize()
  log.transports.file.resolvePathFn = () => logFilePath(userData)
  log.transports.file.maxSize = MAX_LOG_BYTES
  log.transports.file.level = 'info'
  // Uncaught exceptions and rejections are logged, never swallowed; no modal dialog interrupts the user.
  log.errorHandler.startCatching({ showDialog: false })
}
