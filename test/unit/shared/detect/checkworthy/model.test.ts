// The committed check-worthiness model: it loads, its percentiles turn raw scores into [0, 1], and its NOTICE (the
// data's citation and terms) sits beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKWORTHY_MODEL } from '../../../../../shared/detect/checkworthy/score';
import { scoreFeatures, toScore } from '../../../../../shared/detect/checkworthy/model';
import { CHECKWORTHY_NOTICE } from '../../../../../shared/detect/checkworthy/notice';

const folder = join(__dirname, '../../../../../shared/detect/checkworthy');

describe('check-worthiness model file', () => {
  it('loads with weights, a bias and 101 ascending percentiles', () => {
    expect(Object.keys(CHECKWORTHY_MODEL.weights).length).toBeGreaterThan(1000);
    expect(Number.isFinite(CHECKWORTHY_MODEL.bias)).toBe(true);
    const p = CHECKWORTHY_MODEL.percentiles;
    expect(p).toHaveLength(101);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThanOrEqual(p[i - 1] ?? -Infinity);
    expect(CHECKWORTHY_MODEL.about).toContain('NOTICE');
  });

  it('stays small enough to ship inside the app', () => {
    expect(readFileSync(join(folder, 'model.json')).length).toBeLessThan(300 * 1024);
  });

  it('has a NOTICE beside it with the citation and terms of the data it was learned from', () => {
    const notice = readFileSync(join(folder, 'NOTICE'), 'utf8');
    expect(notice).toBe(CHECKWORTHY_NOTICE);
    expect(notice).toContain('free for general research use');
    expect(notice).toContain('Overview of the CLEF-2019 CheckThat!');
    expect(notice).toContain('Task 1: Check-Worthiness');
  });

  it('maps any raw score into [0, 1], keeping order', () => {
    const raws = [-1e9, -10, -4, -3, -2, 0, 5, 1e9];
    const scores = raws.map((r) => toScore(CHECKWORTHY_MODEL, r));
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1] ?? 0);
    expect(scores[0]).toBe(0);
    expect(scores.at(-1)).toBe(1);
    expect(scoreFeatures(CHECKWORTHY_MODEL, [])).toBe(CHECKWORTHY_MODEL.bias);
  });
});
