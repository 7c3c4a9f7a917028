// A stage's own actions: rename, move up or down among the stages, delete (refused while other topics need its topics;
// once stored, the screen offers to undo it).
import { useState, type FormEvent } from 'react'
import type { Roadmap, Stage } from '../../../../shared/domain/roadmap'
import { UNDO_LABELS } from '../../db/undoLabels'
import { useT } from '../../i18n/translations'
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
  const t = useT()
  const [renaming, setRenaming] = useState(false)
  const [title, setTitle] = useState(stage.title)
  const index = roadmap.stages.findIndex((candidate) => candidate.id === stage.id)

  const rename = (event: FormEvent) => {
    event.preventDefault()
    if (title.trim() === '') return editor.report(t('roadmap.stageActions.needsTitle'))
    void editor
      .apply(renameStage(roadmap, stage.id, title.trim()), UNDO_LABELS.rename(stage.title))
      .then((refusal) => refusal === null && setRenaming(false))
  }

  if (renaming) {
    return (
      <form className="stage-actions" onSubmit={rename}>
        <label>
          {t('roadmap.stageActions.titleLabel')}
          <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <button type="submit" className="sp-button sp-button-primary">
          {t('roadmap.stageActions.saveTitle')}
        </button>
        <button type="button" className="sp-button" onClick={() => setRenaming(false)}>
          {t('roadmap.stageActions.cancel')}
        </button>
      </form>
    )
  }
  return (
    <div className="stage-actions">
      <button
        type="button"
        className="sp-button"
        aria-label={t('roadmap.stageActions.renameLabel', { stage: stage.title })}
        onClick={() => setRenaming(true)}
      >
        {t('roadmap.stageActions.rename')}
      </button>
      <button
        type="button"
        className="sp-button"
        aria-label={t('roadmap.stageActions.moveUpLabel', { stage: stage.title })}
        disabled={index === 0}
        onClick={() => void editor.apply(moveStage(roadmap, stage.id, -1), UNDO_LABELS.moveInRoadmap(stage.title))}
      >
        {t('roadmap.stageActions.moveUp')}
      </button>
      <button
        type="button"
        className="sp-button"
        aria-label={t('roadmap.stageActions.moveDownLabel', { stage: stage.title })}
        disabled={index === roadmap.stages.length - 1}
        onClick={() => void editor.apply(moveStage(roadmap, stage.id, 1), UNDO_LABELS.moveInRoadmap(stage.title))}
      >
        {t('roadmap.stageActions.moveDown')}
      </button>
      <button
        type="button"
        className="sp-button"
        aria-label={t('roadmap.stageActions.deleteLabel', { stage: stage.title })}
        disabled={roadmap.stages.length === 1}
        onClick={() => {
          const label = UNDO_LABELS.delete(stage.title)
          const topics =
            stage.kind === 'sequence' ? stage.topics.length : stage.tracks.flatMap((track) => track.topics).length
          void editor.apply(deleteStage(roadmap, stage.id), label).then((refusal) => {
            if (refusal !== null) return
            onDeleted({
              label,
              message: t('roadmap.stage.deletedStage', { title: stage.title, topics }),
              stageId: stage.id
            })
          })
        }}
      >
        {t('roadmap.stageActions.delete')}
      </button>
    </div>
  )
}
