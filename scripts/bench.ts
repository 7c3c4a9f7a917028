// `npm run bench`: runs every bench/*.bench.ts module and prints one JSON object of all their figures.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

type BenchModule = { run: () => Promise<Record<string, unknown>> }

async function main(): Promise<void> {
  const benchDir = join(__dirname, '..', 'bench')
  const figures: Record<string, unknown> = {}
  for (const file of readdirSync(benchDir)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort()) {
    const mod = (await import(join(benchDir, file))) as BenchModule
    Object.assign(figures, await mod.run())
  }
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
