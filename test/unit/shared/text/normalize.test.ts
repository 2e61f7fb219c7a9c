import { describe, expect, it } from 'vitest';
import {
  normalizeForMatching,
  normalizeForSearch,
  toNormalizedOffset,
  toOriginalRange,
  type NormalizedText,
} from '../../../../shared/text/normalize';
import { tokenizeWords } from '../../../../shared/text/tokenize';
import { snapRangeToGraphemes } from '../../../../shared/text/graphemes';

const TRICKY = [
  'Zoe\u0308 Kr\u00fcger met Jose\u0301 in Malmo\u0308.', // NFD and NFC mixed
  'First line\r\nsecond\tline\u00a0with  spaces\r\n\r\nnew paragraph',
  'The family \u{1F468}\u200D\u{1F469}\u200D\u{1F467} and the flag \u{1F1EB}\u{1F1F7} arrived \u{1F44D}\u{1F3FD}.',
  'She said \u202B\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD\u202C and \u2067\u0645\u0631\u062D\u0628\u0627\u2069 twice.',
  'zero\u200Bwidth\u200Cjoin\u2060er and soft\u00ADhyphen\uFEFF',
  'The rate\u2014not the price\u2014rose; prices -- wages \u2013 rents \u2212 costs',
  '\u201CWe\u2019re here,\u201D he said \u2018twice\u2019\u2026',
  'a\u0301\u0323 e\u0323\u0301 \u1100\u1161\u11A8 q\u0307\u0323 \u0130stanbul \u039F\u0394\u03A3',
];

/** Every word of the normalised text maps back to verbatim text that normalises to the same word. */
function roundTrips(source: string, norm: NormalizedText, again: (text: string) => NormalizedText): void {
  for (const token of tokenizeWords(norm.text)) {
    const range = toOriginalRange(norm, token.start, token.end);
    const snapped = snapRangeToGraphemes(source, range.start, range.end);
    expect(again(source.slice(range.start, range.end)).text).toBe(token.word);
    expect(again(source.slice(snapped.start, snapped.end)).text).toContain(token.word);
  }
}

describe('normalizeForMatching', () => {
  it('folds NFD to NFC, case, whitespace, dashes and quotes', () => {
    expect(normalizeForMatching('Zoe\u0308 SAID').text).toBe('zo\u00eb said');
    expect(normalizeForMatching('one\r\n\r\ntwo\t three\u00a0four').text).toBe('one two three four');
    expect(normalizeForMatching('rate\u2014not -- price \u2013 rent \u2212 cost').text).toBe(
      'rate-not-price-rent-cost',
    );
    expect(normalizeForMatching('\u201CWe\u2019re\u201D \u2018it\u2019 \u00ABnon\u00BB 5\u2032 6\u2033').text).toBe(
      '"we\'re" \'it\' "non" 5\' 6"',
    );
    expect(normalizeForMatching('Wait\u2026').text).toBe('wait...');
  });

  it('removes zero-width, bidi control and variation-selector characters', () => {
    expect(normalizeForMatching('zero\u200Bwidth\u200D \u202Bshalom\u202C \u2066x\u2069 \u2764\uFE0F').text).toBe(
      'zerowidth shalom x \u2764',
    );
  });

  it('can keep case', () => {
    expect(normalizeForMatching('The  President', { foldCase: false }).text).toBe('The President');
  });

  it('maps every index and the end back into the verbatim text', () => {
    for (const source of TRICKY) {
      const norm = normalizeForMatching(source);
      expect(norm.toOriginal.length).toBe(norm.text.length + 1);
      expect(norm.toOriginal[norm.text.length]).toBe(source.length);
      for (let k = 0; k < norm.text.length; k++) {
        expect(norm.toOriginal[k]).toBeLessThan(norm.toOriginalEnd[k] as number);
        if (k > 0) expect(norm.toOriginal[k]).toBeGreaterThanOrEqual(norm.toOriginal[k - 1] as number);
      }
      roundTrips(source, norm, (t) => normalizeForMatching(t));
      roundTrips(source, normalizeForSearch(source), normalizeForSearch);
    }
  });

  it('maps a composed letter back to all of its decomposed source', () => {
    const source = 'Zoe\u0308 left';
    const norm = normalizeForMatching(source);
    expect(toOriginalRange(norm, 0, 3)).toEqual({ start: 0, end: 4 });
    expect(toOriginalRange(norm, 4, 8)).toEqual({ start: 5, end: 9 });
  });

  it('leaves trailing invisible characters out of a mapped range', () => {
    const source = 'word\u200B\u200F next';
    const norm = normalizeForMatching(source);
    expect(toOriginalRange(norm, 0, 4)).toEqual({ start: 0, end: 4 });
    expect(toOriginalRange(norm, 5, 9)).toEqual({ start: 7, end: 11 });
  });

  it('handles a case change that alters the length', () => {
    const source = '\u0130stanbul';
    const norm = normalizeForMatching(source);
    expect(norm.text).toBe('i\u0307stanbul');
    const at = norm.text.indexOf('stanbul');
    expect(toOriginalRange(norm, at, at + 7)).toEqual({ start: 1, end: 8 });
  });

  it('finds the normalised index of a verbatim offset', () => {
    const norm = normalizeForMatching('a  \r\n b');
    expect(toNormalizedOffset(norm, 0)).toBe(0);
    expect(toNormalizedOffset(norm, 6)).toBe(2);
    expect(toNormalizedOffset(norm, 7)).toBe(3);
  });
});

describe('normalizeForSearch', () => {
  it('lets "Zoe" find "Zoë", in NFC and in NFD', () => {
    for (const source of ['Interview with Zo\u00eb Baird', 'Interview with Zoe\u0308 Baird']) {
      const norm = normalizeForSearch(source);
      const at = norm.text.indexOf(normalizeForSearch('Zoe').text);
      expect(at).toBeGreaterThanOrEqual(0);
      const range = toOriginalRange(norm, at, at + 3);
      expect(source.slice(range.start, range.end).normalize('NFC')).toBe('Zo\u00eb');
    }
  });

  it('folds letters without a combining mark and vowel signs readers leave out', () => {
    expect(normalizeForSearch('\u00D8resund Stra\u00DFe \u0141\u00F3d\u017A \u00C6sir').text).toBe(
      'oresund strasse lodz aesir',
    );
    expect(normalizeForSearch('\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD').text).toBe('\u05E9\u05DC\u05D5\u05DD');
  });
});
