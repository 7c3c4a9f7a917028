// What one untrusted-file read asks for and answers, and the pure work itself: shared by the worker and the no-Worker fallback.
import type { ImportBusyOptions, ImportBusyResult } from '../../../shared/ics'
import type { ValidBackup } from '../../../shared/backup/backupFile'
import type { FileResult } from '../../../shared/backup/problem'
import type { Roadmap } from '../../../shared/domain/roadmap'

/** A file's text, or the file itself (read inside the worker, after its size was checked). */
export type UntrustedSource = { readonly file: Blob } | { readonly text: string }

/** One read: the kind of file decides the parser; .ics also needs the plan's zone and range. */
export type UntrustedTask =
  | { readonly kind: 'ics'; readonly source: UntrustedSource; readonly options: ImportBusyOptions }
  | { readonly kind: 'markdown-roadmap'; readonly source: UntrustedSource }
  | { readonly kind: 'json-roadmap'; readonly source: UntrustedSource }
  | { readonly kind: 'backup'; readonly source: UntrustedSource }

/** Each kind's parsed answer: exactly what its parser returns (plain data, so it crosses to the page by structured clone). */
export interface UntrustedAnswers {
  readonly ics: ImportBusyResult
  readonly 'markdown-roadmap': FileResult<Roadmap>
  readonly 'json-roadmap': FileResult<Roadmap>
  readonly backup: FileResult<ValidBackup>
}

/** The kinds of untrusted file the app reads. */
export type UntrustedKind = UntrustedTask['kind']

/** What the worker posts back: the parser's answer, or an exception's message (the parsers are meant never to throw). */
export type WorkerReply =
  | { readonly ok: true; readonly answer: UntrustedAnswers[UntrustedKind] }
  | { readonly ok: false; readonly message: string }

/** Reads the source's text and runs the kind's parser. The parsers load here, so they stay out of the page's bundle. */
export async function runUntrustedTask(task: UntrustedTask): Promise<UntrustedAnswers[UntrustedKind]> {
  const text = 'text' in task.source ? task.source.text : await task.source.file.text()
  switch (task.kind) {
    case 'ics':
      return (await import('../../../shared/ics')).importBusyIcs(text, task.options)
    case 'markdown-roadmap':
      return (await import('../../../shared/backup/markdownOutline')).importMarkdownOutline(text)
    case 'json-roadmap':
      return (await import('../../../shared/backup/roadmapFile')).readRoadmapFile(text)
    case 'backup':
      return (await import('../../../shared/backup/backupFile')).readBackup(text)
  }
}
