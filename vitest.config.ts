// Unit and component tests: Node for shared and main code, happy-dom for renderer components.
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    // Property tests run thousands of cases; on a loaded 2-core machine that can pass 5 s. Nothing here is timed.
    testTimeout: 60_000,
    // Hooks run in the order they are declared, so the setup file's React cleanup unmounts components before a
    // test file's afterEach closes the database they read from.
    sequence: { hooks: 'list' },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/{shared,main,preload,tooling}/**/*.test.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts']
        }
      }
    ]
  }
})
