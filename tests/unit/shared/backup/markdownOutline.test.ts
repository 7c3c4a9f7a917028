// Markdown outlines: headings become stages, bullets topics with estimates, nested bullets prerequisites in order.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FILE_LIMITS, importMarkdownOutline } from '../../../../src/shared/backup'
import {
  MAX_OUTLINE_DEPTH,
  MAX_OUTLINE_LINE_LENGTH,
  MAX_OUTLINE_TOPICS
} from '../../../../src/shared/backup/markdownOutline'
import type { Roadmap, Topic } from '../../../../src/shared/domain/roadmap'
import { cases } from '../../../support/fuzz'
import { inEnglish, resultInEnglish } from '../../../support/english'

const OUTLINE = `# Rust in a month

Learn the language by building.

## Basics
- Ownership (3h)
- Borrowing [the book](https://doc.rust-lang.org/book/) (90m)
  - References (45m)
  - Lifetimes (1h 30m)
* Traits (2.5h) (optional)

## Projects
1. A CLI tool (6h)
`

function estimate(value: number, style: string): string {
  if (style === 'm' || value % 60 === 0) return value % 60 === 0 ? `(${value / 60}h)` : `(${value}m)`
  return `(${Math.floor(value / 60)}h ${value % 60}m)`
}

function refusal(text: string): { where: string; message: string } | null {
  const result = importMarkdownOutline(text)
  return result.ok ? null : inEnglish(result.error)
}

function stageOf(n: number, count: number): string[] {
  return [`## S${n}`, ...Array.from({ length: count }, (_, i) => `- T${i} (1h)`)]
}

function topicsOf(roadmap: Roadmap): Topic[] {
  return roadmap.stages.flatMap((stage) => (stage.kind === 'sequence' ? stage.topics : []))
}

describe('importMarkdownOutline', () => {
  it('reads title, stages, estimates, links, optional topics and nested prerequisites', () => {
    const result = importMarkdownOutline(OUTLINE)
    if (!result.ok) throw new Error(result.error.message)
    const roadmap = result.value
    expect(roadmap).toMatchObject({ id: 'rust-in-a-month', title: 'Rust in a month', version: 1 })
    expect(roadmap.stages.map((stage) => stage.title)).toEqual(['Basics', 'Projects'])
    const byTitle = new Map(topicsOf(roadmap).map((topic) => [topic.title, topic]))
    expect([...byTitle.keys()]).toEqual([
      'Ownership',
      'References',
      'Lifetimes',
      'Borrowing the book',
      'Traits',
      'A CLI tool'
    ])
    expect([...byTitle.values()].map((topic) => topic.estimatedMinutes)).toEqual([180, 45, 90, 90, 150, 360])
    expect(byTitle.get('Lifetimes')!.prerequisites).toEqual(['references'])
    expect(byTitle.get('Borrowing the book')!.prerequisites).toEqual(['references', 'lifetimes'])
    expect(byTitle.get('Borrowing the book')!.resources).toEqual([
      { title: 'the book', url: 'https://doc.rust-lang.org/book/' }
    ])
    expect(byTitle.get('Traits')!.optional).toBe(true)
    expect(byTitle.get('Ownership')!.optional).toBeUndefined()
  })

  it('names the line of a topic without an estimate, a topic before any heading and a bad estimate', () => {
    expect(resultInEnglish(importMarkdownOutline('## A\n- One (1h)\n- Two\n'))).toEqual({
      ok: false,
      error: { where: 'line 3', message: expect.stringMatching(/"Two" has no estimate/) }
    })
    expect(importMarkdownOutline('- Lonely (1h)\n## A\n')).toMatchObject({ ok: false, error: { where: 'line 1' } })
    expect(importMarkdownOutline('## A\n\n- Huge (2000h)\n')).toMatchObject({ ok: false, error: { where: 'line 3' } })
    expect(importMarkdownOutline('just prose')).toMatchObject({ ok: false, error: { where: 'file' } })
  })

  it('keeps ids unique when titles repeat', () => {
    const result = importMarkdownOutline('## A\n- Intro (1h)\n## B\n- Intro (1h)\n')
    expect(result.ok && topicsOf(result.value).map((topic) => topic.id)).toEqual(['intro', 'intro-2'])
  })

  interface Node {
    title: string
    minutes: number
    children: Node[]
  }
  const word = fc.stringMatching(/^[a-z]{1,8}$/)
  const title = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '))
  const minutes = fc.integer({ min: 1, max: 3000 })
  const node = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.record({
      title,
      minutes,
      children: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant<Node[]>([]),
        fc.array(tie('node') as fc.Arbitrary<Node>, { maxLength: 3 })
      )
    })
  })).node
  const outline = fc.record({
    title,
    stages: fc.array(fc.record({ title, roots: fc.array(node, { minLength: 1, maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 4
    }),
    style: fc.constantFrom('m', 'hm', 'tab')
  })

  function render(nodes: readonly Node[], depth: number, style: string): string[] {
    const indent = style === 'tab' ? '\t'.repeat(depth) : '  '.repeat(depth)
    return nodes.flatMap((n) => [
      `${indent}- ${n.title} ${estimate(n.minutes, style)}`,
      ...render(n.children, depth + 1, style)
    ])
  }

  /** Expected topics in roadmap order (children before parent) with prerequisites as titles. */
  function expected(
    nodes: readonly Node[],
    nested: boolean
  ): Array<{ title: string; minutes: number; prerequisites: string[] }> {
    const out: Array<{ title: string; minutes: number; prerequisites: string[] }> = []
    nodes.forEach((n, index) => {
      out.push(...expected(n.children, true))
      const previous = nested && index > 0 ? [nodes[index - 1]!.title] : []
      out.push({
        title: n.title,
        minutes: n.minutes,
        prerequisites: [...previous, ...n.children.map((child) => child.title)]
      })
    })
    return out
  }

  it('property: any outline reads back as its stages, topics, estimates and prerequisites', () => {
    fc.assert(
      fc.property(outline, (doc) => {
        const text = [
          `# ${doc.title}`,
          '',
          ...doc.stages.flatMap((stage) => [`## ${stage.title}`, ...render(stage.roots, 0, doc.style), ''])
        ].join('\n')
        const result = importMarkdownOutline(text)
        if (!result.ok) throw new Error(`${result.error.where}: ${result.error.message}\n${text}`)
        expect(result.value.title).toBe(doc.title)
        expect(result.value.stages.map((stage) => stage.title)).toEqual(doc.stages.map((stage) => stage.title))
        const titleOf = new Map(topicsOf(result.value).map((topic) => [topic.id, topic.title]))
        result.value.stages.forEach((stage, index) => {
          const topics = stage.kind === 'sequence' ? stage.topics : []
          const actual = topics.map((topic) => ({
            title: topic.title,
            minutes: topic.estimatedMinutes,
            prerequisites: topic.prerequisites.map((id) => titleOf.get(id))
          }))
          expect(actual).toEqual(expected(doc.stages[index]!.roots, false))
        })
      }),
      { numRuns: cases(200) }
    )
  })

  describe('caps that keep every imported outline restorable from a backup', () => {
    it(`refuses stage ${FILE_LIMITS.maxStages + 1} with topics at its first topic's line`, () => {
      const text = Array.from({ length: FILE_LIMITS.maxStages + 1 }, (_, i) => `## Stage ${i}\n- Topic ${i} (1h)`).join(
        '\n'
      )
      expect(refusal(text)).toEqual({
        where: `line ${2 * FILE_LIMITS.maxStages + 2}`,
        message: expect.stringContaining(`at most ${FILE_LIMITS.maxStages}`)
      })
      // The 500 stages before it are accepted.
      expect(importMarkdownOutline(text.split('\n').slice(0, -2).join('\n')).ok).toBe(true)
    })

    it(`refuses a topic with more than ${FILE_LIMITS.maxPrerequisites} prerequisites, naming the nested line and the topic`, () => {
      const children = Array.from({ length: FILE_LIMITS.maxPrerequisites + 1 }, (_, i) => `  - Part ${i} (1h)`)
      expect(refusal(['## A', '- Parent (1h)', ...children].join('\n'))).toEqual({
        where: `line ${FILE_LIMITS.maxPrerequisites + 3}`,
        message: expect.stringMatching(/"Parent" \(line 2\) would need more than 200 prerequisites/)
      })
      expect(importMarkdownOutline(['## A', '- Parent (1h)', ...children.slice(0, -1)].join('\n')).ok).toBe(true)
    })

    it('counts the sibling before a nested topic as one of its prerequisites', () => {
      const children = Array.from({ length: FILE_LIMITS.maxPrerequisites }, (_, i) => `    - Part ${i} (1h)`)
      expect(
        refusal(['## A', '- Root (1h)', '  - First (1h)', '  - Second (1h)', ...children].join('\n'))
      ).toMatchObject({ where: `line ${FILE_LIMITS.maxPrerequisites + 4}` })
    })

    it(`refuses bullets nested deeper than ${MAX_OUTLINE_DEPTH} levels with a message (5,000 levels once threw a RangeError)`, () => {
      const text = ['## Deep', ...Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i)}- Level ${i} (1h)`)].join(
        '\n'
      )
      expect(refusal(text)).toEqual({
        where: `line ${MAX_OUTLINE_DEPTH + 2}`,
        message: expect.stringContaining(`at most ${MAX_OUTLINE_DEPTH} levels`)
      })
    })

    it(`refuses topic ${FILE_LIMITS.maxTopicsPerList + 1} of one stage and topic ${MAX_OUTLINE_TOPICS + 1} of the outline`, () => {
      expect(refusal(stageOf(0, FILE_LIMITS.maxTopicsPerList + 1).join('\n'))).toMatchObject({
        where: `line ${FILE_LIMITS.maxTopicsPerList + 2}`
      })
      const stages = Array.from({ length: 5 }, (_, n) => stageOf(n, 4_001)).flat()
      // Four full stages hold 16,004 topics; the 20,001st is topic 3,997 of the fifth, after four stages of 4,002 lines.
      expect(refusal(stages.join('\n'))).toEqual({
        where: `line ${4 * 4_002 + 1 + (MAX_OUTLINE_TOPICS + 1 - 4 * 4_001)}`,
        message: expect.stringContaining('more than 20,000 topics')
      })
    })

    it('refuses an over-long line, title or link with its line number', () => {
      expect(refusal(`## A\n- ${'x'.repeat(MAX_OUTLINE_LINE_LENGTH)} (1h)`)).toMatchObject({
        where: 'line 2',
        message: expect.stringContaining('at most 20,000')
      })
      expect(refusal(`# ${'T'.repeat(501)}\n## A\n- B (1h)`)).toMatchObject({
        where: 'line 1',
        message: expect.stringContaining('title is too long')
      })
      expect(refusal(`## A\n- B [doc](https://e.com/${'p'.repeat(2100)}) (1h)`)).toMatchObject({
        where: 'line 2',
        message: expect.stringContaining('2048')
      })
      expect(refusal(`## A\n- B [${'l'.repeat(600)}](https://e.com/) (1h)`)).toMatchObject({
        where: 'line 2',
        message: expect.stringContaining("link's text")
      })
    })

    it('gives 10,000 topics with the same title distinct ids quickly (per-title counters, not a search from 2 each time)', () => {
      const text = [0, 1]
        .map((n) => [`## S${n}`, ...Array.from({ length: 5_000 }, () => '- Intro (1h)')].join('\n'))
        .join('\n')
      const started = performance.now()
      const result = importMarkdownOutline(text)
      expect(performance.now() - started).toBeLessThan(2_000)
      const ids = result.ok ? topicsOf(result.value).map((topic) => topic.id) : []
      expect(new Set(ids).size).toBe(10_000)
      expect(ids.slice(0, 3)).toEqual(['intro', 'intro-2', 'intro-3'])
      expect(ids.at(-1)).toBe('intro-10000')
    })
  })
})
