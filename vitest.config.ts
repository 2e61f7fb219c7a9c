// Unit tests and the hostile-input suite: plain Node, real temp folders. Renderer component tests (*.test.tsx) say
// `// @vitest-environment happy-dom` at their top. End-to-end tests live in test/e2e and run under Playwright.
// Three projects: `unit` is the quick suite; `slow` holds the tests that spend their time by design (110 SIGKILLs
// during saves, 50 MB transcripts, the hostile-input suite with its real CLI runs); `servers` holds the tests that
// start real servers (PostgreSQL for the newsroom library, a CouchDB-protocol server for story sync) on 127.0.0.1.
// `vitest run` runs all three; `npm test` runs `unit`, then `slow`, then `servers`, and counts each.
// The quick suite spends most of its time starting files, so `unit` runs its files one after another in shared
// worker threads without a fresh module graph each (`isolate: false`): its files change no process state (no
// process.env or cwd changes, no module mocks), and test/unit/setup.ts cleans up after every test (rendered trees,
// open projects, temp folders). `slow` and `servers` keep a fresh child process per file.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Files whose work is their point: they run in the `slow` project, after the quick suite. */
export const SLOW_TESTS = [
  'test/hostile/**/*.test.ts',
  'test/unit/electron/storage/crash.test.ts',
  'test/unit/electron/importers/sources/parse-source.test.ts',
  // Runs the training script for real, twice, to show it writes the same model both times.
  'test/unit/shared/detect/checkworthy/train.test.ts',
];

export default defineConfig({
  resolve: {
    alias: {
      // `// @vitest-environment happy-dom-node-fetch`: happy-dom with Node's fetch, for server tests that render
      // components while the handlers talk to a real story server (test/servers/support/happy-dom-node-fetch.ts).
      'vitest-environment-happy-dom-node-fetch': fileURLToPath(
        new URL('./test/servers/support/happy-dom-node-fetch.ts', import.meta.url),
      ),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['test/unit/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: SLOW_TESTS,
          pool: 'threads',
          isolate: false,
        },
      },
      // Two files at a time even on two cores: they mostly wait on child processes and the disk, and one at a time
      // made this suite the longest part of a CI run.
      { extends: true, test: { name: 'slow', include: SLOW_TESTS, maxWorkers: 2 } },
      {
        extends: true,
        // One server-backed file at a time: each starts its own server, and two cores are shared with them.
        test: {
          name: 'servers',
          include: ['test/servers/**/*.test.{ts,tsx}'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
