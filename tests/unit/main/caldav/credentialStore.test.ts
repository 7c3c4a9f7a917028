// The CalDAV password is kept by main alone: sealed by the OS keychain, in plain text only with the learner's consent,
// never readable in main's files, and a password the keychain no longer opens is reported, not guessed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCredentialStore, CREDENTIALS_FILE } from '../../../../src/main/caldav/credentialStore'
import { testSafeStorage } from '../../../support/calendarSync'

const account = { serverUrl: 'https://dav.example/', username: 'learner', password: 'app-password-1234' }
const warnings: unknown[][] = []
const logger = { info: () => {}, warn: (...params: unknown[]) => void warnings.push(params), error: () => {} }

describe('the credential store', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'credentials-'))
    warnings.length = 0
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('seals the password with the keychain and gives it back', async () => {
    const store = createCredentialStore({ dir, safeStorage: testSafeStorage(), logger })
    await expect(store.save(account, { allowPlainText: false })).resolves.toEqual({ ok: true, storage: 'keychain' })
    const text = await readFile(join(dir, CREDENTIALS_FILE), 'utf8')
    expect(text).not.toContain(account.password)
    await expect(store.load()).resolves.toEqual({ ok: true, account, storage: 'keychain' })
    await expect(store.describe()).resolves.toEqual({
      serverUrl: account.serverUrl,
      username: account.username,
      storage: 'keychain'
    })
  })

  it('treats Linux basic_text (no secret service) as no keychain: nothing saved without consent', async () => {
    const store = createCredentialStore({ dir, safeStorage: testSafeStorage('basic_text'), logger })
    expect(store.keychainAvailable()).toBe(false)
    await expect(store.save(account, { allowPlainText: false })).resolves.toEqual({
      ok: false,
      reason: 'plain-text-needs-consent'
    })
    await expect(readFile(join(dir, CREDENTIALS_FILE), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(store.save(account, { allowPlainText: true })).resolves.toEqual({ ok: true, storage: 'plain-text' })
    await expect(store.load()).resolves.toEqual({ ok: true, account, storage: 'plain-text' })
  })

  it('says the password is unreadable when the keychain no longer opens it, without logging it', async () => {
    const store = createCredentialStore({ dir, safeStorage: testSafeStorage(), logger })
    await store.save(account, { allowPlainText: false })
    const path = join(dir, CREDENTIALS_FILE)
    const saved = JSON.parse(await readFile(path, 'utf8')) as { secret: { encrypted: string } }
    saved.secret.encrypted = Buffer.from('from another keychain').toString('base64')
    await writeFile(path, JSON.stringify(saved))
    await expect(store.load()).resolves.toEqual({ ok: false, reason: 'unreadable' })
    expect(JSON.stringify(warnings)).not.toContain(account.password)
  })

  it('forgets everything on clear, and a malformed file counts as no account', async () => {
    const store = createCredentialStore({ dir, safeStorage: testSafeStorage(), logger })
    await store.save(account, { allowPlainText: false })
    await store.clear()
    await expect(store.load()).resolves.toEqual({ ok: false, reason: 'none' })
    await writeFile(join(dir, CREDENTIALS_FILE), `{"serverUrl":"x","password":"${account.password}"`)
    await expect(store.load()).resolves.toEqual({ ok: false, reason: 'none' })
    expect(JSON.stringify(warnings)).not.toContain(account.password)
  })
})
