// Find-in-source: case- and accent-insensitive matches with offsets into the passages' own text.
import { describe, expect, it } from 'vitest';
import { findInTexts, foldWithMap, stepMatch } from '../../../../../renderer/features/sources/find-in-source';

describe('findInTexts', () => {
  it('finds every occurrence across passages, ignoring case and accents', () => {
    const texts = ['José said the bridge', 'BRIDGE works, jose', 'nothing'];
    expect(findInTexts(texts, 'jose')).toEqual([
      { passage: 0, start: 0, end: 4 },
      { passage: 1, start: 14, end: 18 },
    ]);
    const bridge = findInTexts(texts, 'Bridge');
    expect(bridge.map((m) => texts[m.passage]?.slice(m.start, m.end))).toEqual(['bridge', 'BRIDGE']);
  });

  it('maps offsets back through decomposed letters and line breaks', () => {
    const nfd = 'Zoe\u0308 Ortiz said\nno';
    const [match] = findInTexts([nfd], 'zoë ortiz');
    expect(match && nfd.slice(match.start, match.end)).toBe('Zoe\u0308 Ortiz');
    const [wrapped] = findInTexts([nfd], 'said no');
    expect(wrapped && nfd.slice(wrapped.start, wrapped.end)).toBe('said\nno');
    expect(foldWithMap('É').folded).toBe('e');
  });

  it('finds nothing for an empty query', () => {
    expect(findInTexts(['anything'], '   ')).toEqual([]);
  });
});

describe('stepMatch', () => {
  it('wraps around both ways and starts at the first or last', () => {
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(3, -1, 1)).toBe(0);
    expect(stepMatch(3, -1, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});
