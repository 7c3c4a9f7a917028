// Reminders reach main from the app itself, whatever screen it opens on: a plan change, a settings change, main's request.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../../../src/renderer/src/App'
import type { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { DAY, NOW } from '../../db/planFixtures'
import { createFakePlatform, type FakePlatform } from '../../fakePlatform'
import { LAZY, storedPlanLeftOn, withStoredPlans } from '../../storedPlan'

withStoredPlans()

/** A stored plan left on `lastScreen`, with its planned sessions of the next 14 days. */
async function storedPlan(lastScreen: string) {
  const { db, repos, planId } = await storedPlanLeftOn(lastScreen)
  const planned = (await repos.plans.sessionsBetween(planId, NOW, NOW + 14 * DAY)).filter(
    (session) => session.status === 'planned'
  )
  return { db, planned }
}

function openApp(db: PlannerDB, platform: FakePlatform) {
  return render(<App platform={platform} db={db} />)
}

describe('reminder sync from the app shell', () => {
  it('hands main the next 14 days of reminders when the app reopens on Settings, without visiting the Calendar', async () => {
    const { db, planned } = await storedPlan('settings')
    const platform = createFakePlatform()
    openApp(db, platform)
    await screen.findByRole('heading', { level: 1, name: 'Settings' }, LAZY)
    await waitFor(() => expect(platform.syncs.length).toBeGreaterThan(0), LAZY)
    expect(planned.length).toBeGreaterThan(0)
    expect(platform.syncs[0]!.reminders.map((reminder) => reminder.sessionId)).toEqual(
      planned.map((session) => session.id)
    )
    expect(screen.getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBeNull()
  })

  it('sends a new reminder lead chosen in Settings at once', async () => {
    const { db, planned } = await storedPlan('settings')
    const platform = createFakePlatform()
    openApp(db, platform)
    const section = within(await screen.findByRole('region', { name: 'Reminders and appearance' }, LAZY))
    await waitFor(() => expect(platform.syncs.length).toBeGreaterThan(0), LAZY)
    const first = planned[0]!
    await userEvent.setup().selectOptions(await section.findByLabelText('Remind me before a session', {}, LAZY), '30')
    await waitFor(
      () =>
        expect(platform.syncs.at(-1)!.reminders[0]).toMatchObject({
          sessionId: first.id,
          fireAt: first.startMs - 30 * 60_000
        }),
      LAZY
    )
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings')
  })

  it('sends the 12/24-hour choice made in Settings, so notifications and the tray write times as the screens do', async () => {
    const { db } = await storedPlan('settings')
    const platform = createFakePlatform()
    openApp(db, platform)
    const section = within(await screen.findByRole('region', { name: 'Reminders and appearance' }, LAZY))
    await waitFor(() => expect(platform.syncs.length).toBeGreaterThan(0), LAZY)
    const language = navigator.language
    expect(platform.syncs.at(-1)!.locale).toBe(language)
    await userEvent.setup().click(await section.findByRole('radio', { name: /^24-hour/ }, LAZY))
    await waitFor(() => expect(platform.syncs.at(-1)!.locale).toBe(`${language}-u-hc-h23`), LAZY)
    await userEvent.setup().click(section.getByRole('radio', { name: /^12-hour/ }))
    await waitFor(() => expect(platform.syncs.at(-1)!.locale).toBe(`${language}-u-hc-h12`), LAZY)
  })

  it('answers main’s request with a fresh sync, even when nothing changed', async () => {
    const { db } = await storedPlan('progress')
    const platform = createFakePlatform()
    openApp(db, platform)
    await waitFor(() => expect(platform.syncs.length).toBe(1), LAZY)
    platform.requestReminderSync()
    await waitFor(() => expect(platform.syncs.length).toBe(2), LAZY)
    expect(platform.syncs[1]!.reminders).toEqual(platform.syncs[0]!.reminders)
  })

  it('a reload never hands main an empty or partial sync while the plan has sessions', async () => {
    const { db, planned } = await storedPlan('roadmap')
    const platform = createFakePlatform()
    const first = openApp(db, platform)
    await waitFor(() => expect(platform.syncs.length).toBe(1), LAZY)
    first.unmount()
    openApp(db, platform)
    await waitFor(() => expect(platform.syncs.length).toBe(2), LAZY)
    for (const sync of platform.syncs)
      expect(sync.reminders.map((reminder) => reminder.sessionId)).toEqual(planned.map((session) => session.id))
  })
})
