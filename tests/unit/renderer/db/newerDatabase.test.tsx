// Databases never go backwards: data a newer build wrote is refused before anything touches it, and windows of
// different versions tell the learner what to do instead of failing silently.
import { render, screen, waitFor } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { CURRENT_SCHEMA_VERSION, PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { storedSchemaVersion } from '../../../../src/renderer/src/db/storageSafety'
import { createFakePlatform } from '../fakePlatform'
import { PlannerDBv1 } from './fixtures/schemaV1'

const SLOW = { timeout: 15_000 }
let dbName = ''
const toClose: Dexie[] = []
afterEach(async () => {
  for (const db of toClose.splice(0)) db.close()
  await Dexie.delete(dbName)
})

/** The object stores and version IndexedDB itself holds, read without Dexie. */
function rawShape(name: string): Promise<{ version: number; stores: string[] }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.addEventListener('success', () => {
      const shape = { version: request.result.version, stores: [...request.result.objectStoreNames].sort() }
      request.result.close()
      resolve(shape)
    })
    request.addEventListener('error', () => reject(request.error))
  })
}

/** A database as a future build (one schema version ahead) leaves it: a table this build does not know, and a preference. */
async function writeFutureDatabase(): Promise<void> {
  const future = new Dexie(dbName)
  future.version(CURRENT_SCHEMA_VERSION + 1).stores({ settings: 'key', futureOnly: 'id' })
  await future.table('settings').put({ key: 'ui.theme', value: 'dark' })
  await future.table('futureOnly').put({ id: 'kept' })
  future.close()
}

describe('a database written by a newer version', () => {
  it('is refused with the reason before Dexie opens it: no table re-created, no version raised, nothing saved', async () => {
    dbName = `future-${Math.random()}`
    await writeFutureDatabase()
    const before = await rawShape(dbName)
    const platform = createFakePlatform()
    const saved: string[] = []
    platform.saveBackup = async (reason) => {
      saved.push(reason)
      return { ok: false, error: 'not expected' }
    }
    const db = new PlannerDB(dbName)
    toClose.push(db)
    render(<App platform={platform} db={db} />)
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toContain(
      'saved by a newer version of Study Planner'
    )
    expect(await rawShape(dbName)).toEqual(before)
    expect(before.stores).toEqual(['futureOnly', 'settings'])
    expect(Math.floor(await storedSchemaVersion(dbName, indexedDB))).toBe(CURRENT_SCHEMA_VERSION + 1)
    expect(saved).toEqual([])
  })
})

describe('two windows at different versions', () => {
  it('an upgrade held up by an older window says so, and goes on once that window closes', async () => {
    dbName = `blocked-${Math.random()}`
    const older = new PlannerDBv1(dbName)
    await older.open()
    // An older build that does not let go when asked, as an unresponsive window would.
    older.on('versionchange', () => false)
    toClose.push(older)
    const db = new PlannerDB(dbName)
    toClose.push(db)
    render(<App platform={createFakePlatform()} db={db} />)
    expect(await screen.findByText(/open in another window with an older version/, {}, SLOW)).toBeTruthy()
    older.close()
    await waitFor(() => expect(screen.queryByText(/open in another window/)).toBeNull(), SLOW)
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
  })

  it('a newer window taking the database over makes this one let go and say how to go on', async () => {
    dbName = `taken-${Math.random()}`
    const db = new PlannerDB(dbName)
    toClose.push(db)
    render(<App platform={createFakePlatform()} db={db} />)
    await screen.findByRole('button', { name: 'Settings' }, SLOW)
    await waitFor(() => expect(db.isOpen()).toBe(true), SLOW)
    const newer = new Dexie(dbName)
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ settings: 'key', futureOnly: 'id' })
    toClose.push(newer)
    // Not blocked: this window closed its connection when asked.
    await newer.open()
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toContain('updated by another window')
  })
})
