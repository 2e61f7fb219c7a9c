// The activity log of a shared story as the project folder's replica holds it: every device's chain, read for
// `factdesk verify-log`. A project that was never shared has no replica and nothing to read.
import { existsSync } from 'node:fs';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { StoredEntry } from '../../shared/log/device-chains';
import { storedEntries } from '../../shared/sync/device-log';
import { pouchDb } from './pouch';
import { replicaFolder } from './replica';

/**
 * Every log entry of every device in the replica of the project folder, or null when the project is not shared
 * here. Refused when the replica cannot be read (Factdesk has the story open and syncing): what PouchDB throws is
 * worded here, once.
 */
export async function readStoryLog(projectFolder: string): Promise<Result<StoredEntry[] | null, 'read-only'>> {
  const folder = replicaFolder(projectFolder);
  if (!existsSync(folder)) return ok(null);
  const Pouch = pouchDb();
  try {
    const db = new Pouch(folder);
    try {
      const { rows } = await db.allDocs({ include_docs: true, startkey: 'log:', endkey: 'log:\uffff' });
      return ok(storedEntries(rows.flatMap((r) => (r.doc ? [r.doc] : []))));
    } finally {
      await db.close();
    }
  } catch (error) {
    return fail(
      'read-only',
      `The shared story's replica in ${projectFolder} cannot be read (${(error as Error).message}): close the story in Factdesk and try again.`,
    );
  }
}
