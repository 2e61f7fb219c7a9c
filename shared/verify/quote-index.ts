// The index quote verification searches: every source's passages as one run of compared words (so a quote may span
// passages), a hashed word-bigram table and a word table in flat typed arrays, built once for a whole library.
import type { Passage, SourceType } from '../model/source';
import { canonicalWords, type CanonicalWord } from './canonical-words';

/** A source as verification needs it: its id, title, type (when known) and passages in order. */
export interface VerifySource {
  sourceId: string;
  title: string;
  type?: SourceType | null;
  passages: readonly Passage[];
}

export interface IndexedPassage {
  passage: Passage;
  /** Index into QuoteIndex.sources. */
  source: number;
  /** Its words are [firstWord, endWord) of the index. */
  firstWord: number;
  endWord: number;
}

export interface IndexedSource {
  sourceId: string;
  title: string;
  type: SourceType | null;
  firstWord: number;
  endWord: number;
  firstPassage: number;
  endPassage: number;
}

/** Compared words of every source, end to end, with the tables that find where a quote's words are. */
export interface QuoteIndex {
  sources: IndexedSource[];
  passages: IndexedPassage[];
  /** Word id of each position. */
  ids: Int32Array;
  /** Passage (index into `passages`) of each position. */
  passageOf: Int32Array;
  /** Verbatim [start, end) of each position in its passage's text. */
  starts: Int32Array;
  ends: Int32Array;
  vocabulary: Map<string, number>;
  /** The word of each id. */
  words: string[];
  /** Positions of each word id: wordPositions[wordHeads[id] .. wordHeads[id + 1]). */
  wordHeads: Int32Array;
  wordPositions: Int32Array;
  /** Positions of each bigram bucket (hash of two ids): bigramPositions[bigramHeads[h] .. bigramHeads[h + 1]). */
  bigramHeads: Int32Array;
  bigramPositions: Int32Array;
  bigramMask: number;
  /** Stem id of each word id (see stem()), and the positions of each stem, for finding paraphrases. */
  stemOf: Int32Array;
  stems: Map<string, number>;
  stemHeads: Int32Array;
  stemPositions: Int32Array;
}

/** The first five letters of a word: a crude stem, so "founded" meets "founding", "broke" meets "broken" and
 *  "Nicaraguans" meets "Nicaragua". */
export function stem(word: string): string {
  return word.length <= 5 ? word : word.slice(0, 5);
}

/** How many times stem `s` occurs in the sources. */
export function stemFrequency(index: QuoteIndex, s: number): number {
  return s < 0 ? 0 : (index.stemHeads[s + 1] as number) - (index.stemHeads[s] as number);
}

/** The bucket of the bigram (a, b). */
export function bigramBucket(index: QuoteIndex, a: number, b: number): number {
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0) & index.bigramMask;
}

/** How many times word `id` occurs in the sources. */
export function wordFrequency(index: QuoteIndex, id: number): number {
  return id < 0 ? 0 : (index.wordHeads[id + 1] as number) - (index.wordHeads[id] as number);
}

class Grow {
  data: Int32Array;
  length = 0;
  constructor(size: number) {
    this.data = new Int32Array(size);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2 + 1024);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Indexes the sources for checkQuote. Passages keep their order; words of neighbouring passages of one source are
 * neighbours in the index, so quotes that run over a paragraph break are found whole. About a second for a million
 * words.
 */
export function buildQuoteIndex(sources: readonly VerifySource[]): QuoteIndex {
  const estimate = sources.reduce((n, s) => n + s.passages.reduce((m, p) => m + p.text.length, 0), 0) / 5 + 16;
  const ids = new Grow(estimate);
  const passageOf = new Grow(estimate);
  const starts = new Grow(estimate);
  const ends = new Grow(estimate);
  const vocabulary = new Map<string, number>();
  const indexedSources: IndexedSource[] = [];
  const passages: IndexedPassage[] = [];
  for (const source of sources) {
    const s = indexedSources.length;
    const first = ids.length;
    const firstPassage = passages.length;
    // One matching copy per source (passages joined by line breaks) costs far less than one per passage.
    const offsets: number[] = [];
    let length = 0;
    for (const passage of source.passages) {
      offsets.push(length);
      length += passage.text.length + 1;
    }
    const words = canonicalWords(source.passages.map((p) => p.text).join('\n'), { dropStageNotes: true });
    let w = 0;
    source.passages.forEach((passage, k) => {
      const p = passages.length;
      const from = ids.length;
      const base = offsets[k] as number;
      const limit = base + passage.text.length;
      while (w < words.length && (words[w] as CanonicalWord).start < limit) {
        const word = words[w++] as CanonicalWord;
        let id = vocabulary.get(word.word);
        if (id === undefined) vocabulary.set(word.word, (id = vocabulary.size));
        ids.push(id);
        passageOf.push(p);
        starts.push(word.start - base);
        ends.push(Math.min(word.end, limit) - base);
      }
      passages.push({ passage, source: s, firstWord: from, endWord: ids.length });
    });
    indexedSources.push({
      sourceId: source.sourceId,
      title: source.title,
      type: source.type ?? null,
      firstWord: first,
      endWord: ids.length,
      firstPassage,
      endPassage: passages.length,
    });
  }
  const index: QuoteIndex = {
    sources: indexedSources,
    passages,
    ids: ids.done(),
    passageOf: passageOf.done(),
    starts: starts.done(),
    ends: ends.done(),
    vocabulary,
    words: [...vocabulary.keys()],
    wordHeads: new Int32Array(0),
    wordPositions: new Int32Array(0),
    bigramHeads: new Int32Array(0),
    bigramPositions: new Int32Array(0),
    bigramMask: 0,
    stemOf: new Int32Array(0),
    stems: new Map(),
    stemHeads: new Int32Array(0),
    stemPositions: new Int32Array(0),
  };
  buildWordTable(index);
  buildBigramTable(index);
  buildStemTable(index);
  return index;
}

/** Positions grouped by key (a counting sort): heads[key] .. heads[key + 1] in positions. */
function groupPositions(keys: Int32Array, size: number, keyOf: (k: number) => number): [Int32Array, Int32Array] {
  const heads = new Int32Array(size + 1);
  for (let k = 0; k < keys.length; k++) {
    const at = keyOf(k) + 1;
    heads[at] = (heads[at] as number) + 1;
  }
  for (let k = 0; k < size; k++) heads[k + 1] = (heads[k + 1] as number) + (heads[k] as number);
  const fill = heads.slice(0, size);
  const positions = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keyOf(k);
    positions[fill[key] as number] = k;
    fill[key] = (fill[key] as number) + 1;
  }
  return [heads, positions];
}

function buildWordTable(index: QuoteIndex): void {
  const { ids } = index;
  [index.wordHeads, index.wordPositions] = groupPositions(ids, index.vocabulary.size, (k) => ids[k] as number);
}

function buildStemTable(index: QuoteIndex): void {
  const stems = new Map<string, number>();
  const stemOf = new Int32Array(index.words.length);
  index.words.forEach((w, id) => {
    const key = stem(w);
    let s = stems.get(key);
    if (s === undefined) stems.set(key, (s = stems.size));
    stemOf[id] = s;
  });
  const { ids } = index;
  index.stemOf = stemOf;
  index.stems = stems;
  [index.stemHeads, index.stemPositions] = groupPositions(ids, stems.size, (k) => stemOf[ids[k] as number] as number);
}

function buildBigramTable(index: QuoteIndex): void {
  const { ids, passageOf, passages } = index;
  let size = 1024;
  while (size < ids.length * 2) size *= 2;
  index.bigramMask = size - 1;
  const bucketOf = new Int32Array(ids.length).fill(-1);
  const heads = new Int32Array(size + 1);
  for (let k = 0; k + 1 < ids.length; k++) {
    const sameSource =
      (passages[passageOf[k] as number] as IndexedPassage).source ===
      (passages[passageOf[k + 1] as number] as IndexedPassage).source;
    if (!sameSource) continue;
    const h = bigramBucket(index, ids[k] as number, ids[k + 1] as number);
    bucketOf[k] = h;
    heads[h + 1] = (heads[h + 1] as number) + 1;
  }
  for (let h = 0; h < size; h++) heads[h + 1] = (heads[h + 1] as number) + (heads[h] as number);
  const fill = heads.slice(0, size);
  const positions = new Int32Array(heads[size] as number);
  for (let k = 0; k < bucketOf.length; k++) {
    const h = bucketOf[k] as number;
    if (h < 0) continue;
    positions[fill[h] as number] = k;
    fill[h] = (fill[h] as number) + 1;
  }
  index.bigramHeads = heads;
  index.bigramPositions = positions;
}
