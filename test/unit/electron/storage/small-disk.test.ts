// Disk full and read-only folders, on a real tiny tmpfs. Mounting needs root (CI runs as root); elsewhere these
// tests are reported as skipped.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/api/result';
import { createProjectFolder } from '../../../../electron/storage/create-project';
import { fakeClock, me, nextId, openSession, tempDir, value } from './helpers';

function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const mounted: string[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) execFileSync('umount', ['-l', m]);
});

async function smallDisk(kb: number): Promise<string> {
  const dir = join(await tempDir(), 'disk');
  await mkdir(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

describe.skipIf(!canMount())('saving on a full or read-only disk (tmpfs, needs root)', () => {
  it('keeps the file and the edits when the disk is full, leaves no temp file, and says so', async () => {
    const disk = await smallDisk(64);
    const clock = fakeClock();
    const paths = value(
      await createProjectFolder(join(disk, 'story'), { id: nextId(), title: 'Small', now: clock.now() }),
    );
    const s = await openSession(paths, { now: clock.now, identity: me, saveDelayMs: 5 });
    const before = await readFile(paths.file);
    s.update((d) => ok({ ...d, title: 'x'.repeat(200_000) }));
    const state = await s.flush();
    expect(state.state).toBe('error');
    expect(state.message).toMatch(/disk is full/);
    expect(state.message).toContain(paths.file);
    expect(await readFile(paths.file)).toEqual(before);
    expect((await readdir(paths.folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(s.doc.title).toHaveLength(200_000);
    s.update((d) => ok({ ...d, title: 'Short again' }));
    expect((await s.flush()).state).toBe('saved');
    expect(JSON.parse(await readFile(paths.file, 'utf8')).title).toBe('Short again');
    await s.close();
  });

  it('explains a read-only folder and keeps the edit in memory', async () => {
    const disk = await smallDisk(256);
    const clock = fakeClock();
    const paths = value(
      await createProjectFolder(join(disk, 'story'), { id: nextId(), title: 'RO', now: clock.now() }),
    );
    const s = await openSession(paths, { now: clock.now, identity: me, saveDelayMs: 5 });
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    s.update((d) => ok({ ...d, title: 'Cannot save' }));
    const state = await s.flush();
    expect(state.state).toBe('error');
    expect(state.message).toMatch(/not allowed to write/);
    expect(s.doc.title).toBe('Cannot save');
    execFileSync('mount', ['-o', 'remount,rw', disk]);
    // Once the folder is writable again, the change that failed is still pending and is saved.
    expect((await s.flush()).state).toBe('saved');
    expect(JSON.parse(await readFile(paths.file, 'utf8')).title).toBe('Cannot save');
    await s.close();
  });
});
