// The activity log of a shared story as the project folder's replica holds it: every device's chain, read for
// `factdesk verify-log`. A project that was never shared has no replica and nothing to read.
import { existsSync } from 'node:fs';
import type { StoredEntry } from '../../shared/log/device-chains';
import { storedEntries } from '../../shared/sync/device-log';
import { pouchDb } from './pouch';
import { replicaFolder } from './replica';

/**
 * Every log entry of every device in the replica of the project folder, or null when the project is not shared
 * here. Fails when the replica cannot be opened (Factdesk has the story open and syncing).
 */
export async function readStoryLog(projectFolder: string): Promise<StoredEntry[] | null> {
  const folder = replicaFolder(projectFolder);
  if (!existsSync(folder)) return null;
  const Pouch = pouchDb();
  const db = new Pouch(folder);
  try {
    const { rows } = await db.allDocs({ include_docs: true, startkey: 'log:', endkey: 'log:\uffff' });
    return storedEntries(rows.flatMap((r) => (r.doc ? [r.doc] : [])));
  } finally {
    await db.close();
  }
}
