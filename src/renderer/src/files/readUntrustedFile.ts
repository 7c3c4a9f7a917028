// Reads a file the learner picked (.ics, roadmap Markdown or JSON, backup) off the page's thread, within a hard time
// budget: its size is checked before any text is read, and a worker that runs past the budget is terminated.
import type { ImportBusyOptions } from '../../../shared/ics'
import { FILE_LIMITS, MAX_BACKUP_TEXT_LENGTH } from '../../../shared/backup/limits'
import type { UntrustedAnswers, UntrustedKind, UntrustedTask, WorkerReply } from './untrustedFileTask'
import { currentTranslations } from '../i18n/translations'

/** What to read a file as; an .ics also needs the plan's zone and range. */
export type UntrustedRequest =
  | { readonly kind: 'ics'; readonly options: ImportBusyOptions }
  | { readonly kind: Exclude<UntrustedKind, 'ics'> }

/** The parser's own answer, or a refusal in the learner's words that names the file (nothing was read into the app). */
export type UntrustedRead<K extends UntrustedKind> =
  | { readonly ok: true; readonly value: UntrustedAnswers[K] }
  | { readonly ok: false; readonly message: string }

/** How long one file may take to read and check before its worker is terminated. Real files take well under a second. */
export const UNTRUSTED_FILE_BUDGET_MS = 5_000

/**
 * Longest text each kind's parser accepts, in UTF-16 code units: MAX_ICS_CHARS in shared/ics/icsParse.ts (not
 * imported, so ical.js stays out of the page's bundle; a unit test keeps the two equal) and the backup format's limit.
 */
export const MAX_TEXT_LENGTH: Readonly<Record<UntrustedKind, number>> = {
  ics: 10_000_000,
  'markdown-roadmap': FILE_LIMITS.maxTextLength,
  'json-roadmap': FILE_LIMITS.maxTextLength,
  backup: MAX_BACKUP_TEXT_LENGTH
}

/**
 * UTF-8 spends at most 3 bytes per UTF-16 code unit, so a file over 3 × the text limit can never be accepted: it is
 * refused by its size alone, unread. A smaller file may still be over the limit; its parser then says so, in the worker.
 */
export function maxFileBytes(kind: UntrustedKind): number {
  return 3 * MAX_TEXT_LENGTH[kind]
}

/**
 * Test-only shortening of the budget (localStorage `study-planner:file-budget-ms`), so an end-to-end test can see a
 * worker terminated without a file that takes five seconds. It can only lower the budget, never lift or remove it.
 */
export const BUDGET_OVERRIDE_KEY = 'study-planner:file-budget-ms'

/** The budget for one read: {@link UNTRUSTED_FILE_BUDGET_MS}, or shorter when the test-only setting asks. */
export function untrustedFileBudgetMs(): number {
  let stored: string | null = null
  try {
    stored = globalThis.localStorage?.getItem(BUDGET_OVERRIDE_KEY) ?? null
  } catch {
    // Storage can be unavailable (a sandboxed frame): the default budget holds.
  }
  const asked = Number(stored)
  return stored !== null && Number.isFinite(asked) && asked > 0
    ? Math.min(asked, UNTRUSTED_FILE_BUDGET_MS)
    : UNTRUSTED_FILE_BUDGET_MS
}

/** Each kind as the messages' selects name it (a calendar file, a roadmap outline or file, a backup). */
const KIND_WORD: Readonly<Record<UntrustedKind, string>> = {
  ics: 'ics',
  'markdown-roadmap': 'markdown',
  'json-roadmap': 'json',
  backup: 'backup'
}

/** Megabytes with at most one decimal, in the language in use. */
function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toLocaleString(currentTranslations().locale, { maximumFractionDigits: 1 })
}

/**
 * Reads `source` (the picked File, or text already in memory such as a kept backup) as `request.kind` in a dedicated
 * worker and resolves the parser's answer. Refuses, naming `name` and changing nothing: a File too large to be such a
 * file (before reading it), a read that runs past the budget (the worker is terminated), a worker that fails.
 */
export async function readUntrustedFile<R extends UntrustedRequest>(
  name: string,
  source: Blob | string,
  request: R
): Promise<UntrustedRead<R['kind']>> {
  const kind: UntrustedKind = request.kind
  if (typeof source !== 'string' && source.size > maxFileBytes(kind)) {
    return {
      ok: false,
      message: currentTranslations().t('common.files.tooLarge', {
        name,
        size: megabytes(source.size),
        kind: KIND_WORD[kind],
        max: megabytes(MAX_TEXT_LENGTH[kind])
      })
    }
  }
  const task = { ...request, source: typeof source === 'string' ? { text: source } : { file: source } } as UntrustedTask
  const budget = untrustedFileBudgetMs()
  if (typeof Worker === 'undefined') return readHere<R['kind']>(name, task, kind)
  return readInWorker<R['kind']>(name, task, kind, budget)
}

/**
 * Only where there is no Worker at all (the unit tests' Node and happy-dom environments): the same parsers run on the
 * calling thread, with no time budget. Browsers and Electron always have Worker; the end-to-end tests cover that path.
 */
async function readHere<K extends UntrustedKind>(
  name: string,
  task: UntrustedTask,
  kind: UntrustedKind
): Promise<UntrustedRead<K>> {
  const { runUntrustedTask } = await import('./untrustedFileTask')
  try {
    return { ok: true, value: (await runUntrustedTask(task)) as UntrustedAnswers[K] }
  } catch (error) {
    return { ok: false, message: failedText(name, kind, error instanceof Error ? error.message : String(error)) }
  }
}

function failedText(name: string, kind: UntrustedKind, reason: string): string {
  return currentTranslations().t('common.files.failed', { name, reason, kind: KIND_WORD[kind] })
}

function readInWorker<K extends UntrustedKind>(
  name: string,
  task: UntrustedTask,
  kind: UntrustedKind,
  budget: number
): Promise<UntrustedRead<K>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./untrustedFile.worker.ts', import.meta.url), {
      type: 'module',
      name: 'untrusted-file'
    })
    const finish = (read: UntrustedRead<K>) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(read)
    }
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          message: currentTranslations().t('common.files.tooSlow', { name, kind: KIND_WORD[kind] })
        }),
      budget
    )
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      finish(
        reply.ok
          ? { ok: true, value: reply.answer as UntrustedAnswers[K] }
          : { ok: false, message: failedText(name, kind, reply.message) }
      )
    })
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      finish({
        ok: false,
        message: failedText(name, kind, event.message || currentTranslations().t('common.files.readerStopped'))
      })
    })
    worker.addEventListener('messageerror', () =>
      finish({ ok: false, message: failedText(name, kind, currentTranslations().t('common.files.notPassedOn')) })
    )
    // Nothing is transferred: the File is passed by reference, the text (a kept backup) is copied.
    worker.postMessage(task, [])
  })
}

/** A roadmap file's kind by its name: a Markdown outline when it ends in .md or .markdown, roadmap JSON otherwise. */
export function roadmapFileKind(fileName: string): 'markdown-roadmap' | 'json-roadmap' {
  return /\.(md|markdown)$/i.test(fileName) ? 'markdown-roadmap' : 'json-roadmap'
}
