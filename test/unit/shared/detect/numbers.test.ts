// Numbers: separators, decimals, percentages, money, ranges, ordinals, words; years and labels left out.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../../shared/detect/numbers';

const texts = (t: string): string[] => findNumbers(t).map((n) => t.slice(n.start, n.end));
const reasons = (t: string): string[] => findNumbers(t).map((n) => n.reason);

describe('findNumbers', () => {
  it('finds counts, decimals, percentages and money with their scale', () => {
    expect(
      texts('It cost $1.2 million, €300, £5bn and $18-million; 14,000 acres; 2.5 percent; 38%; 12 per cent.'),
    ).toEqual(['$1.2 million', '€300', '£5bn', '$18-million', '14,000', '2.5 percent', '38%', '12 per cent']);
    expect(reasons('$1.2 million and 45% and 3,400')).toEqual(['Amount of money', 'Percentage', 'Number']);
  });

  it('keeps ranges, scores, ordinals and compounds whole', () => {
    expect(
      texts('They won 3-1 after a 9-4 vote, in 12 to 18 months, in the 74th minute of an 82-year-old rivalry.'),
    ).toEqual(['3-1', '9-4', '12 to 18', '74th', '82-year-old']);
  });

  it('finds numbers written in words but not "one" or idioms', () => {
    expect(
      texts('About two-thirds of residents, a dozen homes, three families and half of the votes; one of them.'),
    ).toEqual(['two-thirds', 'a dozen', 'three', 'half']);
  });

  it('leaves years, decades, identifiers and numbered names to others', () => {
    expect(
      texts('In 2019 and the 1990s and the ’90s, object 3I/2025 K2, Local 696, District 4 and Highway 101.'),
    ).toEqual([]);
  });
});
