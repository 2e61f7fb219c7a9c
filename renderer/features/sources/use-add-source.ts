// The add-source flow with Api calls: a chosen or dropped File (sent as base64) or a path from the system picker is
// previewed; 'needs-encoding' becomes the encoding question; Add follows 'taskProgress' events and can be cancelled.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { LibraryName, ProjectView, SourceView } from '../../../shared/api/views';
import { useApiEvent } from '../../app/ApiProvider';
import { bytesToBase64 } from '../import/base64';
import { ENCODING_CHOICES, fileNameOf } from '../import/import-state';
import type { EncodingChoice, ImportRequest } from '../import/import-state';
import { addSourceReducer, initialAddSource, needsMapping } from './add-source-state';
import type { AddSourceAction, AddSourceState } from './add-source-state';
import { checkMeta, toMeta } from './source-meta';
import type { ManyFile } from './add-many';

/** Sources larger than this are refused before they are read (the importers' own limit). */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export interface AddSourceHost {
  api: Api;
  projectId: string;
  readOnly: boolean;
  onAdded(source: SourceView, view: ProjectView | null): void;
  /** Several files chosen at once in the system picker: they are added one after another. */
  onMany(files: ManyFile[]): void;
}

export interface AddSourceActions {
  chooseFile(file: File): Promise<void>;
  pickFile(): Promise<void>;
  chooseEncoding(encoding: EncodingChoice): Promise<void>;
  reset(): void;
  dispatch(action: AddSourceAction): void;
  add(): Promise<void>;
  cancel(): void;
}

function newTaskId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `task-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function encodingChoices(details: Record<string, unknown> | undefined): EncodingChoice[] {
  const offered = Array.isArray(details?.choices) ? (details.choices as unknown[]).map(String) : [];
  const known = ENCODING_CHOICES.map((c) => c.id).filter((id) => offered.includes(id));
  return known.length > 0 ? known : ENCODING_CHOICES.map((c) => c.id);
}

/** State and actions of one Add source dialog. */
export function useAddSource(host: AddSourceHost): [AddSourceState, AddSourceActions] {
  const [state, dispatch] = useReducer(addSourceReducer, initialAddSource);
  const latest = useRef({ host, state });
  useEffect(() => {
    latest.current = { host, state };
  });
  const defaultLibrary: LibraryName = host.readOnly ? 'personal' : 'project';

  useApiEvent('taskProgress', ({ taskId, done, total, label }) => {
    dispatch({ type: 'progress', taskId, progress: { done, total, label } });
  });

  const preview = useCallback(
    async (request: ImportRequest, encoding: EncodingChoice | null) => {
      const { api, projectId } = latest.current.host;
      dispatch({ type: 'reading', fileName: request.fileName });
      const file =
        request.kind === 'path'
          ? ({ kind: 'path', path: request.path } as const)
          : ({ kind: 'bytes', fileName: request.fileName, base64: request.base64 } as const);
      const result = await api.previewSource({ projectId, file, ...(encoding ? { encoding } : {}) });
      if (result.ok) {
        dispatch({ type: 'previewed', request, encoding, preview: result.value, library: defaultLibrary });
      } else if (result.error.code === 'needs-encoding') {
        dispatch({
          type: 'askEncoding',
          request,
          message: result.error.message,
          choices: encodingChoices(result.error.details),
        });
      } else dispatch({ type: 'failed', message: result.error.message });
    },
    [defaultLibrary],
  );

  const actions = useMemo<AddSourceActions>(
    () => ({
      async chooseFile(file) {
        if (file.size > MAX_SOURCE_BYTES) {
          const mb = (file.size / (1024 * 1024)).toFixed(1);
          dispatch({
            type: 'failed',
            message: `${file.name} is ${mb} MB; Factdesk adds sources of up to 20 MB. Split the file into parts and add each.`,
          });
          return;
        }
        dispatch({ type: 'reading', fileName: file.name });
        let base64: string;
        try {
          base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
        } catch {
          dispatch({
            type: 'failed',
            message: `Factdesk could not read ${file.name}. Check that the file is still there and try again.`,
          });
          return;
        }
        await preview({ kind: 'bytes', fileName: file.name, base64 }, null);
      },
      async pickFile() {
        // The system picker lists source file types and takes several files; one file is previewed here.
        const picked = await latest.current.host.api.pickFile({ purpose: 'add-sources' });
        if (!picked.ok) {
          if (picked.error.code !== 'cancelled') dispatch({ type: 'failed', message: picked.error.message });
          return;
        }
        if (picked.value.paths.length > 1) {
          latest.current.host.onMany(picked.value.paths.map((path) => ({ path, name: fileNameOf(path) })));
          return;
        }
        await preview({ kind: 'path', path: picked.value.path, fileName: fileNameOf(picked.value.path) }, null);
      },
      async chooseEncoding(encoding) {
        const s = latest.current.state;
        if (s.step === 'encoding') await preview(s.request, encoding);
      },
      reset: () => dispatch({ type: 'reset' }),
      dispatch,
      async add() {
        const s = latest.current.state;
        if (s.step !== 'details') return;
        const problems = checkMeta(s.meta);
        if (Object.keys(problems).length > 0) return;
        if (needsMapping(s.preview) && !s.mapping.text) {
          dispatch({ type: 'failed', message: 'Choose the column that holds the quote text.' });
          return;
        }
        const { api, projectId, onAdded } = latest.current.host;
        const taskId = newTaskId();
        dispatch({ type: 'adding', taskId });
        const file =
          s.request.kind === 'path'
            ? ({ kind: 'path', path: s.request.path } as const)
            : ({ kind: 'bytes', fileName: s.request.fileName, base64: s.request.base64 } as const);
        const { text, ...rest } = s.mapping;
        const result = await api.addSource({
          projectId,
          library: s.library,
          file,
          ...(s.encoding ? { encoding: s.encoding } : {}),
          ...(needsMapping(s.preview) && text ? { mapping: { text, ...rest } } : {}),
          meta: toMeta(s.meta),
          taskId,
        });
        if (result.ok) {
          onAdded(result.value.source, result.value.view);
          dispatch({ type: 'reset' });
        } else if (result.error.code === 'cancelled') {
          dispatch({ type: 'stopped', message: 'Cancelled: nothing was added.' });
        } else dispatch({ type: 'failed', message: result.error.message });
      },
      cancel() {
        const s = latest.current.state;
        if (s.step === 'adding' && s.taskId) void latest.current.host.api.cancelTask({ taskId: s.taskId });
      },
    }),
    [preview],
  );

  return [state, actions];
}
