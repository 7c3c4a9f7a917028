// A stage's own actions: rename, move up or down among the stages, delete (refused while other topics need its topics;
// once stored, the screen offers to undo it).
import { useState, type FormEvent } from 'react'
import type { Roadmap, Stage } from '../../../../shared/domain/roadmap'
import { UNDO_LABELS } from '../../db/undoLabels'
import { deleteStage, moveStage, renameStage } from './roadmapEdits'
import type { DeletedNotice } from './UndoToast'
import type { RoadmapEditor } from './useRoadmapEditor'

interface StageActionsProps {
  readonly roadmap: Roadmap
  readonly stage: Stage
  readonly editor: RoadmapEditor
  onDeleted(notice: DeletedNotice): void
}

export function StageActions({ roadmap, stage, editor, onDeleted }: StageActionsProps) {
  const [renaming, setRenaming] = useState(false)
  const [title, setTitle] = useState(stage.title)
  const index = roadmap.stages.findIndex((candidate) => candidate.id === stage.id)

  const rename = (event: FormEvent) => {
    event.preventDefault()
    if (title.trim() === '') return editor.report('A stage needs a title.')
    void editor
      .apply(renameStage(roadmap, stage.id, title.trim()), UNDO_LABELS.rename(stage.title))
      .then((refusal) => refusal === null && setRenaming(false))
  }

  if (renaming) {
    return (
      <form className="stage-actions" onSubmit={rename}>
        <label>
          Stage title
          <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <button type="submit" className="sp-button sp-button-primary">
          Save title
        </button>
        <button type="button" className="sp-button" onClick={() => setRenaming(false)}>
          Cancel
        </button>
      </form>
    )
  }
  return (
    <div className="stage-actions">
      <button
        type="button"
        className="sp-button"
        aria-label={`Rename stage: ${stage.title}`}
        onClick={() => setRenaming(true)}
      >
        Rename stage
      </button>
      <button
        type="button"
        className="sp-button"
        aria-label={`Move stage up: ${stage.title}`}
        disabled={index === 0}
        onClick={() => void editor.apply(moveStage(roadmap, stage.id, -1), UNDO_LABELS.moveInRoadmap(stage.title))}
      >
        Move stage up
      </button>
      <button
        type="button"
        className="sp-button"
        aria-label={`Move stage down: ${stage.title}`}
        disabled={index === roadmap.stages.length - 1}
        onClick={() => void editor.apply(moveStage(roadmap, stage.id, 1), UNDO_LABELS.moveInRoadmap(stage.title))}
      >
        Move stage down
      </button>
      <button
        type="button"
        className="sp-button"
        aria-label={`Delete stage: ${stage.title}`}
        disabled={roadmap.stages.length === 1}
        onClick={() => {
          const label = UNDO_LABELS.delete(stage.title)
          const topics = stage.kind === 'sequence' ? stage.topics.length : stage.tracks.flatMap((t) => t.topics).length
          void editor.apply(deleteStage(roadmap, stage.id), label).then((refusal) => {
            if (refusal !== null) return
            const what = topics === 0 ? '' : topics === 1 ? ' and its topic' : ` and its ${topics} topics`
            onDeleted({ label, message: `Deleted the stage “${stage.title}”${what}.`, stageId: stage.id })
          })
        }}
      >
        Delete stage
      </button>
    </div>
  )
}
