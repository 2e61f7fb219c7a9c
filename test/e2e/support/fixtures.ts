// Playwright fixtures for the browser harness: each test gets its own settings folder and projects folder, its own
// `node dist/electron/web.cjs` server, and a page opened at the address the server prints. The browser is found,
// never downloaded, and every request the page makes is recorded so a test can show nothing left 127.0.0.1.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { browserArgs, findBrowser } from './find-browser';

/** The repository root, where `npm run build` puts dist/. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const WEB_BUNDLE = path.join(REPO_ROOT, 'dist', 'electron', 'web.cjs');
const URL_LINE = /^Factdesk is running at (http:\/\/127\.0\.0\.1:(\d+))\/\?token=([0-9a-f]{64})$/;

/** The two temporary folders a test works in. */
export interface TestFolders {
  /** Holds both; the harness's home folder too. */
  root: string;
  /** FACTDESK_DATA_DIR: settings and recent projects. */
  dataDir: string;
  /** Where the test creates its projects. */
  projectsDir: string;
}

export interface Harness extends TestFolders {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The address the server printed, token included. */
  url: string;
  token: string;
}

/** Makes a fresh data folder and projects folder under the system temp folder. */
export async function makeTestFolders(prefix: string): Promise<TestFolders> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  const dataDir = path.join(root, 'data');
  const projectsDir = path.join(root, 'projects');
  await mkdir(dataDir, { recursive: true });
  await mkdir(projectsDir, { recursive: true });
  return { root, dataDir, projectsDir };
}

/** Fails with the URLs of any request that went anywhere but this machine. */
export function expectOnlyLocalRequests(requests: readonly string[]): void {
  const foreign = requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('file:')) return false;
    try {
      return new URL(url).hostname !== '127.0.0.1';
    } catch {
      return true;
    }
  });
  expect(foreign, 'requests that left 127.0.0.1').toEqual([]);
}

/** Waits for the harness's address line; rejects with what it wrote to stderr if it stops or stays silent. */
function waitForAddress(child: ChildProcess, stderr: () => string): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new Error(`The Factdesk harness printed no address within 90 s.\n${stderr()}`)),
      90_000,
    );
    lines.on('line', (line) => {
      const match = URL_LINE.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      resolve(match);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The Factdesk harness stopped (exit code ${code}) before printing its address.\n${stderr()}`));
    });
  });
}

/** Sends SIGTERM and waits; the harness must save, release its locks and exit with 0. */
async function stopHarness(child: ChildProcess, stderr: () => string): Promise<void> {
  if (child.exitCode !== null)
    throw new Error(`The Factdesk harness had already stopped (exit code ${child.exitCode}).\n${stderr()}`);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000));
  const outcome = await Promise.race([exited, timeout]);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    throw new Error(`The Factdesk harness did not stop within 15 s of SIGTERM.\n${stderr()}`);
  }
  if (outcome !== 0) throw new Error(`The Factdesk harness exited with code ${outcome} after SIGTERM.\n${stderr()}`);
}

/** A running harness and how to stop it (which also removes its folders). */
export interface RunningHarness {
  harness: Harness;
  /** What the harness wrote to stderr so far. */
  stderr(): string;
  /** Stops it with SIGTERM: it must save, release its locks and exit with 0 (throws otherwise). */
  stop(): Promise<void>;
  /** Kills it if it still runs and removes its folders; call it last, whatever happened. */
  dispose(): Promise<void>;
}

/**
 * Starts `node dist/electron/web.cjs` with its own settings, projects and home folder (one person on one computer)
 * and waits for the address it prints.
 */
export async function startHarness(prefix = 'factdesk-e2e-'): Promise<RunningHarness> {
  if (!existsSync(WEB_BUNDLE)) {
    throw new Error(`${WEB_BUNDLE} is missing: run the end-to-end tests with "npm run test:e2e", which builds first.`);
  }
  const folders = await makeTestFolders(prefix);
  let errText = '';
  const child = spawn(process.execPath, [WEB_BUNDLE], {
    cwd: REPO_ROOT,
    // HOME is the test's own folder, so the default project folder (Documents/Factdesk/<title>) and the folder
    // browser stay inside it.
    env: { ...process.env, HOME: folders.root, FACTDESK_DATA_DIR: folders.dataDir, FACTDESK_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (errText += chunk));
  const stderr = () => (errText ? `Harness output:\n${errText}` : 'The harness wrote nothing to stderr.');
  const dispose = async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(folders.root, { recursive: true, force: true });
  };
  let match: RegExpMatchArray;
  try {
    match = await waitForAddress(child, stderr);
  } catch (error) {
    await dispose();
    throw error;
  }
  const [, origin = '', , token = ''] = match;
  return {
    harness: { ...folders, origin, token, url: `${origin}/?token=${token}` },
    stderr: () => errText,
    stop: () => stopHarness(child, stderr),
    dispose,
  };
}

export const test = base.extend<{ harness: Harness; requests: string[] }, { browser: Browser }>({
  browser: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch({ executablePath: findBrowser(), args: browserArgs() });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  // Playwright reads a fixture's dependencies from its first parameter, so the empty pattern is needed.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use, testInfo) => {
    const running = await startHarness();
    try {
      await use(running.harness);
      await running.stop();
    } finally {
      await running.dispose();
      const errText = running.stderr();
      if (errText) await testInfo.attach('harness-stderr', { body: errText, contentType: 'text/plain' });
    }
  },

  requests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on('request', (request) => urls.push(request.url()));
    await use(urls);
  },

  page: async ({ page, harness, requests }, use) => {
    void requests;
    await page.goto(harness.url);
    await use(page);
  },
});

export { expect };
