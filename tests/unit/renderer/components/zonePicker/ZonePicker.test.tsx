// The searchable time-zone field as a learner uses it: type, arrow, Enter picks; Escape and leaving the field change
// nothing; a click picks; the field then names the zone by city, region and offset.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ZonePicker } from '../../../../../src/renderer/src/components/zonePicker/ZonePicker'

const NOW = Date.UTC(2027, 0, 15)

function Field({ onChange }: { onChange: (zone: string) => void }) {
  const [zone, setZone] = useState('Europe/London')
  return (
    <>
      <label htmlFor="zone">Time zone of the plan</label>
      <ZonePicker
        id="zone"
        value={zone}
        zones={Intl.supportedValuesOf('timeZone')}
        now={NOW}
        locale="en-GB"
        onChange={(next) => {
          setZone(next)
          onChange(next)
        }}
      />
    </>
  )
}

function setup() {
  const onChange = vi.fn<(zone: string) => void>()
  render(<Field onChange={onChange} />)
  const field = screen.getByRole('combobox', { name: 'Time zone of the plan' }) as HTMLInputElement
  return { onChange, field, user: userEvent.setup() }
}

describe('ZonePicker', () => {
  it('shows the chosen zone by city, region and offset, with its name, and no list until asked', () => {
    const { field } = setup()
    expect(field.value).toBe('London (Europe) · UTC')
    expect(field.getAttribute('aria-expanded')).toBe('false')
    expect(screen.getByText('United Kingdom Time')).toBeTruthy()
  })

  it('filters as the learner types; arrows move, Enter picks', async () => {
    const { field, onChange, user } = setup()
    await user.click(field)
    await user.keyboard('+5:30')
    expect(field.getAttribute('aria-expanded')).toBe('true')
    const names = screen.getAllByRole('option').map((option) => option.textContent)
    expect(names).toEqual([expect.stringContaining('Colombo'), expect.stringContaining('Kolkata')])
    await user.keyboard('{ArrowDown}')
    const active = document.getElementById(field.getAttribute('aria-activedescendant')!)
    expect(active?.textContent).toContain('Kolkata')
    await user.keyboard('{Enter}')
    expect(onChange).toHaveBeenCalledWith('Asia/Calcutta')
    expect(field.value).toBe('Kolkata (Asia) · UTC+05:30')
    expect(field.getAttribute('aria-expanded')).toBe('false')
  })

  it('Escape closes the list and keeps the zone; so does leaving the field', async () => {
    const { field, onChange, user } = setup()
    await user.click(field)
    await user.keyboard('tokyo{Escape}')
    expect(field.value).toBe('London (Europe) · UTC')
    await user.keyboard('{ArrowDown}tok')
    await user.tab()
    expect(field.value).toBe('London (Europe) · UTC')
    expect(onChange).not.toHaveBeenCalled()
  })

  it('a click on a match picks it', async () => {
    const { field, onChange, user } = setup()
    await user.click(field)
    await user.keyboard('new york')
    await user.click(screen.getByRole('option', { name: /New York/ }))
    expect(onChange).toHaveBeenCalledWith('America/New_York')
  })

  it('says when nothing matches', async () => {
    const { field, user } = setup()
    await user.click(field)
    await user.keyboard('atlantis')
    expect(screen.getByRole('option').textContent).toBe('No time zone matches “atlantis”.')
  })
})
