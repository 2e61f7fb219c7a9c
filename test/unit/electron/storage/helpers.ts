// Shared set-up for storage and handler tests: temp folders on the real disk, a controllable clock, handler deps.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandlerDeps } from '../../../../electron/api/deps';
import { ProjectSession } from '../../../../electron/storage/project-session';
import { value } from '../../result-value';

const made: string[] = [];

/** A fresh temp folder, removed after the test (test/unit/setup.ts calls removeTempDirs after each test). */
export async function tempDir(prefix = 'factdesk-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Removes the temp folders made since the last call. A file a closing project or the search cache writes while the
 * folder is removed makes rm fail with ENOTEMPTY on a loaded machine; Node retries that (and EBUSY) a few times.
 */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })));
}

/** A clock that only moves when told to. */
export function fakeClock(start = '2026-11-26T09:00:00.000Z') {
  let ms = Date.parse(start);
  return {
    now: () => new Date(ms).toISOString(),
    advance(byMs: number) {
      ms += byMs;
    },
  };
}

export const me = { user: 'Ana Reporter', host: 'laptop-1', pid: process.pid };

let counter = 0;
/** Deterministic ids for tests. */
export const nextId = () => `id-${++counter}`;

/**
 * What the handlers need, for tests: a data folder under `dir`, a fake clock, numbered ids, the harness's
 * capabilities and `me` as the person; `overrides` replaces any of it (dialogs, emit, the clock...).
 */
export function handlerDeps(dir: string, overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  let n = 0;
  return {
    now: fakeClock().now,
    newId: () => `id-${++n}`,
    dataDir: join(dir, 'data'),
    appVersion: '1.2.3',
    capabilities: { transport: 'http', nativeDialogs: false, showInFolder: false },
    identity: me,
    emit: () => undefined,
    ...overrides,
  };
}

export { value };

/** Opens a project session that the test expects to open (a refusal fails the test with its sentence). */
export async function openSession(...args: Parameters<typeof ProjectSession.open>): Promise<ProjectSession> {
  return value(await ProjectSession.open(...args));
}
