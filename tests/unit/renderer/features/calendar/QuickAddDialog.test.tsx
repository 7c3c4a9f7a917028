// The quick-add dialog as a learner uses it: a topic from the list or free text, at a time in the plan's zone; bad input is refused in place.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { NO_TOPIC } from '../../../../../src/shared/domain/session'
import type { QuickAddDraft } from '../../../../../src/shared/scheduling/quickAdd'
import { QuickAddDialog } from '../../../../../src/renderer/src/features/calendar/QuickAddDialog'
import { formValuesAt } from '../../../../../src/renderer/src/features/calendar/quickAddForm'

const topics = [
  { id: 'python', title: 'Python basics' },
  { id: 'git', title: 'Git and GitHub' }
]
const HOUR = 3_600_000

function renderDialog(timeZone = 'Europe/Rome', refusal: string | null = null) {
  const onAdd = vi.fn<(draft: QuickAddDraft) => Promise<string | null>>(async () => refusal)
  const onCancel = vi.fn<() => void>()
  // Tuesday 2027-01-05 19:00 in Rome (18:00Z), for an hour.
  render(
    <QuickAddDialog
      topics={topics}
      timeZone={timeZone}
      initial={formValuesAt(Date.UTC(2027, 0, 5, 18), 60, 'Europe/Rome')}
      onAdd={onAdd}
      onCancel={onCancel}
    />
  )
  return { onAdd, onCancel, user: userEvent.setup() }
}

const what = () => screen.getByLabelText('What will you study?')
const add = () => screen.getByRole('button', { name: 'Add session' })

describe('QuickAddDialog', () => {
  it('opens at the chosen time, focused on what to study, and offers the roadmap’s topics', () => {
    renderDialog()
    expect(screen.getByRole('dialog', { name: 'Add a session' })).toBeTruthy()
    expect(document.activeElement).toBe(what())
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2027-01-05')
    expect((screen.getByLabelText('Start') as HTMLInputElement).value).toBe('19:00')
    expect((screen.getByLabelText('Minutes') as HTMLInputElement).value).toBe('60')
    const options = [...document.querySelectorAll(`datalist#${CSS.escape(what().getAttribute('list')!)} option`)].map(
      (option) => (option as HTMLOptionElement).value
    )
    expect(options).toEqual(['Python basics', 'Git and GitHub'])
  })

  it('adds a roadmap topic session, typed in any case, at the wall time in the plan’s zone', async () => {
    const { onAdd, user } = renderDialog()
    await user.type(what(), 'python BASICS')
    expect(screen.getByText('A roadmap topic: this time counts toward it.')).toBeTruthy()
    await user.clear(screen.getByLabelText('Minutes'))
    await user.type(screen.getByLabelText('Minutes'), '90')
    await user.click(add())
    expect(onAdd).toHaveBeenCalledWith({
      topicId: 'python',
      startMs: Date.UTC(2027, 0, 5, 18),
      endMs: Date.UTC(2027, 0, 5, 18) + 1.5 * HOUR
    })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('adds free text as a session of its own, its times read in the plan’s zone (New York here)', async () => {
    const { onAdd, user } = renderDialog('America/New_York')
    await user.type(what(), '  Read the attention paper ')
    expect(screen.getByText(/Your own session/)).toBeTruthy()
    expect(screen.getByText('Times are in the plan’s time zone, New York (America).')).toBeTruthy()
    await user.click(add())
    // 19:00 on 5 January in New York is midnight UTC on the 6th.
    expect(onAdd).toHaveBeenCalledWith({
      topicId: NO_TOPIC,
      title: 'Read the attention paper',
      startMs: Date.UTC(2027, 0, 6, 0),
      endMs: Date.UTC(2027, 0, 6, 1)
    })
  })

  it.each([
    ['an empty title', '', '60', 'Write what you will study, or choose a topic.'],
    ['zero minutes', 'Paper', '0', 'A session lasts 1 to 480 whole minutes.'],
    ['more than eight hours', 'Paper', '481', 'A session lasts 1 to 480 whole minutes.']
  ])('refuses %s in place and adds nothing', async (_, title, minutes, message) => {
    const { onAdd, user } = renderDialog()
    if (title) await user.type(what(), title)
    await user.clear(screen.getByLabelText('Minutes'))
    await user.type(screen.getByLabelText('Minutes'), minutes)
    await user.click(add())
    expect(screen.getByRole('alert').textContent).toBe(message)
    expect(onAdd).not.toHaveBeenCalled()
  })

  it('shows why the plan refused the session (e.g. an overlap) and stays open to fix it', async () => {
    const { onAdd, onCancel, user } = renderDialog(
      'Europe/Rome',
      'That time overlaps “Git and GitHub” (19:00–20:00); choose a free time.'
    )
    await user.type(what(), 'Paper')
    await user.click(add())
    expect(onAdd).toHaveBeenCalledOnce()
    expect((await screen.findByRole('alert')).textContent).toContain('overlaps “Git and GitHub”')
    expect(screen.getByRole('dialog')).toBeTruthy()
    expect(onCancel).not.toHaveBeenCalled()
  })

  it('closes with Escape or Cancel without adding', async () => {
    const { onAdd, onCancel, user } = renderDialog()
    await user.keyboard('{Escape}')
    expect(onCancel).toHaveBeenCalledOnce()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledTimes(2)
    expect(onAdd).not.toHaveBeenCalled()
  })
})
