// `npm test`'s end: each failed Vitest test is named again before the totals, so the last lines of a long CI run say
// which test failed (file, test, the first line of its message); a file that could not run is named too.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countVitest, failedTests } from '../../../scripts/test.mjs';

const root = path.resolve(__dirname, '..', '..', '..');

const report = {
  numTotalTests: 3,
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [
    {
      name: path.join(root, 'test/unit/a.test.ts'),
      status: 'failed',
      assertionResults: [
        { status: 'passed', fullName: 'a keeps what it saved', failureMessages: [] },
        {
          status: 'failed',
          fullName: 'a refuses null with a sentence',
          failureMessages: ['AssertionError: expected 1 to be 2\n    at a.test.ts:12:3'],
        },
      ],
    },
    {
      name: path.join(root, 'test/unit/b.test.ts'),
      status: 'failed',
      message: 'SyntaxError: b\nmore',
      assertionResults: [],
    },
    { name: path.join(root, 'test/unit/c.test.ts'), status: 'passed', assertionResults: [{ status: 'passed' }] },
  ],
};

describe('the test runner', () => {
  it('names each failed test and each file that could not run, one line each', () => {
    expect(failedTests(report)).toEqual([
      'test/unit/a.test.ts > a refuses null with a sentence: AssertionError: expected 1 to be 2',
      'test/unit/b.test.ts: SyntaxError: b',
    ]);
    expect(countVitest(report, 1)).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  it('names nothing when nothing failed or no report was written', () => {
    expect(failedTests({ testResults: [report.testResults[2]] })).toEqual([]);
    expect(failedTests(null)).toEqual([]);
  });
});
