// The search worker's logic without the worker: holds one loaded index and answers queries. Kept apart from
// search-worker.ts so it runs (and is tested) in plain Node with a real index.
import { search } from '../../shared/search/search';
import type { SearchIndex } from '../../shared/search/search-index';
import { loadIndex } from '../../shared/search/serialize';
import { toSearchHit } from './search-protocol';
import type { WorkerReply, WorkerRequest } from './search-protocol';

/** Handles one request at a time; returns the reply to post. */
export interface SearchEngine {
  handle(request: WorkerRequest): WorkerReply;
}

/** An engine with no index loaded: queries answer with no hits until a 'load' succeeds. */
export function createSearchEngine(): SearchEngine {
  let loaded: { key: string; index: SearchIndex } | null = null;
  return {
    handle(request) {
      if (request.type === 'load') {
        const result = loadIndex(new Uint8Array(request.buffer));
        if (!result.ok) return { type: 'load-failed', key: request.key, message: result.error.message };
        loaded = { key: request.key, index: result.value };
        return { type: 'loaded', key: request.key, passages: result.value.docs.length };
      }
      if (!loaded) return { type: 'results', seq: request.seq, key: null, hits: [] };
      const results = search(loaded.index, request.query, { filters: request.filters, limit: request.limit });
      return { type: 'results', seq: request.seq, key: loaded.key, hits: results.map(toSearchHit) };
    },
  };
}
