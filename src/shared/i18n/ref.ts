// A message named by code that cannot translate it itself (the pure core, a validator): shown where a translator is.
import type { MessageKey, Translate } from './translator'

/** A message key with its ICU arguments; the screen that shows it translates it in the learner's language. */
export interface MessageRef {
  readonly key: MessageKey
  readonly values?: Readonly<Record<string, string | number>>
}

export const messageRef = (key: MessageKey, values?: MessageRef['values']): MessageRef =>
  values === undefined ? { key } : { key, values }

/** A message ref's text. Its arguments were checked where the ref was made, not here. */
export function translateRef(t: Translate, ref: MessageRef): string {
  return (t as (key: string, values?: MessageRef['values']) => string)(ref.key, ref.values)
}
