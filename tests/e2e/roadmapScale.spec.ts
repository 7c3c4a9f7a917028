// The roadmap at the built-in 65 topics (#19 item 5), in a real browser: only the current stage is open; a topic is
// renamed with its estimate typed in hours and a prerequisite found by searching a list that leaves out the tracks
// not taken; a deleted stage comes back from the Undo offered where the learner is. Checked in IndexedDB on disk.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { AppShellPage } from './pages/AppShellPage'
import { RoadmapPage } from './pages/RoadmapPage'
import { expect, test } from './profile'
import { readStoredRecords } from './storedRecords'

// Monday 4 January 2027, 08:00 in London.
const NOW = new Date('2027-01-04T08:00:00Z')

interface StoredTopic {
  id: string
  title: string
  estimatedMinutes: number
  prerequisites: string[]
}
interface StoredRoadmap {
  version: number
  stages: Array<{ id: string; title: string; topics?: StoredTopic[] }>
}

async function storedRoadmap(page: Page): Promise<StoredRoadmap> {
  const { roadmaps } = await page.evaluate(readStoredRecords, { roadmaps: 'roadmaps' })
  return (roadmaps as Array<{ roadmap: StoredRoadmap }>)[0]!.roadmap
}

async function seriousAxeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('.roadmap-screen').analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test('rename with an estimate in hours and a searched prerequisite, then a stage deleted and brought back by Undo', async ({
  profile
}) => {
  test.setTimeout(120_000)
  const page = await profile.launchWithPlan(NOW)
  const roadmap = new RoadmapPage(page)
  await new AppShellPage(page).open('Roadmap')

  // Only the stage being worked through is open; the others show their hours and keep their topics folded away.
  await expect(roadmap.stageToggle('Solid foundations')).toHaveAttribute('aria-expanded', 'true')
  await expect(roadmap.stageToggle('Machine learning by experiment')).toHaveAttribute('aria-expanded', 'false')
  await expect(roadmap.stage('Machine learning by experiment')).toContainText('hours done')
  await expect(roadmap.topic('Neural networks and backpropagation')).toHaveCount(0)
  await expect(roadmap.topic('Git and version control')).toContainText('0 of 8 hours done')

  const form = await roadmap.editTopic('Git and version control')
  await form.getByLabel('Title').fill('Git and GitHub')
  await form.getByLabel('Estimate (hours)').fill('7,5')
  const search = form.getByRole('searchbox', { name: 'Search topics' })
  // The computer vision track is not the plan's: its topics are not offered; the chosen NLP track's are.
  await search.fill('detection')
  await expect(form.getByText('No topic matches.')).toBeVisible()
  await search.fill('embeddings')
  await expect(form.getByRole('checkbox', { name: 'Text processing and embeddings' })).toBeVisible()
  await search.fill('python')
  await form.getByRole('checkbox', { name: 'Python essentials' }).check()
  await expect(form.getByRole('list', { name: 'Chosen prerequisites' })).toContainText('Python essentials')
  expect(await seriousAxeFindings(page), 'axe on the open topic form').toEqual([])
  await test.info().attach('roadmap-topic-form', { body: await form.screenshot(), contentType: 'image/png' })
  await form.getByRole('button', { name: 'Save' }).click()

  const renamed = roadmap.topic('Git and GitHub')
  await expect(renamed).toContainText('0 of 7.5 hours done')
  await expect(renamed).toContainText('Python essentials')
  await expect
    .poll(async () => (await storedRoadmap(page)).stages[0]!.topics!.find((topic) => topic.id === 'git-versioning'))
    .toMatchObject({ title: 'Git and GitHub', estimatedMinutes: 450, prerequisites: ['python-essentials'] })

  // Deleting a stage is one click, and so is taking it back, from the offer at the bottom of the window.
  const profileStage = 'A credible professional profile'
  await roadmap.openStage(profileStage)
  await roadmap
    .stage(profileStage)
    .getByRole('button', { name: `Delete stage: ${profileStage}` })
    .click()
  const offer = roadmap.undoOffer()
  await expect(offer).toContainText(`Deleted the stage “${profileStage}” and its 5 topics.`)
  await expect(offer.getByRole('button', { name: 'Undo' })).toBeInViewport()
  await expect(offer.getByRole('button', { name: 'Undo' })).toBeFocused()
  await expect.poll(async () => (await storedRoadmap(page)).stages.length).toBe(5)
  await test.info().attach('roadmap-undo-offer', { body: await page.screenshot(), contentType: 'image/png' })
  await offer.getByRole('button', { name: 'Undo' }).click()
  await expect(roadmap.stage(profileStage)).toBeVisible()
  await expect
    .poll(async () => (await storedRoadmap(page)).stages.map((stage) => stage.title).at(-1))
    .toBe(profileStage)
  await expect(offer.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  // The rename before it is still there: the undo took back the deletion only.
  await expect(roadmap.topic('Git and GitHub')).toBeVisible()
})
