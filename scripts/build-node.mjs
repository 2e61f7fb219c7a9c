// Bundles the Node side of Factdesk with esbuild: the Electron main process, the preload (one CommonJS file,
// since a sandboxed preload cannot require local files), the CLI and the browser harness server.
// Runs as the package's `prepare` script, so an entry that does not exist yet is skipped with a note.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(root, 'dist', 'electron');
const packageVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

/** Every bundle: source entry (from the repository root) and output file name in dist/electron. */
export const ENTRIES = [
  { entry: 'electron/main.ts', out: 'main.cjs' },
  { entry: 'electron/preload.ts', out: 'preload.cjs' },
  { entry: 'electron/cli.ts', out: 'cli.cjs' },
  { entry: 'electron/web.ts', out: 'web.cjs' },
  // The DOCX conversion runs in a worker thread with a time limit and a heap cap; it loads this file.
  { entry: 'electron/importers/docx-worker.ts', out: 'docx-worker.cjs' },
  // Source imports (parse, save, index) run in a worker thread so the main loop never waits on a large file.
  { entry: 'electron/importers/sources/import-worker.ts', out: 'import-worker.cjs' },
];

/**
 * Packages loaded from node_modules at run time instead of being bundled: Electron itself; jsdom, which resolves its
 * own files by path (its synchronous-XHR worker) and so cannot live inside one bundle file; and pouchdb (a shared
 * story's replica, electron/sync/pouch.ts), whose LevelDB store is the native leveldown module.
 * electron-builder.yml copies these packages (and what they depend on) into the installers.
 */
export const EXTERNAL_MODULES = ['electron', 'jsdom', 'pouchdb'];

// ESM sources may read import.meta.url; in a CommonJS bundle it becomes the bundle's own file URL.
const importMetaBanner = "const __factdeskImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/** The esbuild options for one entry. */
export function buildOptions({ entry, out }) {
  const isPreload = out === 'preload.cjs';
  return {
    absWorkingDir: root,
    entryPoints: [path.join(root, entry)],
    outfile: path.join(outDir, out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: EXTERNAL_MODULES,
    sourcemap: true,
    // The preload runs in the sandbox, where only 'electron' and a few built-ins can be required.
    minify: isPreload,
    banner: isPreload ? undefined : { js: importMetaBanner },
    define: isPreload
      ? undefined
      : { 'import.meta.url': '__factdeskImportMetaUrl', __FACTDESK_VERSION__: JSON.stringify(packageVersion) },
    logLevel: 'warning',
    legalComments: 'none',
  };
}

/** The entries whose source file exists; a one-line note for each that does not. */
export function presentEntries(log = console.log) {
  return ENTRIES.filter(({ entry }) => {
    if (existsSync(path.join(root, entry))) return true;
    log(`build-node: ${entry} does not exist yet; skipped.`);
    return false;
  });
}

async function main() {
  const entries = presentEntries();
  const started = performance.now();
  const results = await Promise.allSettled(entries.map((entry) => esbuild.build(buildOptions(entry))));
  const failed = results.filter((result) => result.status === 'rejected');
  if (failed.length > 0) {
    console.error(`build-node: ${failed.length} bundle(s) failed (see the errors above).`);
    process.exit(1);
  }
  const names = entries.map(({ out }) => out).join(', ');
  console.log(
    `build-node: built ${names || 'nothing'} into dist/electron in ${Math.round(performance.now() - started)} ms.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
