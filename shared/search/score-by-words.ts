// The newsroom's candidates scored by their words alone, before any passage's text is fetched: the engine's word-level
// score (coverage, word order, whole words, the first stage's trigram score) over each passage's distinct words as the
// server sends them, one space-separated string per passage, read in place.
import type { QueryTerm } from './query';
import { MIN_SIM } from './rank';
import { firstStageWeights, grown, termWeights, type LibraryStats } from './library-stats';
import { letterMask, matchWord, type TypedWord } from './similarity';
import { wordTrigramKeys } from './words';

/** Bits for the query's trigram keys (key folded to 16 bits): most library words share none, and this says so cheaply. */
const keyFilter = new Uint8Array(1 << 16);
const filterSlot = (key: number): number => (key ^ (key >>> 16)) & 0xffff;

/** A passage known by its distinct indexed words alone (text, speaker, title and tags), as the server keeps it. */
export interface PassageWords {
  /** Its words, each once, in the order they first occur, separated by one space (folded words hold none). */
  words: string;
  /** Its count of distinct trigram keys. */
  trigrams: number;
}

/** Word-level scores of passages before the first stage is scaled: -1 for a passage that matches no telling word. */
export interface WordScores {
  /** Coverage, word order and whole words, weighted as the engine weighs them. */
  word: Float64Array;
  /** The first stage's trigram score, not yet divided by the best one's. */
  stage: Float64Array;
}

/**
 * The engine's word-level score (rank.ts scoreDoc) of passages known by their distinct words alone (in the order
 * they first occur, text first), inside the library of `stats`: coverage, word order, whole words and the first
 * stage's trigram score, without the speaker's part (0.03, which needs to know where a word stands) and before
 * fuse.js. `sims[i]` holds words known to match term i and how well (the library's spellings the search looked up);
 * any other word is matched by the engine's own rule (a spelling the look-up missed still counts, as it does when the
 * engine ranks the passage in full). A passage that matches none of the telling words scores -1. For choosing which
 * passages to fetch and rank in full: the order of these scores is the engine's, up to those parts.
 */
export function scoreByWords(
  passages: readonly PassageWords[],
  terms: readonly QueryTerm[],
  sims: readonly ReadonlyMap<string, number>[],
  stats: LibraryStats,
): Float64Array {
  const scores = wordScorer(terms, sims, stats)(passages);
  return combinedScores([scores]);
}

/** The scores of passages scored in one or more calls, in that order, the first stage scaled by the best of all. */
export function combinedScores(parts: readonly WordScores[]): Float64Array {
  let top = 0;
  for (const { stage } of parts) for (const s of stage) if (s > top) top = s;
  const out = new Float64Array(parts.reduce((sum, p) => sum + p.word.length, 0));
  let d = 0;
  for (const { word, stage } of parts) {
    for (let i = 0; i < word.length; i++, d++) {
      out[d] = (word[i] as number) < 0 ? -1 : (word[i] as number) + 0.05 * (top > 0 ? (stage[i] as number) / top : 0);
    }
  }
  return out;
}

/**
 * A scorer for one query: each call scores more passages (as scoreByWords does, the first stage left unscaled), and
 * every distinct word is read once over all calls.
 */
export function wordScorer(
  terms: readonly QueryTerm[],
  sims: readonly ReadonlyMap<string, number>[],
  stats: LibraryStats,
): (passages: readonly PassageWords[]) => WordScores {
  const weights = termWeights(terms, stats);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const typed: TypedWord[] = terms.map((t) => ({
    text: t.text,
    stem: t.stem,
    partial: t.partial,
    mask: letterMask(t.text),
  }));
  const { weights: keyWeights } = firstStageWeights(terms, stats);
  const keys = [...keyWeights.values()];
  const keyIndex = new Map([...keyWeights.keys()].map((key, i) => [key, i]));
  // Each distinct word read once: how well it matches each term (matchAt, -1: none) and which of the query's keys it
  // has (infoKeys from keyStart), kept in flat arrays by the word's number.
  // Words by number, found from a passage's text without cutting it into strings: an open-addressing table of
  // FNV-1a hashes (words cut out once, on first sight).
  const known: string[] = [];
  let slots = new Int32Array(1 << 14).fill(-1);
  let hashes = new Int32Array(1 << 14);
  const place = (hash: number, id: number): void => {
    let i = hash & (slots.length - 1);
    while ((slots[i] as number) >= 0) i = (i + 1) & (slots.length - 1);
    slots[i] = id;
    hashes[i] = hash;
  };
  const idOf = (text: string, from: number, to: number, hash: number): number => {
    let i = hash & (slots.length - 1);
    for (;;) {
      const id = slots[i] as number;
      if (id < 0) break;
      if (hashes[i] === hash) {
        const w = known[id] as string;
        if (w.length === to - from) {
          let same = true;
          for (let c = 0; c < w.length; c++) {
            if (w.charCodeAt(c) !== text.charCodeAt(from + c)) {
              same = false;
              break;
            }
          }
          if (same) return id;
        }
      }
      i = (i + 1) & (slots.length - 1);
    }
    const id = infoOf(text.slice(from, to));
    if (known.length * 2 > slots.length) {
      const [oldSlots, oldHashes] = [slots, hashes];
      slots = new Int32Array(oldSlots.length * 2).fill(-1);
      hashes = new Int32Array(oldSlots.length * 2);
      for (let x = 0; x < oldSlots.length; x++) {
        if ((oldSlots[x] as number) >= 0) place(oldHashes[x] as number, oldSlots[x] as number);
      }
    }
    place(hash, id);
    return id;
  };
  let matches = new Float64Array(256 * Math.max(1, terms.length));
  let matchAt: Int32Array = new Int32Array(256);
  let keyStart: Int32Array = new Int32Array(257);
  let infoKeys: Int32Array = new Int32Array(1024);
  const wordKeys: number[] = [];
  const infoOf = (w: string): number => {
    const id = known.length;
    known.push(w);
    keyStart = grown(keyStart, id + 2);
    if (id >= matchAt.length) {
      matchAt = grown(matchAt, id + 1);
      const more = new Float64Array(matchAt.length * Math.max(1, terms.length));
      more.set(matches);
      matches = more;
    }
    let at = -1;
    let mask = -1;
    for (let i = 0; i < terms.length; i++) {
      let s = sims[i]?.get(w);
      if (s === undefined) {
        if (mask === -1) mask = letterMask(w);
        const sim = matchWord(typed[i] as TypedWord, w, mask).sim;
        if (sim < MIN_SIM) continue;
        s = sim;
      }
      if (at < 0) {
        at = id * terms.length;
        matches.fill(0, at, at + terms.length);
      }
      matches[at + i] = s;
    }
    matchAt[id] = at;
    let end = keyStart[id] as number;
    wordKeys.length = 0;
    for (const key of wordTrigramKeys(w, false, wordKeys)) {
      if (keyFilter[filterSlot(key)] === 0) continue;
      const k = keyIndex.get(key);
      if (k === undefined) continue;
      let again = false;
      for (let j = keyStart[id] as number; j < end; j++) if (infoKeys[j] === k) again = true;
      if (again) continue;
      infoKeys = grown(infoKeys, end + 1);
      infoKeys[end++] = k;
    }
    keyStart[id + 1] = end;
    return id;
  };
  const seen = new Int32Array(keys.length).fill(-1);
  const best = new Float64Array(terms.length);
  const at = new Int32Array(terms.length);
  const average = Math.max(1, stats.averageTrigrams);
  let scored = 0;
  return (passages) => {
    // The query's keys in the shared filter while this call reads words (it is synchronous, so no other query's are).
    for (const key of keyWeights.keys()) keyFilter[filterSlot(key)] = 1;
    const stage = new Float64Array(passages.length);
    const word = new Float64Array(passages.length);
    passages.forEach((p, here) => {
      const d = scored + here;
      best.fill(0);
      at.fill(-1);
      let raw = 0;
      const text = p.words;
      let from = 0;
      for (let j = 0; from < text.length; j++) {
        let to = from;
        let hash = 0x811c9dc5;
        for (; to < text.length; to++) {
          const c = text.charCodeAt(to);
          if (c === 0x20) break;
          hash = Math.imul(hash ^ c, 0x01000193);
        }
        const id = idOf(text, from, to, hash);
        from = to + 1;
        const m = matchAt[id] as number;
        if (m >= 0) {
          for (let i = 0; i < terms.length; i++) {
            if ((matches[m + i] as number) > (best[i] as number)) {
              best[i] = matches[m + i] as number;
              at[i] = j;
            }
          }
        }
        for (let x = keyStart[id] as number; x < (keyStart[id + 1] as number); x++) {
          const k = infoKeys[x] as number;
          if (seen[k] === d) continue;
          seen[k] = d;
          raw += keys[k] as number;
        }
      }
      let got = 0;
      let exact = 0;
      let telling = 0;
      let tellingHit = 0;
      terms.forEach((term, i) => {
        const s = (best[i] as number) >= MIN_SIM ? (best[i] as number) : 0;
        got += (weights[i] as number) * s;
        if (!term.stop) {
          telling++;
          if (s > 0) tellingHit++;
        }
        if (s === 1 || (term.partial && s >= 0.9)) exact++;
      });
      if (telling > 0 ? tellingHit === 0 : got === 0) {
        word[here] = -1;
        return;
      }
      stage[here] = raw / (0.75 + (0.25 * p.trigrams) / average);
      // The typed word order, by each word's first place among the passage's distinct words (its place in the text,
      // less the repeated words before it).
      let order = 0;
      let pairs = 0;
      for (let i = 0; i + 1 < terms.length; i++) {
        const [a, b] = [at[i] as number, at[i + 1] as number];
        if ((best[i] as number) < MIN_SIM || (best[i + 1] as number) < MIN_SIM || a < 0 || b < 0) continue;
        pairs++;
        order += b === a + 1 ? 1 : b > a && b - a <= 4 ? 0.6 : b > a ? 0.3 : 0;
      }
      const orderScore = terms.length > 1 ? order / (terms.length - 1) : pairs ? 1 : 0;
      word[here] =
        0.78 * (total > 0 ? got / total : 0) + 0.08 * orderScore + 0.06 * (exact / Math.max(1, terms.length));
    });
    for (const key of keyWeights.keys()) keyFilter[filterSlot(key)] = 0;
    scored += passages.length;
    return { word, stage };
  };
}
