// A keyboard user keeps their place: closing the session panel or the shortcut list puts focus back where it was.
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

test.describe.configure({ timeout: 60_000 })

test('Escape closes the session panel and the shortcut list (one aligned table), and focus returns to the block or button that opened them', async ({
  profile
}) => {
  const app = await PlannerPage.launch(profile, FIRST_RUN_NOW)
  await app.open()
  await app.createDefaultPlan()
  const block = app.sessions('19:00–20:00').first()
  await block.focus()
  await app.page.keyboard.press('Enter')
  await expect(app.sessionPanel()).toBeVisible()
  await app.page.keyboard.press('Escape')
  await expect(app.sessionPanel()).toHaveCount(0)
  await expect(block).toBeFocused()

  const shortcuts = app.page.getByRole('button', { name: 'Keyboard shortcuts' })
  await shortcuts.focus()
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  // Every section's descriptions start at the same place, so the list reads as one table.
  const starts = await app.page
    .locator('.sp-shortcuts-table td')
    .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)))
  expect(new Set(starts).size).toBe(1)
  await app.page.keyboard.press('Escape')
  await expect(app.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden()
  await expect(shortcuts).toBeFocused()
})
