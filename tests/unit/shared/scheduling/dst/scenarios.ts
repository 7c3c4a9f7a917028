// DST scenarios shared by the in-process assertions and the per-TZ child processes.
import type { ScheduleInput } from '../../../../../src/shared/domain/schedule'
import { availability, everyDay, inputOf, noProgress, settings, topic } from '../fixtures'

/** A zone's offset change: the local date it happens and how many minutes the night gains (+) or loses (-). */
export interface DstChange {
  readonly zone: string
  readonly date: string
  /** Real minutes in the wall-clock window 00:00-04:00 that night. */
  readonly nightMinutes: number
  /** Hours between 18:00 the evening before and 18:00 that evening. */
  readonly eveningGapHours: number
  /** Minutes of wall time that happen twice that night (fall-back), which the planner leaves empty. */
  readonly repeatedMinutes: number
}

/** 2027 changes in the zones the suite covers (Kolkata has none; its "change" is an ordinary day). */
export const DST_CHANGES: readonly DstChange[] = [
  { zone: 'America/New_York', date: '2027-03-14', nightMinutes: 180, eveningGapHours: 23, repeatedMinutes: 0 },
  { zone: 'America/New_York', date: '2027-11-07', nightMinutes: 240, eveningGapHours: 25, repeatedMinutes: 60 },
  { zone: 'Europe/London', date: '2027-03-28', nightMinutes: 180, eveningGapHours: 23, repeatedMinutes: 0 },
  { zone: 'Europe/London', date: '2027-10-31', nightMinutes: 240, eveningGapHours: 25, repeatedMinutes: 60 },
  { zone: 'Europe/Rome', date: '2027-03-28', nightMinutes: 180, eveningGapHours: 23, repeatedMinutes: 0 },
  { zone: 'Europe/Rome', date: '2027-10-31', nightMinutes: 240, eveningGapHours: 25, repeatedMinutes: 60 },
  { zone: 'Australia/Lord_Howe', date: '2027-10-03', nightMinutes: 210, eveningGapHours: 23.5, repeatedMinutes: 0 },
  { zone: 'Australia/Lord_Howe', date: '2027-04-04', nightMinutes: 240, eveningGapHours: 24.5, repeatedMinutes: 30 },
  { zone: 'Pacific/Auckland', date: '2027-09-26', nightMinutes: 180, eveningGapHours: 23, repeatedMinutes: 0 },
  { zone: 'Pacific/Auckland', date: '2027-04-04', nightMinutes: 240, eveningGapHours: 25, repeatedMinutes: 60 },
  { zone: 'Asia/Kolkata', date: '2027-03-14', nightMinutes: 240, eveningGapHours: 24, repeatedMinutes: 0 }
]

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
}

/** Study through the night of the change: a 00:00-04:00 window every day, no breaks, a cap above the window. */
export function nightInput(change: DstChange): ScheduleInput {
  return inputOf([topic('night', 2000)], {
    availability: availability({
      windows: everyDay('00:00', '04:00'),
      dailyCapMinutes: 300,
      sessionMinMinutes: 30,
      sessionMaxMinutes: 60,
      breakMinutes: 0
    }),
    settings: settings({ timeZone: change.zone, startDate: change.date }),
    progress: noProgress,
    now: Date.parse(`${dayBefore(change.date)}T00:00:00Z`) - 2 * 86_400_000
  })
}

/** One evening session a day at 18:00 from two days before the change. */
export function eveningInput(change: DstChange): ScheduleInput {
  return inputOf([topic('evening', 300)], {
    availability: availability({ windows: everyDay('18:00', '19:00'), sessionMinMinutes: 60, sessionMaxMinutes: 60 }),
    settings: settings({ timeZone: change.zone, startDate: dayBefore(dayBefore(change.date)) }),
    progress: noProgress,
    now: Date.parse(`${dayBefore(change.date)}T00:00:00Z`) - 3 * 86_400_000
  })
}
