// The activity log's actions: one list the handlers write from and the activity view words.
import { describe, expect, it } from 'vitest';
import {
  CLAIM_HISTORY_ACTIONS,
  LOG_ACTIONS,
  isClaimHistoryAction,
  isLogAction,
} from '../../../../shared/log/log-actions';
import { describeHistory } from '../../../../renderer/features/claims/claims-format';
import { describeEntry } from '../../../../renderer/features/desk/activity-words';

describe('log actions', () => {
  it('knows each action once, and only those', () => {
    expect(new Set(LOG_ACTIONS).size).toBe(LOG_ACTIONS.length);
    for (const action of LOG_ACTIONS) expect(isLogAction(action)).toBe(true);
    expect(isLogAction('claim.status')).toBe(false);
    expect(isLogAction('')).toBe(false);
  });

  it('has a sentence for every action, and shows an unknown one as its words', () => {
    const entry = (action: string) => ({ seq: 1, at: '2026-11-26T09:00:00.000Z', by: 'Ana', action, details: {} });
    for (const action of LOG_ACTIONS) {
      expect(describeEntry(entry(action), [], () => 'claim 1')).not.toBe(action.replace(/[.-]/g, ' '));
    }
    expect(describeEntry(entry('note.pinned-by-newer-version'), [], () => null)).toBe('note pinned by newer version');
  });

  it('knows each claim history action once, and words every one of them', () => {
    expect(new Set(CLAIM_HISTORY_ACTIONS).size).toBe(CLAIM_HISTORY_ACTIONS.length);
    for (const action of CLAIM_HISTORY_ACTIONS) {
      expect(isClaimHistoryAction(action)).toBe(true);
      const words = describeHistory({ at: '2026-11-26T09:00:00.000Z', by: 'Ana', action, to: 'x' }, []);
      expect(words.length).toBeGreaterThan(0);
      expect(words, `${action} has its own sentence`).not.toBe(action.replace(/[-_]/gu, ' '));
    }
    expect(isClaimHistoryAction('re-anchored')).toBe(false);
    expect(isClaimHistoryAction('claim.created')).toBe(false);
  });
});
