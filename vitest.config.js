import { defineConfig } from 'vitest/config';

// Core runs in Node: every test under test/core (elements tests run in Chromium, see
// web-test-runner.config.js). The `source` condition resolves @terreau/core to its TypeScript.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['test/core/**/*.test.ts'],
    environment: 'node',
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test/.results/vitest.json' },
  },
});
