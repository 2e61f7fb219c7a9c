// The draft import flow as a pure reducer: reading a file, waiting for the importer, asking for an 8-bit encoding,
// and the summary afterwards ("Version 2: 5 exact, 1 changed, 1 orphaned"). use-import.ts feeds it Api replies.
import type { DraftImportOutcome } from '../../../shared/api/views';

/** The encodings the importer can be asked to use for a file that is not UTF-8 or UTF-16. */
export const ENCODING_CHOICES = [
  { id: 'windows-1252', label: 'Windows-1252 (Western European, Windows)' },
  { id: 'latin1', label: 'Latin-1 (ISO 8859-1)' },
] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number]['id'];

/** What is being imported, kept so the import can be asked again with an encoding. */
export type ImportRequest =
  { kind: 'path'; path: string; fileName: string } | { kind: 'bytes'; fileName: string; base64: string };

export interface ImportSummary {
  /** "Version 2: 5 exact, 1 changed, 1 orphaned", or "Version 1 imported from story.docx: 812 words". */
  title: string;
  warnings: string[];
  /** How many claims lost their place (the summary offers the Orphans view when above 0). */
  orphaned: number;
}

export interface ImportState {
  /** The file being read or imported, or null when nothing runs. */
  busy: { fileName: string; step: 'reading' | 'importing' } | null;
  /** Set while the user is asked which encoding a file is in. */
  question: { request: ImportRequest; message: string; choices: EncodingChoice[] } | null;
  summary: ImportSummary | null;
}

export type ImportAction =
  | { type: 'reading'; fileName: string }
  | { type: 'importing'; fileName: string }
  | { type: 'askEncoding'; request: ImportRequest; message: string; choices: readonly string[] }
  | { type: 'imported'; summary: ImportSummary }
  | { type: 'stopped' }
  | { type: 'dismissSummary' };

export const initialImportState: ImportState = { busy: null, question: null, summary: null };

function knownChoices(choices: readonly string[]): EncodingChoice[] {
  const known = ENCODING_CHOICES.map((c) => c.id as string);
  const picked = choices.filter((c): c is EncodingChoice => known.includes(c));
  return picked.length > 0 ? picked : ENCODING_CHOICES.map((c) => c.id);
}

/** Applies one step of the import flow. */
export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'reading':
      return { busy: { fileName: action.fileName, step: 'reading' }, question: null, summary: null };
    case 'importing':
      return { busy: { fileName: action.fileName, step: 'importing' }, question: null, summary: null };
    case 'askEncoding':
      return {
        busy: null,
        question: { request: action.request, message: action.message, choices: knownChoices(action.choices) },
        summary: null,
      };
    case 'imported':
      return { busy: null, question: null, summary: action.summary };
    case 'stopped':
      return { ...state, busy: null, question: null };
    case 'dismissSummary':
      return { ...state, summary: null };
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * What the user is told after an import: the version and how the claims fared, plus the importer's warnings.
 * `previousId` is the current version before the import: when it is still current, the text was the same and no
 * version was made.
 */
export function summarizeImport(
  outcome: DraftImportOutcome,
  source: string,
  previousId: string | null = null,
): ImportSummary {
  const draft = outcome.view.currentDraft;
  const meta = outcome.view.drafts.find((d) => d.id === draft?.id);
  const number = draft?.number ?? 1;
  const counts = outcome.reanchored;
  if (previousId !== null && draft?.id === previousId) {
    const from = source.charAt(0).toUpperCase() + source.slice(1);
    return {
      title: `No new version: ${from} has the same text as version ${number}.`,
      warnings: [...outcome.warnings],
      orphaned: 0,
    };
  }
  const title = counts
    ? `Version ${number}: ${counts.exact} exact, ${counts.changed} changed, ${counts.orphaned} orphaned`
    : `Version ${number} imported from ${source}: ${plural(meta?.words ?? 0, 'word', 'words')}`;
  return { title, warnings: [...outcome.warnings], orphaned: counts?.orphaned ?? 0 };
}

/** The name to show for a file path (the last part, for either kind of slash). */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/u).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/** Files larger than this are refused before they are read (the importer's own limit). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The sentence for a file too large to import, or null when it may be read. */
export function tooLarge(fileName: string, bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `${fileName} is ${mb} MB; Factdesk imports drafts of up to 20 MB. Save the draft as plain text or DOCX without images and import that.`;
}
