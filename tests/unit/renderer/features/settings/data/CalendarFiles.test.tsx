// The .ics export in Settings → Your data as a learner meets it: by default only the planned sessions ahead and no
// alarms; done sessions and reminders when ticked; a date range that is wrong says why beside it and saves nothing.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../../../../src/renderer/src/App'
import type { PlannerDB } from '../../../../../../src/renderer/src/db/PlannerDB'
import { createFakePlatform } from '../../../fakePlatform'
import { LAZY, storedPlanLeftOn, withStoredPlans } from '../../../storedPlan'

withStoredPlans()

interface Download {
  name: string
  text: Promise<string>
}

/** What the page hands the browser to save: the link's file name and the blob behind it (the page's only way out). */
let downloads: Download[] = []
beforeEach(() => {
  downloads = []
  const blobs = new Map<string, Blob>()
  const createObjectURL = URL.createObjectURL.bind(URL)
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = createObjectURL(blob)
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)
    if (blob) downloads.push({ name: this.download, text: blob.text() })
  })
})
afterEach(() => vi.restoreAllMocks())

/** The plan stored, with the first session done and the second missed, at a moment just after the second. */
async function planWithHistory() {
  const stored = await storedPlanLeftOn('settings')
  const sessions = await stored.repos.plans.allSessions(stored.planId)
  const [first, second] = sessions as [(typeof sessions)[0], (typeof sessions)[0]]
  const done = await stored.repos.sessions.markDone(first.id, 60, first.endMs)
  if (!done.ok) throw new Error(done.error.message)
  const now = second.endMs + 5 * 60_000
  vi.setSystemTime(now)
  return { ...stored, now, doneId: first.id, missedId: second.id }
}

async function openExport(db: PlannerDB) {
  render(<App platform={createFakePlatform()} db={db} />)
  const form = await screen.findByRole('group', { name: 'Export to your calendar app' }, LAZY)
  return { form: within(form), user: userEvent.setup() }
}

function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
}

const uidOf = (vevent: ICAL.Component) => String(vevent.getFirstPropertyValue('uid'))

describe('Export to your calendar app', () => {
  it('exports with the defaults only the planned sessions from now on, without done or missed ones or alarms', async () => {
    const { db, repos, planId, now, doneId, missedId } = await planWithHistory()
    const { form, user } = await openExport(db)
    expect(form.getByRole('radio', { name: 'From now on' })).toHaveProperty('checked', true)
    expect(form.getByRole('checkbox', { name: /Include done sessions/ })).toHaveProperty('checked', false)
    expect(form.getByRole('checkbox', { name: /Add reminders \(10 minutes before each session\)/ })).toHaveProperty(
      'checked',
      false
    )

    await user.click(form.getByRole('button', { name: 'Export .ics' }))
    await waitFor(() => expect(downloads).toHaveLength(1), LAZY)
    const text = await downloads[0]!.text
    const expected = (await repos.plans.allSessions(planId)).filter((s) => s.status === 'planned' && s.endMs > now)
    expect(vevents(text).map(uidOf).sort()).toEqual(expected.map((s) => `${s.id}@study-planner`).sort())
    expect(text).not.toContain(`${doneId}@study-planner`)
    expect(text).not.toContain(`${missedId}@study-planner`)
    expect(text).not.toContain('BEGIN:VALARM')
    expect(downloads[0]!.name).toMatch(/^study-plan-\d{4}-\d{2}-\d{2}\.ics$/)
    expect(await form.findByText(`Exported ${expected.length} sessions to ${downloads[0]!.name}.`)).toBeTruthy()
  })

  it('with done sessions and reminders ticked, marks the done one ✓ and gives each planned one ahead an alarm', async () => {
    const { db, doneId } = await planWithHistory()
    const { form, user } = await openExport(db)
    await user.click(form.getByRole('radio', { name: 'Between two dates' }))
    fireEvent.change(form.getByLabelText('First day'), { target: { value: '2027-01-04' } })
    fireEvent.change(form.getByLabelText('Last day'), { target: { value: '2027-01-08' } })
    await user.click(form.getByRole('checkbox', { name: /Include done sessions/ }))
    await user.click(form.getByRole('checkbox', { name: /Add reminders/ }))
    await user.click(form.getByRole('button', { name: 'Export .ics' }))
    await waitFor(() => expect(downloads).toHaveLength(1), LAZY)

    const events = vevents(await downloads[0]!.text)
    const done = events.find((vevent) => uidOf(vevent) === `${doneId}@study-planner`)!
    expect(String(done.getFirstPropertyValue('summary'))).toMatch(/^✓ /)
    expect(done.getFirstPropertyValue('categories')).toBe('Done')
    expect(done.getFirstSubcomponent('valarm')).toBeNull()
    const planned = events.filter((vevent) => vevent !== done)
    expect(planned.length).toBeGreaterThan(0)
    for (const vevent of planned) {
      expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M')
    }
    expect(
      await form.findByText(
        `Exported ${events.length} sessions (${planned.length} with reminders) to ${downloads[0]!.name}.`
      )
    ).toBeTruthy()
  })

  it('shows beside the field why a range ending before it starts cannot be exported, and downloads nothing', async () => {
    const { db, repos, planId } = await planWithHistory()
    const { form, user } = await openExport(db)
    await user.click(form.getByRole('radio', { name: 'Between two dates' }))
    const last = form.getByLabelText('Last day')
    fireEvent.change(form.getByLabelText('First day'), { target: { value: '2027-01-06' } })
    fireEvent.change(last, { target: { value: '2027-01-05' } })

    const error = form.getByText('The last day is before the first day.')
    expect(last.getAttribute('aria-invalid')).toBe('true')
    expect(last.getAttribute('aria-describedby')).toBe(error.id)
    // Beside the field: in the same row as the two dates.
    expect(error.parentElement).toBe(last.parentElement)

    await user.click(form.getByRole('button', { name: 'Export .ics' }))
    expect(document.activeElement).toBe(last)
    // Give a wrongly started export the time to reach the download.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(downloads).toEqual([])
    expect(URL.createObjectURL).not.toHaveBeenCalled()

    fireEvent.change(last, { target: { value: '2027-01-06' } })
    expect(form.queryByText('The last day is before the first day.')).toBeNull()
    expect(last.getAttribute('aria-invalid')).toBe('false')
    await user.click(form.getByRole('button', { name: 'Export .ics' }))
    await waitFor(() => expect(downloads).toHaveLength(1), LAZY)
    // Wednesday 6 January in Europe/Rome: 23:00Z the day before to 23:00Z (CET, +01:00).
    const [dayStart, dayEnd] = [Date.UTC(2027, 0, 5, 23), Date.UTC(2027, 0, 6, 23)]
    const inDay = (await repos.plans.allSessions(planId)).filter(
      (s) => s.status === 'planned' && s.startMs >= dayStart && s.startMs < dayEnd
    )
    expect(inDay.length).toBeGreaterThan(0)
    expect(
      vevents(await downloads[0]!.text)
        .map(uidOf)
        .sort()
    ).toEqual(inDay.map((s) => `${s.id}@study-planner`).sort())
  })

  it('says so and downloads nothing when the range holds no sessions', async () => {
    const { db } = await planWithHistory()
    const { form, user } = await openExport(db)
    await user.click(form.getByRole('radio', { name: 'Between two dates' }))
    fireEvent.change(form.getByLabelText('First day'), { target: { value: '2026-06-01' } })
    fireEvent.change(form.getByLabelText('Last day'), { target: { value: '2026-06-30' } })
    await user.click(form.getByRole('button', { name: 'Export .ics' }))
    expect(
      await form.findByText('No planned sessions between 2026-06-01 and 2026-06-30. Nothing was exported.', {}, LAZY)
    ).toBeTruthy()
    expect(downloads).toEqual([])
  })
})
