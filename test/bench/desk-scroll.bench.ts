// Bench: scrolling the desk table through 2,000 claims in Chromium must not block the main thread. Builds the project
// through the real handlers on a temp folder, serves it with the browser harness, opens the Desk and scrolls its
// table from top to bottom one animation frame at a time while a PerformanceObserver collects 'longtask' entries.
// Target from the editor's desk issue: no task over 50 ms. Needs `npm run build` first (dist/electron/web.cjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { createHandlers } from '../../electron/api/handlers';
import type { HandlerDeps } from '../../electron/api/deps';
import { DEFAULT_STATUSES } from '../../shared/model/status';

const CLAIMS = 2_000;
const TARGET_MS = 50;
const SCROLL_PER_FRAME = 480;
const ROOT = resolve(import.meta.dirname, '../..');
const WEB = join(ROOT, 'dist', 'electron', 'web.cjs');
const BROWSER = process.env.FACTDESK_CHROMIUM ?? '/usr/bin/chromium';

interface ScrollResult {
  tasks: { start: number; duration: number }[];
  frames: number;
  ms: number;
  height: number;
  rows: number;
}

/**
 * Runs in the page (as text, so the bundler's helpers never reach it): scrolls .desk-body by STEP pixels per
 * animation frame to the bottom, collecting long tasks and the most rows ever in the page.
 */
const SCROLL_SCRIPT = `new Promise((done) => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  const body = document.querySelector('.desk-body');
  const start = performance.now();
  let frames = 0;
  let rows = 0;
  function tick() {
    frames++;
    rows = Math.max(rows, body.querySelectorAll('[role="row"]').length);
    if (body.scrollTop + body.clientHeight >= body.scrollHeight - 1) {
      setTimeout(() => {
        observer.disconnect();
        done({ tasks, frames, ms: performance.now() - start, height: body.scrollHeight, rows });
      }, 300);
      return;
    }
    body.scrollTop += STEP;
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})`;

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A project folder with a draft of CLAIMS sentences, each one a claim, statuses and assignees spread over them. */
async function buildProject(root: string): Promise<string> {
  let n = 0;
  const deps: HandlerDeps = {
    now: () => new Date().toISOString(),
    newId: () => `bench-${++n}`,
    dataDir: join(root, 'builder-data'),
    appVersion: 'bench',
    capabilities: { transport: 'cli', nativeDialogs: false, showInFolder: false },
    identity: { user: 'Bench Editor', host: 'bench', pid: process.pid },
    emit: () => undefined,
  };
  const handlers = createHandlers(deps);
  const folder = join(root, 'projects', 'desk-scroll');
  const view = value(await handlers.createProject({ folder, title: 'Desk scroll bench' }));
  const sentences = Array.from(
    { length: CLAIMS },
    (_, i) =>
      `Claim ${i + 1}: the council said spending on item ${i + 1} rose by ${(i * 7) % 97} per cent in ${1990 + (i % 35)}.`,
  );
  const text = sentences.join(' ');
  value(await handlers.setDraftText({ projectId: view.projectId, text }));
  let at = 0;
  const ids: string[] = [];
  for (const sentence of sentences) {
    const marked = value(await handlers.markClaim({ projectId: view.projectId, start: at, end: at + sentence.length }));
    ids.push(marked.claim.id);
    at += sentence.length + 1;
  }
  const people = ['Ada', 'Ben', 'Chioma', 'Dmitri'];
  value(await handlers.updateProjectSettings({ projectId: view.projectId, people }));
  for (const [i, status] of DEFAULT_STATUSES.entries()) {
    const claimIds = ids.filter((_, k) => k % DEFAULT_STATUSES.length === i);
    value(
      await handlers.updateClaims({
        projectId: view.projectId,
        claimIds,
        patch: { status: status.id, assignee: people[i % people.length] ?? null },
      }),
    );
  }
  value(await handlers.closeProject({ projectId: view.projectId }));
  await handlers.closeAll();
  return folder;
}

/** Starts the harness and resolves with its address. */
async function startHarness(dataDir: string) {
  const child = spawn(process.execPath, [WEB], {
    cwd: ROOT,
    env: { ...process.env, FACTDESK_DATA_DIR: dataDir, FACTDESK_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => fail(new Error('The harness printed no address within 30 s.')), 30_000);
    lines.on('line', (line) => {
      const match = /^Factdesk is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64})$/.exec(line.trim());
      if (!match?.[1]) return;
      clearTimeout(timer);
      done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`The harness stopped with code ${code}.`)));
  });
  return { child, url };
}

async function main(): Promise<number> {
  if (!existsSync(WEB)) {
    console.error(`${WEB} is missing: run "npm run build" first.`);
    return 1;
  }
  const root = await mkdtemp(join(tmpdir(), 'factdesk-desk-bench-'));
  const browserDir = join(root, 'chromium');
  await mkdir(browserDir);
  const t0 = performance.now();
  const folder = await buildProject(root);
  console.log(`Built a project with ${CLAIMS} claims in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const { child, url } = await startHarness(join(root, 'harness-data'));
  const context = await chromium.launchPersistentContext(browserDir, {
    executablePath: BROWSER,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.getByRole('button', { name: 'Open project' }).click();
    await page.getByRole('textbox', { name: 'Project folder or file' }).fill(folder);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Desk scroll bench' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Workspace' })
      .getByRole('button', { name: 'Desk', exact: true })
      .click();
    await page.locator('.desk-body [role="row"]').first().waitFor();
    const result = (await page.evaluate(SCROLL_SCRIPT.replace('STEP', String(SCROLL_PER_FRAME)))) as ScrollResult;
    const worst = result.tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    const rows = await page.locator('.desk-body [role="row"]').count();
    console.table([
      {
        claims: CLAIMS,
        'scrolled (px)': result.height,
        frames: result.frames,
        'time (ms)': Math.round(result.ms),
        'rows in page (max)': result.rows,
        'long tasks': result.tasks.length,
        'longest (ms)': Math.round(worst),
        'target (ms)': TARGET_MS,
      },
    ]);
    if (result.tasks.length > 0)
      console.table(
        result.tasks.map((t) => ({ 'at (ms)': Math.round(t.start), 'duration (ms)': Math.round(t.duration) })),
      );
    console.log(`Rows in the page at the end: ${rows}`);
    const met = worst <= TARGET_MS;
    console.log(
      met
        ? `Met: no task over ${TARGET_MS} ms while scrolling.`
        : `Missed: a task took ${Math.round(worst)} ms (target ${TARGET_MS} ms).`,
    );
    return met ? 0 : 1;
  } finally {
    await context.close();
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    await rm(root, { recursive: true, force: true });
  }
}

process.exit(await main());
