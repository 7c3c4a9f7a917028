// Export the plan's roadmap (JSON file or Markdown outline) and import one, to start a new plan with it or to replace
// this plan's roadmap; problems shown inline.
import { useState } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { useNewPlanRequests } from '../../components/newPlanRequest'
import { useRepositories } from '../../db/DatabaseContext'
import { UNDO_LABELS } from '../../db/undoLabels'
import { readUntrustedFile, roadmapFileKind } from '../../files/readUntrustedFile'
import { downloadText, fileDate } from '../../components/downloadText'
import { ImportChoice } from './ImportChoice'
import { importRefusalText } from '../../components/importRefusal'
import { roadmapToMarkdown } from './markdownExport'
import { useT } from '../../i18n/translations'
import { errorText } from '../../../../shared/validation/problemText'

export function RoadmapFiles({ roadmap, planId }: { roadmap: Roadmap; planId: string }) {
  const t = useT()
  const repos = useRepositories()
  const newPlan = useNewPlanRequests()
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  // A file read and checked but not stored, waiting for the learner to say what it is for.
  const [imported, setImported] = useState<{ fileName: string; roadmap: Roadmap } | null>(null)

  const exportJson = async () => {
    const result = await repos.roadmaps.exportRoadmapFile(roadmap.id, Date.now())
    if (!result.ok) return setMessage({ text: errorText(t, result.error), error: true })
    downloadText(`${roadmap.id}-${fileDate(Date.now())}.roadmap.json`, result.value, 'application/json')
    setMessage(null)
  }

  const exportMarkdown = () => {
    downloadText(`${roadmap.id}-${fileDate(Date.now())}.md`, roadmapToMarkdown(roadmap), 'text/markdown')
    setMessage(null)
  }

  /**
   * The file is read and checked, and nothing is stored yet: the learner chooses what it is for, and only that choice
   * stores it (a new plan, or this plan's new roadmap), all or nothing. Cancel, or a refused choice, leaves no trace.
   */
  const importFile = async (file: File) => {
    setImported(null)
    // Read and checked in a worker with a time budget: a hostile file cannot freeze the page.
    const read = await readUntrustedFile(file.name, file, { kind: roadmapFileKind(file.name) })
    if (!read.ok) return setMessage({ text: read.message, error: true })
    const result = repos.roadmaps.checkRoadmapImport(read.value)
    if (!result.ok) return setMessage({ text: importRefusalText(t, file.name, result.error), error: true })
    setMessage(null)
    setImported({ fileName: file.name, roadmap: result.value })
  }

  /**
   * The roadmap is stored and this plan moves onto it in one step (other plans on its current roadmap stay); a refusal
   * stores nothing. Undo moves the plan back.
   */
  const replaceRoadmap = async (fileName: string, next: Roadmap) => {
    const result = await repos.roadmaps.replacePlanRoadmap(
      planId,
      next,
      Date.now(),
      UNDO_LABELS.importRoadmap(fileName)
    )
    setImported(null)
    setMessage(
      result.ok
        ? {
            text: t('roadmap.files.replaced', { fileName, roadmap: result.value.roadmap.title }),
            error: false
          }
        : { text: t('roadmap.files.notReplaced', { fileName, reason: errorText(t, result.error) }), error: true }
    )
  }

  return (
    <fieldset className="roadmap-files">
      <legend className="visually-hidden">{t('roadmap.files.legend')}</legend>
      <button type="button" className="sp-button" onClick={() => void exportJson()}>
        {t('roadmap.files.exportJson')}
      </button>
      <button type="button" className="sp-button" onClick={exportMarkdown}>
        {t('roadmap.files.exportMarkdown')}
      </button>
      <label className="sp-button roadmap-import">
        {t('roadmap.files.import')}
        <input
          type="file"
          accept=".json,.md,.markdown,application/json,text/markdown"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void importFile(file)
          }}
        />
      </label>
      {imported ? (
        <ImportChoice
          fileName={imported.fileName}
          roadmap={imported.roadmap}
          onNewPlan={() => {
            setImported(null)
            newPlan.start({ roadmap: imported.roadmap })
          }}
          onReplace={() => void replaceRoadmap(imported.fileName, imported.roadmap)}
          onCancel={() => setImported(null)}
        />
      ) : null}
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'banner banner-error' : 'sp-muted'}>
          {message.text}
        </p>
      ) : null}
    </fieldset>
  )
}
