import { describe, expect, it } from 'vitest';
import {
  LOCATE,
  bestClaimDiagonals,
  castBigramVotes,
  claimSlack,
  rankQuoteBuckets,
  type VoteOptions,
  type VoteText,
} from '../../../../shared/text/locate';

// A text of word ids: 0 1 2 3 4 0 1 5 6 2 3 (the bigram 0 1 twice, 2 3 twice, word 5 once).
const ids = [0, 1, 2, 3, 4, 0, 1, 5, 6, 2, 3];

function exactText(): VoteText {
  const places = (a: number, b: number) => ids.flatMap((id, p) => (id === a && ids[p + 1] === b ? [p] : []));
  const wordPlaces = (a: number) => ids.flatMap((id, p) => (id === a ? [p] : []));
  return { ids, bigramPlaces: places, wordPlaces };
}

function votes(run: number[], text: VoteText, options: VoteOptions): [number, number, number][] {
  const out: [number, number, number][] = [];
  castBigramVotes(run, text, options, (diagonal, pos, weight) => out.push([diagonal, pos, weight]));
  return out;
}

const plain: VoteOptions = { commonBigram: 10, bigramWeight: 1, offset: (k) => k };

describe('castBigramVotes', () => {
  it('gives every place of each bigram a vote for where the run would start', () => {
    // Run "1 2 3" stands at 1; its bigram "2 3" also occurs at 9 (diagonal 8).
    expect(votes([1, 2, 3], exactText(), plain)).toEqual([
      [1, 1, 1],
      [1, 2, 1],
      [8, 9, 1],
    ]);
  });

  it('lets unknown words and non-words break bigrams', () => {
    expect(votes([0, -1, 2, 3], exactText(), plain)).toEqual([
      [0, 2, 1],
      [7, 9, 1],
    ]);
  });

  it('skips bigrams more common than commonBigram', () => {
    expect(votes([0, 1], exactText(), { ...plain, commonBigram: 1 })).toEqual([]);
    expect(votes([0, 1], exactText(), { ...plain, commonBigram: 2 })).toHaveLength(2);
  });

  it('counts hashed places towards commonBigram but votes only where the text has the bigram', () => {
    // A table that files bigram 2 3 with the places of 0 1 (a collision).
    const hashed: VoteText = { ids, bigramPlaces: () => [0, 2, 5, 9] };
    expect(votes([2, 3], hashed, plain)).toEqual([
      [2, 2, 1],
      [9, 9, 1],
    ]);
    expect(votes([2, 3], hashed, { ...plain, commonBigram: 3 })).toEqual([]);
  });

  it('adds rare-word votes of weight 1 after each word, and uses the given offsets and weight', () => {
    const options: VoteOptions = { commonBigram: 10, bigramWeight: 2, rareWord: 1, offset: (k) => k - 1 };
    // Run "before=6, 2, 3": 6 is rare (once), 2 and 3 are not (twice each).
    expect(votes([6, 2, 3], exactText(), options)).toEqual([
      [9, 8, 2],
      [9, 8, 1],
      [2, 2, 2],
      [9, 9, 2],
    ]);
  });
});

/** A text of `length` filler words (ids 100 and up, each once) with `run` written in at each of `at`. */
function textWith(length: number, run: number[], at: number[]): VoteText {
  const ids = Array.from({ length }, (_, p) => 100 + p);
  for (const start of at) run.forEach((id, k) => (ids[start + k] = id));
  const bigramPlaces = (a: number, b: number) => ids.flatMap((id, p) => (id === a && ids[p + 1] === b ? [p] : []));
  const wordPlaces = (a: number) => ids.flatMap((id, p) => (id === a ? [p] : []));
  return { ids, bigramPlaces, wordPlaces };
}

describe('rankQuoteBuckets', () => {
  it('ranks the bucket where the whole quote stands first, with the position of its first voter', () => {
    const text = textWith(200, [1, 2, 3, 4, 5], [150]);
    // A second, shorter copy of the quote's start elsewhere gets fewer votes.
    const echo = textWith(200, [1, 2, 3, 4, 5], [150]);
    (echo.ids as number[])[40] = 1;
    (echo.ids as number[])[41] = 2;
    const ranked = rankQuoteBuckets([1, 2, 3, 4, 5], echo, (k) => k);
    expect(ranked[0]?.bucket).toBe(Math.floor(150 / LOCATE.quote.bucket));
    expect(ranked[0]?.pos).toBe(150);
    expect(rankQuoteBuckets([1, 2, 3, 4, 5], text, (k) => k)).toHaveLength(1);
  });

  it('returns nothing when no word of the quote is in the text', () => {
    expect(rankQuoteBuckets([-1, -1], textWith(50, [], []), (k) => k)).toEqual([]);
  });
});

describe('bestClaimDiagonals', () => {
  it('finds each place a claim stands, best first and at most LOCATE.claim.maxCandidates', () => {
    const claim = [1, 2, 3, 4, 5, 6];
    const text = textWith(400, claim, [30, 120, 210, 300, 380]);
    // The copy at 120 lacks its last word: it comes after the whole copies.
    (text.ids as number[])[125] = 999;
    const diagonals = bestClaimDiagonals(claim, text, (k) => k, claimSlack(claim.length));
    expect(diagonals).toHaveLength(LOCATE.claim.maxCandidates);
    expect(diagonals).not.toContain(120);
    expect(new Set(diagonals)).toEqual(new Set([30, 210, 300, 380]));
  });

  it('keeps chosen diagonals more than twice the slack apart', () => {
    expect(claimSlack(2)).toBe(LOCATE.claim.minSlack);
    expect(claimSlack(20)).toBe(10);
    const text = textWith(100, [1, 2, 3], [10, 14]);
    expect(bestClaimDiagonals([1, 2, 3], text, (k) => k, 3)).toEqual([10]);
  });
});
