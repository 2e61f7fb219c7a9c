// Damaged and malicious files handed to the real built CLI: a personal library that is not UTF-8, JSON nested deeper
// than any stack, and temp files a crash left in backups/. Each is refused with a sentence naming the file, or
// cleaned, and nothing already saved changes.
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../unit/electron/storage/helpers';
import { writeHostileInput } from './counts';
import { runBuiltCli } from './run-cli';

const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

async function project(dir: string) {
  const made = await runBuiltCli(['new', 'story', '--title', 'Council vote'], dir);
  expect(made.code).toBe(0);
  await writeFile(join(dir, 'draft.txt'), 'Turnout rose 12 percent, the clerk said.\n');
  return { folder: join(dir, 'story'), file: join(dir, 'story', 'project.factdesk') };
}

describe('damaged files', () => {
  it('refuses a library.json that is not UTF-8 by name and leaves its bytes untouched', async () => {
    const dir = await tempDir();
    const library = join(dir, '.data', 'library', 'library.json');
    await mkdir(join(dir, '.data', 'library'), { recursive: true });
    const bytes = Buffer.concat([
      Buffer.from('{"schemaVersion": 1, "sources": [], "note": "caf'),
      Buffer.from([0xe9, 0xff, 0xfe]),
      Buffer.from('"}\n'),
    ]);
    await writeHostileInput(library, bytes);
    await writeFile(join(dir, 'talk.txt'), 'MAYOR BASS: We will not rest.\n');
    const added = await runBuiltCli(['add-source', '--library', 'talk.txt'], dir);
    expect(added.code).toBe(1);
    expect(added.err).toContain(library);
    expect(added.err).toMatch(/not valid UTF-8/);
    expect(await readFile(library)).toEqual(bytes);
  }, 120_000);

  it('refuses a project file nested 100,000 levels deep with a sentence, not a stack overflow', async () => {
    const dir = await tempDir();
    const { file } = await project(dir);
    const hostile = `{"schemaVersion": 2, "title": ${deep(100_000)}}`;
    await writeHostileInput(file, hostile);
    for (const command of [
      ['info', 'story'],
      ['set-draft', 'story', 'draft.txt'],
    ]) {
      const run = await runBuiltCli(command, dir);
      expect(run.code).toBe(1);
      expect(run.err).toContain(file);
      expect(run.err).toMatch(/more than \d+ levels deep \(line 1\)/);
      expect(run.err).not.toMatch(/call stack|\n\s+at /);
    }
    expect(await readFile(file, 'utf8')).toBe(hostile);
  }, 120_000);

  it('refuses a JSON quote list nested 100,000 levels deep, and sets aside such a line of a JSON Lines list', async () => {
    const dir = await tempDir();
    const { file } = await project(dir);
    const before = await readFile(file);
    await writeHostileInput(join(dir, 'quotes.json'), `{"quotes": [{"text": "Hello", "tags": ${deep(100_000)}}]}`);
    const json = await runBuiltCli(['add-source', 'story', 'quotes.json'], dir);
    expect(json.code).toBe(1);
    expect(json.err).toContain('quotes.json');
    expect(json.err).toMatch(/more than \d+ levels deep/);
    expect(json.err).not.toMatch(/call stack|\n\s+at /);
    expect(await readFile(file)).toEqual(before);

    const lines = [
      '{"speaker": "Karen Bass", "text": "We will not rest until every encampment is gone."}',
      `{"speaker": "Karen Bass", "text": "Deep", "tags": ${deep(100_000)}}`,
      '{"speaker": "Karen Bass", "text": "This moment demands urgency.", "tags": [["nested"], "ok"]}',
    ];
    await writeHostileInput(join(dir, 'quotes.jsonl'), `${lines.join('\n')}\n`);
    const jsonl = await runBuiltCli(['add-source', 'story', 'quotes.jsonl'], dir);
    expect(jsonl.err).not.toMatch(/call stack|\n\s+at /);
    expect(jsonl.code).toBe(0);
    const found = await runBuiltCli(['search', 'story', 'urgency', '--json'], dir);
    expect(JSON.parse(found.out).results[0].text).toBe('This moment demands urgency.');
  }, 120_000);

  it("cleans temp files a crash left in backups/ when the project is next opened, and only Factdesk's own", async () => {
    const dir = await tempDir();
    const { folder } = await project(dir);
    const backups = join(folder, 'backups');
    await mkdir(backups, { recursive: true });
    const stale = [
      '.project-20261126T093000123Z.factdesk.0a1b2c3d4e5f.tmp',
      '.project-20261126T093000123Z-close.factdesk.abcdef012345.tmp',
    ];
    const fresh = '.project-20261126T094000123Z.factdesk.111111111111.tmp';
    const foreign = ['notes.tmp', '.project-notes.factdesk.tmp', 'project-20261126T093000123Z.factdesk.partial'];
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of [...stale, fresh, ...foreign]) {
      await writeHostileInput(join(backups, name), '{"schemaVersion": 2, "title": "half a backu');
      if (name !== fresh) await utimes(join(backups, name), hourAgo, hourAgo);
    }
    const run = await runBuiltCli(['set-draft', 'story', 'draft.txt'], dir);
    expect(run.code).toBe(0);
    const left = await readdir(backups);
    for (const name of stale) expect(left).not.toContain(name);
    for (const name of [fresh, ...foreign]) expect(left).toContain(name);
  }, 120_000);
});
