// Training and measuring: the training script gives the same model file twice from the same transcripts, says
// clearly when the data folder is missing, and the lab's measures are computed as its README says.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTranscript, transcriptExamples } from '../../../../../shared/detect/checkworthy/dataset';
import { measureRanking } from '../../../../../shared/detect/checkworthy/evaluate';
import { leaveOneTranscriptOut } from '../../../../../shared/detect/checkworthy/loto';
import { trainModel } from '../../../../../shared/detect/checkworthy/train';

const root = join(__dirname, '../../../../..');
const fixtures = join(root, 'test/fixtures/checkworthy');
const temp = mkdtempSync(join(tmpdir(), 'factdesk-train-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function train(out: string, data = fixtures) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/train-checkworthy.ts', '--data', data, '--out', out],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
}

function fixture(name: string) {
  return parseTranscript(name, readFileSync(join(fixtures, `${name}.tsv`), 'utf8'));
}

describe('training the check-worthiness model', () => {
  it('writes the same model.json and NOTICE on every run from the same transcripts', () => {
    const first = train(join(temp, 'a'));
    const second = train(join(temp, 'b'));
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(first.stdout).toContain('from 2 transcripts');
    const a = readFileSync(join(temp, 'a', 'model.json'), 'utf8');
    expect(readFileSync(join(temp, 'b', 'model.json'), 'utf8')).toBe(a);
    expect(JSON.parse(a).percentiles).toHaveLength(101);
    expect(readFileSync(join(temp, 'a', 'NOTICE'), 'utf8')).toContain('CheckThat!');
  }, 60_000);

  it('says which folder is missing and exits 1', () => {
    const run = train(join(temp, 'c'), join(temp, 'no-such-folder'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no-such-folder');
    expect(run.stderr).toContain('*.tsv');
  }, 60_000);

  it('trains the same weights in memory from the same examples', () => {
    const examples = transcriptExamples(fixture('oval-office-part1'));
    expect(trainModel(examples, 'x', { minCount: 1 })).toEqual(trainModel(examples, 'x', { minCount: 1 }));
  });

  it('refuses a line without four fields, naming the file and line', () => {
    expect(() => parseTranscript('broken.tsv', '1\tTRUMP\tA sentence.\t0\n2\tTRUMP\tNo label\n')).toThrow(
      /broken\.tsv, line 2/u,
    );
  });

  it('measures each held-out transcript of the fixture', () => {
    const transcripts = ['oval-office-part1', 'oval-office-part2'].map((n) => ({
      name: n,
      examples: transcriptExamples(fixture(n)),
    }));
    const { perTranscript, mean } = leaveOneTranscriptOut(transcripts, { minCount: 1 });
    expect(perTranscript.map((p) => p.name)).toEqual(['oval-office-part1', 'oval-office-part2']);
    expect(mean.averagePrecision).toBeGreaterThan(0);
    expect(mean.averagePrecision).toBeLessThanOrEqual(1);
  });
});

describe('the lab measures', () => {
  it('computes average precision and precision at 5 and 10, ties keeping file order', () => {
    // Ranked: 0 (rel), 2 (rel), 1, 3 (rel) -> AP = (1/1 + 2/2 + 3/4) / 3.
    const m = measureRanking([0.9, 0.5, 0.7, 0.5], [true, false, true, true]);
    expect(m.averagePrecision).toBeCloseTo((1 + 1 + 0.75) / 3, 10);
    expect(m.precisionAt5).toBeCloseTo(3 / 5, 10);
    expect(m.precisionAt10).toBeCloseTo(3 / 10, 10);
    expect(m.rPrecision).toBeCloseTo(2 / 3, 10);
    // A tie: the earlier sentence ranks first.
    expect(measureRanking([1, 1], [false, true]).averagePrecision).toBeCloseTo(0.5, 10);
  });
});
