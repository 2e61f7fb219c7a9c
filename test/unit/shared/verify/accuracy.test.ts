// Accuracy of quote verification on the labelled set (test/fixtures/verify/quotes.json): at least 97% of verdicts
// right, with the confusion matrix printed so a change shows where it moves quotes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex, checkQuote, VERDICTS, type Verdict } from '../../../../shared/verify';
import type { LabelledQuote } from '../../../fixtures/verify/make-quotes';
import { loadSources } from '../../../fixtures/verify/sources';

const VERDICT_TARGET = 0.97;
const SPEAKER_TARGET = 0.97;

const quotes = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../fixtures/verify/quotes.json', import.meta.url)), 'utf8'),
) as LabelledQuote[];

function matrix(pairs: [Verdict, Verdict][]): string {
  const width = 12;
  const head = ['expected \\ got', ...VERDICTS].map((v) => v.padStart(width)).join(' ');
  const rows = VERDICTS.map((e) =>
    [e, ...VERDICTS.map((g) => String(pairs.filter(([x, y]) => x === e && y === g).length || '.'))]
      .map((c) => c.padStart(width))
      .join(' '),
  );
  return [head, ...rows].join('\n');
}

describe('quote verification accuracy', () => {
  it('has a labelled set of at least 150 quotes in every category', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(quotes.map((q) => q.category));
    for (const c of [
      'exact',
      'punctuation',
      'changed',
      'dropped',
      'stitched',
      'ellipsis',
      'bracket',
      'wrong-speaker',
      'absent',
      'paraphrase',
    ]) {
      expect(categories).toContain(c);
    }
  });

  it('gets at least 97% of verdicts and speaker checks right', () => {
    const index = buildQuoteIndex(loadSources());
    const pairs: [Verdict, Verdict][] = [];
    const misses: string[] = [];
    let speakers = 0;
    for (const q of quotes) {
      const check = checkQuote(index, { text: q.text, attributedTo: q.attributedTo });
      pairs.push([q.expected.verdict, check.verdict]);
      if (check.verdict !== q.expected.verdict)
        misses.push(`${q.id}: expected ${q.expected.verdict}, got ${check.verdict}: ${q.text}`);
      if (check.speakerMatch === q.expected.speakerMatch) speakers++;
      else misses.push(`${q.id}: speaker expected ${q.expected.speakerMatch}, got ${check.speakerMatch}`);
    }
    const right = pairs.filter(([e, g]) => e === g).length;
    console.log(
      `Quote verdicts: ${right}/${quotes.length} right (${((100 * right) / quotes.length).toFixed(1)}%), speaker checks ` +
        `${speakers}/${quotes.length}\n${matrix(pairs)}${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
    expect(right / quotes.length).toBeGreaterThanOrEqual(VERDICT_TARGET);
    expect(speakers / quotes.length).toBeGreaterThanOrEqual(SPEAKER_TARGET);
  });
});
