// The shell as a user meets it: screens switch by click and keyboard, the choice is remembered, a bad database is explained.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { PlannerDB, SCHEMA_V3 } from '../../../../src/renderer/src/db/PlannerDB'
import { createBrowserPlatform } from '../../../../src/renderer/src/platform/browserPlatform'
import { createFakePlatform } from '../fakePlatform'

let dbName = ''
const openDbs: Dexie[] = []

function newDb(): PlannerDB {
  const db = new PlannerDB(dbName)
  openDbs.push(db)
  return db
}

function renderApp(db: PlannerDB) {
  return render(<App platform={createBrowserPlatform(window as unknown as Window)} db={db} />)
}

afterEach(async () => {
  for (const db of openDbs.splice(0)) db.close()
  await Dexie.delete(dbName)
})

describe('AppShell', () => {
  it('opens on first-run planning and switches screens from the navigation', async () => {
    dbName = `shell-${Math.random()}`
    renderApp(newDb())
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Plan your studies' }, { timeout: 15_000 })
    ).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Progress' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Progress' }, { timeout: 15_000 })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Progress' }).getAttribute('aria-current')).toBe('page')
    expect(screen.getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBeNull()
  })

  it('offers a restore on the first screen when the database is empty but backups exist', async () => {
    dbName = `shell-${Math.random()}`
    const platform = createFakePlatform()
    platform.listBackups = async () => [
      { name: 'daily-2027-01-05.json', reason: 'daily', createdAt: Date.UTC(2027, 0, 5, 9), sizeBytes: 2048 }
    ]
    render(<App platform={platform} db={newDb()} />)
    const offer = await screen.findByRole('alert', {}, { timeout: 15_000 })
    expect(offer.textContent).toContain('No study data was found on this computer, but a backup exists')
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }))
    expect(await screen.findByRole('region', { name: 'Your data' }, { timeout: 15_000 })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Settings' }).getAttribute('aria-current')).toBe('page')
  })

  it('switches screens with Alt+number', async () => {
    dbName = `shell-${Math.random()}`
    renderApp(newDb())
    await screen.findByRole('heading', { level: 1, name: 'Plan your studies' }, { timeout: 15_000 })
    fireEvent.keyDown(window, { key: '4', altKey: true })
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 15_000 })).toBeTruthy()
    fireEvent.keyDown(window, { key: '2' })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings')
  })

  it('reopens on the screen that was open last time', async () => {
    dbName = `shell-${Math.random()}`
    const first = renderApp(newDb())
    await screen.findByRole('heading', { level: 1, name: 'Plan your studies' }, { timeout: 15_000 })
    fireEvent.click(screen.getByRole('button', { name: 'Roadmap' }))
    await waitFor(async () => expect((await newDb().settings.get('ui.lastScreen'))?.value).toBe('roadmap'))
    first.unmount()

    renderApp(newDb())
    expect(await screen.findByRole('heading', { level: 1, name: 'Roadmap' }, { timeout: 15_000 })).toBeTruthy()
  })

  it('refuses data saved by a newer version with the reason, changing and dropping none of it', async () => {
    dbName = `shell-${Math.random()}`
    const newer = new Dexie(dbName)
    // A real newer version keeps today's tables and adds its own. This build cannot know what else it changed, so it
    // does not write to it at all (see newerDatabase.test.tsx for a newer schema that dropped a table).
    newer.version(99).stores({ ...SCHEMA_V3, futureTable: 'id' })
    await newer.open()
    await newer.table('settings').put({ key: 'ui.lastScreen', value: 'progress' })
    await newer.table('futureTable').put({ id: 'kept' })
    newer.close()

    renderApp(newDb())
    expect((await screen.findByRole('alert', {}, { timeout: 15_000 })).textContent).toContain(
      'saved by a newer version of Study Planner'
    )
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()

    const reopened = new Dexie(dbName)
    await reopened.open()
    expect(reopened.verno).toBe(99)
    expect(await reopened.table('futureTable').toArray()).toEqual([{ id: 'kept' }])
    expect(await reopened.table('settings').toArray()).toEqual([{ key: 'ui.lastScreen', value: 'progress' }])
    reopened.close()
  })

  it('tells the user when storage cannot be opened instead of showing an empty app', async () => {
    dbName = `shell-${Math.random()}`
    const refusingIndexedDb = {
      open: () => {
        throw new DOMException('The user denied storage', 'SecurityError')
      },
      deleteDatabase: indexedDB.deleteDatabase.bind(indexedDB),
      cmp: indexedDB.cmp.bind(indexedDB),
      databases: indexedDB.databases.bind(indexedDB)
    }
    const db = new PlannerDB(dbName, { indexedDB: refusingIndexedDb as unknown as IDBFactory, IDBKeyRange })
    openDbs.push(db)
    renderApp(db)
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /could not be opened.*denied storage.*Nothing was changed/
    )
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
  })
})
