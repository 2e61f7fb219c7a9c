// The welcome flows' reducer and the question asked before taking over an abandoned lock.
import { describe, expect, it } from 'vitest';
import {
  initialWelcomeState,
  staleLockQuestion,
  welcomeReducer,
} from '../../../../../renderer/features/welcome/welcome-state';

describe('welcomeReducer', () => {
  it('shows a dialog, reports a failure in it, and closes everything when done', () => {
    let state = welcomeReducer(initialWelcomeState, { type: 'show', dialog: 'open' });
    state = welcomeReducer(state, { type: 'started' });
    expect(state.busy).toBe(true);
    state = welcomeReducer(state, { type: 'failed', message: '/stories/x does not exist.' });
    expect(state).toMatchObject({ dialog: 'open', busy: false, error: '/stories/x does not exist.' });
    expect(welcomeReducer(state, { type: 'done' })).toEqual(initialWelcomeState);
  });

  it('asks about a stale lock without losing the dialog underneath', () => {
    let state = welcomeReducer(initialWelcomeState, { type: 'show', dialog: 'open' });
    state = welcomeReducer(state, { type: 'staleLock', prompt: { path: '/stories/x', question: 'Take it over?' } });
    expect(state).toMatchObject({ dialog: 'open', staleLock: { path: '/stories/x' }, error: null });
    state = welcomeReducer(state, { type: 'failed', message: 'Still locked.' });
    expect(state.staleLock).toBeNull();
  });
});

describe('staleLockQuestion', () => {
  const at = '2026-03-01T09:30:00.000Z';
  const later = '2026-03-01T11:45:00.000Z';

  it('names the lock owner from the error details, nested or flat', () => {
    const nested = staleLockQuestion(
      {
        code: 'lock-stale',
        message: 'Locked.',
        details: { lock: { user: 'Lee Chen', host: 'desk-4', acquiredAt: at, heartbeatAt: later } },
      },
      'en-GB',
    );
    expect(nested).toMatch(
      /^Lee Chen on desk-4 has had this project open since .+2026.+, last seen at .+; the lock looks abandoned\. Take it over\?$/,
    );
    expect(nested).toContain('2026');
    const flat = staleLockQuestion({
      code: 'lock-stale',
      message: 'Locked.',
      details: { user: 'Ana', host: 'mac', acquiredAt: at },
    });
    expect(flat.startsWith('Ana on mac has had this project open since ')).toBe(true);
    expect(flat).not.toContain('last seen');
  });

  it('still asks a readable question when the details are missing', () => {
    expect(staleLockQuestion({ code: 'lock-stale', message: 'Locked.' })).toBe(
      'Someone on another computer has had this project open; the lock looks abandoned. Take it over?',
    );
  });
});
