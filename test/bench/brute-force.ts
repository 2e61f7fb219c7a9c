// The brute-force reference the newsroom bench measures recall against: the engine's scorer over every passage of a
// library that matches a telling query word (any spelling the engine accepts), with the first stage's trigram score
// read in full (no reading budget) and no candidate pool, so nothing is left out that the scorer would rank.
import { firstStageWeights, type LibraryStats } from '../../shared/search/library-stats';
import { parseQuery } from '../../shared/search/query';
import { MIN_SIM } from '../../shared/search/rank';
import { rankCandidates, type SearchResult } from '../../shared/search/search';
import type { SearchIndex } from '../../shared/search/search-index';
import { letterMask, matchWord } from '../../shared/search/similarity';

/** Brute-force search over one index (built once, reused for every query). */
export function bruteForce(index: SearchIndex): (query: string, limit: number) => SearchResult[] {
  const n = index.docs.length;
  // Each vocabulary word's passages.
  const counts = new Uint32Array(index.vocab.length + 1);
  const last = new Int32Array(index.vocab.length).fill(-1);
  for (let d = 0; d < n; d++) {
    for (let k = index.wordStart[d] as number; k < (index.wordStart[d + 1] as number); k++) {
      const w = index.wordSeq[k] as number;
      if (last[w] === d) continue;
      last[w] = d;
      counts[w + 1] = (counts[w + 1] as number) + 1;
    }
  }
  for (let w = 0; w < index.vocab.length; w++) counts[w + 1] = (counts[w + 1] as number) + (counts[w] as number);
  const wordDocs = new Uint32Array(counts[index.vocab.length] as number);
  const fill = counts.slice(0, index.vocab.length);
  last.fill(-1);
  for (let d = 0; d < n; d++) {
    for (let k = index.wordStart[d] as number; k < (index.wordStart[d + 1] as number); k++) {
      const w = index.wordSeq[k] as number;
      if (last[w] === d) continue;
      last[w] = d;
      wordDocs[fill[w] as number] = d;
      fill[w] = (fill[w] as number) + 1;
    }
  }
  let total = 0;
  for (let d = 0; d < n; d++) total += index.docTrigrams[d] as number;
  const average = Math.max(1, total / Math.max(1, n));
  const stats: LibraryStats = {
    passages: n,
    averageTrigrams: average,
    trigramPassages: new Map(
      [...index.trigramIds].map(([key, tid]) => [
        key,
        (index.trigramStart[tid + 1] as number) - (index.trigramStart[tid] as number),
      ]),
    ),
  };
  const raw = new Float64Array(n);
  const picked = new Uint8Array(n);

  return (query, limit) => {
    const parsed = parseQuery(query, {});
    const telling = parsed.terms.some((t) => !t.stop) ? parsed.terms.filter((t) => !t.stop) : parsed.terms;
    const docs: number[] = [];
    for (const term of telling) {
      const typed = { text: term.text, stem: term.stem, partial: term.partial, mask: letterMask(term.text) };
      for (let w = 0; w < index.vocab.length; w++) {
        if (matchWord(typed, index.vocab[w] as string, index.vocabMasks[w] as number).sim < MIN_SIM) continue;
        for (let k = counts[w] as number; k < (counts[w + 1] as number); k++) {
          const d = wordDocs[k] as number;
          if (picked[d] === 0) {
            picked[d] = 1;
            docs.push(d);
          }
        }
      }
    }
    // The first stage in full: every query key's weight for every passage that has it.
    const { weights, termRarity } = firstStageWeights(parsed.terms, stats);
    for (const [key, weight] of weights) {
      const tid = index.trigramIds.get(key);
      if (tid === undefined) continue;
      for (let k = index.trigramStart[tid] as number; k < (index.trigramStart[tid + 1] as number); k++) {
        const d = index.postings[k] as number;
        if (picked[d] === 1) raw[d] = (raw[d] as number) + weight;
      }
    }
    const scored = docs.map((d) => ({
      d,
      s: (raw[d] as number) / (0.75 + (0.25 * (index.docTrigrams[d] as number)) / average),
    }));
    for (const d of docs) {
      picked[d] = 0;
      raw[d] = 0;
    }
    scored.sort((a, b) => b.s - a.s || a.d - b.d);
    return rankCandidates(
      index,
      parsed,
      { docs: scored.map((c) => c.d), scores: scored.map((c) => c.s), termRarity },
      Math.log(1 + n),
      limit,
    );
  };
}
