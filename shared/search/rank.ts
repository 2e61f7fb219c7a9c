// The second stage of library search: scores the few hundred candidate passages word by word (exact, prefix while
// typing, same stem, typos), checks quoted phrases, and rewards whole words, the typed word order and the speaker.
import { scratchOf, type SearchIndex } from './search-index';
import type { QueryPhrase, QueryTerm } from './query';
import { letterMask, matchWord, type TypedWord, type WordMatch } from './similarity';

/** A query term with its weight and a memo of its similarity to each vocabulary word (-1: not computed yet). */
export interface WeightedTerm extends QueryTerm, TypedWord {
  weight: number;
  memo: Float32Array;
}

/** One ranked passage: its number and its score (0..1). */
export interface Ranked {
  d: number;
  score: number;
}

/** Per-term buffers reused across the candidates of one query. */
export interface RankBuffers {
  best: Float64Array;
  positions: Int32Array;
  field: Uint8Array;
}

/** Buffers for scoring with `terms` query terms. */
export function rankBuffers(terms: number): RankBuffers {
  return { best: new Float64Array(terms), positions: new Int32Array(terms), field: new Uint8Array(terms) };
}

/** Below this similarity a word does not count as a match of a query term (and is not highlighted). */
export const MIN_SIM = 0.55;

/**
 * Gives each term its weight (stop words little, numbers and rare words more) and a cleared memo from the index's
 * scratch buffers, so a keystroke allocates nothing in proportion to the vocabulary.
 */
export function weighTerms(
  index: SearchIndex,
  terms: QueryTerm[],
  rarity: number[],
  maxRarity: number,
): WeightedTerm[] {
  const scratch = scratchOf(index);
  return terms.map((t, i) => {
    const rare = Math.min(1.6, Math.max(0.5, ((rarity[i] ?? maxRarity) / Math.max(1e-9, maxRarity)) * 1.6));
    const weight = (t.stop ? 0.15 : 1) * (t.number ? 1.5 : 1) * rare * (t.phrase >= 0 ? 1.2 : 1) * (t.boost ?? 1);
    let memo = scratch.memos[i];
    if (!memo || memo.length < index.vocab.length) {
      memo = new Float32Array(index.vocab.length);
      scratch.memos[i] = memo;
    }
    memo.fill(-1);
    return { ...t, mask: letterMask(t.text), weight, memo };
  });
}

/** The full match of term `t` against vocabulary word `wid` (kind and typed prefix length too; not memoised). */
export function termMatch(index: SearchIndex, t: WeightedTerm, wid: number): WordMatch {
  return matchWord(t, index.vocab[wid] as string, index.vocabMasks[wid] as number);
}

/**
 * The similarity of term `t` to vocabulary word `wid`, memoised for this query. The memo keeps 32-bit floats, so the
 * first answer is given as the memo keeps it too: every passage holding the word scores alike.
 */
export function termSim(index: SearchIndex, t: WeightedTerm, wid: number): number {
  let sim = t.memo[wid] as number;
  if (sim < 0) {
    sim = Math.fround(termMatch(index, t, wid).sim);
    t.memo[wid] = sim;
  }
  return sim;
}

/** A stem match's similarity (0.9) as the memo keeps it: at least this counts as typed whole (a stem or a prefix). */
const NEAR_EXACT = Math.fround(0.9);

function phraseAt(index: SearchIndex, phrase: QueryPhrase, start: number, k: number): boolean {
  const w = phrase.words;
  for (let i = 0; i < w.length; i++) {
    const word = index.vocab[index.wordSeq[start + k + i] as number] as string;
    const typed = w[i] as string;
    const last = i === w.length - 1;
    if (word !== typed && !(last && phrase.open && word.startsWith(typed))) return false;
  }
  return true;
}

/** True when every quoted phrase occurs, word for word, in the passage's text. */
export function hasPhrases(index: SearchIndex, d: number, phrases: QueryPhrase[]): boolean {
  const start = index.wordStart[d] as number;
  const count = index.textWords[d] as number;
  return phrases.every((p) => {
    for (let k = 0; k + p.words.length <= count; k++) if (phraseAt(index, p, start, k)) return true;
    return false;
  });
}

/**
 * Scores one candidate passage against the weighted terms; returns null when it fails a phrase or matches none of
 * the telling (non-stop) words. `firstStage` is the candidate's trigram score relative to the best one (0..1).
 */
export function scoreDoc(
  index: SearchIndex,
  d: number,
  terms: WeightedTerm[],
  phrases: QueryPhrase[],
  firstStage: number,
  buffers: RankBuffers = rankBuffers(terms.length),
): Ranked | null {
  if (phrases.length && !hasPhrases(index, d, phrases)) return null;
  const t = terms.length;
  const { best, positions, field } = buffers;
  best.fill(0);
  positions.fill(-1);
  field.fill(0);
  const start = index.wordStart[d] as number;
  const end = index.wordStart[d + 1] as number;
  const textEnd = start + (index.textWords[d] as number);
  const speakerEnd = textEnd + (index.speakerWords[d] as number);
  for (let k = start; k < end; k++) {
    const wid = index.wordSeq[k] as number;
    for (let i = 0; i < t; i++) {
      const sim = termSim(index, terms[i] as WeightedTerm, wid);
      if (sim > (best[i] as number)) {
        best[i] = sim;
        positions[i] = k < textEnd ? k - start : -1;
        field[i] = k < textEnd ? 0 : k < speakerEnd ? 1 : 2;
      }
    }
  }
  let total = 0;
  let got = 0;
  let telling = 0;
  let tellingHit = 0;
  let exact = 0;
  let speaker = 0;
  for (let i = 0; i < t; i++) {
    const term = terms[i] as WeightedTerm;
    const s = (best[i] as number) >= MIN_SIM ? (best[i] as number) : 0;
    total += term.weight;
    got += term.weight * s;
    if (!term.stop) {
      telling++;
      if (s > 0) tellingHit++;
    }
    if (s === 1 || (term.partial && s >= NEAR_EXACT)) exact++;
    if (field[i] === 1 && s >= NEAR_EXACT) speaker = 1;
  }
  if (telling > 0 ? tellingHit === 0 : got === 0) return null;
  let order = 0;
  let pairs = 0;
  for (let i = 0; i + 1 < t; i++) {
    const a = positions[i] as number;
    const b = positions[i + 1] as number;
    if (a < 0 || b < 0) continue;
    pairs++;
    if (b === a + 1) order += 1;
    else if (b > a && b - a <= 4) order += 0.6;
    else if (b > a) order += 0.3;
  }
  const orderScore = t > 1 ? order / (t - 1) : pairs ? 1 : 0;
  const coverage = total > 0 ? got / total : 0;
  const score =
    0.78 * coverage + 0.08 * orderScore + 0.06 * (exact / Math.max(1, t)) + 0.03 * speaker + 0.05 * firstStage;
  return { d, score: Math.min(1, Math.max(0, score)) };
}
