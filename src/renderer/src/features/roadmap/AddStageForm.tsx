// Adds an empty stage at the end of the roadmap; topics are then added to it like to any other stage.
import { useState, type FormEvent } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { UNDO_LABELS } from '../../db/undoLabels'
import { useT } from '../../i18n/translations'
import { addStage } from './roadmapEdits'
import type { RoadmapEditor } from './useRoadmapEditor'

export function AddStageForm({ roadmap, editor }: { roadmap: Roadmap; editor: RoadmapEditor }) {
  const t = useT()
  const [title, setTitle] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (title.trim() === '') return editor.report(t('roadmap.stageActions.needsTitle'))
    void editor
      .apply(addStage(roadmap, title.trim()), UNDO_LABELS.add(title.trim()))
      .then((refusal) => refusal === null && setTitle(''))
  }
  return (
    <form className="stage-actions add-stage" onSubmit={submit}>
      <label>
        {t('roadmap.addStage.titleLabel')}
        <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <button type="submit" className="sp-button">
        {t('roadmap.addStage.submit')}
      </button>
    </form>
  )
}
