// The calendar's chunk carries V8's eager-compilation hint on its first line; other chunks stay lazy.
import { describe, expect, it } from 'vitest'
import { EAGER_COMPILE_HINT, eagerCompile } from '../../../scripts/eagerCompile'
import config from '../../../electron.vite.config'

type Chunk = { type: 'chunk'; name: string; code: string }

function generate(plugin: ReturnType<typeof eagerCompile>, chunks: Chunk[]): Chunk[] {
  const bundle = Object.fromEntries(chunks.map((chunk) => [`${chunk.name}.js`, chunk]))
  const hook = plugin.generateBundle as unknown as (options: unknown, bundle: Record<string, Chunk>) => void
  hook.call({}, {}, bundle)
  return chunks
}

describe('eagerCompile', () => {
  it('puts the hint first in the chunks it names and leaves the others as they were', () => {
    const [calendar, settings] = generate(
      eagerCompile((name) => name === 'PlanView'),
      [
        { type: 'chunk', name: 'PlanView', code: 'import"./a.js";export{x};' },
        { type: 'chunk', name: 'SettingsScreen', code: 'export{y};' }
      ]
    )
    expect(calendar!.code).toBe(`${EAGER_COMPILE_HINT}\nimport"./a.js";export{x};`)
    expect(settings!.code).toBe('export{y};')
  })

  it('is in the renderer build for the calendar chunk (PlanView) only', () => {
    const renderer = (config as { renderer: { plugins: { name: string }[] } }).renderer
    const plugin = renderer.plugins.find((candidate) => candidate.name === 'study-planner:eager-compile')
    expect(plugin).toBeDefined()
    const [calendar, roadmap] = generate(plugin as ReturnType<typeof eagerCompile>, [
      { type: 'chunk', name: 'PlanView', code: 'a' },
      { type: 'chunk', name: 'RoadmapScreen', code: 'b' }
    ])
    expect(calendar!.code.startsWith(EAGER_COMPILE_HINT)).toBe(true)
    expect(roadmap!.code).toBe('b')
  })
})
