// Activity logs cut by hand: the last entries, one in the middle, the whole log, the whole log and its recorded end,
// entries cut with the recorded end made to match, and the project file rolled back to an older backup. The real
// verify-log names each with a sentence and exits 1; a restore made with Factdesk and a migrated older project pass.
import { copyFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../unit/electron/storage/helpers';
import { writeHostileInput } from './counts';
import { runBuiltCli } from './run-cli';

let template = '';
let dir = '';
let file = '';

type Doc = { schemaVersion: number; activityLog: Array<{ seq: number; hash: string }>; logHead?: unknown };

beforeAll(async () => {
  template = await mkdtemp(join(tmpdir(), 'factdesk-hostile-log-template-'));
  expect((await runBuiltCli(['new', 'story', '--title', 'Harbour bridge'], template)).code).toBe(0);
  await writeFile(join(template, 'draft.txt'), 'Tolls rose 12 percent. Traffic fell. The bridge opened in 1931.\n');
  expect((await runBuiltCli(['set-draft', 'story', 'draft.txt'], template)).code).toBe(0);
  for (const phrase of ['rose 12 percent', 'Traffic fell', 'opened in 1931']) {
    expect((await runBuiltCli(['mark', 'story', phrase], template)).code).toBe(0);
  }
});

afterAll(async () => {
  await rm(template, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await tempDir('factdesk-hostile-log-');
  await cp(join(template, 'story'), join(dir, 'story'), { recursive: true });
  file = join(dir, 'story', 'project.factdesk');
});

async function readDoc(): Promise<Doc> {
  return JSON.parse(await readFile(file, 'utf8')) as Doc;
}

async function hostileEdit(change: (doc: Doc) => void): Promise<void> {
  const doc = await readDoc();
  change(doc);
  await writeHostileInput(file, JSON.stringify(doc, null, 2));
}

const verify = (...extra: string[]) => runBuiltCli(['verify-log', 'story', ...extra], dir);

async function backupNames(): Promise<string[]> {
  return (await readdir(join(dir, 'story', 'backups'))).sort();
}

describe('verify-log', () => {
  it('passes the untouched log, naming its length', async () => {
    const run = await verify();
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/intact: 4 entries/);
    expect((await readDoc()).logHead).toEqual({ count: 4, lastHash: (await readDoc()).activityLog[3]!.hash });
  });

  it.each([
    [
      'the last entries',
      (d: Doc) => void d.activityLog.splice(2),
      'The activity log ends at entry 2, but the project file records 4 entries: the last 2 entries were removed.',
    ],
    [
      'an entry in the middle',
      (d: Doc) => void d.activityLog.splice(1, 1),
      'Entry 2 of the activity log was removed: entry 3 comes right after entry 1.',
    ],
    [
      'the whole log',
      (d: Doc) => void d.activityLog.splice(0),
      'The activity log is empty, but the project file records 4 entries: the whole log was removed.',
    ],
    [
      'the whole log and the record of its end',
      (d: Doc) => {
        d.activityLog.splice(0);
        delete d.logHead;
      },
      'The project file no longer records where its activity log ends',
    ],
  ])('reports %s removed, with a sentence and exit code 1', async (_name, change, sentence) => {
    await hostileEdit(change);
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.err).toContain(`The activity log of ${file} is not intact. ${sentence}`);
    const json = await verify('--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, reason: expect.stringContaining(sentence) });
  });

  it('reports entries cut from the end even when the recorded end was made to match, from the backups', async () => {
    await hostileEdit((d) => {
      d.activityLog.splice(2);
      d.logHead = { count: 2, lastHash: d.activityLog[1]!.hash };
    });
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /The activity log is missing 2 entries that the backup project-\d{8}T\d{9}Z\.factdesk \(made .+\) records: that backup's log has 4 entries, the project file's has 2, and no restore was recorded\./,
    );
  });

  it('reports a project file rolled back to an older backup, naming the newer backup that shows it', async () => {
    const names = await backupNames();
    expect(names.length).toBeGreaterThanOrEqual(2);
    await copyFile(join(dir, 'story', 'backups', names[0]!), file);
    const run = await verify();
    expect(run.code).toBe(1);
    expect(run.err).toContain(`that the backup ${names.at(-1)}`);
    expect(run.err).toMatch(/The project file was put back to an older copy, or its log was cut\./);
  });

  it('passes a restore made with Factdesk, which the log records', async () => {
    const [oldest] = await backupNames();
    expect((await runBuiltCli(['restore-backup', 'story', '--name', oldest!], dir)).code).toBe(0);
    const run = await verify();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect((await readDoc()).activityLog.at(-1)).toMatchObject({ action: 'backup.restored' });
  });

  it('migrates a project from before the log head, keeping a backup of the original, and then verifies it', async () => {
    await hostileEdit((d) => {
      d.schemaVersion = 2;
      delete d.logHead;
    });
    const original = await readFile(file);
    expect((await verify()).code).toBe(0);
    expect(await readFile(file)).toEqual(original);
    expect((await runBuiltCli(['mark', 'story', 'Tolls rose'], dir)).code).toBe(0);
    const kept = (await backupNames()).find((n) => n.endsWith('-before-migration-v2.factdesk'));
    expect(kept).toBeDefined();
    expect(await readFile(join(dir, 'story', 'backups', kept!))).toEqual(original);
    const doc = await readDoc();
    expect(doc.schemaVersion).toBe(3);
    expect(doc.logHead).toEqual({ count: 5, lastHash: doc.activityLog[4]!.hash });
    expect((await verify()).code).toBe(0);
  });
});
