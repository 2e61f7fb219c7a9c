// Which of the newsroom's passages a search scores, chosen from the library's word counts before any passage is read.
// The engine's score is mostly how much of the query a passage covers (rank.ts scoreDoc), so the passages holding two
// or all of the query's words come first, then those holding one word's best spellings. A search asks for them in
// two rounds: the first round's parts are cheap (few passages each); a part too big for it is asked for in a second
// round only when its passages could still reach the best twenty of the first, by the most they could score.
import type { QueryTerm } from '../../shared/search/query';

/** A library word the engine matches a query word with, how well, and in how many passages it is. */
export interface Variant {
  word: string;
  sim: number;
  passages: number;
}

/** Passages of one kind: those holding a spelling of every list (at most `shortest` of them, shortest first). */
export interface CandidatePart {
  lists: string[][];
  /** At most this many, the shortest first; null for every one. */
  shortest: number | null;
  /** The most the engine's score (0..1) can give a passage this part finds and no first-round part does (1 for a
   *  first-round part, which is always asked for). */
  bound: number;
}

/** Passages of a query word's best spellings scored in the first round, at most. */
export const FIRST_SINGLES = 300;
/** Passages of the query's words read at most for passages holding one query word only (both rounds). */
const CANDIDATE_POSTINGS = 2000;
/** Passages two query words are expected in together (were they independent) for their pair's first round. */
export const FIRST_PAIR = 400;
/** ... and at most, for their pair to be asked for at all (beyond it, passages holding every query word stand in). */
const PAIR_ESTIMATE = 3000;
/** Query words whose pairs make candidates (a pasted paragraph's weightiest words). */
const PAIR_TERMS = 5;
/**
 * Passages a search scores of a spelling that alone is in more passages than it may read (on a million, "fellow"
 * for "feellow" is in 7,000): its shortest, which the engine's trigram score favours.
 */
export const BEST_OF_COMMON = 400;
/** The engine's scoreDoc weights (rank.ts): coverage, word order, whole words, speaker, first stage. */
const SCORE = { coverage: 0.78, order: 0.08, exact: 0.06, speaker: 0.03, stage: 0.05 };
/**
 * How far the word-level score (score-by-words.ts) of a passage was measured above its full score, at most, on a
 * million passages (0.04): it reads word order from the passage's distinct words, not their places in the text. A
 * measurement, not a bound (that would be the whole order part, 0.08): the second round is weighed with it.
 */
export const WORD_SCORE_SLACK = 0.045;

/** The query's words as the plan reads them: each one's spellings, weight in the score, and what kind of word. */
export interface PlanTerm {
  variants: Variant[];
  weight: number;
  /** A stop word outside quotes: no candidates come by it, and any passage may hold it. */
  stop: boolean;
  /** A word of a quoted phrase: every candidate holds it (the phrase is a condition of every part). */
  phrase: boolean;
}

/**
 * The most a passage can score that holds, of the query's telling words, only spellings of `held` (a word's index in
 * `terms` and the best similarity of its spellings it may hold); stop words and a phrase's words count as held in full.
 */
export function scoreBound(terms: readonly PlanTerm[], held: readonly { term: number; sim: number }[]): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  let got = 0;
  let count = 0;
  terms.forEach((t, i) => {
    const sim = t.stop || t.phrase ? 1 : (held.find((h) => h.term === i)?.sim ?? 0);
    if (sim <= 0) return;
    got += t.weight * sim;
    count++;
  });
  const t = terms.length;
  // (A one-word query has no order to score.)
  const order = t > 1 ? Math.max(0, Math.min(1, (count - 1) / (t - 1))) : 0;
  let exact = 0;
  terms.forEach((term, i) => {
    if (term.stop || term.phrase || (held.find((h) => h.term === i)?.sim ?? 0) >= 0.9) exact++;
  });
  return (
    SCORE.coverage * (total > 0 ? got / total : 0) +
    SCORE.order * order +
    SCORE.exact * Math.min(1, exact / Math.max(1, t)) +
    SCORE.speaker +
    SCORE.stage
  );
}

/** The best similarity among a query word's spellings. */
const bestSim = (t: PlanTerm): number => Math.max(0, ...t.variants.map((v) => v.sim));

/**
 * The candidate parts of a query (`terms`: every query word, stop words too, with its library spellings and weight)
 * in a library of `passages`: the first round's, and those kept for a second.
 */
export function planCandidates(
  terms: readonly PlanTerm[],
  passages: number,
): { first: CandidatePart[]; later: CandidatePart[] } {
  const telling = terms
    .map((t, i) => ({
      ...t,
      i,
      words: t.variants.map((v) => v.word),
      count: t.variants.reduce((s, v) => s + v.passages, 0),
    }))
    .filter((t) => !t.stop && t.variants.length > 0)
    .sort((a, b) => b.weight - a.weight || a.count - b.count);
  const first: CandidatePart[] = [];
  const later: CandidatePart[] = [];
  if (telling.length === 0) return { first, later };

  // Two words' passages: few enough now, more only if they could still rank.
  const paired = telling.slice(0, PAIR_TERMS);
  let skipped = false;
  // Pairs some part asks for (at once or later): a passage holding both comes by that part.
  const pairs = new Set<string>();
  for (let a = 0; a < paired.length; a++) {
    for (let b = a + 1; b < paired.length; b++) {
      const [x, y] = [paired[a], paired[b]] as [(typeof paired)[number], (typeof paired)[number]];
      const expected = (x.count * y.count) / Math.max(1, passages);
      const part = {
        lists: [x.words, y.words],
        shortest: null,
        // With more than three telling words, a pair's passages may hold a third one that no first-round part
        // finds them by: no bound then.
        bound:
          telling.length > 3
            ? 1
            : scoreBound(terms, [
                { term: x.i, sim: bestSim(x) },
                { term: y.i, sim: bestSim(y) },
              ]),
      };
      if (expected > PAIR_ESTIMATE) {
        skipped = true;
        continue;
      }
      (expected <= FIRST_PAIR ? first : later).push(part);
      pairs.add(`${x.i} ${y.i}`).add(`${y.i} ${x.i}`);
    }
  }

  // One word's passages, by the worth of the spelling they hold: the best spellings first, then the next ones.
  const spellings = telling
    .flatMap((t) => t.variants.map((v) => ({ ...v, i: t.i, worth: t.weight * v.sim })))
    .sort((a, b) => b.worth - a.worth || a.passages - b.passages);
  // Spellings in order of worth while they fit in `budget` passages; one that does not ends the list, or with
  // `passOver` is passed over.
  type Spelling = (typeof spellings)[number];
  const pick = (budget: number, from: readonly Spelling[], passOver = true): Spelling[] => {
    const out: Spelling[] = [];
    let read = 0;
    for (const v of from) {
      if (read + v.passages > budget) {
        if (!passOver) break;
        continue;
      }
      out.push(v);
      read += v.passages;
    }
    return out;
  };
  const read = (list: readonly Spelling[]): number => list.reduce((sum, v) => sum + v.passages, 0);
  // The most a passage holding spelling `v` can score that no pair part finds: it may hold any other telling word
  // whose pair with v's word no part asks for (left out, or not paired at all). A passage holding a pair some part
  // asks for comes by that part, and is bounded by it.
  const singleBound = (v: Spelling): number =>
    scoreBound(terms, [
      { term: v.i, sim: v.sim },
      ...telling.filter((t) => t.i !== v.i && !pairs.has(`${v.i} ${t.i}`)).map((t) => ({ term: t.i, sim: bestSim(t) })),
    ]);
  // At once: the best spellings while they fit; later: the next ones that fit, passing over one that does not (a
  // common spelling of one word must not hide another word's rarer ones).
  const now = pick(FIRST_SINGLES, spellings, false);
  if (now.length) first.push({ lists: [now.map((v) => v.word)], shortest: null, bound: 1 });
  // The next spellings' passages while they fit, if they could still rank.
  const rest = pick(
    CANDIDATE_POSTINGS - read(now),
    spellings.filter((v) => !now.includes(v)),
  );
  if (rest.length)
    later.push({ lists: [rest.map((v) => v.word)], shortest: null, bound: Math.max(...rest.map(singleBound)) });
  // The best spelling when too common to read whole: its shortest passages.
  const best = spellings[0] as Spelling;
  if (!now.includes(best) && !rest.includes(best))
    later.push({ lists: [[best.word]], shortest: BEST_OF_COMMON, bound: singleBound(best) });

  // Passages holding every query word, when a pair was left for later or out.
  if (paired.length > 2 && (skipped || later.some((p) => p.lists.length === 2)))
    first.push({ lists: paired.map((t) => t.words), shortest: null, bound: 1 });
  // A query whose every part is a big one asks for them at once.
  return first.length ? { first, later } : { first: later, later: [] };
}

/**
 * The later parts still worth asking for, once the first round's passages scored `scores` by their words: those
 * whose passages could reach the best `head` (their bound at least the head's last score, less the word score's
 * slack). All of them while the first round found fewer than `head`.
 */
export function laterWorthAsking(
  later: readonly CandidatePart[],
  scores: ArrayLike<number>,
  head: number,
): CandidatePart[] {
  const sorted = Array.from(scores)
    .filter((s) => s >= 0)
    .sort((a, b) => b - a);
  if (sorted.length < head) return [...later];
  const bar = (sorted[head - 1] as number) - WORD_SCORE_SLACK;
  return later.filter((p) => p.bound >= bar);
}

/** The query terms the plan reads, in the query's order. */
export function planTerms(
  terms: readonly QueryTerm[],
  weights: readonly number[],
  variantsOf: (t: QueryTerm) => Variant[],
): PlanTerm[] {
  return terms.map((t, i) => ({
    variants: variantsOf(t),
    weight: weights[i] ?? 0,
    stop: t.stop && t.phrase < 0,
    phrase: t.phrase >= 0,
  }));
}
