// Keys for suggestions that survive edits elsewhere in the draft, so a dismissal is remembered in later versions,
// plus grouping by kind for "accept all of a kind".
import type { ClaimKind } from '../model/claim';
import type { Suggestion } from './types';

/** A suggestion with its stable key (the shape the Api sends to the renderer). */
export type KeyedSuggestion = Suggestion & { key: string };

const CONTEXT_WORDS = 3;

/** Folds what changes between imports without changing meaning: Unicode form, case, quote style, spacing. */
function normalise(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”„«»「」『』"]/gu, '"')
    .replace(/[‘’‚‹›']/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** FNV-1a, 32 bits, as 8 hex digits: short, pure and stable across runs and machines. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function words(s: string): string[] {
  return normalise(s).split(' ').filter(Boolean);
}

/**
 * The key of a suggestion: `kind:hash(text):hash(context)`, where the text is normalised and the context is the three
 * words either side. Edits anywhere else in the draft leave it unchanged, so does re-typing its quote marks.
 */
export function dismissalKey(text: string, s: Pick<Suggestion, 'start' | 'end' | 'kind'>): string {
  const before = words(text.slice(Math.max(0, s.start - 80), s.start)).slice(-CONTEXT_WORDS);
  const after = words(text.slice(s.end, s.end + 80)).slice(0, CONTEXT_WORDS);
  return `${s.kind}:${hash(normalise(text.slice(s.start, s.end)))}:${hash(`${before.join(' ')}|${after.join(' ')}`)}`;
}

/** Adds keys; a key repeated in one draft (the same words in the same context) gets "#2", "#3" so each is unique. */
export function keySuggestions(text: string, suggestions: Suggestion[]): KeyedSuggestion[] {
  const seen = new Map<string, number>();
  return suggestions.map((s) => {
    const base = dismissalKey(text, s);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...s, key: n === 1 ? base : `${base}#${n}` };
  });
}

const textPart = (key: string): string => key.split(':').slice(0, 2).join(':');

/**
 * Drops dismissed suggestions. A suggestion is dismissed when its key is in `dismissedKeys`, or when its context
 * changed but its kind and text are unique in this draft and were dismissed exactly once before (the reporter
 * dismissed "the largest", then edited the words around it).
 */
export function filterDismissed(
  suggestions: Suggestion[],
  dismissedKeys: Iterable<string>,
  text: string,
): KeyedSuggestion[] {
  const dismissed = new Set(dismissedKeys);
  const dismissedText = new Map<string, number>();
  for (const key of dismissed) dismissedText.set(textPart(key), (dismissedText.get(textPart(key)) ?? 0) + 1);
  const keyed = keySuggestions(text, suggestions);
  const current = new Map<string, number>();
  for (const s of keyed) current.set(textPart(s.key), (current.get(textPart(s.key)) ?? 0) + 1);
  return keyed.filter((s) => {
    if (dismissed.has(s.key)) return false;
    const part = textPart(s.key);
    return !(current.get(part) === 1 && dismissedText.get(part) === 1);
  });
}

/** Groups suggestions by kind, each group in draft order, for "accept all numbers" and per-kind counts. */
export function groupByKind<T extends Suggestion>(suggestions: T[]): Map<ClaimKind, T[]> {
  const groups = new Map<ClaimKind, T[]>();
  for (const s of suggestions) {
    const group = groups.get(s.kind);
    if (group) group.push(s);
    else groups.set(s.kind, [s]);
  }
  return groups;
}
