// Runs the DOCX conversion in a worker thread with a heap cap and a time limit, so a hostile or huge document can
// neither freeze nor exhaust the main process: the thread is terminated when time runs out.
import { Worker } from 'node:worker_threads';
import { workerLaunch } from './worker-launch';
import type { DocxWorkerData, DocxWorkerReply } from './docx-worker';

export type DocxConversion =
  | DocxWorkerReply
  | { ok: false; stage: 'timeout' }
  | { ok: false; stage: 'memory' }
  | { ok: false; stage: 'crash'; reason: string };

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
  const launch = workerLaunch(import.meta.url, 'docx-worker');
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
