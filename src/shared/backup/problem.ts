// The one error shape of every file reader here: where the problem is and what it is.
import { formatPath as formatKeyPath } from '../validation/issueMessages'
import type { MessageRef } from '../i18n/ref'
import { problemOf, type ProblemMessage } from '../validation/problemText'

/** A problem in an imported file: `where` is a path such as 'data.sessions[12].topicId' or 'line 7'. */
export interface FileProblem {
  readonly where: string
  /** What is wrong, in English (a schema check's words); for a catalog message (`ref`), its key. See errorText. */
  readonly message: string
  /** The catalog message, when the check has one. */
  readonly ref?: MessageRef
}

/** The outcome of reading a file: its value, or the first problem found. */
export type FileResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: FileProblem }

/** What a problem's `where` says for the file as a whole. */
export const FILE_ROOT = 'file'

/** Formats a path of keys and indexes the way a reader expects: `data.sessions[12].topicId`; 'file' for the whole file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return formatKeyPath(path, FILE_ROOT)
}

/** A failed result. */
export function fail<T>(where: string, message: ProblemMessage): FileResult<T> {
  return { ok: false, error: { where, ...problemOf(message) } }
}

/** Quotes a user-supplied string for a message, shortened so an error never echoes a huge value. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)
}
