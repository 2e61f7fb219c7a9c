// Exports aimed at the project's own files: the project file, its lock, a backup, a source, a sidecar, through a
// symlink or another project; an existing file without --force; a schema file beside a JSON export that Factdesk did
// not write. Each is refused by the real CLI with a sentence naming the path, and nothing on disk changes.
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../unit/electron/storage/helpers';
import { writeHostileInput } from './counts';
import { runBuiltCli } from './run-cli';

let dir = '';
let story = '';

async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(at: string, rel: string) {
    for (const name of await readdir(at)) {
      const full = join(at, name);
      const st = await lstat(full);
      if (st.isSymbolicLink()) out[`${rel}${name}`] = `-> ${await readlink(full)}`;
      else if (st.isDirectory()) await walk(full, `${rel}${name}/`);
      else out[`${rel}${name}`] = (await readFile(full)).toString('base64');
    }
  }
  await walk(folder, '');
  return out;
}

let template = '';

// One project with a draft, a source and a backup, copied afresh for every case.
beforeAll(async () => {
  template = await mkdtemp(join(tmpdir(), 'factdesk-hostile-export-template-'));
  expect((await runBuiltCli(['new', 'story', '--title', 'Harbour bridge'], template)).code).toBe(0);
  await writeFile(join(template, 'draft.txt'), 'Tolls rose 12 percent, the mayor said.\n');
  await writeFile(join(template, 'briefing.txt'), 'Speaker: Mayor\nTolls rose 12 percent this year.\n');
  expect((await runBuiltCli(['set-draft', 'story', 'draft.txt'], template)).code).toBe(0);
  expect((await runBuiltCli(['add-source', 'story', 'briefing.txt'], template)).code).toBe(0);
});

afterAll(async () => {
  await rm(template, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await tempDir('factdesk-hostile-export-');
  await cp(template, dir, { recursive: true });
  story = join(dir, 'story');
});

async function firstFileIn(folder: string): Promise<string> {
  for (const name of await readdir(folder)) {
    const full = join(folder, name);
    if ((await lstat(full)).isDirectory()) return firstFileIn(full);
    return full;
  }
  throw new Error(`${folder} is empty`);
}

describe('export --out onto a project’s own files', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['the project file', async () => join(story, 'project.factdesk'), /is the project file of the project in/],
    [
      'the lock file',
      async () =>
        writeHostileInput(
          join(story, 'project.factdesk.lock'),
          JSON.stringify({ token: 'abcdef0123456789', user: 'Bo', host: 'elsewhere', pid: 1, app: 'Factdesk' }),
        ),
      /is the lock file/,
    ],
    ['a backup', async () => firstFileIn(join(story, 'backups')), /is in its backups folder/],
    ['a source file', async () => firstFileIn(join(story, 'sources')), /is in its sources folder/],
    ['a new file in sources/', async () => join(story, 'sources', 'appendix.md'), /is in its sources folder/],
    [
      'a damaged-file sidecar',
      async () => writeHostileInput(join(story, 'project.factdesk.damaged-2026'), 'kept aside'),
      /a file Factdesk keeps beside the project file/,
    ],
    [
      'a symlink to the project file',
      async () => {
        await symlink(join(story, 'project.factdesk'), join(dir, 'appendix.md'));
        return join(dir, 'appendix.md');
      },
      /appendix\.md \(it leads to .*project\.factdesk\) is the project file/,
    ],
    [
      'a symlinked folder into backups/',
      async () => {
        await symlink(join(story, 'backups'), join(dir, 'out'));
        return join(dir, 'out', 'appendix.md');
      },
      /is in its backups folder/,
    ],
    [
      "another project's file",
      async () => {
        expect((await runBuiltCli(['new', 'other', '--title', 'Other'], dir)).code).toBe(0);
        return join(dir, 'other', 'project.factdesk');
      },
      /is the project file of the project in .*other/,
    ],
  ];

  it.each(cases)('refuses %s and changes nothing', async (_name, target, message) => {
    const out = await target();
    const before = await snapshot(dir);
    const run = await runBuiltCli(['export', 'story', '--format', 'md', '--out', out, '--force'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain(out);
    expect(run.err).toMatch(message);
    expect(run.err).toMatch(/Nothing was written/);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('export over an existing file', () => {
  it('refuses without --force, naming the file, and replaces it with --force', async () => {
    const out = join(dir, 'appendix.md');
    await writeHostileInput(out, 'my own notes, not an appendix\n');
    const refused = await runBuiltCli(['export', 'story', '--format', 'md', '--out', 'appendix.md'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${out} already exists, so the export was not written. Add --force to replace it.`);
    expect(await readFile(out, 'utf8')).toBe('my own notes, not an appendix\n');
    const forced = await runBuiltCli(['export', 'story', '--format', 'md', '--out', 'appendix.md', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/Harbour bridge/);
  });

  it('refuses a folder as the file to write', async () => {
    await mkdir(join(dir, 'folder'));
    const run = await runBuiltCli(['export', 'story', '--format', 'md', '--out', 'folder', '--force'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/folder is a folder: name the file to write/);
  });
});

describe('the schema beside a JSON export', () => {
  it('is written when absent and left alone when it is already exactly Factdesk’s', async () => {
    const first = await runBuiltCli(['export', 'story', '--format', 'json', '--out', 'out/a.json'], dir);
    expect(first.code).toBe(0);
    const schema = await readFile(join(dir, 'out', 'appendix.schema.json'), 'utf8');
    expect(JSON.parse(schema)).toHaveProperty('$schema');
    const second = await runBuiltCli(['export', 'story', '--format', 'json', '--out', 'out/b.json'], dir);
    expect(second.code).toBe(0);
    expect(await readFile(join(dir, 'out', 'appendix.schema.json'), 'utf8')).toBe(schema);
  });

  it('replaces an earlier Factdesk’s schema of an older appendix format, and refuses a newer one', async () => {
    await mkdir(join(dir, 'out'));
    const beside = join(dir, 'out', 'appendix.schema.json');
    const older = `${JSON.stringify({ $id: 'urn:factdesk:schema:appendix:1', title: 'Factdesk source appendix' })}\n`;
    await writeHostileInput(beside, older);
    const run = await runBuiltCli(['export', 'story', '--format', 'json', '--out', 'out/a.json'], dir);
    expect(run.code).toBe(0);
    const written = JSON.parse(await readFile(beside, 'utf8')) as { $id: string };
    expect(written.$id).toBe('urn:factdesk:schema:appendix:2');
    expect(JSON.parse(await readFile(join(dir, 'out', 'a.json'), 'utf8'))).toHaveProperty('formatVersion', 2);

    const newer = `${JSON.stringify({ $id: 'urn:factdesk:schema:appendix:3', title: 'Factdesk source appendix' })}\n`;
    await writeHostileInput(beside, newer);
    const refused = await runBuiltCli(['export', 'story', '--format', 'json', '--out', 'out/b.json'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      `${beside} is the schema of a newer appendix format (version 3; this Factdesk writes version 2)`,
    );
    expect(await readFile(beside, 'utf8')).toBe(newer);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['a.json', 'appendix.schema.json']);
  });

  it('is never replaced when it holds something else, even with --force, and the export is not written', async () => {
    await mkdir(join(dir, 'out'));
    const mine = join(dir, 'out', 'appendix.schema.json');
    await writeHostileInput(mine, '{"title": "our newsroom schema"}\n');
    const run = await runBuiltCli(['export', 'story', '--format', 'json', '--out', 'out/a.json', '--force'], dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${mine} already exists and is not the schema this Factdesk writes`);
    expect(run.err).not.toMatch(/--force/);
    expect(await readFile(mine, 'utf8')).toBe('{"title": "our newsroom schema"}\n');
    expect(await readdir(join(dir, 'out'))).toEqual(['appendix.schema.json']);
  });
});
