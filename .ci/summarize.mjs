// Sums every runner's JSON report into one closing line "N passed, N failed, N skipped" and sets the exit code.
import { existsSync, readFileSync } from 'node:fs'

const testStatus = Number(process.argv[2] ?? 1)
const totals = { passed: 0, failed: 0, skipped: 0 }

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

const vitest = readJson('test-results/vitest.json')
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests
}

for (const path of [
  'test-results/playwright-e2e.json',
  'test-results/playwright-desktop.json',
  'test-results/playwright-electron.json'
]) {
  const report = readJson(path)
  if (!report) continue
  totals.passed += report.stats.expected + report.stats.flaky
  totals.failed += report.stats.unexpected
  totals.skipped += report.stats.skipped
}

// A step without a test report (typecheck, lint, build) that failed still fails the run.
if (testStatus !== 0 && totals.failed === 0) {
  console.log(`npm test exited with status ${testStatus} outside the test runners (typecheck, lint or build).`)
  totals.failed = 1
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exitCode = testStatus !== 0 || totals.failed > 0 ? 1 : 0
