// Imports a roadmap from a Markdown outline: headings are stages, bullets are topics, nested bullets are prerequisites.
import type { Resource, Roadmap, SequenceStage, Topic } from '../domain/roadmap'
import { MAX_TOPIC_MINUTES, validateRoadmap } from '../scheduling/validateRoadmap'
import { FILE_LIMITS } from './limits'
import { fail, type FileResult } from './problem'

/** Options of {@link importMarkdownOutline}. */
export interface MarkdownOutlineOptions {
  /** Roadmap id; a slug of the title when absent. */
  readonly id?: string
  /** Title used when the outline has no title heading. */
  readonly fallbackTitle?: string
}

interface OutlineNode {
  readonly title: string
  readonly minutes: number
  readonly optional: boolean
  readonly resources: Resource[]
  readonly line: number
  readonly indent: number
  readonly children: OutlineNode[]
  summary: string
}

interface OutlineStage {
  readonly title: string
  readonly line: number
  readonly roots: OutlineNode[]
  summary: string
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$/
const CHECKBOX = /^\[[ xX]\]\s+/
const OPTIONAL = /\s*\(optional\)\s*/i
const ESTIMATE = /\s*\(\s*(?:(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?))?\s*(?:(\d+)\s*(?:m|min|mins|minutes?))?\s*\)\s*$/i
const LINK = /\[([^\]]*)\]\((https:\/\/[^\s)]+)\)/g

/**
 * Reads a Markdown outline into a roadmap. A single top heading followed by deeper ones is the roadmap's title; every
 * other heading starts a stage (kind 'sequence'). Each bullet is a topic ending in an estimate such as "(3h)",
 * "(90m)", "(1.5h)" or "(1h 30m)"; "(optional)" marks it optional and https links become its resources. Bullets
 * nested under a topic are its prerequisites, studied in order: each depends on the one before it, the parent on all
 * of them, and they are listed before the parent. Plain text lines become the summary of the stage or topic above.
 * Errors name the line: `{ where: 'line 7', message }`. Pure and deterministic.
 */
export function importMarkdownOutline(text: string, options: MarkdownOutlineOptions = {}): FileResult<Roadmap> {
  if (text.length > FILE_LIMITS.maxTextLength) return fail('file', 'The outline is too large.')
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const headings = lines.flatMap((line, index) => {
    const match = HEADING.exec(line)
    return match ? [{ level: match[1]!.length, index }] : []
  })
  const first = headings[0]
  const titleIndex = first && headings.length > 1 && headings.slice(1).every((heading) => heading.level > first.level) ? first.index : -1
  const parsed = parseStages(lines, titleIndex)
  if (!parsed.ok) return parsed
  const stages = parsed.value.filter((stage) => stage.roots.length > 0)
  if (stages.length === 0) return fail('file', 'No topics found: write bullets such as "- Linear algebra (3h)" under a heading.')
  const title = titleIndex >= 0 ? cleanTitle(HEADING.exec(lines[titleIndex]!)![2]!) : (options.fallbackTitle ?? 'Imported roadmap')
  return buildRoadmap(stages, title, options.id ?? (slug(title) || 'imported-roadmap'))
}

function parseStages(lines: readonly string[], titleIndex: number): FileResult<OutlineStage[]> {
  const stages: OutlineStage[] = []
  let stack: OutlineNode[] = []
  let fenced = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const where = `line ${index + 1}`
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    if (fenced || line.trim() === '' || index === titleIndex || /^\s*(---|\*\*\*|___)\s*$/.test(line)) continue
    const heading = HEADING.exec(line)
    if (heading) {
      const title = cleanTitle(heading[2]!)
      if (title === '') return fail(where, 'A heading needs a title.')
      if (title.length > FILE_LIMITS.maxTitleLength) return fail(where, `The heading is too long (at most ${FILE_LIMITS.maxTitleLength} characters).`)
      stages.push({ title, line: index + 1, roots: [], summary: '' })
      stack = []
      continue
    }
    const stage = stages[stages.length - 1]
    const bullet = BULLET.exec(line)
    if (bullet) {
      if (!stage) return fail(where, 'A topic comes before the first heading: start the outline with a heading such as "## Basics".')
      const node = readTopic(bullet[2]!, indentWidth(bullet[1]!), index + 1)
      if (!node.ok) return node
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= node.value.indent) stack.pop()
      const parent = stack[stack.length - 1]
      ;(parent ? parent.children : stage.roots).push(node.value)
      stack.push(node.value)
      continue
    }
    const summaryOwner = stack[stack.length - 1] ?? stage
    if (summaryOwner) summaryOwner.summary = `${summaryOwner.summary} ${line.trim()}`.trim().slice(0, FILE_LIMITS.maxTextFieldLength)
  }
  return { ok: true, value: stages }
}

function indentWidth(indent: string): number {
  let width = 0
  for (const char of indent) width += char === '\t' ? 4 : 1
  return width
}

function cleanTitle(text: string): string {
  return text.replace(LINK, '$1').replace(/[*_`]/g, '').trim()
}

function readTopic(raw: string, indent: number, line: number): FileResult<OutlineNode> {
  const where = `line ${line}`
  let text = raw.replace(CHECKBOX, '')
  const optional = OPTIONAL.test(text)
  text = text.replace(OPTIONAL, ' ').trim()
  const estimate = ESTIMATE.exec(text)
  if (!estimate || (estimate[1] === undefined && estimate[2] === undefined)) {
    return fail(where, `"${text.slice(0, 60)}" has no estimate: end the line with one such as (3h), (90m) or (1h 30m).`)
  }
  const minutes = Math.round(Number(estimate[1] ?? 0) * 60 + Number(estimate[2] ?? 0))
  if (!(minutes >= 1 && minutes <= MAX_TOPIC_MINUTES)) return fail(where, `The estimate must be from 1 minute to ${MAX_TOPIC_MINUTES / 60} hours.`)
  const body = text.slice(0, estimate.index)
  const resources = [...body.matchAll(LINK)].slice(0, FILE_LIMITS.maxResources).map((match) => ({ title: cleanTitle(match[1]!) || match[2]!, url: match[2]! }))
  const title = cleanTitle(body)
  if (title === '') return fail(where, 'A topic needs a title before its estimate.')
  if (title.length > FILE_LIMITS.maxTitleLength) return fail(where, `The topic title is too long (at most ${FILE_LIMITS.maxTitleLength} characters).`)
  return { ok: true, value: { title, minutes, optional, resources, line, indent, children: [], summary: '' } }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** Hands out ids from titles, unique within one namespace. */
function idMaker(fallback: string): (title: string) => string {
  const used = new Set<string>()
  return (title) => {
    const base = slug(title) || fallback
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
}

function buildRoadmap(stages: readonly OutlineStage[], title: string, id: string): FileResult<Roadmap> {
  const topicId = idMaker('topic')
  const stageId = idMaker('stage')
  const builtStages: SequenceStage[] = stages.map((stage) => {
    const topics: Topic[] = []
    // Children first and chained in order, so each topic's prerequisites are listed before it.
    const emit = (node: OutlineNode, previousSibling: string | null): string => {
      let previousChild: string | null = null
      const childIds: string[] = []
      for (const child of node.children) {
        previousChild = emit(child, previousChild)
        childIds.push(previousChild)
      }
      const ownId = topicId(node.title)
      topics.push({
        id: ownId,
        title: node.title,
        summary: node.summary,
        estimatedMinutes: node.minutes,
        kind: 'learn',
        prerequisites: previousSibling === null ? childIds : [previousSibling, ...childIds],
        resources: node.resources,
        outcome: '',
        ...(node.optional ? { optional: true } : {})
      })
      return ownId
    }
    for (const root of stage.roots) emit(root, null)
    return { id: stageId(stage.title), title: stage.title, summary: stage.summary, optional: false, kind: 'sequence', topics }
  })
  const roadmap: Roadmap = { id, title, version: 1, stages: builtStages }
  const problem = validateRoadmap(roadmap)
  return problem ? fail('file', problem.message) : { ok: true, value: roadmap }
}
