// The roadmap editor, progress and plan settings in a real browser: a new topic with a prerequisite is planned after it;
// a cycle is refused and nothing changes (checked in IndexedDB on disk); session length and theme survive a relaunch.
// Their axe scans, in both themes, are in accessibility.spec.ts.
import type { Page } from '@playwright/test'
import { AppShellPage } from './pages/AppShellPage'
import { contrastRatio, ProgressPage } from './pages/ProgressPage'
import { RoadmapPage } from './pages/RoadmapPage'
import { expect, test } from './profile'

// Wednesday 6 January 2027, 12:00 in London.
const NOW = new Date('2027-01-06T12:00:00Z')

interface StoredState {
  roadmapVersion: number
  topicIds: string[]
  sessions: Array<{ topicId: string; kind: string; startMs: number; endMs: number }>
}

/** Reads the stored roadmap and sessions straight from IndexedDB, as a second witness besides the screen. */
function readStore(target: Page): Promise<StoredState> {
  return target.evaluate(
    () =>
      new Promise<StoredState>((resolve, reject) => {
        const request = indexedDB.open('study-planner')
        request.addEventListener('error', () => reject(request.error))
        request.addEventListener('success', () => {
          const db = request.result
          const tx = db.transaction(['roadmaps', 'sessionWeeks'], 'readonly')
          const roadmaps = tx.objectStore('roadmaps').getAll()
          // Sessions are stored in rows of one plan-week each.
          const sessions = tx.objectStore('sessionWeeks').getAll()
          tx.addEventListener('complete', () => {
            const roadmap = roadmaps.result[0].roadmap
            const topicIds = roadmap.stages.flatMap(
              (stage: {
                kind: string
                topics?: Array<{ id: string }>
                tracks?: Array<{ topics: Array<{ id: string }> }>
              }) =>
                stage.kind === 'choice'
                  ? stage.tracks!.flatMap((track) => track.topics.map((topic) => topic.id))
                  : stage.topics!.map((topic) => topic.id)
            )
            db.close()
            resolve({
              roadmapVersion: roadmap.version,
              topicIds,
              sessions: sessions.result.flatMap((week: { rows: StoredState['sessions'] }) => week.rows)
            })
          })
        })
      })
  )
}

test('a topic added with a prerequisite is planned after it; a cycle is refused and nothing changes', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(NOW)
  const shell = new AppShellPage(page)
  const roadmap = new RoadmapPage(page)
  await shell.open('Roadmap')
  await expect(roadmap.stage('Solid foundations')).toBeVisible()

  await roadmap.addTopic('Solid foundations', 'Regular expressions', '1.5', ['Testing and debugging'])
  await expect(roadmap.topic('Regular expressions')).toBeVisible()
  await expect(roadmap.topic('Regular expressions').getByText('Testing and debugging')).toBeVisible()
  await test.info().attach('roadmap-added-topic', {
    body: await roadmap.topic('Regular expressions').screenshot(),
    contentType: 'image/png'
  })

  const afterAdd = await readStore(page)
  const study = (topicId: string) =>
    afterAdd.sessions.filter((session) => session.topicId === topicId && session.kind === 'study')
  const added = study('regular-expressions')
  expect(added.length).toBeGreaterThan(0)
  const prerequisiteId = afterAdd.topicIds.find((id) => id.includes('testing'))!
  expect(Math.min(...added.map((session) => session.startMs))).toBeGreaterThanOrEqual(
    Math.max(...study(prerequisiteId).map((session) => session.endMs))
  )

  // Making "Testing and debugging" depend on the new topic would close a cycle.
  await roadmap.setPrerequisites('Testing and debugging', ['Regular expressions'])
  await expect(roadmap.alert()).toContainText('prerequisite cycle')
  await expect(roadmap.alert()).toContainText('Regular expressions')
  await expect(roadmap.alert()).toContainText('Testing and debugging')
  await test.info().attach('roadmap-cycle-refused', { body: await page.screenshot(), contentType: 'image/png' })
  expect(await readStore(page)).toEqual(afterAdd)
})

test('a plan change shows its effect before Apply, the theme takes effect at once, and both survive a relaunch', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(NOW)
  const shell = new AppShellPage(page)
  await shell.open('Settings')
  const plan = page.getByRole('region', { name: 'Your plan' })
  const apply = plan.getByRole('button', { name: 'Apply', exact: true })
  await expect(apply).toBeDisabled()
  const stored = await readStore(page)
  await plan.getByLabel('to', { exact: true }).fill('45')
  await plan.getByLabel('to', { exact: true }).blur()
  await expect(plan.getByTestId('plan-change-sessions')).toContainText(/sessions? in the next 7 days/)
  await expect(plan.getByRole('row', { name: /^Finish/ })).toBeVisible()
  // Nothing is stored until Apply.
  expect(await readStore(page)).toEqual(stored)
  await test.info().attach('plan-change-preview', { body: await page.screenshot(), contentType: 'image/png' })
  await apply.click()
  await expect(plan.getByText('Plan changed.')).toBeVisible()
  const appearance = page.getByRole('region', { name: 'Reminders and appearance' })
  await appearance.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  // What the user sees: the page background in the dark palette (#14151c).
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(20, 21, 28)')

  // The shortest session above the longest is refused where it was typed, and cannot be applied.
  await plan.getByLabel('from', { exact: true }).fill('50')
  await expect(plan.getByText('The shortest session is longer than the longest.')).toBeVisible()
  await expect(apply).toBeDisabled()

  const relaunched = await profile.relaunch({ now: NOW })
  const reopened = relaunched.getByRole('region', { name: 'Your plan' })
  await expect(reopened.getByLabel('to', { exact: true })).toHaveValue('45')
  await expect(
    relaunched.getByRole('region', { name: 'Reminders and appearance' }).getByRole('radio', { name: 'Dark' })
  ).toBeChecked()
  await expect(relaunched.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('three evenings of half-used sessions show in the weekly table, the streak and the pace, missed sessions included', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(NOW)
  const shell = new AppShellPage(page)
  for (const day of ['06', '07', '08']) {
    // Near the end of the evening's first session; a reload lets the screens read the new time at once.
    await page.clock.setFixedTime(new Date(`2027-01-${day}T19:55:00Z`))
    await page.reload()
    await shell.open('Calendar')
    // The previous evening's later session was not done: its prompt is set aside.
    const missed = page.getByRole('dialog', { name: /^You missed/ })
    if (await missed.isVisible()) await missed.getByRole('button', { name: 'Not now' }).click()
    const today = page.getByRole('complementary', { name: 'Today' })
    await today.getByRole('listitem').filter({ hasNotText: 'done' }).first().getByRole('button').click()
    const panel = page.locator('dialog.sp-panel')
    await panel.getByRole('button', { name: 'Done…' }).click()
    await panel.getByLabel('Minutes you actually studied').fill('30')
    await panel.getByRole('button', { name: 'Mark done' }).click()
    await expect(panel).toBeHidden()
    // The calendar shows the session done at once and is busy until it is stored; only then is a reload safe.
    await expect(page.locator('section.plan-view')).not.toHaveAttribute('aria-busy', 'true')
  }
  const stored = (await readStore(page)).sessions as ReadonlyArray<{
    status?: string
    kind?: string
    startMs: number
    endMs: number
  }>
  const done = stored.filter((session) => session.status === 'done')
  expect(done).toHaveLength(3)
  // The evenings' later sessions were never done: they are missed, planned time with no work in it.
  const missed = stored.filter(
    (session) =>
      session.status === 'planned' && session.kind === 'study' && session.endMs <= Date.parse('2027-01-08T19:55:00Z')
  )
  expect(missed).toHaveLength(2)
  const scheduled = [...done, ...missed].reduce((sum, session) => sum + (session.endMs - session.startMs) / 60_000, 0)

  await shell.open('Progress')
  await expect(page.getByTestId('current-streak')).toHaveText('3 days')
  await expect(page.getByTestId('best-streak')).toHaveText('3 days')
  await expect(page.getByTestId('pace-sentence')).toContainText(
    `Over 3 done and 2 missed study sessions you worked ${Math.round((90 / scheduled) * 100)}% of the planned time.`
  )
  // en-GB weeks start on Monday: this week began on 4 January, with 1.5 hours studied.
  const thisWeek = page.getByRole('row', { name: /^4 January 2027/ })
  // Columns: planned, then studied, as the chart's legend reads.
  await expect(thisWeek.getByRole('cell').nth(1)).toHaveText('1.5')
  await test
    .info()
    .attach('progress-after-three-days', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' })
})

// A trial's Progress chart showed ten empty weeks from before the plan, had no axes, and its planned bars were nearly
// invisible in the dark theme (the border grey, 1.4:1 against the card).
test('the weekly chart starts at the plan’s first week, has both axes, and its bars stand out in both themes', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(NOW)
  // Three weeks on (Wednesday 27 January): the plan began in the week of Monday 4 January.
  await page.clock.setFixedTime(new Date('2027-01-27T12:00:00Z'))
  await page.reload()
  const progress = new ProgressPage(page)
  await progress.open()
  await expect(progress.weekRows()).toHaveCount(4)
  await expect(progress.weekRows().first().getByRole('rowheader')).toHaveText('4 January 2027')
  await expect(progress.xLabels()).toHaveText(['4 Jan', '11 Jan', '18 Jan', '25 Jan'])
  await expect(progress.plannedBars()).toHaveCount(4)
  await expect(progress.yTicks().first()).toHaveText('0 h')
  expect(await progress.yTicks().count()).toBeGreaterThanOrEqual(2)

  const shell = new AppShellPage(page)
  for (const theme of ['Dark', 'Light'] as const) {
    await shell.open('Settings')
    await page.getByRole('region', { name: 'Reminders and appearance' }).getByRole('radio', { name: theme }).check()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
    await progress.open()
    const colours = await progress.colours()
    // Non-text graphics need 3:1 against what is around them (WCAG 1.4.11).
    expect(contrastRatio(colours.plannedBar, colours.card), `planned bars, ${theme}`).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(colours.studiedBar, colours.card), `studied bars, ${theme}`).toBeGreaterThanOrEqual(3)
    await test.info().attach(`weekly-chart-${theme.toLowerCase()}`, {
      body: await progress.weekly.screenshot(),
      contentType: 'image/png'
    })
  }
})
