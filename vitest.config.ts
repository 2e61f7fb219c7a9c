// Unit tests and the hostile-input suite: plain Node, real temp folders. Renderer component tests (*.test.tsx) say
// `// @vitest-environment happy-dom` at their top. End-to-end tests live in test/e2e and run under Playwright.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/hostile/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
