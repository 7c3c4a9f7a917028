// First run over a real (in-memory) database: a refused roadmap file says where it is wrong, as the Roadmap screen does.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, expect, it } from 'vitest'
import { dumpAll } from '../../../../../src/renderer/src/db/backupRepository'
import { DatabaseProvider, DatabaseReady } from '../../../../../src/renderer/src/db/DatabaseContext'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { CalendarScreen } from '../../../../../src/renderer/src/components/CalendarScreen'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { createFakePlatform } from '../../fakePlatform'

const db = new PlannerDB(`first-run-import-${Math.random()}`)
afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

/** The Calendar screen over an empty database: first run, in a browser (no desktop shell). */
function renderFirstRun() {
  render(
    <PlatformProvider platform={createFakePlatform({ desktop: null })}>
      <DatabaseProvider db={db}>
        <DatabaseReady>
          <CalendarScreen />
        </DatabaseReady>
      </DatabaseProvider>
    </PlatformProvider>
  )
}

it('names the line of a refused Markdown outline, offers Markdown files, and stores nothing', async () => {
  renderFirstRun()
  const input = await screen.findByLabelText('Import a roadmap…', undefined, { timeout: 10_000 })
  expect(input.getAttribute('accept')).toContain('.md')
  const before = await dumpAll(db)
  await userEvent
    .setup()
    .upload(input, new File(['# Title\n## Stage\n- no estimate here'], 'bad.md', { type: 'text/markdown' }))
  expect((await screen.findByRole('alert')).textContent).toMatch(/“bad\.md” was not imported \(line 3\).*no estimate/)
  expect(await dumpAll(db)).toEqual(before)
})

it('stores nothing for an accepted file until the learner creates a plan with it (leaving first run keeps nothing)', async () => {
  renderFirstRun()
  const input = await screen.findByLabelText('Import a roadmap…', undefined, { timeout: 10_000 })
  const before = await dumpAll(db)
  await userEvent
    .setup()
    .upload(
      input,
      new File(['# Go\n## Basics\n- Syntax (2h)\n- Concurrency (90m)'], 'go.md', { type: 'text/markdown' })
    )
  expect(await screen.findByRole('radio', { name: /Go/ }, { timeout: 10_000 })).toBeTruthy()
  expect(await dumpAll(db)).toEqual(before)
})
