// The quote library's search index: every passage's folded words (a vocabulary plus one word-id sequence per
// passage) and a character-trigram inverted index over those words, all in typed arrays, plus per-passage filter
// columns. Built once per library; removing a source marks its passages gone, adding one rebuilds (see README.md).
import type { SearchDoc } from './search-doc';
import { buildColumns, type FilterColumns } from './columns';
import { letterMask } from './similarity';
import { foldedWordList, wordTrigramKeys } from './words';

/** A built (or loaded) search index. Treat it as read-only outside shared/search. */
export interface SearchIndex {
  docs: SearchDoc[];
  /** Folded words by id. */
  vocab: string[];
  /** Letter mask of each vocabulary word (see letterMask). */
  vocabMasks: Uint32Array;
  /** Per passage, where its words start in `wordSeq` (length docs + 1). */
  wordStart: Uint32Array;
  /** Per passage, how many of its words come from its text; the speaker's, title's and tags' words follow. */
  textWords: Uint32Array;
  /** Per passage, how many words its speaker's name has (they come right after the text's words). */
  speakerWords: Uint8Array;
  /** Word ids of every passage, passage after passage. */
  wordSeq: Uint32Array;
  /** Trigram key of each trigram id. */
  trigramKeys: Uint32Array;
  /** Per trigram id, where its passages start in `postings` (length trigrams + 1). */
  trigramStart: Uint32Array;
  /** Passage numbers, ascending within each trigram. */
  postings: Uint32Array;
  /** Per passage, how many distinct trigrams it has. */
  docTrigrams: Uint32Array;
  /** Trigram key to trigram id. */
  trigramIds: Map<number, number>;
  columns: FilterColumns;
  /** 1 for passages removed since the build. */
  removed: Uint8Array;
  /** Buffers reused by every query (not saved). */
  scratch: SearchScratch | null;
}

/** Buffers a query reuses instead of allocating: trigram scores, touched passages, per-term match memos. */
export interface SearchScratch {
  scores: Float32Array;
  touched: Int32Array;
  averageTrigrams: number;
  memos: Float32Array[];
}

/** The scratch buffers of `index`, made on first use. */
export function scratchOf(index: SearchIndex): SearchScratch {
  if (index.scratch) return index.scratch;
  const n = index.docs.length;
  let total = 0;
  for (let d = 0; d < n; d++) total += index.docTrigrams[d] as number;
  index.scratch = {
    scores: new Float32Array(n),
    touched: new Int32Array(n),
    averageTrigrams: Math.max(1, total / Math.max(1, n)),
    memos: [],
  };
  return index.scratch;
}

/** Letter masks of a vocabulary. */
export function vocabularyMasks(vocab: string[]): Uint32Array {
  const masks = new Uint32Array(vocab.length);
  for (let i = 0; i < vocab.length; i++) masks[i] = letterMask(vocab[i] as string);
  return masks;
}

/** A growable Uint32 list. */
class U32List {
  data: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  done(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** The words indexed for one passage: its text's, then its speaker's, title's and tags' (each folded). */
export function docWordLists(doc: SearchDoc): { text: string[]; speaker: string[]; rest: string[] } {
  return {
    text: foldedWordList(doc.text),
    speaker: doc.speaker ? foldedWordList(doc.speaker) : [],
    rest: foldedWordList([doc.sourceTitle, ...doc.tags].join(' \n ')),
  };
}

/**
 * Builds the index of `docs` (a library of 100,000 passages takes about a second or two). Passage numbers in results
 * are positions in `docs`, which the index keeps.
 */
export function buildIndex(docs: SearchDoc[]): SearchIndex {
  const vocabIds = new Map<string, number>();
  const vocab: string[] = [];
  // Room for a library's vocabulary, or for a page of a few dozen passages (the lists grow when needed).
  const room = Math.min(1 << 16, 256 + docs.length * 16);
  const wordTriStart = new U32List(room);
  const wordTris = new U32List(room * 4);
  wordTriStart.push(0);
  const trigramIds = new Map<number, number>();
  const keysList = new U32List(Math.min(1 << 14, room));
  const counts = new U32List(Math.min(1 << 14, room));
  const keyScratch: number[] = [];

  const wordId = (word: string): number => {
    let id = vocabIds.get(word);
    if (id !== undefined) return id;
    id = vocab.length;
    vocabIds.set(word, id);
    vocab.push(word);
    keyScratch.length = 0;
    wordTrigramKeys(word, false, keyScratch);
    for (const key of keyScratch) {
      let tid = trigramIds.get(key);
      if (tid === undefined) {
        tid = keysList.length;
        trigramIds.set(key, tid);
        keysList.push(key);
        counts.push(0);
      }
      wordTris.push(tid);
    }
    wordTriStart.push(wordTris.length);
    return id;
  };

  const n = docs.length;
  const wordStart = new Uint32Array(n + 1);
  const textWords = new Uint32Array(n);
  const speakerWords = new Uint8Array(n);
  const wordSeq = new U32List(n * 40);
  const docTriStart = new Uint32Array(n + 1);
  const docTris = new U32List(n * 120);
  let lastSeen = new Int32Array(Math.min(1 << 14, room)).fill(-1);

  for (let d = 0; d < n; d++) {
    const lists = docWordLists(docs[d] as SearchDoc);
    wordStart[d] = wordSeq.length;
    textWords[d] = lists.text.length;
    speakerWords[d] = Math.min(255, lists.speaker.length);
    for (const list of [lists.text, lists.speaker, lists.rest]) {
      for (const word of list) {
        const id = wordId(word);
        wordSeq.push(id);
        if (lastSeen.length < keysList.length) {
          const grown = new Int32Array(keysList.length * 2).fill(-1);
          grown.set(lastSeen);
          lastSeen = grown;
        }
        const end = wordTriStart.data[id + 1] as number;
        for (let k = wordTriStart.data[id] as number; k < end; k++) {
          const tid = wordTris.data[k] as number;
          if (lastSeen[tid] === d) continue;
          lastSeen[tid] = d;
          docTris.push(tid);
          counts.data[tid] = (counts.data[tid] as number) + 1;
        }
      }
    }
    docTriStart[d + 1] = docTris.length;
  }
  wordStart[n] = wordSeq.length;

  const t = keysList.length;
  const trigramStart = new Uint32Array(t + 1);
  for (let k = 0; k < t; k++) trigramStart[k + 1] = (trigramStart[k] as number) + (counts.data[k] as number);
  const fill = trigramStart.slice(0, t);
  const postings = new Uint32Array(docTris.length);
  const docTrigrams = new Uint32Array(n);
  for (let d = 0; d < n; d++) {
    const end = docTriStart[d + 1] as number;
    const start = docTriStart[d] as number;
    docTrigrams[d] = end - start;
    for (let k = start; k < end; k++) {
      const tid = docTris.data[k] as number;
      postings[fill[tid] as number] = d;
      fill[tid] = (fill[tid] as number) + 1;
    }
  }
  return {
    docs,
    vocab,
    vocabMasks: vocabularyMasks(vocab),
    wordStart,
    textWords,
    speakerWords,
    wordSeq: wordSeq.done(),
    trigramKeys: keysList.done(),
    trigramStart,
    postings,
    docTrigrams,
    trigramIds,
    columns: buildColumns(docs),
    removed: new Uint8Array(n),
    scratch: null,
  };
}

/**
 * Takes one source's passages out of the index at once (they are marked gone; the arrays stay as they are). Adding or
 * changing a source's passages means building the index again from the new list of passages. Returns how many
 * passages were removed.
 */
export function removeSource(index: SearchIndex, sourceId: string): number {
  let count = 0;
  index.docs.forEach((doc, d) => {
    if (doc.sourceId === sourceId && index.removed[d] === 0) {
      index.removed[d] = 1;
      count++;
    }
  });
  return count;
}

/** The passages still in the index (those not removed), in index order: the list to rebuild from. */
export function liveDocs(index: SearchIndex): SearchDoc[] {
  return index.docs.filter((_, d) => index.removed[d] === 0);
}
