// The "needs a source" rule of the status vocabulary and the question asked before Verified with no source.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUSES } from '../../../../shared/model/status';
import type { StatusDef } from '../../../../shared/model/status';
import { sourceRuleFor, sourceRuleQuestion, sourceRuleRefusal } from '../../../../shared/model/status-source-rule';
import { setStatusNeedsSource } from '../../../../shared/appendix/status-vocabulary';
import type { Claim } from '../../../../shared/model/claim';

type Rulable = Pick<Claim, 'status' | 'links'>;
const bare: Rulable = { status: 'unchecked', links: [] };
const sourced = { status: 'unchecked', links: [{ sourceId: 's1' }] } as unknown as Rulable;

function withRule(id: string): StatusDef[] {
  const r = setStatusNeedsSource(DEFAULT_STATUSES, id, true);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('sourceRuleFor', () => {
  it('asks before Verified when no source is attached', () => {
    const r = sourceRuleFor(DEFAULT_STATUSES, 'verified', bare);
    expect(r).toEqual({ kind: 'ask', question: 'No source is attached to this claim. Mark it "Verified" anyway?' });
    expect(sourceRuleFor(DEFAULT_STATUSES, 'corrected', bare).kind).toBe('ask');
  });

  it('lets any status through once a source is attached, and statuses that claim no check without one', () => {
    expect(sourceRuleFor(DEFAULT_STATUSES, 'verified', sourced)).toEqual({ kind: 'ok' });
    expect(sourceRuleFor(DEFAULT_STATUSES, 'in-progress', bare)).toEqual({ kind: 'ok' });
    expect(sourceRuleFor(DEFAULT_STATUSES, 'opinion', bare)).toEqual({ kind: 'ok' });
    expect(sourceRuleFor(withRule('verified'), 'verified', sourced)).toEqual({ kind: 'ok' });
  });

  it('refuses a status that needs a source, with the reason and what to do', () => {
    const r = sourceRuleFor(withRule('verified'), 'verified', bare);
    expect(r).toEqual({
      kind: 'refuse',
      message: '"Verified" needs a source: attach one to this claim first (your newsroom\'s rule, in Statuses).',
    });
    expect(sourceRuleFor(withRule('disputed'), 'disputed', bare).kind).toBe('refuse');
  });

  it('never stands in the way of a claim keeping the status it has', () => {
    expect(sourceRuleFor(withRule('verified'), 'verified', { ...bare, status: 'verified' })).toEqual({ kind: 'ok' });
  });
});

describe('sourceRuleRefusal', () => {
  it('counts the claims without a source when many are changed at once', () => {
    const statuses = withRule('verified');
    expect(sourceRuleRefusal(statuses, 'verified', [sourced, sourced])).toBeNull();
    expect(sourceRuleRefusal(statuses, 'verified', [bare, sourced, bare])).toBe(
      '"Verified" needs a source, and 2 claims have none: attach a source to each first (your newsroom\'s rule, in Statuses).',
    );
    expect(sourceRuleRefusal(DEFAULT_STATUSES, 'verified', [bare])).toBeNull();
  });
});

describe('sourceRuleQuestion', () => {
  it('asks about the ticked claims without a source, one claim as sourceRuleFor asks', () => {
    expect(sourceRuleQuestion(DEFAULT_STATUSES, 'verified', [bare])).toBe(
      'No source is attached to this claim. Mark it "Verified" anyway?',
    );
    expect(sourceRuleQuestion(DEFAULT_STATUSES, 'verified', [bare, sourced, bare])).toBe(
      '2 of the 3 selected claims have no source attached. Mark all 3 "Verified" anyway?',
    );
    expect(sourceRuleQuestion(DEFAULT_STATUSES, 'verified', [sourced, sourced])).toBeNull();
    expect(sourceRuleQuestion(DEFAULT_STATUSES, 'in-progress', [bare, bare])).toBeNull();
  });
});
