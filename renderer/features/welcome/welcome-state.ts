// State of the welcome screen's flows (new project, open project, taking over an abandoned lock) as a pure reducer.
import type { ApiError } from '../../../shared/api/result';
import { formatWhen } from '../../../shared/text/format-when';

export type WelcomeDialog = 'none' | 'new' | 'open' | 'open-shared';

export interface StaleLockPrompt {
  /** The path the user asked to open, retried with takeOverStaleLock when they confirm. */
  path: string;
  question: string;
}

export interface WelcomeState {
  dialog: WelcomeDialog;
  busy: boolean;
  /** The sentence of the last failure, shown in the open dialog or on the screen. */
  error: string | null;
  /** When the last open failed because project.factdesk cannot be read: the path, so a backup can be restored. */
  recoverable: string | null;
  staleLock: StaleLockPrompt | null;
}

export type WelcomeAction =
  | { type: 'show'; dialog: WelcomeDialog }
  | { type: 'started' }
  | { type: 'failed'; message: string; recoverable?: string }
  | { type: 'staleLock'; prompt: StaleLockPrompt }
  | { type: 'done' }
  | { type: 'dismissError' };

export const initialWelcomeState: WelcomeState = {
  dialog: 'none',
  busy: false,
  error: null,
  recoverable: null,
  staleLock: null,
};

/** Applies one action. Finishing (done) closes every dialog. */
export function welcomeReducer(state: WelcomeState, action: WelcomeAction): WelcomeState {
  switch (action.type) {
    case 'show':
      return { ...state, dialog: action.dialog, error: null, recoverable: null, staleLock: null };
    case 'started':
      return { ...state, busy: true, error: null, recoverable: null };
    case 'failed':
      return { ...state, busy: false, error: action.message, recoverable: action.recoverable ?? null, staleLock: null };
    case 'staleLock':
      return { ...state, busy: false, error: null, recoverable: null, staleLock: action.prompt };
    case 'done':
      return initialWelcomeState;
    case 'dismissError':
      return { ...state, error: null, recoverable: null };
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * The question asked before taking over a lock that looks abandoned, from the 'lock-stale' error's details
 * (the lock owner, directly or under `lock`, `lockedBy` or `owner`): who had it, since when, and when last seen.
 */
export function staleLockQuestion(error: ApiError, locale?: string): string {
  const details = error.details ?? {};
  const nested = [details.lock, details.lockedBy, details.owner].find((v) => v && typeof v === 'object') as
    Record<string, unknown> | undefined;
  const owner = nested ?? details;
  const user = text(owner.user) ?? 'Someone';
  const host = text(owner.host) ?? 'another computer';
  const since = text(owner.acquiredAt);
  const seen = text(owner.heartbeatAt);
  const sinceText = since ? ` since ${formatWhen(since, { locale })}` : '';
  const seenText = seen && seen !== since ? `, last seen at ${formatWhen(seen, { locale })}` : '';
  return `${user} on ${host} has had this project open${sinceText}${seenText}; the lock looks abandoned. Take it over?`;
}
