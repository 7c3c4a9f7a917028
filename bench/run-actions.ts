// Runs only the per-action repaint bench (bench/renderer-browser/actionRepaint.ts) on a fresh build and prints its
// figures: `npx tsx bench/run-actions.ts` (ACTION_BENCH_REPS=n for more or fewer repetitions).
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { preview } from 'vite'
import { measureActionRepaints } from './renderer-browser/actionRepaint'

async function main(): Promise<void> {
  const repo = resolve(__dirname, '..')
  if (process.env['ACTION_BENCH_NO_BUILD'] !== '1')
    execFileSync('npx', ['electron-vite', 'build'], { cwd: repo, stdio: 'ignore' })
  const server = await preview({
    configFile: false,
    root: repo,
    logLevel: 'error',
    build: { outDir: join(repo, 'out', 'renderer') },
    preview: { host: '127.0.0.1', port: 5196, strictPort: false }
  })
  try {
    const started = Date.now()
    const figures = await measureActionRepaints(server.resolvedUrls?.local[0] ?? '')
    process.stdout.write(
      `${JSON.stringify({ ...figures, benchSeconds: Math.round((Date.now() - started) / 1000) }, null, 1)}\n`
    )
  } finally {
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
