// Page object for "Your data" in Settings: back up, restore from a file, and read what the device holds.
import type { Download, Locator, Page } from '@playwright/test'
import { AppShellPage } from './AppShellPage'

export class DataPage {
  readonly section: Locator
  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Your data' })
  }

  async open(): Promise<void> {
    await new AppShellPage(this.page).open('Settings')
    await this.section.waitFor()
  }

  counts(): Locator {
    return this.section.getByTestId('data-counts')
  }

  /** Clicks "Back up now" and returns the file the browser downloads. */
  async backUpNow(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.section.getByRole('button', { name: 'Back up now' }).click()
    return download
  }

  /** Chooses a backup file, checks the preview appears, and confirms the restore. */
  async restoreFile(name: string, text: string): Promise<Locator> {
    await this.section
      .getByLabel('Restore from file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
    const preview = this.section.getByRole('group', { name: `Restore "${name}"?` })
    await preview.waitFor()
    return preview
  }

  async confirmRestore(preview: Locator): Promise<void> {
    await preview.getByRole('button', { name: 'Restore this backup' }).click()
    await this.section.getByText(/^Restored /).waitFor()
  }
}
