// A catalog message as the English catalog words it, for tests that check the exact English a learner reads.
import { en } from '../../src/shared/i18n/catalogs/en'
import type { MessageRef } from '../../src/shared/i18n/ref'
import { translateRef } from '../../src/shared/i18n/ref'
import { translatorFor } from '../../src/shared/i18n/translator'
import { problemText, type ProblemMessage } from '../../src/shared/validation/problemText'

const t = translatorFor('en', en)

/** The English translator, for core functions that word text themselves (an exported calendar's descriptions). */
export const englishT = t

/** The English text of `message` (a catalog message, or text already in English). */
export function english(message: ProblemMessage | MessageRef): string {
  return typeof message === 'string' ? message : translateRef(t, message)
}

/** The English text of a refusal carrying `message` and maybe a catalog `ref` (an OperationError). */
export function englishError(error: { readonly message: string; readonly ref?: MessageRef }): string {
  return error.ref ? translateRef(t, error.ref) : problemText(t, error.message)
}

type WithProblem = { readonly message: string; readonly ref?: MessageRef }

/** `problem` with its message in English and no ref, for asserting the exact words a learner reads in English. */
export function inEnglish<P extends WithProblem>(problem: P): Omit<P, 'ref'> {
  const { ref: _ref, ...rest } = problem
  return { ...rest, message: englishError(problem) }
}

/** A result whose error (if any) reads in English, as {@link inEnglish}. */
export function resultInEnglish<R extends { readonly ok: boolean }>(result: R): R {
  if (result.ok || !('error' in result)) return result
  return { ...result, error: inEnglish(result.error as WithProblem) }
}
