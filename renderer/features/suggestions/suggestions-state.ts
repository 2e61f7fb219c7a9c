// The Suggestions panel's state: which kind is shown, how much of the draft the list covers, which suggestion has the
// keyboard focus, and where focus goes after one is accepted or dismissed. Pure.
import type { ClaimKind } from '../../../shared/model/claim';
import { CLAIM_KINDS } from '../../../shared/model/claim';
import type { SuggestionView } from '../../../shared/api/views';
import { DEFAULT_SHARE, rankByScore } from '../../../shared/detect/checkworthy/cap';

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

/** The suggestions of one kind (or all), most check-worthy first (ties in draft order). */
export function filterSuggestions(suggestions: readonly SuggestionView[], kind: KindFilter): SuggestionView[] {
  return rankByScore(kind === 'all' ? suggestions : suggestions.filter((s) => s.kind === kind));
}

/** The choices of the "Sentences" control: a share of the draft's sentences, or null for every suggestion. */
export const SHARE_CHOICES: ReadonlyArray<{ share: number | null; label: string }> = [
  { share: 0.05, label: 'Top 5%' },
  { share: 0.1, label: 'Top 10%' },
  { share: DEFAULT_SHARE, label: `Top ${DEFAULT_SHARE * 100}% (default)` },
  { share: 0.25, label: 'Top 25%' },
  { share: 0.5, label: 'Top 50%' },
  { share: null, label: 'All' },
];

/** The choices with `current` among them (a share saved by hand that is not a preset gets its own entry). */
export function shareChoices(current: number | null): ReadonlyArray<{ share: number | null; label: string }> {
  if (SHARE_CHOICES.some((c) => c.share === current) || current === null) return SHARE_CHOICES;
  const own = { share: current, label: `Top ${Math.round(current * 100)}%` };
  return [...SHARE_CHOICES, own].sort((a, b) => (a.share ?? 2) - (b.share ?? 2));
}

/** What the list covers, as a sentence: "12 suggestions from the 4 most check-worthy of 28 sentences; 20 more ...". */
export function coverageSentence(
  capped: { shown: unknown[]; hidden: number; sentences: number; flaggedSentences: number },
  share: number | null,
): string {
  const n = capped.shown.length;
  const what = `${n} suggestion${n === 1 ? '' : 's'}`;
  if (share === null) return `${what}, most check-worthy first.`;
  const where = `from the ${capped.flaggedSentences} most check-worthy of ${capped.sentences} sentences`;
  return capped.hidden > 0 ? `${what} ${where}; ${capped.hidden} more with a larger share.` : `${what} ${where}.`;
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
