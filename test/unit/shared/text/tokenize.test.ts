import { describe, expect, it } from 'vitest';
import { countWords, tokenizeWords } from '../../../../shared/text/tokenize';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);

describe('tokenizeWords', () => {
  it('keeps apostrophes inside words and numbers with their separators', () => {
    expect(words("Don't say the Mayor\u2019s 1,500.25 dollars, 'twas 3.")).toEqual([
      "Don't",
      'say',
      'the',
      'Mayor\u2019s',
      '1,500.25',
      'dollars',
      'twas',
      '3',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = '  Zo\u00eb, "quoted" word.';
    for (const t of tokenizeWords(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokenizeWords(text)[0]).toEqual({ word: 'Zo\u00eb', start: 2, end: 5 });
  });

  it('makes each CJK character a token and keeps Hangul, Arabic and Hebrew words whole', () => {
    expect(words('東京都に行く 서울 특별시 مرحبا بالعالم שלום')).toEqual([
      '東',
      '京',
      '都',
      'に',
      '行',
      'く',
      '서울',
      '특별시',
      'مرحبا',
      'بالعالم',
      'שלום',
    ]);
  });

  it('keeps combining marks, ZWNJ words and emoji sequences whole', () => {
    expect(
      words(
        'Zoe\u0308 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1F44D}\u{1F3FD} \u{1F1EB}\u{1F1F7}',
      ),
    ).toEqual([
      'Zoe\u0308',
      '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
      '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
      '\u{1F44D}\u{1F3FD}',
      '\u{1F1EB}\u{1F1F7}',
    ]);
  });

  it('counts words', () => {
    expect(countWords('One, two -- three.')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});
