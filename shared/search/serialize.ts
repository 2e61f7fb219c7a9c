// Saving and loading the search index, so opening a project does not rebuild it: one binary blob holding the passages
// (as JSON text) and every typed array of the index; loading makes views on the blob's bytes, no re-tokenising.
import { fail, ok, type Result } from '../api/result';
import { buildColumns } from './columns';
import type { SearchDoc } from './search-doc';
import { vocabularyMasks, type SearchIndex } from './search-index';

const MAGIC = 0x58534446; // "FDSX" read as a little-endian u32
/** Version of the blob layout; a blob with a higher number is refused as newer. */
export const INDEX_FORMAT_VERSION = 1;

const SECTIONS = [
  'docs',
  'vocab',
  'wordStart',
  'textWords',
  'speakerWords',
  'wordSeq',
  'trigramKeys',
  'trigramStart',
  'postings',
  'docTrigrams',
  'removed',
] as const;
type Section = (typeof SECTIONS)[number];
const HEADER_WORDS = 4 + SECTIONS.length * 2;

// The encoding API exists in every runtime Factdesk runs shared code in (window, Web Worker, Node); shared/ is
// compiled without DOM or Node types, so its two classes are declared here.
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input: Uint8Array): string;
}

/**
 * Saves the index as bytes: a header (magic, format version, byte order check, section table), then the passages as
 * JSON in UTF-8, the vocabulary, and each typed array, every section aligned to 4 bytes. The passages
 * are inside, so loadIndex needs nothing else.
 */
export function serializeIndex(index: SearchIndex): Uint8Array {
  const docs = index.docs.map((d) => ({
    id: d.id,
    sourceId: d.sourceId,
    sourceTitle: d.sourceTitle,
    sourceType: d.sourceType,
    speaker: d.speaker,
    date: d.date,
    text: d.text,
    tags: d.tags,
    library: d.library,
    pinpoint: d.pinpoint,
  }));
  const parts: Record<Section, ArrayBufferView> = {
    docs: new TextEncoder().encode(JSON.stringify(docs)),
    vocab: new TextEncoder().encode(index.vocab.join('\n')),
    wordStart: index.wordStart,
    textWords: index.textWords,
    speakerWords: index.speakerWords,
    wordSeq: index.wordSeq,
    trigramKeys: index.trigramKeys,
    trigramStart: index.trigramStart,
    postings: index.postings,
    docTrigrams: index.docTrigrams,
    removed: index.removed,
  };
  let offset = HEADER_WORDS * 4;
  const table = SECTIONS.map((name) => {
    const length = parts[name].byteLength;
    const at = offset;
    offset += (length + 3) & ~3;
    return { name, at, length };
  });
  const bytes = new Uint8Array(offset);
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS);
  header[0] = MAGIC;
  header[1] = INDEX_FORMAT_VERSION;
  header[2] = 0x01020304;
  header[3] = index.docs.length;
  table.forEach((s, i) => {
    header[4 + i * 2] = s.at;
    header[5 + i * 2] = s.length;
    const view = parts[s.name];
    bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), s.at);
  });
  return bytes;
}

const DAMAGED = 'The saved search index is damaged or incomplete; Factdesk builds it again from the library.';

/**
 * Loads an index saved by serializeIndex. The typed arrays are views on `bytes` (copied once only when `bytes` is not
 * 4-byte aligned), so keep the bytes unchanged while the index is in use. Fails with 'corrupt-file' for a damaged
 * blob and 'newer-schema' for one written by a newer Factdesk; either way the caller rebuilds from the passages.
 */
export function loadIndex(bytes: Uint8Array): Result<SearchIndex> {
  if (bytes.byteLength < HEADER_WORDS * 4) return fail('corrupt-file', DAMAGED);
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const header = new Uint32Array(data.buffer, data.byteOffset, HEADER_WORDS);
  if (header[0] !== MAGIC || header[2] !== 0x01020304) return fail('corrupt-file', DAMAGED);
  if ((header[1] as number) > INDEX_FORMAT_VERSION) {
    return fail(
      'newer-schema',
      'The saved search index was written by a newer version of Factdesk; this version builds its own.',
    );
  }
  const n = header[3] as number;
  const views = {} as Record<Section, { at: number; length: number }>;
  for (let i = 0; i < SECTIONS.length; i++) {
    const at = header[4 + i * 2] as number;
    const length = header[5 + i * 2] as number;
    if (at % 4 !== 0 || at + length > data.byteLength) return fail('corrupt-file', DAMAGED);
    views[SECTIONS[i] as Section] = { at, length };
  }
  const u8 = (s: Section): Uint8Array => new Uint8Array(data.buffer, data.byteOffset + views[s].at, views[s].length);
  const text = (s: Section): string => new TextDecoder('utf-8', { fatal: true }).decode(u8(s));
  const u32 = (s: Section): Uint32Array =>
    new Uint32Array(data.buffer, data.byteOffset + views[s].at, views[s].length >> 2);
  try {
    const docs = JSON.parse(text('docs')) as SearchDoc[];
    const vocabText = text('vocab');
    const vocab = vocabText ? vocabText.split('\n') : [];
    const index: SearchIndex = {
      docs,
      vocab,
      vocabMasks: vocabularyMasks(vocab),
      wordStart: u32('wordStart'),
      textWords: u32('textWords'),
      speakerWords: u8('speakerWords'),
      wordSeq: u32('wordSeq'),
      trigramKeys: u32('trigramKeys'),
      trigramStart: u32('trigramStart'),
      postings: u32('postings'),
      docTrigrams: u32('docTrigrams'),
      trigramIds: new Map(),
      columns: buildColumns(docs),
      removed: u8('removed').slice(),
      scratch: null,
    };
    if (!consistent(index, n)) return fail('corrupt-file', DAMAGED);
    index.trigramKeys.forEach((key, tid) => index.trigramIds.set(key, tid));
    return ok(index);
  } catch {
    return fail('corrupt-file', DAMAGED);
  }
}

/** Checks the sizes that search relies on, so a damaged blob fails here and not in the middle of a query. */
function consistent(index: SearchIndex, n: number): boolean {
  const t = index.trigramKeys.length;
  return (
    Array.isArray(index.docs) &&
    index.docs.length === n &&
    index.wordStart.length === n + 1 &&
    index.textWords.length === n &&
    index.speakerWords.length === n &&
    index.docTrigrams.length === n &&
    index.removed.length === n &&
    index.wordStart[n] === index.wordSeq.length &&
    index.trigramStart.length === t + 1 &&
    index.trigramStart[t] === index.postings.length &&
    index.docs.every((d) => typeof d?.id === 'string' && typeof d.text === 'string' && Array.isArray(d.tags)) &&
    maxOf(index.wordSeq) < Math.max(1, index.vocab.length) &&
    maxOf(index.postings) < Math.max(1, n) &&
    maxOf(index.trigramStart) <= index.postings.length
  );
}

function maxOf(values: Uint32Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > max) max = values[i] as number;
  return max;
}
