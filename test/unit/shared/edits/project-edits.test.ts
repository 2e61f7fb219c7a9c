import { describe, expect, it } from 'vitest';
import { kindOfSpan } from '../../../../shared/edits/project-edits';

const DRAFT = [
  'Council approves bridge repairs',
  '"We are ahead of schedule and under budget," said Mayor Ruth Okafor on Tuesday.',
  'The repairs will cost $4.2 million, and the bridge is expected to reopen in September.',
].join('\n\n');

describe('kindOfSpan', () => {
  it('gives a marked span the kind of the suggestion it matches, quotes with or without their marks', () => {
    const quote = DRAFT.indexOf('"We are');
    const closing = DRAFT.indexOf('budget,"') + 'budget,"'.length;
    expect(kindOfSpan(DRAFT, quote, closing)).toBe('quote');
    expect(kindOfSpan(DRAFT, quote + 1, closing - 2)).toBe('quote');
    const money = DRAFT.indexOf('$4.2 million');
    expect(kindOfSpan(DRAFT, money, money + '$4.2 million'.length)).toBe('number');
    expect(kindOfSpan(DRAFT, 0, 7)).toBe('other');
  });
});
