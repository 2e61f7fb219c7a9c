// Dismissal keys that survive edits elsewhere, filtering, and grouping by kind.
import { describe, expect, it } from 'vitest';
import { dismissalKey, filterDismissed, groupByKind, keySuggestions } from '../../../../shared/detect/dismissals';
import { suggestClaims } from '../../../../shared/detect/suggest';

const v1 = 'The council met Monday.\n\nThe fire burned 14,000 acres, the largest since 2018. Crews expect rain.';
const v2 =
  'The full council met on Monday night after a long delay.\n\nThe fire burned 14,000 acres, the largest since 2018. Crews expect rain.';

describe('dismissals', () => {
  it('gives the same key after an edit elsewhere in the draft', () => {
    const a = suggestClaims(v1).find((s) => s.text === '14,000');
    const b = suggestClaims(v2).find((s) => s.text === '14,000');
    expect(a && b).toBeTruthy();
    if (!a || !b) return;
    expect(dismissalKey(v1, a)).toBe(dismissalKey(v2, b));
    expect(dismissalKey(v1, a)).toMatch(/^number:[0-9a-f]{8}:[0-9a-f]{8}$/);
  });

  it('ignores quote style and spacing in the key', () => {
    const curly = '“We will rebuild,” Bass said.';
    const straight = '"We  will rebuild," Bass said.';
    const [a] = suggestClaims(curly);
    const [b] = suggestClaims(straight);
    if (!a || !b) throw new Error('quotes expected');
    expect(dismissalKey(curly, a)).toBe(dismissalKey(straight, b));
  });

  it('filters dismissed suggestions in a later version, also when the words around a unique one changed', () => {
    const first = keySuggestions(v1, suggestClaims(v1));
    const dismissed = first.filter((s) => s.text === '14,000' || s.text === 'the largest').map((s) => s.key);
    const edited = v2.replace('the largest since', 'the largest wildfire since');
    const left = filterDismissed(suggestClaims(edited), dismissed, edited).map((s) => s.text);
    expect(left).not.toContain('14,000');
    expect(left).not.toContain('the largest');
    expect(left).toContain('2018');
  });

  it('makes keys unique when the same words repeat in the same context', () => {
    const t = 'It rose 5%.\n\nIt rose 5%.';
    const keys = keySuggestions(t, suggestClaims(t)).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('groups suggestions by kind in draft order', () => {
    const groups = groupByKind(suggestClaims(v1));
    expect(groups.get('number')?.map((s) => s.text)).toEqual(['14,000']);
    expect(groups.get('date')?.map((s) => s.text)).toEqual(['Monday', '2018']);
  });
});
