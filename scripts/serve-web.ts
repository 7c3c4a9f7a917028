// Serves the built renderer (out/renderer) on 127.0.0.1 for a browser, with the same CSP header the desktop app sends.
import { resolve } from 'node:path'
import { preview } from 'vite'
import { PRODUCTION_CSP } from '../src/main/security/csp'

const port = Number(process.env['PORT'] ?? 5174)

async function main(): Promise<void> {
  const server = await preview({
    configFile: false,
    root: resolve(__dirname, '..'),
    logLevel: 'warn',
    build: { outDir: 'out/renderer' },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      open: false,
      headers: { 'Content-Security-Policy': PRODUCTION_CSP, 'X-Content-Type-Options': 'nosniff' }
    }
  })
  console.log(`Study Planner (web build) at ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
