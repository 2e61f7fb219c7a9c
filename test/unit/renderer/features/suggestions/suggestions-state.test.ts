// The Suggestions panel's pure parts: counts by kind, filtering in draft order, focus after accept or dismiss.
import { describe, expect, it } from 'vitest';
import type { SuggestionView } from '../../../../../shared/api/views';
import type { ClaimKind } from '../../../../../shared/model/claim';
import {
  filterSuggestions,
  focusAfterRemoval,
  kindCounts,
  moveFocus,
  suggestionKeyAction,
} from '../../../../../renderer/features/suggestions/suggestions-state';

function s(key: string, kind: ClaimKind, start: number): SuggestionView {
  return { key, kind, start, end: start + 5, text: key, reason: 'why', speaker: null, score: 0.5, speakerKind: null };
}

const list = [s('n2', 'number', 40), s('q1', 'quote', 10), s('n1', 'number', 20), s('d1', 'date', 30)];

describe('suggestions state', () => {
  it('counts kinds in the vocabulary order and filters in draft order', () => {
    expect(kindCounts(list)).toEqual([
      { kind: 'quote', count: 1 },
      { kind: 'number', count: 2 },
      { kind: 'date', count: 1 },
    ]);
    expect(filterSuggestions(list, 'all').map((x) => x.key)).toEqual(['q1', 'n1', 'd1', 'n2']);
    expect(filterSuggestions(list, 'number').map((x) => x.key)).toEqual(['n1', 'n2']);
  });

  it('moves focus to the suggestion that took the removed one’s place, or the one before at the end', () => {
    const ordered = filterSuggestions(list, 'all');
    expect(focusAfterRemoval(ordered, ['n1'])).toBe('d1');
    expect(focusAfterRemoval(ordered, ['n2'])).toBe('d1');
    expect(focusAfterRemoval(ordered, ['q1', 'n1', 'd1', 'n2'])).toBeNull();
    expect(moveFocus(ordered, 'q1', 1)).toBe('n1');
    expect(moveFocus(ordered, 'q1', -1)).toBe('q1');
    expect(moveFocus(ordered, 'gone', 1)).toBe('q1');
  });

  it('maps keys to actions: A or Enter accepts, D or Delete dismisses', () => {
    expect(['a', 'A', 'Enter'].map(suggestionKeyAction)).toEqual(['accept', 'accept', 'accept']);
    expect(['d', 'Delete', 'Backspace'].map(suggestionKeyAction)).toEqual(['dismiss', 'dismiss', 'dismiss']);
    expect(suggestionKeyAction('x')).toBeNull();
  });
});
