// Starts the real app for a test with its own user data folder, so tests never touch a developer's own plan.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, type ElectronApplication } from '@playwright/test'

export const appDir = resolve(__dirname, '../..')

/** A fresh config home: on Linux, Electron's appData (and so userData) lives under $XDG_CONFIG_HOME. */
export function isolatedEnv(): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'planner-electron-'))
  return { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), HOME: home }
}

/** Starts the app; `switches` are Chromium's command-line switches, e.g. '--lang=de-DE' for a German system. */
export function launchApp(
  executablePath: string,
  env: NodeJS.ProcessEnv = isolatedEnv(),
  switches: readonly string[] = []
): Promise<ElectronApplication> {
  return electron.launch({ executablePath, args: [...switches, appDir], env: env as Record<string, string> })
}
