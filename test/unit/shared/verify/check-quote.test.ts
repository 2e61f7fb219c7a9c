import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../../shared/detect';
import type { Passage } from '../../../../shared/model/source';
import { buildQuoteIndex, checkDraftQuotes, checkQuote, checkQuotes, type QuoteCheck } from '../../../../shared/verify';

/** An invented press conference: the mayor's turns, a reporter's question, a stage note. */
const TURNS: [string | null, string][] = [
  [
    'Karen Bass',
    'Good morning. We’re going to build 25 percent more housing this year — and we are not going to stop there. [Applause] The city has waited long enough.',
  ],
  ['Reporter', 'What about the budget for the fire department?'],
  [
    'Karen Bass',
    'The budget for the fire department will grow by twenty-five million dollars. Every station will be open around the clock. That is a promise I made to every neighborhood in Los Angeles.',
  ],
  [
    'Karen Bass',
    'We will also hire three hundred new firefighters before the summer, because the fire season starts earlier every year.',
  ],
];
const passages: Passage[] = TURNS.map(([speaker, text], i) => ({
  id: `pc#${i + 1}`,
  sourceId: 'pc',
  index: i,
  text,
  speaker,
  pinpoint: { label: `00:0${i}:00`, startSeconds: i * 60 },
  start: 0,
  end: text.length,
}));
const other: Passage = {
  id: 'council#1',
  sourceId: 'council',
  index: 0,
  text: 'Council President Paul Krekorian said the vote would come next week, and that the budget was balanced.',
  speaker: 'Paul Krekorian',
  pinpoint: { label: '¶ 1', paragraph: 1 },
  start: 0,
  end: 103,
};
const index = buildQuoteIndex([
  { sourceId: 'pc', title: 'Mayor’s press conference', passages },
  { sourceId: 'council', title: 'Council meeting', passages: [other] },
]);

const check = (text: string, attributedTo: string | null = 'Bass'): QuoteCheck =>
  checkQuote(index, { text, attributedTo });
const ops = (c: QuoteCheck): string => c.diff.map((d) => `${d.op}:${d.text}`).join(' | ');

describe('checkQuote verdicts', () => {
  it('exact: same words and punctuation; quote marks, outer punctuation, first-letter case and typography do not count', () => {
    const c = check('“every station will be open around the clock,”');
    expect(c.verdict).toBe('exact');
    expect(c.speakerMatch).toBe(true);
    expect(c.source).toMatchObject({ sourceId: 'pc', passageId: 'pc#3', speaker: 'Karen Bass', pinpoint: '00:02:00' });
    expect(c.source?.text).toBe('Every station will be open around the clock');
    expect(c.diff).toEqual([{ op: 'equal', text: 'every station will be open around the clock' }]);
    expect(check("We're going to build 25 percent more housing this year -- and we are not").verdict).toBe('exact');
  });

  it('punctuation: a comma, a capital or a transcription variant differs', () => {
    const comma = check('Every station will be open, around the Clock');
    expect(comma.verdict).toBe('punctuation');
    expect(ops(comma)).toContain('insert:,');
    expect(ops(comma)).toContain('insert:Clock');
    expect(check('We are gonna build 25% more housing this year').verdict).toBe('punctuation');
    expect(check('The budget for the fire department will grow by $25 million dollars').verdict).toBe('punctuation');
  });

  it('altered: words changed, added or missing, shown as a word diff', () => {
    const changed = check('Every station will stay open around the clock');
    expect(changed.verdict).toBe('altered');
    expect(changed.diff).toEqual([
      { op: 'equal', text: 'Every station will' },
      { op: 'delete', text: 'be' },
      { op: 'insert', text: 'stay' },
      { op: 'equal', text: 'open around the clock' },
    ]);
    const missing = check('We will hire three hundred firefighters before the summer');
    expect(missing.verdict).toBe('altered');
    expect(ops(missing)).toContain('delete:also');
    expect(ops(missing)).toContain('delete:new');
    const added = check('Every single station will be open around the clock');
    expect(added.verdict).toBe('altered');
    expect(ops(added)).toContain('insert:single');
  });

  it('stitched: parts that are not adjacent, joined without an ellipsis, each located', () => {
    const c = check(
      'Every station will be open around the clock and we will hire three hundred new firefighters before the summer',
    );
    expect(c.verdict).toBe('stitched');
    expect(c.parts?.length).toBe(2);
    expect(c.parts?.[0]).toMatchObject({ pinpoint: '00:02:00', text: 'Every station will be open around the clock' });
    const reversed = check('The city has waited long enough. We’re going to build 25 percent more housing this year');
    expect(reversed.verdict).toBe('stitched');
    expect(reversed.parts?.map((p) => p.passageId)).toEqual(['pc#1', 'pc#1']);
  });

  it('ellipsis: the elided words are shown and the quote counts as exact', () => {
    const c = check('The budget for the fire department … every neighborhood in Los Angeles');
    expect(c.verdict).toBe('exact');
    const elided = c.diff.find((d) => d.op === 'elided');
    expect(elided?.text).toBe(
      'will grow by twenty-five million dollars. Every station will be open around the clock. That is a promise I made to',
    );
    expect(check('The budget for the fire department...will grow').verdict).toBe('exact');
  });

  it('brackets: a journalist’s insertion is shown with the words it stands for', () => {
    const c = check('That is a promise [Bass] made to every neighborhood in Los Angeles');
    expect(c.verdict).toBe('exact');
    expect(c.diff).toContainEqual({ op: 'bracket', text: '[Bass]', replaces: 'I' });
    const lead = check('[The mayor] will also hire three hundred new firefighters');
    expect(lead.verdict).toBe('exact');
    expect(lead.diff[0]).toEqual({ op: 'bracket', text: '[The mayor]' });
  });

  it('not found: nothing like it in the sources', () => {
    const c = check('We will lower rents for every family in the valley by next spring.');
    expect(c).toMatchObject({ verdict: 'not-found', speakerMatch: null, source: null, diff: [] });
    expect(check('…').verdict).toBe('not-found');
  });

  it('paraphrase: a close passage exists but the wording is the reporter’s', () => {
    const c = check(
      'The mayor promised every neighborhood in Los Angeles that stations would stay open around the clock.',
    );
    expect(c.verdict).toBe('paraphrase');
    expect(c.source?.passageId).toBe('pc#3');
  });
});

describe('checkQuote speaker, context and passages', () => {
  it('flags a quote given to the wrong person and cannot check a pronoun', () => {
    expect(check('Every station will be open around the clock', 'Paul Krekorian').speakerMatch).toBe(false);
    expect(check('Every station will be open around the clock', 'Mayor Karen Bass').speakerMatch).toBe(true);
    expect(check('Every station will be open around the clock', 'she').speakerMatch).toBeNull();
    expect(check('the vote would come next week', 'Krekorian')).toMatchObject({ verdict: 'exact', speakerMatch: true });
  });

  it('shows the sentences around the match', () => {
    const c = check('Every station will be open around the clock');
    expect(c.context.before).toBe('The budget for the fire department will grow by twenty-five million dollars. ');
    expect(c.context.after).toBe('. That is a promise I made to every neighborhood in Los Angeles.');
  });

  it('finds a quote that runs over two passages and ignores stage notes inside it', () => {
    const c = check(
      'That is a promise I made to every neighborhood in Los Angeles. We will also hire three hundred new firefighters',
    );
    expect(c.verdict).toBe('exact');
    expect(c.source?.pinpoint).toBe('00:02:00–00:03:00');
    expect(check('we are not going to stop there. The city has waited long enough').verdict).toBe('exact');
  });

  it('checks a batch in order, and a draft’s quotes in the CLI shape', () => {
    const batch = checkQuotes(index, [
      { text: 'Every station will be open around the clock', attributedTo: null },
      { text: 'Nobody said this at all, not once', attributedTo: null },
    ]);
    expect(batch.map((c) => c.verdict)).toEqual(['exact', 'not-found']);
    const draft =
      'Mayor Karen Bass promised more homes. “Every station will be open around the clock,” Bass said.\n\n' +
      '“We will hire 300 new firefighters before the summer,” said Paul Krekorian.';
    const { quotes } = checkDraftQuotes(index, suggestClaims(draft));
    expect(quotes.map((q) => [q.verdict, q.speakerMatch])).toEqual([
      ['exact', true],
      ['altered', false],
    ]);
    expect(quotes[0]).toMatchObject({
      attributedTo: 'Karen Bass',
      source: { pinpoint: '00:02:00', speaker: 'Karen Bass' },
    });
    expect(draft.slice(quotes[1]?.start, quotes[1]?.end)).toBe(quotes[1]?.text);
  });

  it('returns not found for an empty library', () => {
    expect(checkQuote(buildQuoteIndex([]), { text: 'Anything at all', attributedTo: null }).verdict).toBe('not-found');
  });
});

describe('context around a match', () => {
  it('names the speaker of a neighbouring passage when someone else said it', () => {
    const c = check('The budget for the fire department will grow by twenty-five million dollars.');
    expect(c.context.before).toMatch(/^Reporter: What about the budget for the fire department\?/);
  });
});

describe('a replaced last word', () => {
  it('shows the source word it replaced as deleted, not only the new word as added', () => {
    const c = check('We will also hire three hundred new firefighters before the autumn');
    expect(c.verdict).toBe('altered');
    expect(ops(c)).toMatch(/delete:summer \| insert:autumn$/);
  });
});
