// FullCalendar's own times (the agenda's time column, the month's event lines, the week's hour labels) in the app's one
// time vocabulary, so '19:00–20:00' in a block does not read '7:00 – 8:00pm' in the agenda or '7p' in the month; in
// the compact form a grid has room for (German's '19:00', not '19:00 Uhr').
import { formatCompactClockMinutes, formatCompactClockRange } from '../../../../shared/format'

/** The parts of FullCalendar's formatting argument these formats read: wall-clock fields (the calendar runs in UTC). */
interface WallFields {
  readonly hour: number
  readonly minute: number
}

interface FormattingArg {
  readonly date: WallFields
  readonly start: WallFields
  readonly end?: WallFields | null
}

const minuteOf = ({ hour, minute }: WallFields) => hour * 60 + minute

/** Formatter functions for FullCalendar's `eventTimeFormat` and `slotHeaderFormat` options, in `locale`. */
export function calendarTimeFormats(locale: string | undefined) {
  return {
    /** A session's times: the range where FullCalendar shows both ends (agenda), else the start (month). */
    eventTimeFormat: ({ start, end }: FormattingArg): string =>
      end
        ? formatCompactClockRange(minuteOf(start), minuteOf(end), locale).range
        : formatCompactClockMinutes(minuteOf(start), locale),
    /** An hour label of the week's time axis. */
    slotHeaderFormat: ({ date }: FormattingArg): string => formatCompactClockMinutes(minuteOf(date), locale)
  }
}
