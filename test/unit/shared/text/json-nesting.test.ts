import { describe, expect, it } from 'vitest';
import { jsonTooDeepAt } from '../../../../shared/text/json-nesting';

describe('jsonTooDeepAt', () => {
  it('names the line where nesting first passes the limit', () => {
    expect(jsonTooDeepAt('{"a": [[1]]}', 3)).toBeNull();
    expect(jsonTooDeepAt('{"a":\n [[[1]]]}', 3)).toBe(2);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(jsonTooDeepAt('["[[[[", "\\"[[[[[", {"k": "{{{{"}]', 2)).toBeNull();
  });
});
