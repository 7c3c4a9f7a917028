// The plan section's preview: the plan now and after the change, the sessions it changes, and Apply / Discard.
import type { Availability } from '../../../../../shared/domain/availability'
import type { PlanSettings } from '../../../../../shared/domain/plan'
import type { EpochMs, LocalDate } from '../../../../../shared/domain/time'
import { useUndoLabel } from '../../../db/hooks'
import type { PlanRecord } from '../../../db/PlannerDB'
import { UNDO_LABELS } from '../../../db/undoLabels'
import { planChangeSummary } from './planChangeText'
import type { PlanChangePreviewState } from './usePlanChangePreview'

/** What became of the learner's last Apply or Undo here. */
export type PlanChangeOutcome =
  | { readonly kind: 'applied' }
  | { readonly kind: 'undone' }
  | { readonly kind: 'failed'; readonly message: string }

export interface PlanChangePreviewPanelProps {
  readonly preview: PlanChangePreviewState
  readonly before: PlanRecord
  readonly after: { readonly settings: PlanSettings; readonly availability: Availability }
  readonly now: EpochMs
  readonly today: LocalDate
  readonly locale?: string
  readonly formId: string
  readonly applying: boolean
  /** Why the typed values cannot be previewed at all, if so (shown beside the field; Apply stays off). */
  readonly invalid: string | null
  readonly outcome: PlanChangeOutcome | null
  readonly onUndo: () => void
  readonly onDiscard: () => void
}

export function PlanChangePreviewPanel({
  preview,
  before,
  after,
  now,
  today,
  locale,
  formId,
  applying,
  invalid,
  outcome,
  onUndo,
  onDiscard
}: PlanChangePreviewPanelProps) {
  const undoLabel = useUndoLabel(before.id)
  const summary =
    preview.status === 'ready' ? planChangeSummary(preview.preview, before, after, now, today, locale) : null
  const changing = preview.status !== 'unchanged' || invalid !== null
  return (
    <aside
      className="onb-preview plan-change-preview"
      aria-labelledby={`${formId}-preview`}
      aria-busy={preview.status === 'updating'}
    >
      <h3 id={`${formId}-preview`}>Before and after</h3>
      {/* Right after an Apply or Undo the outcome below says what happened; "nothing changed yet" would contradict it. */}
      {!changing && !outcome ? (
        <p className="sp-muted">
          Nothing changed yet. Paint the week, move a date or pick another size to see what it would do.
        </p>
      ) : null}
      {invalid ? <p className="onb-error">{invalid}</p> : null}
      {preview.status === 'updating' ? <p className="sp-muted">Working out the change…</p> : null}
      {preview.status === 'refused' ? (
        <p role="alert" className="onb-error" data-testid="plan-change-refused">
          This change cannot be planned: {refusalText(preview.message, preview.where)} Nothing has changed.
        </p>
      ) : null}
      {summary ? (
        <>
          <table className="plan-change-table">
            <thead>
              <tr>
                <th scope="col" className="sp-muted">
                  Plan
                </th>
                <th scope="col">Now</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((row) => (
                <tr key={row.label} className={row.before === row.after ? undefined : 'plan-change-differs'}>
                  <th scope="row">{row.label}</th>
                  <td>{row.before}</td>
                  <td>{row.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <output className={`onb-sentence onb-${summary.verdict.tone}`} data-testid="plan-change-verdict">
            {summary.verdict.sentence}
          </output>
          <p className="plan-change-sessions" data-testid="plan-change-sessions">
            {summary.sessions}
          </p>
        </>
      ) : null}
      <div className="plan-change-actions">
        <button
          type="submit"
          form={formId}
          className="sp-button onb-primary"
          disabled={preview.status !== 'ready' || applying}
        >
          Apply
        </button>
        <button type="button" className="sp-button" disabled={!changing || applying} onClick={onDiscard}>
          Discard changes
        </button>
      </div>
      <output aria-live="polite" className={outcome?.kind === 'failed' ? 'onb-error' : 'plan-change-outcome'}>
        {outcome?.kind === 'applied'
          ? 'Plan changed.'
          : outcome?.kind === 'undone'
            ? 'The plan is back as it was.'
            : outcome?.kind === 'failed'
              ? `Nothing changed: ${outcome.message}`
              : null}
        {outcome?.kind === 'applied' && undoLabel === UNDO_LABELS.changePlan ? (
          <button type="button" className="sp-button plan-change-undo" onClick={onUndo}>
            Undo
          </button>
        ) : null}
      </output>
    </aside>
  )
}

/** The engine's reason in the section's words where a field of the form is at fault. */
function refusalText(message: string, where: string | undefined): string {
  if (where === 'availability.windows')
    return 'there is no study time left in the week. Paint at least one half hour on the grid.'
  if (where === 'settings.targetDate') return 'the target date is before the start date.'
  return message.charAt(0).toLowerCase() + message.slice(1)
}
