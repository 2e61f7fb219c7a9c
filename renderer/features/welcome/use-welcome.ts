// The new/open project flows: Api calls for creating, opening (with the abandoned-lock question) and picking folders.
import { useMemo, useReducer } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { FolderListing, ProjectView } from '../../../shared/api/views';
import { initialWelcomeState, staleLockQuestion, welcomeReducer } from './welcome-state';
import type { WelcomeDialog, WelcomeState } from './welcome-state';

export interface WelcomeActions {
  show(dialog: WelcomeDialog): void;
  create(folder: string, title: string): Promise<void>;
  open(path: string, options?: { readOnly?: boolean; takeOverStaleLock?: boolean }): Promise<void>;
  /** Answers the abandoned-lock question. */
  answerStaleLock(answer: 'take-over' | 'read-only' | 'cancel'): Promise<void>;
  /** The system folder picker; resolves to null when cancelled or when it failed (the error is shown). */
  pickFolder(purpose: 'new' | 'open'): Promise<string | null>;
  /** The folder a project titled `title` would go in (inside `parent`, else Documents/Factdesk); null on failure. */
  suggestFolder(title: string, parent?: string): Promise<string | null>;
  /** The folders inside `path` (the home folder when missing), or the sentence saying why they cannot be listed. */
  listFolders(path?: string): Promise<FolderListing | { error: string }>;
  dismissError(): void;
  /** A shared story was opened into a new folder (the Open a shared story dialog): it is shown like any other. */
  opened(view: ProjectView): void;
  /** After an unreadable project file: restores the newest good backup (the damaged file is kept) and opens it. */
  recover(): Promise<void>;
}

const UNREADABLE = new Set(['corrupt-file', 'invalid-file']);

/** State and actions of the welcome flows. `onOpened` receives every project that was opened or created. */
export function useWelcome(api: Api, onOpened: (view: ProjectView) => void): [WelcomeState, WelcomeActions] {
  const [state, dispatch] = useReducer(welcomeReducer, initialWelcomeState);

  const actions = useMemo<WelcomeActions>(() => {
    async function open(path: string, options: { readOnly?: boolean; takeOverStaleLock?: boolean } = {}) {
      dispatch({ type: 'started' });
      const result = await api.openProject({ path, ...options });
      if (result.ok) {
        dispatch({ type: 'done' });
        onOpened(result.value);
      } else if (result.error.code === 'lock-stale' && !options.takeOverStaleLock) {
        dispatch({ type: 'staleLock', prompt: { path, question: staleLockQuestion(result.error) } });
      } else {
        const recoverable = UNREADABLE.has(result.error.code) ? path : undefined;
        dispatch({ type: 'failed', message: result.error.message, ...(recoverable ? { recoverable } : {}) });
      }
    }
    return {
      show: (dialog) => dispatch({ type: 'show', dialog }),
      async create(folder, title) {
        dispatch({ type: 'started' });
        const result = await api.createProject({ folder, title });
        if (result.ok) {
          dispatch({ type: 'done' });
          onOpened(result.value);
        } else dispatch({ type: 'failed', message: result.error.message });
      },
      open,
      async answerStaleLock(answer) {
        const prompt = state.staleLock;
        if (!prompt) return;
        if (answer === 'cancel') dispatch({ type: 'done' });
        else if (answer === 'take-over') await open(prompt.path, { takeOverStaleLock: true });
        else await open(prompt.path, { readOnly: true });
      },
      async pickFolder(purpose) {
        const result = await api.pickFolder({ purpose });
        if (result.ok) return result.value.path;
        if (result.error.code !== 'cancelled') dispatch({ type: 'failed', message: result.error.message });
        return null;
      },
      async suggestFolder(title, parent) {
        const result = await api.suggestProjectFolder({ title, ...(parent ? { parent } : {}) });
        return result.ok ? result.value.path : null;
      },
      async listFolders(path) {
        const result = await api.listFolders(path ? { path } : {});
        return result.ok ? result.value : { error: result.error.message };
      },
      dismissError: () => dispatch({ type: 'dismissError' }),
      opened(view) {
        dispatch({ type: 'done' });
        onOpened(view);
      },
      async recover() {
        const path = state.recoverable;
        if (!path) return;
        dispatch({ type: 'started' });
        const result = await api.recoverProject({ path });
        if (result.ok) {
          dispatch({ type: 'done' });
          onOpened(result.value.view);
        } else dispatch({ type: 'failed', message: result.error.message });
      },
    };
  }, [api, onOpened, state.staleLock, state.recoverable]);

  return [state, actions];
}
