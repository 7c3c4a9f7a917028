// The onboarding's live preview: the feasibility sentence, the plan's size and first session, and Create plan.
import type { IanaZone, LocalDate } from '../../../../shared/domain/time'
import { formatDayTime, formatHours, formatLocalDate } from '../../../../shared/format'
import { feasibilityText } from '../../components/planInputs/feasibilityText'
import type { PlanPreview } from '../../components/planInputs/planPreview'
import { useT } from '../../i18n/translations'

export interface PlanPreviewPanelProps {
  readonly preview: PlanPreview
  /** True while the inputs changed and the preview has not caught up. */
  readonly updating: boolean
  readonly today: LocalDate
  readonly timeZone: IanaZone
  readonly locale?: string
  readonly formId: string
  readonly creating: boolean
  readonly createError: string | null
}

export function PlanPreviewPanel({
  preview,
  updating,
  today,
  timeZone,
  locale,
  formId,
  creating,
  createError
}: PlanPreviewPanelProps) {
  const t = useT()
  const text = feasibilityText(t, preview, today, locale)
  return (
    <aside className="onb-preview" aria-labelledby="onb-preview-title" aria-busy={updating}>
      <h2 id="onb-preview-title">{t('onboarding.preview.title')}</h2>
      <output className={`onb-sentence onb-${text.tone}`} data-testid="feasibility">
        {text.sentence}
      </output>
      {preview.kind === 'ready' ? (
        <PreviewFacts preview={preview} timeZone={timeZone} locale={locale} today={today} />
      ) : null}
      <button
        type="submit"
        form={formId}
        className="sp-button onb-primary"
        disabled={preview.kind !== 'ready' || creating}
      >
        {creating ? t('onboarding.preview.creating') : t('onboarding.preview.create')}
      </button>
      {createError ? (
        <p role="alert" className="onb-error">
          {createError}
        </p>
      ) : null}
    </aside>
  )
}

function PreviewFacts({
  preview,
  timeZone,
  locale,
  today
}: {
  preview: PlanPreview & { kind: 'ready' }
  timeZone: IanaZone
  locale?: string
  today: LocalDate
}) {
  const t = useT()
  return (
    <dl className="onb-facts">
      <dt>{t('onboarding.preview.total')}</dt>
      <dd>{t('onboarding.preview.totalHours', { hours: formatHours(preview.totalStudyMinutes, locale) })}</dd>
      <dt>{t('onboarding.preview.finish')}</dt>
      <dd>
        {preview.finishDate ? formatLocalDate(preview.finishDate, locale, true) : t('onboarding.preview.doesNotFit')}
      </dd>
      {preview.targetDate ? (
        <>
          <dt>{t('onboarding.preview.target')}</dt>
          <dd>
            {t('onboarding.preview.targetState', {
              date: formatLocalDate(preview.targetDate, locale, preview.targetDate.slice(0, 4) !== today.slice(0, 4)),
              feasible: preview.feasible ? 'yes' : 'no'
            })}
          </dd>
        </>
      ) : null}
      <dt>{t('onboarding.preview.firstSession')}</dt>
      <dd>
        {preview.firstSessionStartMs === null ? '—' : formatDayTime(preview.firstSessionStartMs, timeZone, locale)}
      </dd>
    </dl>
  )
}
