// The built factdesk command fed malformed arguments, damaged projects and hostile files: every refusal is one
// sentence on stderr (no "undefined", no stack trace, no internal "Error:"), every exit code is the README's, and a
// reader that closes the pipe early (`| head`) ends the command quietly.
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../unit/electron/storage/helpers';
import { writeHostileInput } from './counts';
import { FACTDESK_BIN, runBuiltCli } from './run-cli';
import type { CliRun } from './run-cli';

const README = join(__dirname, '..', '..', 'README.md');

/** The exit codes the README's one table documents, with their first words. */
async function documentedExitCodes(): Promise<Map<number, string>> {
  const text = await readFile(README, 'utf8');
  const table = new Map<number, string>();
  for (const m of text.matchAll(/^\| (\d+) +\| ([^|]+?) *\|$/gm)) table.set(Number(m[1]), m[2]!.trim());
  return table;
}

type Case = [label: string, args: string[], code: number, env?: 'bad-library'];

const CASES: Case[] = [
  ['a working command', ['info', 'story'], 0],
  // wrong usage
  ['no command', [], 2],
  ['an unknown command', ['frobnicate'], 2],
  ['a command without its project', ['info'], 2],
  ['a misspelt option', ['claims', 'story', '--jsn'], 2],
  ['an option without its value', ['search', 'story', 'rent', '--limit'], 2],
  ['a limit that is not a number', ['search', 'story', 'rent', '--limit', 'many'], 2],
  ['an unknown claim kind', ['mark', 'story', 'rose 12 percent', '--kind', 'rumour'], 2],
  ['an unknown status', ['mark', 'story', 'rose 12 percent', '--status', 'Maybe'], 2],
  ['an unknown export format', ['export', 'story', '--format', 'exe', '--out', 'appendix.exe'], 2],
  ['a new project without a title', ['new', 'other'], 2],
  ['an unknown source type', ['add-source', 'story', 'draft.txt', '--type', 'rumour'], 2],
  ['a date that is not a date', ['add-source', 'story', 'draft.txt', '--date', 'yesterday'], 2],
  ['a javascript: address', ['add-source', 'story', 'draft.txt', '--url', 'javascript:alert(1)'], 2],
  ['an unknown relation', ['attach', 'story', 'a', 'b', '--relation', 'maybe'], 2],
  ['an unknown encoding', ['import-draft', 'story', 'draft.txt', '--encoding', 'ebcdic'], 2],
  ['a quote check without sources', ['check-quotes', '--draft', 'draft.txt'], 2],
  // refused: missing, damaged or hostile files
  ['a project that does not exist', ['info', 'nowhere'], 1],
  ['a text file named as the project', ['info', 'draft.txt'], 1],
  ['a project file without its fields', ['info', 'missing-fields'], 1],
  ['a project file without a schemaVersion', ['claims', 'no-schema'], 1],
  ['a project file with wrong types', ['info', 'wrong-types'], 1],
  ['a project file of random bytes', ['info', 'binary'], 1],
  ['a project file holding a list', ['info', 'list'], 1],
  ['a project file nested 50,000 deep', ['info', 'deep'], 1],
  ['a quote check of a damaged project', ['check-quotes', 'missing-fields'], 1],
  ['a quote check of a missing draft', ['check-quotes', '--draft', 'nothere.txt', '--sources', 'draft.txt'], 1],
  ['a log check of a damaged project', ['verify-log', 'binary'], 1],
  ['backups of a missing project', ['backups', 'nowhere'], 1],
  ['a missing draft file', ['set-draft', 'story', 'nothere.txt'], 1],
  ['a folder as the draft', ['set-draft', 'story', 'dir'], 1],
  ['a draft that is not UTF-8', ['set-draft', 'story', 'latin1.txt'], 1],
  ['a .docx of random bytes', ['import-draft', 'story', 'evil.docx'], 1],
  ['an empty Markdown draft', ['import-draft', 'story', 'empty.md'], 1],
  ['an .srt of random bytes', ['add-source', 'story', 'garbage.srt'], 1],
  ['a CSV with a quote that never closes', ['add-source', 'story', 'unterminated.csv'], 1],
  ['a JSON list that is a number', ['add-source', 'story', 'five.json'], 1],
  ['a JSON source that is null', ['add-source', 'story', 'null.json'], 1],
  ['a JSON source nested 50,000 deep', ['add-source', 'story', 'deep.json'], 1],
  ['a claim that does not exist', ['attach', 'story', 'no-claim', 'no-source'], 1],
  ['text that is not in the draft', ['mark', 'story', 'not in the draft at all'], 1],
  ['a backup that does not exist', ['restore-backup', 'story', '--name', 'project-20260101T000000000Z.factdesk'], 1],
  ['an export onto the project file', ['export', 'story', '--format', 'md', '--out', 'story/project.factdesk'], 1],
  ['a library.json without its sources', ['add-source', '--library', 'draft.txt'], 1, 'bad-library'],
];

let fixture = '';

async function project(folder: string, content: string | Uint8Array) {
  await mkdir(join(folder, 'sources'), { recursive: true });
  await mkdir(join(folder, 'backups'), { recursive: true });
  await writeHostileInput(join(folder, 'project.factdesk'), content);
}

beforeAll(async () => {
  fixture = await tempDir('factdesk-cli-errors-');
  await writeFile(join(fixture, 'draft.txt'), 'Turnout rose 12 percent, the clerk said.\n');
  expect((await runBuiltCli(['new', 'story', '--title', 'Council vote'], fixture)).code).toBe(0);
  expect((await runBuiltCli(['set-draft', 'story', 'draft.txt'], fixture)).code).toBe(0);
  const valid = await readFile(join(fixture, 'story', 'project.factdesk'), 'utf8');
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  await project(join(fixture, 'missing-fields'), '{"schemaVersion": 2}');
  await project(join(fixture, 'no-schema'), '{"title": "Council vote"}');
  await project(
    join(fixture, 'wrong-types'),
    valid.replace(/"title": "Council vote"/, '"title": 42').replace(/"claims": \[\]/, '"claims": [{"id": 7}]'),
  );
  await project(
    join(fixture, 'binary'),
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
  );
  await project(join(fixture, 'list'), '[]');
  await project(join(fixture, 'deep'), `{"schemaVersion": 2, "claims": ${deep(50_000)}}`);
  await mkdir(join(fixture, 'dir'));
  await writeHostileInput(join(fixture, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  await writeHostileInput(
    join(fixture, 'evil.docx'),
    Uint8Array.from({ length: 2048 }, (_, i) => (i * 31) % 256),
  );
  await writeHostileInput(join(fixture, 'empty.md'), '');
  await writeHostileInput(
    join(fixture, 'garbage.srt'),
    Uint8Array.from({ length: 2048 }, (_, i) => (i * 13) % 256),
  );
  await writeHostileInput(
    join(fixture, 'unterminated.csv'),
    'speaker,quote\nKaren Bass,"We will not rest\nMore,text\n',
  );
  await writeHostileInput(join(fixture, 'five.json'), '{"quotes": 5}');
  await writeHostileInput(join(fixture, 'null.json'), 'null');
  await writeHostileInput(join(fixture, 'deep.json'), `{"quotes": ${deep(50_000)}}`);
  await mkdir(join(fixture, '.data-bad-library', 'library'), { recursive: true });
  await writeHostileInput(join(fixture, '.data-bad-library', 'library', 'library.json'), '{"schemaVersion": 1}');
}, 120_000);

/** Runs every case in its own copy of the fixture, a few at a time. */
async function runAll(): Promise<Map<string, CliRun>> {
  const results = new Map<string, CliRun>();
  const queue = [...CASES];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [label, args, , env] = next;
      const cwd = join(await tempDir('factdesk-cli-case-'), 'work');
      await cp(fixture, cwd, { recursive: true });
      const extra = env === 'bad-library' ? { FACTDESK_DATA_DIR: join(cwd, '.data-bad-library') } : {};
      results.set(label, await runBuiltCli(args, cwd, extra));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}

describe('factdesk errors and exit codes', () => {
  it('answers every malformed input with a sentence and the exit code the README documents', async () => {
    const table = await documentedExitCodes();
    expect([...table.keys()].sort()).toEqual([0, 1, 2]);
    const results = await runAll();
    const seen = new Set<number>();
    const problems: string[] = [];
    for (const [label, args, code] of CASES) {
      const run = results.get(label)!;
      const where = `${label} (factdesk ${args.join(' ')}; exit ${run.code}): ${run.err.trim() || '(no message)'}`;
      if (run.code === null || !table.has(run.code)) problems.push(`an exit code the README does not list: ${where}`);
      else seen.add(run.code);
      if (run.code !== code) problems.push(`exit ${code} expected: ${where}`);
      if (/undefined|\[object Object\]|\bNaN\b|call stack/.test(run.err)) problems.push(`internal words: ${where}`);
      if (/^\s+at /m.test(run.err)) problems.push(`a stack trace: ${where}`);
      if (/\b(?:[A-Z][A-Za-z]*)?Error:/.test(run.err)) problems.push(`an internal error name: ${where}`);
      if (code !== 0 && args.length > 0 && !/^factdesk: \S/.test(run.err)) problems.push(`no sentence: ${where}`);
    }
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual([...table.keys()].sort());
  }, 600_000);

  it('ends quietly when the reader of its output goes away (| head)', async () => {
    const dir = await tempDir();
    const sentences = Array.from(
      { length: 4000 },
      (_, i) => `In ${1900 + (i % 120)}, turnout in ward ${i} rose ${i % 90} percent, the clerk said.`,
    );
    await writeFile(join(dir, 'long.txt'), `${sentences.join(' ')}\n`);
    expect((await runBuiltCli(['new', 'story', '--title', 'Long'], dir)).code).toBe(0);
    expect((await runBuiltCli(['set-draft', 'story', 'long.txt'], dir)).code).toBe(0);
    const piped = await new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
      // bash reports the status of factdesk itself (the first command of the pipe), not of head.
      const child = spawn(
        'bash',
        [
          '-c',
          '"$@" | head -n 2; exit "${PIPESTATUS[0]}"',
          'pipe',
          process.execPath,
          FACTDESK_BIN,
          'suggest',
          'story',
          '--json',
        ],
        { cwd: dir, env: { ...process.env, FACTDESK_DATA_DIR: join(dir, '.data') }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out, err }));
    });
    expect(piped.out.split('\n').slice(0, 2)).toEqual(['{', '  "suggestions": [']);
    expect(piped.err).toBe('');
    expect(piped.code).toBe(0);
  }, 180_000);
});
