// A Vitest environment for server tests that render components: happy-dom's document and window, but Node's own
// fetch, Request, Response, Headers, AbortController, AbortSignal and FormData. The story-sync handlers sign in to the
// story server and read its Set-Cookie header, which a browser's fetch (happy-dom's) hides as a forbidden header; in
// the app they run in the main process, on Node's fetch, and so they do here. Use it with
// `// @vitest-environment happy-dom-node-fetch` (vitest.config.ts resolves the name to this file).
import type { Environment } from 'vitest/environments';
import { builtinEnvironments } from 'vitest/environments';

const NODE_KEYS = ['fetch', 'Request', 'Response', 'Headers', 'AbortController', 'AbortSignal', 'FormData'] as const;

const environment: Environment = {
  name: 'happy-dom-node-fetch',
  viteEnvironment: 'client',
  async setup(global: Record<string, unknown>, options) {
    const node = new Map(NODE_KEYS.map((key) => [key, global[key]]));
    const happy = await builtinEnvironments['happy-dom'].setup(global, options);
    // happy-dom's globals are accessors whose setter takes an override, and its teardown puts Node's back.
    for (const [key, value] of node) global[key] = value;
    return happy;
  },
};

export default environment;
