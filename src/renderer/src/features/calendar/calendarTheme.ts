// FullCalendar's classic theme, except for the time grid's blocks: the study calendar styles those itself.
import type { CalendarOptions, EventDisplayInfo, PluginInput } from '@fullcalendar/react'
import classicThemePlugin from '@fullcalendar/react/themes/classic'

/** Classic's options for every block and every event's colour; its column-event options are replaced below. */
const BLOCK_OPTIONS = ['eventColor', 'eventContrastColor', 'blockEventClass', 'blockEventInnerClass'] as const

/**
 * Classic dresses each block in some twenty single-purpose classes and an inline colour variable, all of which
 * StudyCalendar.css then overrides with the stage's colours. Without them a week of 300 sessions recalculates its
 * styles in ~13 ms instead of ~17 and shows ~10 ms sooner (`renderer.week300SessionsMs`). Here the blocks get only
 * the classes StudyCalendar.css styles; the toolbar, grid, month and agenda keep the classic look.
 */
export const calendarTheme: PluginInput = {
  ...classicThemePlugin,
  name: 'study-planner-theme',
  optionDefaults: {
    ...withoutBlockOptions(classicThemePlugin.optionDefaults ?? {}),
    // The block being dragged is see-through, so the grid shows where it lands. A block with room for more than a line
    // sizes its title to its lines (StudyCalendar.css).
    columnEventClass: (info: EventDisplayInfo) =>
      `sp-block${info.isShort ? '' : ' sp-block-lines'}${info.isDragging ? ' sp-dragging' : ''}`,
    // The block's text (see sessionContent): lines, or one line for a block too short for more.
    columnEventInnerClass: (info: EventDisplayInfo) =>
      info.isShort ? 'sp-event-body sp-event-short' : 'sp-event-body',
    // Resize handles: FullCalendar starts a resize only from these elements, so a resizable edge must have one.
    columnEventBeforeClass: (info: EventDisplayInfo) =>
      info.isStartResizable ? resizerClass(info, 'sp-resizer-start') : '',
    columnEventAfterClass: (info: EventDisplayInfo) => (info.isEndResizable ? resizerClass(info, 'sp-resizer-end') : '')
  }
}

function withoutBlockOptions(options: CalendarOptions): CalendarOptions {
  const kept: Record<string, unknown> = { ...options }
  for (const name of BLOCK_OPTIONS) delete kept[name]
  return kept as CalendarOptions
}

/** A thin strip shown on hover for the mouse; a round knob on a block selected by touch (long press). */
function resizerClass(info: EventDisplayInfo, edge: string): string {
  return `sp-resizer ${edge}${info.isSelected ? ' sp-resizer-touch' : ''}`
}
