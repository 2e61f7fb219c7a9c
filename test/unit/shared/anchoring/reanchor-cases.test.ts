import { describe, expect, it } from 'vitest';
import { ANCHOR_CASES } from '../../../fixtures/anchoring/reanchor-cases';
import { runAnchorCases, tallyCases } from '../../../fixtures/anchoring/run-cases';

const results = runAnchorCases();

describe('re-anchoring cases on public-domain passages', () => {
  it('has at least 40 cases of every kind', () => {
    const t = tallyCases(results);
    expect(t.total).toBeGreaterThanOrEqual(40);
    expect(t.exact.total).toBeGreaterThanOrEqual(10);
    expect(t.changed.total).toBeGreaterThanOrEqual(10);
    expect(t.orphaned.total).toBeGreaterThanOrEqual(10);
    expect(new Set(ANCHOR_CASES.map((c) => c.name)).size).toBe(ANCHOR_CASES.length);
  });

  it('attaches no claim to other words', () => {
    expect(results.filter((r) => r.verdict === 'wrong').map((r) => r.name)).toEqual([]);
  });

  it.each(results.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const a = r.outcome.anchor;
    expect({ state: a.state, at: a.state === 'orphaned' ? null : [a.start, a.end] }).toEqual({
      state: r.expect,
      at: r.expected,
    });
    if (r.expect === 'exact') expect(r.outcome.score).toBeGreaterThan(0.5);
    if (r.expect === 'changed') expect(r.outcome.diff?.some((op) => op.op !== 'equal')).toBe(true);
  });
});
