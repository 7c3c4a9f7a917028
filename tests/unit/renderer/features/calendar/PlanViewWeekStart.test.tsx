// The calendar's first day of the week: the week-start setting when set, the locale's otherwise.
import { within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { localeFirstDay } from '../../../../../src/shared/time'
import { WEEK_START_KEY } from '../../../../../src/renderer/src/db/preferences'
import { freshPlanDatabase, renderCalendarScreen } from './calendarScreenHarness'

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const database = freshPlanDatabase('week-start')

/** The weekday names of the week view's column headers, in order. */
async function shownWeekdays(): Promise<string[]> {
  const unmount = await renderCalendarScreen(database())
  const calendar = document.querySelector('.sp-calendar') as HTMLElement
  const headers = within(calendar)
    .getAllByRole('columnheader')
    .map((header) => WEEKDAYS.find((day) => header.textContent?.includes(day)))
  unmount()
  return headers.filter((day): day is string => day !== undefined)
}

describe('PlanView week start', () => {
  it('starts the week on the day chosen in Settings', async () => {
    const localeDay = localeFirstDay(navigator.language)
    const chosen = (localeDay + 3) % 7 // never the locale's own first day
    await createRepositories(database()).settings.set(WEEK_START_KEY, chosen)
    const days = await shownWeekdays()
    expect(days).toHaveLength(7)
    expect(days[0]).toBe(WEEKDAYS[chosen])
  })

  it('follows the locale when no week start is set', async () => {
    const days = await shownWeekdays()
    expect(days[0]).toBe(WEEKDAYS[localeFirstDay(navigator.language)])
  })
})
