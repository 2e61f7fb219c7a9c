// `npm run build` and the build step of `npm start` and `npm run web`: bundles the Node side (build-node.mjs) and
// the renderer (vite build), then writes dist/build-stamp.json, a fingerprint of every source the build reads, so a
// start with unchanged sources skips the build. `node scripts/build.mjs --if-changed` builds only when needed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folders and files whose contents go into the build (every file under the folders). */
export const BUILD_INPUTS = [
  'electron',
  'renderer',
  'shared',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.base.json',
  'tsconfig.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
  'tsconfig.shared.json',
  'scripts/build.mjs',
  'scripts/build-node.mjs',
];

/** Files the build writes; when one is missing the build runs whatever the stamp says. */
export const BUILD_OUTPUTS = [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/electron/cli.cjs',
  'dist/electron/web.cjs',
  'dist/renderer/index.html',
];

const STAMP = path.join('dist', 'build-stamp.json');

/** Every file under `relative` (a file or a folder), as sorted paths relative to `base`. */
function filesUnder(base, relative) {
  const full = path.join(base, relative);
  if (!existsSync(full)) return [];
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch {
    return [relative];
  }
  return entries
    .flatMap((entry) => filesUnder(base, path.join(relative, entry.name)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A SHA-256 over the path and contents of every build input under `base`: changes exactly when a source does. */
export function sourceFingerprint(base = root, inputs = BUILD_INPUTS) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => filesUnder(base, input))) {
    hash.update(file.split(path.sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(path.join(base, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Why the build under `base` must run again, or null when dist/ was built from the sources as they are now. */
export function staleReason(base = root, inputs = BUILD_INPUTS, outputs = BUILD_OUTPUTS) {
  const missing = outputs.find((output) => !existsSync(path.join(base, output)));
  if (missing) return `${missing} is missing`;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(base, STAMP), 'utf8'));
  } catch {
    return 'there is no record of the last build';
  }
  return stamp && stamp.sources === sourceFingerprint(base, inputs) ? null : 'sources changed since the last build';
}

/** Records that dist/ under `base` now matches its sources. */
export function writeStamp(base = root, inputs = BUILD_INPUTS) {
  const stamp = { sources: sourceFingerprint(base, inputs), builtAt: new Date().toISOString() };
  writeFileSync(path.join(base, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Runs both bundlers with their output shown; returns true when both succeeded. */
function runBuild() {
  const steps = [
    [path.join(root, 'scripts', 'build-node.mjs')],
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
  ];
  for (const args of steps) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) return false;
  }
  return true;
}

/**
 * Builds when the sources changed since the last build (or always, with `force`); `build` does the work and returns
 * whether it succeeded. Returns 'built', 'current' or 'failed'.
 */
export function buildIfChanged({ base = root, force = false, build = runBuild, log = console.log } = {}) {
  const reason = force ? 'asked to build' : staleReason(base);
  if (!reason) {
    log('Factdesk is already built from these sources; skipping the build.');
    return 'current';
  }
  if (!force) log(`Building Factdesk (${reason})...`);
  if (!build()) return 'failed';
  writeStamp(base);
  return 'built';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outcome = buildIfChanged({ force: !process.argv.includes('--if-changed') });
  if (outcome === 'failed') {
    console.error('Factdesk could not be built (see the errors above).');
    process.exit(1);
  }
}
