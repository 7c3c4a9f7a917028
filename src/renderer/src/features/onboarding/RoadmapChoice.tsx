// Step 1 of onboarding: the built-in roadmap (default), other known roadmaps, or importing one from a file.
import { useId, useState, type ChangeEvent } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { useT } from '../../i18n/translations'

/** What importing a roadmap file gives: a roadmap, or a message saying what is wrong with the file. */
export type ImportRoadmapResult =
  | { readonly ok: true; readonly roadmap: Roadmap }
  | { readonly ok: false; readonly message: string }

export interface RoadmapChoiceProps {
  readonly roadmaps: readonly Roadmap[]
  readonly selectedId: string
  readonly onSelect: (roadmapId: string) => void
  /** Parses a chosen file; absent hides the import button. */
  readonly onImport?: (file: File) => Promise<ImportRoadmapResult>
  /** Called with a successfully imported roadmap. */
  readonly onImported: (roadmap: Roadmap) => void
}

export function RoadmapChoice({ roadmaps, selectedId, onSelect, onImport, onImported }: RoadmapChoiceProps) {
  const t = useT()
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'error' | 'done'; text: string }>({
    kind: 'idle',
    text: ''
  })
  const statusId = useId()

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file || !onImport) return
    setStatus({ kind: 'busy', text: t('onboarding.roadmapChoice.reading', { fileName: file.name }) })
    try {
      const result = await onImport(file)
      if (result.ok) {
        onImported(result.roadmap)
        setStatus({ kind: 'done', text: t('onboarding.roadmapChoice.imported', { title: result.roadmap.title }) })
      } else setStatus({ kind: 'error', text: result.message })
    } catch (error) {
      setStatus({
        kind: 'error',
        text: error instanceof Error ? error.message : t('onboarding.roadmapChoice.unreadable')
      })
    }
  }

  return (
    <fieldset className="onb-step">
      <legend>{t('onboarding.roadmapChoice.legend')}</legend>
      <div className="onb-options">
        {roadmaps.map((roadmap) => (
          <label key={roadmap.id} className="onb-option">
            <input
              type="radio"
              name="roadmap"
              value={roadmap.id}
              checked={roadmap.id === selectedId}
              onChange={() => onSelect(roadmap.id)}
            />
            <strong>{roadmap.title}</strong>
            <span className="onb-muted"> {t('onboarding.roadmapChoice.stages', { count: roadmap.stages.length })}</span>
          </label>
        ))}
      </div>
      {onImport ? (
        <div className="onb-import">
          <label className="sp-button onb-file">
            {t('onboarding.roadmapChoice.import')}
            <input
              type="file"
              accept=".json,.md,.markdown,application/json,text/markdown"
              className="visually-hidden"
              aria-describedby={statusId}
              onChange={onFile}
            />
          </label>
          <span
            id={statusId}
            role={status.kind === 'error' ? 'alert' : 'status'}
            className={status.kind === 'error' ? 'onb-error' : 'onb-muted'}
          >
            {status.text}
          </span>
        </div>
      ) : null}
    </fieldset>
  )
}
