// The tray menu offers what the issue lists, and each item does what its label says.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { mainTranslator } from '../../../../src/main/i18n/mainTranslator'
import { trayMenuTemplate, type TrayMenuActions, type TrayMenuState } from '../../../../src/main/tray/trayMenu'

const english = mainTranslator('en-US')

function recordActions() {
  const calls: string[] = []
  const actions: TrayMenuActions = {
    open: () => calls.push('open'),
    startNextSession: () => calls.push('start'),
    snooze: (minutes) => calls.push(`snooze ${minutes}`),
    pause: (choice) => calls.push(`pause ${choice}`),
    resume: () => calls.push('resume'),
    quit: () => calls.push('quit')
  }
  return { actions, calls }
}

const active: TrayMenuState = {
  nextSession: { topic: 'Linear algebra', time: '18:00' },
  canSnooze: true,
  pausedUntil: null
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const item of items) {
    if (item.label === label) return item
    if (Array.isArray(item.submenu)) {
      const inner = item.submenu.find((child) => child.label === label)
      if (inner) return inner
    }
  }
  throw new Error(`no menu item ${label}`)
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)()

describe('trayMenuTemplate', () => {
  it('shows the next session first, disabled as a label', () => {
    const [first] = trayMenuTemplate(active, recordActions().actions, english)
    expect(first).toMatchObject({ label: 'Next: Linear algebra, 18:00', enabled: false })
  })

  it('wires every action to its item', () => {
    const { actions, calls } = recordActions()
    const menu = trayMenuTemplate(active, actions, english)
    for (const label of [
      'Open Study Planner',
      'Start next session',
      '10 minutes',
      'For 1 hour',
      'For the rest of the day',
      'Quit Study Planner'
    ])
      click(find(menu, label))
    expect(calls).toEqual(['open', 'start', 'snooze 10', 'pause hour', 'pause restOfDay', 'quit'])
  })

  it('offers 5, 10 and 15 minute snoozes', () => {
    const snooze = find(trayMenuTemplate(active, recordActions().actions, english), 'Snooze')
    expect((snooze.submenu as MenuItemConstructorOptions[]).map((item) => item.label)).toEqual([
      '5 minutes',
      '10 minutes',
      '15 minutes'
    ])
  })

  it('disables start and snooze when there is nothing to start or snooze', () => {
    const idle = { nextSession: null, canSnooze: false, pausedUntil: null }
    const menu = trayMenuTemplate(idle, recordActions().actions, english)
    expect(menu[0]?.label).toBe('No upcoming session')
    expect(find(menu, 'Start next session').enabled).toBe(false)
    expect(find(menu, 'Snooze').enabled).toBe(false)
  })

  it('offers resume instead of pause while paused', () => {
    const { actions, calls } = recordActions()
    const menu = trayMenuTemplate({ ...active, pausedUntil: '15:00' }, actions, english)
    click(find(menu, 'Resume reminders (paused until 15:00)'))
    expect(calls).toEqual(['resume'])
    expect(() => find(menu, 'Pause reminders')).toThrow('no menu item')
  })
})

describe('trayMenuTemplate in German', () => {
  const german = mainTranslator('de-DE')

  it('labels every item in German, the next session first', () => {
    const menu = trayMenuTemplate(active, recordActions().actions, german)
    expect(menu.map((item) => item.label)).toEqual([
      'Als Nächstes: Linear algebra, 18:00',
      undefined,
      'Study Planner öffnen',
      'Nächste Lerneinheit starten',
      'Später erinnern',
      'Erinnerungen pausieren',
      undefined,
      'Study Planner beenden'
    ])
    expect(find(menu, 'Erinnerungen pausieren').submenu).toMatchObject([
      { label: 'Für 1 Stunde' },
      { label: 'Für den Rest des Tages' }
    ])
    const idle = trayMenuTemplate(
      { nextSession: null, canSnooze: false, pausedUntil: null },
      recordActions().actions,
      german
    )
    expect(idle[0]?.label).toBe('Keine anstehende Lerneinheit')
    const paused = trayMenuTemplate({ ...active, pausedUntil: '15:00 Uhr' }, recordActions().actions, german)
    expect(paused[5]?.label).toBe('Erinnerungen fortsetzen (pausiert bis 15:00 Uhr)')
  })

  it('snoozes "in 5 Minuten", with the singular for one minute', () => {
    const snooze = find(trayMenuTemplate(active, recordActions().actions, german), 'Später erinnern')
    expect((snooze.submenu as MenuItemConstructorOptions[]).map((item) => item.label)).toEqual([
      'in 5 Minuten',
      'in 10 Minuten',
      'in 15 Minuten'
    ])
    expect(german('notices.tray.snoozeMinutes', { minutes: 1 })).toBe('in 1 Minute')
    expect(german('notices.tray.snoozeMinutes', { minutes: 2 })).toBe('in 2 Minuten')
  })

  it('writes English for a language without a catalog', () => {
    const menu = trayMenuTemplate(active, recordActions().actions, mainTranslator('ja-JP'))
    expect(menu[2]?.label).toBe('Open Study Planner')
    expect(mainTranslator('ja-JP')('notices.tray.snoozeMinutes', { minutes: 1 })).toBe('1 minute')
  })
})
