// The web-page part of Add source with Api calls: addWebPage with a task id, its taskProgress events followed, Cancel
// through cancelTask, and the handler's sentence kept when a page is refused.
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { ProjectView, SourceView } from '../../../shared/api/views';
import { useApiEvent } from '../../app/ApiProvider';
import { initialWebPage, webPageReducer } from './web-page-state';
import type { WebPageState } from './web-page-state';

export interface AddWebPageHost {
  api: Api;
  projectId: string;
  onAdded(source: SourceView, view: ProjectView | null): void;
}

export interface AddWebPageActions {
  /** Fetches `url` in the main process and adds it to the project; resolves when added or refused. */
  add(url: string, title: string): Promise<void>;
  cancel(): void;
  /** The address was edited (a refusal about the old one is taken away). */
  edited(): void;
}

function newTaskId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `task-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** State and actions of the web-page form. */
export function useAddWebPage(host: AddWebPageHost): [WebPageState, AddWebPageActions] {
  const [state, dispatch] = useReducer(webPageReducer, initialWebPage);
  const latest = useRef({ host, state });
  useEffect(() => {
    latest.current = { host, state };
  });

  // Closing the dialog while a page is fetched cancels the fetch, so nothing arrives after it is gone.
  useEffect(
    () => () => {
      const { state: s, host: h } = latest.current;
      if (s.step === 'fetching') void h.api.cancelTask({ taskId: s.taskId });
    },
    [],
  );

  useApiEvent('taskProgress', ({ taskId, done, total, label }) => {
    dispatch({ type: 'progress', taskId, progress: { done, total, label } });
  });

  const actions = useMemo<AddWebPageActions>(
    () => ({
      async add(url, title) {
        if (latest.current.state.step === 'fetching') return;
        const { api, projectId, onAdded } = latest.current.host;
        const taskId = newTaskId();
        const address = url.trim();
        dispatch({ type: 'fetching', taskId, url: address });
        const result = await api.addWebPage({
          projectId,
          url: address,
          ...(title.trim() ? { title: title.trim() } : {}),
          taskId,
        });
        if (result.ok) {
          dispatch({ type: 'done' });
          onAdded(result.value.source, result.value.view);
        } else dispatch({ type: 'failed', message: result.error.message });
      },
      edited: () => dispatch({ type: 'edited' }),
      cancel() {
        const s = latest.current.state;
        if (s.step === 'fetching') void latest.current.host.api.cancelTask({ taskId: s.taskId });
      },
    }),
    [],
  );

  return [state, actions];
}
