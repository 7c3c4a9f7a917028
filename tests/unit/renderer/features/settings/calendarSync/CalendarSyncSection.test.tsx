// Settings → Calendar sync as a learner goes through it, with the fake platform standing in for main (issue 21): the
// browser build says it needs the desktop app; a wrong password is explained and the form kept; connecting offers the
// calendars that hold events, and starting sends exactly what was chosen for the current plan; the status panel then
// says where the plan goes, from where busy time comes, how far ahead, when it last synced, any error in plain words
// and when the next try is; plain-text storage is asked for first and warned about after; Disconnect shows the form.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { displayLocale, formatDayTime } from '../../../../../../src/shared/format'
import type { CalendarSyncStatus, SyncSummary } from '../../../../../../src/shared/ipc/calendarSync'
import { hostTimeZone } from '../../../../../../src/shared/time'
import { CHOSEN_PLAN_KEY } from '../../../../../../src/renderer/src/db/chosenPlan'
import { DatabaseProvider, DatabaseReady } from '../../../../../../src/renderer/src/db/DatabaseContext'
import { CalendarSyncSection } from '../../../../../../src/renderer/src/features/settings/calendarSync/CalendarSyncSection'
import { PlatformProvider } from '../../../../../../src/renderer/src/platform/PlatformContext'
import { englishT } from '../../../../../support/english'
import { chainRoadmap } from '../../../../shared/backup/backupFixtures'
import { NOW, smallPlan } from '../../../db/planFixtures'
import { createFakePlatform, FAKE_CALENDARS, type FakePlatform } from '../../../fakePlatform'
import { LAZY, storedPlanLeftOn, withStoredPlans } from '../../../storedPlan'

withStoredPlans()

const SERVER = 'https://dav.example/'
const USER = 'learner'
const PASSWORD = 'app-password-1234'
const [PERSONAL, WORK] = FAKE_CALENDARS.map((calendar) => calendar.url)

type Connected = Extract<CalendarSyncStatus, { state: 'connected' }>

/**
 * The section over two stored plans, "Rust" and the newer "Go", with Rust chosen as the current plan (so a section
 * taking the newest or the first plan would publish the wrong one).
 */
async function renderSection(platform: FakePlatform) {
  const { db, repos, planId } = await storedPlanLeftOn('settings')
  const go = await repos.plans.createPlan(smallPlan({ title: 'Go', roadmap: chainRoadmap('go', 3) }), NOW + 60_000)
  if (!go.ok) throw new Error(go.error.message)
  await repos.settings.set(CHOSEN_PLAN_KEY, planId)
  render(
    <PlatformProvider platform={platform}>
      <DatabaseProvider db={db}>
        <DatabaseReady>
          <CalendarSyncSection />
        </DatabaseReady>
      </DatabaseProvider>
    </PlatformProvider>
  )
  const section = within(await screen.findByRole('region', { name: 'Calendar sync' }, LAZY))
  return { section, user: userEvent.setup(), repos, rust: planId, go: go.value.planId }
}

async function fillAccount(
  section: ReturnType<typeof within>,
  user: ReturnType<typeof userEvent.setup>,
  password: string
) {
  await user.type(section.getByRole('textbox', { name: 'Server address' }), SERVER)
  await user.type(section.getByRole('textbox', { name: 'User name' }), USER)
  await user.type(section.getByLabelText('App password'), password)
  await user.click(section.getByRole('button', { name: 'Connect' }))
}

const radioNames = (group: HTMLElement) =>
  within(group)
    .getAllByRole('radio')
    .map((radio) => radio.closest('label')?.textContent)
const checkboxNames = (group: HTMLElement) =>
  within(group)
    .queryAllByRole('checkbox')
    .map((box) => box.closest('label')?.textContent)

/** The status panel's facts, term → description. */
function facts(section: ReturnType<typeof within>): Record<string, string> {
  const list = section.getByText('Calendar', { selector: 'dt' }).closest('dl')!
  const terms = [...list.querySelectorAll('dt')]
  return Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']))
}

const when = (ms: number) => formatDayTime(ms, hostTimeZone(), displayLocale('en-US', 'locale'))

const SUMMARY: SyncSummary = {
  created: 12,
  updated: 0,
  deleted: 0,
  movedThere: 0,
  deletedThere: 0,
  bothChanged: 0,
  fromCalendarAtMs: null,
  busyIntervals: 3
}

/**
 * Connects with the right password, picks Personal for the plan (after ticking it as busy) with Work as busy time,
 * 4 weeks, no done sessions.
 */
async function connectAndStart(platform: FakePlatform) {
  const rendered = await renderSection(platform)
  const { section, user } = rendered
  await fillAccount(section, user, PASSWORD)
  const target = await section.findByRole('group', { name: 'Calendar for your plan' }, LAZY)
  // Personal is ticked as busy time first, then chosen for the plan: it cannot be busy time for itself.
  await user.click(section.getByRole('checkbox', { name: 'Personal' }))
  await user.click(within(target).getByRole('radio', { name: 'Personal' }))
  await user.click(section.getByRole('checkbox', { name: 'Work' }))
  await user.selectOptions(section.getByRole('combobox', { name: 'Put in the calendar' }), '4')
  await user.click(section.getByRole('checkbox', { name: /^Keep done sessions in the calendar/ }))
  // Start syncing waits for the current plan to be read.
  await section.findByText('Plan: Rust', {}, LAZY)
  await user.click(section.getByRole('button', { name: 'Start syncing' }))
  await section.findByText('Calendar', { selector: 'dt' }, LAZY)
  return rendered
}

const connected = (platform: FakePlatform): Connected => {
  if (platform.calendarSync.state !== 'connected') throw new Error('Not connected')
  return platform.calendarSync
}

describe('Calendar sync in Settings', () => {
  it('in the browser build says it needs the desktop app, and shows no form', async () => {
    const { section } = await renderSection(createFakePlatform({ desktop: null }))
    expect(section.getByText(englishT('settings.calendarSync.unavailable'))).toBeTruthy()
    expect(section.queryByRole('textbox')).toBeNull()
    expect(section.queryByRole('button')).toBeNull()
    expect(section.queryByLabelText('App password')).toBeNull()
  })

  it('explains a wrong password in plain words and keeps what was typed', async () => {
    const platform = createFakePlatform()
    const { section, user } = await renderSection(platform)
    await fillAccount(section, user, 'wrong')

    expect((await section.findByRole('alert', {}, LAZY)).textContent).toBe(
      'The server refused the user name or password. Check them; many providers want an app password here.'
    )
    expect(platform.requests).toEqual([`connect ${SERVER} ${USER} plain=false`])
    expect((section.getByRole('textbox', { name: 'Server address' }) as HTMLInputElement).value).toBe(SERVER)
    expect((section.getByRole('textbox', { name: 'User name' }) as HTMLInputElement).value).toBe(USER)
    expect(section.getByRole('button', { name: 'Connect' })).toBeTruthy()
    expect(section.queryByRole('group', { name: 'Calendar for your plan' })).toBeNull()
  })

  it('after connecting offers a new "Study Planner" first and only calendars that hold events; busy excludes the target', async () => {
    const { section, user } = await renderSection(createFakePlatform())
    await fillAccount(section, user, PASSWORD)

    const target = await section.findByRole('group', { name: 'Calendar for your plan' }, LAZY)
    expect(radioNames(target)).toEqual(['A new calendar “Study Planner” (recommended)', 'Personal', 'Work'])
    expect((within(target).getByRole('radio', { name: /Study Planner/ }) as HTMLInputElement).checked).toBe(true)
    const busy = section.getByRole('group', { name: 'Count events in these calendars as busy time' })
    // 'Tasks' holds no events: neither a place for the plan nor busy time.
    expect(checkboxNames(busy)).toEqual(['Personal', 'Work'])
    expect(await section.findByText('Plan: Rust', {}, LAZY)).toBeTruthy()
    // Connected, the password is nowhere on the screen any more.
    expect(section.queryByLabelText('App password')).toBeNull()
    expect([...document.querySelectorAll('input')].filter((input) => input.value === PASSWORD)).toEqual([])

    await user.click(within(target).getByRole('radio', { name: 'Work' }))
    expect(checkboxNames(busy)).toEqual(['Personal'])
  })

  it('clears the password field once main has the password, even when the status after it does not come', async () => {
    const platform = createFakePlatform()
    const { section, user } = await renderSection(platform)
    // Main took the account, but reading its status afterwards fails: the form stays, and must not keep the password.
    platform.getCalendarSync = () => Promise.reject(new Error('no answer'))
    await fillAccount(section, user, PASSWORD)
    await section.findByRole('alert', {}, LAZY)
    expect(platform.requests).toEqual([`connect ${SERVER} ${USER} plain=false`])
    expect((section.getByLabelText('App password') as HTMLInputElement).value).toBe('')
    expect((section.getByRole('textbox', { name: 'User name' }) as HTMLInputElement).value).toBe(USER)
  })

  it('starts syncing the current plan with exactly the calendars, range and done choice made', async () => {
    const platform = createFakePlatform()
    const { rust } = await connectAndStart(platform)
    const selects = platform.requests.filter((request) => request.startsWith('select '))
    expect(selects.map((request) => JSON.parse(request.slice('select '.length)))).toEqual([
      // Personal was ticked as busy before it became the target: it is not sent as busy time for itself.
      { calendarUrl: PERSONAL, busyCalendarUrls: [WORK], planId: rust, weeks: 4, keepDone: false }
    ])
  })

  it('sends a new "Study Planner" calendar (null) and the defaults when nothing is changed', async () => {
    const platform = createFakePlatform()
    const { section, user, rust } = await renderSection(platform)
    await fillAccount(section, user, PASSWORD)
    await section.findByText('Plan: Rust', {}, LAZY)
    await user.click(section.getByRole('button', { name: 'Start syncing' }))
    await waitFor(() => expect(platform.requests.filter((request) => request.startsWith('select '))).toHaveLength(1))
    const request = platform.requests.find((sent) => sent.startsWith('select '))!
    expect(JSON.parse(request.slice('select '.length))).toEqual({
      calendarUrl: null,
      busyCalendarUrls: [],
      planId: rust,
      weeks: 8,
      keepDone: true
    })
  })

  it('shows the calendar, busy calendars, range, last sync and state, then an error in plain words with the next try', async () => {
    const platform = createFakePlatform()
    const { section } = await connectAndStart(platform)
    await waitFor(() => expect(facts(section)['Plan']).toBe('Rust'))
    expect(facts(section)).toEqual({
      Plan: 'Rust',
      Calendar: 'Personal',
      'Busy time from': 'Work',
      Range: 'the next 4 weeks',
      'Last sync': 'not yet',
      State: 'Changes waiting to be sent'
    })

    const syncedAt = NOW + 5 * 60_000
    platform.pushCalendarSync({ ...connected(platform), pending: false, lastSyncAtMs: syncedAt, lastSummary: SUMMARY })
    await waitFor(() => expect(facts(section)['State']).toBe('Up to date'))
    expect(facts(section)['Last sync']).toBe(when(syncedAt))
    expect(section.getByText('Sent to your calendar: 12 added, 0 updated, 0 removed.')).toBeTruthy()
    // Work is a busy calendar: what was read from it is said; nothing came back from the calendar app yet.
    expect(section.getByText('3 busy times read from your other calendars.')).toBeTruthy()
    expect(section.queryByText(/^From your calendar/)).toBeNull()
    expect(section.queryByRole('alert')).toBeNull()

    const nextTry = NOW + 20 * 60_000
    // Nothing new to send, but the last round failed: that is not "Up to date".
    platform.pushCalendarSync({
      ...connected(platform),
      pending: false,
      error: { kind: 'unreachable', detail: 'ECONNREFUSED' },
      nextAttemptAtMs: nextTry
    })
    // Node's code in words, and the next try to the second (a retry 30 s away must not read as now).
    expect((await section.findByRole('alert', {}, LAZY)).textContent).toBe(
      'The server could not be reached (the server refused the connection). Your changes wait and are sent when it answers.'
    )
    const nextTryText = new Intl.DateTimeFormat('en-US', { timeStyle: 'medium' }).format(nextTry)
    expect(facts(section)['State']).toBe(`Changes waiting to be sent Next try at ${nextTryText}.`)
    // The last good sync still shows.
    expect(facts(section)['Last sync']).toBe(when(syncedAt))
  })

  it('warns when a session was changed in both places, and says nothing of it otherwise', async () => {
    const platform = createFakePlatform()
    const { section } = await connectAndStart(platform)
    const warning = /changed in both places/
    platform.pushCalendarSync({
      ...connected(platform),
      lastSyncAtMs: NOW,
      lastSummary: { ...SUMMARY, movedThere: 1, fromCalendarAtMs: NOW }
    })
    expect((await section.findByText(/^From your calendar/, {}, LAZY)).textContent).toBe(
      `From your calendar, ${when(NOW)}: 1 session moved, no deletions.`
    )
    expect(section.queryByText(warning)).toBeNull()

    platform.pushCalendarSync({
      ...connected(platform),
      lastSyncAtMs: NOW,
      lastSummary: { ...SUMMARY, movedThere: 2, bothChanged: 2, fromCalendarAtMs: NOW }
    })
    expect((await section.findByText(warning, {}, LAZY)).textContent).toBe(
      '2 sessions were changed in both places: the time from your calendar was kept.'
    )
  })

  it('asks before keeping the password unencrypted, sends the agreement, and warns about it once connected', async () => {
    const platform = createFakePlatform({ keychain: false })
    const { section, user } = await renderSection(platform)
    await fillAccount(section, user, PASSWORD)

    const question = await section.findByRole('alertdialog', { name: 'Save without encryption' }, LAZY)
    expect(question.textContent).toContain(englishT('settings.calendarSync.plainTextQuestion'))
    expect(platform.requests).toEqual([`connect ${SERVER} ${USER} plain=false`])
    // Nothing connected yet: the form stays as typed.
    expect((section.getByLabelText('App password') as HTMLInputElement).value).toBe(PASSWORD)

    await user.click(within(question).getByRole('button', { name: 'Save without encryption' }))
    await section.findByRole('group', { name: 'Calendar for your plan' }, LAZY)
    expect(platform.requests).toEqual([`connect ${SERVER} ${USER} plain=false`, `connect ${SERVER} ${USER} plain=true`])
    expect(section.getByText('Your password is saved unencrypted: this desktop has no keychain.')).toBeTruthy()
    expect(section.queryByRole('alertdialog')).toBeNull()
  })

  it('sends nothing more when the learner declines plain-text storage', async () => {
    const platform = createFakePlatform({ keychain: false })
    const { section, user } = await renderSection(platform)
    await fillAccount(section, user, PASSWORD)
    const question = await section.findByRole('alertdialog', {}, LAZY)
    await user.click(within(question).getByRole('button', { name: 'Cancel' }))
    expect(section.queryByRole('alertdialog')).toBeNull()
    expect(platform.requests).toEqual([`connect ${SERVER} ${USER} plain=false`])
    expect(platform.calendarSync.state).toBe('disconnected')
  })

  it('with a keychain says nothing about plain text', async () => {
    const { section } = await connectAndStart(createFakePlatform())
    expect(section.queryByText(/saved unencrypted/)).toBeNull()
  })

  it('Disconnect returns to an empty connect form', async () => {
    const platform = createFakePlatform()
    const { section, user } = await connectAndStart(platform)
    await user.click(section.getByRole('button', { name: 'Disconnect' }))

    expect(await section.findByRole('button', { name: 'Connect' }, LAZY)).toBeTruthy()
    expect(platform.requests.at(-1)).toBe('disconnect')
    expect(section.queryByText('Calendar', { selector: 'dt' })).toBeNull()
    expect((section.getByLabelText('App password') as HTMLInputElement).value).toBe('')
  })

  it('says when the synced plan was deleted, and changing calendars then syncs the open plan', async () => {
    const platform = createFakePlatform()
    const { section, user, repos, rust, go } = await connectAndStart(platform)
    expect(section.queryByRole('alert')).toBeNull()
    await waitFor(() => expect(facts(section)['Plan']).toBe('Rust'))

    expect((await repos.plans.deletePlan(rust, NOW + 3_600_000)).ok).toBe(true)
    expect((await section.findByRole('alert', {}, LAZY)).textContent).toBe(englishT('settings.calendarSync.planGone'))
    expect(facts(section)['Plan']).toBe('deleted')

    await user.click(section.getByRole('button', { name: 'Change calendars…' }))
    await section.findByText('Plan: Go', {}, LAZY)
    await user.click(section.getByRole('button', { name: 'Save' }))
    expect(platform.requests.at(-1)).toContain(`"planId":"${go}"`)
  })

  it('says a server that cannot be found while connecting in words about the address, not about waiting changes', async () => {
    const platform = createFakePlatform()
    const { section, user } = await renderSection(platform)
    await user.type(section.getByRole('textbox', { name: 'Server address' }), 'caldav.nowhere.example')
    await user.type(section.getByRole('textbox', { name: 'User name' }), USER)
    await user.type(section.getByLabelText('App password'), PASSWORD)
    await user.click(section.getByRole('button', { name: 'Connect' }))
    expect((await section.findByRole('alert', {}, LAZY)).textContent).toBe(
      'The server could not be reached (no server by that name). Check the address and your network.'
    )
    // The address as typed got https:// in front of it.
    expect(platform.requests).toEqual([`connect https://caldav.nowhere.example ${USER} plain=false`])
  })
})
