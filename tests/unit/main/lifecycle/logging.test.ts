// Logs go to a size-capped file under userData/logs, and uncaught errors are caught into it without a dialog.
import { describe, expect, it } from 'vitest'
import { configureLogging, MAX_LOG_BYTES, type ConfigurableLog } from '../../../../src/main/lifecycle/logging'

describe('configureLogging', () => {
  it('writes to userData/logs/main.log, caps the file and catches errors silently', () => {
    const calls: string[] = []
    const log: ConfigurableLog = {
      initialize: () => calls.push('initialize'),
      transports: { file: { maxSize: 0, level: false, resolvePathFn: () => 'default' } },
      errorHandler: { startCatching: (options) => calls.push(`catch dialog=${options?.showDialog}`) }
    }
    configureLogging(log, '/home/ada/.config/Study Planner')
    expect(log.transports.file.resolvePathFn()).toBe('/home/ada/.config/Study Planner/logs/main.log')
    expect(log.transports.file.maxSize).toBe(MAX_LOG_BYTES)
    expect(log.transports.file.level).toBe('info')
    expect(calls).toEqual(['initialize', 'catch dialog=false'])
  })
})
