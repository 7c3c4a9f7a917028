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
import type { Translate } from '../../../../../shared/i18n/translator'

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
  locale: string | undefined,
  t: Translate
): PlanChangeSummary {
  const date = (value: LocalDate | null) =>
    value === null
      ? t('settings.planChange.doesNotFit')
      : formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))
  const hours = (minutes: number) => t('settings.planChange.hours', { hours: formatHours(minutes, locale) })
  const needed = (report: ScheduleReport | null, choices: Choices) =>
    report?.weeklyMinutesNeeded === null ||
    report?.weeklyMinutesNeeded === undefined ||
    choices.settings.targetDate === undefined
      ? t('settings.planChange.noTarget')
      : hours(report.weeklyMinutesNeeded)
  const anyTarget = before.settings.targetDate !== undefined || after.settings.targetDate !== undefined
  return {
    rows: [
      {
        label: t('settings.planChange.rows.finish'),
        before: date(preview.reportBefore?.finishDate ?? null),
        after: date(preview.reportAfter.finishDate)
      },
      {
        label: t('settings.planChange.rows.target'),
        before: before.settings.targetDate ? date(before.settings.targetDate) : t('settings.planChange.none'),
        after: after.settings.targetDate ? date(after.settings.targetDate) : t('settings.planChange.none')
      },
      ...(anyTarget
        ? [
            {
              label: t('settings.planChange.rows.needed'),
              before: needed(preview.reportBefore, before),
              after: needed(preview.reportAfter, after)
            }
          ]
        : []),
      {
        label: t('settings.planChange.rows.capacity'),
        before: hours(weeklyStudyCapacity(before.availability)),
        after: hours(weeklyStudyCapacity(after.availability))
      }
    ],
    verdict: feasibilityText(t, summarizePlan(preview.reportAfter, after, []), today, locale),
    sessions: changedSessionsText(preview.changed, now, before.settings.commitmentDays ?? DEFAULT_COMMITMENT_DAYS, t)
  }
}

/** How many sessions change inside the week the learner counts on, and how many later ones the engine re-flows. */
export function changedSessionsText(
  changed: readonly SessionChange[],
  now: EpochMs,
  commitmentDays: number,
  t: Translate
): string {
  if (changed.length === 0) return t('settings.planChange.sessions.none')
  const horizonEndMs = now + commitmentDays * DAY_MS
  const near = changed.filter(
    (change) => Math.min(change.before?.startMs ?? Infinity, change.after?.startMs ?? Infinity) < horizonEndMs
  ).length
  const later = changed.length - near
  if (commitmentDays === 0) return t('settings.planChange.sessions.all', { count: changed.length })
  if (later === 0) return t('settings.planChange.sessions.near', { near, days: commitmentDays })
  return t('settings.planChange.sessions.nearAndLater', { near, days: commitmentDays, later })
}
