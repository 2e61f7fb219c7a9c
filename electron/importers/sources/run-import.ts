// Starts a source import in a worker thread (import-worker.ts) and follows it from the main process: progress as it
// comes, a cancel that stops the thread at its next pause, and the reply as a Result. The main loop only passes
// messages, so the app, the harness and search stay responsive whatever the size of the file. Small files are read
// in this process, where they take less time than starting a thread.
import { promises as fs } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import { displayName } from '../draft-result';
import { workerLaunch } from '../worker-launch';
import { resolveLimits, tooManyBytes } from './limits';
import { runImport } from './import-worker';
import type { ImportWorkerCommand, ImportWorkerData, ImportWorkerMessage, ParsedSummary } from './import-worker';
import type { StoredSourceFiles } from './store-files';

export interface ImportOutcome {
  parsed: ParsedSummary;
  stored: StoredSourceFiles | null;
  /** The new passages' search index (serializeIndex bytes), for an add. */
  segment: Uint8Array | null;
}

export interface RunningImport {
  result: Promise<Result<ImportOutcome>>;
  /** Asks the thread to stop; `result` then resolves with 'cancelled' and the thread removes what it wrote. */
  cancel(): void;
}

/** Files smaller than this are read in the main process: a thread would take longer to start than they to parse. */
export const IN_PROCESS_BYTES = 2_000_000;

/** Runs the import in this process (small files); it still pauses every chunk and stops when `signal` aborts. */
async function inProcess(
  data: ImportWorkerData,
  signal: AbortSignal,
  onProgress?: (done: number, total: number) => void,
): Promise<Result<ImportOutcome>> {
  let outcome: Result<ImportOutcome> = fail('internal', 'The import stopped before it finished.');
  await runImport(data, signal, (message) => {
    if (message.type === 'progress') onProgress?.(message.done, message.total);
    else if (message.type === 'failed') outcome = { ok: false, error: message.error };
    else outcome = ok({ parsed: message.parsed, stored: message.stored, segment: message.segment });
  });
  return outcome;
}

/** Runs the import in a worker thread; `started` gets the thread, so a cancel can reach it. */
function inWorker(
  data: ImportWorkerData,
  onProgress: ((done: number, total: number) => void) | undefined,
  started: (worker: Worker) => void,
): Promise<Result<ImportOutcome>> {
  const launch = workerLaunch(import.meta.url, 'import-worker');
  const transfer = data.file.kind === 'bytes' ? [data.file.bytes.buffer as ArrayBuffer] : [];
  const worker = new Worker(launch.script, {
    eval: launch.eval,
    workerData: { ...data, ...launch.extraData, importWorker: true },
    transferList: transfer,
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  started(worker);
  return new Promise<Result<ImportOutcome>>((resolve) => {
    let settled = false;
    const settle = (outcome: Result<ImportOutcome>): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(outcome);
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else if (message.type === 'failed') settle({ ok: false, error: message.error });
      else settle(ok({ parsed: message.parsed, stored: message.stored, segment: message.segment }));
    });
    worker.once('error', (error: Error & { code?: string }) =>
      settle(
        fail(
          'internal',
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'Factdesk ran out of memory reading this source; split it into smaller files and add them one by one.'
            : 'Factdesk could not import this source because of an unexpected problem.',
          { reason: error.message },
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(fail('internal', 'The import stopped before it finished.', { reason: `exit code ${code}` })),
    );
  });
}

/**
 * Starts an import: in a worker thread, or in this process for files under IN_PROCESS_BYTES. `onProgress` gets done
 * and total units of work. Bytes given in `data.file` are transferred to the thread.
 */
export function startImport(data: ImportWorkerData, onProgress?: (done: number, total: number) => void): RunningImport {
  const controller = new AbortController();
  let worker: Worker | null = null;
  const cancelWorker = (): void => worker?.postMessage({ type: 'cancel' } satisfies ImportWorkerCommand);
  const result = (async (): Promise<Result<ImportOutcome>> => {
    const size =
      data.file.kind === 'bytes'
        ? data.file.bytes.length
        : ((await fs.stat(data.file.path).catch(() => null))?.size ?? 0);
    const limits = resolveLimits(data.limits);
    if (size > limits.maxFileBytes) {
      const name = displayName(data.file.kind === 'path' ? data.file.path : data.file.fileName);
      return tooManyBytes(name, size, limits);
    }
    if (size < IN_PROCESS_BYTES) return inProcess(data, controller.signal, onProgress);
    return inWorker(data, onProgress, (started) => {
      worker = started;
      if (controller.signal.aborted) cancelWorker();
    });
  })();
  return {
    result,
    cancel: () => {
      controller.abort();
      cancelWorker();
    },
  };
}
