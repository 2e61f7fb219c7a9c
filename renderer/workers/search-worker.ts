// The library's search index in a Web Worker, so typing a search never blocks the page: it receives the serialised
// index (a transferred ArrayBuffer), then answers queries in the order they came (see search-engine.ts).
import { createSearchEngine } from './search-engine';
import type { WorkerReply, WorkerRequest } from './search-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const engine = createSearchEngine();

scope.onmessage = (event) => {
  try {
    scope.postMessage(engine.handle(event.data));
  } catch (error) {
    const request = event.data;
    const message = `Factdesk could not search the library: ${error instanceof Error ? error.message : String(error)}`;
    if (request.type === 'load') scope.postMessage({ type: 'load-failed', key: request.key, message });
    else scope.postMessage({ type: 'results', seq: request.seq, key: null, hits: [] });
  }
};
