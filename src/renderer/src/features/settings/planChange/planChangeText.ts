// Words for a previewed plan change: finish date and weekly hours before and after, and the sessions it would change.
import type { Availability } from '../../../../../shared/domain/availability'
import { DEFAULT_COMMITMENT_DAYS, type PlanSettings } from '../../../../../shared/domain/plan'
import type { ScheduleReport } from '../../../../../shared/domain/schedule'
import type { EpochMs, LocalDate } from '../../../../../shared/domain/time'
import type { SessionChange } from '../../../../../shared/scheduling/missed'
import { weeklyStudyCapacity } from '../../../../../shared/scheduling/capacity'
import { DAY_MS } from '../../../../../shared/time'
import type { PlanChangePreview } from '../../../db/planRepository'
import { formatHours, formatLocalDate } from '../../../../../shared/format'
import { feasibilityText, type FeasibilityText } from '../../../components/planInputs/feasibilityText'
import { summarizePlan } from '../../../components/planInputs/planPreview'

/** One line of the before/after table. */
export interface ComparisonRow {
  readonly label: string
  readonly before: string
  readonly after: string
}

/** What the plan section shows about a previewed change. */
export interface PlanChangeSummary {
  readonly rows: readonly ComparisonRow[]
  /** The changed plan's feasibility sentence, as first run words it. */
  readonly verdict: FeasibilityText
  /** Which sessions would change, e.g. "2 sessions in the next 7 days change; 85 later ones move." */
  readonly sessions: string
}

type Choices = { readonly settings: PlanSettings; readonly availability: Availability }

/** Summarises `preview` of changing the plan from `before` to `after` at `now`; dates drop the year of `today`. */
export function planChangeSummary(
  preview: PlanChangePreview,
  before: Choices,
  after: Choices,
  now: EpochMs,
  today: LocalDate,
  locale: string | undefined
): PlanChangeSummary {
  const date = (value: LocalDate | null) =>
    value === null ? 'does not fit' : formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))
  const needed = (report: ScheduleReport | null, choices: Choices) =>
    report?.weeklyMinutesNeeded === null ||
    report?.weeklyMinutesNeeded === undefined ||
    choices.settings.targetDate === undefined
      ? 'no target date'
      : `${formatHours(report.weeklyMinutesNeeded, locale)} h`
  const anyTarget = before.settings.targetDate !== undefined || after.settings.targetDate !== undefined
  return {
    rows: [
      {
        label: 'Finish',
        before: date(preview.reportBefore?.finishDate ?? null),
        after: date(preview.reportAfter.finishDate)
      },
      {
        label: 'Target',
        before: before.settings.targetDate ? date(before.settings.targetDate) : 'none',
        after: after.settings.targetDate ? date(after.settings.targetDate) : 'none'
      },
      ...(anyTarget
        ? [
            {
              label: 'Study needed a week',
              before: needed(preview.reportBefore, before),
              after: needed(preview.reportAfter, after)
            }
          ]
        : []),
      {
        label: 'Study time a week',
        before: `${formatHours(weeklyStudyCapacity(before.availability), locale)} h`,
        after: `${formatHours(weeklyStudyCapacity(after.availability), locale)} h`
      }
    ],
    verdict: feasibilityText(summarizePlan(preview.reportAfter, after, []), today, locale),
    sessions: changedSessionsText(
      preview.changed,
      now,
      before.settings.commitmentDays ?? DEFAULT_COMMITMENT_DAYS,
      locale
    )
  }
}

/** How many sessions change inside the week the learner counts on, and how many later ones the engine re-flows. */
export function changedSessionsText(
  changed: readonly SessionChange[],
  now: EpochMs,
  commitmentDays: number,
  locale?: string
): string {
  if (changed.length === 0) return 'No session changes.'
  const count = (value: number) => value.toLocaleString(locale)
  const horizonEndMs = now + commitmentDays * DAY_MS
  const near = changed.filter(
    (change) => Math.min(change.before?.startMs ?? Infinity, change.after?.startMs ?? Infinity) < horizonEndMs
  ).length
  const later = changed.length - near
  if (commitmentDays === 0)
    return changed.length === 1 ? '1 session changes.' : `${count(changed.length)} sessions change.`
  const days = commitmentDays === 1 ? 'the next day' : `the next ${commitmentDays} days`
  const nearText =
    near === 0
      ? `No session in ${days} changes`
      : near === 1
        ? `1 session in ${days} changes`
        : `${count(near)} sessions in ${days} change`
  if (later === 0) return `${nearText}.`
  return `${nearText}; ${later === 1 ? '1 later session moves' : `${count(later)} later sessions move`}.`
}
