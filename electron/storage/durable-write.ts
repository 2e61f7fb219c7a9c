// Durable file writes: unique temp file, write, fsync, rename (with a bounded retry), fsync of the folder.
// A crash at any moment leaves either the old file or the new one, never a mix.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_TRIES = 6;

/** The temp files we write next to `file` start with this prefix; a crash can leave them behind. */
export function tempPrefix(file: string): string {
  return `.${basename(file)}.`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      // Virus scanners and sync clients hold files briefly on Windows; try a few times before giving up.
      if (!RETRY_CODES.has(code) || attempt >= RENAME_TRIES) throw error;
      await sleep(15 * 2 ** attempt);
    }
  }
}

async function fsyncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a folder; the rename is as durable as that platform allows.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

/** Resolves a symlinked file to its target so that saving keeps the link (writing goes to the real file). */
async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return file;
  }
}

/**
 * Writes `data` to `file` durably. Keeps the file's permission bits, follows a symlink to its target, and removes
 * its temp file when anything fails (a full disk leaves the old file and no partial temp file).
 */
export async function writeFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  const target = await realTarget(file);
  const folder = dirname(target);
  let mode = 0o644;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch {
    // A new file gets the default mode.
  }
  const temp = join(folder, `${tempPrefix(target)}${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
}

/** Removes temp files a crash left beside `file`. Call only while holding the project's lock. */
export async function removeStaleTemps(file: string): Promise<string[]> {
  const folder = dirname(file);
  const prefix = tempPrefix(file);
  const removed: string[] = [];
  for (const name of await fs.readdir(folder)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await fs.rm(join(folder, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
