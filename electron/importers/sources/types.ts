// The shapes and limits of "import a source": what parseSource returns (the extracted text and its passages with
// pinpoints), the options it takes, and the column mapping of quote lists.
import type { LegacyEncoding } from '../types';
import type { SourceFileLimits } from './limits';
import type { Pinpoint } from '../../../shared/model/source';
import type { SourceType } from '../../../shared/model/source';

export type SourceFormat =
  'transcript' | 'srt' | 'vtt' | 'docx' | 'html' | 'md' | 'txt' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'pdf';

/** The quote-list fields a column can be mapped to. */
export const MAPPED_FIELDS = ['text', 'speaker', 'date', 'source', 'url', 'tags'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Which column (by header name) holds each field of a quote list; only `text` is required. */
export interface ColumnMapping {
  text: string;
  speaker?: string | null;
  date?: string | null;
  /** The title of the document the quote comes from (a speech, an article). */
  source?: string | null;
  url?: string | null;
  /** Tags, split on ";" or ",". */
  tags?: string | null;
}

/**
 * A passage before it belongs to a stored source: Passage without id and sourceId. Written out rather than
 * Omit<Passage, ...>, because Passage's loose schema gives it an index signature that Omit would collapse.
 */
export interface PassageDraft {
  index: number;
  /** The passage's words: line breaks inside a paragraph become spaces, tags and labels are left out. */
  text: string;
  speaker: string | null;
  pinpoint: Pinpoint;
  /** text.slice(start, end) of the extracted text covers the passage. */
  start: number;
  end: number;
  date?: string | null;
  url?: string | null;
  tags?: string[];
  /** Quote lists: the row's source column (a speech or article title), when the mapping has one. */
  sourceTitle?: string | null;
}

export interface ParsedTable {
  /** Every column of the file, in order. */
  columns: string[];
  /** The mapping that was applied. */
  mapping: ColumnMapping;
  /** Data rows read (before rows without text were skipped). */
  rows: number;
}

export interface ParsedSource {
  format: SourceFormat;
  /** The extracted text: the decoded file for .txt transcripts; cue, paragraph or quote text for the others. */
  text: string;
  passages: PassageDraft[];
  /** Distinct speakers in order of first appearance. */
  speakers: string[];
  suggestedType: SourceType;
  suggestedTitle: string;
  warnings: string[];
  /** Quote lists only: the columns and the mapping used, for the column-mapping step. */
  table?: ParsedTable;
}

export interface ParseSourceInput {
  bytes: Uint8Array;
  fileName: string;
  /** Set only after the user answered the encoding question ('needs-encoding'). */
  encoding?: LegacyEncoding;
  /** Quote lists: the user's column mapping; without it Factdesk applies the one detectColumns suggests. */
  mapping?: ColumnMapping;
}

export interface ParseSourceOptions {
  /** Called at least every ~1 MB of text or 5,000 rows; `done` and `total` count characters of work. */
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Overrides FILE_LIMITS (limits.ts): tests of the refusals use small ones. */
  limits?: Partial<SourceFileLimits>;
  /** How long a DOCX conversion may run (default 20 s). */
  docxTimeoutMs?: number;
}

export const SOURCE_LIMITS = {
  /** A single JSON document is parsed in one step, so it is held to less than line-by-line formats. */
  maxJsonBytes: 50_000_000,
  /** Progress and a pause for the event loop after this many characters... */
  chunkChars: 1_000_000,
  /** ...or this many rows of a quote list. */
  chunkRows: 5_000,
  /** Longer paragraphs are split at sentence ends so that a search hit shows a readable passage. */
  maxPassageChars: 2_000,
  /** Subtitle cues are merged up to this length while a sentence runs on. */
  maxMergedCueChars: 500,
} as const;
