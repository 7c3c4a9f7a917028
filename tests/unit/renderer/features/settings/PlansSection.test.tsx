// More than one plan in the app: the shell's plan switcher, Settings' plan list (rename, archive, delete with a backup
// first), and reminders from every plan not archived.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { readBackup } from '../../../../../src/shared/backup/backupFile'
import type { BackupSummary } from '../../../../../src/shared/ipc/contract'
import { App } from '../../../../../src/renderer/src/App'
import { chainRoadmap } from '../../../shared/backup/backupFixtures'
import { DAY, NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform, type FakePlatform } from '../../fakePlatform'
import { LAZY, storedPlanLeftOn, withStoredPlans } from '../../storedPlan'

withStoredPlans()

/** Two plans, "Rust" (older) and "Go" (newer), with the app left on Settings. */
async function twoPlans(platform: FakePlatform = createFakePlatform()) {
  const { db, repos, planId: rust } = await storedPlanLeftOn('settings')
  const created = await repos.plans.createPlan(smallPlan({ title: 'Go', roadmap: chainRoadmap('go', 3) }), NOW + 60_000)
  if (!created.ok) throw new Error(created.error.message)
  render(<App platform={platform} db={db} />)
  const user = userEvent.setup()
  const list = within(await screen.findByRole('list', { name: 'All plans' }, LAZY))
  const switcher = (await screen.findByRole('combobox', { name: 'Current plan' }, LAZY)) as HTMLSelectElement
  return { db, repos, user, list, switcher, platform, rust, go: created.value.planId }
}

const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => option.textContent)
const row = (list: ReturnType<typeof within>, name: string) => within(list.getByRole('listitem', { name }))

describe('plan switcher', () => {
  it('lists the active plans with the newest shown, and shows the one chosen, also after a restart', async () => {
    const { db, user, switcher, list, rust } = await twoPlans()
    expect(optionTexts(switcher)).toEqual(['Rust', 'Go', 'New plan…'])
    expect(switcher.selectedOptions[0]?.textContent).toBe('Go')
    await user.selectOptions(switcher, 'Rust')
    await waitFor(() => expect(row(list, 'Rust').getByText('Shown now')).toBeTruthy(), LAZY)
    await user.click(screen.getByRole('button', { name: 'Roadmap' }))
    expect(await screen.findByRole('listitem', { name: 'Topic rust-t0' }, LAZY)).toBeTruthy()
    expect(screen.queryByRole('listitem', { name: 'Topic go-t0' })).toBeNull()
    expect((await db.settings.get('plans.chosenId'))?.value).toBe(rust)
    // A restart (the app opened again on the same data) shows the chosen plan, not the newest.
    cleanup()
    render(<App platform={createFakePlatform()} db={db} />)
    const reopened = (await screen.findByRole('combobox', { name: 'Current plan' }, LAZY)) as HTMLSelectElement
    await waitFor(() => expect(reopened.selectedOptions[0]?.textContent).toBe('Rust'), LAZY)
  })

  it('opens first run’s steps for "New plan…" with a way back to the shown plan', async () => {
    const { user, switcher } = await twoPlans()
    await user.selectOptions(switcher, 'New plan…')
    const bar = await screen.findByRole('region', { name: 'New plan' }, LAZY)
    expect(await screen.findByRole('heading', { name: 'Plan your studies' }, LAZY)).toBeTruthy()
    await user.click(within(bar).getByRole('button', { name: 'Cancel new plan' }))
    await screen.findByRole('heading', { level: 1, name: 'Calendar' }, LAZY)
    expect(switcher.selectedOptions[0]?.textContent).toBe('Go')
  })
})

describe('a reminder of a plan not shown', () => {
  it('shows that plan and opens the session when the notification is clicked', async () => {
    const platform = createFakePlatform()
    const { repos, switcher, rust } = await twoPlans(platform)
    expect(switcher.selectedOptions[0]?.textContent).toBe('Go')
    const session = (await repos.plans.allSessions(rust))[0]!
    platform.openSession(session.id)
    await waitFor(() => expect(switcher.value).toBe(rust), LAZY)
    expect((await screen.findByRole('dialog', {}, LAZY)).querySelector('h2')?.textContent).toBe('Topic rust-t0')
  })
})

describe('All plans in Settings', () => {
  it('renames a plan, and refuses an empty name saying why', async () => {
    const { user, list, switcher } = await twoPlans()
    await user.click(row(list, 'Rust').getByRole('button', { name: 'Rename Rust' }))
    const name = screen.getByLabelText('New name')
    await user.clear(name)
    await user.click(screen.getByRole('button', { name: 'Save name' }))
    expect((await screen.findByRole('alert', {}, LAZY)).textContent).toBe('Not renamed: Give the plan a name.')
    await user.type(name, 'Rust, weekday evenings')
    await user.click(screen.getByRole('button', { name: 'Save name' }))
    await waitFor(() => expect(optionTexts(switcher)).toEqual(['Rust, weekday evenings', 'Go', 'New plan…']), LAZY)
  })

  it('archives the shown plan: it leaves the switcher and reminders, the other plan is shown; Bring back undoes that', async () => {
    const platform = createFakePlatform()
    const { repos, user, list, switcher, rust, go } = await twoPlans(platform)
    const goSessions = new Set(
      (await repos.plans.sessionsBetween(go, NOW, NOW + 14 * DAY)).map((session) => session.id)
    )
    const rustSessions = new Set(
      (await repos.plans.sessionsBetween(rust, NOW, NOW + 14 * DAY)).map((session) => session.id)
    )
    // Reminders come from both plans, not only the shown one.
    await waitFor(() => {
      const reminded = platform.syncs.at(-1)?.reminders.map((reminder) => reminder.sessionId) ?? []
      expect(reminded.some((id) => goSessions.has(id)) && reminded.some((id) => rustSessions.has(id!))).toBe(true)
    }, LAZY)

    await user.click(row(list, 'Go').getByRole('button', { name: 'Archive Go' }))
    // The switcher and the Settings list are two live queries: either may show the archive first.
    await waitFor(() => {
      expect(optionTexts(switcher)).toEqual(['Rust', 'New plan…'])
      expect(switcher.selectedOptions[0]?.textContent).toBe('Rust')
      expect(row(list, 'Go').getByText('Archived')).toBeTruthy()
    }, LAZY)
    await waitFor(() => {
      const reminded = platform.syncs.at(-1)!.reminders.map((reminder) => reminder.sessionId)
      expect(reminded.some((id) => goSessions.has(id!))).toBe(false)
      expect(reminded.some((id) => rustSessions.has(id!))).toBe(true)
    }, LAZY)

    await user.click(row(list, 'Go').getByRole('button', { name: 'Bring back Go' }))
    await waitFor(() => expect(optionTexts(switcher)).toEqual(['Rust', 'Go', 'New plan…']), LAZY)
  })

  it('deletes a plan only after the platform kept a backup holding it, and says where that backup is', async () => {
    const platform = createFakePlatform()
    const saved: Array<{ reason: string; text: string }> = []
    platform.saveBackup = async (reason, text) => {
      saved.push({ reason, text })
      return { ok: true, backup: { name: 'backup-pre-delete.json', reason, createdAt: NOW, sizeBytes: text.length } }
    }
    const { repos, user, list, switcher, go } = await twoPlans(platform)
    await user.click(row(list, 'Go').getByRole('button', { name: 'Delete Go' }))
    expect(
      row(list, 'Go').getByText(/First a backup of all your data is kept: it is listed under “Backups kept by the app”/)
    ).toBeTruthy()
    // The safe choice has the focus: Enter right away keeps the plan.
    expect(document.activeElement?.textContent).toBe('Keep the plan')
    await user.click(row(list, 'Go').getByRole('button', { name: 'Back up and delete' }))
    await waitFor(() => expect(optionTexts(switcher)).toEqual(['Rust', 'New plan…']), LAZY)
    expect(await repos.plans.getPlan(go)).toBeUndefined()
    // The app's daily backup may be saved too; exactly one backup is kept for the delete.
    const kept = saved.filter((backup) => backup.reason === 'pre-delete')
    expect(kept).toHaveLength(1)
    const backup = readBackup(kept[0]!.text)
    expect(backup.ok && backup.value.file.data.plans.map((plan) => plan.title).sort()).toEqual(['Go', 'Rust'])
    expect(
      (await screen.findByText(/Deleted “Go”\. The backup kept first is backup-pre-delete\.json\./, {}, LAZY))
        .textContent
    ).toBeTruthy()
  })

  it('lists the backup kept before a delete in Your data at once, in the desktop app', async () => {
    const platform = createFakePlatform()
    const kept: BackupSummary[] = []
    platform.saveBackup = async (reason, text) => {
      const backup = {
        name: `backup-${kept.length}-${reason}.json`,
        reason,
        createdAt: NOW + kept.length,
        sizeBytes: text.length
      }
      kept.unshift(backup)
      return { ok: true, backup }
    }
    platform.listBackups = async () => [...kept]
    const { user, list } = await twoPlans(platform)
    await user.click(row(list, 'Go').getByRole('button', { name: 'Delete Go' }))
    expect(row(list, 'Go').getByText(/listed under “Backups kept by the app” in Your data below/)).toBeTruthy()
    await user.click(row(list, 'Go').getByRole('button', { name: 'Back up and delete' }))
    const backups = await screen.findByRole('list', { name: 'Backups kept by the app' }, LAZY)
    await waitFor(() => expect(within(backups).getByText(/before a plan was deleted/)).toBeTruthy(), LAZY)
  })

  it('keeps the plan on "Keep the plan", with focus back on its Delete button', async () => {
    const { repos, user, list, go } = await twoPlans()
    await user.click(row(list, 'Go').getByRole('button', { name: 'Delete Go' }))
    await user.keyboard('{Enter}')
    await waitFor(
      () => expect(document.activeElement).toBe(row(list, 'Go').getByRole('button', { name: 'Delete Go' })),
      LAZY
    )
    expect(await repos.plans.getPlan(go)).toBeDefined()
  })

  it('deletes nothing when the backup cannot be kept, and says so', async () => {
    const { repos, user, list, go } = await twoPlans()
    await user.click(row(list, 'Go').getByRole('button', { name: 'Delete Go' }))
    await user.click(row(list, 'Go').getByRole('button', { name: 'Back up and delete' }))
    expect((await screen.findByRole('alert', {}, LAZY)).textContent).toContain(
      'Not deleted: the backup could not be saved first'
    )
    expect(await repos.plans.getPlan(go)).toBeDefined()
  })
})
