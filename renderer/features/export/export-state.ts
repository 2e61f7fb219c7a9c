// The export dialog's state as a pure reducer: format, options, the two-step consent for confidential sources,
// ClaimReview's page URL and publisher, and the run (asking where, asking before replacing a file, writing, done or
// failed).
import type { ExportFormat } from '../../../shared/api/contract';
import { storySlug } from '../../../shared/appendix/file-name';
import type { ExportOutcome } from '../../../shared/api/views';

export interface FormatChoice {
  format: ExportFormat;
  label: string;
  extension: string;
  hint: string;
}

/** The formats in the order the dialog offers them. */
export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { format: 'md', label: 'Markdown', extension: 'md', hint: 'Plain text with headings: for the CMS or an email.' },
  { format: 'html', label: 'HTML', extension: 'html', hint: 'A web page that opens in any browser.' },
  { format: 'docx', label: 'Word', extension: 'docx', hint: 'A .docx document for the legal or standards desk.' },
  { format: 'pdf', label: 'PDF', extension: 'pdf', hint: 'A fixed page to file or print.' },
  { format: 'csv', label: 'CSV', extension: 'csv', hint: 'One row per claim and source, for a spreadsheet.' },
  { format: 'json', label: 'JSON', extension: 'json', hint: 'Everything, for other programs (with its schema).' },
  {
    format: 'claimreview',
    label: 'ClaimReview',
    extension: 'jsonld',
    hint: 'schema.org markup for search engines: public verdicts only.',
  },
];

export type ExportPhase = 'editing' | 'picking' | 'confirm-replace' | 'exporting' | 'done';

export interface ExportState {
  format: ExportFormat;
  includeNotes: boolean;
  includeConfidential: boolean;
  /** The second, explicit yes to naming confidential sources in the file. */
  confidentialConfirmed: boolean;
  pageUrl: string;
  publisher: string;
  phase: ExportPhase;
  outcome: ExportOutcome | null;
  error: string | null;
  /** The existing file the user is asked about replacing (phase 'confirm-replace'). */
  replacePath: string | null;
}

export const initialExportState: ExportState = {
  format: 'md',
  includeNotes: false,
  includeConfidential: false,
  confidentialConfirmed: false,
  pageUrl: '',
  publisher: '',
  phase: 'editing',
  outcome: null,
  error: null,
  replacePath: null,
};

export type ExportAction =
  | { type: 'format'; format: ExportFormat }
  | { type: 'notes'; on: boolean }
  | { type: 'confidential'; on: boolean }
  | { type: 'confirmConfidential'; on: boolean }
  | { type: 'claimReview'; pageUrl?: string; publisher?: string }
  | { type: 'picking' }
  | { type: 'askReplace'; path: string }
  | { type: 'exporting' }
  | { type: 'cancelled' }
  | { type: 'done'; outcome: ExportOutcome }
  | { type: 'failed'; message: string }
  | { type: 'again' };

/** Applies one action; changing an option after an export starts a new one. */
export function exportReducer(state: ExportState, action: ExportAction): ExportState {
  const edit = { phase: 'editing' as const, outcome: null, error: null, replacePath: null };
  switch (action.type) {
    case 'format':
      return { ...state, ...edit, format: action.format };
    case 'notes':
      return { ...state, ...edit, includeNotes: action.on };
    case 'confidential':
      // Unticking forgets the confirmation: ticking again asks again.
      return { ...state, ...edit, includeConfidential: action.on, confidentialConfirmed: false };
    case 'confirmConfidential':
      return { ...state, ...edit, confidentialConfirmed: action.on };
    case 'claimReview':
      return {
        ...state,
        ...edit,
        pageUrl: action.pageUrl ?? state.pageUrl,
        publisher: action.publisher ?? state.publisher,
      };
    case 'picking':
      return { ...state, phase: 'picking', error: null, outcome: null };
    case 'askReplace':
      return { ...state, phase: 'confirm-replace', error: null, replacePath: action.path };
    case 'exporting':
      return { ...state, phase: 'exporting', error: null, replacePath: null };
    case 'cancelled':
      return { ...state, phase: 'editing', replacePath: null };
    case 'done':
      return { ...state, phase: 'done', outcome: action.outcome, error: null };
    case 'failed':
      return { ...state, phase: 'editing', error: action.message };
    case 'again':
      return { ...state, ...edit };
  }
}

/** Why Export cannot run now, or null when it can. */
export function exportBlocker(state: ExportState): string | null {
  if (state.phase === 'picking' || state.phase === 'exporting') return 'An export is running.';
  if (state.phase === 'confirm-replace') return 'Choose whether to replace the existing file.';
  if (state.includeConfidential && !state.confidentialConfirmed) {
    return 'Confirm that confidential sources may be named in this file, or untick "Include confidential sources".';
  }
  return null;
}

/** The export options as the Api takes them. */
export function exportRequest(state: ExportState): {
  format: ExportFormat;
  includeConfidential: boolean;
  includeNotes: boolean;
  claimReview?: { url?: string; publisher?: string };
} {
  const url = state.pageUrl.trim();
  const publisher = state.publisher.trim();
  return {
    format: state.format,
    includeConfidential: state.includeConfidential && state.confidentialConfirmed,
    includeNotes: state.includeNotes,
    ...(state.format === 'claimreview' && (url || publisher)
      ? { claimReview: { ...(url ? { url } : {}), ...(publisher ? { publisher } : {}) } }
      : {}),
  };
}

/** Where the save dialog starts: the project's exports folder, named after the story and format. */
export function defaultExportPath(folder: string, title: string, format: ExportFormat): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  const slug = storySlug(title);
  const extension = FORMAT_CHOICES.find((c) => c.format === format)?.extension ?? format;
  return `${folder.replace(/[\\/]+$/, '')}${sep}exports${sep}${slug}-appendix.${extension}`;
}

/** "12.4 KB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
