// Scores on suggestions: every suggestion has one in [0, 1], the fast scorer the app uses agrees with the one training
// measures with, and a sentence that states a checkable fact outranks small talk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../../shared/detect/checkworthy/compiled';
import { sentenceFeatures } from '../../../../../shared/detect/checkworthy/features';
import { scoreFeatures } from '../../../../../shared/detect/checkworthy/model';
import { CHECKWORTHY_MODEL, scoreSentence } from '../../../../../shared/detect/checkworthy/score';
import { suggestClaims } from '../../../../../shared/detect/suggest';

const detect = join(__dirname, '../../../../fixtures/detect');
const drafts = readdirSync(detect)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(detect, f), 'utf8'));
const transcriptLines = ['oval-office-part1', 'oval-office-part2'].flatMap((n) =>
  readFileSync(join(__dirname, `../../../../fixtures/checkworthy/${n}.tsv`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t')[2] ?? ''),
);

describe('check-worthiness scores', () => {
  it('gives every suggestion of the labelled drafts a score in [0, 1]', () => {
    for (const text of drafts) {
      const suggestions = suggestClaims(text);
      expect(suggestions.length).toBeGreaterThan(0);
      for (const s of suggestions) {
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
      // Not one number for everything: the score tells sentences apart.
      expect(new Set(suggestions.map((s) => s.score)).size).toBeGreaterThan(1);
    }
  });

  it('gives spans of one sentence the same score', () => {
    const text = 'Unemployment fell to 3.7 percent in October 2018, the lowest rate since 1969.';
    const scores = suggestClaims(text).map((s) => s.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(new Set(scores).size).toBe(1);
  });

  it('scores with the compiled model exactly as training measures', () => {
    const compiled = compileModel(CHECKWORTHY_MODEL);
    for (const sentence of [...transcriptLines, 'The “first-ever” plan cut taxes by $1.5 trillion!', '', '  ']) {
      const kinds = ['number', 'superlative'] as const;
      expect(compiled.raw(sentence, kinds)).toBeCloseTo(
        scoreFeatures(CHECKWORTHY_MODEL, sentenceFeatures(sentence, kinds)),
        9,
      );
    }
  });

  it('ranks a checkable statement of fact above small talk', () => {
    const fact = scoreSentence(
      'Illegal immigration costs taxpayers more than $200 billion a year, the highest figure ever recorded.',
      ['number', 'superlative'],
    );
    const talk = scoreSentence('Thank you very much, everybody, it is great to be here tonight.', []);
    expect(fact).toBeGreaterThan(0.8);
    expect(talk).toBeLessThan(0.5);
  });
});
