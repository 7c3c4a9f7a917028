// Database figures measured in Chromium on a persistent on-disk profile: week query, regenerate, export and import.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { build, preview } from 'vite'
import { chromiumLaunchOptions } from '../tests/e2e/browser'

const ROOT = resolve(__dirname, 'browser')

/** Builds the bench page, serves it on 127.0.0.1 and runs it in Chromium with an on-disk profile. */
export async function run(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'planner-db-bench-out-'))
  const profileDir = mkdtempSync(join(tmpdir(), 'planner-db-bench-profile-'))
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } }
  })
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 5190, strictPort: false }
  })
  const context = await chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions, headless: true })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5190/')
    await page.waitForFunction(() => typeof window.runDbBench === 'function')
    // DB_BENCH_DIAGNOSE=1 adds the 'db.diag.*' write figures; =only runs just those.
    const diagnose = process.env['DB_BENCH_DIAGNOSE']
    return await page.evaluate(
      (mode) => window.runDbBench(mode === 'only' ? { only: 'diagnose' } : { diagnose: mode === '1' }),
      diagnose
    )
  } finally {
    await context.close()
    await server.close()
    rmSync(outDir, { recursive: true, force: true })
    rmSync(profileDir, { recursive: true, force: true })
  }
}

declare global {
  interface Window {
    runDbBench: (options?: { diagnose?: boolean; only?: 'diagnose' }) => Promise<Record<string, number>>
  }
}
