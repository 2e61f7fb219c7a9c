// One library interface, two homes: the local library (the project's sources and the personal library, searched
// through one index on this computer) and the newsroom library (PostgreSQL, newsroom-library.ts) both answer a typed
// query with SearchHits, each marked with where it lives. The search handler asks every library at once and merges
// their answers into one ranked list: the newsroom's page is re-ranked by the same engine, so scores compare.
import { ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { LibraryHome } from '../../shared/model/source';
import type { SearchFilters } from '../../shared/search/columns';
import type { SearchHit } from '../../shared/search/hits';
import type { SearchIndex } from '../../shared/search/search-index';
import { search } from '../../shared/search/search';
import { toSearchHit } from '../../shared/search/hits';

export interface LibrarySearchOptions {
  limit?: number;
  filters?: SearchFilters;
}

/** A place passages live in that answers a typed query (typos, phrases, speaker: type: tag: from: to: filters). */
export interface Library {
  /** Where its hits live. */
  readonly homes: readonly LibraryHome[];
  /** Best first, at most `limit`; a refusal when the library cannot be read or reached. */
  search(query: string, options?: LibrarySearchOptions): Promise<Result<SearchHit[]>>;
}

/** The project's sources and the personal library, through the project's search index. */
export class LocalLibrary implements Library {
  readonly homes = ['project', 'personal'] as const;

  constructor(private readonly index: () => Promise<SearchIndex>) {}

  async search(query: string, options: LibrarySearchOptions = {}): Promise<Result<SearchHit[]>> {
    const index = await this.index();
    return ok(search(index, query, { limit: options.limit ?? 20, filters: options.filters ?? {} }).map(toSearchHit));
  }
}

/**
 * Several libraries' answers as one list, best score first, at most `limit`. On equal scores the order of `lists`
 * holds (local before newsroom), and within a list its own order.
 */
export function mergeHits(lists: readonly SearchHit[][], limit: number): SearchHit[] {
  return lists
    .flatMap((list, which) => list.map((hit, rank) => ({ hit, which, rank })))
    .sort((a, b) => b.hit.score - a.hit.score || a.which - b.which || a.rank - b.rank)
    .slice(0, limit)
    .map((e) => e.hit);
}
