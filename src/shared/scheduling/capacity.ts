// How many study minutes a typical week's windows really hold, packed the way the placement loop packs them.
import type { Availability } from '../domain/availability'
import { weeklyMinutes } from './windows'

const DAY_MINUTES = 1440

/**
 * Study minutes the weekly windows of `availability` can hold in a typical week with no blackouts and no busy time:
 * what the engine places there when the roadmap is big enough to fill every slot. Each day is packed as the
 * placement loop packs it: from the earliest free minute, sessions of at most `sessionMaxMinutes`, a leftover
 * shorter than `sessionMinMinutes` dropped, `breakMinutes` kept free after each session (also across midnight, into
 * the next day's first window), and at most `dailyCapMinutes` a day. "Typical" means a week that follows another:
 * the week is packed twice and the second pass counted, so a break carried over from Saturday night counts too.
 * Assumes the availability passed validation; ignores daylight-saving changes.
 */
export function weeklyStudyCapacity(availability: Availability): number {
  const weekly = weeklyMinutes(availability)
  const { dailyCapMinutes: cap, sessionMinMinutes: min, sessionMaxMinutes: max, breakMinutes } = availability
  // Minutes since the first simulated Sunday's midnight before which nothing is free (the last session plus its break).
  let freeFrom = -Infinity
  let total = 0
  for (let day = 0; day < 14; day++) {
    const dayStart = day * DAY_MINUTES
    let capLeft = cap
    let dayMinutes = 0
    for (const [rangeStart, rangeEnd] of weekly[day % 7]!) {
      let start = Math.max(dayStart + rangeStart, freeFrom)
      const end = dayStart + rangeEnd
      let dayOver = false
      while (capLeft > 0 && start < end) {
        const length = Math.min(max, end - start, capLeft)
        if (length < min) {
          // As in the placement loop: a slot cut short by the cap ends the day; a slot too short is skipped.
          dayOver = capLeft < end - start
          break
        }
        dayMinutes += length
        capLeft -= length
        freeFrom = start + length + breakMinutes
        start = freeFrom
      }
      if (dayOver || capLeft <= 0) break
    }
    if (day >= 7) total += dayMinutes
  }
  return total
}
