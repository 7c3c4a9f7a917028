// Calendar shortcuts fire their handlers but never while typing, and `?` opens a dialog listing every shortcut.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ShortcutsListProvider } from '../../../../../src/renderer/src/components/shortcuts/ShortcutsList'
import {
  useCalendarShortcuts,
  type CalendarShortcutHandlers
} from '../../../../../src/renderer/src/components/shortcuts/useCalendarShortcuts'

function Keys({ handlers }: { handlers: CalendarShortcutHandlers }) {
  useCalendarShortcuts(handlers)
  return (
    <>
      <label>
        Search <input />
      </label>
      <label>
        Already known <input type="checkbox" />
      </label>
    </>
  )
}

function Harness({ handlers }: { handlers: CalendarShortcutHandlers }) {
  return (
    <ShortcutsListProvider>
      <Keys handlers={handlers} />
    </ShortcutsListProvider>
  )
}

describe('calendar shortcuts', () => {
  it('T, P, N and S call today, previous week, next week and next session', async () => {
    const handlers = {
      today: vi.fn<() => void>(),
      previousWeek: vi.fn<() => void>(),
      nextWeek: vi.fn<() => void>(),
      nextSession: vi.fn<() => void>()
    }
    render(<Harness handlers={handlers} />)
    await userEvent.setup().keyboard('tpns')
    expect(handlers.today).toHaveBeenCalledTimes(1)
    expect(handlers.previousWeek).toHaveBeenCalledTimes(1)
    expect(handlers.nextWeek).toHaveBeenCalledTimes(1)
    expect(handlers.nextSession).toHaveBeenCalledTimes(1)
  })

  it('leaves keys alone while typing in a field or with a modifier held', async () => {
    const handlers = { today: vi.fn<() => void>(), nextWeek: vi.fn<() => void>() }
    render(<Harness handlers={handlers} />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Search'), 'tn')
    await user.keyboard('{Control>}t{/Control}')
    expect(handlers.today).not.toHaveBeenCalled()
    expect(handlers.nextWeek).not.toHaveBeenCalled()
  })

  it('still acts while a checkbox has focus: it takes no typed text', async () => {
    const handlers = { today: vi.fn<() => void>() }
    render(<Harness handlers={handlers} />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('Already known'))
    await user.keyboard('t')
    expect(handlers.today).toHaveBeenCalledTimes(1)
  })

  it('? opens an accessible dialog listing the shortcuts, and Escape closes it', async () => {
    render(<Harness handlers={{}} />)
    const user = userEvent.setup()
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.keyboard('?')
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    for (const text of [
      'Go to today',
      'Previous week (month in Month view)',
      'Next week (month in Month view)',
      'Open the next session',
      'Undo the last change to the plan',
      'Show these shortcuts',
      'Calendar',
      'Settings'
    ]) {
      expect(dialog.textContent).toContain(text)
    }
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('? is left alone while typing in a field', async () => {
    render(<Harness handlers={{}} />)
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Search'), '?')
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('?')
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
