// Settings' "Your plan" as a learner meets it: a change shows its effect first and changes nothing until Apply;
// impossible changes are refused with the reason; Apply re-plans and Undo puts the plan back.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../../../src/renderer/src/App'
import { dumpAll } from '../../../../../../src/renderer/src/db/backupRepository'
import { PlannerDB } from '../../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../../src/renderer/src/db/repositories'
import { NOW, smallPlan } from '../../../db/planFixtures'
import { createFakePlatform } from '../../../fakePlatform'

/** Screens and sections load lazily: on a busy machine the first load can take seconds. */
const LAZY = { timeout: 15_000 }
const openDbs: PlannerDB[] = []
afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

async function openPlanSection() {
  const db = new PlannerDB(`plan-change-${Math.random()}`)
  openDbs.push(db)
  const created = await createRepositories(db).plans.createPlan(
    smallPlan({ settings: { ...smallPlan().settings, targetDate: '2027-03-01' } }),
    NOW
  )
  if (!created.ok) throw new Error(created.error.message)
  render(<App platform={createFakePlatform()} db={db} />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: 'Settings' }))
  const section = within(await screen.findByRole('region', { name: 'Your plan' }, LAZY))
  return { db, planId: created.value.planId, user, section }
}

const applyButton = (section: ReturnType<typeof within>) =>
  section.getByRole('button', { name: 'Apply' }) as HTMLButtonElement

describe('PlanChangeSection', () => {
  it('shows a later target date’s effect before anything changes, applies it as one undoable step, and Undo puts it back', async () => {
    const { db, planId, user, section } = await openPlanSection()
    // It names the plan it changes: with several plans, the one shown now.
    expect(section.getByText('Rust').tagName).toBe('STRONG')
    expect(applyButton(section).disabled).toBe(true)
    const before = await dumpAll(db)

    const target = section.getByLabelText(/Target date/)
    await user.clear(target)
    await user.type(target, '2027-12-31')
    const after = await section.findByRole('row', { name: /^Target/ }, LAZY)
    expect(after.textContent).toMatch(/March 1, 2027.*December 31, 2027/)
    expect((await section.findByTestId('plan-change-verdict', {}, LAZY)).textContent).toMatch(
      /Needs .* h\/week to finish by December 31, 2027; you have 13\.3 h\/week/
    )
    // Previewing wrote nothing.
    expect(await dumpAll(db)).toEqual(before)

    await waitFor(() => expect(applyButton(section).disabled).toBe(false))
    await user.click(applyButton(section))
    await waitFor(async () => expect((await db.plans.get(planId))?.settings.targetDate).toBe('2027-12-31'))
    expect(await createRepositories(db).sessions.undoLabel(planId)).toBe('Change plan')
    // The section is drawn afresh from the changed plan, and says so.
    await screen.findByText('Plan changed.', {}, LAZY)
    // Not contradicted by the idle hint of a form with nothing to apply.
    await waitFor(() =>
      expect(applyButton(within(screen.getByRole('region', { name: 'Your plan' }))).disabled).toBe(true)
    )
    expect(screen.queryByText(/Nothing changed yet/)).toBeNull()
    await user.click(
      await within(screen.getByRole('region', { name: 'Your plan' })).findByRole('button', { name: 'Undo' }, LAZY)
    )
    await waitFor(async () => expect((await db.plans.get(planId))?.settings.targetDate).toBe('2027-03-01'))
    expect(await screen.findByText('The plan is back as it was.')).toBeTruthy()
  })

  it('shows an Apply as done at once, and takes that back, saying nothing changed, when the write fails', async () => {
    const { db, user, section } = await openPlanSection()
    const before = await dumpAll(db)
    const target = section.getByLabelText(/Target date/)
    await user.clear(target)
    await user.type(target, '2027-12-31')
    await waitFor(() => expect(applyButton(section).disabled).toBe(false), LAZY)
    // The write fails where a full disk would: when the plan record is stored.
    db.plans.hook('updating', () => {
      throw new Error('The disk is full.')
    })
    await user.click(applyButton(section))
    expect((await section.findByText(/Nothing changed: .*The disk is full\./, {}, LAZY)).textContent).not.toContain(
      'Plan changed.'
    )
    expect(section.queryByText('Plan changed.')).toBeNull()
    expect(await dumpAll(db)).toEqual(before)
  })

  it('refuses a week with no study time in the preview, with the reason, and changes nothing', async () => {
    const { db, user, section } = await openPlanSection()
    const before = await dumpAll(db)
    await user.click(section.getByRole('button', { name: 'Clear' }))
    expect((await section.findByTestId('plan-change-refused', {}, LAZY)).textContent).toContain(
      'there is no study time left in the week'
    )
    expect(applyButton(section).disabled).toBe(true)
    expect(await dumpAll(db)).toEqual(before)
  })

  it('counts study hours after breaks as the sizes are typed, and applies new sizes by re-planning with them', async () => {
    const { db, planId, user, section } = await openPlanSection()
    // Five evenings of 18:00-21:00: 60 + 60 + 40 minutes of study around two 10-minute breaks.
    expect(section.getByText(/h painted/).textContent).toBe('15 h painted → 13.3 h of study after 10-minute breaks')
    const pause = section.getByLabelText('Break between sessions')
    await user.clear(pause)
    await user.type(pause, '0')
    await user.tab()
    expect(await section.findByText('15 h a week')).toBeTruthy()
    expect((await section.findByRole('row', { name: /^Study time a week/ }, LAZY)).textContent).toMatch(/13\.3 h.*15 h/)
    // Sessions of at most 40 minutes fit four to an evening: 160 of its 180 minutes.
    const longest = section.getByLabelText('to')
    await user.clear(longest)
    await user.type(longest, '40')
    await user.tab()
    await waitFor(
      () => expect(section.getByRole('row', { name: /^Study time a week/ }).textContent).toMatch(/13\.3 h.*13\.3 h/),
      LAZY
    )
    await waitFor(() => expect(applyButton(section).disabled).toBe(false), LAZY)
    await user.click(applyButton(section))
    await waitFor(async () =>
      expect((await db.plans.get(planId))?.availability).toMatchObject({ sessionMaxMinutes: 40, breakMinutes: 0 })
    )
    const sessions = await createRepositories(db).plans.allSessions(planId)
    expect(Math.max(...sessions.filter((session) => session.kind === 'study').map((session) => session.minutes))).toBe(
      40
    )
  })

  it('changes the plan’s zone through the same preview, noting when the computer is elsewhere', async () => {
    const { db, planId, user, section } = await openPlanSection()
    const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone
    const other = hostZone === 'Asia/Tokyo' ? 'Europe/Rome' : 'Asia/Tokyo'
    const zoneField = section.getByRole('combobox', { name: 'Time zone of the plan' })
    await user.click(zoneField)
    await user.keyboard(`${other.split('/')[1]}{Enter}`)
    expect((zoneField as HTMLInputElement).value).toMatch(
      new RegExp(`^${other.split('/')[1]} \\(${other.split('/')[0]}\\) · UTC`)
    )
    // Both zones named as a learner knows them ('Tokyo (Asia)'), never as raw ids.
    const note = (await section.findByTestId('zone-note')).textContent
    expect(note).toMatch(
      /^This computer is set to .+\. Study times are shown and planned in Tokyo \(Asia\)|Rome \(Europe\)/
    )
    expect(note).not.toContain('/')
    expect((await db.plans.get(planId))?.settings.timeZone).not.toBe(other)
    await waitFor(() => expect(applyButton(section).disabled).toBe(false), LAZY)
    await user.click(applyButton(section))
    await waitFor(async () => expect((await db.plans.get(planId))?.settings.timeZone).toBe(other))
  })

  it('Discard changes puts every field back as the plan has it', async () => {
    const { user, section } = await openPlanSection()
    await user.selectOptions(section.getByLabelText('Topics in parallel'), '1')
    await user.click(section.getByRole('button', { name: 'Discard changes' }))
    expect((section.getByLabelText('Topics in parallel') as HTMLSelectElement).value).toBe(
      String(smallPlan().settings.parallelTopics)
    )
    expect(applyButton(section).disabled).toBe(true)
  })
})
