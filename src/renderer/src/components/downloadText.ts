// Saves text as a file the user downloads (the browser's save, Electron's save dialog).
import { hostTimeZone, localDateOf } from '../../../shared/time'

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The local date 'YYYY-MM-DD' of `ms`, for file names. */
export function fileDate(ms: number): string {
  return localDateOf(ms, hostTimeZone())
}
