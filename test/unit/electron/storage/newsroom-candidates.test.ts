// Which newsroom passages a search asks the server for, and in which round: cheap parts first, a big part second and
// only when its passages could still reach the best twenty; the bound it decides by is never below the engine's score.
import { describe, expect, it } from 'vitest';
import {
  BEST_OF_COMMON,
  FIRST_SINGLES,
  laterWorthAsking,
  planCandidates,
  planTerms,
  scoreBound,
  WORD_SCORE_SLACK,
  type PlanTerm,
} from '../../../../electron/storage/newsroom-candidates';
import { firstStageWeights, PassageCounter, termWeights } from '../../../../shared/search/library-stats';
import { parseQuery } from '../../../../shared/search/query';
import { MIN_SIM, rankBuffers, scoreDoc, weighTerms } from '../../../../shared/search/rank';
import { buildIndex } from '../../../../shared/search/search-index';
import { letterMask, matchWord } from '../../../../shared/search/similarity';
import { foldedWordList, isStopWord } from '../../../../shared/search/words';
import { generated, seeded } from '../../../fixtures/search/bench-library';

const term = (weight: number, variants: [string, number, number][], stop = false): PlanTerm => ({
  weight,
  stop,
  phrase: false,
  variants: variants.map(([word, sim, passages]) => ({ word, sim, passages })),
});

describe('planCandidates', () => {
  it('asks for a rare pair at once and keeps a common pair for later, with the passages holding every word', () => {
    const { first, later } = planCandidates(
      [term(1.6, [['quillon', 1, 40]]), term(1, [['harbour', 1, 30_000]]), term(1, [['lantern', 0.83, 30_000]])],
      1_000_000,
    );
    // Pairs with the rare word: expected in about one passage each.
    expect(first.map((p) => p.lists)).toContainEqual([['quillon'], ['harbour']]);
    expect(first.map((p) => p.lists)).toContainEqual([['quillon'], ['lantern']]);
    expect(first.map((p) => p.lists)).toContainEqual([['quillon'], ['harbour'], ['lantern']]);
    // 30,000 × 30,000 / 1,000,000 = 900 expected together.
    const common = later.find((p) => p.lists.length === 2);
    expect(common?.lists).toEqual([['harbour'], ['lantern']]);
    expect(common?.bound).toBeCloseTo(0.78 * ((1 + 0.83) / 3.6) + 0.08 * 0.5 + 0.06 / 3 + 0.03 + 0.05, 9);
  });

  it('leaves out a pair expected in more passages than any search reads, the passages holding every word standing in', () => {
    const { first, later } = planCandidates(
      [term(1.6, [['quillon', 1, 40]]), term(0.6, [['people', 1, 90_000]]), term(0.6, [['nation', 1, 80_000]])],
      1_000_000,
    );
    const lists = [...first, ...later].map((p) => p.lists);
    expect(lists).not.toContainEqual([['people'], ['nation']]);
    // (Weightiest first, then the rarer.)
    expect(first.map((p) => p.lists)).toContainEqual([['quillon'], ['nation'], ['people']]);
  });

  it('takes one word’s best spellings at first, and the next ones later', () => {
    const { first, later } = planCandidates(
      [
        term(1.6, [
          ['harbour', 0.83, 120],
          ['harbours', 0.7, 150],
          ['harbor', 0.6, 900],
        ]),
        term(1, [['lantern', 1, 100]]),
      ],
      1_000_000,
    );
    // By worth (weight × similarity): harbour 1.33, harbours 1.12, lantern 1, harbor 0.96; 300 passages at first.
    const singles = (parts: typeof first): typeof first => parts.filter((p) => p.lists.length === 1);
    expect(singles(first)).toMatchObject([{ lists: [['harbour', 'harbours']], shortest: null }]);
    expect(FIRST_SINGLES).toBe(300);
    expect(singles(later)).toMatchObject([{ lists: [['lantern', 'harbor']], shortest: null }]);
    // Their pair is asked for at once, so a passage of these spellings alone holds one query word.
    expect(first.map((p) => p.lists)).toContainEqual([['harbour', 'harbours', 'harbor'], ['lantern']]);
    expect(singles(later)[0]?.bound).toBeCloseTo(0.78 * (1 / 2.6) + 0.06 / 2 + 0.03 + 0.05, 9);
  });

  it('reads only the shortest passages of a best spelling too common to read whole, once pairs leave room', () => {
    const fellow = term(1.6, [['fellow', 0.83, 7000]]);
    const { first, later } = planCandidates([fellow, term(1, [['lantern', 1, 50]])], 1_000_000);
    expect(first.map((p) => p.lists)).toEqual([[['fellow'], ['lantern']]]);
    // The rarer word's passages, passed over at once behind the common spelling, come later with it.
    expect(later.map(({ lists, shortest }) => ({ lists, shortest }))).toEqual([
      { lists: [['lantern']], shortest: null },
      { lists: [['fellow']], shortest: BEST_OF_COMMON },
    ]);
    // A word alone: at once.
    expect(planCandidates([fellow], 1_000_000)).toEqual({
      first: [{ lists: [['fellow']], shortest: BEST_OF_COMMON, bound: expect.any(Number) as number }],
      later: [],
    });
  });

  it('bounds one word’s later spellings with the other words whose pair is not asked for at once', () => {
    // "harbuor lantern": the pair of common spellings is expected in more passages than any search reads, so it is
    // left out, and a passage of "harbuor" may hold "lantern" too: its bound is that of both words.
    const harbour = term(1.2, [
      ['harbour', 1, 200],
      ['harbuor', 0.8, 1500],
      ['harder', 0.73, 100_000],
    ]);
    const lantern = term(1, [['lantern', 1, 40_000]]);
    const { first, later } = planCandidates([harbour, lantern], 1_000_000);
    expect(first).toEqual([{ lists: [['harbour']], shortest: null, bound: 1 }]);
    const next = later.find((p) => p.lists[0]?.includes('harbuor'));
    expect(next?.bound).toBeCloseTo(0.78 * ((1.2 * 0.8 + 1) / 2.2) + 0.08 + 0.06 / 2 + 0.03 + 0.05, 9);
    // So a first round whose twentieth scores 0.535 asks for it.
    expect(
      laterWorthAsking(
        later,
        Float64Array.from({ length: 20 }, () => 0.535),
        20,
      ),
    ).toContain(next);
  });
});

describe('scoreBound for quoted phrases', () => {
  it('counts a phrase’s words as held in full, since every candidate holds them', () => {
    const terms = [
      { ...term(1, [['harbour', 1, 100]]), phrase: true },
      { ...term(1, [['lantern', 1, 100]]), phrase: true },
      term(1, [['quillon', 0.8, 10]]),
    ];
    // A passage found by "quillon" alone still holds the phrase "harbour lantern".
    expect(scoreBound(terms, [{ term: 2, sim: 0.8 }])).toBeCloseTo(
      0.78 * ((1 + 1 + 0.8) / 3) + 0.08 + 0.06 * (2 / 3) + 0.03 + 0.05,
      9,
    );
  });
});

describe('laterWorthAsking', () => {
  const later = [
    { lists: [['a'], ['b']], shortest: null, bound: 0.6 },
    { lists: [['c']], shortest: 100, bound: 0.35 },
  ];
  it('asks for every later part while the first round found fewer than the head', () => {
    expect(laterWorthAsking(later, Float64Array.from([0.9, 0.8, -1]), 3)).toEqual(later);
  });
  it('asks only for the parts that could reach the head’s last score, less the word score’s slack', () => {
    expect(laterWorthAsking(later, Float64Array.from([0.9, 0.8, 0.7]), 3)).toEqual([]);
    expect(laterWorthAsking(later, Float64Array.from([0.9, 0.8, 0.6]), 3)).toEqual([later[0]]);
    expect(laterWorthAsking(later, Float64Array.from([0.9, 0.8, 0.35 + WORD_SCORE_SLACK]), 3)).toEqual(later);
  });
});

describe('scoreBound', () => {
  // A library and mistyped queries, as the newsroom's bench makes them; every passage scored by the engine in full.
  const docs = generated(1_500).docs;
  const counter = new PassageCounter();
  for (const d of docs) counter.read(d);
  const stats = counter.stats();
  const index = buildIndex(docs);
  const random = seeded(0xb0d);
  const queries: string[] = [];
  while (queries.length < 8) {
    const doc = docs[Math.floor(random() * docs.length)];
    const words = [...new Set(foldedWordList(doc?.text ?? ''))].filter((w) => w.length >= 5 && !isStopWord(w));
    if (words.length < 3) continue;
    const [a, b, c] = words.slice(0, 3) as [string, string, string];
    queries.push(`${a.slice(0, 2)}${a[3]}${a[2]}${a.slice(4)} the ${b} ${c.slice(0, -1)}`);
  }

  it.each(queries)('is never below the engine’s score of a passage holding those words, for "%s"', (query) => {
    const parsed = parseQuery(query, {});
    const { termRarity } = firstStageWeights(parsed.terms, stats);
    const weighted = weighTerms(index, parsed.terms, termRarity, Math.log(1 + stats.passages));
    const typed = parsed.terms.map((t) => ({
      text: t.text,
      stem: t.stem,
      partial: t.partial,
      mask: letterMask(t.text),
    }));
    const terms = planTerms(parsed.terms, termWeights(parsed.terms, stats), () => []);
    let scored = 0;
    for (let d = 0; d < docs.length; d++) {
      // The best stage score (1) so the bound meets the engine at its most.
      const full = scoreDoc(index, d, weighted, parsed.phrases, 1, rankBuffers(weighted.length));
      if (!full) continue;
      const doc = docs[d];
      const words = foldedWordList(`${doc?.text} ${doc?.speaker ?? ''} ${doc?.sourceTitle} ${doc?.tags.join(' ')}`);
      const held: { term: number; sim: number }[] = [];
      parsed.terms.forEach((t, i) => {
        if (t.stop) return;
        let best = 0;
        for (const w of words) {
          best = Math.max(best, matchWord(typed[i] as (typeof typed)[number], w, letterMask(w)).sim);
        }
        if (best >= MIN_SIM) held.push({ term: i, sim: best });
      });
      expect(full.score).toBeLessThanOrEqual(scoreBound(terms, held) + 1e-9);
      scored++;
    }
    expect(scored).toBeGreaterThan(0);
  });
});
