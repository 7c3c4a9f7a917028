// The calendar's first day of the week: the week-start setting when set, the locale's otherwise.
import { render, screen, within } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DatabaseProvider } from '../../../../../src/renderer/src/db/DatabaseContext'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { CalendarScreen } from '../../../../../src/renderer/src/features/calendar/CalendarScreen'
import { localeFirstDay } from '../../../../../src/renderer/src/features/calendar/zonedDates'
import { WEEK_START_KEY } from '../../../../../src/renderer/src/features/settings/plan/preferences'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform } from '../../fakePlatform'

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
let db: PlannerDB

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  db = new PlannerDB(`week-start-${Math.random()}`)
  const created = await createRepositories(db).plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
})

afterEach(async () => {
  vi.useRealTimers()
  db.close()
  await Dexie.delete(db.name)
})

/** The weekday names of the week view's column headers, in order. */
async function shownWeekdays(): Promise<string[]> {
  const { unmount } = render(
    <PlatformProvider platform={createFakePlatform({ desktop: null })}>
      <DatabaseProvider db={db}>
        <CalendarScreen />
      </DatabaseProvider>
    </PlatformProvider>
  )
  // The first render loads the plan view's chunk (FullCalendar): slow on a busy machine.
  await screen.findByRole('heading', { level: 1, name: 'Calendar' }, { timeout: 10_000 })
  const calendar = document.querySelector('.sp-calendar') as HTMLElement
  const headers = within(calendar).getAllByRole('columnheader').map((header) => WEEKDAYS.find((day) => header.textContent?.includes(day)))
  unmount()
  return headers.filter((day): day is string => day !== undefined)
}

describe('PlanView week start', () => {
  it('starts the week on the day chosen in Settings', async () => {
    const localeDay = localeFirstDay(navigator.language)
    const chosen = (localeDay + 3) % 7 // never the locale's own first day
    await createRepositories(db).settings.set(WEEK_START_KEY, chosen)
    const days = await shownWeekdays()
    expect(days).toHaveLength(7)
    expect(days[0]).toBe(WEEKDAYS[chosen])
  })

  it('follows the locale when no week start is set', async () => {
    const days = await shownWeekdays()
    expect(days[0]).toBe(WEEKDAYS[localeFirstDay(navigator.language)])
  })
})
