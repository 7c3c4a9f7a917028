// The first-run preview follows the clock: opened at noon and left until evening, it shows what Create plan makes then.
import { expect, test } from './profile'

// Wednesday 6 January 2027, 12:00 in London: the default hours start at 19:00 on weekdays.
const NOON = new Date('2027-01-06T12:00:00Z')

test('onboarding left open past the first session time previews, and creates, the plan of the moment', async ({
  profile
}) => {
  const page = await profile.launch({ now: NOON })
  const firstSession = page.getByText('First session').locator('xpath=following-sibling::*[1]')
  await expect(firstSession).toHaveText('Wed 6 Jan, 19:00')
  // Eight hours later this evening's 19:00 has passed.
  await page.clock.fastForward('08:00:00')
  await expect(firstSession).not.toHaveText('Wed 6 Jan, 19:00')
  const previewed = (await page.getByText(/h\/week → finishes/).textContent())!.match(/finishes (.+)\./)![1]!
  const first = (await firstSession.textContent())!
  await page.getByRole('button', { name: 'Create plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible()
  await expect(page.getByText(`finishes ${previewed}.`)).toBeVisible()
  const today = page.getByRole('complementary', { name: 'Today' })
  await expect(today).toContainText(first.split(', ')[1]!)
})
