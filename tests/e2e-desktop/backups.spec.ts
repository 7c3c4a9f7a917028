// Backups as the desktop app keeps them: main writes the daily one to <userData>/backups, lists it by name, and
// Settings → Your data shows it, the policy for what is kept, and a Back up now added beside it.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { AppShellPage } from '../e2e/pages/AppShellPage'
import { expect, test } from './harness/fixture'
import { createDefaultPlan, FIRST_RUN_NOW, plannerWindow } from './pages/DesktopPlanner'

const backupNames = (userData: string) => readdirSync(join(userData, 'backups')).sort()

test('the next day the daily backup is on disk and in Settings with the policy; Back up now adds one and becomes the last backup', async ({
  desktop
}) => {
  const firstDay = await desktop.launch({ now: FIRST_RUN_NOW })
  await createDefaultPlan(desktop, await plannerWindow(firstDay))
  await firstDay.fire({ target: 'trayMenu', labels: ['Quit Study Planner'] })
  expect(await firstDay.exited).toMatchObject({ code: 0 })

  const nextDay = await desktop.launch({ now: new Date(FIRST_RUN_NOW.getTime() + 86_400_000) })
  const shell = new AppShellPage((await nextDay.mainWindow()).page)
  await shell.open('Settings')
  const data = shell.page.getByRole('region', { name: 'Your data' })
  await expect(data.getByTestId('daily-backup')).toHaveText(/^Made /, { timeout: 15_000 })
  await expect(data.getByTestId('last-backup')).toHaveText(/ \(daily\)$/)
  await expect(data.getByTestId('backup-policy')).toHaveText(
    /^The app keeps the newest 14 daily backups, 10 of yours, .* The newest of each kind is never deleted\.$/
  )
  expect(backupNames(desktop.userData)).toEqual([
    expect.stringMatching(/^backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-daily\.json$/)
  ])

  await data.getByRole('button', { name: 'Back up now' }).click()
  await expect(data.getByText(/^Backup saved as backup-.*-manual\.json\.$/)).toBeVisible()
  await expect(data.getByRole('list', { name: 'Backups kept by the app' }).getByRole('listitem')).toHaveCount(2)
  await expect(data.getByTestId('last-backup')).toHaveText(/ \(backed up by you\)$/)
  expect(backupNames(desktop.userData).map((name) => name.replace(/^backup-.*Z-/, ''))).toEqual([
    'daily.json',
    'manual.json'
  ])
})
