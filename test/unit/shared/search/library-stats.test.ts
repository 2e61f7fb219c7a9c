// The newsroom library's search picks which passages to fetch by their words alone (scoreByWords) and ranks that page
// with the library's statistics (rankWithLibraryStats): the page holds the library's own best ten, ranked the same.
import { describe, expect, it } from 'vitest';
import { PAGE } from '../../../../electron/storage/newsroom-search';
import { PassageCounter, rankWithLibraryStats } from '../../../../shared/search/library-stats';
import { combinedScores, scoreByWords, wordScorer } from '../../../../shared/search/score-by-words';
import { parseQuery } from '../../../../shared/search/query';
import { MIN_SIM } from '../../../../shared/search/rank';
import { letterMask, matchWord } from '../../../../shared/search/similarity';
import { foldedWordList, isStopWord } from '../../../../shared/search/words';
import { generated, seeded } from '../../../fixtures/search/bench-library';

describe('scoreByWords', () => {
  const docs = generated(3_000).docs;
  const counter = new PassageCounter();
  const words = docs.map((d) => {
    const read = counter.read(d);
    return { words: read.words.join(' '), trigrams: read.trigrams };
  });
  const stats = counter.stats();
  const vocabulary = counter.wordCounts().words;

  /** Each query word's spellings in the library and how well they match, as the newsroom's word look-up finds them. */
  const simsOf = (terms: ReturnType<typeof parseQuery>['terms']): Map<string, number>[] =>
    terms.map((t) => {
      const typed = { text: t.text, stem: t.stem, partial: t.partial, mask: letterMask(t.text) };
      return new Map(
        vocabulary.map((w) => [w, matchWord(typed, w, letterMask(w)).sim] as const).filter(([, sim]) => sim >= MIN_SIM),
      );
    });

  /** Three words of a passage, the first mistyped. */
  const queries = (() => {
    const random = seeded(0x1ab);
    const out: string[] = [];
    while (out.length < 12) {
      const doc = docs[Math.floor(random() * docs.length)];
      const picked = [...new Set(foldedWordList(doc?.text ?? ''))].filter((w) => w.length >= 6 && !isStopWord(w));
      if (picked.length < 3) continue;
      const [a, b, c] = picked.slice(-3) as [string, string, string];
      out.push(`${a.slice(0, 2)}${a[3]}${a[2]}${a.slice(4)} ${b} ${c}`);
    }
    return out;
  })();

  it.each(queries)('puts the library’s ten best for "%s" on the newsroom’s first page, ranked the same', (query) => {
    const parsed = parseQuery(query, {});
    // The words as typed only (a look-up that missed every other spelling): the page is the same.
    const sims = parsed.terms.map((t) => new Map([[t.text, 1]]));
    const scores = scoreByWords(words, parsed.terms, sims, stats);
    const page = docs
      .map((doc, d) => ({ doc, score: scores[d] as number }))
      .filter((c) => c.score >= 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, PAGE)
      .map((c) => c.doc);
    const best = rankWithLibraryStats(docs, query, stats, { limit: 10 }).map((r) => r.doc.id);
    const fromPage = rankWithLibraryStats(
      docs.filter((d) => page.includes(d)),
      query,
      stats,
      { limit: 10 },
    ).map((r) => r.doc.id);
    expect(best.length).toBeGreaterThan(0);
    expect(fromPage).toEqual(best);
  });

  it('matches the words the look-up did not give it by the engine’s own rule, so a missed spelling still counts', () => {
    for (const query of queries.slice(0, 4)) {
      const parsed = parseQuery(query, {});
      const full = scoreByWords(words, parsed.terms, simsOf(parsed.terms), stats);
      // Only the words as typed known: the mistyped word's spellings are found in the passages themselves.
      const typedOnly = parsed.terms.map((t) => new Map([[t.text, 1]]));
      expect([...scoreByWords(words, parsed.terms, typedOnly, stats)]).toEqual([...full]);
      expect([
        ...scoreByWords(
          words,
          parsed.terms,
          parsed.terms.map(() => new Map()),
          stats,
        ),
      ]).toEqual([...full]);
    }
  });

  it('scores passages read in two rounds as it scores them read at once', () => {
    const query = queries[0] as string;
    const parsed = parseQuery(query, {});
    const sims = simsOf(parsed.terms);
    const scorer = wordScorer(parsed.terms, sims, stats);
    const rounds = [scorer(words.slice(0, 1_000)), scorer(words.slice(1_000))];
    expect([...combinedScores(rounds)]).toEqual([...scoreByWords(words, parsed.terms, sims, stats)]);
  });
});
