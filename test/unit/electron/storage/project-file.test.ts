import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/api/result';
import type { ApiError } from '../../../../shared/api/result';
import { createProjectFolder } from '../../../../electron/storage/create-project';
import { recoverFromBackup } from '../../../../electron/storage/recover';
import { readProjectFile } from '../../../../electron/storage/project-file';
import { ProjectSession } from '../../../../electron/storage/project-session';
import { writeHostileInput } from '../../../hostile/counts';
import { fakeClock, me, nextId, openSession, tempDir, value } from './helpers';

async function newProject() {
  const folder = join(await tempDir(), 'story');
  const clock = fakeClock();
  const paths = value(await createProjectFolder(folder, { id: nextId(), title: 'Council vote', now: clock.now() }));
  return { ...paths, clock };
}

async function refusal(file: string): Promise<ApiError> {
  const read = await readProjectFile(file);
  if (read.ok) throw new Error('expected the file to be refused');
  return read.error;
}

const valid = await (async () => {
  const { file } = await newProject();
  return readFile(file, 'utf8');
})();

const refused: [string, string | Buffer, string, RegExp][] = [
  ['empty', '', 'corrupt-file', /is empty/],
  ['truncated', valid.slice(0, Math.floor(valid.length / 2)), 'corrupt-file', /not complete JSON/],
  ['NUL-filled', Buffer.alloc(4096), 'corrupt-file', /zero bytes/],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'corrupt-file', /not valid UTF-8/],
  ['null', 'null', 'invalid-file', /contains null/],
  ['0', '0', 'invalid-file', /number 0/],
  ['false', 'false', 'invalid-file', /boolean false/],
  ['empty string', '""', 'invalid-file', /a string/],
  ['[]', '[]', 'invalid-file', /a list/],
  ['newer schema', '{"schemaVersion": 999}', 'newer-schema', /newer version of Factdesk \(format 999/],
  ['no schema', '{"title": "x"}', 'invalid-file', /no valid schemaVersion/],
  [
    'wrong types',
    valid.replace('"title": "Council vote"', '"title": 42').replace('"claims": []', '"claims": [{"id": 7}]'),
    'invalid-file',
    /title: .*claims\.0/s,
  ],
];

describe('reading project.factdesk', () => {
  it.each(refused)(
    'refuses a %s file by name and leaves it byte-for-byte unchanged',
    async (_name, content, code, message) => {
      const { file, folder, clock } = await newProject();
      await writeHostileInput(file, content);
      const before = await readFile(file);
      const error = await refusal(file);
      expect(error.code).toBe(code);
      expect(error.message).toContain(file);
      expect(error.message).toMatch(message);
      // Opening for editing refuses too, takes no lock for good, and still does not touch the file.
      expect(await ProjectSession.open({ folder, file }, { now: clock.now, identity: me })).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining(file) },
      });
      expect(await readFile(file)).toEqual(before);
      await expect(readFile(join(folder, 'project.factdesk.lock'))).rejects.toThrow();
    },
  );

  it('keeps unknown fields through a save', async () => {
    const { file, folder, clock } = await newProject();
    const doc = JSON.parse(valid);
    doc.futureField = { keep: ['me'] };
    doc.settings.extra = 1;
    await writeFile(file, JSON.stringify(doc));
    const s = await openSession({ folder, file }, { now: clock.now, identity: me });
    s.update((d) => ok({ ...d, title: 'Renamed' }));
    await s.close();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.title).toBe('Renamed');
    expect(saved.futureField).toEqual({ keep: ['me'] });
    expect(saved.settings.extra).toBe(1);
  });

  it('ignores prototype-polluting keys', async () => {
    const { file, folder, clock } = await newProject();
    const polluted = valid.replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"bad": 1}},');
    await writeHostileInput(file, polluted);
    const s = await openSession({ folder, file }, { now: clock.now, identity: me });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(s.doc)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).bad).toBeUndefined();
    await s.close();
  });

  it('migrates a format-1 project from a fixture, backing up the old file first', async () => {
    const { file, folder, clock } = await newProject();
    const old = await readFile(join(__dirname, '../../../fixtures/storage/project-v1.factdesk'));
    await writeFile(file, old);
    const s = await openSession({ folder, file }, { now: clock.now, identity: me });
    expect(s.doc.schemaVersion).toBe(3);
    expect(s.doc.logHead).toEqual({ count: 0, lastHash: '0'.repeat(64) });
    expect(s.doc.drafts).toHaveLength(1);
    expect(s.doc.claims.map((c) => c.anchor.exact)).toEqual(['more than 40 percent', 'expected to pass']);
    expect(s.doc.claims[1]?.status).toBe('verified');
    expect(s.notices.join(' ')).toMatch(/upgraded from format 1/);
    const backups = await s.listBackups();
    expect(backups.some((b) => b.name.includes('before-migration-v1'))).toBe(true);
    const backup = backups.find((b) => b.name.includes('before-migration-v1'));
    expect(await readFile(join(folder, 'backups', backup!.name))).toEqual(old);
    await s.close();
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(3);
  });
});

describe('creating a project and restoring a backup answer refusals as values', () => {
  it('refuses a folder that holds a project, a file in the folder’s place, and a project without backups', async () => {
    const { folder, file, clock } = await newProject();
    const again = await createProjectFolder(folder, { id: nextId(), title: 'Again', now: clock.now() });
    expect(again).toMatchObject({ ok: false, error: { code: 'project-exists' } });
    const onFile = await createProjectFolder(file, { id: nextId(), title: 'On a file', now: clock.now() });
    expect(onFile).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!onFile.ok && onFile.error.message).toContain(file);
    const before = await readFile(file);
    const restored = await recoverFromBackup({ folder, file }, me, clock.now());
    expect(restored).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!restored.ok && restored.error.message).toBe(`${folder} has no backups to restore.`);
    expect(await readFile(file)).toEqual(before);
  });
});
