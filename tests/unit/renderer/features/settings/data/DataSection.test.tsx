// "Your data" as a user meets it in Settings: back up, preview then restore a file, bad files explained, restore offered.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { readBackup, serializeBackup } from '../../../../../../src/shared/backup'
import type { BackupReason, BackupSummary } from '../../../../../../src/shared/ipc/contract'
import { App } from '../../../../../../src/renderer/src/App'
import { dumpAll } from '../../../../../../src/renderer/src/db/backupRepository'
import { PlannerDB } from '../../../../../../src/renderer/src/db/PlannerDB'
import { createBrowserPlatform } from '../../../../../../src/renderer/src/platform/browserPlatform'
import type { Platform } from '../../../../../../src/renderer/src/platform/Platform'
import { buildBackupData, sortedByKey } from '../../../../shared/backup/backupFixtures'

const openDbs: PlannerDB[] = []
afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

function setup(
  kept: BackupSummary[] = [],
  keptText = '',
  kind: Platform['kind'] = 'browser',
  saveBackup?: Platform['saveBackup']
) {
  const db = new PlannerDB(`data-${Math.random()}`)
  openDbs.push(db)
  const saved: Array<{ reason: BackupReason; text: string }> = []
  const platform: Platform = {
    ...createBrowserPlatform(window as unknown as Window),
    kind,
    saveBackup: async (reason, text) => {
      saved.push({ reason, text })
      if (saveBackup) return saveBackup(reason, text)
      return {
        ok: true,
        backup: { name: `backup-${saved.length}.json`, reason, createdAt: Date.now(), sizeBytes: text.length }
      }
    },
    listBackups: async () => kept,
    readBackup: async (name) =>
      kept.some((b) => b.name === name) ? { ok: true, text: keptText } : { ok: false, error: 'not-found' }
  }
  render(<App platform={platform} db={db} />)
  return { db, saved, user: userEvent.setup() }
}

/** Screens load lazily and a restore is one large transaction: on a loaded 2-core machine either can take seconds. */
const SLOW = { timeout: 15_000 }

async function openSettings(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Settings' }, SLOW))
  return screen.findByRole('region', { name: 'Your data' }, SLOW)
}

const data = buildBackupData({ plans: 2, sessionsPerPlan: 20 })
const backupText = serializeBackup(data, Date.UTC(2027, 5, 1))

describe('Your data', () => {
  it('previews a backup file, changes nothing until confirmed, then restores every record', async () => {
    const { db, user } = setup()
    const section = await openSettings(user)
    const before = await dumpAll(db)
    await user.upload(
      within(section).getByLabelText('Restore from file…'),
      new File([backupText], 'my-backup.json', { type: 'application/json' })
    )

    const preview = await within(section).findByRole('group', { name: 'Restore "my-backup.json"?' })
    expect(within(preview).getByTestId('restore-count-plans').textContent).toBe('2')
    expect(within(preview).getByTestId('restore-count-sessions').textContent).toBe('40')
    expect(await dumpAll(db)).toEqual(before)

    await user.click(within(preview).getByRole('button', { name: 'Restore this backup' }))
    expect(await within(section).findByText(/Restored "my-backup.json"/)).toBeTruthy()
    expect(await dumpAll(db)).toEqual(sortedByKey(data))
    await waitFor(() =>
      expect(within(section).getByTestId('data-counts').textContent).toMatch(/^2 plans, 40 study sessions/)
    )
    expect((await db.snapshots.toArray()).map((s) => s.id)).toEqual(['before-restore'])
  })

  it('on the desktop, writes the data a restore replaced to a backup that is never pruned', async () => {
    const { db, saved, user } = setup([], '', 'electron')
    const section = await openSettings(user)
    const before = await dumpAll(db)
    await user.upload(
      within(section).getByLabelText('Restore from file…'),
      new File([backupText], 'my-backup.json', { type: 'application/json' })
    )
    await user.click(await within(section).findByRole('button', { name: 'Restore this backup' }))
    await within(section).findByText(/Restored "my-backup.json"/)
    expect(saved.map((backup) => backup.reason)).toEqual(['pre-restore'])
    expect(JSON.parse(saved[0]!.text).data.settings).toEqual(before.settings)
  })

  it.each([
    [
      'reports that it could not write the file',
      async () => ({ ok: false as const, error: 'save failed' }),
      /could not be written to the disk/
    ],
    [
      'fails outright',
      async () => {
        throw new Error('IPC channel closed')
      },
      /IPC channel closed/
    ]
  ])('says the restore happened when saving the replaced data afterwards %s', async (_how, failingSave, reason) => {
    const { db, saved, user } = setup([], '', 'electron', failingSave)
    const section = await openSettings(user)
    await user.upload(
      within(section).getByLabelText('Restore from file…'),
      new File([backupText], 'my-backup.json', { type: 'application/json' })
    )
    await user.click(await within(section).findByRole('button', { name: 'Restore this backup' }))

    const warning = await within(section).findByRole('alert')
    expect(warning.textContent).toMatch(
      /^Restored "my-backup.json", but the data it replaced could not be saved to the backups folder/
    )
    expect(warning.textContent).toMatch(reason)
    expect(warning.textContent).not.toMatch(/Nothing was changed/)
    expect(saved.map((backup) => backup.reason)).toEqual(['pre-restore'])
    // And it did happen: the database holds the restored data, and the replaced data is still inside the app.
    expect(await dumpAll(db)).toEqual(sortedByKey(data))
    expect((await db.snapshots.toArray()).map((s) => s.id)).toEqual(['before-restore'])
  })

  it('explains a bad file with where it is wrong and changes nothing', async () => {
    const { db, user } = setup()
    const section = await openSettings(user)
    const before = await dumpAll(db)
    const broken = backupText.replace('"topicId":"rm0-t3"', '"topicId":"x"')
    await user.upload(within(section).getByLabelText('Restore from file…'), new File([broken], 'broken.json'))
    expect((await within(section).findByRole('alert')).textContent).toMatch(
      /"broken.json" cannot be restored: data\.sessions\[3\]\.topicId: unknown topic "x"/
    )
    expect(within(section).queryByRole('button', { name: 'Restore this backup' })).toBeNull()
    expect(await dumpAll(db)).toEqual(before)
  })

  it('backs up now through the platform with a file that restores to the same data', async () => {
    const { db, saved, user } = setup()
    const section = await openSettings(user)
    await user.upload(within(section).getByLabelText('Restore from file…'), new File([backupText], 'seed.json'))
    await user.click(await within(section).findByRole('button', { name: 'Restore this backup' }))
    await within(section).findByText(/Restored/)

    await user.click(within(section).getByRole('button', { name: 'Back up now' }))
    expect(await within(section).findByText(/^Backup saved as backup-\d\.json\.$/)).toBeTruthy()
    // The daily backup may have run too once the restore brought study data: the one asked for is the manual one.
    const manual = saved.find((entry) => entry.reason === 'manual')!
    const written = readBackup(manual.text)
    expect(written.ok && written.value.file.data).toEqual(await dumpAll(db))
  })

  it('offers the kept backups when the database opened empty, and restores one after its preview', async () => {
    const kept: BackupSummary[] = [
      {
        name: 'study-planner-daily.json',
        reason: 'daily',
        createdAt: Date.UTC(2027, 5, 1),
        sizeBytes: backupText.length
      }
    ]
    const { db, user } = setup(kept, backupText)
    const section = await openSettings(user)
    expect((await within(section).findByRole('alert')).textContent).toMatch(/backups exist/)
    await user.click(within(section).getByRole('button', { name: /Restore backup from/ }))
    await user.click(await within(section).findByRole('button', { name: 'Restore this backup' }))
    await waitFor(async () => expect(await dumpAll(db)).toEqual(sortedByKey(data)), SLOW)
    await waitFor(() => expect(within(section).queryByRole('alert')).toBeNull(), SLOW)
  })
})
