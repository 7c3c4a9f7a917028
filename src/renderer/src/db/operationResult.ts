// The outcome of every repository operation: a value, or an error the UI can show as is; nothing half-written.
import type { MessageRef } from '../../../shared/i18n/ref'
import { isMessageRef, type ProblemMessage } from '../../../shared/validation/problemText'

/** Kinds of failure an operation reports. */
export type OperationErrorCode = 'not-found' | 'invalid' | 'cannot-plan' | 'file'

/**
 * Why an operation changed nothing: a message for the user and, when known, the field or line at fault. Show it with
 * `errorText(t, error)` (shared/validation/problemText): a catalog message (`ref`) in the learner's language, else
 * the English `message`.
 */
export interface OperationError {
  readonly code: OperationErrorCode
  /** English text; for a catalog message, its key (for logs; the learner reads `ref`, translated). */
  readonly message: string
  /** The catalog message, when the refusal has one. */
  readonly ref?: MessageRef
  readonly where?: string
}

/** A value, or an error; on error the database is exactly as before the call. */
export type OperationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: OperationError }

/** Thrown inside a transaction to abort it; turned into an OperationResult by {@link runOperation}. */
export class OperationFailure extends Error {
  constructor(readonly error: OperationError) {
    super(error.message)
    this.name = 'OperationFailure'
  }
}

/** Shorthand for throwing an OperationFailure. */
export function failWith(code: OperationErrorCode, message: ProblemMessage, where?: string): never {
  throw new OperationFailure(operationError(code, message, where))
}

/** An OperationError saying `message`: English text, or a catalog message (kept as `ref`, its key as `message`). */
export function operationError(code: OperationErrorCode, message: ProblemMessage, where?: string): OperationError {
  const text = isMessageRef(message) ? { message: message.key as string, ref: message } : { message }
  return where === undefined ? { code, ...text } : { code, ...text, where }
}

/** Runs `operation`, turning an OperationFailure (which aborted its transaction) into `{ ok: false }`. */
export async function runOperation<T>(operation: () => Promise<T>): Promise<OperationResult<T>> {
  try {
    return { ok: true, value: await operation() }
  } catch (caught) {
    const failure = findFailure(caught)
    if (failure) return { ok: false, error: failure.error }
    throw caught
  }
}

/** Dexie may wrap an error thrown inside a transaction; look one level in. */
function findFailure(caught: unknown): OperationFailure | null {
  if (caught instanceof OperationFailure) return caught
  const inner = (caught as { inner?: unknown } | null)?.inner
  return inner instanceof OperationFailure ? inner : null
}
