// `npm run audit`: runs Doyensec's Electronegativity over src for our Electron version and fails on any finding
// that docs/electronegativity-explained.json does not explain. Needs the npm registry (npx fetches the pinned tool).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ELECTRONEGATIVITY = '@doyensec/electronegativity@1.10.3'
const root = resolve(__dirname, '..')
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies['electron']
const explained = JSON.parse(readFileSync(join(root, 'docs/electronegativity-explained.json'), 'utf8')) as Record<
  string,
  string
>

const output = join(mkdtempSync(join(tmpdir(), 'audit-')), 'findings.csv')
const run = spawnSync(
  'npx',
  ['--yes', ELECTRONEGATIVITY, '-i', join(root, 'src'), '-e', String(electronVersion), '-r', '-o', output],
  { stdio: 'inherit' }
)
if (run.status !== 0) {
  console.error(`Electronegativity failed to run (status ${run.status}).`)
  process.exit(1)
}

/** The check id and file of each finding: "CHECK_ID file". CSV fields are quoted; only the first columns are read. */
const findings = readFileSync(output, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [check = '', , , file = ''] = line.split(',')
    return `${check.trim()} ${file.replaceAll('"', '').trim()}`
  })

const unexplained = [...new Set(findings)].filter((key) => !(key in explained))
for (const key of new Set(findings)) console.log(`${key in explained ? 'explained ' : 'UNEXPLAINED'}  ${key}`)
console.log(`${findings.length} findings, ${unexplained.length} unexplained`)
process.exitCode = unexplained.length === 0 ? 0 : 1
