// Builds the renderer (renderer/ -> dist/renderer) for Electron's file:// window and the browser harness alike.
// Relative asset paths, no remote sources; the strict CSP in index.html is relaxed only for the dev server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/** Strict policy shipped in renderer/index.html. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The dev server injects an inline React Refresh preamble, inline <style> tags and a websocket; the built app
 * needs none of them. This relaxes the policy while serving only, never in dist/.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'factdesk-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      const dev =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self' ws: wss:; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'";
      return html.replace(STRICT_CSP, dev);
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devContentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // Keep every asset a file: data: URLs for fonts or images would be allowed, but files are easier to audit.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1', strictPort: true },
});
