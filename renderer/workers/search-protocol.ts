// Messages between the library search hook and the search worker; results travel in the SearchHit shape that
// searchLibrary and suggestSources reply with (shared/search/hits.ts).
import type { SearchHit } from '../../shared/api/views';
import type { SearchFilters } from '../../shared/search/columns';

/** What the page asks the worker. */
export type WorkerRequest =
  /** Load a serialised index (the ArrayBuffer is transferred, not copied). */
  | { type: 'load'; key: string; buffer: ArrayBuffer }
  /** Search the loaded index; the answer carries the same seq so late answers can be dropped. */
  | { type: 'query'; seq: number; query: string; filters: SearchFilters; limit: number };

/** What the worker answers. */
export type WorkerReply =
  | { type: 'loaded'; key: string; passages: number }
  | { type: 'load-failed'; key: string; message: string }
  | { type: 'results'; seq: number; key: string | null; hits: SearchHit[] };

export { toSearchHit } from '../../shared/search/hits';
