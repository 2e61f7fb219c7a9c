// End-to-end tests: Playwright drives the built renderer in Chromium through the browser harness (test/e2e).
// `npm run test:e2e` builds first; the browser is found on the machine (test/e2e/support/find-browser.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous ceilings: every step waits for a state, so these only matter on a heavily loaded machine.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  // Playwright empties outputDir at the start of a run; unit.json and the screenshots sit beside it in test-results/.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 30_000,
    serviceWorkers: 'block',
  },
});
