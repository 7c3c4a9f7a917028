// The CalDAV account's credentials, kept by main alone: the password encrypted with Electron's safeStorage (the OS
// keychain), or in plain text only where the desktop has no keychain and the learner agreed (issue 21, item 1).
import { join } from 'node:path'
import { z } from 'zod'
import { createJsonFileStore, type JsonFileSystem } from '../fs/jsonFileStore'
import type { Logger } from '../reminders/ports'
import type { CalDavAccount } from './connection'

/** The part of Electron's safeStorage the store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  /**
   * Linux only: which secret store encrypts. 'basic_text' means none (a key hard-coded in Chromium), so the password
   * would be as readable as plain text. Absent elsewhere.
   */
  getSelectedStorageBackend?(): string
}

export const CREDENTIALS_FILE = 'calendar-credentials.json'

const credentialsSchema = z.strictObject({
  serverUrl: z.string().min(1),
  username: z.string().min(1),
  secret: z.discriminatedUnion('storage', [
    z.strictObject({ storage: z.literal('keychain'), encrypted: z.base64() }),
    z.strictObject({ storage: z.literal('plain-text'), password: z.string() })
  ])
})
type StoredCredentials = z.output<typeof credentialsSchema>

export type PasswordStorage = 'keychain' | 'plain-text'

export type SaveCredentialsResult =
  | { readonly ok: true; readonly storage: PasswordStorage }
  /** No keychain here: nothing was saved, ask the learner before saving in plain text. */
  | { readonly ok: false; readonly reason: 'plain-text-needs-consent' }

export type LoadCredentialsResult =
  | { readonly ok: true; readonly account: CalDavAccount; readonly storage: PasswordStorage }
  | { readonly ok: false; readonly reason: 'none' | 'unreadable' }

export interface CredentialStore {
  /** Whether a password saved now would be encrypted by the OS. */
  keychainAvailable(): boolean
  save(account: CalDavAccount, options: { readonly allowPlainText: boolean }): Promise<SaveCredentialsResult>
  /** The saved account, decrypted; 'unreadable' when the file or the keychain no longer gives it back. */
  load(): Promise<LoadCredentialsResult>
  /** Who is signed in, without decrypting anything (for the Settings screen). */
  describe(): Promise<{ serverUrl: string; username: string; storage: PasswordStorage } | null>
  clear(): Promise<void>
}

export interface CredentialStoreDeps {
  readonly dir: string
  readonly safeStorage: SafeStorageLike
  readonly logger: Logger
  readonly fs?: JsonFileSystem
}

export function createCredentialStore(deps: CredentialStoreDeps): CredentialStore {
  const file = createJsonFileStore<StoredCredentials | null>({
    path: join(deps.dir, CREDENTIALS_FILE),
    schema: credentialsSchema.nullable(),
    fallback: null,
    // Never log the reason's text: a half-written file could hold the password.
    onCorrupt: () => deps.logger.warn(`Ignoring malformed ${CREDENTIALS_FILE}`),
    ...(deps.fs ? { fs: deps.fs } : {})
  })

  function keychainAvailable(): boolean {
    if (!deps.safeStorage.isEncryptionAvailable()) return false
    return deps.safeStorage.getSelectedStorageBackend?.() !== 'basic_text'
  }

  async function stored(): Promise<StoredCredentials | null> {
    return (await file.load()).value
  }

  return {
    keychainAvailable,
    async save(account, { allowPlainText }) {
      const { serverUrl, username, password } = account
      if (keychainAvailable()) {
        const encrypted = deps.safeStorage.encryptString(password).toString('base64')
        await file.save({ serverUrl, username, secret: { storage: 'keychain', encrypted } })
        return { ok: true, storage: 'keychain' }
      }
      if (!allowPlainText) return { ok: false, reason: 'plain-text-needs-consent' }
      await file.save({ serverUrl, username, secret: { storage: 'plain-text', password } })
      return { ok: true, storage: 'plain-text' }
    },
    async load() {
      const credentials = await stored()
      if (!credentials) return { ok: false, reason: 'none' }
      const { serverUrl, username, secret } = credentials
      if (secret.storage === 'plain-text') {
        return { ok: true, account: { serverUrl, username, password: secret.password }, storage: 'plain-text' }
      }
      try {
        const password = deps.safeStorage.decryptString(Buffer.from(secret.encrypted, 'base64'))
        return { ok: true, account: { serverUrl, username, password }, storage: 'keychain' }
      } catch {
        // Another OS user, a reset keychain, or a locked one: the learner signs in again.
        deps.logger.warn('The saved calendar password can no longer be decrypted')
        return { ok: false, reason: 'unreadable' }
      }
    },
    async describe() {
      const credentials = await stored()
      if (!credentials) return null
      return { serverUrl: credentials.serverUrl, username: credentials.username, storage: credentials.secret.storage }
    },
    async clear() {
      await file.save(null)
    }
  }
}
