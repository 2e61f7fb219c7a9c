// Adding a source to the search index without rebuilding it: the new passages are indexed on their own (the costly
// part, done where the source is imported) and that small index is merged into the library's one here, by renumbering
// its words and trigrams and splicing its postings behind the existing ones. Linear in the size of the index.
import { buildColumns } from './columns';
import type { SearchIndex } from './search-index';

function concatU32(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function concatU8(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * The index of `base`'s passages followed by `added`'s, the same (passage for passage, word for word) as building one
 * index from both lists of passages, except that words and trigrams are numbered base first. Neither input changes;
 * the result shares no typed array with them.
 */
export function mergeIndexes(base: SearchIndex, added: SearchIndex): SearchIndex {
  const nBase = base.docs.length;
  const nAdded = added.docs.length;

  // Words: the added index's word ids renumbered into the base vocabulary, new words appended.
  const wordIds = new Map<string, number>();
  base.vocab.forEach((word, id) => wordIds.set(word, id));
  const vocab = base.vocab.slice();
  const newWordMasks: number[] = [];
  const wordMap = new Uint32Array(added.vocab.length);
  added.vocab.forEach((word, id) => {
    let merged = wordIds.get(word);
    if (merged === undefined) {
      merged = vocab.length;
      wordIds.set(word, merged);
      vocab.push(word);
      newWordMasks.push(added.vocabMasks[id] as number);
    }
    wordMap[id] = merged;
  });
  const wordSeq = new Uint32Array(base.wordSeq.length + added.wordSeq.length);
  wordSeq.set(base.wordSeq);
  for (let i = 0; i < added.wordSeq.length; i++) {
    wordSeq[base.wordSeq.length + i] = wordMap[added.wordSeq[i] as number] as number;
  }
  const wordStart = new Uint32Array(nBase + nAdded + 1);
  wordStart.set(base.wordStart.subarray(0, nBase));
  for (let d = 0; d <= nAdded; d++) wordStart[nBase + d] = base.wordSeq.length + (added.wordStart[d] as number);

  // Trigrams: the same renumbering; then each trigram's postings are the base's followed by the added ones.
  const trigramIds = new Map(base.trigramIds);
  const newKeys: number[] = [];
  const fromAdded = new Int32Array(base.trigramKeys.length + added.trigramKeys.length).fill(-1);
  added.trigramKeys.forEach((key, tid) => {
    let merged = trigramIds.get(key);
    if (merged === undefined) {
      merged = base.trigramKeys.length + newKeys.length;
      trigramIds.set(key, merged);
      newKeys.push(key);
    }
    fromAdded[merged] = tid;
  });
  const trigramKeys = concatU32(base.trigramKeys, Uint32Array.from(newKeys));
  const t = trigramKeys.length;
  const trigramStart = new Uint32Array(t + 1);
  const postings = new Uint32Array(base.postings.length + added.postings.length);
  let at = 0;
  for (let tid = 0; tid < t; tid++) {
    trigramStart[tid] = at;
    if (tid < base.trigramKeys.length) {
      const from = base.trigramStart[tid] as number;
      const to = base.trigramStart[tid + 1] as number;
      postings.set(base.postings.subarray(from, to), at);
      at += to - from;
    }
    const other = fromAdded[tid] as number;
    if (other >= 0) {
      const to = added.trigramStart[other + 1] as number;
      for (let k = added.trigramStart[other] as number; k < to; k++)
        postings[at++] = (added.postings[k] as number) + nBase;
    }
  }
  trigramStart[t] = at;

  const docs = base.docs.concat(added.docs);
  return {
    docs,
    vocab,
    vocabMasks: concatU32(base.vocabMasks, Uint32Array.from(newWordMasks)),
    wordStart,
    textWords: concatU32(base.textWords, added.textWords),
    speakerWords: concatU8(base.speakerWords, added.speakerWords),
    wordSeq,
    trigramKeys,
    trigramStart,
    postings,
    docTrigrams: concatU32(base.docTrigrams, added.docTrigrams),
    trigramIds,
    columns: buildColumns(docs),
    removed: concatU8(base.removed, added.removed),
    scratch: null,
  };
}
