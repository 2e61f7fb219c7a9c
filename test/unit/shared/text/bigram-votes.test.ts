import { describe, expect, it } from 'vitest';
import { castBigramVotes, type VoteOptions, type VoteText } from '../../../../shared/text/bigram-votes';

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
