// The export dialog's hook: the reducer, a preview fetched again whenever the options change, and the run (in the
// desktop app the save dialog first: cancelling it exports nothing; in the harness straight to the exports folder,
// asking before an existing file there is replaced).
import { useEffect, useReducer, useState } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { Appendix } from '../../../shared/appendix/types';
import type { ProjectView } from '../../../shared/api/views';
import { defaultExportPath, exportBlocker, exportReducer, exportRequest, initialExportState } from './export-state';
import type { ExportAction, ExportState } from './export-state';

export interface ExportHook {
  state: ExportState;
  dispatch: (action: ExportAction) => void;
  preview: Appendix | null;
  previewError: string | null;
  run(): Promise<void>;
  /** Answers the question about replacing an existing file: true writes over it, false keeps it and exports nothing. */
  answerReplace(replace: boolean): Promise<void>;
}

/** `nativeDialogs`: ask where to save first (the desktop app). */
export function useExport(api: Api, view: ProjectView, nativeDialogs: boolean): ExportHook {
  const [state, dispatch] = useReducer(exportReducer, initialExportState);
  /** The path of the export waiting for the answer about replacing (undefined: the project's exports folder). */
  const [pending, setPending] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<{ key: string; appendix: Appendix | null; error: string | null } | null>(null);
  const includeConfidential = state.includeConfidential && state.confidentialConfirmed;
  const key = `${view.projectId}:${view.activityCount}:${includeConfidential}:${state.includeNotes}:${view.claims.length}`;
  useEffect(() => {
    let live = true;
    void api
      .previewAppendix({ projectId: view.projectId, includeConfidential, includeNotes: state.includeNotes })
      .then((result) => {
        if (!live) return;
        setPreview(
          result.ok
            ? { key, appendix: result.value, error: null }
            : { key, appendix: null, error: result.error.message },
        );
      });
    return () => {
      live = false;
    };
  }, [api, view.projectId, includeConfidential, state.includeNotes, key]);

  async function write(path: string | undefined, overwrite: boolean) {
    dispatch({ type: 'exporting' });
    const result = await api.exportAppendix({
      projectId: view.projectId,
      ...exportRequest(state),
      ...(path ? { path } : {}),
      overwrite,
    });
    if (result.ok) dispatch({ type: 'done', outcome: result.value });
    else if (result.error.code === 'file-exists' && result.error.details?.replaceable === true && !overwrite) {
      const existing = typeof result.error.details.path === 'string' ? result.error.details.path : (path ?? '');
      setPending(path);
      dispatch({ type: 'askReplace', path: existing });
    } else dispatch({ type: 'failed', message: result.error.message });
  }

  async function run() {
    if (exportBlocker(state)) return;
    if (!nativeDialogs) return write(undefined, false);
    dispatch({ type: 'picking' });
    const picked = await api.pickSavePath({
      defaultPath: defaultExportPath(view.folder, view.title, state.format),
      format: state.format,
    });
    if (!picked.ok) {
      if (picked.error.code === 'cancelled') dispatch({ type: 'cancelled' });
      else dispatch({ type: 'failed', message: picked.error.message });
      return;
    }
    // The system's save dialog has already asked before replacing an existing file.
    return write(picked.value.path, true);
  }

  async function answerReplace(replace: boolean) {
    if (state.phase !== 'confirm-replace') return;
    if (!replace) {
      dispatch({ type: 'cancelled' });
      return;
    }
    await write(pending, true);
  }

  return {
    state,
    dispatch,
    preview: preview?.appendix ?? null,
    previewError: preview?.error ?? null,
    run,
    answerReplace,
  };
}
