// Runs inside a worker thread, so a large source never holds up the main process: reads the file, parses it, and for
// an add also saves its files under sources/ and indexes its passages for search, posting progress as it goes.
// A 'cancel' message stops it at the next pause; files it already wrote are removed. Bundled as import-worker.cjs.
import { promises as fs } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { fail, ok } from '../../../shared/api/result';
import type { ApiError, Result } from '../../../shared/api/result';
import type { Passage, Source } from '../../../shared/model/source';
import { docsFromSources } from '../../../shared/search/search-doc';
import type { LibraryKind } from '../../../shared/search/search-doc';
import { buildIndex } from '../../../shared/search/search-index';
import { serializeIndex } from '../../../shared/search/serialize';
import { displayName } from '../draft-result';
import type { LegacyEncoding } from '../types';
import { resolveLimits, tooManyBytes } from './limits';
import type { SourceFileLimits } from './limits';
import { parseSource } from './parse-source';
import { passageId, removeStoredFiles, storeSourceFiles } from './store-files';
import type { StoredSourceFiles } from './store-files';
import type { ColumnMapping, ParsedSource, PassageDraft } from './types';

export type ImportFile = { kind: 'path'; path: string } | { kind: 'bytes'; fileName: string; bytes: Uint8Array };

/** What the search index needs to know of the source being added; without a title, the file's own is used. */
export type IndexedSource = Pick<Source, 'id' | 'type' | 'speakers' | 'date' | 'tags'> & { title?: string };

export interface ImportWorkerData {
  file: ImportFile;
  encoding?: LegacyEncoding;
  mapping?: ColumnMapping;
  limits?: Partial<SourceFileLimits>;
  /** Set for an add: where sources/ is, and the source and library its passages are indexed under. */
  store?: { folder: string; ext: string; source: IndexedSource; library: LibraryKind };
}

/** The parse without its text and with only the first passages: what a preview shows. */
export type ParsedSummary = Omit<ParsedSource, 'text' | 'passages'> & { passageCount: number; sample: PassageDraft[] };

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; parsed: ParsedSummary; stored: StoredSourceFiles | null; segment: Uint8Array | null }
  | { type: 'failed'; error: ApiError };

export type ImportWorkerCommand = { type: 'cancel' };

/** The file's bytes and name; refuses a path that is gone, a folder, or a file past the byte limit. */
async function readFile(
  file: ImportFile,
  limits: SourceFileLimits,
): Promise<Result<{ bytes: Uint8Array; fileName: string }>> {
  if (file.kind === 'bytes') return ok(file);
  const stat = await fs.stat(file.path).catch(() => null);
  if (!stat) return fail('not-found', `${file.path} does not exist (it may have been moved or deleted).`);
  if (!stat.isFile()) return fail('invalid-input', `${file.path} is a folder, not a file.`);
  if (stat.size > limits.maxFileBytes) return tooManyBytes(displayName(file.path), stat.size, limits);
  return ok({ bytes: await fs.readFile(file.path), fileName: file.path });
}

/**
 * The new source's passages indexed on their own, saved as bytes; the main process merges them into its index. The
 * source's speakers and title are the ones the user gave, else the file's (as the added source will have them).
 */
function indexSegment(store: NonNullable<ImportWorkerData['store']>, parsed: ParsedSource): Uint8Array {
  const { library } = store;
  const source = {
    ...store.source,
    title: store.source.title ?? parsed.suggestedTitle,
    speakers: store.source.speakers.length ? store.source.speakers : parsed.speakers,
  };
  const { passages } = parsed;
  const withIds = passages.map((p, i) => ({ ...p, id: passageId(source.id, i), sourceId: source.id }) as Passage);
  return serializeIndex(buildIndex(docsFromSources([source as Source], withIds, library)));
}

/** Runs one import; `signal` aborts it. */
export async function runImport(
  data: ImportWorkerData,
  signal: AbortSignal,
  post: (message: ImportWorkerMessage) => void,
): Promise<void> {
  const cancelled = (name: string): ImportWorkerMessage => ({
    type: 'failed',
    error: { code: 'cancelled', message: `The import of ${name} was cancelled; nothing was added.` },
  });
  const name = displayName(data.file.kind === 'path' ? data.file.path : data.file.fileName);
  let created: string[] = [];
  try {
    const limits = resolveLimits(data.limits);
    const read = await readFile(data.file, limits);
    if (!read.ok) return post({ type: 'failed', error: read.error });
    const input = read.value;
    const parsed = await parseSource(
      {
        ...input,
        ...(data.encoding ? { encoding: data.encoding } : {}),
        ...(data.mapping ? { mapping: data.mapping } : {}),
      },
      { limits, signal, onProgress: (done, total) => post({ type: 'progress', done, total }) },
    );
    if (!parsed.ok) return post({ type: 'failed', error: parsed.error });
    const { text, passages, ...rest } = parsed.value;
    const summary: ParsedSummary = { ...rest, passageCount: passages.length, sample: passages.slice(0, 5) };
    if (!data.store) return post({ type: 'done', parsed: summary, stored: null, segment: null });
    const stored = await storeSourceFiles(data.store.folder, input.bytes, data.store.ext, text, passages);
    if (!stored.ok) return post({ type: 'failed', error: stored.error });
    created = stored.value.created;
    const segment = signal.aborted ? null : indexSegment(data.store, parsed.value);
    if (!segment || signal.aborted) {
      await removeStoredFiles(created);
      return post(cancelled(name));
    }
    post({ type: 'done', parsed: summary, stored: stored.value, segment });
  } catch (error) {
    // Refusals come back as values; what is thrown here (a file that cannot be read, a bug) is worded as one sentence.
    await removeStoredFiles(created);
    post({
      type: 'failed',
      error: {
        code: 'internal',
        message: `Factdesk could not import ${name} because of an unexpected problem.`,
        details: { reason: error instanceof Error ? error.message : String(error) },
      },
    });
  }
}

if (parentPort && (workerData as { importWorker?: boolean } | null)?.importWorker) {
  const port = parentPort;
  const controller = new AbortController();
  port.on('message', (command: ImportWorkerCommand) => {
    if (command.type === 'cancel') controller.abort();
  });
  void runImport(workerData as ImportWorkerData, controller.signal, (message) => {
    if (message.type === 'done' && message.segment) port.postMessage(message, [message.segment.buffer as ArrayBuffer]);
    else port.postMessage(message);
  }).then(() => port.close());
}
