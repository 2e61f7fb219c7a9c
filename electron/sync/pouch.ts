// PouchDB, loaded at run time through createRequire: @types/pouchdb brings Node typings that clash with the project's,
// so this is the part of PouchDB's API story sync uses, typed here.
import { createRequire } from 'node:module';

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [key: string]: unknown;
}

export interface BulkReply {
  id: string;
  ok?: boolean;
  rev?: string;
  error?: string;
  reason?: string;
}

export interface ChangeInfo {
  id: string;
  seq: number | string;
  doc?: PouchDoc;
  deleted?: boolean;
}

export interface Emitter {
  on(event: string, listener: (...args: never[]) => void): Emitter;
  cancel(): void;
}

/** What one replication step reports (`change` event of sync()). */
export interface SyncChange {
  direction: 'push' | 'pull';
  change: { docs: PouchDoc[]; docs_written: number; doc_write_failures: number; pending?: number; errors: unknown[] };
}

export interface SyncOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  back_off_function?: (delay: number) => number;
  batches_limit?: number;
  /** Both ways; `push` and `pull` narrow one way. */
  filter?: (doc: PouchDoc) => boolean;
  push?: { filter?: (doc: PouchDoc) => boolean };
  /** A function runs here on every change the server sends; "ddoc/name" runs the server's own filter there. */
  pull?: { filter?: ((doc: PouchDoc) => boolean) | string };
}

export interface Pouch {
  bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<BulkReply[]>;
  allDocs(options: {
    include_docs: true;
    conflicts?: boolean;
    startkey?: string;
    endkey?: string;
  }): Promise<{ rows: { id: string; doc?: PouchDoc }[] }>;
  get(id: string, options?: { rev?: string }): Promise<PouchDoc>;
  put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
  /** An attachment's bytes (a Buffer in Node). */
  getAttachment(id: string, name: string): Promise<Uint8Array>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  changes(options: { live: true; since: 'now' | number | string; include_docs: true; conflicts?: boolean }): Emitter;
  sync(remote: Pouch, options: SyncOptions): Emitter;
  close(): Promise<void>;
  destroy(): Promise<void>;
  /** A database is an EventEmitter: each open changes feed listens for its 'destroyed'. */
  setMaxListeners(n: number): void;
}

export interface PouchOptions {
  /** For a remote database: every request goes through this fetch (session cookie, no password). */
  fetch?: (
    url: string,
    init: { method?: string; headers: Iterable<[string, string]>; body?: unknown; signal?: AbortSignal },
  ) => Promise<Response>;
  /** A remote database is never created by the client; the newsroom's server holds it. */
  skip_setup?: boolean;
}

export type PouchConstructor = new (name: string, options?: PouchOptions) => Pouch;

let loaded: PouchConstructor | null = null;

/** The PouchDB constructor (LevelDB for local paths, HTTP for URLs). */
export function pouchDb(): PouchConstructor {
  loaded ??= createRequire(import.meta.url)('pouchdb') as PouchConstructor;
  return loaded;
}
