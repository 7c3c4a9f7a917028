// The pseudo-locale: every catalog message with its letters accented, lengthened by about a third and bracketed.
// A screen shown in it gives away any text that did not come from a catalog (plain ASCII), any that was cut or
// concatenated (a bracket missing), and any layout too tight for German or Spanish, which run about a third longer.
import type { Catalog } from './catalog'

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž'
}
/** Marks at both ends of every pseudo-localized message; tests look for them. */
export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

const PLURAL_OR_SELECT = /^\s*(plural|select|selectordinal)\s*$/

/** Literal text, accented and lengthened; ICU syntax and rich-text tags (`<b>…</b>`) are left as they are. */
function pseudoText(text: string): string {
  let out = ''
  let letters = 0
  for (const char of text) {
    out += ACCENTED[char] ?? char
    if (/[a-z]/i.test(char)) letters += 1
  }
  // About a third longer, added at word ends so the text still wraps where the English would.
  return letters === 0 ? out : out.replace(/([^\s]+)/g, (word) => word + '·'.repeat(Math.ceil(word.length / 3)))
}

/** The index of the `}` closing the `{` at `open`, counting nested braces. */
function closingBrace(message: string, open: number): number {
  let depth = 0
  for (let index = open; index < message.length; index += 1) {
    if (message[index] === '{') depth += 1
    else if (message[index] === '}' && --depth === 0) return index
  }
  throw new Error(`Unbalanced braces in message: ${message}`)
}

/** A message's literal parts transformed, recursing into the branches of plural and select arguments. */
function pseudoMessage(message: string): string {
  let out = ''
  let index = 0
  while (index < message.length) {
    const brace = message.indexOf('{', index)
    const textEnd = brace === -1 ? message.length : brace
    // Tags stay as they are; the text between them is transformed.
    out += message
      .slice(index, textEnd)
      .replace(/(<\/?[\w-]+>)|([^<]+)/g, (_, tag: string, text: string) => tag ?? pseudoText(text))
    if (brace === -1) break
    const close = closingBrace(message, brace)
    out += pseudoArgument(message.slice(brace + 1, close))
    index = close + 1
  }
  return out
}

/** `{name}`, `{n, number}` as they are; `{n, plural, one {…} other {…}}` with each branch transformed. */
function pseudoArgument(body: string): string {
  const [name, type, ...rest] = body.split(',')
  if (type === undefined || !PLURAL_OR_SELECT.test(type)) return `{${body}}`
  const options = rest.join(',')
  let out = `{${name},${type},`
  let index = 0
  while (index < options.length) {
    const open = options.indexOf('{', index)
    if (open === -1) break
    const close = closingBrace(options, open)
    out += options.slice(index, open) + '{' + pseudoMessage(options.slice(open + 1, close)) + '}'
    index = close + 1
  }
  return out + options.slice(index) + '}'
}

/** One message in the pseudo-locale. */
export const pseudoLocalize = (message: string): string => PSEUDO_OPEN + pseudoMessage(message) + PSEUDO_CLOSE

type Tree = { readonly [key: string]: string | Tree }
const mapTree = (tree: Tree): Tree =>
  Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoLocalize(value) : mapTree(value)
    ])
  )

/** The whole catalog in the pseudo-locale. */
export const pseudoCatalog = (catalog: Catalog): Catalog => mapTree(catalog as unknown as Tree) as unknown as Catalog
