// Adding a web page by its address as a pure reducer: type the address (and a title if wanted), fetch with progress
// and Cancel, and either the page is added or the handler's sentence says why not (nothing added).
import type { Progress } from './add-source-state';

export type WebPageState =
  { step: 'idle'; error: string | null } | { step: 'fetching'; taskId: string; url: string; progress: Progress | null };

export type WebPageAction =
  | { type: 'fetching'; taskId: string; url: string }
  | { type: 'progress'; taskId: string; progress: Progress }
  | { type: 'failed'; message: string }
  /** The address was edited: a refusal about the old one no longer applies. */
  | { type: 'edited' }
  | { type: 'done' };

export const initialWebPage: WebPageState = { step: 'idle', error: null };

/** Applies one step; progress of another task is ignored. */
export function webPageReducer(state: WebPageState, action: WebPageAction): WebPageState {
  switch (action.type) {
    case 'fetching':
      return { step: 'fetching', taskId: action.taskId, url: action.url, progress: null };
    case 'progress':
      return state.step === 'fetching' && state.taskId === action.taskId
        ? { ...state, progress: action.progress }
        : state;
    case 'failed':
      return { step: 'idle', error: action.message };
    case 'edited':
      return state.step === 'idle' && state.error ? initialWebPage : state;
    case 'done':
      return initialWebPage;
  }
}

/** What the address field says before anything is sent: only that it is empty (the handler judges the rest). */
export function addressProblem(address: string): string | null {
  return address.trim() ? null : "Write the page's address, starting with https://.";
}

/** The line shown while a page is fetched: the handler's own step ("Fetching <address>", "Reading ..."). */
export function fetchingLine(state: Extract<WebPageState, { step: 'fetching' }>): string {
  return state.progress?.label ? `${state.progress.label}...` : `Fetching ${state.url}...`;
}
