// The personal library: sources shared by all of the user's projects, kept in the user data folder as library.json
// plus a sources/ folder laid out like a project's. Every change is a short locked read-modify-write, so the app and
// the CLI can both add to it.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { describeIssues } from '../../shared/model/project';
import { sourceSchema } from '../../shared/model/source';
import type { Source } from '../../shared/model/source';
import { writeFileDurable } from './durable-write';
import { acquireLock } from './lock';
import type { Identity } from './lock';
import { parseJsonFile } from './project-file';

export const LIBRARY_FOLDER = 'library';
export const LIBRARY_FILE = 'library.json';

const libraryDocSchema = z.looseObject({
  schemaVersion: z.literal(1),
  sources: z.array(sourceSchema),
});
export type LibraryDoc = z.infer<typeof libraryDocSchema>;

export interface LibraryStore {
  /** The folder holding library.json and sources/ (the same layout as a project folder's sources/). */
  readonly folder: string;
  /** The library as saved (empty before the first source), or a refusal naming library.json when it is damaged. */
  read(): Promise<Result<LibraryDoc>>;
  /**
   * Applies a change under the library lock and answers the saved document. Like ProjectSession.update, `fn` answers
   * ok(next) or a refusal, and a refusal aborts the change: nothing is written and it is answered as it is.
   */
  change(fn: (doc: LibraryDoc) => Result<LibraryDoc>): Promise<Result<LibraryDoc>>;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Opens (creating when missing) the personal library in `dataDir`. */
export function openLibrary(dataDir: string, identity: Identity, now: () => string): LibraryStore {
  const folder = join(dataDir, LIBRARY_FOLDER);
  const file = join(folder, LIBRARY_FILE);

  // Searches and the quote check ask for the library often; it is parsed again only when the file changed.
  let cached: { key: string; doc: LibraryDoc } | null = null;

  async function read(): Promise<Result<LibraryDoc>> {
    const st = await fs.stat(file).catch(() => null);
    if (!st) return ok({ schemaVersion: 1, sources: [] });
    const key = `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
    if (cached?.key === key) return ok(cached.doc);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok({ schemaVersion: 1, sources: [] });
      throw error;
    }
    // Strict reading: a damaged library is refused as it is, never decoded loosely and written back.
    const parsed = parseJsonFile(bytes, file, 'your personal library cannot be read');
    if (!parsed.ok) return parsed;
    const checked = libraryDocSchema.safeParse(parsed.value);
    if (!checked.success) {
      return fail(
        'invalid-file',
        `${file} has fields Factdesk cannot read: ${describeIssues(checked.error).join('; ')}. Your library was not changed.`,
      );
    }
    cached = { key, doc: checked.data };
    return ok(checked.data);
  }

  async function change(fn: (doc: LibraryDoc) => Result<LibraryDoc>): Promise<Result<LibraryDoc>> {
    await fs.mkdir(join(folder, 'sources'), { recursive: true });
    for (let attempt = 0; ; attempt++) {
      const lock = await acquireLock(folder, identity, now(), { takeOverStale: true, fileName: 'library.lock' });
      if (lock.kind === 'acquired') {
        try {
          const current = await read();
          if (!current.ok) return current;
          const next = fn(current.value);
          if (!next.ok) return next;
          await writeFileDurable(file, `${JSON.stringify(next.value, null, 2)}\n`);
          return next;
        } finally {
          await lock.lock.release();
        }
      }
      if (attempt >= 40) {
        const owner = lock.owner;
        return fail(
          'project-locked',
          `Your personal library is being changed by ${owner.user} on ${owner.host}; try again in a moment.`,
        );
      }
      await sleep(50);
    }
  }

  return { folder, read, change };
}

/** A source's place in the library list, validated. */
export function replaceSource(sources: Source[], next: Source): Source[] {
  return sources.some((s) => s.id === next.id) ? sources.map((s) => (s.id === next.id ? next : s)) : [...sources, next];
}
