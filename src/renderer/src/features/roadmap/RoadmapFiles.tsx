// Export the plan's roadmap (JSON file or Markdown outline) and import one to replace it; problems shown inline.
import { useState } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { useRepositories } from '../../db/DatabaseContext'
import { downloadText, fileDate } from '../data/downloadText'
import { importRefusalText } from './importRefusal'
import { roadmapToMarkdown } from './markdownExport'
import type { RoadmapEditor } from './useRoadmapEditor'

export function RoadmapFiles({ roadmap, editor }: { roadmap: Roadmap; editor: RoadmapEditor }) {
  const repos = useRepositories()!
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const exportJson = async () => {
    const result = await repos.roadmaps.exportRoadmapFile(roadmap.id, Date.now())
    if (!result.ok) return setMessage({ text: result.error.message, error: true })
    downloadText(`${roadmap.id}-${fileDate(Date.now())}.roadmap.json`, result.value, 'application/json')
    setMessage(null)
  }

  const exportMarkdown = () => {
    downloadText(`${roadmap.id}-${fileDate(Date.now())}.md`, roadmapToMarkdown(roadmap), 'text/markdown')
    setMessage(null)
  }

  /** The file is stored as a roadmap of its own by the repository, then its stages replace this plan's roadmap. */
  const importFile = async (file: File) => {
    const text = await file.text()
    const imported = /\.(md|markdown)$/i.test(file.name) ? await repos.roadmaps.importRoadmapMarkdown(text, Date.now()) : await repos.roadmaps.importRoadmapFile(text, Date.now())
    if (!imported.ok) return setMessage({ text: importRefusalText(file.name, imported.error), error: true })
    const refusal = await editor.apply({ ...imported.value, id: roadmap.id, version: roadmap.version + 1 }, `import of ${file.name}`, true)
    setMessage(refusal === null ? { text: `Imported “${file.name}”: the plan now follows ${imported.value.title}.`, error: false } : { text: refusal, error: true })
  }

  return (
    <fieldset className="roadmap-files">
      <legend className="visually-hidden">Roadmap files</legend>
      <button type="button" className="sp-button" onClick={() => void exportJson()}>
        Export roadmap (JSON)
      </button>
      <button type="button" className="sp-button" onClick={exportMarkdown}>
        Export outline (Markdown)
      </button>
      <label className="sp-button roadmap-import">
        Import roadmap file
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
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'banner banner-error' : 'sp-muted'}>
          {message.text}
        </p>
      ) : null}
    </fieldset>
  )
}
