import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES, channelFor, eventChannelFor, validators } from '../../../../shared/api/contract';

describe('the Api contract', () => {
  it('has a validator for every method and derives unique channel names', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(10);
    for (const name of METHOD_NAMES) expect(typeof validators[name].safeParse).toBe('function');
    expect(new Set(METHOD_NAMES.map(channelFor)).size).toBe(METHOD_NAMES.length);
    expect(new Set(EVENT_NAMES.map(eventChannelFor)).size).toBe(EVENT_NAMES.length);
  });

  it('refuses wrong types, extra keys and huge strings', () => {
    expect(validators.markClaim.safeParse({ projectId: 'p', start: '0', end: 4 }).success).toBe(false);
    expect(validators.markClaim.safeParse({ projectId: 'p', start: 0, end: 4, extra: 1 }).success).toBe(false);
    expect(validators.openProject.safeParse({ path: 'x'.repeat(5000) }).success).toBe(false);
    expect(
      validators.updateClaim.safeParse({ projectId: 'p', claimId: 'c', patch: { status: 'verified' } }).success,
    ).toBe(true);
    expect(validators.getAppInfo.safeParse(null).success).toBe(false);
  });
});
