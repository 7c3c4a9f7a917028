// Reminder and appearance settings as a learner meets them: each change takes effect at once and survives a restart.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../../../src/renderer/src/App'
import { PlannerDB } from '../../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../../src/renderer/src/db/repositories'
import { sessionSizesProblem } from '../../../../../../src/renderer/src/components/planInputs/sessionSizes'
import { NOW, smallPlan } from '../../../db/planFixtures'
import { en } from '../../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../../src/shared/i18n/translator'
import { createFakePlatform } from '../../../fakePlatform'

/** Screens and sections load lazily: on a busy machine the first load can take seconds. */
const LAZY = { timeout: 15_000 }
const openDbs: PlannerDB[] = []
afterEach(async () => {
  document.documentElement.removeAttribute('data-theme')
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

async function setup(name = `plan-settings-${Math.random()}`) {
  const db = new PlannerDB(name)
  openDbs.push(db)
  const repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
  return { db, name, planId: created.value.planId }
}

async function openSettings(db: PlannerDB, platform = createFakePlatform()) {
  const view = render(<App platform={platform} db={db} />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: 'Settings' }))
  const section = within(await screen.findByRole('region', { name: 'Reminders and appearance' }, LAZY))
  await section.findByLabelText('Remind me before a session', {}, LAZY)
  return { user, section, view }
}

describe('PlanSettingsSection', () => {
  it('changes the reminder lead time at once, as one named step of the plan’s undo history', async () => {
    const { db, planId } = await setup()
    const { user, section } = await openSettings(db)
    await user.selectOptions(section.getByLabelText('Remind me before a session'), '30 minutes before')
    await waitFor(async () => expect((await db.plans.get(planId))?.reminderLeadMinutes).toBe(30))
    expect(await createRepositories(db).sessions.undoLabel(planId)).toBe('Reminder time change')
    expect(section.getByText('Reminder time saved.')).toBeTruthy()
  })

  it('sets the daily summary’s time and switch, stored and handed to the reminder service', async () => {
    const { db } = await setup()
    const platform = createFakePlatform()
    const { user, section } = await openSettings(db, platform)
    const time = await section.findByLabelText('Time of the daily summary')
    fireEvent.change(time, { target: { value: '' } })
    expect((await section.findByRole('alert')).textContent).toContain('Enter a time')
    expect(await db.settings.get('reminders.digest')).toBeUndefined()
    fireEvent.change(time, { target: { value: '07:30' } })
    await waitFor(async () =>
      expect((await db.settings.get('reminders.digest'))?.value).toEqual({ enabled: true, time: '07:30' })
    )
    expect(section.queryByRole('alert')).toBeNull()
    await user.click(section.getByRole('checkbox', { name: /daily summary|one notification a day/i }))
    await waitFor(async () =>
      expect((await db.settings.get('reminders.digest'))?.value).toEqual({ enabled: false, time: '07:30' })
    )
    // At once, from Settings: no visit to the Calendar is needed for the reminder service to hear of it.
    await waitFor(() => expect(platform.syncs.at(-1)?.digest).toEqual({ enabled: false, time: '07:30' }), LAZY)
    expect(screen.getByRole('button', { name: 'Settings' }).getAttribute('aria-current')).toBe('page')
  })

  it('applies the theme to the page and keeps it and the week start across a restart', async () => {
    const { db, name } = await setup()
    const first = await openSettings(db)
    await first.user.click(first.section.getByRole('radio', { name: 'Dark' }))
    // The shell applies the stored theme too; on a loaded machine its first read can land just after the click.
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'))
    await first.user.selectOptions(first.section.getByLabelText('Week starts on'), 'Wednesday')
    await waitFor(async () => expect((await db.settings.get('ui.weekStart'))?.value).toBe(3))
    first.view.unmount()
    document.documentElement.removeAttribute('data-theme')

    const reopened = new PlannerDB(name)
    openDbs.push(reopened)
    const second = await openSettings(reopened)
    await waitFor(() =>
      expect((second.section.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true)
    )
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'))
    // Each preference loads on its own; wait for this one too rather than racing it.
    await waitFor(() => expect((second.section.getByLabelText('Week starts on') as HTMLSelectElement).value).toBe('3'))
    await second.user.click(second.section.getByRole('radio', { name: 'Same as the system' }))
    await waitFor(() => expect(document.documentElement.hasAttribute('data-theme')).toBe(false))
  })
})

const t = translatorFor('en-US', en)

describe('sessionSizesProblem', () => {
  it('accepts equal bounds and refuses each bad field', () => {
    expect(sessionSizesProblem(t, { sessionMinMinutes: 45, sessionMaxMinutes: 45, breakMinutes: 0 }, 180)).toBeNull()
    expect(sessionSizesProblem(t, { sessionMinMinutes: 46, sessionMaxMinutes: 45, breakMinutes: 0 }, 180)).toMatch(
      /above the maximum/
    )
    expect(sessionSizesProblem(t, { sessionMinMinutes: 2.5, sessionMaxMinutes: 45, breakMinutes: 0 }, 180)).toMatch(
      /minimum session/
    )
    expect(sessionSizesProblem(t, { sessionMinMinutes: 30, sessionMaxMinutes: 2000, breakMinutes: 0 }, 180)).toMatch(
      /maximum session/
    )
    expect(sessionSizesProblem(t, { sessionMinMinutes: 30, sessionMaxMinutes: 60, breakMinutes: -1 }, 180)).toMatch(
      /break/
    )
  })

  it('refuses a minimum longer than the longest study day in words the learner can act on (no hidden daily cap)', () => {
    expect(sessionSizesProblem(t, { sessionMinMinutes: 300, sessionMaxMinutes: 400, breakMinutes: 0 }, 180)).toBe(
      'The minimum (300 min) is longer than your longest study day (180 min): no session could be placed.'
    )
    expect(sessionSizesProblem(t, { sessionMinMinutes: 180, sessionMaxMinutes: 400, breakMinutes: 0 }, 180)).toBeNull()
  })
})
