// Page object for the roadmap screen: topics, the topic form, and the refusal message.
import type { Locator, Page } from '@playwright/test'

export class RoadmapPage {
  constructor(readonly page: Page) {}

  stage(title: string): Locator {
    return this.page.getByRole('region', { name: title })
  }

  topic(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true })
  }

  alert(): Locator {
    return this.page.locator('.roadmap-screen').getByRole('alert')
  }

  /** Adds a topic to a stage through its form. */
  async addTopic(stageTitle: string, title: string, minutes: number, prerequisites: string[]): Promise<void> {
    const stage = this.stage(stageTitle)
    await stage.getByRole('button', { name: `Add a topic to ${stageTitle}` }).click()
    const form = stage.getByRole('group', { name: `New topic in ${stageTitle}` })
    await form.getByLabel('Title').fill(title)
    await form.getByLabel('Estimate (minutes)').fill(String(minutes))
    await form.getByLabel('Prerequisites').selectOption(prerequisites.map((label) => ({ label })))
    await form.getByRole('button', { name: 'Add topic' }).click()
  }

  /** Replaces a topic's prerequisites through its edit form. */
  async setPrerequisites(topicTitle: string, prerequisites: string[]): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${topicTitle}`, exact: true }).click()
    const form = this.page.getByRole('group', { name: `Edit ${topicTitle}` })
    await form.getByLabel('Prerequisites').selectOption(prerequisites.map((label) => ({ label })))
    await form.getByRole('button', { name: 'Save' }).click()
  }
}
