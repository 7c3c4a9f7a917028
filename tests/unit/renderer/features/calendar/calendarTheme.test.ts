// The calendar's theme: FullCalendar's classic look for everything but the time grid's blocks, which the app styles.
import type { EventDisplayInfo } from '@fullcalendar/react'
import classicThemePlugin from '@fullcalendar/react/themes/classic'
import { describe, expect, it } from 'vitest'
import { calendarTheme } from '../../../../../src/renderer/src/features/calendar/calendarTheme'

type ClassOption = (info: EventDisplayInfo) => string
const classic = classicThemePlugin.optionDefaults as Record<string, unknown>
const ours = calendarTheme.optionDefaults as Record<string, unknown>
const edgeInfo = (edges: Partial<EventDisplayInfo>) =>
  ({ isStartResizable: false, isEndResizable: false, isSelected: false, ...edges }) as EventDisplayInfo

describe('calendarTheme', () => {
  it('keeps classic’s toolbar, grid, month and agenda classes and its per-view classes', () => {
    const kept = [
      'className',
      'toolbarClass',
      'buttonClass',
      'dayHeaderClass',
      'slotLaneClass',
      'backgroundEventClass',
      'listItemEventClass',
      'eventClass'
    ]
    const pick = (options: Record<string, unknown>) => kept.map((name) => [name, options[name]])
    expect(pick(classic).every(([, value]) => value !== undefined)).toBe(true)
    expect(pick(ours)).toEqual(pick(classic))
    expect(calendarTheme.views).toBe(classicThemePlugin.views)
  })

  it('drops classic’s block classes and event colour, which the app’s stage colours replace', () => {
    const dropped = ['eventColor', 'eventContrastColor', 'blockEventClass', 'blockEventInnerClass']
    expect(dropped.filter((name) => classic[name] === undefined)).toEqual([])
    expect(dropped.filter((name) => ours[name] !== undefined)).toEqual([])
  })

  it('names a block, its text and its dragged state with the app’s classes only', () => {
    const block = ours['columnEventClass'] as (info: Partial<EventDisplayInfo>) => string
    const text = ours['columnEventInnerClass'] as (info: Partial<EventDisplayInfo>) => string
    expect(block({ isDragging: false, isShort: true })).toBe('sp-block')
    expect(block({ isDragging: true, isShort: true })).toBe('sp-block sp-dragging')
    // A block with room for lines sizes its title to them (a size container, see StudyCalendar.css).
    expect(block({ isDragging: false, isShort: false })).toBe('sp-block sp-block-lines')
    expect(text({ isShort: false })).toBe('sp-event-body')
    expect(text({ isShort: true })).toBe('sp-event-body sp-event-short')
  })

  it('gives each resizable edge a handle, and a touch knob to a selected block', () => {
    const before = ours['columnEventBeforeClass'] as ClassOption
    const after = ours['columnEventAfterClass'] as ClassOption
    expect(after(edgeInfo({ isEndResizable: true }))).toBe('sp-resizer sp-resizer-end')
    expect(after(edgeInfo({ isEndResizable: true, isSelected: true }))).toBe(
      'sp-resizer sp-resizer-end sp-resizer-touch'
    )
    expect(before(edgeInfo({ isStartResizable: true }))).toBe('sp-resizer sp-resizer-start')
    // No handle where the edge cannot move: FullCalendar then renders no element for it.
    expect(after(edgeInfo({}))).toBe('')
    expect(before(edgeInfo({ isEndResizable: true }))).toBe('')
  })
})
