// Recovering a shared story's project whose project.factdesk cannot be read: the file is rebuilt from the story's
// replica in the folder (the team's documents, this device's confidential ones included, and this device's chain of
// the activity log), never from a backup, whose older state and log would disagree with the team and fork the chain.
// The damaged file is moved aside, never deleted or overwritten. Also why no backup is restored in such a folder.
import { existsSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { createProjectDoc } from '../../shared/model/project';
import type { ProjectDoc } from '../../shared/model/project';
import { applyStory } from '../../shared/sync/apply';
import { FoldCache, foldStory } from '../../shared/sync/fold';
import { storedEntries } from '../../shared/sync/device-log';
import { headOf } from '../../shared/log/log-head';
import { listBackups, BACKUPS_FOLDER } from '../storage/backups';
import { writeFileDurable } from '../storage/durable-write';
import { acquireLock } from '../storage/lock';
import type { Identity } from '../storage/lock';
import { decodeProject, ioError } from '../storage/project-file';
import type { ProjectPaths } from '../storage/project-paths';
import { sharedPartOf } from './bridge';
import type { SyncBookkeeping } from './bridge';
import { readFolderDevice } from './device-id';
import { StoryReplica, replicaFolder } from './replica';

/** Where a shared project's folder says it is shared from (sync/share.json). */
export function shareFile(folder: string): string {
  return join(folder, 'sync', 'share.json');
}

/**
 * Whether a project folder syncs a shared story now: it holds the story's replica and says where it is shared from.
 * A folder that stopped sharing has work the replica never got, which its backups hold.
 */
export function syncsStory(folder: string): boolean {
  return existsSync(replicaFolder(folder)) && existsSync(shareFile(folder));
}

export interface Rebuilt {
  /** Where the damaged file was kept, or null when there was none. */
  keptAs: string | null;
  /** How many of this device's log entries came back from the replica. */
  entries: number;
}

const STORY_PREFIX = 'factdesk-story-';

/** The story's project id: the newest readable backup's, else the story database's name in share.json. */
async function storyId(paths: ProjectPaths): Promise<string | null> {
  for (const backup of await listBackups(paths.folder)) {
    const file = join(paths.folder, BACKUPS_FOLDER, backup.name);
    const bytes = await fs.readFile(file).catch(() => null);
    const decoded = bytes ? decodeProject(bytes, file) : null;
    if (decoded?.ok) return decoded.value.doc.id;
  }
  try {
    const share = JSON.parse(await fs.readFile(shareFile(paths.folder), 'utf8')) as { database?: unknown };
    if (typeof share.database === 'string' && share.database.startsWith(STORY_PREFIX)) {
      return share.database.slice(STORY_PREFIX.length) || null;
    }
  } catch {
    // No share.json, or not readable: the caller refuses.
  }
  return null;
}

function refuse(folder: string, why: string): Result<never> {
  return fail(
    'shared-story',
    `${join(folder, 'project.factdesk')} could not be rebuilt from the shared story's replica in ${replicaFolder(folder)} (${why}), and a backup is not restored into a shared story: open the story again from the story server into a new folder (Open a shared story...). The damaged file and the backups were left as they are.`,
  );
}

/**
 * Rebuilds project.factdesk from the story's replica: the fold of its documents, and this device's own log entries
 * in order (up to the first one missing), so the chain goes on where the replica has it. The project document keeps
 * that state as its last synced one, so the next sync sends nothing back. Refuses with 'shared-story' when the replica
 * cannot be read or holds no story, and while someone else has the project open.
 */
export async function rebuildFromReplica(
  paths: ProjectPaths,
  identity: Identity,
  now: string,
): Promise<Result<Rebuilt>> {
  const lock = await acquireLock(paths.folder, identity, now);
  if (lock.kind !== 'acquired') {
    const owner = lock.owner;
    return fail(
      'project-locked',
      `${owner.user} on ${owner.host} has this project open; close it there before recovering it.`,
    );
  }
  try {
    const device = await readFolderDevice(paths.folder, identity.host);
    if (!device.ok) return refuse(paths.folder, device.error.message);
    const id = await storyId(paths);
    if (!device.value || !id) return refuse(paths.folder, 'it does not say which story or device it is');
    const opened = await StoryReplica.open(paths.folder);
    if (!opened.ok) return refuse(paths.folder, opened.error.message);
    const all = await opened.value.all();
    await opened.value.close().catch(() => undefined);
    if (!all.ok) return refuse(paths.folder, all.error.message);
    const docs = all.value;
    if (!docs.some((d) => d._id === 'project')) return refuse(paths.folder, 'it holds no story');

    const story = foldStory(docs, new FoldCache());
    const folded = applyStory(createProjectDoc({ id, title: '', now }), story);
    const own = storedEntries(docs)
      .filter((e) => e.device === device.value)
      .sort((a, b) => a.seq - b.seq);
    const activityLog: unknown[] = [];
    for (const e of own) {
      if (e.seq !== activityLog.length + 1) break;
      activityLog.push(e.entry);
    }
    const sync: SyncBookkeeping = { baseline: sharedPartOf(folded), outbox: [] };
    const doc = { ...folded, updatedAt: now, activityLog, logHead: headOf(activityLog), sync } as ProjectDoc;
    const bytes = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
    const checked = decodeProject(bytes, paths.file);
    if (!checked.ok) return refuse(paths.folder, checked.error.message);

    let keptAs: string | null = `${paths.file}.damaged-${now.replace(/[:.]/g, '-')}`;
    try {
      await fs.rename(paths.file, keptAs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return ioError(error, paths.file, 'save');
      keptAs = null;
    }
    try {
      await writeFileDurable(paths.file, bytes);
    } catch (error) {
      return ioError(error, paths.file, 'save');
    }
    return ok({ keptAs: keptAs ? basename(keptAs) : null, entries: activityLog.length });
  } finally {
    await lock.lock.release();
  }
}

/** Why no backup restores in a folder that syncs a shared story; the words after "<backup> was not restored: ". */
export function sharedStoryRefusal(folder: string): string {
  return `${folder} holds a shared story, and going back to a backup would leave it disagreeing with the team's copies and break this computer's chain of its activity log; change back what you need in the story itself, where every change reaches the team.`;
}

/**
 * Why no backup restores in this project folder, read from the folder alone (it holds a shared story's replica,
 * shared now or before); null where a backup may be restored. For a folder that is not open (the command line's
 * backups by path).
 */
export function folderRestoreRefusal(folder: string): string | null {
  return existsSync(replicaFolder(folder)) ? sharedStoryRefusal(folder) : null;
}
