import { describe, expect, it } from 'vitest';
import { findTyped } from '../../../../../renderer/features/draft/find-typed';

const TEXT = 'The vote is expected\nto pass. Later, the vote is EXPECTED to pass again (maybe).';

describe('findTyped', () => {
  it('finds typed words ignoring case and line breaks, from an offset, wrapping around', () => {
    expect(findTyped(TEXT, 'vote is expected to pass', 0)).toEqual({ start: 4, end: 28 });
    const second = findTyped(TEXT, 'vote is expected to pass', 10);
    expect(TEXT.slice(second!.start, second!.end)).toBe('vote is EXPECTED to pass');
    expect(findTyped(TEXT, 'the vote', 70)).toEqual({ start: 0, end: 8 });
    expect(findTyped(TEXT, '(maybe)', 0)).not.toBeNull();
    expect(findTyped(TEXT, 'not here', 0)).toBeNull();
    expect(findTyped(TEXT, '   ', 0)).toBeNull();
  });
});
