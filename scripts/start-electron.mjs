// `npm start`: checks the Node.js version, builds when the sources changed, finds the Electron binary (Electron 45
// downloads it the first time it is used, not on `npm install`; a failed download is one sentence, never a stack),
// runs it on the app folder and exits with Electron's exit code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireNode } from './node-version.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/**
 * The Electron executable from node_modules/electron (path.txt names it inside dist/), or null when it is not
 * there. ELECTRON_OVERRIDE_DIST_PATH points at another Electron folder, as it does for the electron package itself.
 */
export function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return existsSync(binary) ? binary : null;
  }
  const binary = path.join(electronDir, 'dist', relative);
  return relative && existsSync(binary) ? binary : null;
}

/** The Electron version in node_modules, for the sentences below. */
export function electronVersion(dir = electronDir) {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return '45';
  }
}

/** The first "SomeError: message" line of the installer's output ("fetch failed"), without the stack under it. */
export function installerReason(output) {
  const line = output
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => /^[A-Za-z]*Error\b.*:/.test(text));
  return line ? line.replace(/^[A-Za-z]*Error[^:]*:\s*/, '') : '';
}

/** The sentence printed when Electron could not be downloaded: what happened and what to do. */
export function downloadFailedSentence(version, reason) {
  const why = reason ? `${reason}: no network, or a proxy or firewall in the way?` : 'no network?';
  return (
    `Factdesk could not download Electron ${version} (${why}). Run "npx electron --version" once with internet ` +
    'access to download it, set ELECTRON_MIRROR to a mirror you can reach, or use "npm run web" to work in a browser.'
  );
}

/**
 * Runs Electron's own installer (node_modules/electron/install.js) quietly. Resolves with null when the binary is
 * now there, or with the sentence to print when the download failed. `env` reaches the installer (ELECTRON_MIRROR,
 * electron_config_cache).
 */
export function downloadElectron({ env = process.env, dir = electronDir } = {}) {
  const installer = path.join(dir, 'install.js');
  if (!existsSync(installer)) return MISSING_ELECTRON;
  const result = spawnSync(process.execPath, [installer], { cwd: dir, env, encoding: 'utf8' });
  if (result.status === 0 && electronBinary()) return null;
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}\n${result.error?.message ?? ''}`;
  return downloadFailedSentence(electronVersion(dir), installerReason(output));
}

/** The Electron executable, downloading it once if it is missing; else the sentence saying what to do. */
export function findElectron({ env = process.env, log = console.log } = {}) {
  const found = electronBinary();
  if (found) return { binary: found };
  log(`Factdesk: downloading Electron ${electronVersion()} (about 100 MB, once)...`);
  const problem = downloadElectron({ env });
  const binary = problem ? null : electronBinary();
  return binary ? { binary } : { problem: problem ?? MISSING_ELECTRON };
}

/** The sentence printed when Electron cannot be found. */
export const MISSING_ELECTRON =
  'Factdesk could not find the Electron binary: run "npx electron --version" once with internet access to download it (or use "npm run web" to try Factdesk in a browser).';

/** Spawns Electron on the app folder with the given extra arguments; resolves with its exit code. */
export function runElectron(binary, args = [], options = {}) {
  const child = spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit', env: process.env, ...options });
  return child;
}

async function main() {
  requireNode('app');
  const { buildIfChanged } = await import('./build.mjs');
  if (buildIfChanged() === 'failed') {
    console.error('Factdesk could not be built (see the errors above), so the app was not started.');
    process.exit(1);
  }
  const { binary, problem } = findElectron();
  if (!binary) {
    console.error(problem);
    process.exit(1);
  }
  const child = runElectron(binary, process.argv.slice(2));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Factdesk could not start Electron (${binary}): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
