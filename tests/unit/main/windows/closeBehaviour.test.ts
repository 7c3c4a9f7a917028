// Closing the window keeps reminders alive unless the user quits or turned close-to-tray off.
import { describe, expect, it } from 'vitest'
import { closeAction } from '../../../../src/main/windows/closeBehaviour'

describe('closeAction', () => {
  it('hides to the tray by default', () => {
    expect(closeAction({ quitting: false, closeToTray: true, trayAvailable: true })).toBe('hide')
  })
  it('minimizes instead when there is no tray to bring the window back from', () => {
    expect(closeAction({ quitting: false, closeToTray: true, trayAvailable: false })).toBe('minimize')
  })
  it('closes when quitting or when close-to-tray is off', () => {
    expect(closeAction({ quitting: true, closeToTray: true, trayAvailable: true })).toBe('close')
    expect(closeAction({ quitting: false, closeToTray: false, trayAvailable: true })).toBe('close')
  })
})
