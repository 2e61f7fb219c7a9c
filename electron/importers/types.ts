// The shapes and limits of "import a draft": what an importer returns, the options it takes, and the one
// question it can ask back (which legacy encoding a file is in).
import type { Result } from '../../shared/api/result';

export type DraftFormat = 'txt' | 'md' | 'docx' | 'html';

/** The legacy encodings a user can choose when a file is neither UTF-8 nor UTF-16 with a byte-order mark. */
export const LEGACY_ENCODINGS = ['windows-1252', 'latin1'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** One heading or paragraph of the draft: text.slice(start, end) is its text. */
export interface DraftBlock {
  kind: 'heading' | 'paragraph';
  /** 1 to 6, for headings only. */
  level?: number;
  start: number;
  end: number;
}

export interface ImportedDraft {
  /** The draft text. For .txt and plain pastes it is the decoded file exactly; otherwise paragraphs joined by "\n\n". */
  text: string;
  blocks: DraftBlock[];
  format: DraftFormat;
  /** The file name the draft came from ("paste" for the clipboard), cleaned for display. */
  origin: string;
  /** Things the user should know that did not stop the import (images left out, front matter skipped, ...). */
  warnings: string[];
}

export type ImportResult = Result<ImportedDraft>;

/**
 * The error details when Factdesk needs the user to say what encoding a file is in. The reply is
 * `{ ok: false, error: { code: 'invalid-input', message, details: EncodingQuestion } }`; the UI offers `choices`
 * (pre-selecting `suggested` when the file declares one) and calls importDraft again with `encoding` set, or cancels.
 */
export interface EncodingQuestion {
  needsEncoding: true;
  choices: LegacyEncoding[];
  suggested?: LegacyEncoding;
}

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  /** Set only after the user answered the encoding question. */
  encoding?: LegacyEncoding;
}

export interface ImportOptions {
  /** How long a DOCX conversion may run before it is stopped (default 20 s). */
  docxTimeoutMs?: number;
  /** Heap cap for the DOCX conversion thread, in MB (default 1024). */
  docxMemoryMb?: number;
}

/** Hard limits, shared by every importer. */
export const LIMITS = {
  /** Largest file accepted, in bytes (20 MB). */
  maxFileBytes: 20_000_000,
  /** Largest draft text, in UTF-16 code units: the contract's setDraftText cap. */
  maxDraftChars: 20_000_000,
  /** DOCX: most entries in the zip. */
  maxZipEntries: 10_000,
  /** DOCX: largest uncompressed/compressed ratio, for the whole file and for each big entry. */
  maxCompressionRatio: 100,
  /** DOCX: entries smaller than this are not held to the ratio (tiny XML parts compress very well). */
  ratioGraceBytes: 100_000,
  /** DOCX: most bytes all entries may expand to, whatever the ratio. */
  maxUncompressedBytes: 400_000_000,
  docxTimeoutMs: 20_000,
  docxMemoryMb: 1024,
} as const;
