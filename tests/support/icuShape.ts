// What a message asks of its caller and its reader, whatever its words: its arguments (with their kind), its tags and
// its select keys. Two translations of one message must have the same shape.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

type Tree = { readonly [key: string]: string | Tree }

/** Every message of a catalog by its dotted key. */
export function flatMessages(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [inner, text] of flatMessages(value, path)) out.set(inner, text)
  }
  return out
}

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.plural]: 'plural',
  [TYPE.select]: 'select'
}

function collect(elements: readonly MessageFormatElement[], into: Set<string>): void {
  for (const element of elements) {
    const kind = KIND[element.type]
    if (kind && 'value' in element) into.add(`${kind}:${element.value}`)
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`)
      collect(element.children, into)
    }
    if (element.type === TYPE.select) {
      // A select's keys are the values the code passes: a translation must offer the same ones.
      for (const [key, option] of Object.entries(element.options)) {
        into.add(`${element.value}=${key}`)
        collect(option.value, into)
      }
    }
    if (element.type === TYPE.plural) for (const option of Object.values(element.options)) collect(option.value, into)
  }
}

/** The message's arguments, tags and select keys, sorted; throws on a message that is not valid ICU. */
export function icuShape(message: string): string[] {
  const shape = new Set<string>()
  collect(parse(message, { requiresOtherClause: true }), shape)
  return [...shape].sort()
}
