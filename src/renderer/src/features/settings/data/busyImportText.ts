// What the busy-time import says before and after it applies a calendar file: counts in words, what it replaces, what it left out.
import { countText } from '../../../components/countText'
import type { BusyImportPreview } from '../../../db/busyTimeRepository'

/** Notes about left-out events shown in full; the rest are counted. */
export const SHOWN_SKIPPED = 5

/** Whether applying the preview would change anything: busy time to add, or old busy time of the file to replace. */
export function busyPreviewChangesSomething(preview: Pick<BusyImportPreview, 'busy' | 'replacing'>): boolean {
  return preview.busy.length > 0 || preview.replacing > 0
}

/** The preview's summary, e.g. '12 busy times found in “work.ics”, 1 event left out. They replace the 10 …'. */
export function busyPreviewSummary(
  preview: Pick<BusyImportPreview, 'busy' | 'skipped' | 'replacing' | 'source'>
): string {
  if (preview.busy.length === 0) {
    const left = preview.skipped.length > 0 ? ` (${countText(preview.skipped.length, 'event', 'events')} left out)` : ''
    const outcome =
      preview.replacing > 0
        ? `applying it removes the ${countText(preview.replacing, 'busy time', 'busy times')} imported before from a file of this name.`
        : 'there is nothing to apply.'
    return `No busy time found in “${preview.source}”${left}: ${outcome}`
  }
  const found = `${countText(preview.busy.length, 'busy time', 'busy times')} found in “${preview.source}”`
  const left = preview.skipped.length > 0 ? `, ${countText(preview.skipped.length, 'event', 'events')} left out` : ''
  const replaces =
    preview.replacing > 0
      ? ` ${preview.busy.length === 1 ? 'It replaces' : 'They replace'} the ${countText(preview.replacing, 'busy time', 'busy times')} imported before from a file of this name.`
      : ''
  return `${found}${left}.${replaces} Nothing changes until you apply ${preview.busy.length === 1 ? 'it' : 'them'}.`
}

/** The left-out events worth naming: where each is in the file and why it was left out, at most {@link SHOWN_SKIPPED}. */
export function skippedLines(preview: Pick<BusyImportPreview, 'skipped'>): {
  readonly lines: readonly string[]
  readonly more: number
} {
  const lines = preview.skipped.slice(0, SHOWN_SKIPPED).map((note) => `${note.where}: ${note.reason}`)
  return { lines, more: Math.max(0, preview.skipped.length - SHOWN_SKIPPED) }
}

/** The message once applied. */
export function busyAppliedMessage(added: number, source: string): string {
  return `${countText(added, 'busy time', 'busy times')} from “${source}” added; the plan now works around ${added === 1 ? 'it' : 'them'}.`
}
