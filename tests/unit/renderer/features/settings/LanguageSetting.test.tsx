// The language setting as a learner meets it: choosing Deutsch turns Settings German at once and is kept in the
// database; every language is named in itself and marked as that language for screen readers. And Settings in German.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../../../../src/renderer/src/App'
import { LANGUAGE_KEY } from '../../../../../src/renderer/src/i18n/languageChoice'
import { installCatalog } from '../../../../../src/renderer/src/i18n/translations'
import { de } from '../../../../../src/shared/i18n/catalogs/de'
import { DatabaseProvider, DatabaseReady } from '../../../../../src/renderer/src/db/DatabaseContext'
import { SettingsScreen } from '../../../../../src/renderer/src/features/settings/SettingsScreen'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform } from '../../fakePlatform'
import { LAZY, storedPlanLeftOn, withStoredPlans } from '../../storedPlan'

withStoredPlans()
afterEach(() => {
  // The shell mirrors the choice for the next start's first paint; the next test starts without one.
  globalThis.localStorage?.removeItem(LANGUAGE_KEY)
})

async function openSettings() {
  const stored = await storedPlanLeftOn('settings')
  const view = render(<App platform={createFakePlatform()} db={stored.db} />)
  const user = userEvent.setup()
  return { ...stored, view, user }
}

describe('Language setting', () => {
  it('names each language in itself, marked as that language, and offers the system’s language first', async () => {
    await openSettings()
    const group = within(await screen.findByRole('group', { name: 'Language' }, LAZY))
    const radios = group.getAllByRole('radio') as HTMLInputElement[]
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'System language (English)',
      'English',
      'Deutsch',
      'Español'
    ])
    expect(group.getByRole('radio', { name: 'Deutsch' }).closest('label')?.getAttribute('lang')).toBe('de')
    expect(group.getByRole('radio', { name: 'Español' }).closest('label')?.getAttribute('lang')).toBe('es')
    expect(group.getByText('English', { selector: 'span[lang]' }).getAttribute('lang')).toBe('en')
    // (The test DOM spaces the name around the marked span; a browser reads "System language (English)".)
    await waitFor(() =>
      expect(
        (group.getByRole('radio', { name: /^System language \(\s*English\s*\)$/ }) as HTMLInputElement).checked
      ).toBe(true)
    )
  })

  it('turns Settings German when Deutsch is chosen, and keeps the choice in the settings table', async () => {
    const { db, user } = await openSettings()
    const group = within(await screen.findByRole('group', { name: 'Language' }, LAZY))
    await user.click(group.getByRole('radio', { name: 'Deutsch' }))

    // The catalog loads on demand; the screen follows once it is there.
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' }, LAZY)).toBeTruthy()
    const section = within(await screen.findByRole('region', { name: 'Erinnerungen und Darstellung' }, LAZY))
    expect(section.getByRole('group', { name: 'Sprache' })).toBeTruthy()
    expect(section.getByRole('group', { name: 'Farbschema' })).toBeTruthy()
    expect(section.getByRole('radio', { name: 'Dunkel' })).toBeTruthy()
    expect(section.getByLabelText('Vor einer Lerneinheit erinnern')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Jetzt sichern' })).toBeTruthy()
    // The language names stay as they are; the system choice is worded in German.
    expect(section.getByRole('radio', { name: /^Systemsprache \(\s*English\s*\)$/ })).toBeTruthy()
    expect((section.getByRole('radio', { name: 'Deutsch' }) as HTMLInputElement).checked).toBe(true)
    expect(document.documentElement.lang).toBe('de')

    await waitFor(async () => expect((await db.settings.get(LANGUAGE_KEY))?.value).toBe('de'))
  })

  it('starts in the stored language after a restart', async () => {
    const first = await openSettings()
    const group = within(await screen.findByRole('group', { name: 'Language' }, LAZY))
    await first.user.click(group.getByRole('radio', { name: 'Español' }))
    await screen.findByRole('heading', { level: 1, name: 'Ajustes' }, LAZY)
    await waitFor(async () => expect((await first.db.settings.get(LANGUAGE_KEY))?.value).toBe('es'))
    first.view.unmount()
    // A fresh start begins in English (nothing in the window's own storage), then reads the choice from the database.
    globalThis.localStorage?.removeItem(LANGUAGE_KEY)
    installCatalog('en', 'en-US', (await import('../../../../../src/shared/i18n/catalogs/en')).en)

    render(<App platform={createFakePlatform()} db={first.db} />)
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajustes' }, LAZY)).toBeTruthy()
    const again = within(await screen.findByRole('group', { name: 'Idioma' }, LAZY))
    await waitFor(() => expect((again.getByRole('radio', { name: 'Español' }) as HTMLInputElement).checked).toBe(true))
  })
})

describe('Settings in German', () => {
  it('shows its sections, buttons and counts in German, one plan in the singular and two in the plural', async () => {
    installCatalog('de', 'de-DE', de)
    const { db, repos } = await storedPlanLeftOn('settings')
    render(
      <PlatformProvider platform={createFakePlatform()}>
        <DatabaseProvider db={db}>
          <DatabaseReady>
            <SettingsScreen />
          </DatabaseReady>
        </DatabaseProvider>
      </PlatformProvider>
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' }, LAZY)).toBeTruthy()
    expect(await screen.findByRole('region', { name: 'Alle Pläne' }, LAZY)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Neuer Plan…' })).toBeTruthy()
    expect(await screen.findByRole('region', { name: 'Erinnerungen und Darstellung' }, LAZY)).toBeTruthy()
    expect(await screen.findByRole('region', { name: 'Dein Plan' }, LAZY)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Übernehmen' })).toBeTruthy()
    expect(await screen.findByRole('region', { name: 'Deine Daten' }, LAZY)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Jetzt sichern' })).toBeTruthy()
    const counts = await screen.findByTestId('data-counts', {}, LAZY)
    await waitFor(() => expect(counts.textContent).toMatch(/^1 Plan, \d+ Lerneinheiten, /), LAZY)
    expect(counts.textContent).toContain('noch keine Lernzeit nachgetragen')
    expect(counts.textContent).toContain('1 Lernpfad')

    const created = await repos.plans.createPlan(smallPlan({ title: 'Go' }), NOW + 60_000)
    if (!created.ok) throw new Error('second plan not created')
    await waitFor(() => expect(counts.textContent).toMatch(/^2 Pläne, /), LAZY)
    expect(counts.textContent).toContain('2 Lernpfade')
    expect(await screen.findByRole('button', { name: 'Go umbenennen' }, LAZY)).toBeTruthy()
  })
})
