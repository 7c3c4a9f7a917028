// Switching language: the frame speaks it at once, every screen once its catalog has loaded, and the last choice wins.
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ShellFrame } from '../../../../src/renderer/src/components/ShellFrame'
import { currentTranslations, switchLanguage, useT } from '../../../../src/renderer/src/i18n/translations'

function Heading() {
  const t = useT()
  return <h1>{t('frame.screens.progress')}</h1>
}

function Title() {
  const t = useT()
  return <h2>{t('calendar.planView.title')}</h2>
}

describe('switchLanguage', () => {
  it('re-renders what is on screen in the new language and marks the document’s language', async () => {
    render(
      <ShellFrame current={null}>
        <Heading />
      </ShellFrame>
    )
    expect(screen.getByRole('heading').textContent).toBe('Progress')
    await act(() => switchLanguage('de', 'de-AT'))
    expect(screen.getByRole('heading').textContent).toBe('Fortschritt')
    expect(screen.getByRole('button', { name: 'Einstellungen' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('de')
    expect(currentTranslations()).toMatchObject({ language: 'de', locale: 'de-AT', complete: true })
  })

  it('keeps a screen in its language while the next one’s catalog loads, never showing keys', async () => {
    render(<Title />)
    let switching: Promise<void> = Promise.resolve()
    // The switch starts and React renders whatever it published at once; the catalog has not loaded yet.
    act(() => {
      switching = switchLanguage('es', 'es-ES')
    })
    expect(screen.getByRole('heading').textContent).toBe('Calendar')
    await act(() => switching)
    expect(screen.getByRole('heading').textContent).toBe('Calendario')
  })

  it('lets the last of two quick choices win, whichever catalog arrives first', async () => {
    render(<Heading />)
    await act(() => Promise.all([switchLanguage('de', 'de-DE'), switchLanguage('es', 'es-ES')]))
    expect(screen.getByRole('heading').textContent).toBe('Progreso')
    expect(currentTranslations().language).toBe('es')
  })

  it('speaks the pseudo-locale built from English', async () => {
    render(<Heading />)
    await act(() => switchLanguage('en-XA', 'en-US'))
    expect(screen.getByRole('heading').textContent).toMatch(/^⟦Þŕóĝŕéšš/)
    expect(document.documentElement.lang).toBe('en')
  })
})
