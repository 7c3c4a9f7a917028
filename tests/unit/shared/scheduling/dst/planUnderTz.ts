// What the DST suite compares across host zones: every scenario planned by the engine module loaded at call time.
import type { ScheduleResult } from '../../../../../src/shared/domain/schedule'
import { DST_CHANGES, eveningInput, nightInput } from './scenarios'

/** Plans every DST scenario (night and evening windows) with the engine as currently loaded. */
export async function planEveryScenario(): Promise<ScheduleResult[]> {
  const { buildSchedule } = await import('../../../../../src/shared/scheduling/buildSchedule')
  return DST_CHANGES.flatMap((change) =>
    [nightInput(change), eveningInput(change)].map((input) => buildSchedule(input))
  )
}
