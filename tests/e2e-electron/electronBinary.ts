// Finds an installed Electron binary without triggering electron's lazy download (requiring 'electron' would start one).
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const electronPackageDir = resolve(__dirname, '../../node_modules/electron')

/** The binary's path, or null when none is installed on this machine. */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['ELECTRON_EXEC_PATH']
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  const pathFile = join(electronPackageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronPackageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

export const NO_ELECTRON_MESSAGE =
  'No Electron binary is installed here (node_modules/electron/dist is empty and ELECTRON_EXEC_PATH is unset); ' +
  'the Electron E2E tests run wherever `npm install` could download Electron.'
