// Runs the DOCX conversion in a worker thread with a heap cap and a time limit, so a hostile or huge document can
// neither freeze nor exhaust the main process: the thread is terminated when time runs out.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocxWorkerData, DocxWorkerReply } from './docx-worker';

export type DocxConversion =
  | DocxWorkerReply
  | { ok: false; stage: 'timeout' }
  | { ok: false; stage: 'memory' }
  | { ok: false; stage: 'crash'; reason: string };

/** Starts a thread from TypeScript sources through tsx (development and tests). */
const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require(workerData.tsxRegister).register();
require(workerData.entry);
`;

interface WorkerLaunch {
  script: string | URL;
  eval: boolean;
  extraData: Record<string, string>;
}

/**
 * Where the worker is: next to this module as docx-worker.cjs in the bundle (dist/electron), or the TypeScript
 * source run through tsx when this module itself runs from source.
 */
function workerLaunch(): WorkerLaunch {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    const require = createRequire(here);
    return {
      script: TS_BOOTSTRAP,
      eval: true,
      extraData: {
        entry: fileURLToPath(new URL('./docx-worker.ts', here)),
        tsxRegister: require.resolve('tsx/cjs/api'),
      },
    };
  }
  // In the packaged app the worker file is unpacked beside app.asar (electron-builder's asarUnpack), since a worker
  // thread reads its script from the real file system.
  const script = fileURLToPath(new URL('./docx-worker.cjs', here)).replace(
    /([\\/])app\.asar([\\/])/,
    '$1app.asar.unpacked$2',
  );
  return { script, eval: false, extraData: {} };
}

export interface RunningConversion {
  result: Promise<DocxConversion>;
  /** Stops the thread now; `result` then resolves with stage 'crash'. */
  cancel(): void;
}

/**
 * Starts converting DOCX bytes (already through the zip gate) to HTML in a worker thread. `result` resolves with the
 * worker's reply, or with stage 'timeout' after `timeoutMs`, 'memory' when the thread ran out of its `memoryMb`
 * heap, or 'crash'. The caller's bytes are copied, never transferred.
 */
export function startDocxConversion(bytes: Uint8Array, timeoutMs: number, memoryMb: number): RunningConversion {
  const launch = workerLaunch();
  const copy = new Uint8Array(bytes);
  const data: DocxWorkerData & Record<string, unknown> = { bytes: copy, ...launch.extraData };
  let cancel = (): void => {};
  const result = new Promise<DocxConversion>((resolve) => {
    let settled = false;
    const worker = new Worker(launch.script, {
      eval: launch.eval,
      workerData: data,
      transferList: [copy.buffer],
      // A 64 MB young generation measured fastest for mammoth's many short-lived objects.
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb) },
      stdout: true,
      stderr: true,
    });
    // The thread's own output is not the user's business; drain it so it never piles up.
    worker.stdout.resume();
    worker.stderr.resume();
    const settle = (outcome: DocxConversion): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ ok: false, stage: 'timeout' }), timeoutMs);
    worker.once('message', (reply: DocxWorkerReply) => settle(reply));
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') settle({ ok: false, stage: 'memory' });
      else settle({ ok: false, stage: 'crash', reason: error.message });
    });
    worker.once('exit', (code) =>
      settle({ ok: false, stage: 'crash', reason: `the conversion stopped (exit code ${code})` }),
    );
    cancel = () => settle({ ok: false, stage: 'crash', reason: 'cancelled' });
  });
  return { result, cancel: () => cancel() };
}
