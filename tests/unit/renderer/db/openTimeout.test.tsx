// Opening the database never just hangs on "Opening…": when it cannot open in time the learner is told why, and the
// app still comes up by itself once the database is free.
import { render, screen, waitFor } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { AppShell } from '../../../../src/renderer/src/components/AppShell'
import { DatabaseProvider, OPEN_TIMEOUT_MS } from '../../../../src/renderer/src/db/DatabaseContext'
import { CURRENT_SCHEMA_VERSION, PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { PlatformProvider } from '../../../../src/renderer/src/platform/PlatformContext'
import { createFakePlatform } from '../fakePlatform'

const SLOW = { timeout: 15_000 }
const TAKING_LONG = /taking unusually long to open\. Another Study Planner window or tab may be holding it/
let dbName = ''
const toClose: Dexie[] = []
afterEach(async () => {
  for (const db of toClose.splice(0)) db.close()
  await Dexie.delete(dbName)
})

function renderApp(db: PlannerDB, openTimeoutMs: number) {
  render(
    <PlatformProvider platform={createFakePlatform()}>
      <DatabaseProvider db={db} openTimeoutMs={openTimeoutMs}>
        <AppShell renderScreen={() => <p>Screen shown</p>} />
      </DatabaseProvider>
    </PlatformProvider>
  )
}

/** Opens `name` at `version` with IndexedDB itself, as another window would; the request is returned, not awaited. */
function rawOpen(name: string, version: number): IDBOpenDBRequest {
  const request = indexedDB.open(name, version)
  request.addEventListener('upgradeneeded', () => request.result.createObjectStore('settings', { keyPath: 'key' }))
  return request
}

describe('a database that cannot open in time', () => {
  it('is waiting behind two other windows: says so after the timeout, without any blocked event, and opens once they let go', async () => {
    dbName = `queued-${Math.random()}`
    // Window A, at this build's version, does not let go when asked (an unresponsive window)...
    const windowA = new PlannerDB(dbName)
    await windowA.open()
    windowA.on('versionchange', () => false)
    toClose.push(windowA)
    // ...so window B's upgrade waits for it, and every later open of the database queues behind B. Only B is told
    // it is blocked: this window gets no event at all.
    const windowB = rawOpen(dbName, (CURRENT_SCHEMA_VERSION + 1) * 10)
    let windowBBlocked = false
    windowB.addEventListener('blocked', () => (windowBBlocked = true))
    await waitFor(() => expect(windowBBlocked).toBe(true))

    const db = new PlannerDB(dbName)
    toClose.push(db)
    renderApp(db, 300)
    expect(screen.getByText('Opening your study data…')).toBeTruthy()
    expect(await screen.findByText(TAKING_LONG, {}, SLOW)).toBeTruthy()
    expect(db.isOpen()).toBe(false)

    // The other windows go away (B gives up its upgrade): this window goes on by itself.
    windowA.close()
    windowB.addEventListener('upgradeneeded', () => windowB.transaction?.abort())
    await waitFor(() => expect(screen.queryByText(TAKING_LONG)).toBeNull(), SLOW)
    await waitFor(() => expect(db.isOpen()).toBe(true), SLOW)
  })

  it('shows nothing of the kind when the database opens in time', async () => {
    dbName = `quick-${Math.random()}`
    const db = new PlannerDB(dbName)
    toClose.push(db)
    renderApp(db, 300)
    await waitFor(() => expect(db.isOpen()).toBe(true), SLOW)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(screen.queryByText(TAKING_LONG)).toBeNull()
  })

  it('waits ten seconds in the app before saying so', () => {
    expect(OPEN_TIMEOUT_MS).toBe(10_000)
  })
})
