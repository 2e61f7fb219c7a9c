// The development loop: esbuild watches the Node side, `vite build --watch` rebuilds the renderer, and Electron
// is restarted whenever the main process bundle changes (a renderer rebuild only needs View > Reload).
import { spawn } from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { buildOptions, presentEntries, root } from './build-node.mjs';
import { requireNode } from './node-version.mjs';
import { findElectron, runElectron } from './start-electron.mjs';

requireNode('app');
const { binary: electron, problem } = findElectron();
if (!electron) {
  console.error(problem);
  process.exit(1);
}

let app = null;
let started = false;
let stopping = false;
let restartTimer = null;

function startApp() {
  started = true;
  app = runElectron(electron, process.argv.slice(2));
  const current = app;
  current.on('exit', (code) => {
    if (app !== current || stopping) return;
    // The user quit Factdesk: end the loop too.
    shutdown(code ?? 0);
  });
}

function restartApp() {
  clearTimeout(restartTimer);
  restartTimer = setTimeout(() => {
    const previous = app;
    app = null;
    if (previous && previous.exitCode === null) {
      previous.once('exit', startApp);
      previous.kill('SIGTERM');
    } else {
      startApp();
    }
  }, 150);
}

const contexts = [];
const mainReady = [];
for (const entry of presentEntries()) {
  const watchesMain = entry.out === 'main.cjs' || entry.out === 'preload.cjs';
  let first = true;
  let resolveReady;
  if (watchesMain) mainReady.push(new Promise((resolve) => (resolveReady = resolve)));
  const plugin = {
    name: 'factdesk-restart',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0) {
          console.error(`dev: ${entry.out} has errors; Electron keeps running the last good build.`);
          return;
        }
        if (!watchesMain) return;
        if (first) {
          first = false;
          resolveReady();
        } else if (started && !stopping) {
          console.log(`dev: ${entry.out} rebuilt; restarting Factdesk.`);
          restartApp();
        }
      });
    },
  };
  const context = await esbuild.context({ ...buildOptions(entry), plugins: [plugin] });
  contexts.push(context);
  await context.watch();
}

const vite = spawn(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--watch'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const rendererReady = new Promise((resolve) => {
  const forward = (stream, target) =>
    stream.on('data', (chunk) => {
      target.write(chunk);
      // The first build has ended, well or not: a failed renderer build keeps the last good dist/renderer.
      if (/built in|build failed|error/i.test(String(chunk))) resolve();
    });
  forward(vite.stdout, process.stdout);
  forward(vite.stderr, process.stderr);
});
vite.on('exit', (code) => {
  if (!stopping) {
    console.error(`dev: vite stopped (exit code ${code}).`);
    shutdown(code ?? 1);
  }
});

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled(contexts.map((context) => context.dispose()));
  if (vite.exitCode === null) vite.kill('SIGTERM');
  if (app && app.exitCode === null) app.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

await Promise.all([...mainReady, rendererReady]);
console.log(
  'dev: starting Factdesk. A change in electron/ restarts it; after a change in renderer/, use View > Reload.',
);
startApp();
