// Library search as the reporter types: the index from getSearchIndex is loaded into a Web Worker (the ArrayBuffer
// transferred, not copied) and every keystroke is a query there; answers that arrive after a newer query are
// dropped by sequence number. The index is fetched again on 'libraryChanged' and loaded only when its key changed.
// Without Worker (or when it fails) the same search runs in the main process through searchLibrary, and so does every
// search when a newsroom library is configured: the main process asks its server beside the local index, and says
// when it could not be reached (`newsroom`).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api, NewsroomStatus } from '../../../shared/api/contract';
import type { SearchHit } from '../../../shared/api/views';
import { useApiEvent } from '../../app/ApiProvider';
import type { WorkerReply, WorkerRequest } from '../../workers/search-protocol';
import { filtersToQuery, isSearching, toSearchFilters } from './library-state';
import type { FilterForm } from './library-state';

/** How many passages a search shows at most. */
export const SEARCH_LIMIT = 60;

export interface LibrarySearch {
  /** 'worker' once the index is loaded there; 'main' when searching through searchLibrary instead. */
  mode: 'loading' | 'worker' | 'main';
  hits: SearchHit[];
  /** The query and filters the hits answer (null before the first answer). */
  answered: { query: string; form: FilterForm } | null;
  /** A problem worth showing (the index could not be read), or null. */
  problem: string | null;
  /** How the newsroom library answered the last search; null when none is configured. */
  newsroom: NewsroomStatus;
  run(query: string, form: FilterForm): void;
}

/** Own bytes for transfer: a view on part of a bigger buffer is copied first, so nothing else is detached. */
function transferable(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer;
  }
  return bytes.slice().buffer as ArrayBuffer;
}

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('../../workers/search-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** Search over both libraries of the open project. */
export function useLibrarySearch(api: Api, projectId: string | null): LibrarySearch {
  const [mode, setMode] = useState<LibrarySearch['mode']>('loading');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [answered, setAnswered] = useState<LibrarySearch['answered']>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [newsroom, setNewsroom] = useState<NewsroomStatus>(null);
  const worker = useRef<Worker | null>(null);
  const modeRef = useRef<LibrarySearch['mode']>('loading');
  const seq = useRef(0);
  const asked = useRef(new Map<number, { query: string; form: FilterForm }>());
  const last = useRef<{ query: string; form: FilterForm } | null>(null);
  const loadedKey = useRef<string | null>(null);

  const send = useCallback(
    (query: string, form: FilterForm) => {
      const n = ++seq.current;
      last.current = { query, form };
      if (!isSearching(query, form) || !projectId) {
        setHits([]);
        setAnswered({ query, form });
        return;
      }
      if (modeRef.current === 'worker' && worker.current) {
        asked.current.clear();
        asked.current.set(n, { query, form });
        const request: WorkerRequest = {
          type: 'query',
          seq: n,
          query,
          filters: toSearchFilters(form),
          limit: SEARCH_LIMIT,
        };
        worker.current.postMessage(request);
        return;
      }
      if (modeRef.current === 'main') {
        const words = `${query} ${filtersToQuery(form)}`.trim();
        void api.searchLibrary({ projectId, query: words, limit: SEARCH_LIMIT }).then((result) => {
          if (n !== seq.current) return;
          if (result.ok) {
            setHits(result.value.hits);
            setNewsroom(result.value.newsroom);
            setAnswered({ query, form });
          } else setProblem(result.error.message);
        });
      }
      // While the index is loading the query waits in `last` and runs once it is ready.
    },
    [api, projectId],
  );

  const switchTo = useCallback(
    (next: LibrarySearch['mode']) => {
      modeRef.current = next;
      setMode(next);
      if (next !== 'loading' && last.current) send(last.current.query, last.current.form);
    },
    [send],
  );

  const loadIndex = useCallback(async () => {
    if (!projectId) return;
    if (!worker.current) {
      switchTo('main');
      return;
    }
    const reply = await api.getSearchIndex({ projectId });
    if (!reply.ok) {
      setProblem(reply.error.message);
      switchTo('main');
      return;
    }
    // A newsroom library is searched in the main process, beside the local index there.
    if (reply.value.newsroom) {
      switchTo('main');
      return;
    }
    if (reply.value.key === loadedKey.current) return;
    const request: WorkerRequest = { type: 'load', key: reply.value.key, buffer: transferable(reply.value.bytes) };
    worker.current?.postMessage(request, [request.buffer]);
  }, [api, projectId, switchTo]);

  useEffect(() => {
    if (!projectId) return;
    const w = startWorker();
    worker.current = w;
    loadedKey.current = null;
    modeRef.current = 'loading';
    if (w) {
      w.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'loaded') {
          loadedKey.current = reply.key;
          setProblem(null);
          switchTo('worker');
        } else if (reply.type === 'load-failed') {
          setProblem(reply.message);
          switchTo('main');
        } else if (reply.seq === seq.current) {
          const q = asked.current.get(reply.seq);
          setHits(reply.hits);
          if (q) setAnswered(q);
        }
      };
      w.onerror = () => {
        worker.current = null;
        w.terminate();
        switchTo('main');
      };
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the mode changes when the index arrives, not now
    void loadIndex();
    return () => {
      w?.terminate();
      worker.current = null;
    };
  }, [projectId, loadIndex, switchTo]);

  useApiEvent('libraryChanged', (event) => {
    if (event.projectId !== projectId) return;
    if (modeRef.current === 'main') {
      if (last.current) send(last.current.query, last.current.form);
    } else void loadIndex();
  });

  return { mode, hits, answered, problem, newsroom, run: send };
}
