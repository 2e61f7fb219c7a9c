// The factdesk CLI, run in-process over real project folders.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHostileInput } from '../../hostile/counts';
import { cli } from './cli-run';
import { tempDir } from './storage/helpers';

describe('factdesk CLI', () => {
  it('creates a project, sets a draft, marks claims and lists them as JSON', async () => {
    const dir = await tempDir();
    expect((await cli(['new', 'story', '--title', 'Council vote'], dir)).code).toBe(0);
    const info = await cli(['info', 'story', '--json'], dir);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({ title: 'Council vote', draft: null, claims: { total: 0 } });
    await writeFile(join(dir, 'draft.txt'), 'The measure is expected to pass. Turnout rose 12 percent.\n');
    expect((await cli(['set-draft', 'story', 'draft.txt'], dir)).out).toMatch(/version 1/);
    const marked = await cli(
      ['mark', 'story/project.factdesk', 'rose 12 percent', '--kind', 'number', '--status', 'In progress'],
      dir,
    );
    expect(marked.code).toBe(0);
    const claims = JSON.parse((await cli(['claims', 'story', '--json'], dir)).out);
    expect(claims).toEqual({
      claims: [
        {
          id: expect.any(String),
          text: 'rose 12 percent',
          kind: 'number',
          status: 'in-progress',
          statusLabel: 'In progress',
          assignee: null,
          anchor: { state: 'exact', start: 41, end: 56 },
        },
      ],
    });
    const history = JSON.parse(await readFile(join(dir, 'story', 'project.factdesk'), 'utf8')).claims[0].history;
    expect(history[0]).toMatchObject({ by: 'Ana Reporter', action: 'created' });
  });

  it.each([
    ['null', 'null\n', /contains null/],
    ['a truncated copy', '{"schemaVersion": 2, "title": "Cut sh', /not complete JSON/],
    ['a newer schema', '{"schemaVersion": 999}', /newer version of Factdesk/],
  ])('refuses %s with a sentence naming the file and leaves it unchanged', async (_name, content, message) => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'T'], dir);
    const file = join(dir, 'story', 'project.factdesk');
    await writeHostileInput(file, content);
    const result = await cli(['info', 'story'], dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain(file);
    expect(result.err).toMatch(message);
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('says what is wrong with usage, unknown text and non-UTF-8 drafts', async () => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'T'], dir);
    expect((await cli(['mark', 'story'], dir)).code).toBe(2);
    expect((await cli(['frobnicate'], dir)).code).toBe(2);
    const typo = await cli(['claims', 'story', '--jsn'], dir);
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/--jsn is not an option of factdesk claims/);
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const bad = await cli(['set-draft', 'story', 'latin1.txt'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/latin1\.txt is not UTF-8/);
    await writeFile(join(dir, 'd.txt'), 'Short draft.');
    await cli(['set-draft', 'story', 'd.txt'], dir);
    const missing = await cli(['mark', 'story', 'not in the draft'], dir);
    expect(missing.err).toMatch(/does not occur in the current draft/);
    expect((await cli(['info', join(dir, 'nowhere')], dir)).err).toMatch(/does not exist/);
  });
});

describe('factdesk CLI drafts', () => {
  it('imports a draft, lists every suggestion as JSON best first, and counts claims after a new version', async () => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'Bridge'], dir);
    const v1 = [
      'Bridge repairs ahead of schedule',
      '"We are ahead of schedule and under budget," said Mayor Ruth Okafor.',
      'The council expects the bridge to reopen in September, and the repairs will cost $4.2 million.',
    ].join('\n\n');
    await writeFile(join(dir, 'v1.md'), `# ${v1}`);
    const first = await cli(['import-draft', 'story', 'v1.md'], dir);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/draft version 1/);
    const suggested = JSON.parse((await cli(['suggest', 'story', '--json', '--all'], dir)).out);
    const kinds = suggested.suggestions.map((s: { kind: string }) => s.kind);
    expect(kinds).toContain('quote');
    expect(kinds).toContain('number');
    const quote = suggested.suggestions.find((s: { kind: string }) => s.kind === 'quote');
    expect(quote).toMatchObject({
      speaker: 'Ruth Okafor',
      speakerKind: 'person',
      text: expect.stringContaining('ahead of schedule'),
    });
    for (const s of suggested.suggestions)
      expect(Object.keys(s)).toEqual(['text', 'start', 'end', 'kind', 'reason', 'speaker', 'speakerKind', 'score']);
    const scores = suggested.suggestions.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggested).toMatchObject({ hidden: 0, sentences: 3 });

    await cli(['mark', 'story', 'the repairs will cost $4.2 million'], dir);
    await cli(['mark', 'story', 'Bridge repairs ahead of schedule'], dir);
    await writeFile(join(dir, 'v2.md'), `# Bridge work ends\n\n${v1.split('\n\n').slice(1).join('\n\n')}`);
    const second = await cli(['import-draft', 'story', 'v2.md'], dir);
    expect(second.out).toMatch(/version 2\. Claims: 1 exact, 0 changed, 1 orphaned/);
    const claims = JSON.parse((await cli(['claims', 'story', '--json'], dir)).out).claims;
    expect(claims.map((c: { anchor: { state: string } }) => c.anchor.state)).toEqual(['exact', 'orphaned']);
  });

  it('flags at most 15% of the sentences by default, more with --share, everything with --all', async () => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'Budget'], dir);
    const sentences = Array.from(
      { length: 20 },
      (_, i) => `The council spent $${i + 2}.5 million on item ${i + 1} in 2024, the largest sum since 1990.`,
    );
    await writeFile(join(dir, 'draft.txt'), sentences.join(' '));
    await cli(['set-draft', 'story', 'draft.txt'], dir);
    const json = async (...flags: string[]) =>
      JSON.parse((await cli(['suggest', 'story', '--json', ...flags], dir)).out) as {
        suggestions: { score: number }[];
        sentences: number;
        flaggedSentences: number;
        hidden: number;
      };
    const byDefault = await json();
    expect(byDefault.sentences).toBe(20);
    expect(byDefault.flaggedSentences).toBe(3);
    const wider = await json('--share', '50');
    expect(wider.flaggedSentences).toBe(10);
    const every = await json('--all');
    expect(every.hidden).toBe(0);
    expect(every.suggestions.length).toBe(byDefault.suggestions.length + byDefault.hidden);
    const text = await cli(['suggest', 'story'], dir);
    expect(text.out).toMatch(/in the 3 most check-worthy of 20 sentences \(at most 15%\); \d+ more with --all/);
    expect(text.out).toMatch(/^(High|Medium|Low) \(\d\.\d\d\)/m);
    expect((await cli(['suggest', 'story', '--share', '0'], dir)).code).toBe(2);
    expect((await cli(['suggest', 'story', '--share', '25', '--all'], dir)).err).toMatch(/either --share or --all/);
  });

  it('asks for an encoding on the command line', async () => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'T'], dir);
    await writeFile(join(dir, 'old.txt'), Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64]));
    const asked = await cli(['import-draft', 'story', 'old.txt'], dir);
    expect(asked.code).toBe(1);
    expect(asked.err).toMatch(/--encoding windows-1252/);
    const done = await cli(['import-draft', 'story', 'old.txt', '--encoding', 'windows-1252'], dir);
    expect(done.code).toBe(0);
  });
});

describe('factdesk CLI backups', () => {
  it('restores the newest good backup of an unreadable project and keeps the damaged file', async () => {
    const dir = await tempDir();
    await cli(['new', 'story', '--title', 'Kept safe'], dir);
    await writeFile(join(dir, 'd.txt'), 'A draft worth keeping.');
    await cli(['set-draft', 'story', 'd.txt'], dir);
    const listed = JSON.parse((await cli(['backups', 'story', '--json'], dir)).out).backups;
    expect(listed.length).toBeGreaterThan(0);
    const file = join(dir, 'story', 'project.factdesk');
    await writeFile(file, '{"schemaVersion": 2, "title": "cut sh');
    expect((await cli(['info', 'story'], dir)).code).toBe(1);
    const restored = await cli(['restore-backup', 'story'], dir);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/kept as project\.factdesk\.damaged-/);
    const info = JSON.parse((await cli(['info', 'story', '--json'], dir)).out);
    expect(info).toMatchObject({ title: 'Kept safe', draft: { version: 1 } });
    const { readdir } = await import('node:fs/promises');
    const kept = (await readdir(join(dir, 'story'))).find((n) => n.startsWith('project.factdesk.damaged-'));
    expect(await readFile(join(dir, 'story', kept!), 'utf8')).toBe('{"schemaVersion": 2, "title": "cut sh');
  });
});
