// The Suggestions panel's state: which kind is shown and which suggestion has the keyboard focus, and where focus
// goes after one is accepted or dismissed. Pure.
import type { ClaimKind } from '../../../shared/model/claim';
import { CLAIM_KINDS } from '../../../shared/model/claim';
import type { SuggestionView } from '../../../shared/api/views';

export type KindFilter = ClaimKind | 'all';

/** Plural words for "Accept all ...". */
export const KIND_PLURALS: Record<ClaimKind, string> = {
  quote: 'direct quotes',
  number: 'numbers',
  date: 'dates',
  attribution: 'attributions',
  prediction: 'predictions',
  superlative: 'superlatives and firsts',
  name: 'names and titles',
  other: 'other suggestions',
};

/** The kinds present in the list with their counts, in the order of CLAIM_KINDS. */
export function kindCounts(suggestions: readonly SuggestionView[]): Array<{ kind: ClaimKind; count: number }> {
  const counts = new Map<ClaimKind, number>();
  for (const s of suggestions) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  return CLAIM_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

/** The suggestions of one kind (or all), in draft order. */
export function filterSuggestions(suggestions: readonly SuggestionView[], kind: KindFilter): SuggestionView[] {
  const list = kind === 'all' ? [...suggestions] : suggestions.filter((s) => s.kind === kind);
  return list.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Which suggestion should hold the focus after `removed` leave the list: the one that took the first removed one's
 * place, else the one before it; null when the list is empty.
 */
export function focusAfterRemoval(list: readonly SuggestionView[], removed: readonly string[]): string | null {
  const gone = new Set(removed);
  const first = list.findIndex((s) => gone.has(s.key));
  const remaining = list.filter((s) => !gone.has(s.key));
  if (remaining.length === 0) return null;
  if (first < 0) return remaining[0]?.key ?? null;
  const before = list.slice(0, first).filter((s) => !gone.has(s.key)).length;
  return (remaining[before] ?? remaining[remaining.length - 1])?.key ?? null;
}

/** The key `by` places away from `current` (clamped at the ends); the first key when `current` is not in the list. */
export function moveFocus(list: readonly SuggestionView[], current: string | null, by: number): string | null {
  if (list.length === 0) return null;
  const at = list.findIndex((s) => s.key === current);
  if (at < 0) return list[0]?.key ?? null;
  return list[Math.max(0, Math.min(list.length - 1, at + by))]?.key ?? null;
}

/** What a keydown on a focused suggestion means, or null for keys the list does not use. */
export function suggestionKeyAction(key: string): 'accept' | 'dismiss' | 'next' | 'previous' | 'first' | 'last' | null {
  switch (key) {
    case 'a':
    case 'A':
    case 'Enter':
      return 'accept';
    case 'd':
    case 'D':
    case 'Delete':
    case 'Backspace':
      return 'dismiss';
    case 'ArrowDown':
    case 'j':
      return 'next';
    case 'ArrowUp':
    case 'k':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}
