// Library-wide statistics for ranking a page of passages that came from elsewhere (the newsroom library's server):
// the words and trigram keys the engine indexes for one passage, and a re-rank that weighs words by their rarity in
// the whole library, exactly as the engine does over its own index, instead of over the page alone.
import type { Candidates } from './candidates';
import { compileFilters, type SearchFilters } from './columns';
import { parseQuery, type QueryTerm } from './query';
import { rankCandidates, type SearchResult } from './search';
import type { SearchDoc } from './search-doc';
import { buildIndex } from './search-index';
import { foldedWordList, wordTrigramKeys } from './words';

/** What the ranking needs to know about the whole library. */
export interface LibraryStats {
  /** Passages in the library. */
  passages: number;
  /** Mean count of distinct trigram keys per passage. */
  averageTrigrams: number;
  /** Passages holding each trigram key; a key missing here is in none. */
  trigramPassages: ReadonlyMap<number, number>;
}

/** `array`, or a copy at least `size` long (twice as long when it grows) holding its values. */
export function grown(array: Int32Array, size: number): Int32Array {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Counts passages as the index reads them (search-index.ts docWordLists): each passage's indexed words (text,
 * speaker, title and tags, folded), each once, and its distinct trigram keys; and, over every passage read, how many
 * passages hold each word and each key. Keeps each word's keys, so a million passages cost one look-up a word.
 */
export class PassageCounter {
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly wordKeys: Int32Array[] = [];
  private wordPassages: Int32Array = new Int32Array(1024);
  private wordSeen: Int32Array = new Int32Array(1024);
  private readonly keyIds = new Map<number, number>();
  private readonly keys: number[] = [];
  private keyPassages: Int32Array = new Int32Array(1024);
  private keySeen: Int32Array = new Int32Array(1024);
  private readonly folded = new Map<string, string[]>();
  private passage = 0;
  /** Distinct trigram keys over every passage read, summed. */
  trigramTotal = 0;

  /** The folded words of a speaker's name or of a title with tags: few of them, each read once. */
  private foldedOnce(text: string): string[] {
    let words = this.folded.get(text);
    if (!words) {
      if (this.folded.size > 10_000) this.folded.clear();
      words = foldedWordList(text);
      this.folded.set(text, words);
    }
    return words;
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id !== undefined) return id;
    id = this.words.length;
    this.wordIds.set(word, id);
    this.words.push(word);
    const keys = wordTrigramKeys(word);
    const ids = new Int32Array(keys.length);
    keys.forEach((key, i) => {
      let k = this.keyIds.get(key);
      if (k === undefined) {
        k = this.keys.length;
        this.keyIds.set(key, k);
        this.keys.push(key);
        this.keyPassages = grown(this.keyPassages, this.keys.length);
        this.keySeen = grown(this.keySeen, this.keys.length);
      }
      ids[i] = k;
    });
    this.wordKeys.push(ids);
    this.wordPassages = grown(this.wordPassages, this.words.length);
    this.wordSeen = grown(this.wordSeen, this.words.length);
    return id;
  }

  /** One passage: its distinct words and how many distinct trigram keys it has. */
  read(doc: SearchDoc): { words: string[]; trigrams: number } {
    const passage = ++this.passage;
    const out: string[] = [];
    let trigrams = 0;
    const lists = [
      foldedWordList(doc.text),
      doc.speaker ? this.foldedOnce(doc.speaker) : [],
      this.foldedOnce([doc.sourceTitle, ...doc.tags].join(' \n ')),
    ];
    for (const list of lists) {
      for (const word of list) {
        const id = this.wordId(word);
        if (this.wordSeen[id] === passage) continue;
        this.wordSeen[id] = passage;
        this.wordPassages[id] = (this.wordPassages[id] as number) + 1;
        out.push(word);
        for (const k of this.wordKeys[id] as Int32Array) {
          if (this.keySeen[k] === passage) continue;
          this.keySeen[k] = passage;
          this.keyPassages[k] = (this.keyPassages[k] as number) + 1;
          trigrams++;
        }
      }
    }
    this.trigramTotal += trigrams;
    return { words: out, trigrams };
  }

  /** Every word read and how many passages hold it, in code-unit order. */
  wordCounts(): { words: string[]; passages: number[] } {
    const order = this.words.map((_, i) => i).filter((i) => (this.wordPassages[i] as number) > 0);
    order.sort((a, b) => ((this.words[a] as string) < (this.words[b] as string) ? -1 : 1));
    return {
      words: order.map((i) => this.words[i] as string),
      passages: order.map((i) => this.wordPassages[i] as number),
    };
  }

  /** The statistics of a library of every passage read (the newsroom's keep the same counts on its server). */
  stats(): LibraryStats {
    const keys = this.trigramCounts();
    return {
      passages: this.passage,
      averageTrigrams: this.trigramTotal / Math.max(1, this.passage),
      trigramPassages: new Map(keys.keys.map((k, i) => [k, keys.passages[i] as number])),
    };
  }

  /** Every trigram key read and how many passages hold it, in key order. */
  trigramCounts(): { keys: number[]; passages: number[] } {
    const order = this.keys.map((_, i) => i).filter((i) => (this.keyPassages[i] as number) > 0);
    order.sort((a, b) => (this.keys[a] as number) - (this.keys[b] as number));
    return {
      keys: order.map((i) => this.keys[i] as number),
      passages: order.map((i) => this.keyPassages[i] as number),
    };
  }
}

/** The trigram keys of a query's terms as the first stage reads them (each term's, partial words unpadded at the end). */
export function queryTrigramKeys(terms: readonly QueryTerm[]): number[] {
  const keys = new Set<number>();
  for (const term of terms) for (const key of wordTrigramKeys(term.text, term.partial)) keys.add(key);
  return [...keys];
}

/** How much each term weighs in the engine's word-by-word score (rank.ts weighTerms) inside the library of `stats`. */
export function termWeights(terms: readonly QueryTerm[], stats: LibraryStats): number[] {
  const n = Math.max(1, stats.passages);
  const maxRarity = Math.log(1 + n);
  return terms.map((t) => {
    let sum = 0;
    let known = 0;
    for (const key of wordTrigramKeys(t.text, t.partial)) {
      const df = stats.trigramPassages.get(key) ?? 0;
      if (df === 0) continue;
      sum += Math.log(1 + n / df);
      known++;
    }
    const rarity = known ? sum / known : maxRarity;
    const rare = Math.min(1.6, Math.max(0.5, (rarity / Math.max(1e-9, maxRarity)) * 1.6));
    return (t.stop ? 0.15 : 1) * (t.number ? 1.5 : 1) * rare * (t.phrase >= 0 ? 1.2 : 1) * (t.boost ?? 1);
  });
}

/**
 * The first stage's key weights for `terms` inside the library of `stats` (candidates.ts queryTrigrams: a key typed
 * twice counts once, at its best weight), and each term's rarity, the mean inverse document frequency of its keys.
 * Every key counts for every passage that has it: the first stage with no reading budget, which the local engine
 * approximates on a laptop by reading the commonest keys only for passages already found.
 */
export function firstStageWeights(
  terms: readonly QueryTerm[],
  stats: LibraryStats,
): { weights: Map<number, number>; termRarity: number[] } {
  const n = Math.max(1, stats.passages);
  const idf = (key: number): number => {
    const df = stats.trigramPassages.get(key) ?? 0;
    return df > 0 ? Math.log(1 + n / df) : 0;
  };
  const weights = new Map<number, number>();
  const termRarity = terms.map((term) => {
    const termWeight = (term.stop ? 0.25 : 1) * (term.phrase >= 0 ? 2 : 1);
    let sum = 0;
    let known = 0;
    for (const key of wordTrigramKeys(term.text, term.partial)) {
      const w = idf(key);
      if (w === 0) continue;
      sum += w;
      known++;
      weights.set(key, Math.max(weights.get(key) ?? 0, w * termWeight));
    }
    return known ? sum / known : Math.log(1 + n);
  });
  return { weights, termRarity };
}

/**
 * Ranks `docs` (every passage that may answer `query`, in library order) as the engine's scorer ranks them inside the
 * whole library that `stats` describes: the first stage's trigram scores (with no reading budget) and each word's
 * rarity use the library's counts.
 */
export function rankWithLibraryStats(
  docs: SearchDoc[],
  query: string,
  stats: LibraryStats,
  options: { limit?: number; filters?: SearchFilters } = {},
): SearchResult[] {
  const limit = Math.max(1, Math.min(200, options.limit ?? 20));
  const parsed = parseQuery(query, options.filters ?? {});
  const typed = parsed.terms.reduce((sum, t) => sum + t.text.length, 0);
  if (docs.length === 0 || parsed.terms.length === 0 || typed < 2) return [];
  const index = buildIndex(docs);
  const accept = compileFilters(index.columns, parsed.filters);
  const n = Math.max(1, stats.passages);
  const { weights, termRarity } = firstStageWeights(parsed.terms, stats);
  const raw = new Float64Array(index.docs.length);
  const found = new Uint8Array(index.docs.length);
  for (const [key, weight] of weights) {
    const tid = index.trigramIds.get(key);
    if (tid === undefined) continue;
    for (let k = index.trigramStart[tid] as number; k < (index.trigramStart[tid + 1] as number); k++) {
      const d = index.postings[k] as number;
      found[d] = 1;
      raw[d] = (raw[d] as number) + weight;
    }
  }
  const average = Math.max(1, stats.averageTrigrams);
  const scored: { d: number; s: number }[] = [];
  for (let d = 0; d < index.docs.length; d++) {
    if (found[d] === 0 || (accept !== null && !accept(d))) continue;
    scored.push({ d, s: (raw[d] as number) / (0.75 + (0.25 * (index.docTrigrams[d] as number)) / average) });
  }
  scored.sort((a, b) => b.s - a.s || a.d - b.d);
  const candidates: Candidates = { docs: scored.map((c) => c.d), scores: scored.map((c) => c.s), termRarity };
  return rankCandidates(index, parsed, candidates, Math.log(1 + n), limit);
}
