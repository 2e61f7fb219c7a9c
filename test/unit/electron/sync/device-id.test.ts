// Which device a project folder syncs a shared story as, on real folders: a folder that first shares gets the
// computer's name with a random tail and keeps it; two folders on one computer (two installations, two harnesses)
// are two devices; a folder an older Factdesk shared keeps the computer's name its chain was written under; a damaged
// device file is refused with a sentence naming it and is never replaced.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deviceFile, folderDevice, newDeviceId, readFolderDevice } from '../../../../electron/sync/device-id';
import { replicaFolder } from '../../../../electron/sync/replica';
import { removeTempDirs, tempDir, value } from '../storage/helpers';

afterEach(removeTempDirs);

describe('the device a project folder syncs as', () => {
  it('is made once from the computer’s name, kept in the folder, and differs between folders on one computer', async () => {
    const first = await tempDir();
    const second = await tempDir();
    expect(value(await readFolderDevice(first, 'newsroom-pc'))).toBeNull();
    const device = value(await folderDevice(first, 'newsroom-pc'));
    expect(device).toMatch(/^newsroom-pc-[0-9a-f]{6}$/);
    expect(JSON.parse(await readFile(deviceFile(first), 'utf8'))).toEqual({ device });
    // Read again (the app started again, the command line, sharing again after stopping): the same device.
    expect(value(await folderDevice(first, 'newsroom-pc'))).toBe(device);
    expect(value(await readFolderDevice(first, 'newsroom-pc'))).toBe(device);
    // Another folder on the same computer is another device.
    const other = value(await folderDevice(second, 'newsroom-pc'));
    expect(other).toMatch(/^newsroom-pc-[0-9a-f]{6}$/);
    expect(other).not.toBe(device);
  });

  it('gives two starts at once the same device', async () => {
    const folder = await tempDir();
    const [a, b] = await Promise.all([folderDevice(folder, 'laptop'), folderDevice(folder, 'laptop')]);
    expect(value(a)).toBe(value(b));
  });

  it('keeps the computer’s name for a folder an older Factdesk shared, so its chain in the story continues', async () => {
    const folder = await tempDir();
    await mkdir(replicaFolder(folder), { recursive: true });
    expect(value(await readFolderDevice(folder, 'laptop-ann'))).toBe('laptop-ann');
    expect(value(await folderDevice(folder, 'laptop-ann'))).toBe('laptop-ann');
    expect(JSON.parse(await readFile(deviceFile(folder), 'utf8'))).toEqual({ device: 'laptop-ann' });
  });

  it('refuses a damaged device file with a sentence naming it, and leaves it as it is', async () => {
    const folder = await tempDir();
    await mkdir(join(folder, 'sync'), { recursive: true });
    for (const text of ['{"device":', '{"device":""}', 'null']) {
      await writeFile(deviceFile(folder), text);
      const refused = await folderDevice(folder, 'laptop');
      expect(refused.ok).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('corrupt-file');
      expect(refused.error.message).toContain(deviceFile(folder));
      expect((await readFolderDevice(folder, 'laptop')).ok).toBe(false);
      expect(await readFile(deviceFile(folder), 'utf8')).toBe(text);
    }
  });

  it('names the computer in a form a document id can carry', () => {
    expect(newDeviceId('Ana’s MacBook Pro')).toMatch(/^Ana-s-MacBook-Pro-[0-9a-f]{6}$/);
    expect(newDeviceId('')).toMatch(/^computer-[0-9a-f]{6}$/);
  });
});
