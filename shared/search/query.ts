// Reads what a reporter types into the library search box: free words in any order (the last one may be half
// typed), "quoted phrases" that must match exactly, and filter words speaker:, type:, tag:, from:, to:, in:.
import { SOURCE_TYPES, type SourceType } from '../model/source';
import type { SearchFilters } from './columns';
import { foldedWordList, isNumberWord, isStopWord, stem } from './words';

/** One word of the query, folded. */
export interface QueryTerm {
  text: string;
  stem: string;
  /** The word still being typed: its prefix counts as a match. */
  partial: boolean;
  stop: boolean;
  number: boolean;
  /** Which phrase it belongs to, or -1 for a free word. */
  phrase: number;
  /** Extra weight (names in a claim); 1 when absent. */
  boost?: number;
}

/** A quoted phrase: folded words that must follow each other in the passage. */
export interface QueryPhrase {
  words: string[];
  /** The closing quote is not typed yet, so the last word may be partial. */
  open: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  phrases: QueryPhrase[];
  filters: SearchFilters;
}

const FILTER_KEYS = ['speaker', 'type', 'tag', 'from', 'to', 'in'] as const;
/** Free words beyond this many are dropped (the least telling first): a pasted page reads as its key words. */
export const MAX_TERMS = 24;
const MAX_QUERY_CHARS = 4000;

const TOKEN = /(\w+):(?:"([^"]*)"?|(\S*))|"([^"]*)("?)|(\S+)/gu;

/** Parses a typed query. Filters in `base` are kept; filter words in the query add to or replace them. */
export function parseQuery(raw: string, base: SearchFilters = {}): ParsedQuery {
  const text = raw.slice(0, MAX_QUERY_CHARS).replace(/[“”„‟″«»]/gu, '"');
  const filters: SearchFilters = { ...base, tags: [...(base.tags ?? [])] };
  const phrases: QueryPhrase[] = [];
  const terms: QueryTerm[] = [];
  const endsOpen = !/[\s"]$/u.test(text);
  const free: { words: string[]; phrase: number; lastCanBePartial: boolean }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const atEnd = m.index + m[0].length >= text.length;
    const key = m[1]?.toLowerCase();
    if (key !== undefined && (FILTER_KEYS as readonly string[]).includes(key)) {
      applyFilter(filters, key as (typeof FILTER_KEYS)[number], (m[2] ?? m[3] ?? '').trim());
      continue;
    }
    if (m[4] !== undefined) {
      const words = foldedWordList(m[4]);
      if (!words.length) continue;
      const open = m[5] !== '"';
      phrases.push({ words, open: open && atEnd });
      free.push({ words, phrase: phrases.length - 1, lastCanBePartial: open && atEnd });
      continue;
    }
    free.push({ words: foldedWordList(m[0]), phrase: -1, lastCanBePartial: atEnd && endsOpen });
  }
  free.forEach((group, g) => {
    group.words.forEach((word, i) => {
      const partial = g === free.length - 1 && i === group.words.length - 1 && group.lastCanBePartial;
      terms.push({
        text: word,
        stem: stem(word),
        partial,
        stop: isStopWord(word),
        number: isNumberWord(word),
        phrase: group.phrase,
      });
    });
  });
  if (!filters.tags?.length) delete filters.tags;
  return { terms: limitTerms(terms), phrases, filters };
}

/** Keeps at most MAX_TERMS words: phrase words first, then the longest non-stop words, in their typed order. */
function limitTerms(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  const unique = terms.filter((t) => {
    const key = `${t.text}|${t.partial}|${t.phrase}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= MAX_TERMS) return unique;
  const rank = (t: QueryTerm): number => (t.phrase >= 0 ? 1000 : 0) + (t.stop ? 0 : 100) + Math.min(t.text.length, 20);
  const keep = new Set(
    unique
      .map((t, i) => ({ t, i }))
      .sort((a, b) => rank(b.t) - rank(a.t) || a.i - b.i)
      .slice(0, MAX_TERMS)
      .map((x) => x.i),
  );
  return unique.filter((_, i) => keep.has(i));
}

function applyFilter(filters: SearchFilters, key: (typeof FILTER_KEYS)[number], value: string): void {
  if (!value) return;
  switch (key) {
    case 'speaker':
      filters.speaker = value;
      return;
    case 'type': {
      const wanted = foldedWordList(value).join('-');
      const types = SOURCE_TYPES.filter((t) => t === wanted || t.startsWith(wanted));
      // An unknown type matches nothing rather than everything.
      filters.sourceType = types.length ? [...types] : ['' as SourceType];
      return;
    }
    case 'tag':
      filters.tags = [...(filters.tags ?? []), value];
      return;
    case 'from':
      filters.from = value;
      return;
    case 'to':
      filters.to = value;
      return;
    case 'in': {
      const v = value.toLowerCase();
      if ('project'.startsWith(v)) filters.library = 'project';
      else if ('personal'.startsWith(v)) filters.library = 'personal';
      return;
    }
  }
}
