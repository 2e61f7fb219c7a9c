// Where a worker thread's script is: beside the bundle as <name>.cjs in dist/electron (unpacked from app.asar in the
// packaged app), or the TypeScript source started through tsx when the caller itself runs from source (tests, dev).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Starts a thread from TypeScript sources through tsx (development and tests). */
const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require(workerData.tsxRegister).register();
require(workerData.entry);
`;

export interface WorkerLaunch {
  script: string | URL;
  eval: boolean;
  /** Goes into workerData beside the caller's own data. */
  extraData: Record<string, string>;
}

/**
 * How to start the worker `name` (its source is `<name>.ts` beside the calling module, its bundle `<name>.cjs` beside
 * the calling bundle); `here` is the caller's import.meta.url.
 */
export function workerLaunch(here: string, name: string): WorkerLaunch {
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    const require = createRequire(here);
    return {
      script: TS_BOOTSTRAP,
      eval: true,
      extraData: {
        entry: fileURLToPath(new URL(`./${name}.ts`, here)),
        tsxRegister: require.resolve('tsx/cjs/api'),
      },
    };
  }
  // In the packaged app worker files are unpacked beside app.asar (electron-builder's asarUnpack), since a worker
  // thread reads its script from the real file system.
  const script = fileURLToPath(new URL(`./${name}.cjs`, here)).replace(
    /([\\/])app\.asar([\\/])/,
    '$1app.asar.unpacked$2',
  );
  return { script, eval: false, extraData: {} };
}
