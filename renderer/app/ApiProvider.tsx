// Provides the Api to the React tree. The only module that reads window.factdesk (the Electron preload's Bridge);
// without it the renderer runs in the browser harness and talks to the local server over HTTP instead.
import { createContext, useContext, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { Api, Bridge, EventName, Events } from '../../shared/api/contract';
import { createHttpBridge, takeHarnessToken } from './http-bridge';
import { mediaUrl } from '../features/sources/media-url';
import type { MediaTarget } from '../features/sources/media-url';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts through contextBridge; absent in the browser harness. */
    factdesk?: Bridge;
  }
}

const BridgeContext = createContext<Bridge | null>(null);

/** Finds the Bridge for this window: the preload's, or one over HTTP when a harness token is known; null otherwise. */
export function resolveBridge(): Bridge | null {
  if (window.factdesk) return window.factdesk;
  const token = takeHarnessToken(window.location, window.history, window.sessionStorage);
  if (!token) return null;
  return createHttpBridge(token, {
    fetch: window.fetch.bind(window),
    openEvents: typeof EventSource === 'function' ? (url) => new EventSource(url) : undefined,
  });
}

/** Makes `bridge` available to useApi() and useApiEvent() below it. */
export function ApiProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

function useBridge(): Bridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useApi() is used outside <ApiProvider>.');
  return bridge;
}

/** The Api for components: every call returns a Result, never throws. */
export function useApi(): Api {
  return useBridge().api;
}

/** In the browser harness, the address of an exported file to download or open; null in the desktop app. */
export function useExportFileUrl(): Bridge['exportFileUrl'] | null {
  const bridge = useBridge();
  return bridge.exportFileUrl ? bridge.exportFileUrl.bind(bridge) : null;
}

/**
 * Builds the address a source's recording plays from: the harness's (with its token) in the browser, the app
 * protocol's path in the desktop app.
 */
export function useMediaUrl(): (target: MediaTarget) => string {
  const bridge = useBridge();
  return bridge.mediaUrl ? bridge.mediaUrl.bind(bridge) : (target) => mediaUrl(target, null);
}

/** Subscribes to one main-side event for the life of the component; the latest listener is always called. */
export function useApiEvent<E extends EventName>(event: E, listener: (payload: Events[E]) => void): void {
  const bridge = useBridge();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => bridge.on(event, (payload) => latest.current(payload)), [bridge, event]);
}
