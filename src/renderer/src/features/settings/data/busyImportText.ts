// What the busy-time import says before and after it applies a calendar file: counts in words, what it replaces, what it left out.
import type { Translate } from '../../../../../shared/i18n/translator'
import { problemText } from '../../../../../shared/validation/problemText'
import type { BusyImportPreview } from '../../../db/busyTimeRepository'
import { placeText } from '../../../../../shared/validation/placeText'

/** Notes about left-out events shown in full; the rest are counted. */
export const SHOWN_SKIPPED = 5

/** Whether applying the preview would change anything: busy time to add, or old busy time of the file to replace. */
export function busyPreviewChangesSomething(preview: Pick<BusyImportPreview, 'busy' | 'replacing'>): boolean {
  return preview.busy.length > 0 || preview.replacing > 0
}

/** The preview's summary, e.g. '12 busy times found in “work.ics”, 1 event left out. They replace the 10 …'. */
export function busyPreviewSummary(
  preview: Pick<BusyImportPreview, 'busy' | 'skipped' | 'replacing' | 'source'>,
  t: Translate
): string {
  const { source, replacing } = preview
  const busy = preview.busy.length
  const skipped = preview.skipped.length
  if (busy === 0) return t('settings.calendarFiles.noneFound', { source, skipped, replacing })
  return [
    t('settings.calendarFiles.found', { busy, source, skipped }),
    ...(replacing > 0 ? [t('settings.calendarFiles.replaces', { busy, replacing })] : []),
    t('settings.calendarFiles.applyHint', { busy })
  ].join(' ')
}

/** The left-out events worth naming: where each is in the file and why it was left out, at most {@link SHOWN_SKIPPED}. */
export function skippedLines(
  preview: Pick<BusyImportPreview, 'skipped'>,
  t: Translate
): {
  readonly lines: readonly string[]
  readonly more: number
} {
  const lines = preview.skipped
    .slice(0, SHOWN_SKIPPED)
    .map((note) =>
      t('settings.calendarFiles.skippedLine', { where: placeText(t, note.where), reason: problemText(t, note.reason) })
    )
  return { lines, more: Math.max(0, preview.skipped.length - SHOWN_SKIPPED) }
}

/** The message once applied. */
export function busyAppliedMessage(added: number, source: string, t: Translate): string {
  return t('settings.calendarFiles.applied', { count: added, source })
}
