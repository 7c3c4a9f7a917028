// Whether a PROPFIND or REPORT answer is a whole DAV:multistatus document, checked before tsdav reads it. tsdav's XML
// reader accepts a truncated document (it keeps what it got) and turns one it cannot read into an ordinary-looking
// entry, so a cut-off listing would look like a calendar with fewer events, and an HTML page like an empty one.
// This is a structural check (every element closed, in order, one root, no DOCTYPE, the root is DAV:multistatus),
// not a validating parser: what is inside the root stays tsdav's to read.

/** One attribute of a start tag: `name="value"` or `name='value'`, spaces allowed around `=`. */
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y
const TAG_NAME = /[^\s/>]+/y
const NOT_SPACE = /[^\s\uFEFF]/

interface Tag {
  readonly name: string
  readonly attributes: ReadonlyMap<string, string>
  readonly selfClosing: boolean
  /** Index just past the closing `>`. */
  readonly end: number
}

/** The start tag at `start` (just past its `<`), or a problem. */
function readStartTag(text: string, start: number): Tag | string {
  TAG_NAME.lastIndex = start
  const name = TAG_NAME.exec(text)?.[0]
  if (!name) return 'a tag without a name'
  const attributes = new Map<string, string>()
  let at = start + name.length
  for (;;) {
    ATTRIBUTE.lastIndex = at
    const match = ATTRIBUTE.exec(text)
    if (!match) break
    attributes.set(match[1] ?? '', match[2] ?? match[3] ?? '')
    at = ATTRIBUTE.lastIndex
  }
  while (at < text.length && /\s/.test(text.charAt(at))) at++
  if (text.startsWith('/>', at)) return { name, attributes, selfClosing: true, end: at + 2 }
  if (text.charAt(at) === '>') return { name, attributes, selfClosing: false, end: at + 1 }
  return at >= text.length ? `truncated inside <${name}>` : `a malformed tag <${name}>`
}

function isDavMultistatus(tag: Tag): boolean {
  const colon = tag.name.indexOf(':')
  const prefix = colon === -1 ? '' : tag.name.slice(0, colon)
  const local = colon === -1 ? tag.name : tag.name.slice(colon + 1)
  const namespace = tag.attributes.get(prefix === '' ? 'xmlns' : `xmlns:${prefix}`)
  return local === 'multistatus' && namespace === 'DAV:'
}

/** Null when `text` is a complete XML document whose root is DAV:multistatus, else what is wrong with it. */
export function multistatusProblem(text: string): string | null {
  const open: string[] = []
  let rootSeen = false
  let at = 0
  while (at < text.length) {
    const lt = text.indexOf('<', at)
    const textEnd = lt === -1 ? text.length : lt
    if (open.length === 0 && NOT_SPACE.test(text.slice(at, textEnd))) return 'text outside the root element'
    if (lt === -1) break
    const markup = (close: string, what: string): number | string => {
      const end = text.indexOf(close, lt)
      return end === -1 ? `truncated inside ${what}` : end + close.length
    }
    let next: number | string
    if (text.startsWith('<?', lt)) next = markup('?>', 'a processing instruction')
    else if (text.startsWith('<!--', lt)) next = markup('-->', 'a comment')
    else if (text.startsWith('<![CDATA[', lt)) {
      next = open.length === 0 ? 'CDATA outside the root element' : markup(']]>', 'a CDATA section')
    } else if (text.startsWith('<!', lt)) next = 'a DOCTYPE'
    else if (text.startsWith('</', lt)) {
      const gt = text.indexOf('>', lt)
      if (gt === -1) return 'truncated inside an end tag'
      const name = text.slice(lt + 2, gt).trim()
      const expected = open.pop()
      if (name !== expected) return expected ? `</${name}> closes <${expected}>` : `</${name}> closes nothing`
      next = gt + 1
    } else {
      const tag = readStartTag(text, lt + 1)
      if (typeof tag === 'string') return tag
      if (open.length === 0) {
        if (rootSeen) return 'more than one root element'
        rootSeen = true
        if (!isDavMultistatus(tag)) return `the root is <${tag.name}>, not DAV:multistatus`
      }
      if (!tag.selfClosing) open.push(tag.name)
      next = tag.end
    }
    if (typeof next === 'string') return next
    at = next
  }
  if (!rootSeen) return 'no XML element'
  const unclosed = open.at(-1)
  return unclosed === undefined ? null : `truncated: <${unclosed}> is not closed`
}
