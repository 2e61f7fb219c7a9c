// Shared by the source cases: a project with one source in it and one in the personal library, on real folders, and a
// snapshot of every byte the user already had (the project file, library.json, both sources/ folders).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../electron/api/handlers';
import type { EventName } from '../../shared/api/contract';
import type { SourceFileLimits } from '../../electron/importers/sources/limits';
import { fakeClock, tempDir } from '../unit/electron/storage/helpers';
import { sourceMeta } from '../unit/electron/api/source-steps';
import { writeHostileInput } from './counts';

export const meta = { ...sourceMeta, title: 'Hostile source', type: 'document' as const, date: null, tags: [] };

/** A project with one good source in it and one in the personal library, and the handlers with `limits`. */
export async function projectWithSources(limits: Partial<SourceFileLimits> = {}) {
  const dir = await tempDir('factdesk-hostile-');
  const clock = fakeClock();
  let n = 0;
  const dataDir = join(dir, 'data');
  /** Called with every event the handlers emit (progress, library changes). */
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const handlers = createHandlers(
    {
      now: clock.now,
      newId: () => `id-${++n}`,
      dataDir,
      appVersion: 'test',
      capabilities: { transport: 'http', nativeDialogs: false, showInFolder: false },
      identity: { user: 'Ana Reporter', host: 'laptop-1', pid: process.pid },
      emit: (event: EventName, payload: unknown) => listeners.forEach((listen) => listen(event, payload)),
      sourceLimits: limits,
    },
    { saveDelayMs: 5 },
  );
  const folder = join(dir, 'story');
  const created = await handlers.createProject({ folder, title: 'Story' });
  if (!created.ok) throw new Error(created.error.message);
  const { projectId } = created.value;
  const good = join(dir, 'good.txt');
  await writeHostileInput(good, 'Speaker: Ana Reyes\n\nThe harbor will reopen in May.\n\nThe pier needs new piles.\n');
  for (const library of ['project', 'personal'] as const) {
    const added = await handlers.addSource({ projectId, library, file: { kind: 'path', path: good }, meta });
    if (!added.ok) throw new Error(added.error.message);
  }
  await handlers.closeAll();
  return { dir, handlers, folder, dataDir, listeners };
}

export type Setup = Awaited<ReturnType<typeof projectWithSources>>;

/** Every byte the user already had: the project file, library.json and both sources/ folders. */
export async function snapshot({
  folder,
  dataDir,
}: Pick<Setup, 'folder' | 'dataDir'>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const dir of [folder, join(folder, 'sources'), join(dataDir, 'library'), join(dataDir, 'library', 'sources')]) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name.endsWith('.lock')) continue;
      out[join(dir, entry.name)] = (await readFile(join(dir, entry.name))).toString('base64');
    }
  }
  return out;
}
