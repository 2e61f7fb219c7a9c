import { describe, expect, it } from 'vitest';
import { buildAppendix } from '../../../../shared/appendix/model';
import { createProjectDoc } from '../../../../shared/model/project';
import { CONFIDENTIAL, GOLDEN_OPTIONS, fixtureProject } from './fixture-project';

describe('buildAppendix', () => {
  const doc = fixtureProject();
  const appendix = buildAppendix(doc, GOLDEN_OPTIONS);

  it('numbers claims in draft order with the orphaned claim last', () => {
    expect(appendix.claims.map((c) => [c.number, c.excerpt.slice(0, 20), c.anchorState])).toEqual([
      [1, 'expected to be appro', 'exact'],
      [2, 'Council spending ros', 'exact'],
      [3, '<script>alert("appen', 'exact'],
      [4, 'Visitors from 東京 and', 'exact'],
      [5, 'Hospital wards were ', 'exact'],
      [6, 'The old bridge will ', 'orphaned'],
    ]);
  });

  it('fills the header: story, draft version, counts by status in vocabulary order, date and author', () => {
    expect(appendix.header).toMatchObject({
      storyTitle: 'Council vote & the “seamless” budget',
      draftVersion: 2,
      generatedAt: GOLDEN_OPTIONS.now,
      generatedBy: 'Dana Editor',
      claimCount: 6,
      linkCount: 7,
      sourceCount: 6,
      orphanedCount: 1,
      redactedSourceCount: 2,
      includesConfidential: false,
    });
    expect(appendix.header.statusCounts.map((s) => `${s.label}:${s.count}`)).toEqual([
      'Unchecked:2',
      'Verified:1',
      'Partially verified:1',
      'Disputed:1',
      'Incorrect:1',
    ]);
    expect(appendix.header.blockingCount).toBe(5);
  });

  it('says who set the current status and when, from the claim history', () => {
    const spending = appendix.claims[1]!;
    expect(spending.status).toMatchObject({ id: 'incorrect', label: 'Incorrect', blocksPublication: true });
    expect(spending.status.publicVerdict).toEqual({ ratingValue: 1, alternateName: 'False' });
    expect(spending.checkedBy).toBe('Ben Okafor');
    expect(spending.checkedAt).toMatch(/^2025-03-04T10:\d\d:00.000Z$/);
    const unchecked = appendix.claims[3]!;
    expect([unchecked.checkedBy, unchecked.checkedAt, unchecked.status.publicVerdict]).toEqual([null, null, null]);
  });

  it('redacts confidential sources to "Confidential source N" with their words, pinpoint and note removed', () => {
    const spendingLeak = appendix.claims[1]!.links[1]!;
    expect(spendingLeak.source).toMatchObject({
      title: 'Confidential source 1',
      redacted: true,
      id: null,
      speakers: [],
      url: null,
      date: null,
    });
    expect([spendingLeak.quotedText, spendingLeak.pinpoint, spendingLeak.note]).toEqual(['', '', null]);
    const wards = appendix.claims[4]!;
    expect(wards.links.map((l) => l.source.title)).toEqual(['Confidential source 2', 'Confidential source 1']);
    expect(JSON.stringify(appendix)).not.toContain(CONFIDENTIAL.title);
    expect(JSON.stringify(appendix)).not.toContain('src-leak');
  });

  it('keeps confidential sources whole when asked to', () => {
    const full = buildAppendix(doc, { ...GOLDEN_OPTIONS, includeConfidential: true });
    const leak = full.claims[1]!.links[1]!;
    expect(leak.source).toMatchObject({
      title: CONFIDENTIAL.title,
      speakers: [CONFIDENTIAL.speaker],
      url: CONFIDENTIAL.url,
      confidential: true,
      redacted: false,
    });
    expect(leak.quotedText).toBe(CONFIDENTIAL.passage);
    expect(full.header.redactedSourceCount).toBe(0);
  });

  it('leaves notes out unless chosen', () => {
    const bare = buildAppendix(doc, { ...GOLDEN_OPTIONS, includeNotes: false });
    expect(bare.claims.every((c) => c.notes === null && c.links.every((l) => l.note === null))).toBe(true);
    expect(appendix.claims[1]!.notes).toContain('planned cut');
  });

  it('withholds the words of a link whose source is gone from the project, and copes with an empty project', () => {
    const gone = { ...doc, sources: doc.sources.filter((s) => s.id !== 'src-interview') };
    const link = buildAppendix(gone, GOLDEN_OPTIONS).claims[0]!.links[0]!;
    expect(link.source).toMatchObject({ missing: true, title: 'A source no longer in this project' });
    expect(link.quotedText).toBe('');
    const empty = buildAppendix(createProjectDoc({ id: 'p', title: 'Empty', now: 't' }), GOLDEN_OPTIONS);
    expect(empty.header).toMatchObject({ draftVersion: null, claimCount: 0, sourceCount: 0, statusCounts: [] });
  });
});
