// Benchmark figure for #18 item 3: the worst parse time over the hostile .ics and Markdown inputs the budget tests use.
import fc from 'fast-check'
import { importMarkdownOutline } from '../src/shared/backup'
import { importBusyIcs } from '../src/shared/ics'
import {
  ICS_OPTIONS,
  hostileIcs,
  hostileMarkdown,
  namedIcsCases,
  namedMarkdownCases,
  timed,
  type HostileCase
} from '../tests/unit/shared/hostileInputs'

function parse(input: HostileCase): void {
  if (input.kind === 'ics') importBusyIcs(input.text, ICS_OPTIONS)
  else importMarkdownOutline(input.text)
}

export async function run(): Promise<Record<string, number | string>> {
  // The named cases from #18, then a fixed-seed sample of the generated ones (the same every run).
  const generated: HostileCase[] = [
    ...fc
      .sample(hostileIcs, { seed: 18, numRuns: 100 })
      .map((text, i) => ({ name: `generated .ics #${i}`, kind: 'ics' as const, text })),
    ...fc
      .sample(hostileMarkdown, { seed: 18, numRuns: 100 })
      .map((text, i) => ({ name: `generated Markdown #${i}`, kind: 'markdown' as const, text }))
  ]
  const inputs = [...namedIcsCases(), ...namedMarkdownCases(), ...generated]
  for (const input of inputs.slice(0, 5)) parse(input) // warm the JIT so the first case does not pay for it
  let worst = { name: '', wallMs: 0, cpuMs: 0 }
  for (const input of inputs) {
    const { wallMs, cpuMs } = timed(() => parse(input))
    if (wallMs > worst.wallMs) worst = { name: input.name, wallMs, cpuMs }
  }
  return {
    worstHostileParseMs: Math.round(worst.wallMs),
    worstHostileParseCpuMs: Math.round(worst.cpuMs),
    worstHostileParseCase: worst.name,
    hostileInputsParsed: inputs.length
  }
}
