// Proves the linter enforces the architecture's boundaries: a planted violation in each folder must fail the lint.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repoRoot = resolve(__dirname, '../../..')
const oxlintBin = join(repoRoot, 'node_modules', '.bin', 'oxlint')

type Diagnostic = { code: string; filename: string; severity: string }

/** Each planted file, the rule it must trip, and why the architecture forbids it. */
const plantedViolations = [
  // time/ is the engine's base: an import back from scheduling/ would make each depend on the other.
  {
    file: 'src/shared/time/usesScheduling.ts',
    code: "import { buildSchedule } from '../scheduling/buildSchedule'\nexport const a = buildSchedule\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/time/usesSchedulingIndex.ts',
    code: "import * as engine from '../scheduling'\nexport const a = engine\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/time/usesElectron.ts',
    code: "import { app } from 'electron'\nexport const a = app\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/scheduling/usesElectron.ts',
    code: "import { app } from 'electron'\nexport const a = app\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/domain/usesReact.ts',
    code: "import { useState } from 'react'\nexport const a = useState\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/domain/usesReactDom.ts',
    code: "import { createRoot } from 'react-dom/client'\nexport const a = createRoot\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/usesDexie.ts',
    code: "import { Dexie } from 'dexie'\nexport const a = Dexie\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/usesNodeFs.ts',
    code: "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/importsMain.ts',
    code: "import { x } from '../main/x'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/importsRenderer.ts',
    code: "import { x } from '../renderer/src/db/x'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/shared/importsPreload.ts',
    code: "import { x } from '../preload/x'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  { file: 'src/shared/usesWindow.ts', code: 'export const a = window.location.href\n', rule: 'no-restricted-globals' },
  { file: 'src/shared/usesDocument.ts', code: 'export const a = document.title\n', rule: 'no-restricted-globals' },
  { file: 'src/shared/usesNavigator.ts', code: 'export const a = navigator.language\n', rule: 'no-restricted-globals' },
  {
    file: 'src/shared/usesIndexedDb.ts',
    code: "export const a = indexedDB.open('x')\n",
    rule: 'no-restricted-globals'
  },
  { file: 'src/shared/usesProcess.ts', code: 'export const a = process.env\n', rule: 'no-restricted-globals' },
  {
    file: 'src/renderer/src/usesElectron.ts',
    code: "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/usesNodePath.ts',
    code: "import { join } from 'node:path'\nexport const a = join\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/main/usesReact.ts',
    code: "import { useState } from 'react'\nexport const a = useState\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/main/usesReactDomSubpath.ts',
    code: "import { createRoot } from 'react-dom/client'\nexport const a = createRoot\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/main/usesDexie.ts',
    code: "import { Dexie } from 'dexie'\nexport const a = Dexie\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/main/importsRenderer.ts',
    code: "import { x } from '../renderer/src/db/x'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  // electron-log's Electron entry registers its own ipcMain channel (no sender check) and a preload for every session.
  {
    file: 'src/main/usesElectronLogMain.ts',
    code: "import log from 'electron-log/main'\nexport const a = log\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/main/usesElectronLogRoot.ts',
    code: "import log from 'electron-log'\nexport const a = log\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/usesElectronLog.ts',
    code: "import log from 'electron-log/renderer'\nexport const a = log\n",
    rule: 'no-restricted-imports'
  },
  // Only db/ reads the database: components and features go through its repositories and hooks.
  {
    file: 'src/renderer/src/components/usesDexie.ts',
    code: "import { Dexie } from 'dexie'\nexport const a = Dexie\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/settings/usesDexieHooks.ts',
    code: "import { useLiveQuery } from 'dexie-react-hooks'\nexport const a = useLiveQuery\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/settings/plan/usesDexie.ts',
    code: "import { Dexie } from 'dexie'\nexport const a = Dexie\n",
    rule: 'no-restricted-imports'
  },
  // A feature never imports another feature, at any depth inside it, statically, for its styles, or lazily.
  {
    file: 'src/renderer/src/features/progress/importsCalendar.ts',
    code: "import { x } from '../calendar/x'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/progress/importsCalendarStyles.ts',
    code: "import '../calendar/common.css'\nexport const a = 1\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/calendar/loadsOnboarding.ts',
    code: "export const a = () => import('../onboarding/Onboarding')\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/settings/plan/importsCalendar.ts',
    code: "import { x } from '../../calendar/formatting'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/settings/plan/deeper/importsRoadmap.ts',
    code: "import { x } from '../../../roadmap/x'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/progress/viaFeaturesFolder.ts',
    code: "import { x } from '../../features/calendar/x'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  // The feature rule replaces the renderer-wide one for feature files: it must keep refusing Electron and Node there.
  {
    file: 'src/renderer/src/features/progress/usesElectron.ts',
    code: "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/settings/plan/usesNodePath.ts',
    code: "import { join } from 'node:path'\nexport const a = join\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/features/settings/plan/deeper/importsMain.ts',
    code: "import { x } from '../../../../../../main/x'\nexport const a = x\n",
    rule: 'no-restricted-imports'
  },
  {
    file: 'src/renderer/src/db/usesElectron.ts',
    code: "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n",
    rule: 'no-restricted-imports'
  }
] as const

/** Files that follow the rules: the lint must stay quiet on them, or the checks above prove nothing. */
const allowedFiles = [
  { file: 'src/shared/pure.ts', code: "import { addDays } from 'date-fns'\nexport const a = addDays\n" },
  {
    file: 'src/shared/time/usesDomainAndItself.ts',
    code: "import type { LocalDate } from '../domain/time'\nimport { DAY_MS } from './durations'\nexport const a: [LocalDate, number] = ['2027-01-01', DAY_MS]\n"
  },
  {
    file: 'src/shared/scheduling/usesTime.ts',
    code: "import { DAY_MS } from '../time'\nexport const a = DAY_MS\n"
  },
  {
    file: 'src/renderer/src/db/usesReactAndDexie.ts',
    code: "import { Dexie } from 'dexie'\nimport { useLiveQuery } from 'dexie-react-hooks'\nimport { useState } from 'react'\nexport const a = [Dexie, useLiveQuery, useState]\n"
  },
  // Inside a feature: its own files (at any depth), shared components, db hooks and src/shared.
  {
    file: 'src/renderer/src/features/progress/usesSharedPieces.ts',
    code: "import { x } from './x'\nimport { y } from '../../components/y'\nimport { z } from '../../db/hooks'\nimport { w } from '../../../../shared/w'\nimport '../../components/common.css'\nexport const a = [x, y, z, w]\n"
  },
  {
    file: 'src/renderer/src/features/settings/plan/usesOwnFeature.ts',
    code: "import { x } from '../x'\nimport { y } from '../data/y'\nimport { z } from '../../../components/planInputs/z'\nexport const a = [x, y, z]\n"
  },
  {
    file: 'src/renderer/src/features/settings/plan/deeper/usesOwnFeature.ts',
    code: "import { x } from '../../x'\nimport { y } from '../../../../db/y'\nexport const a = [x, y]\n"
  },
  {
    file: 'src/renderer/src/components/composesFeatures.ts',
    code: "import { x } from '../features/calendar/x'\nimport { y } from '../features/onboarding/y'\nexport const a = [x, y]\n"
  },
  {
    file: 'src/main/usesElectronAndNode.ts',
    code: "import { app } from 'electron'\nimport { join } from 'node:path'\nexport const a = [app, join]\n"
  },
  { file: 'src/main/usesNodeLogger.ts', code: "import log from 'electron-log/node'\nexport const a = log\n" }
]

let workDir = ''
let diagnostics: Diagnostic[] = []

function plant(relativePath: string, code: string): void {
  const target = join(workDir, relativePath)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, code)
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'lint-boundaries-'))
  copyFileSync(join(repoRoot, '.oxlintrc.json'), join(workDir, '.oxlintrc.json'))
  for (const { file, code } of [...plantedViolations, ...allowedFiles]) plant(file, code)
  let output: string
  try {
    output = execFileSync(oxlintBin, ['--format', 'json', '-c', '.oxlintrc.json', '.'], {
      cwd: workDir,
      encoding: 'utf8'
    })
  } catch (error) {
    // oxlint exits non-zero when it finds errors; its report is still on stdout.
    output = (error as { stdout: string }).stdout
  }
  diagnostics = (JSON.parse(output) as { diagnostics: Diagnostic[] }).diagnostics
})

afterAll(() => rmSync(workDir, { recursive: true, force: true }))

describe('lint boundaries', () => {
  it.each(plantedViolations)('fails on $file ($rule)', ({ file, rule }) => {
    const found = diagnostics.filter((d) => d.filename.replaceAll('\\', '/') === file)
    expect(found.map((d) => d.code)).toContain(`eslint(${rule})`)
    expect(found.every((d) => d.severity === 'error')).toBe(true)
  })

  it.each(allowedFiles)('allows $file', ({ file }) => {
    expect(diagnostics.filter((d) => d.filename.replaceAll('\\', '/') === file)).toEqual([])
  })
})
