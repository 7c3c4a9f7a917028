// What a check says about a problem: a catalog message the screen translates, or text already worded (a data-layer
// refusal, worded in the language in use when it happened; a detail from a library). One helper shows either.
import type { MessageRef } from '../i18n/ref'
import { translateRef } from '../i18n/ref'
import type { Translate } from '../i18n/translator'

/**
 * A problem's words: a {@link MessageRef} (in the catalogs, shown in the learner's language), or text already worded
 * (a repository's refusal, worded when it happened; zod's own wording for a deep schema problem).
 */
export type ProblemMessage = string | MessageRef

/** Whether `message` is a catalog message rather than worded text. */
export function isMessageRef(message: ProblemMessage): message is MessageRef {
  return typeof message === 'object' && message !== null && typeof message.key === 'string'
}

/**
 * A problem's words as a result carries them: worded text as `message`; a catalog message as `ref`, with its key as
 * `message` (for logs and developers). Show either with {@link errorText}.
 */
export function problemOf(message: ProblemMessage): { readonly message: string; readonly ref?: MessageRef } {
  return isMessageRef(message) ? { message: message.key, ref: message } : { message }
}

/** The text of `message` in the language of `t`. */
export function problemText(t: Translate, message: ProblemMessage): string {
  return isMessageRef(message) ? translateRef(t, message) : message
}

/**
 * The text of a refusal that carries worded `message` and, when it has one, a catalog message `ref` (a repository's
 * OperationError): `ref` translated, else `message`.
 */
export function errorText(t: Translate, error: { readonly message: string; readonly ref?: MessageRef }): string {
  return error.ref ? translateRef(t, error.ref) : error.message
}
