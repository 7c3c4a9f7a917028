// After a roadmap file is read on the Roadmap screen: start a new plan with it, or replace this plan's roadmap.
import type { Roadmap } from '../../../../shared/domain/roadmap'

interface ImportChoiceProps {
  readonly fileName: string
  readonly roadmap: Roadmap
  readonly onNewPlan: () => void
  readonly onReplace: () => void
  readonly onCancel: () => void
}

export function ImportChoice({ fileName, roadmap, onNewPlan, onReplace, onCancel }: ImportChoiceProps) {
  const topics = roadmap.stages.reduce(
    (sum, stage) =>
      sum +
      (stage.kind === 'choice' ? stage.tracks.reduce((n, track) => n + track.topics.length, 0) : stage.topics.length),
    0
  )
  return (
    <fieldset className="banner banner-warning import-choice">
      <legend>What should “{fileName}” be used for?</legend>
      <p>
        It holds the roadmap “{roadmap.title}”: {roadmap.stages.length}{' '}
        {roadmap.stages.length === 1 ? 'stage' : 'stages'}, {topics} {topics === 1 ? 'topic' : 'topics'}. A new plan
        leaves this plan as it is; replacing plans this plan again from today on the new roadmap, keeping the work you
        logged.
      </p>
      <div className="pause-row">
        <button type="button" ref={focusOnMount} onClick={onNewPlan}>
          Start a new plan with it
        </button>
        <button type="button" onClick={onReplace}>
          Replace this plan’s roadmap
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  )
}

/** The choice takes keyboard focus as it appears, right after the file picker closes. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus()
}
