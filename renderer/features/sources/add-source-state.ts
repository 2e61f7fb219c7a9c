// The add-source flow as a pure reducer: choose a file, read its preview, answer the encoding question if asked,
// map a quote list's columns, fill in the details and the library, then add with progress (and cancel).
import type { LibraryName, SourcePreview } from '../../../shared/api/views';
import type { EncodingChoice, ImportRequest } from '../import/import-state';
import { metaFromPreview } from './source-meta';
import type { MetaForm } from './source-meta';

/** The fields a quote list's columns can fill. */
export const MAPPING_FIELDS = ['text', 'speaker', 'date', 'source', 'url', 'tags'] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];
export type ColumnMapping = Partial<Record<MappingField, string>>;

export const MAPPING_LABELS: Record<MappingField, string> = {
  text: 'Quote text',
  speaker: 'Speaker',
  date: 'Date',
  source: 'Source',
  url: 'URL',
  tags: 'Tags',
};

export interface Progress {
  done: number;
  total: number;
  label: string;
}

export type AddSourceState =
  | { step: 'choose'; error: string | null }
  | { step: 'reading'; fileName: string }
  | { step: 'encoding'; request: ImportRequest; message: string; choices: EncodingChoice[] }
  | {
      step: 'details' | 'adding';
      request: ImportRequest;
      encoding: EncodingChoice | null;
      preview: SourcePreview;
      mapping: ColumnMapping;
      meta: MetaForm;
      library: LibraryName;
      taskId: string | null;
      progress: Progress | null;
      error: string | null;
    };

export type AddSourceAction =
  | { type: 'reading'; fileName: string }
  | { type: 'askEncoding'; request: ImportRequest; message: string; choices: EncodingChoice[] }
  | {
      type: 'previewed';
      request: ImportRequest;
      encoding: EncodingChoice | null;
      preview: SourcePreview;
      library: LibraryName;
    }
  | { type: 'failed'; message: string }
  | { type: 'reset' }
  | { type: 'map'; field: MappingField; column: string }
  | { type: 'meta'; patch: Partial<MetaForm> }
  | { type: 'library'; library: LibraryName }
  | { type: 'adding'; taskId: string }
  | { type: 'progress'; taskId: string; progress: Progress }
  | { type: 'stopped'; message: string | null };

export const initialAddSource: AddSourceState = { step: 'choose', error: null };

/** The suggested mapping restricted to known fields and real columns. */
export function initialMapping(preview: SourcePreview): ColumnMapping {
  const columns = preview.columns ?? [];
  const out: ColumnMapping = {};
  for (const field of MAPPING_FIELDS) {
    const column = preview.suggestedMapping?.[field];
    if (column && columns.includes(column)) out[field] = column;
  }
  return out;
}

/** True for a quote list (the preview found columns), which needs the mapping step. */
export function needsMapping(preview: SourcePreview): boolean {
  return (preview.columns?.length ?? 0) > 0;
}

/** Applies one step. */
export function addSourceReducer(state: AddSourceState, action: AddSourceAction): AddSourceState {
  switch (action.type) {
    case 'reading':
      return { step: 'reading', fileName: action.fileName };
    case 'askEncoding':
      return { step: 'encoding', request: action.request, message: action.message, choices: action.choices };
    case 'previewed':
      return {
        step: 'details',
        request: action.request,
        encoding: action.encoding,
        preview: action.preview,
        mapping: initialMapping(action.preview),
        meta: metaFromPreview(action.preview),
        library: action.library,
        taskId: null,
        progress: null,
        error: null,
      };
    case 'failed':
      if (state.step === 'details' || state.step === 'adding') {
        return { ...state, step: 'details', taskId: null, progress: null, error: action.message };
      }
      return { step: 'choose', error: action.message };
    case 'reset':
      return initialAddSource;
    case 'map': {
      if (state.step !== 'details') return state;
      const mapping = { ...state.mapping };
      if (action.column) mapping[action.field] = action.column;
      else delete mapping[action.field];
      return { ...state, mapping };
    }
    case 'meta':
      return state.step === 'details' ? { ...state, meta: { ...state.meta, ...action.patch } } : state;
    case 'library':
      return state.step === 'details' ? { ...state, library: action.library } : state;
    case 'adding':
      return state.step === 'details'
        ? { ...state, step: 'adding', taskId: action.taskId, progress: null, error: null }
        : state;
    case 'progress':
      return state.step === 'adding' && state.taskId === action.taskId
        ? { ...state, progress: action.progress }
        : state;
    case 'stopped':
      return state.step === 'adding'
        ? { ...state, step: 'details', taskId: null, progress: null, error: action.message }
        : state;
  }
}

/** Progress as a whole percentage (0 when the total is unknown). */
export function percent(progress: Progress | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}
