// Locks left behind: a CLI-like process killed while it held the project (taken over by the next command, with a log
// entry), a lock whose process id now belongs to another process, another computer's lock (only with --take-over,
// and never while its heartbeat is recent) and a live lock (always refused). Real child processes, the real CLI.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STALE_AFTER_MS } from '../../electron/storage/lock';
import { machineFingerprint, processStartToken } from '../../electron/storage/process-probe';
import { tempDir } from '../unit/electron/storage/helpers';
import { recordHostile, writeHostileInput } from './counts';
import { runBuiltCli } from './run-cli';

let template = '';
let holderScript = '';
let dir = '';
let story = '';
let lockFile = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  template = await mkdtemp(join(tmpdir(), 'factdesk-hostile-locks-template-'));
  holderScript = join(template, 'lock-holder.cjs');
  await build({
    entryPoints: [join(__dirname, 'children', 'lock-holder.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: holderScript,
    logLevel: 'silent',
  });
  expect((await runBuiltCli(['new', 'story', '--title', 'Harbour bridge'], template)).code).toBe(0);
  await writeFile(join(template, 'draft.txt'), 'Tolls rose 12 percent, the mayor said. Traffic fell.\n');
  expect((await runBuiltCli(['set-draft', 'story', 'draft.txt'], template)).code).toBe(0);
});

afterAll(async () => {
  await rm(template, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await tempDir('factdesk-hostile-locks-');
  await cp(join(template, 'story'), join(dir, 'story'), { recursive: true });
  story = join(dir, 'story');
  lockFile = join(story, 'project.factdesk.lock');
});

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts a process that opens the project for editing and keeps it; resolves once its lock is on disk. */
function holdProject(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [holderScript, story], {
      env: { ...process.env, FACTDESK_USER: 'Ben Night-Shift' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      if (c.toString().includes('holding')) resolve(child);
      else reject(new Error(`the holder did not get the lock: ${c.toString()}`));
    });
    child.on('exit', (code) => reject(new Error(`the holder stopped (${code}): ${err}`)));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') recordHostile({ kills: 1 });
      resolve();
    });
    child.kill('SIGKILL');
  });
}

async function activityLog(): Promise<Array<{ action: string; details: Record<string, unknown> }>> {
  return JSON.parse(await readFile(join(story, 'project.factdesk'), 'utf8')).activityLog;
}

async function foreignLock(heartbeatAt: string, extra: Record<string, unknown> = {}): Promise<string> {
  const body = JSON.stringify({
    token: 'a1b2c3d4e5f6a7b8',
    user: 'Lee Chen',
    host: 'newsroom-ws-7',
    pid: 4242,
    app: 'Factdesk',
    acquiredAt: '2026-11-25T18:02:00.000Z',
    heartbeatAt,
    ...extra,
  });
  await writeHostileInput(lockFile, body);
  return body;
}

const mark = (...extra: string[]) => runBuiltCli(['mark', 'story', 'Traffic fell', ...extra], dir);

describe('a lock whose process is gone from this computer', () => {
  it('is refused while the process lives, and taken over with a log entry once it was killed', async () => {
    const holder = await holdProject();
    const whileAlive = await mark();
    expect(whileAlive.code).toBe(1);
    expect(whileAlive.err).toMatch(/is in use: Ben Night-Shift on .+ has had this project open since 20\d\d-/);
    expect(whileAlive.err).toMatch(/Nothing was changed\./);
    const forced = await mark('--take-over');
    expect(forced.code).toBe(1);
    expect(forced.err).toMatch(/never a live one/);
    const pid = holder.pid;
    await killHard(holder);
    expect(JSON.parse(await readFile(lockFile, 'utf8')).pid).toBe(pid);
    const after = await mark();
    expect(after.err).toBe('');
    expect(after.code).toBe(0);
    await expect(stat(lockFile)).rejects.toThrow();
    const log = await activityLog();
    const takeOver = log.find((e) => e.action === 'lock.taken-over');
    expect(takeOver?.details).toMatchObject({ reason: 'owner-gone', user: 'Ben Night-Shift', pid });
    expect(log.at(-1)?.action).toBe('claim.created');
    expect((await runBuiltCli(['verify-log', 'story'], dir)).code).toBe(0);
  });

  it.runIf(processStartToken(process.pid) !== null)(
    'is taken over when its process id now belongs to a process that started later',
    async () => {
      const reused = {
        host: hostname(),
        machine: machineFingerprint(),
        pid: process.pid,
        heartbeatAt: new Date().toISOString(),
      };
      await foreignLock(reused.heartbeatAt, { ...reused, started: 'an-earlier-boot:12345' });
      const run = await mark();
      expect(run.code).toBe(0);
      expect((await activityLog()).find((e) => e.action === 'lock.taken-over')?.details).toMatchObject({
        reason: 'owner-gone',
        pid: process.pid,
      });
      // The same id with its true start time is this very test process: live, refused.
      await foreignLock(new Date().toISOString(), { ...reused, started: processStartToken(process.pid) });
      const live = await mark('--take-over');
      expect(live.code).toBe(1);
      expect(live.err).toMatch(/is in use: Lee Chen on /);
    },
  );
});

describe('a lock from another computer', () => {
  it('whose heartbeat stopped is taken over only with --take-over, naming who had it and since when', async () => {
    const old = new Date(Date.now() - STALE_AFTER_MS - 60_000).toISOString();
    const body = await foreignLock(old);
    const refused = await mark();
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'Lee Chen on newsroom-ws-7 has had this project open since 2026-11-25T18:02:00.000Z and was last seen at',
    );
    expect(refused.err).toMatch(/run the command again with --take-over\. Nothing was changed\./);
    expect(await readFile(lockFile, 'utf8')).toBe(body);
    const taken = await mark('--take-over');
    expect(taken.code).toBe(0);
    await expect(stat(lockFile)).rejects.toThrow();
    expect((await activityLog()).find((e) => e.action === 'lock.taken-over')?.details).toMatchObject({
      reason: 'confirmed',
      user: 'Lee Chen',
      host: 'newsroom-ws-7',
      since: '2026-11-25T18:02:00.000Z',
    });
  });

  it('whose heartbeat is recent is refused even with --take-over', async () => {
    const body = await foreignLock(new Date().toISOString());
    const run = await mark('--take-over');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/is in use: Lee Chen on newsroom-ws-7 has had this project open since/);
    expect(await readFile(lockFile, 'utf8')).toBe(body);
  });

  it('with this computer’s name but another machine id is not taken for this one', async () => {
    const body = await foreignLock(new Date().toISOString(), {
      host: hostname(),
      machine: 'another-machine',
      pid: 2 ** 22 - 3,
    });
    const run = await mark();
    expect(run.code).toBe(machineFingerprint() ? 1 : 0);
    if (machineFingerprint()) expect(await readFile(lockFile, 'utf8')).toBe(body);
  });
});
