import { describe, expect, it } from 'vitest';
import { canonicalWords, expandWord } from '../../../../shared/verify/canonical-words';
import { parseQuote } from '../../../../shared/verify/quote-parts';

const words = (text: string, dropStageNotes = false): string[] =>
  canonicalWords(text, { dropStageNotes }).map((w) => w.word);

describe('canonicalWords', () => {
  it('folds case, punctuation, curly and straight quotes, dashes and whitespace', () => {
    expect(words('“We’re HERE” —\tnow')).toEqual(words('"we\'re here" -- now'));
    expect(words('The rate\u2014not  the\u00a0price')).toEqual(['the', 'rate', 'not', 'the', 'price']);
  });

  it('writes contractions and spoken forms out', () => {
    expect(words("we're")).toEqual(['we', 'are']);
    expect(words("don't it's can't won't cannot")).toEqual([
      'do',
      'not',
      'it',
      'is',
      'can',
      'not',
      'will',
      'not',
      'can',
      'not',
    ]);
    expect(words("gonna wanna gotta let's they've I'll I'm")).toEqual([
      'going',
      'to',
      'want',
      'to',
      'got',
      'to',
      'let',
      'us',
      'they',
      'have',
      'i',
      'will',
      'i',
      'am',
    ]);
    expect(words('America’s neighbors’ land')).toEqual(["america's", 'neighbors', 'land']);
  });

  it('reads numbers written as words or digits alike', () => {
    expect(words('twenty-five')).toEqual(['25']);
    expect(words('twenty five')).toEqual(['25']);
    expect(words('one hundred and five')).toEqual(['105']);
    expect(words('1,500 and fifteen hundred')).toEqual(['1500', 'and', '1500']);
    expect(words('2.5 million')).toEqual(words('two million five hundred thousand'));
    expect(words('25%')).toEqual(words('twenty-five percent'));
    expect(words('25 per cent')).toEqual(['25', 'percent']);
    expect(words('one, two')).toEqual(['1', '2']);
  });

  it('leaves out stage notes in sources only', () => {
    expect(words('We will win. [Applause] (Laughter.) [inaudible] Thank you.', true)).toEqual([
      'we',
      'will',
      'win',
      'thank',
      'you',
    ]);
    expect(words('We will win [applause]')).toEqual(['we', 'will', 'win', 'applause']);
  });

  it('points every word back at its verbatim text', () => {
    const text = '“We’re  building twenty-five homes,” she said.';
    for (const w of canonicalWords(text)) expect(text.slice(w.start, w.end).length).toBeGreaterThan(0);
    const [we, are, , number] = canonicalWords(text);
    expect(text.slice(we?.start, we?.end)).toBe('We’re');
    expect(are?.start).toBe(we?.start);
    expect(text.slice(number?.start, number?.end)).toBe('twenty-five');
  });

  it('expands single words', () => {
    expect(expandWord("that's")).toEqual(['that', 'is']);
    expect(expandWord("bass's")).toEqual(["bass's"]);
  });
});

describe('parseQuote', () => {
  it('finds ellipses and brackets, and drops an ellipsis at either end', () => {
    const { items, wordCount } = parseQuote('“...we will [the city will] build . . . homes…”');
    expect(items.map((i) => i.kind)).toEqual(['word', 'word', 'bracket', 'word', 'elision', 'word']);
    expect(wordCount).toBe(4);
    const bracket = items[2];
    expect(bracket?.kind === 'bracket' && bracket.text).toBe('[the city will]');
  });

  it('treats a bracketed ellipsis as an ellipsis', () => {
    expect(parseQuote('we will [...] build').items.map((i) => i.kind)).toEqual(['word', 'word', 'elision', 'word']);
  });
});
