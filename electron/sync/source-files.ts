// Moving a shared story's source files between the project's sources/ folder and its replica (see
// shared/sync/source-files.ts for the documents). A file this computer holds that the story lacks is read in pieces
// and written as piece documents and then its file document; a file the story holds that this computer lacks is
// written once all its pieces have arrived: piece by piece into a temp file beside it, each piece and the whole
// checked against their SHA-256, fsynced and renamed into place. A file whose bytes do not match its name is refused
// with a sentence and nothing is written. Rounds run one at a time, off the bridge's own step.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../../shared/model/source';
import {
  CHUNK_DOC_TYPE,
  FILE_DOC_TYPE,
  MAX_SHARED_FILE_BYTES,
  SHARED_FILE_CHUNK_BYTES,
  chunkDocId,
  arrivingSentence,
  describeSourceFile,
  fileDocId,
  isSourceFileDoc,
  promisedHash,
  refusedSentence,
  sharedSourceFiles,
  tooLargeSentence,
} from '../../shared/sync/source-files';
import type { SharedSourceFile, SourceChunkDoc, SourceFileDoc } from '../../shared/sync/source-files';
import type { Pouch, PouchDoc } from './pouch';

export interface SharedFileLimits {
  /** The largest file that travels (MAX_SHARED_FILE_BYTES). */
  maxBytes?: number;
  /** The size of one piece (SHARED_FILE_CHUNK_BYTES). */
  chunkBytes?: number;
}

/** The temp file a file is written to before it is renamed into place: ".<name>.<random>.part". */
const PART_FILE = /^\.[0-9a-f]{64}\.[a-z0-9.]+\.[0-9a-f]{12}\.part$/;

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Fsyncs a folder so a rename in it is kept; platforms that cannot (Windows) keep it as well as they can. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Windows cannot fsync a folder.
  } finally {
    await handle.close();
  }
}

export class SourceFileSync {
  private readonly maxBytes: number;
  private readonly chunkBytes: number;
  private readonly dir: string;
  /** Files the story already holds (sent from here, or found there). */
  private readonly known = new Set<string>();
  /** Sentences about files that do not travel, by file name. */
  private readonly notes = new Map<string, string>();
  /** Files the story holds whose pieces are still arriving, by file name. */
  private readonly arriving = new Map<string, SharedSourceFile>();
  /** Files refused on arrival: not tried again in this run. */
  private readonly refused = new Set<string>();
  private queued = false;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  private swept = false;

  constructor(
    private readonly db: Pouch,
    projectFolder: string,
    /** The story's sources as the project document has them now. */
    private readonly sources: () => readonly Source[],
    /**
     * Hears every change of the sentences about files that did not travel, and of how many files the story holds
     * that are still arriving here.
     */
    private readonly onChange: (files: { notes: string[]; arriving: number }) => void,
    limits: SharedFileLimits = {},
  ) {
    this.dir = join(projectFolder, 'sources');
    this.maxBytes = limits.maxBytes ?? MAX_SHARED_FILE_BYTES;
    this.chunkBytes = limits.chunkBytes ?? SHARED_FILE_CHUNK_BYTES;
  }

  /** Asks for a round: the sources changed, or a file or a piece arrived. Rounds never overlap. */
  schedule(): void {
    if (this.queued || this.closed) return;
    this.queued = true;
    this.running = this.running.then(async () => {
      this.queued = false;
      if (!this.closed) await this.round();
    });
  }

  /** Waits for the round under way (tests, and stopping). */
  idle(): Promise<void> {
    return this.running;
  }

  /** Stops after the round under way; the replica may then be closed. */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
  }

  private async round(): Promise<void> {
    if (!this.swept) {
      // Only this replica writes .part files into sources/, and only one Factdesk opens it: one there now was left
      // by a stop in the middle of writing it.
      this.swept = true;
      const names = await readdir(this.dir).catch(() => [] as string[]);
      for (const name of names) {
        if (PART_FILE.test(name)) await rm(join(this.dir, name), { force: true });
      }
    }
    const files = sharedSourceFiles(this.sources());
    const names = new Set(files.map((f) => f.name));
    const gone = [...this.arriving.keys()].filter((name) => !names.has(name));
    if (gone.length > 0) {
      for (const name of gone) this.arriving.delete(name);
      this.changed();
    }
    for (const file of files) {
      if (this.closed) return;
      const path = join(this.dir, file.name);
      try {
        if (await exists(path)) {
          this.markArriving(file, false);
          await this.offer(file, path);
        } else await this.receive(file, path);
      } catch (error) {
        this.note(file.name, `${describeSourceFile(file)} could not be synced: ${(error as Error).message}.`);
      }
    }
  }

  private note(name: string, sentence: string | null): void {
    const before = this.notes.get(name) ?? null;
    if (before === sentence) return;
    if (sentence === null) this.notes.delete(name);
    else this.notes.set(name, sentence);
    this.changed();
  }

  private changed(): void {
    this.onChange({ notes: [...this.notes.values()], arriving: this.arriving.size });
  }

  /** Marks a file as still arriving (its record is here, not all its pieces) or not. */
  private markArriving(file: SharedSourceFile, arriving: boolean): void {
    if (arriving === this.arriving.has(file.name)) return;
    if (arriving) this.arriving.set(file.name, file);
    else this.arriving.delete(file.name);
    this.changed();
  }

  /**
   * One sentence for each of these files (names under sources/) that the story holds and that is still arriving
   * here ("The recording of "Briefing" is still arriving from the story server.").
   */
  arrivingSentences(names: readonly (string | null | undefined)[]): { file: string; sentence: string }[] {
    const out: { file: string; sentence: string }[] = [];
    for (const name of names) {
      const file = name ? this.arriving.get(name) : undefined;
      if (file) out.push({ file: file.name, sentence: arrivingSentence(file) });
    }
    return out;
  }

  private async find(id: string): Promise<PouchDoc | null> {
    try {
      return await this.db.get(id);
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }
  }

  /** Writes a file this computer holds into the replica, unless the story has it or it is too large to travel. */
  private async offer(file: SharedSourceFile, path: string): Promise<void> {
    if (this.known.has(file.name)) return;
    if (await this.find(fileDocId(file.name))) {
      this.known.add(file.name);
      this.note(file.name, null);
      return;
    }
    const size = (await stat(path)).size;
    if (size > this.maxBytes) {
      this.known.add(file.name);
      this.note(file.name, tooLargeSentence(file, size, this.maxBytes));
      return;
    }
    const whole = createHash('sha256');
    const chunks: string[] = [];
    let total = 0;
    const handle = await open(path, 'r');
    try {
      for (;;) {
        const buffer = Buffer.alloc(this.chunkBytes);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, total);
        if (bytesRead === 0) break;
        const piece = buffer.subarray(0, bytesRead);
        total += bytesRead;
        whole.update(piece);
        const hash = sha256(piece);
        chunks.push(hash);
        await this.putChunk(hash, piece);
        if (this.closed) return;
      }
    } finally {
      await handle.close();
    }
    const digest = whole.digest('hex');
    const promised = promisedHash(file.name);
    if (promised !== null && promised !== digest) {
      this.known.add(file.name);
      this.note(
        file.name,
        `${describeSourceFile(file)} was changed on this computer since it was added (its bytes do not match its name), so it is not shared.`,
      );
      return;
    }
    const doc: SourceFileDoc = {
      _id: fileDocId(file.name),
      type: FILE_DOC_TYPE,
      name: file.name,
      sha256: digest,
      bytes: total,
      chunks,
    };
    await this.putOnce(doc);
    this.known.add(file.name);
    this.note(file.name, null);
  }

  private async putChunk(hash: string, piece: Buffer): Promise<void> {
    if (await this.find(chunkDocId(hash))) return;
    const doc: SourceChunkDoc & { _attachments: object } = {
      _id: chunkDocId(hash),
      type: CHUNK_DOC_TYPE,
      sha256: hash,
      bytes: piece.length,
      _attachments: { data: { content_type: 'application/octet-stream', data: piece } },
    };
    await this.putOnce(doc);
  }

  /** Writes an immutable document; one already there (written meanwhile) is the same. */
  private async putOnce(doc: object): Promise<void> {
    try {
      await this.db.put(doc);
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
    }
  }

  /** Writes a file the story holds into sources/ once every piece is here and the bytes match its name. */
  private async receive(file: SharedSourceFile, path: string): Promise<void> {
    if (this.refused.has(file.name)) return;
    const doc = await this.find(fileDocId(file.name));
    if (!doc) return;
    const promised = promisedHash(file.name);
    if (!isSourceFileDoc(doc, file.name) || (promised !== null && promised !== doc.sha256)) {
      this.refuse(file);
      return;
    }
    for (const hash of new Set(doc.chunks)) {
      if (!(await this.find(chunkDocId(hash)))) {
        this.markArriving(file, true);
        return;
      }
    }
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, `.${file.name}.${randomBytes(6).toString('hex')}.part`);
    const whole = createHash('sha256');
    let total = 0;
    let matches = true;
    const handle = await open(temp, 'wx');
    try {
      for (const hash of doc.chunks) {
        if (this.closed) break;
        const data = await this.db.getAttachment(chunkDocId(hash), 'data').catch(() => null);
        const piece = data ? Buffer.from(data) : null;
        if (!piece || sha256(piece) !== hash) {
          matches = false;
          break;
        }
        whole.update(piece);
        total += piece.length;
        await handle.write(piece);
      }
      if (matches) await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    if (this.closed) {
      await rm(temp, { force: true });
      return;
    }
    if (!matches || total !== doc.bytes || whole.digest('hex') !== doc.sha256) {
      await rm(temp, { force: true });
      this.refuse(file);
      return;
    }
    if (await exists(path)) {
      await rm(temp, { force: true });
      this.markArriving(file, false);
      return;
    }
    await rename(temp, path);
    await syncFolder(this.dir);
    this.known.add(file.name);
    this.markArriving(file, false);
    this.note(file.name, null);
  }

  private refuse(file: SharedSourceFile): void {
    this.refused.add(file.name);
    this.arriving.delete(file.name);
    this.note(file.name, refusedSentence(file));
  }
}
