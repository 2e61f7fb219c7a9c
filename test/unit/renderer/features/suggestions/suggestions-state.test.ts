// The Suggestions panel's pure parts: counts by kind, filtering best first, the "Cover" choices and the coverage
// sentence, focus after accept or dismiss.
import { describe, expect, it } from 'vitest';
import type { SuggestionView } from '../../../../../shared/api/views';
import type { ClaimKind } from '../../../../../shared/model/claim';
import {
  SHARE_CHOICES,
  coverageSentence,
  filterSuggestions,
  focusAfterRemoval,
  kindCounts,
  moveFocus,
  shareChoices,
  suggestionKeyAction,
} from '../../../../../renderer/features/suggestions/suggestions-state';

function s(key: string, kind: ClaimKind, start: number, score = 0.5): SuggestionView {
  return { key, kind, start, end: start + 5, text: key, reason: 'why', speaker: null, score, speakerKind: null };
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

  it('lists the most check-worthy first, ties in draft order', () => {
    const scored = [
      s('a', 'number', 10, 0.2),
      s('b', 'date', 20, 0.9),
      s('c', 'number', 30, 0.9),
      s('d', 'quote', 5, 0.4),
    ];
    expect(filterSuggestions(scored, 'all').map((x) => x.key)).toEqual(['b', 'c', 'd', 'a']);
    expect(filterSuggestions(scored, 'number').map((x) => x.key)).toEqual(['c', 'a']);
  });

  it('offers shares from 5% to every suggestion, 15% marked as the default, and keeps a share saved by hand', () => {
    expect(SHARE_CHOICES.map((c) => c.share)).toEqual([0.05, 0.1, 0.15, 0.25, 0.5, null]);
    expect(SHARE_CHOICES[2]?.label).toBe('Top 15% (default)');
    expect(shareChoices(0.15)).toBe(SHARE_CHOICES);
    expect(shareChoices(0.3).map((c) => c.share)).toEqual([0.05, 0.1, 0.15, 0.25, 0.3, 0.5, null]);
  });

  it('says what the list covers and what it leaves out', () => {
    const shown = [s('a', 'number', 1), s('b', 'date', 2)];
    expect(coverageSentence({ shown, hidden: 5, sentences: 20, flaggedSentences: 2 }, 0.15)).toBe(
      '2 suggestions from the 2 most check-worthy of 20 sentences; 5 more with a larger share.',
    );
    expect(coverageSentence({ shown, hidden: 0, sentences: 20, flaggedSentences: 2 }, 0.15)).toBe(
      '2 suggestions from the 2 most check-worthy of 20 sentences.',
    );
    expect(coverageSentence({ shown, hidden: 0, sentences: 20, flaggedSentences: 2 }, null)).toBe(
      '2 suggestions, most check-worthy first.',
    );
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
