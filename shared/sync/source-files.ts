// The files of a shared story's sources: the original a source was imported from (PDF, DOCX, the page as fetched),
// its extracted text and passages, and its recording, all kept under the project's sources/ folder. They travel as
// documents of their own, never as part of the story's fold: one immutable document per file (its name, SHA-256, size
// and the SHA-256 of each piece in order) and one immutable document per piece, whose bytes are a CouchDB attachment
// and whose id is the SHA-256 of those bytes. Pieces replicate apart from the story (shared/sync and
// electron/sync/replica.ts), a few at a time, so a long recording never holds back a status change. Nothing of a
// confidential source becomes a document at all.
import type { Source } from '../model/source';

export const FILE_DOC_TYPE = 'source-file';
export const CHUNK_DOC_TYPE = 'source-chunk';

/** How many bytes one piece of a shared file holds (the last piece may hold fewer). */
export const SHARED_FILE_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * The largest file a shared story carries: a 10-hour interview as a 128 kbit/s MP3 is about 580 MB. A larger file
 * (a long video) stays on the computer that holds it, with a sentence saying so.
 */
export const MAX_SHARED_FILE_BYTES = 1_000_000_000;

/** One file of the story: its name under sources/, SHA-256 and size, and the SHA-256 of each piece in order. */
export interface SourceFileDoc {
  _id: string;
  type: typeof FILE_DOC_TYPE;
  name: string;
  sha256: string;
  bytes: number;
  chunks: string[];
}

/** One piece of a file: its bytes are the attachment "data"; its id is "chunk:" + their SHA-256. */
export interface SourceChunkDoc {
  _id: string;
  type: typeof CHUNK_DOC_TYPE;
  sha256: string;
  bytes: number;
}

/** What a file is to its source, in the words sentences use. */
export type SourceFileRole = 'original' | 'page' | 'text' | 'passages' | 'recording';

export interface SharedSourceFile {
  /** The file's name under sources/. */
  name: string;
  role: SourceFileRole;
  /** The title of a source that uses it. */
  title: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
/** A name Factdesk gives a file under sources/: its SHA-256 and an extension, or the passages kept beside a text. */
export const STORED_SOURCE_FILE = /^[0-9a-f]{64}\.(?:[a-z0-9]{1,10}|passages\.json)$/;

export const fileDocId = (name: string): string => `file:${name}`;
export const chunkDocId = (sha256: string): string => `chunk:${sha256}`;

/** Whether a document id names a file's piece (the pieces replicate apart from the story). */
export const isChunkId = (id: string): boolean => id.startsWith('chunk:');
/** Whether a document id names a shared file or one of its pieces. */
export const isFileId = (id: string): boolean => id.startsWith('file:') || isChunkId(id);

/**
 * The SHA-256 a file's name promises for its bytes: every file under sources/ is named by the SHA-256 of its bytes,
 * except the passages kept beside a text, named by the text's. Null for those, and for a name Factdesk never gives.
 */
export function promisedHash(name: string): string | null {
  if (!STORED_SOURCE_FILE.test(name) || name.endsWith('.passages.json')) return null;
  return name.slice(0, 64);
}

/**
 * The files under sources/ that the story's sources use and that travel with it: every file of each source that is
 * not confidential. Each name once, in source order.
 */
export function sharedSourceFiles(sources: readonly Source[]): SharedSourceFile[] {
  const out = new Map<string, SharedSourceFile>();
  const add = (name: string | null | undefined, role: SourceFileRole, title: string): void => {
    if (!name || !STORED_SOURCE_FILE.test(name) || out.has(name)) return;
    out.set(name, { name, role, title });
  };
  for (const source of sources) {
    if (source.confidential) continue;
    add(source.originalFile, source.snapshot ? 'page' : 'original', source.title);
    add(source.textFile, 'text', source.title);
    if (source.textFile) add(source.textFile.replace(/\.txt$/, '.passages.json'), 'passages', source.title);
    add(source.recording?.file, 'recording', source.title);
  }
  return [...out.values()];
}

/** The names of every file a confidential source uses (none of them is ever written as a document). */
export function confidentialSourceFiles(sources: readonly Source[]): Set<string> {
  const names = new Set<string>();
  for (const s of sources) {
    if (!s.confidential) continue;
    for (const name of [s.originalFile, s.textFile, s.recording?.file, s.snapshot?.htmlFile]) if (name) names.add(name);
    if (s.textFile) names.add(s.textFile.replace(/\.txt$/, '.passages.json'));
  }
  return names;
}

const ROLE_WORDS: Record<SourceFileRole, string> = {
  original: 'The original file',
  page: 'The page as fetched',
  text: 'The text',
  passages: 'The passages',
  recording: 'The recording',
};

/** "The recording of "Council interview" (3f2a….wav)": how sentences name a file. */
export function describeSourceFile(file: SharedSourceFile): string {
  return `${ROLE_WORDS[file.role]} of "${file.title}" (${file.name})`;
}

/** Bytes in words: "1.4 GB", "580 MB", "48 KB". */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1).replace(/\.0$/, '')} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** The sentence for a file too large to travel with the story. */
export function tooLargeSentence(file: SharedSourceFile, bytes: number, maxBytes: number): string {
  return `${describeSourceFile(file)} is ${sizeInWords(bytes)}, larger than the ${sizeInWords(maxBytes)} a shared story carries, so it stays on this computer.`;
}

/** The sentence for a file the story holds whose pieces have not all arrived on this computer yet. */
export function arrivingSentence(file: SharedSourceFile): string {
  return `${ROLE_WORDS[file.role]} of "${file.title}" is still arriving from the story server.`;
}

/** The sentence for a file that arrived with bytes that do not match its name or its record. */
export function refusedSentence(file: SharedSourceFile): string {
  return `${describeSourceFile(file)} from the story server was refused and not written: its bytes do not match its name.`;
}

/** Whether a value read from the replica is a well-formed file document for `name` (a damaged one is refused). */
export function isSourceFileDoc(value: unknown, name: string): value is SourceFileDoc {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SourceFileDoc>;
  return (
    v._id === fileDocId(name) &&
    v.type === FILE_DOC_TYPE &&
    v.name === name &&
    typeof v.sha256 === 'string' &&
    HEX64.test(v.sha256) &&
    typeof v.bytes === 'number' &&
    Number.isSafeInteger(v.bytes) &&
    v.bytes >= 0 &&
    Array.isArray(v.chunks) &&
    v.chunks.every((c) => typeof c === 'string' && HEX64.test(c))
  );
}
