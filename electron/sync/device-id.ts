// Which device a project folder syncs its shared story as. Each device writes its own hash chain of the story's
// activity log (the folder's own log, shared/sync/device-log.ts), so the id must belong to this folder alone: two
// Factdesk installations on one computer (two accounts, a portable copy, two test harnesses) and two folders of one
// story are two devices. The id is the computer's name with a random tail, made when the folder first shares or opens
// a story and kept in its sync/device.json, which stopping sharing leaves in place, so a folder that shares again
// continues its chain. A folder an older Factdesk shared (it has a replica but no device file) keeps the computer's
// name, the device its chain in the story is written under.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { replicaFolder } from './replica';

/** Where a project folder keeps the device it syncs as. */
export function deviceFile(projectFolder: string): string {
  return join(projectFolder, 'sync', 'device.json');
}

/** A new device id: the computer's name, so people can tell whose it is, and a random tail that makes it unique. */
export function newDeviceId(host: string): string {
  const name = host.trim().replace(/[^A-Za-z0-9._-]+/g, '-') || 'computer';
  return `${name}-${randomBytes(3).toString('hex')}`;
}

function damaged(file: string, why: string): Result<never, 'corrupt-file'> {
  return fail(
    'corrupt-file',
    `${file} does not say which device this folder syncs as (${why}), and Factdesk does not replace it because this folder's activity log is in the story under that device: put the file back from a copy of the folder, or open the story again into a new folder.`,
  );
}

/** The device the folder's device file names, null when there is none; refused when the file cannot be read. */
async function keptDevice(file: string): Promise<Result<string | null>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok(null);
    return damaged(file, (error as Error).message);
  }
  let device: unknown;
  try {
    device = (JSON.parse(text) as { device?: unknown } | null)?.device;
  } catch {
    return damaged(file, 'it is not JSON');
  }
  if (typeof device !== 'string' || device.length === 0 || device.length > 200) {
    return damaged(file, 'it holds no device id');
  }
  return ok(device);
}

/**
 * The device the folder already syncs as: its device file, or for a folder an older Factdesk shared the computer's
 * name (`host`); null for a folder that has never synced. A device file that cannot be read is refused, naming it.
 */
export async function readFolderDevice(projectFolder: string, host: string): Promise<Result<string | null>> {
  const kept = await keptDevice(deviceFile(projectFolder));
  if (!kept.ok || kept.value !== null) return kept;
  return ok(existsSync(replicaFolder(projectFolder)) ? host : null);
}

/**
 * The device the folder syncs as (see the top of this file), written to its device file the first time it shares
 * or opens a story; refused, naming the file, when the device file cannot be read or written.
 */
export async function folderDevice(projectFolder: string, host: string): Promise<Result<string>> {
  const file = deviceFile(projectFolder);
  const kept = await keptDevice(file);
  if (!kept.ok) return kept;
  if (kept.value !== null) return ok(kept.value);
  const device = existsSync(replicaFolder(projectFolder)) ? host : newDeviceId(host);
  try {
    await mkdir(join(projectFolder, 'sync'), { recursive: true });
    // 'wx': when two starts race, the first one's id is the folder's.
    await writeFile(file, `${JSON.stringify({ device }, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return folderDevice(projectFolder, host);
    return fail('io-error', `${file} could not be written (${(error as Error).message}), so this folder cannot sync.`);
  }
  return ok(device);
}
