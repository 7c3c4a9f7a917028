// Backups in a real browser with an on-disk profile: seed by restoring a file, back up, wipe, restore, find every record.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { serializeBackup } from '../../src/shared/backup/backupFile'
import type { BackupData } from '../../src/shared/backup/records'
import { buildBackupData, sortedByKey } from '../unit/shared/backup/backupFixtures'
import { DataPage } from './pages/DataPage'
import { expect, test } from './profile'
import { BACKUP_STORES, readStoredRecords } from './storedRecords'

/** Deletes the database from a blank page of the same origin, so no app connection blocks it. */
async function wipeDatabase(target: Page): Promise<void> {
  await target.route('**/wipe.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>wipe</title>' })
  )
  await target.goto('/wipe.html')
  const outcome = await target.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('study-planner')
        request.addEventListener('success', () => resolve('deleted'))
        request.addEventListener('error', () => resolve('error'))
        request.addEventListener('blocked', () => resolve('blocked'))
      })
  )
  expect(outcome).toBe('deleted')
  expect(await target.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).not.toContain(
    'study-planner'
  )
}

test('a backup made in the app restores every record after the database is wiped', async ({ profile }) => {
  const seed: BackupData = buildBackupData({ plans: 3, sessionsPerPlan: 200, settings: 5 })
  const page = await profile.launch()
  const data = new DataPage(page)
  await data.open()

  // Seed through the app itself: restore a file built by the test.
  const seedPreview = await data.restoreFile('seed.json', serializeBackup(seed, Date.UTC(2027, 5, 1)))
  await expect(seedPreview.getByTestId('restore-count-sessions')).toHaveText('600')
  await data.confirmRestore(seedPreview)
  await expect(data.counts()).toHaveText(/^3 plans, 600 study sessions/)

  // Back up: the browser platform offers the backup as a download.
  const download = await data.backUpNow()
  const backupText = readFileSync(await download.path(), 'utf8')
  const stored = await page.evaluate(readStoredRecords, BACKUP_STORES)
  expect(stored).toEqual(sortedByKey(seed))

  await wipeDatabase(page)
  await page.goto('/')
  await data.open()
  await expect(data.counts()).toHaveText(/^no plan, no study sessions/)

  const preview = await data.restoreFile(download.suggestedFilename(), backupText)
  await expect(preview.getByTestId('restore-count-plans')).toHaveText('3')
  await data.confirmRestore(preview)
  await expect(data.counts()).toHaveText(/^3 plans, 600 study sessions/)
  const restored = await page.evaluate(readStoredRecords, BACKUP_STORES)
  // Settings include those the app wrote itself (e.g. the open screen), which were part of the backup too.
  expect(restored).toEqual(stored)
  for (const table of Object.keys(sortedByKey(seed)) as Array<keyof BackupData>) {
    expect(restored[table]).toEqual(expect.arrayContaining(sortedByKey(seed)[table] as unknown[]))
  }
})

test('a broken backup file is refused with where it is wrong, and nothing changes', async ({ profile }) => {
  const page = await profile.launch()
  const data = new DataPage(page)
  await data.open()
  const before = await page.evaluate(readStoredRecords, BACKUP_STORES)
  await data.section.getByLabel('Restore from file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"study-planner-backup","version":1,"exp')
  })
  await expect(data.section.getByRole('alert')).toContainText('"cut.json" cannot be restored: file:')
  expect(await page.evaluate(readStoredRecords, BACKUP_STORES)).toEqual(before)
})
