import { defineConfig } from 'vitest/config';

// Core runs in Node: every test under test/core (elements tests run in Chromium, see
// web-test-runner.config.js). The `source` condition resolves @terreau/core to its TypeScript.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['test/core/**/*.test.ts'],
    environment: 'node',
    // Property tests run a few hundred cases; on a shared machine (load 20 on 2 cores) the 5 s default
    // cut some of them mid-run. A timeout is a guard against a hang, not a speed check (bench/ does that).
    testTimeout: 60_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test/.results/vitest.json' },
  },
});
