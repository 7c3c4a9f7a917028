// A real calendar sync service for tests that need one beside what they test: files in `dir`, a stand-in keychain,
// and a network that answers nothing (every request fails as unreachable).
import { join } from 'node:path'
import { createCredentialStore, type SafeStorageLike } from '../../src/main/caldav/credentialStore'
import { createCalendarSyncService, type CalendarSyncService } from '../../src/main/caldav/syncService'
import { createSyncStateFile } from '../../src/main/caldav/syncStore'
import { systemScheduler } from '../../src/main/reminders/ports'

const SEALED = 'sealed:'

/** A keychain that seals by prefix; `backend: 'basic_text'` plays a Linux desktop without one. */
export function testSafeStorage(backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(SEALED + Buffer.from(text).toString('hex')),
    decryptString: (sealed) => {
      const text = sealed.toString()
      if (!text.startsWith(SEALED)) throw new Error('cannot decrypt')
      return Buffer.from(text.slice(SEALED.length), 'hex').toString()
    }
  }
}

const silent = { info: () => {}, warn: () => {}, error: () => {} }

export function offlineCalendarSync(dir: string): CalendarSyncService {
  return createCalendarSyncService({
    credentials: createCredentialStore({
      dir: join(dir, 'calendar-sync'),
      safeStorage: testSafeStorage(),
      logger: silent
    }),
    stateFile: createSyncStateFile(join(dir, 'calendar-sync'), silent),
    fetch: () => Promise.reject(new TypeError('fetch failed')),
    clock: { now: () => Date.now() },
    scheduler: systemScheduler,
    logger: silent,
    onStatus: () => {}
  })
}
