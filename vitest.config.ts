// Unit and component tests: Node for shared and main code, happy-dom for renderer components.
import { availableParallelism } from 'node:os'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/** The suites of hostile user files, and the heap each of their processes may use, in MB. */
const HOSTILE_INPUT_TESTS = ['tests/unit/shared/hostileInput.test.ts', 'tests/unit/shared/backup/fuzz.test.ts']
export const HOSTILE_INPUT_HEAP_MB = 300
/** Every project's setup: fast-check's default case count, scaled by FUZZ=long like the counts tests state. */
const FUZZ_SETUP = 'tests/support/fuzzSetup.ts'

export default defineConfig({
  plugins: [react()],
  test: {
    // Property tests run thousands of cases; on a loaded 2-core machine that can pass 5 s. Nothing here is timed.
    testTimeout: 60_000,
    // Hooks run in the order they are declared, so the setup file's React cleanup unmounts components before a
    // test file's afterEach closes the database they read from.
    sequence: { hooks: 'list' },
    // Vitest's default leaves one core to its own process (one worker on a 2-core machine); that process mostly waits,
    // so a worker per core runs the files in parallel.
    maxWorkers: availableParallelism(),
    // Test files share their worker's module graph and, for components, its happy-dom window instead of importing and
    // building them afresh per file: the unit loop took 105 s with isolation and ~50 s without on this 2-core machine.
    // What the app keeps in memory for a session is reset after every test (tests/unit/renderer/setup.ts), and each
    // test opens its own database; the hostile-input suites keep their own processes (below).
    isolate: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/{shared,main,preload,tooling}/**/*.test.ts'],
          exclude: HOSTILE_INPUT_TESTS,
          setupFiles: [FUZZ_SETUP]
        }
      },
      {
        extends: true,
        test: {
          // Every hostile file is refused or read within 300 MB (#18 item 3): these suites run in processes whose heap
          // cannot grow past that, so an input that needed more would end the run instead of passing.
          name: 'hostile',
          environment: 'node',
          include: HOSTILE_INPUT_TESTS,
          pool: 'forks',
          isolate: true,
          setupFiles: [FUZZ_SETUP],
          execArgv: [`--max-old-space-size=${HOSTILE_INPUT_HEAP_MB}`]
        }
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: [FUZZ_SETUP, 'tests/unit/renderer/setup.ts']
        }
      }
    ]
  }
})
