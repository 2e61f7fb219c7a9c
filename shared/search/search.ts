// Library search as the reporter types: parse the query, find a few hundred candidates by shared trigrams, rank them
// word by word, mark the matched words, and group the results by source.
import type { SourceType } from '../model/source';
import { findCandidates, type Candidates } from './candidates';
import { fuseRerank } from './fuse-rerank';
import { compileFilters, type SearchFilters } from './columns';
import { highlightDoc, type Highlight } from './highlight';
import { parseQuery, type ParsedQuery } from './query';
import { rankBuffers, scoreDoc, weighTerms, type Ranked } from './rank';
import type { SearchDoc } from './search-doc';
import type { SearchIndex } from './search-index';

/** One passage found, with its score (0..1, higher is better) and the matched words of its text. */
export interface SearchResult {
  doc: SearchDoc;
  score: number;
  highlights: Highlight[];
}

export interface SearchOptions {
  /** Filters besides those typed in the query (typed ones win). */
  filters?: SearchFilters;
  /** How many results at most (default 20, at most 200). */
  limit?: number;
}

/** Candidates ranked word by word: fewer when the query has many words, so a keystroke stays within a frame. */
export function candidateCount(terms: number): number {
  return terms <= 6 ? 160 : terms <= 12 ? 100 : 60;
}

/**
 * Searches the library: typo-tolerant, diacritics-insensitive, words in any order, the last word may be half typed,
 * "quoted phrases" must occur word for word, and filter words (speaker:, type:, tag:, from:, to:, in:project) narrow
 * it. Best first. A query of a single character, or of filters alone without any filter, finds nothing; filters
 * alone list the passages that pass them, in library order.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const limit = Math.max(1, Math.min(200, options.limit ?? 20));
  const parsed = parseQuery(query, options.filters ?? {});
  return runQuery(index, parsed, limit, candidateCount(parsed.terms.length));
}

/** Runs a parsed query; shared by search and suggestSources. */
export function runQuery(index: SearchIndex, parsed: ParsedQuery, limit: number, pool: number): SearchResult[] {
  const accept = compileFilters(index.columns, parsed.filters);
  const typed = parsed.terms.reduce((sum, t) => sum + t.text.length, 0);
  if (parsed.terms.length === 0 || typed < 2) return accept ? listFiltered(index, accept, limit) : [];
  const candidates = findCandidates(index, parsed.terms, accept, pool);
  return rankCandidates(index, parsed, candidates, Math.log(1 + index.docs.length), limit);
}

/**
 * Ranks the first stage's candidates word by word, then fuse.js re-scores the head; `maxRarity` is log(1 + passages
 * in the library). Shared by runQuery and the newsroom library's re-rank (library-stats.ts), which passes the
 * library-wide rarities of a server's candidates.
 */
export function rankCandidates(
  index: SearchIndex,
  parsed: ParsedQuery,
  candidates: Candidates,
  maxRarity: number,
  limit: number,
): SearchResult[] {
  const terms = weighTerms(index, parsed.terms, candidates.termRarity, maxRarity);
  const top = candidates.scores[0] ?? 1;
  const ranked: Ranked[] = [];
  const buffers = rankBuffers(terms.length);
  candidates.docs.forEach((d, i) => {
    const r = scoreDoc(index, d, terms, parsed.phrases, (candidates.scores[i] as number) / top, buffers);
    if (r) ranked.push(r);
  });
  ranked.sort((a, b) => b.score - a.score || a.d - b.d);
  const scored = fuseRerank(
    ranked.map((r) => ({ r, doc: index.docs[r.d] as SearchDoc, score: r.score })),
    parsed.terms.map((t) => t.text).join(' '),
  );
  return scored.slice(0, limit).map(({ r, doc, score }) => ({
    doc,
    score,
    highlights: highlightDoc(index, r.d, terms),
  }));
}

function listFiltered(index: SearchIndex, accept: (d: number) => boolean, limit: number): SearchResult[] {
  const out: SearchResult[] = [];
  for (let d = 0; d < index.docs.length && out.length < limit; d++) {
    if (index.removed[d] === 1 || !accept(d)) continue;
    out.push({ doc: index.docs[d] as SearchDoc, score: 1, highlights: [] });
  }
  return out;
}

/** Results of one source, in the order they were found. */
export interface SourceGroup {
  sourceId: string;
  sourceTitle: string;
  sourceType: SourceType;
  /** The best score among its results. */
  score: number;
  results: SearchResult[];
}

/** Groups results by source, the source of the best result first; each group keeps its results best first. */
export function groupBySource(results: SearchResult[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const r of results) {
    let g = groups.get(r.doc.sourceId);
    if (!g) {
      g = {
        sourceId: r.doc.sourceId,
        sourceTitle: r.doc.sourceTitle,
        sourceType: r.doc.sourceType,
        score: r.score,
        results: [],
      };
      groups.set(r.doc.sourceId, g);
    }
    g.score = Math.max(g.score, r.score);
    g.results.push(r);
  }
  return [...groups.values()];
}

/**
 * Runs a few throw-away queries so the first keystrokes after opening a library are as fast as the rest (the
 * engine's loops get compiled on first use). Call it once after buildIndex or loadIndex, in the worker.
 */
export function warmUp(index: SearchIndex): void {
  const sample = index.docs.slice(0, 50).map((d) => d.text.split(/\s+/u).slice(0, 4).join(' '));
  for (const text of sample) {
    for (let i = 3; i <= text.length; i += 3) search(index, text.slice(0, i), { limit: 10 });
  }
}
