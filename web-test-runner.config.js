import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChromium } from './scripts/ensure-chromium.js';
import { countsReporter } from './scripts/wtr-counts-reporter.js';
import { essFixtures } from './test/elements/fixtures/fault-server.js';
import { fakeCompanySearchMiddleware } from './test/fixtures/recherche-entreprises/fake-api.js';
import { exampleMiddleware } from './web-dev-server.config.js';
import { essTouchPlugin } from './test/elements/ess-map/touch-plugin.js';
import { pdfCommandPlugin } from './test/elements/ess-lever-advisor/pdf-command.js';

const executablePath = findChromium();

// Elements run in real Chromium (Debian's, never a downloaded one). @terreau/core resolves to its
// TypeScript sources through the `source` export condition, so tests need no prior build.
export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // <ess-map> data fixtures and fetch faults (404, 500, timeout, cut connection…) under /__ess__/.
  // The example pages as the dev server serves them (/terreau/ → the built dist, strict CSP on csp.html).
  // The API Recherche d'entreprises' stand-in under /__ess__/recherche-entreprises/.
  middleware: [fakeCompanySearchMiddleware, essFixtures, ...exampleMiddleware],
  plugins: [
    essTouchPlugin(),
    // Print the page to PDF and count its pages (the advisor's one-page summary).
    pdfCommandPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // esbuild does not follow "extends": this file sets experimentalDecorators itself.
      tsconfig: fileURLToPath(new URL('./packages/elements/tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      // One browser context per test file: with two pages in one context, the background page
      // gets no requestAnimationFrame (the map draws on it) and throttled timers.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter('test/.results/wtr.json')],
};
