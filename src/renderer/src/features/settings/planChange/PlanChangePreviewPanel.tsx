// The plan section's preview: the plan now and after the change, the sessions it changes, and Apply / Discard.
import type { Availability } from '../../../../../shared/domain/availability'
import type { PlanSettings } from '../../../../../shared/domain/plan'
import type { EpochMs, LocalDate } from '../../../../../shared/domain/time'
import { useUndoLabel } from '../../../db/hooks'
import type { PlanRecord } from '../../../db/PlannerDB'
import { UNDO_LABELS } from '../../../db/undoLabels'
import { planChangeSummary } from './planChangeText'
import type { PlanChangePreviewState } from './usePlanChangePreview'
import { useTranslations } from '../../../i18n/translations'
import type { Translate } from '../../../../../shared/i18n/translator'
import { problemText, type ProblemMessage } from '../../../../../shared/validation/problemText'

/** What became of the learner's last Apply or Undo here. */
export type PlanChangeOutcome =
  | { readonly kind: 'applied' }
  | { readonly kind: 'undone' }
  | { readonly kind: 'failed'; readonly message: ProblemMessage }

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
  const { t, language } = useTranslations()
  const summary =
    preview.status === 'ready' ? planChangeSummary(preview.preview, before, after, now, today, locale, t) : null
  const changing = preview.status !== 'unchanged' || invalid !== null
  return (
    <aside
      className="onb-preview plan-change-preview"
      aria-labelledby={`${formId}-preview`}
      aria-busy={preview.status === 'updating'}
    >
      <h3 id={`${formId}-preview`}>{t('settings.planChange.preview.heading')}</h3>
      {/* Right after an Apply or Undo the outcome below says what happened; "nothing changed yet" would contradict it. */}
      {!changing && !outcome ? <p className="sp-muted">{t('settings.planChange.preview.nothingYet')}</p> : null}
      {invalid ? <p className="onb-error">{invalid}</p> : null}
      {preview.status === 'updating' ? <p className="sp-muted">{t('settings.planChange.preview.working')}</p> : null}
      {preview.status === 'refused' ? (
        <p role="alert" className="onb-error" data-testid="plan-change-refused">
          {refusalText(preview.message, preview.where, t, language)}
        </p>
      ) : null}
      {summary ? (
        <>
          <table className="plan-change-table">
            <thead>
              <tr>
                <th scope="col" className="sp-muted">
                  {t('settings.planChange.preview.plan')}
                </th>
                <th scope="col">{t('settings.planChange.preview.now')}</th>
                <th scope="col">{t('settings.planChange.preview.after')}</th>
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
          {t('settings.planChange.preview.apply')}
        </button>
        <button type="button" className="sp-button" disabled={!changing || applying} onClick={onDiscard}>
          {t('settings.planChange.preview.discard')}
        </button>
      </div>
      <output aria-live="polite" className={outcome?.kind === 'failed' ? 'onb-error' : 'plan-change-outcome'}>
        {outcome?.kind === 'applied'
          ? t('settings.planChange.preview.applied')
          : outcome?.kind === 'undone'
            ? t('settings.planChange.preview.undone')
            : outcome?.kind === 'failed'
              ? t('settings.planChange.preview.failed', { reason: problemText(t, outcome.message) })
              : null}
        {outcome?.kind === 'applied' && undoLabel === UNDO_LABELS.changePlan ? (
          <button type="button" className="sp-button plan-change-undo" onClick={onUndo}>
            {t('settings.planChange.preview.undo')}
          </button>
        ) : null}
      </output>
    </aside>
  )
}

/** The engine's reason in the section's words where a field of the form is at fault. */
function refusalText(message: ProblemMessage, where: string | undefined, t: Translate, language: string): string {
  if (where === 'availability.windows') return t('settings.planChange.preview.refusedNoStudyTime')
  if (where === 'settings.targetDate') return t('settings.planChange.preview.refusedTargetBeforeStart')
  const reason = problemText(t, message)
  // It follows a colon: English and Spanish go on in lower case; German keeps a sentence's capital (and its nouns').
  const lowered = language === 'de' ? reason : reason.charAt(0).toLowerCase() + reason.slice(1)
  return t('settings.planChange.preview.refused', { reason: lowered })
}
