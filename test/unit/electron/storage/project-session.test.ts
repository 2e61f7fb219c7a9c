import { chmod, readFile, readdir, stat, symlink, writeFile, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/api/result';
import { createProjectFolder } from '../../../../electron/storage/create-project';
import { LOCK_FILE_NAME, STALE_AFTER_MS } from '../../../../electron/storage/lock';
import { ProjectSession } from '../../../../electron/storage/project-session';
import type { SessionOptions } from '../../../../electron/storage/project-session';
import type { SaveState } from '../../../../shared/api/views';
import { fakeClock, me, nextId, openSession, tempDir, value } from './helpers';

async function setup(extra: Partial<SessionOptions> = {}) {
  const clock = fakeClock();
  const paths = value(
    await createProjectFolder(join(await tempDir(), 'story'), {
      id: nextId(),
      title: 'Story',
      now: clock.now(),
    }),
  );
  const states: SaveState[] = [];
  const changes: string[] = [];
  const options: SessionOptions = {
    now: clock.now,
    identity: me,
    saveDelayMs: 20,
    onSaveState: (s) => states.push(s),
    onExternalChange: (m) => changes.push(m),
    ...extra,
  };
  return { clock, paths, options, states, changes };
}

const onDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

describe('ProjectSession saving', () => {
  it('coalesces quick edits into few durable writes and reports saved only after them', async () => {
    const { paths, options, states } = await setup();
    const s = await openSession(paths, options);
    for (let i = 0; i < 200; i++) s.update((d) => ok({ ...d, title: `Title ${i}` }));
    expect(s.saveState.state).toBe('unsaved');
    const state = await s.flush();
    expect(state.state).toBe('saved');
    expect((await onDisk(paths.file)).title).toBe('Title 199');
    expect(states.filter((x) => x.state === 'saving').length).toBeLessThan(5);
    await s.close();
  });

  it('leaves no temp files and keeps the file mode', async () => {
    const { paths, options } = await setup();
    await chmod(paths.file, 0o600);
    const s = await openSession(paths, options);
    s.update((d) => ok({ ...d, title: 'Private' }));
    await s.close();
    expect((await stat(paths.file)).mode & 0o777).toBe(0o600);
    expect((await readdir(paths.folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('saves through a symlinked project file without replacing the link', async () => {
    const { paths, options } = await setup();
    const real = join(paths.folder, 'real.factdesk');
    await writeFile(real, await readFile(paths.file));
    const { rm } = await import('node:fs/promises');
    await rm(paths.file);
    await symlink(real, paths.file);
    const s = await openSession(paths, options);
    s.update((d) => ok({ ...d, title: 'Linked' }));
    await s.close();
    expect((await lstat(paths.file)).isSymbolicLink()).toBe(true);
    expect((await onDisk(real)).title).toBe('Linked');
  });

  it('removes stale temp files left by a crash when it opens', async () => {
    const { paths, options } = await setup();
    const stale = join(paths.folder, '.project.factdesk.abc123.tmp');
    await writeFile(stale, '{"half":');
    const s = await openSession(paths, options);
    await expect(stat(stale)).rejects.toThrow();
    await s.close();
  });

  it('refuses to write over a change made by another program, and lets the user choose', async () => {
    const { paths, options, changes } = await setup();
    const s = await openSession(paths, options);
    const theirs = await onDisk(paths.file);
    theirs.title = 'Edited elsewhere';
    await writeFile(paths.file, JSON.stringify(theirs));
    const theirBytes = await readFile(paths.file);
    s.update((d) => ok({ ...d, title: 'Mine' }));
    const state = await s.flush();
    expect(state.state).toBe('error');
    expect(state.message).toMatch(/changed by another program/);
    expect(s.conflict).toBe(true);
    expect(changes).toHaveLength(1);
    expect(await readFile(paths.file)).toEqual(theirBytes);

    const copy = value(await s.resolveConflict('save-copy'));
    expect(copy).toBeTruthy();
    expect((await onDisk(join(copy!, 'project.factdesk'))).title).toBe('Mine');
    expect(s.doc.title).toBe('Edited elsewhere');
    expect(s.conflict).toBe(false);

    s.update((d) => ok({ ...d, title: 'Mine again' }));
    await writeFile(paths.file, JSON.stringify({ ...theirs, title: 'Third edit' }));
    expect((await s.flush()).state).toBe('error');
    value(await s.resolveConflict('keep-mine'));
    expect((await onDisk(paths.file)).title).toBe('Mine again');

    await writeFile(paths.file, JSON.stringify({ ...theirs, title: 'Fourth edit' }));
    expect(await s.checkExternalChange()).toBe(true);
    value(await s.resolveConflict('reload'));
    expect(s.doc.title).toBe('Fourth edit');
    await s.close();
  });

  it('notices a deleted project file and does not recreate it silently', async () => {
    const { paths, options } = await setup();
    const s = await openSession(paths, options);
    const { rm } = await import('node:fs/promises');
    await rm(paths.file);
    s.update((d) => ok({ ...d, title: 'After delete' }));
    const state = await s.flush();
    expect(state.message).toMatch(/moved or deleted/);
    await expect(stat(paths.file)).rejects.toThrow();
    value(await s.resolveConflict('keep-mine'));
    expect((await onDisk(paths.file)).title).toBe('After delete');
    await s.close();
  });
});

describe('ProjectSession lock', () => {
  it('opens a second writer read-only and says who holds the project', async () => {
    const { paths, options } = await setup();
    const first = await openSession(paths, options);
    const other = { ...options, identity: { user: 'Ben Editor', host: 'desk-2', pid: 4242 } };
    const second = await openSession(paths, other);
    expect(second.readOnly).toBe(true);
    expect(second.lockedBy?.user).toBe('Ana Reporter');
    expect(second.saveState.message).toMatch(
      /Ana Reporter on laptop-1 has had this project open since 2026-11-26T09:00:00.000Z/,
    );
    expect(second.update((d) => ok(d))).toMatchObject({ ok: false, error: { code: 'read-only' } });
    await second.close();
    // The second opener never deletes a lock it does not own.
    expect(JSON.parse(await readFile(join(paths.folder, LOCK_FILE_NAME), 'utf8')).user).toBe('Ana Reporter');
    await first.close();
    await expect(stat(join(paths.folder, LOCK_FILE_NAME))).rejects.toThrow();
  });

  it('takes over a stale lock only after the user confirms', async () => {
    const { paths, options, clock } = await setup();
    const crashed = { ...options, identity: { user: 'Ben Editor', host: 'desk-2', pid: 4242 } };
    await openSession(paths, crashed); // never closed: its heartbeat stops
    clock.advance(STALE_AFTER_MS + 1000);
    const attempt = ProjectSession.open(paths, options);
    expect(await attempt).toMatchObject({ ok: false, error: { code: 'lock-stale' } });
    const lockBefore = await readFile(join(paths.folder, LOCK_FILE_NAME), 'utf8');
    expect(JSON.parse(lockBefore).user).toBe('Ben Editor');
    const s = await openSession(paths, options, { takeOverStaleLock: true });
    expect(s.readOnly).toBe(false);
    expect(s.notices.join()).toMatch(/took over this project from Ben Editor/);
    await s.close();
  });

  it('takes over the lock of a process that no longer runs on this machine, and says whose it was', async () => {
    const { paths, options } = await setup();
    const ghost = { ...options, identity: { ...me, pid: 2 ** 22 - 7 } };
    await openSession(paths, ghost);
    const s = await openSession(paths, options);
    expect(s.readOnly).toBe(false);
    expect(s.tookOver).toMatchObject({ reason: 'owner-gone', from: { pid: 2 ** 22 - 7 } });
    expect(s.notices.join()).toMatch(/process 4194297\) is no longer running; its lock was taken over/);
    await s.close();
  });

  it('stops writing when another Factdesk takes the lock over', async () => {
    const { paths, options, clock } = await setup({ heartbeatMs: 30 });
    // The first Factdesk's clock stands still: its heartbeats carry an old time, as a frozen computer's would.
    const frozen = fakeClock();
    const first = await openSession(paths, { ...options, now: frozen.now, heartbeatMs: 60 * 60_000 });
    clock.advance(STALE_AFTER_MS + 1000);
    const other = { ...options, identity: { user: 'Ben Editor', host: 'desk-2', pid: 4242 } };
    const second = await openSession(paths, other, { takeOverStaleLock: true });
    await first.refreshLock();
    expect(first.readOnly).toBe(true);
    expect(first.update((d) => ok(d))).toMatchObject({
      ok: false,
      error: { code: 'read-only', message: expect.stringMatching(/took this project over/) },
    });
    await first.close();
    expect(JSON.parse(await readFile(join(paths.folder, LOCK_FILE_NAME), 'utf8')).user).toBe('Ben Editor');
    await second.close();
  });
});

describe('ProjectSession backups', () => {
  it('backs up at most every 10 minutes of changes and on close, verified and restorable', async () => {
    const { paths, options, clock } = await setup();
    const s = await openSession(paths, options);
    s.update((d) => ok({ ...d, title: 'v1' }));
    await s.flush();
    expect(await s.listBackups()).toHaveLength(1);
    clock.advance(60_000);
    s.update((d) => ok({ ...d, title: 'v2' }));
    await s.flush();
    expect(await s.listBackups()).toHaveLength(1);
    clock.advance(10 * 60_000);
    s.update((d) => ok({ ...d, title: 'v3' }));
    await s.flush();
    const backups = await s.listBackups();
    expect(backups).toHaveLength(2);
    const oldest = backups[backups.length - 1]!;
    clock.advance(1000);
    value(await s.restoreBackup(oldest.name));
    expect(s.doc.title).toBe('v1');
    expect((await onDisk(paths.file)).title).toBe('v1');
    // The restore can be undone: the state before it was backed up.
    const before = (await s.listBackups()).find((b) => b.name.includes('before-restore'));
    expect(before).toBeDefined();
    value(await s.restoreBackup(before!.name));
    expect(s.doc.title).toBe('v3');
    await s.close();
  });

  it('keeps a change made while a backup is being written for the closing backup', async () => {
    let session: ProjectSession | null = null;
    let pending = true;
    const { paths, options, clock } = await setup({
      onSaveState: (state) => {
        // Right after the first save the first backup starts; this change lands while it is being written.
        if (state.state !== 'saved' || !pending || !session) return;
        pending = false;
        const s = session;
        setImmediate(() => s.update((d) => ok({ ...d, title: 'marked during the backup' })));
      },
    });
    const s = await openSession(paths, options);
    session = s;
    s.update((d) => ok({ ...d, title: 'first' }));
    await s.flush();
    clock.advance(1000);
    await s.close();
    const reopened = await openSession(paths, options);
    const [newest] = await reopened.listBackups();
    const backup = await onDisk(join(paths.folder, 'backups', newest!.name));
    expect(backup.title).toBe('marked during the backup');
    await reopened.close();
  });

  it('refuses to restore a damaged backup and keeps the project as it was', async () => {
    const { paths, options } = await setup();
    const s = await openSession(paths, options);
    s.update((d) => ok({ ...d, title: 'Good' }));
    await s.flush();
    const [b] = await s.listBackups();
    await writeFile(join(paths.folder, 'backups', b!.name), '{"schemaVersion": 2');
    expect(await s.restoreBackup(b!.name)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not complete JSON/) },
    });
    expect(s.doc.title).toBe('Good');
    expect(await s.restoreBackup('../project.factdesk')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not the name of a Factdesk backup/) },
    });
    await s.close();
  });
});
