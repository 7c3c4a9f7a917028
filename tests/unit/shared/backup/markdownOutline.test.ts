// Markdown outlines: headings become stages, bullets topics with estimates, nested bullets prerequisites in order.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importMarkdownOutline } from '../../../../src/shared/backup'
import type { Roadmap, Topic } from '../../../../src/shared/domain/roadmap'

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
    expect([...byTitle.keys()]).toEqual(['Ownership', 'References', 'Lifetimes', 'Borrowing the book', 'Traits', 'A CLI tool'])
    expect([...byTitle.values()].map((topic) => topic.estimatedMinutes)).toEqual([180, 45, 90, 90, 150, 360])
    expect(byTitle.get('Lifetimes')!.prerequisites).toEqual(['references'])
    expect(byTitle.get('Borrowing the book')!.prerequisites).toEqual(['references', 'lifetimes'])
    expect(byTitle.get('Borrowing the book')!.resources).toEqual([{ title: 'the book', url: 'https://doc.rust-lang.org/book/' }])
    expect(byTitle.get('Traits')!.optional).toBe(true)
    expect(byTitle.get('Ownership')!.optional).toBeUndefined()
  })

  it('names the line of a topic without an estimate, a topic before any heading and a bad estimate', () => {
    expect(importMarkdownOutline('## A\n- One (1h)\n- Two\n')).toEqual({ ok: false, error: { where: 'line 3', message: expect.stringMatching(/"Two" has no estimate/) } })
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
    node: fc.record({ title, minutes, children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant<Node[]>([]), fc.array(tie('node') as fc.Arbitrary<Node>, { maxLength: 3 })) })
  })).node
  const outline = fc.record({
    title,
    stages: fc.array(fc.record({ title, roots: fc.array(node, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
    style: fc.constantFrom('m', 'hm', 'tab')
  })

  function render(nodes: readonly Node[], depth: number, style: string): string[] {
    const indent = style === 'tab' ? '\t'.repeat(depth) : '  '.repeat(depth)
    return nodes.flatMap((n) => [`${indent}- ${n.title} ${estimate(n.minutes, style)}`, ...render(n.children, depth + 1, style)])
  }

  /** Expected topics in roadmap order (children before parent) with prerequisites as titles. */
  function expected(nodes: readonly Node[], nested: boolean): Array<{ title: string; minutes: number; prerequisites: string[] }> {
    const out: Array<{ title: string; minutes: number; prerequisites: string[] }> = []
    nodes.forEach((n, index) => {
      out.push(...expected(n.children, true))
      const previous = nested && index > 0 ? [nodes[index - 1]!.title] : []
      out.push({ title: n.title, minutes: n.minutes, prerequisites: [...previous, ...n.children.map((child) => child.title)] })
    })
    return out
  }

  it('property: any outline reads back as its stages, topics, estimates and prerequisites', () => {
    fc.assert(
      fc.property(outline, (doc) => {
        const text = [`# ${doc.title}`, '', ...doc.stages.flatMap((stage) => [`## ${stage.title}`, ...render(stage.roots, 0, doc.style), ''])].join('\n')
        const result = importMarkdownOutline(text)
        if (!result.ok) throw new Error(`${result.error.where}: ${result.error.message}\n${text}`)
        expect(result.value.title).toBe(doc.title)
        expect(result.value.stages.map((stage) => stage.title)).toEqual(doc.stages.map((stage) => stage.title))
        const titleOf = new Map(topicsOf(result.value).map((topic) => [topic.id, topic.title]))
        result.value.stages.forEach((stage, index) => {
          const topics = stage.kind === 'sequence' ? stage.topics : []
          const actual = topics.map((topic) => ({ title: topic.title, minutes: topic.estimatedMinutes, prerequisites: topic.prerequisites.map((id) => titleOf.get(id)) }))
          expect(actual).toEqual(expected(doc.stages[index]!.roots, false))
        })
      }),
      { numRuns: 200 }
    )
  })
})
