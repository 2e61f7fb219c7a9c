import { describe, expect, it } from 'vitest';
import { editDistance, editSimilarity, isNearWord } from '../../../../shared/text/edit-distance';

describe('editDistance', () => {
  it('counts typed, dropped, changed and swapped letters', () => {
    expect(editDistance('years', 'years')).toBe(0);
    expect(editDistance('yers', 'years')).toBe(1);
    expect(editDistance('yeras', 'years')).toBe(1);
    expect(editDistance('battle-field', 'battlefield')).toBe(1);
    expect(editDistance('September', 'October')).toBe(5);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops at the limit', () => {
    expect(editDistance('dedicate', 'consecrate', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('editSimilarity', () => {
  it('is 1 for the same text and falls with the edits', () => {
    expect(editSimilarity('Liberty', 'Liberty')).toBe(1);
    expect(editSimilarity('Libertty', 'Liberty')).toBeCloseTo(7 / 8);
    expect(editSimilarity('', '')).toBe(1);
  });
});

describe('isNearWord', () => {
  it('takes a typo fix or a changed ending for the same word, never a short word', () => {
    expect(isNearWord('yers', 'years')).toBe(true);
    expect(isNearWord('honored', 'honoured')).toBe(true);
    expect(isNearWord('task', 'tasks')).toBe(true);
    expect(isNearWord('war', 'was')).toBe(false);
    expect(isNearWord('September', 'October')).toBe(false);
    expect(isNearWord('dedicate', 'consecrate')).toBe(false);
  });
});
