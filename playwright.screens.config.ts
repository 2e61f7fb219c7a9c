// `npm run screens`: photographs every screen of the app at 1024, 1280 and 1440 px wide, light and dark, into
// docs/screens (test/e2e/screens.shots.ts, through the browser harness like the end-to-end tests).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testMatch: '**/*.shots.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 900_000,
  reporter: [['list']],
});
