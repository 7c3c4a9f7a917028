// Main follows the window's display locale: each sync names it, and the tray and the application menu are rebuilt in
// its language when it changes; a language without a catalog gets English.
import type { Menu, MenuItemConstructorOptions } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import { createDisplayLanguage, translatorForLocale } from '../../../../src/main/i18n/displayLanguage'
import { appMenuTemplate } from '../../../../src/main/menu/appMenu'
import { createTrayController } from '../../../../src/main/tray/trayController'
import type { Translate } from '../../../../src/shared/i18n/translator'
import { type Harness, createHarness, HOUR, reminderAt, syncOf } from '../reminders/harness'

const now = Date.UTC(2027, 4, 3, 8, 0)
const labels = (menu: MenuItemConstructorOptions[] | undefined) => menu?.map((item) => item.label)

function fakeSource(locale: string) {
  const listeners = new Set<() => void>()
  const source = {
    locale: () => locale,
    onChange: (listener: () => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    sync(next: string) {
      locale = next
      for (const listener of listeners) listener()
    }
  }
  return source
}

describe('createDisplayLanguage', () => {
  it('gives the translator of the current locale, and tells listeners only when the language changes', () => {
    const source = fakeSource('en-US')
    const language = createDisplayLanguage(source)
    const heard: string[] = []
    language.onChange((t) => heard.push(t('notices.tray.snooze')))
    expect(language.t()('notices.tray.snooze')).toBe('Snooze')
    source.sync('en-GB')
    source.sync('en-GB-u-hc-h12')
    expect(heard).toEqual([])
    source.sync('de-AT')
    expect(language.t()('notices.tray.snooze')).toBe('Später erinnern')
    source.sync('es-ES')
    source.sync('es-MX')
    expect(heard).toEqual(['Später erinnern', 'Posponer'])
    language.dispose()
    source.sync('de-DE')
    expect(heard).toHaveLength(2)
  })

  it('writes English for a language without a catalog', () => {
    const source = fakeSource('de-DE')
    const language = createDisplayLanguage(source)
    const heard: string[] = []
    language.onChange((t) => heard.push(t('notices.menu.go')))
    source.sync('ja-JP')
    expect(heard).toEqual(['Go'])
    expect(language.t()('notices.tray.open')).toBe('Open Study Planner')
    expect(translatorForLocale('ja-JP')('notices.notification.groupTitle', { count: 2 })).toBe('2 study reminders')
  })

  it('makes one translator per locale', () => {
    expect(translatorForLocale('de-DE')).toBe(translatorForLocale('de-DE'))
    expect(translatorForLocale('de-DE')).not.toBe(translatorForLocale('de-AT'))
  })
})

describe('the tray and the application menu follow the synced locale', () => {
  let harness: Harness

  afterEach(async () => {
    await harness.cleanup()
  })

  it('rebuilds both in Spanish when a sync switches the locale from en-US to es-ES', async () => {
    harness = createHarness(now)
    const reminders = harness.service
    const language = createDisplayLanguage({ locale: () => reminders.display().locale, onChange: reminders.onChange })
    const trayMenus: MenuItemConstructorOptions[][] = []
    const tooltips: string[] = []
    createTrayController({
      createTray: () => ({
        setToolTip: (text: string) => void tooltips.push(text),
        setContextMenu: () => {},
        on: () => undefined as never,
        destroy: () => {}
      }),
      buildMenu: (template) => {
        trayMenus.push(template)
        return template as unknown as Menu
      },
      reminders,
      language,
      formatTime: (instant) => new Date(instant).toISOString().slice(11, 16),
      canSnooze: () => false,
      onError: (error) => {
        throw error
      },
      actions: { open() {}, startNextSession() {}, snooze() {}, pause() {}, resume() {}, quit() {} }
    })
    const appMenus: MenuItemConstructorOptions[][] = []
    const setAppMenu = (t: Translate) => appMenus.push(appMenuTemplate('linux', { showScreen: () => {} }, t))
    setAppMenu(language.t())
    language.onChange(setAppMenu)
    await reminders.start()

    const reminder = reminderAt('s', now + 2 * HOUR, 10, { topicTitle: 'Grafos' })
    await reminders.sync({ ...syncOf([reminder]), locale: 'en-US' })
    expect(labels(trayMenus.at(-1))).toContain('Open Study Planner')
    expect(trayMenus.at(-1)?.[0]?.label).toBe('Next: Grafos, 10:00')
    expect(labels(appMenus.at(-1))).toEqual(['File', 'Edit', 'View', 'Go', 'Window'])
    const menusBefore = appMenus.length

    await reminders.sync({ ...syncOf([reminder]), locale: 'es-ES' })
    const tray = trayMenus.at(-1)!
    expect(tray[0]?.label).toBe('Siguiente: Grafos, 10:00')
    expect(labels(tray)).toEqual([
      'Siguiente: Grafos, 10:00',
      undefined,
      'Abrir Study Planner',
      'Empezar la siguiente sesión',
      'Posponer',
      'Pausar recordatorios',
      undefined,
      'Salir de Study Planner'
    ])
    expect(tooltips.at(-1)).toMatch(/^Study Planner\nSiguiente: Grafos, 10:00/)
    expect(appMenus).toHaveLength(menusBefore + 1)
    const menu = appMenus.at(-1)!
    expect(labels(menu)).toEqual(['Archivo', 'Edición', 'Ver', 'Ir', 'Ventana'])
    expect(labels(menu[1]?.submenu as MenuItemConstructorOptions[])?.slice(0, 2)).toEqual(['Deshacer', 'Rehacer'])
    const go = menu[3]?.submenu as MenuItemConstructorOptions[]
    expect(go.map((item) => item.label)).toEqual(['Calendario', 'Ruta', 'Progreso', 'Ajustes'])
  })

  it('stays in English for a locale without a catalog (ja-JP)', async () => {
    harness = createHarness(now)
    const reminders = harness.service
    const language = createDisplayLanguage({ locale: () => reminders.display().locale, onChange: reminders.onChange })
    await reminders.start()
    await reminders.sync({ ...syncOf([reminderAt('s', now + 2 * HOUR)]), locale: 'ja-JP' })
    expect(reminders.display().locale).toBe('ja-JP')
    const menu = appMenuTemplate('linux', { showScreen: () => {} }, language.t())
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Window'])
    expect(reminders.tooltip().split('\n')[1]).toMatch(/^Next: Topic s, /)
  })
})
