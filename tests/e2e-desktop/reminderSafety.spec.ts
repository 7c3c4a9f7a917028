// Main keeps the last good reminders whatever the renderer does: a sync over the contract's bounds is refused at
// the IPC gate (and logged) without touching the file, and a renderer reload never clears them.
import { REMINDER_LIMITS } from '../../src/shared/domain/reminder'
import { PlannerPage } from '../e2e/pages/PlannerPage'
import { expect, test } from './harness/fixture'
import { acceptedSyncs, createDefaultPlan, FIRST_RUN_NOW, noticesAbout, plannerWindow } from './pages/DesktopPlanner'

test('a sync over the contract’s bounds is refused at the gate and logged; main keeps the last good reminders', async ({
  desktop
}) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  const planner = await plannerWindow(app)
  const [first] = await createDefaultPlan(desktop, planner)
  const fileBefore = desktop.readRemindersText()
  const syncsBefore = acceptedSyncs(app).length

  const outcomes = await planner.page.evaluate(
    async ({ count, titleLength }) => {
      const api = (window as unknown as { planner: { syncReminders(sync: unknown): Promise<unknown> } }).planner
      const startsAt = Date.now() + 3_600_000
      const reminder = (index: number, topicTitle: string) => ({
        sessionId: `flood-${index}`,
        topicTitle,
        stageTitle: 'Stage',
        startsAt,
        endsAt: startsAt + 1_800_000,
        fireAt: startsAt - 600_000,
        kind: 'study'
      })
      const base = { zone: 'Europe/London', announce: true, digest: { enabled: false, time: '07:30' } }
      const tooMany = { ...base, reminders: Array.from({ length: count }, (_, index) => reminder(index, 'Flood')) }
      const tooLong = { ...base, reminders: [reminder(0, 'x'.repeat(titleLength))] }
      const settled = await Promise.allSettled([api.syncReminders(tooMany), api.syncReminders(tooLong)])
      return settled.map((result) =>
        result.status === 'fulfilled' ? { resolved: result.value } : { rejected: (result.reason as Error).message }
      )
    },
    { count: REMINDER_LIMITS.maxReminders * 10, titleLength: REMINDER_LIMITS.maxTitleLength * 16 }
  )
  expect(outcomes).toEqual([
    { rejected: expect.stringMatching(/reminders:sync: invalid payload .*reminders/) },
    { rejected: expect.stringMatching(/reminders:sync: invalid payload .*topicTitle/) }
  ])
  await expect
    .poll(() => desktop.readLog().match(/IPC reminders:sync refused/g)?.length ?? 0, {
      message: 'both refusals in main.log'
    })
    .toBe(2)

  // Nothing else was synced meanwhile, and the file is byte for byte what the plan's last sync left.
  expect(acceptedSyncs(app).length).toBe(syncsBefore)
  expect(desktop.readRemindersText()).toBe(fileBefore)
  await app.advanceTo(new Date(first!.fireAt + 1_000))
  await expect.poll(() => noticesAbout(app, 'Python essentials')).toHaveLength(1)
  expect(await noticesAbout(app, 'Flood')).toEqual([])
})

test('a renderer reload, by the learner or by main after a crash, never clears main’s reminders', async ({
  desktop
}) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  const [first] = await createDefaultPlan(desktop, await plannerWindow(app))
  const window = await app.mainWindow()
  const lastDocument = () => Math.max(0, ...app.ipcTraffic.map((call) => call.document))
  const syncsSince = (document: number) => acceptedSyncs(app).filter((call) => call.document > document)
  const planned = lastDocument()

  // The learner reloads the page (Ctrl+R): the new page syncs again as it starts.
  let before = lastDocument()
  await window.page.reload()
  await expect(new PlannerPage(app.context, window.page).heading()).toHaveText('Calendar')
  await expect.poll(() => syncsSince(before).length, { timeout: 5_000 }).toBeGreaterThan(0)

  // The page's renderer crashes: main reloads it (a new page here), and that page syncs too.
  before = lastDocument()
  const crashed = window.page
  await window.crash()
  await expect.poll(() => window.page !== crashed, { message: 'main reloaded the crashed page' }).toBe(true)
  await expect(new PlannerPage(app.context, window.page).heading()).toHaveText('Calendar')
  await expect.poll(() => syncsSince(before).length, { timeout: 5_000 }).toBeGreaterThan(0)

  // None of the reloaded pages' syncs was an empty one, even for a moment, and main still announces the session.
  for (const call of syncsSince(planned))
    expect((call.args[0] as { reminders: unknown[] }).reminders.length).toBeGreaterThan(0)
  expect(desktop.readReminders()?.sync?.reminders.map((reminder) => reminder.sessionId)).toContain(first!.sessionId)
  await app.advanceTo(new Date(first!.fireAt + 1_000))
  await expect.poll(() => noticesAbout(app, 'Python essentials')).toHaveLength(1)
})
