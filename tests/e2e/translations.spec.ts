// The app in the learner's language (#19 item 3). A newcomer whose system speaks German or Spanish meets every screen in
// it, from the first paint on, with no serious axe finding in either theme; and in the pseudo-locale every visible
// text comes from a catalog and none is cut off at 800×600. Screenshots of every screen in each language are attached.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { Catalog } from '../../src/shared/i18n/catalog'
import { de } from '../../src/shared/i18n/catalogs/de'
import { en } from '../../src/shared/i18n/catalogs/en'
import { es } from '../../src/shared/i18n/catalogs/es'
import { PSEUDO_LOCALE } from '../../src/shared/i18n/languages'
import { pseudoCatalog } from '../../src/shared/i18n/pseudo'
import { translatorFor, type Translate } from '../../src/shared/i18n/translator'
import { FIRST_RUN_NOW } from './pages/PlannerPage'
import { expect, test, type AppProfile } from './profile'
import { cutTexts, intlWords, shownTexts, wordsOutsideCatalogs } from './screenText'

/**
 * Attaches a screenshot to the report (CI keeps it as an artifact); with SCREENS_DIR set, also writes it there, for a
 * person to look through.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  const body = await page.screenshot()
  await test.info().attach(name, { body, contentType: 'image/png' })
  if (process.env.SCREENS_DIR) {
    mkdirSync(process.env.SCREENS_DIR, { recursive: true })
    writeFileSync(join(process.env.SCREENS_DIR, `${name}.png`), body)
  }
}

const SCREENS = ['calendar', 'roadmap', 'progress', 'settings'] as const
const VIEWPORTS = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 2560, height: 1440 }
] as const

/** Starts the app as a newcomer whose system speaks `locale`; with `choice`, a language chosen before (localStorage). */
async function newcomer(profile: AppProfile, locale: string, choice?: string): Promise<Page> {
  const page = await profile.launch({ now: FIRST_RUN_NOW, open: false, locale })
  if (choice) await page.addInitScript((value) => localStorage.setItem('ui.language', value), choice)
  await page.goto('/')
  return page
}

async function createPlan(page: Page, t: Translate): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: t('onboarding.title') })).toBeVisible()
  await page.getByRole('button', { name: t('onboarding.preview.create') }).click()
  await expect(page.getByRole('heading', { level: 1, name: t('calendar.planView.title') })).toBeVisible()
  await expect(page.locator('.sp-calendar .sp-session').first()).toBeVisible()
}

async function openScreen(page: Page, t: Translate, screen: (typeof SCREENS)[number]): Promise<void> {
  await page
    .getByRole('navigation', { name: t('frame.navigation') })
    .getByRole('button', { name: t(`frame.screens.${screen}`), exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Lazy screens and live queries settle; a screen's catalog-driven text is then in place.
  await expect(page.getByText(t('frame.opening'))).toHaveCount(0)
}

async function seriousAxeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

const LANGUAGES: readonly { language: 'de' | 'es'; locale: string; catalog: Catalog }[] = [
  { language: 'de', locale: 'de-DE', catalog: de },
  { language: 'es', locale: 'es-ES', catalog: es }
]

test.describe.configure({ timeout: 240_000 })

for (const { language, locale, catalog } of LANGUAGES) {
  test(`a newcomer whose system speaks ${language} meets every screen in it, in both themes and three window sizes`, async ({
    profile
  }) => {
    const t = translatorFor(locale, catalog)
    const page = await newcomer(profile, locale)
    // The frame paints in the system's language before anything else has loaded.
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await expect(
      page
        .getByRole('navigation', { name: t('frame.navigation') })
        .getByRole('button', { name: t('frame.screens.settings') })
    ).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: t('onboarding.title') })).toBeVisible()
    await expect(page.getByRole('button', { name: t('onboarding.preview.create') })).toBeEnabled()
    await screenshot(page, `${language}-first-run`)
    await createPlan(page, t)

    for (const screen of SCREENS) {
      await openScreen(page, t, screen)
      // Each size changes the layout (the week shows three days at 800 px), each theme only the colours: axe scans
      // every size in the light theme and the middle one in the dark theme too.
      for (const viewport of VIEWPORTS) {
        const size = `${viewport.width}x${viewport.height}`
        await page.setViewportSize(viewport)
        await screenshot(page, `${language}-${screen}-${size}`)
        expect.soft(await seriousAxeFindings(page), `axe on ${screen} in ${language} at ${size}`).toEqual([])
      }
      await page.setViewportSize({ width: 1280, height: 800 })
      await page.emulateMedia({ colorScheme: 'dark' })
      await screenshot(page, `${language}-${screen}-1280x800-dark`)
      expect.soft(await seriousAxeFindings(page), `axe on ${screen} in ${language}, dark`).toEqual([])
      await page.emulateMedia({ colorScheme: 'light' })
    }

    // A day later two sessions are missed: the header gains the missed count beside its longer buttons, and the
    // plan's sentence keeps a readable width (it was once squeezed into a 110 px column of seven lines).
    await page.clock.fastForward('24:00:00')
    await openScreen(page, t, 'calendar')
    await expect(page.getByRole('button', { name: t('calendar.planView.missedCount', { count: 2 }) })).toBeVisible()
    const sentence = await page.locator('.plan-summary').boundingBox()
    expect(sentence!.width).toBeGreaterThanOrEqual(300)
    await screenshot(page, `${language}-calendar-missed-1280x800`)
  })
}

test('in the pseudo-locale every visible text comes from a catalog and none is cut off at 800×600', async ({
  profile
}) => {
  const t = translatorFor('en', pseudoCatalog(en))
  const page = await newcomer(profile, 'en-US', PSEUDO_LOCALE)
  await page.setViewportSize({ width: 800, height: 600 })
  const allowed = new Set(await intlWords(page))

  const problems: string[] = []
  const check = async (where: string) => {
    for (const { text, where: element } of await shownTexts(page)) {
      const words = wordsOutsideCatalogs(text).filter((word) => !allowed.has(word))
      if (words.length > 0) problems.push(`${where}: "${text.slice(0, 80)}" (${element}) has ${words.join(', ')}`)
    }
    for (const cut of await cutTexts(page)) problems.push(`${where}: ${cut}`)
    await screenshot(page, `pseudo-${where}`)
  }

  await expect(page.getByRole('heading', { level: 1, name: t('onboarding.title') })).toBeVisible()
  await check('first-run')
  await createPlan(page, t)
  await check('calendar-week')
  for (const view of ['month', 'agenda'] as const) {
    await page.getByRole('tab', { name: t('calendar.fullCalendar.viewHint', { view, name: '' }) }).click()
    await check(`calendar-${view}`)
  }
  // At 800 px wide the week shows three days.
  await page.getByRole('tab', { name: t('calendar.fullCalendar.viewHint', { view: 'threeDays', name: '' }) }).click()
  await page.locator('.sp-calendar .sp-session').first().click()
  await expect(page.locator('dialog.sp-panel')).toBeVisible()
  await check('session-panel')
  await page.keyboard.press('Escape')

  for (const screen of ['roadmap', 'progress', 'settings'] as const) {
    await openScreen(page, t, screen)
    await check(screen)
  }
  expect(problems).toEqual([])
})
