// Page object for the roadmap screen: stages (open or closed), topics, the topic form with its prerequisite search, the
// undo offer after a deletion, and the refusal message.
import { expect, type Locator, type Page } from '@playwright/test'

export class RoadmapPage {
  constructor(readonly page: Page) {}

  stage(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title })
  }

  /** The button in a stage's heading that opens or closes it (aria-expanded says which). */
  stageToggle(title: string | RegExp): Locator {
    return this.stage(title).getByRole('heading').getByRole('button')
  }

  /** Opens a stage if it is closed (only the current stage starts open). */
  async openStage(title: string | RegExp): Promise<void> {
    const toggle = this.stageToggle(title)
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  }

  topic(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true })
  }

  alert(): Locator {
    return this.page.locator('.roadmap-screen').getByRole('alert')
  }

  /** The offer to undo a deletion, at the bottom of the window. */
  undoOffer(): Locator {
    return this.page.locator('.undo-toast')
  }

  /** Ticks prerequisites in an open topic form, each found through the form's search box. */
  async pickPrerequisites(form: Locator, titles: readonly string[]): Promise<void> {
    const search = form.getByRole('searchbox', { name: 'Search topics' })
    for (const title of titles) {
      await search.fill(title)
      await form.getByRole('checkbox', { name: title, exact: true }).check()
    }
    await search.fill('')
  }

  /** Adds a topic to an open stage through its form, with its estimate in hours. */
  async addTopic(stageTitle: string, title: string, hours: string, prerequisites: string[]): Promise<void> {
    const stage = this.stage(stageTitle)
    await stage.getByRole('button', { name: `Add a topic to ${stageTitle}` }).click()
    const form = stage.getByRole('group', { name: `New topic in ${stageTitle}` })
    await form.getByLabel('Title').fill(title)
    await form.getByLabel('Estimate (hours)').fill(hours)
    await this.pickPrerequisites(form, prerequisites)
    await form.getByRole('button', { name: 'Add topic' }).click()
  }

  /** Opens a topic's edit form. */
  async editTopic(topicTitle: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Edit ${topicTitle}`, exact: true }).click()
    return this.page.getByRole('group', { name: `Edit ${topicTitle}` })
  }

  /** Adds prerequisites to a topic through its edit form. */
  async setPrerequisites(topicTitle: string, prerequisites: string[]): Promise<void> {
    const form = await this.editTopic(topicTitle)
    await this.pickPrerequisites(form, prerequisites)
    await form.getByRole('button', { name: 'Save' }).click()
  }
}
