// The calendar screen over a real (in-memory) database holding one small plan, at a faked date (timers stay real).
import { render, screen } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, vi } from 'vitest'
import { DatabaseProvider, DatabaseReady } from '../../../../../src/renderer/src/db/DatabaseContext'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { CalendarScreen } from '../../../../../src/renderer/src/components/CalendarScreen'
import { ShortcutsListProvider } from '../../../../../src/renderer/src/components/shortcuts/ShortcutsList'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform } from '../../fakePlatform'

/** Registers hooks that give each test a fresh database with smallPlan() created at NOW; returns its accessor. */
export function freshPlanDatabase(prefix: string): () => PlannerDB {
  let db: PlannerDB | undefined
  beforeEach(async () => {
    // Only Date is faked: Dexie and React still need real timers and microtasks.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW) // Friday 1 January 2027; the plan's first session is on Monday 4 January
    db = new PlannerDB(`${prefix}-${Math.random()}`)
    const created = await createRepositories(db).plans.createPlan(smallPlan(), NOW)
    if (!created.ok) throw new Error(created.error.message)
  })
  afterEach(async () => {
    vi.useRealTimers()
    db?.close()
    if (db) await Dexie.delete(db.name)
  })
  return () => db!
}

/** Renders the calendar screen (with the window's shortcut list), on first run or on a plan. */
export function mountCalendarScreen(db: PlannerDB) {
  return render(
    <PlatformProvider platform={createFakePlatform({ desktop: null })}>
      <DatabaseProvider db={db}>
        <DatabaseReady>
          <ShortcutsListProvider>
            <CalendarScreen />
          </ShortcutsListProvider>
        </DatabaseReady>
      </DatabaseProvider>
    </PlatformProvider>
  )
}

/** Renders the calendar screen on a stored plan and waits for its heading. */
export async function renderCalendarScreen(db: PlannerDB): Promise<() => void> {
  const { unmount } = mountCalendarScreen(db)
  // The first render loads the plan view's chunk (FullCalendar): slow on a busy machine.
  await screen.findByRole('heading', { level: 1, name: 'Calendar' }, { timeout: 10_000 })
  return unmount
}
