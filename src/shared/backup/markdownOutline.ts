// Imports a roadmap from a Markdown outline: headings are stages, bullets are topics, nested bullets are prerequisites.
import type { Resource, Roadmap, SequenceStage, Topic } from '../domain/roadmap'
import { MAX_TOPIC_MINUTES, validateRoadmap } from '../scheduling/validateRoadmap'
import { FILE_LIMITS } from './limits'
import {
  findLinks,
  linksAsLabels,
  readBullet,
  readEstimate,
  readHeading,
  withoutCheckbox,
  withoutOptional
} from './outlineLine'
import { fail, type FileResult } from './problem'
import { messageRef, type MessageRef } from '../i18n/ref'

/** Options of {@link importMarkdownOutline}. */
export interface MarkdownOutlineOptions {
  /** Roadmap id; a slug of the title when absent. */
  readonly id?: string
  /** Title used when the outline has no title heading. */
  readonly fallbackTitle?: string
}

/** Most lines read from an outline; a 20,000-topic outline with notes fits well within it. */
export const MAX_OUTLINE_LINES = 200_000
/** Longest outline line: as long as the longest summary a backup keeps (FILE_LIMITS.maxTextFieldLength). */
export const MAX_OUTLINE_LINE_LENGTH = FILE_LIMITS.maxTextFieldLength
/** Deepest nesting of bullets (a topic's prerequisites' prerequisites...), as deep as a backup file may nest (maxDepth). */
export const MAX_OUTLINE_DEPTH = FILE_LIMITS.maxDepth
/** Most topics in one outline, over all stages (each stage also keeps FILE_LIMITS.maxTopicsPerList). */
export const MAX_OUTLINE_TOPICS = 20_000
/** Longest link address a backup keeps (the resource schema's bound). */
const MAX_URL_LENGTH = 2048

interface OutlineNode {
  readonly title: string
  readonly minutes: number
  readonly optional: boolean
  readonly resources: Resource[]
  readonly line: number
  readonly indent: number
  /** Nested under a parent after a sibling: the sibling is one more prerequisite. */
  readonly afterSibling: boolean
  readonly children: OutlineNode[]
  summary: string
}

interface OutlineStage {
  readonly title: string
  readonly line: number
  readonly roots: OutlineNode[]
  topicCount: number
  summary: string
}

/** Running totals checked against the caps while the outline is read. */
interface OutlineCounts {
  stagesWithTopics: number
  topics: number
}

/**
 * Reads a Markdown outline into a roadmap. A single top heading followed by deeper ones is the roadmap's title; every
 * other heading starts a stage (kind 'sequence'). Each bullet is a topic ending in an estimate such as "(3h)",
 * "(90m)", "(1.5h)" or "(1h 30m)"; "(optional)" marks it optional and https links become its resources. Bullets
 * nested under a topic are its prerequisites, studied in order: each depends on the one before it, the parent on all
 * of them, and they are listed before the parent. Plain text lines become the summary of the stage or topic above.
 * Errors name the line: `{ where: 'line 7', message }`. Linear in the text's length, and bounded by the backup
 * format's limits (stages, topics per stage, prerequisites, title and summary lengths) and by MAX_OUTLINE_LINES,
 * MAX_OUTLINE_LINE_LENGTH, MAX_OUTLINE_DEPTH and MAX_OUTLINE_TOPICS, so what it returns can always be backed up and
 * restored. Pure and deterministic; never throws.
 */
export function importMarkdownOutline(text: string, options: MarkdownOutlineOptions = {}): FileResult<Roadmap> {
  if (typeof text !== 'string') return fail('file', messageRef('errors.outline.notText'))
  if (text.length > FILE_LIMITS.maxTextLength) return fail('file', messageRef('errors.outline.tooLarge'))
  try {
    return readOutline(text, options)
  } catch (error) {
    // Nothing above is known to throw; a learner still gets a message rather than a frozen import if something does.
    return fail(
      'file',
      messageRef('errors.outline.unreadable', { detail: error instanceof Error ? error.message : String(error) })
    )
  }
}

function readOutline(text: string, options: MarkdownOutlineOptions): FileResult<Roadmap> {
  const lines = splitLines(text.replace(/^\uFEFF/, ''))
  if (!Array.isArray(lines)) return lines
  const headings = lines.flatMap((line, index) => {
    const heading = readHeading(line)
    return heading ? [{ level: heading.level, index }] : []
  })
  const first = headings[0]
  const titleIndex =
    first && headings.length > 1 && headings.slice(1).every((heading) => heading.level > first.level) ? first.index : -1
  const title =
    titleIndex >= 0 ? cleanTitle(readHeading(lines[titleIndex]!)!.text) : (options.fallbackTitle ?? 'Imported roadmap')
  if (title.length > FILE_LIMITS.maxTitleLength) {
    return fail(
      titleIndex >= 0 ? `line ${titleIndex + 1}` : 'options.fallbackTitle',
      messageRef('errors.outline.titleTooLong', { max: String(FILE_LIMITS.maxTitleLength) })
    )
  }
  const parsed = parseStages(lines, titleIndex)
  if (!parsed.ok) return parsed
  const stages = parsed.value.filter((stage) => stage.roots.length > 0)
  if (stages.length === 0) return fail('file', messageRef('errors.outline.noTopics'))
  return buildRoadmap(stages, title || 'Imported roadmap', options.id ?? (slug(title) || 'imported-roadmap'))
}

/** The lines of the text (split at CRLF, CR or LF), or the first cap they break. */
function splitLines(text: string): string[] | FileResult<Roadmap> {
  let breaks = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) breaks++
  }
  if (breaks >= MAX_OUTLINE_LINES) {
    return fail(
      `line ${MAX_OUTLINE_LINES + 1}`,
      messageRef('errors.outline.tooManyLines', { lines: breaks + 1, max: MAX_OUTLINE_LINES })
    )
  }
  const lines = text.split(/\r\n|\r|\n/)
  const long = lines.findIndex((line) => line.length > MAX_OUTLINE_LINE_LENGTH)
  if (long >= 0) {
    return fail(
      `line ${long + 1}`,
      messageRef('errors.outline.lineTooLong', { length: lines[long]!.length, max: MAX_OUTLINE_LINE_LENGTH })
    )
  }
  return lines
}

function isFence(line: string): boolean {
  const trimmed = line.trimStart()
  return trimmed.startsWith('```') || trimmed.startsWith('~~~')
}

function isRule(line: string): boolean {
  const trimmed = line.trim()
  return trimmed === '---' || trimmed === '***' || trimmed === '___'
}

function parseStages(lines: readonly string[], titleIndex: number): FileResult<OutlineStage[]> {
  const stages: OutlineStage[] = []
  const counts: OutlineCounts = { stagesWithTopics: 0, topics: 0 }
  let stack: OutlineNode[] = []
  let fenced = false
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const where = `line ${index + 1}`
    if (isFence(line)) fenced = !fenced
    if (fenced || line.trim() === '' || index === titleIndex || isRule(line)) continue
    const heading = readHeading(line)
    if (heading) {
      const title = cleanTitle(heading.text)
      if (title === '') return fail(where, messageRef('errors.outline.headingNoTitle'))
      if (title.length > FILE_LIMITS.maxTitleLength)
        return fail(where, messageRef('errors.outline.headingTooLong', { max: String(FILE_LIMITS.maxTitleLength) }))
      stages.push({ title, line: index + 1, roots: [], topicCount: 0, summary: '' })
      stack = []
      continue
    }
    const stage = stages[stages.length - 1]
    const bullet = readBullet(line)
    if (bullet) {
      if (!stage) return fail(where, messageRef('errors.outline.topicBeforeHeading'))
      const indent = indentWidth(bullet.indent)
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop()
      const parent = stack[stack.length - 1]
      const problem = capProblem(stage, parent, stack.length, counts)
      if (problem) return fail(where, problem)
      const node = readTopic(bullet.text, indent, index + 1, parent !== undefined && parent.children.length > 0)
      if (!node.ok) return node
      ;(parent ? parent.children : stage.roots).push(node.value)
      stack.push(node.value)
      continue
    }
    const owner = stack[stack.length - 1] ?? stage
    if (owner && owner.summary.length < FILE_LIMITS.maxTextFieldLength) {
      owner.summary = `${owner.summary} ${line.trim()}`.trim().slice(0, FILE_LIMITS.maxTextFieldLength)
    }
  }
  return { ok: true, value: stages }
}

/** Why one more topic (nested `depth` bullets deep, under `parent`) breaks a cap, or null; counts it otherwise. */
function capProblem(
  stage: OutlineStage,
  parent: OutlineNode | undefined,
  depth: number,
  counts: OutlineCounts
): MessageRef | null {
  if (depth >= MAX_OUTLINE_DEPTH)
    return messageRef('errors.outline.tooDeep', { depth: String(depth + 1), max: String(MAX_OUTLINE_DEPTH) })
  if (parent) {
    const prerequisites = parent.children.length + 1 + (parent.afterSibling ? 1 : 0)
    if (prerequisites > FILE_LIMITS.maxPrerequisites) {
      return messageRef('errors.outline.tooManyChildren', {
        title: parent.title.slice(0, 60),
        line: String(parent.line),
        max: String(FILE_LIMITS.maxPrerequisites)
      })
    }
  }
  if (stage.topicCount === 0 && counts.stagesWithTopics + 1 > FILE_LIMITS.maxStages) {
    return messageRef('errors.outline.tooManyStages', { max: String(FILE_LIMITS.maxStages), line: String(stage.line) })
  }
  if (stage.topicCount + 1 > FILE_LIMITS.maxTopicsPerList) {
    return messageRef('errors.outline.tooManyStageTopics', {
      title: stage.title.slice(0, 60),
      line: String(stage.line),
      max: FILE_LIMITS.maxTopicsPerList
    })
  }
  if (counts.topics + 1 > MAX_OUTLINE_TOPICS)
    return messageRef('errors.outline.tooManyTopics', { max: MAX_OUTLINE_TOPICS })
  if (stage.topicCount === 0) counts.stagesWithTopics++
  stage.topicCount++
  counts.topics++
  return null
}

function indentWidth(indent: string): number {
  let width = 0
  for (const char of indent) width += char === '\t' ? 4 : 1
  return width
}

function cleanTitle(text: string): string {
  return linksAsLabels(text).replace(/[*_`]/g, '').trim()
}

function readTopic(raw: string, indent: number, line: number, afterSibling: boolean): FileResult<OutlineNode> {
  const where = `line ${line}`
  let text = withoutCheckbox(raw)
  const withoutMark = withoutOptional(text)
  const optional = withoutMark !== null
  text = (withoutMark ?? text).trim()
  const estimate = readEstimate(text)
  if (!estimate) {
    return fail(where, messageRef('errors.outline.noEstimate', { text: text.slice(0, 60) }))
  }
  const { minutes } = estimate
  if (!(minutes >= 1 && minutes <= MAX_TOPIC_MINUTES))
    return fail(where, messageRef('errors.outline.badEstimate', { hours: String(MAX_TOPIC_MINUTES / 60) }))
  const body = text.slice(0, estimate.start)
  const links = findLinks(body).slice(0, FILE_LIMITS.maxResources)
  const resources: Resource[] = []
  for (const link of links) {
    if (link.url.length > MAX_URL_LENGTH)
      return fail(where, messageRef('errors.outline.urlTooLong', { max: String(MAX_URL_LENGTH) }))
    const label = cleanTitle(link.label)
    if (label.length > FILE_LIMITS.maxTitleLength)
      return fail(where, messageRef('errors.outline.linkTextTooLong', { max: String(FILE_LIMITS.maxTitleLength) }))
    resources.push({ title: label || link.url, url: link.url })
  }
  const title = cleanTitle(body)
  if (title === '') return fail(where, messageRef('errors.outline.topicNoTitle'))
  if (title.length > FILE_LIMITS.maxTitleLength)
    return fail(where, messageRef('errors.outline.topicTitleTooLong', { max: String(FILE_LIMITS.maxTitleLength) }))
  return {
    ok: true,
    value: { title, minutes, optional, resources, line, indent, afterSibling, children: [], summary: '' }
  }
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

/**
 * Hands out ids from titles, unique within one namespace. Each base keeps the next number to try, so n topics with the
 * same title cost n steps, not n² (10,000 of them once took 5 s).
 */
function idMaker(fallback: string): (title: string) => string {
  const used = new Set<string>()
  const nextNumber = new Map<string, number>()
  return (title) => {
    const base = slug(title) || fallback
    let id = base
    let n = nextNumber.get(base) ?? 2
    while (used.has(id)) id = `${base}-${n++}`
    nextNumber.set(base, n)
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
    return {
      id: stageId(stage.title),
      title: stage.title,
      summary: stage.summary,
      optional: false,
      kind: 'sequence',
      topics
    }
  })
  const roadmap: Roadmap = { id, title, version: 1, stages: builtStages }
  const problem = validateRoadmap(roadmap)
  return problem ? fail('file', problem.ref ?? problem.message) : { ok: true, value: roadmap }
}
