// Backups in Settings as a learner sees them: the last backup, a failing daily backup in plain words, and what is kept.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import {
  SAVE_BACKUP_ERRORS,
  type BackupReason,
  type BackupSummary,
  type SaveBackupResult
} from '../../../../../../src/shared/ipc/contract'
import { App } from '../../../../../../src/renderer/src/App'
import { PlannerDB } from '../../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../../src/renderer/src/db/repositories'
import { createBrowserPlatform } from '../../../../../../src/renderer/src/platform/browserPlatform'
import type { Platform } from '../../../../../../src/renderer/src/platform/Platform'
import { NOW, smallPlan } from '../../../db/planFixtures'

/** The daily backup runs once the database is open; on a loaded machine that can take seconds. */
const LAZY = { timeout: 15_000 }
const openDbs: PlannerDB[] = []
afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

/** A database that already holds a plan, so the daily backup is due as soon as the app opens. */
async function databaseWithAPlan(): Promise<PlannerDB> {
  const name = `backup-status-${Math.random()}`
  const seed = new PlannerDB(name)
  await seed.open()
  await createRepositories(seed).plans.createPlan(smallPlan(), NOW)
  seed.close()
  const db = new PlannerDB(name)
  openDbs.push(db)
  return db
}

async function showYourData(platform: Platform) {
  render(<App platform={platform} db={await databaseWithAPlan()} />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: 'Settings' }, LAZY))
  return { user, section: await screen.findByRole('region', { name: 'Your data' }, LAZY) }
}

function desktop(
  kept: BackupSummary[],
  answer: (reason: BackupReason, text: string) => SaveBackupResult
): Platform & { tries: BackupReason[] } {
  const tries: BackupReason[] = []
  return {
    ...createBrowserPlatform(window as unknown as Window),
    kind: 'electron',
    tries,
    saveBackup: async (reason, text) => {
      tries.push(reason)
      return answer(reason, text)
    },
    listBackups: async () => kept
  }
}

describe('Backups in Your data', () => {
  it('says in plain words that the daily backup failed, when, why and when it is tried again; Back up now explains the same', async () => {
    const platform = desktop([], () => ({ ok: false, error: SAVE_BACKUP_ERRORS.tooLarge }))
    const { user, section } = await showYourData(platform)
    const daily = await within(section).findByTestId('daily-backup', {}, LAZY)
    await waitFor(
      () =>
        expect(daily.textContent).toMatch(
          /^Failed .+\. Your data is too large for one backup \(\d+\.\d MB; at most 60 MB\)\..* The app tries again after .+; Back up now tries at once\.$/
        ),
      LAZY
    )
    expect(within(section).getByTestId('last-backup').textContent).toBe('None yet.')
    expect(platform.tries).toEqual(['daily'])

    await user.click(within(section).getByRole('button', { name: 'Back up now' }))
    expect((await within(section).findByRole('alert', {}, LAZY)).textContent).toMatch(
      /^The backup could not be saved\. Your data is too large for one backup/
    )
  })

  it('shows the newest kept backup as the last one, and the policy for what is kept', async () => {
    const kept: BackupSummary[] = [
      { name: 'b.json', reason: 'manual', createdAt: Date.UTC(2027, 0, 3, 9), sizeBytes: 10 },
      { name: 'a.json', reason: 'pre-restore', createdAt: Date.UTC(2027, 0, 2, 9), sizeBytes: 10 }
    ]
    const platform = desktop(kept, (reason, text) => ({
      ok: true,
      backup: { name: 'c.json', reason, createdAt: Date.UTC(2027, 0, 1, 9), sizeBytes: text.length }
    }))
    const { section } = await showYourData(platform)
    const daily = await within(section).findByTestId('daily-backup', {}, LAZY)
    await waitFor(() => expect(daily.textContent).toMatch(/^Made /), LAZY)
    const when = new Date(Date.UTC(2027, 0, 3, 9)).toLocaleString(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short'
    })
    expect(within(section).getByTestId('last-backup').textContent).toBe(`${when} (backed up by you)`)
    expect(within(section).getByTestId('backup-policy').textContent).toBe(
      'The app keeps the newest 14 daily backups, 10 of yours, 10 from before a plan was deleted, 5 from before a restore and 5 from before an update, and deletes older ones. The newest of each kind is never deleted.'
    )
  })
})
