// Starts the built Factdesk app in Electron: finds the Electron binary (downloading it once through Electron's
// own installer when it is missing), runs it on the app folder and exits with Electron's exit code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The Electron executable, running Electron's installer once if it is missing; null when there is still none. */
export function findElectron() {
  const found = electronBinary();
  if (found) return found;
  const installer = path.join(electronDir, 'install.js');
  if (existsSync(installer)) {
    console.log('Factdesk: the Electron binary is missing; trying to download it once...');
    spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: 'inherit' });
  }
  return electronBinary();
}

/** The sentence printed when Electron cannot be found. */
export const MISSING_ELECTRON =
  'Factdesk could not find the Electron binary: run "node node_modules/electron/install.js" on a machine with internet access (or use "npm run web" to try Factdesk in a browser).';

/** Spawns Electron on the app folder with the given extra arguments; resolves with its exit code. */
export function runElectron(binary, args = [], options = {}) {
  const child = spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit', env: process.env, ...options });
  return child;
}

async function main() {
  const binary = findElectron();
  if (!binary) {
    console.error(MISSING_ELECTRON);
    process.exit(1);
  }
  if (!existsSync(path.join(root, 'dist', 'electron', 'main.cjs'))) {
    console.error('Factdesk is not built yet: run "npm run build" first (or "npm start", which builds and starts).');
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
