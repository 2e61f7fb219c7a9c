// Suggested sources for a claim: the library passages most likely to support it, found by the claim's telling words
// (content words, numbers and names weigh most; stems and typos tolerated, word order free), matched words marked.
import type { SearchFilters } from './columns';
import type { QueryTerm } from './query';
import { MAX_TERMS } from './query';
import { runQuery, type SearchResult } from './search';
import type { SearchIndex } from './search-index';
import { foldWords, isNumberWord, isStopWord, stem } from './words';

/**
 * The weakest score a suggestion may have. Measured on the search fixtures (test/unit/shared/search/suggest.test.ts):
 * every hand-written paraphrase finds its source sentence at 0.30 or more (the weakest, a Roosevelt paraphrase
 * sharing two words with "fear itself", at 0.301), while the best passage for each of fifteen local-news claims
 * the speeches say nothing about scores 0.12 to 0.298, on one or two shared common words ("budget", "40", "city").
 */
export const MIN_SUGGESTION_SCORE = 0.3;

/** Ranked candidate passages looked at for a claim: more than for a typed query, since claims are paraphrases. */
const SUGGEST_POOL = 300;

/**
 * The passages most likely to support `claimText`, best first (score 0..1), each with its matched words marked;
 * passages scoring under MIN_SUGGESTION_SCORE (a word or two in common by chance) are left out.
 * Quotation marks in the claim are read as text, not as an exact-phrase request. Stop words count only when the
 * claim has nothing else; numbers count one and a half times, names (capitalised words not opening a sentence)
 * 1.4 times.
 */
export function suggestSources(
  index: SearchIndex,
  claimText: string,
  limit = 10,
  filters: SearchFilters = {},
): SearchResult[] {
  const terms = claimTerms(claimText);
  return runQuery(index, { terms, phrases: [], filters }, Math.max(1, Math.min(200, limit)), SUGGEST_POOL).filter(
    (r) => r.score >= MIN_SUGGESTION_SCORE,
  );
}

/** The weighted words of a claim, at most MAX_TERMS of them (the most telling kept, in the claim's order). */
export function claimTerms(claimText: string): QueryTerm[] {
  const text = claimText.slice(0, 4000);
  const folded = foldWords(text);
  const seen = new Set<string>();
  const all: QueryTerm[] = [];
  for (const w of folded.words) {
    if (seen.has(w.word)) continue;
    seen.add(w.word);
    const at = folded.norm.toOriginal[w.start] as number;
    const first = text[at] ?? '';
    const before = text.slice(Math.max(0, at - 3), at);
    const opensSentence = at === 0 || /[.!?:"“]\s*$/u.test(before);
    const name = first !== first.toLowerCase() && !opensSentence;
    all.push({
      text: w.word,
      stem: stem(w.word),
      partial: false,
      stop: isStopWord(w.word),
      number: isNumberWord(w.word),
      phrase: -1,
      boost: name ? 1.4 : 1,
    });
  }
  const content = all.filter((t) => !t.stop);
  const chosen = content.length ? content : all;
  if (chosen.length <= MAX_TERMS) return chosen;
  const rank = (t: QueryTerm): number =>
    (t.number ? 30 : 0) + ((t.boost ?? 1) > 1 ? 20 : 0) + Math.min(t.text.length, 15);
  const keep = new Set([...chosen].sort((a, b) => rank(b) - rank(a)).slice(0, MAX_TERMS));
  return chosen.filter((t) => keep.has(t));
}
