import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffWords, summarizeDiff, type WordDiff } from '../../../../shared/text/word-diff';
import { matchSequences } from '../../../../shared/text/sequence-match';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/anchoring/${name}`, import.meta.url), 'utf8');
const newSide = (diff: WordDiff) =>
  diff
    .filter((d) => d.op !== 'delete')
    .map((d) => d.text)
    .join('');
const oldSide = (diff: WordDiff) =>
  diff
    .filter((d) => d.op !== 'insert')
    .map((d) => d.text)
    .join('');

describe('diffWords', () => {
  it('shows a changed word, a removed comma and an added word', () => {
    expect(diffWords('The big cat sat, on the mat.', 'The small cat sat on the mat today.')).toEqual([
      { op: 'equal', text: 'The ' },
      { op: 'delete', text: 'big' },
      { op: 'insert', text: 'small' },
      { op: 'equal', text: ' cat sat' },
      { op: 'delete', text: ',' },
      { op: 'equal', text: ' on the mat' },
      { op: 'insert', text: ' today' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('treats typography (curly quotes, dashes, CRLF, NFD) as equal', () => {
    const diff = diffWords(
      'He said \u201Cdon\u2019t\u201D -- twice, Zoe\u0308.\r\n',
      'He said "don\'t" \u2014 twice, Zo\u00eb.\n',
    );
    expect(diff.every((d) => d.op === 'equal')).toBe(true);
    expect(summarizeDiff(diff)).toEqual({ wordsAdded: 0, wordsRemoved: 0, wordsUnchanged: 5, changed: false });
  });

  it('rebuilds both versions of a whole draft with moved, deleted and reworded paragraphs', () => {
    const before = fixture('sotu-carter-1978.txt');
    const paragraphs = before.split('\n\n');
    const edited = paragraphs
      .filter((_, k) => k % 9 !== 4)
      .map((p, k) => (k % 6 === 0 ? p.replace(/\bthe\b/g, 'our') : p));
    edited.splice(5, 0, ...edited.splice(60, 3));
    const after = edited.join('\n\n');
    const diff = diffWords(before, after);
    expect(newSide(diff)).toBe(after);
    expect(oldSide(diff)).toBe(before);
    const summary = summarizeDiff(diff);
    expect(summary.changed).toBe(true);
    expect(summary.wordsRemoved).toBeGreaterThan(summary.wordsAdded);
  });

  it('counts added and removed words', () => {
    expect(summarizeDiff(diffWords('rose by 42 percent', 'rose by 43 percent last year'))).toEqual({
      wordsAdded: 3,
      wordsRemoved: 1,
      wordsUnchanged: 3,
      changed: true,
    });
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'New text')).toEqual([{ op: 'insert', text: 'New text' }]);
  });
});

describe('matchSequences', () => {
  it('finds a longest common subsequence on small inputs', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 50; round++) {
      const a = Array.from({ length: 1 + Math.floor(random() * 30) }, () => Math.floor(random() * 5));
      const b = Array.from({ length: 1 + Math.floor(random() * 30) }, () => Math.floor(random() * 5));
      const pairs = matchSequences(a, b);
      for (let k = 0; k < pairs.length; k += 2) {
        expect(a[pairs[k] as number]).toBe(b[pairs[k + 1] as number]);
        if (k > 0) {
          expect(pairs[k] as number).toBeGreaterThan(pairs[k - 2] as number);
          expect(pairs[k + 1] as number).toBeGreaterThan(pairs[k - 1] as number);
        }
      }
      expect(pairs.length / 2).toBe(lcsLength(a, b));
    }
  });
});

function lcsLength(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
