// Screens and data hooks get the repositories without guarding against null: <DatabaseReady> renders them only once the
// database is open, and a use outside it fails loudly instead of quietly reading nothing.
import { render, screen } from '@testing-library/react'
import { Dexie } from 'dexie'
import { Component, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DatabaseProvider, DatabaseReady, useRepositories } from '../../../../src/renderer/src/db/DatabaseContext'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import type { Repositories } from '../../../../src/renderer/src/db/repositories'
import { PlatformProvider } from '../../../../src/renderer/src/platform/PlatformContext'
import { createFakePlatform } from '../fakePlatform'

const opened: PlannerDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

function newDb(): PlannerDB {
  const db = new PlannerDB(`ready-${Math.random()}`)
  opened.push(db)
  return db
}

/** Records what useRepositories() handed it on every render, and whether the database was open by then. */
function RepositoriesProbe({ db, seen }: { db: PlannerDB; seen: Array<{ repos: Repositories; open: boolean }> }) {
  const repos = useRepositories()
  seen.push({ repos, open: db.isOpen() })
  return <p>Repositories ready</p>
}

class CatchError extends Component<{ children: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null }
  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) }
  }
  override render() {
    return this.state.message === null ? this.props.children : <p role="alert">{this.state.message}</p>
  }
}

describe('DatabaseReady', () => {
  it('renders its children only once the database is open, with repositories on their very first render', async () => {
    const db = newDb()
    const seen: Array<{ repos: Repositories; open: boolean }> = []
    render(
      <PlatformProvider platform={createFakePlatform()}>
        <DatabaseProvider db={db}>
          <p>Shell</p>
          <DatabaseReady>
            <RepositoriesProbe db={db} seen={seen} />
          </DatabaseReady>
        </DatabaseProvider>
      </PlatformProvider>
    )
    // The shell shows at once; what needs data waits for the open database.
    expect(screen.getByText('Shell')).toBeTruthy()
    expect(screen.queryByText('Repositories ready')).toBeNull()
    await screen.findByText('Repositories ready')
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every(({ repos, open }) => open && repos !== null && typeof repos.plans.listPlans === 'function')).toBe(
      true
    )
  })

  it('refuses useRepositories() outside it with an error that says where it belongs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const db = newDb()
    render(
      <PlatformProvider platform={createFakePlatform()}>
        <DatabaseProvider db={db}>
          <CatchError>
            <RepositoriesProbe db={db} seen={[]} />
          </CatchError>
        </DatabaseProvider>
      </PlatformProvider>
    )
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /useRepositories\(\) is used outside <DatabaseReady>/
    )
    vi.mocked(console.error).mockRestore()
  })
})
