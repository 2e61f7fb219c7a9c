// Superlatives, firsts, onlys and records.
import { describe, expect, it } from 'vitest';
import { findSuperlatives } from '../../../../shared/detect/superlatives';

const texts = (t: string): string[] => findSuperlatives(t).map((s) => t.slice(s.start, s.end));

describe('findSuperlatives', () => {
  it('finds superlatives with their determiner or possessive', () => {
    expect(
      texts(
        'The largest fire, the nation’s second-highest rate, the most expensive plan and the fastest-growing city.',
      ),
    ).toEqual(['The largest', 'the nation’s second-highest', 'the most expensive', 'the fastest-growing']);
  });

  it('finds firsts, onlys and records', () => {
    expect(
      texts(
        "A first-ever win, the first woman to lead, the club's first championship, only the third object, a record for the system.",
      ),
    ).toEqual(['first-ever', 'the first woman', "the club's first championship", 'only the third object', 'a record']);
  });

  it('skips quantities and ordinary firsts', () => {
    expect(
      texts('At least 40 came, most residents left, the first week of July, the team’s first game, court records.'),
    ).toEqual([]);
  });
});
