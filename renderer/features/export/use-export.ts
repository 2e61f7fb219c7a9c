// The export dialog's hook: the reducer, a preview fetched again whenever the options change, and the run (in the
// desktop app the save dialog first: cancelling it exports nothing; in the harness straight to the exports folder).
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
}

/** `nativeDialogs`: ask where to save first (the desktop app). */
export function useExport(api: Api, view: ProjectView, nativeDialogs: boolean): ExportHook {
  const [state, dispatch] = useReducer(exportReducer, initialExportState);
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

  async function run() {
    if (exportBlocker(state)) return;
    let path: string | undefined;
    if (nativeDialogs) {
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
      path = picked.value.path;
    }
    dispatch({ type: 'exporting' });
    const result = await api.exportAppendix({
      projectId: view.projectId,
      ...exportRequest(state),
      ...(path ? { path } : {}),
    });
    if (result.ok) dispatch({ type: 'done', outcome: result.value });
    else dispatch({ type: 'failed', message: result.error.message });
  }

  return { state, dispatch, preview: preview?.appendix ?? null, previewError: preview?.error ?? null, run };
}
