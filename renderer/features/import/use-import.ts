// The import flow with Api calls: a chosen or dropped File (read as base64), a path from the system file picker,
// or pasted text; 'needs-encoding' turns into a question; the outcome becomes a summary and a new view.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { DraftImportOutcome, ProjectView } from '../../../shared/api/views';
import { bytesToBase64 } from './base64';
import { fileNameOf, importReducer, initialImportState, summarizeImport, tooLarge } from './import-state';
import type { EncodingChoice, ImportRequest, ImportState } from './import-state';

export interface ImportHost {
  /** The open project's id, or null. */
  projectId(): string | null;
  /** The id of the current draft version before the import, or null. */
  currentVersion(): string | null;
  /** A new view from an import. */
  onView(view: ProjectView): void;
  /** An error sentence to show as an alert. */
  onError(message: string): void;
  /** Something to say to screen readers. */
  announce(message: string): void;
}

export interface ImportActions {
  /** Imports a File from the file input or a drop. */
  importFile(file: File): Promise<void>;
  /** Asks the system file picker for a path and imports it (the desktop app). */
  importPicked(): Promise<void>;
  /** Imports pasted text and the HTML that came with it; resolves true when the draft was taken. */
  paste(text: string, html?: string): Promise<boolean>;
  chooseEncoding(encoding: EncodingChoice): Promise<void>;
  cancelEncoding(): void;
  dismissSummary(): void;
}

/** State and actions of the draft import flow. */
export function useDraftImport(api: Api, host: ImportHost): [ImportState, ImportActions] {
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const latestHost = useRef(host);
  useEffect(() => {
    latestHost.current = host;
  });
  const running = useRef(false);

  const finish = useCallback(
    (result: Result<DraftImportOutcome>, request: ImportRequest | null, source: string, before: string | null) => {
      const h = latestHost.current;
      if (result.ok) {
        const summary = summarizeImport(result.value, source, before);
        h.onView(result.value.view);
        dispatch({ type: 'imported', summary });
        h.announce(summary.title);
        return true;
      }
      const { code, message, details } = result.error;
      if (code === 'needs-encoding' && request) {
        const choices = Array.isArray(details?.choices) ? (details.choices as unknown[]).map(String) : [];
        dispatch({ type: 'askEncoding', request, message, choices });
        return false;
      }
      dispatch({ type: 'stopped' });
      if (code !== 'cancelled') h.onError(message);
      return false;
    },
    [],
  );

  const run = useCallback(
    async (request: ImportRequest, encoding?: EncodingChoice) => {
      const projectId = latestHost.current.projectId();
      if (!projectId) return;
      const before = latestHost.current.currentVersion();
      dispatch({ type: 'importing', fileName: request.fileName });
      const source =
        request.kind === 'path'
          ? ({ kind: 'path', path: request.path } as const)
          : ({ kind: 'bytes', fileName: request.fileName, base64: request.base64 } as const);
      const result = await api.importDraft({ projectId, source, ...(encoding ? { encoding } : {}) });
      finish(result, request, request.fileName, before);
    },
    [api, finish],
  );

  const actions = useMemo<ImportActions>(
    () => ({
      async importFile(file) {
        if (running.current) return;
        const refusal = tooLarge(file.name, file.size);
        if (refusal) {
          latestHost.current.onError(refusal);
          return;
        }
        running.current = true;
        try {
          dispatch({ type: 'reading', fileName: file.name });
          let base64: string;
          try {
            base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
          } catch {
            dispatch({ type: 'stopped' });
            latestHost.current.onError(
              `Factdesk could not read ${file.name}. Check that the file is still there and try again.`,
            );
            return;
          }
          await run({ kind: 'bytes', fileName: file.name, base64 });
        } finally {
          running.current = false;
        }
      },
      async importPicked() {
        if (running.current) return;
        const picked = await api.pickFile({ purpose: 'import-draft' });
        if (!picked.ok) {
          if (picked.error.code !== 'cancelled') latestHost.current.onError(picked.error.message);
          return;
        }
        running.current = true;
        try {
          await run({ kind: 'path', path: picked.value.path, fileName: fileNameOf(picked.value.path) });
        } finally {
          running.current = false;
        }
      },
      async paste(text, html) {
        const projectId = latestHost.current.projectId();
        if (!projectId || running.current) return false;
        running.current = true;
        try {
          const before = latestHost.current.currentVersion();
          dispatch({ type: 'importing', fileName: 'the pasted text' });
          const result = await api.pasteDraft({ projectId, text, ...(html ? { html } : {}) });
          return finish(result, null, 'the pasted text', before);
        } finally {
          running.current = false;
        }
      },
      async chooseEncoding(encoding) {
        const question = state.question;
        if (!question) return;
        await run(question.request, encoding);
      },
      cancelEncoding: () => dispatch({ type: 'stopped' }),
      dismissSummary: () => dispatch({ type: 'dismissSummary' }),
    }),
    [api, finish, run, state.question],
  );

  return [state, actions];
}
