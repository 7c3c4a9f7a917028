// After a roadmap file is read on the Roadmap screen: start a new plan with it, or replace this plan's roadmap.
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { useT } from '../../i18n/translations'

interface ImportChoiceProps {
  readonly fileName: string
  readonly roadmap: Roadmap
  readonly onNewPlan: () => void
  readonly onReplace: () => void
  readonly onCancel: () => void
}

export function ImportChoice({ fileName, roadmap, onNewPlan, onReplace, onCancel }: ImportChoiceProps) {
  const t = useT()
  const topics = roadmap.stages.reduce(
    (sum, stage) =>
      sum +
      (stage.kind === 'choice' ? stage.tracks.reduce((n, track) => n + track.topics.length, 0) : stage.topics.length),
    0
  )
  return (
    <fieldset className="banner banner-warning import-choice">
      <legend>{t('roadmap.importChoice.legend', { fileName })}</legend>
      <p>{t('roadmap.importChoice.summary', { title: roadmap.title, stages: roadmap.stages.length, topics })}</p>
      <div className="pause-row">
        <button type="button" ref={focusOnMount} onClick={onNewPlan}>
          {t('roadmap.importChoice.newPlan')}
        </button>
        <button type="button" onClick={onReplace}>
          {t('roadmap.importChoice.replace')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('roadmap.importChoice.cancel')}
        </button>
      </div>
    </fieldset>
  )
}

/** The choice takes keyboard focus as it appears, right after the file picker closes. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus()
}
