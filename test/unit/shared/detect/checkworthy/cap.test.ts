// The list a reporter sees: ranked by score, by default limited to 15% of the draft's sentences, with the share
// adjustable; the quote check's own list (suggestClaims) keeps every direct quote whatever the limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARE, rankAndCap, rankByScore } from '../../../../../shared/detect/checkworthy/cap';
import { suggestClaims } from '../../../../../shared/detect/suggest';
import { SentenceIndex } from '../../../../../shared/detect/text';

const detect = join(__dirname, '../../../../fixtures/detect');
const draft = readdirSync(detect)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(detect, f), 'utf8'))
  .join('\n\n');
const all = suggestClaims(draft);
const index = new SentenceIndex(draft);
const sentencesOf = (list: { start: number }[]): number =>
  new Set(list.map((s) => index.sentenceAt(s.start).start)).size;

describe('ranking and limiting suggestions', () => {
  it('ranks by score, best first, ties in draft order', () => {
    const ranked = rankByScore(all);
    for (let i = 1; i < ranked.length; i++) {
      const a = ranked[i - 1]!;
      const b = ranked[i]!;
      expect(a.score > b.score || (a.score === b.score && a.start <= b.start)).toBe(true);
    }
    const { shown } = rankAndCap(draft, all);
    expect(shown).toEqual(rankByScore(shown));
  });

  it('flags at most 15% of the sentences by default, the best-scoring ones', () => {
    const total = index.starts.length;
    const { shown, hidden, sentences, flaggedSentences } = rankAndCap(draft, all);
    expect(DEFAULT_SHARE).toBe(0.15);
    expect(sentences).toBe(total);
    expect(flaggedSentences).toBe(sentencesOf(shown));
    expect(flaggedSentences).toBeLessThanOrEqual(Math.floor(total * 0.15));
    expect(flaggedSentences).toBeGreaterThan(0);
    expect(shown.length + hidden).toBe(all.length);
    // Every suggestion left out scores no higher than the lowest shown.
    const lowest = Math.min(...shown.map((s) => s.score));
    const shownSet = new Set(shown);
    for (const s of all) if (!shownSet.has(s)) expect(s.score).toBeLessThanOrEqual(lowest);
  });

  it('shows more or fewer with another share, and everything with none', () => {
    const fewer = rankAndCap(draft, all, 0.05);
    const more = rankAndCap(draft, all, 0.4);
    const every = rankAndCap(draft, all, null);
    const total = index.starts.length;
    expect(fewer.flaggedSentences).toBeLessThanOrEqual(Math.floor(total * 0.05));
    expect(more.flaggedSentences).toBeLessThanOrEqual(Math.floor(total * 0.4));
    expect(more.shown.length).toBeGreaterThan(rankAndCap(draft, all).shown.length);
    expect(fewer.shown.length).toBeLessThan(rankAndCap(draft, all).shown.length);
    expect(every.shown).toHaveLength(all.length);
    expect(every.hidden).toBe(0);
  });

  it('keeps at least one sentence in a short draft, and nothing in an empty one', () => {
    const text = 'The mayor said 40 people came. It rained.';
    expect(rankAndCap(text, suggestClaims(text)).flaggedSentences).toBe(1);
    expect(rankAndCap('', [])).toEqual({ shown: [], hidden: 0, sentences: 0, flaggedSentences: 0 });
  });

  it('never limits the quote check: suggestClaims still returns every direct quote', () => {
    const quotes = all.filter((s) => s.kind === 'quote');
    const shownQuotes = rankAndCap(draft, all).shown.filter((s) => s.kind === 'quote');
    expect(shownQuotes.length).toBeLessThan(quotes.length);
    expect(suggestClaims(draft).filter((s) => s.kind === 'quote')).toEqual(quotes);
  });
});
