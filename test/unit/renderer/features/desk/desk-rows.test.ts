// The desk table's rows: what each column shows, sorting by every column, filters and search.
import { describe, expect, it } from 'vitest';
import type { SORT_KEYS } from '../../../../../renderer/features/desk/desk-rows';
import {
  EMPTY_FILTER,
  UNASSIGNED,
  buildRows,
  dayStart,
  filterRows,
  isFiltered,
  nextSort,
  sortRows,
} from '../../../../../renderer/features/desk/desk-rows';
import { STATUSES, makeClaim } from './claims-fixture';

const claims = [
  makeClaim({
    id: 'a',
    start: 0,
    text: 'Council spending rose 12%',
    kind: 'number',
    status: 'verified',
    assignee: 'Ben',
    links: 2,
    at: '2026-11-21T10:00:00.000Z',
    by: 'Ben',
    signOff: 'current',
  }),
  makeClaim({
    id: 'b',
    start: 40,
    text: 'the bridge will reopen in March',
    kind: 'prediction',
    status: 'disputed',
    at: '2026-11-19T10:00:00.000Z',
    signOff: 'lapsed',
  }),
  makeClaim({
    id: 'c',
    start: 90,
    text: '“We are ahead of schedule”',
    kind: 'quote',
    status: 'unchecked',
    assignee: 'Ada',
    links: 1,
    at: '2026-11-23T10:00:00.000Z',
    by: 'Ada',
  }),
  makeClaim({
    id: 'd',
    start: 10,
    text: 'the old mill closed',
    status: 'unchecked',
    orphaned: true,
    at: '2026-11-22T10:00:00.000Z',
  }),
];
// Draft order as claimsInDraftOrder gives it: placed claims by start, orphaned last.
const ordered = [claims[0]!, claims[1]!, claims[2]!, claims[3]!];
const rows = buildRows(ordered, STATUSES);

describe('buildRows', () => {
  it('shows number, excerpt, kind, status, assignee, sources, last change and sign-off for each claim', () => {
    expect(rows[0]).toMatchObject({
      id: 'a',
      number: 1,
      excerpt: 'Council spending rose 12%',
      kindLabel: 'Number',
      statusLabel: 'Verified',
      statusColor: '#1f8a4c',
      blocking: false,
      assignee: 'Ben',
      sources: 2,
      changedAt: '2026-11-21T10:00:00.000Z',
      changedBy: 'Ben',
      signOff: 'current',
    });
    expect(rows[1]).toMatchObject({
      statusLabel: 'Disputed',
      blocking: true,
      signOff: 'lapsed',
      assignee: null,
      sources: 0,
    });
    expect(rows[3]).toMatchObject({ number: 4, orphaned: true, signOff: 'none' });
  });

  it('describes a status the vocabulary no longer has instead of failing', () => {
    const odd = buildRows([makeClaim({ id: 'x', start: 0, text: 'x', status: 'retired' })], STATUSES);
    expect(odd[0]).toMatchObject({ statusLabel: 'retired', blocking: true, statusOrder: STATUSES.length });
  });
});

describe('sortRows', () => {
  const ids = (key: (typeof SORT_KEYS)[number], direction: 'ascending' | 'descending' = 'ascending') =>
    sortRows(rows, { key, direction }).map((r) => r.id);

  it('sorts by every column, ties keeping draft order', () => {
    expect(ids('number')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('number', 'descending')).toEqual(['d', 'c', 'b', 'a']);
    expect(ids('excerpt')).toEqual(['a', 'b', 'd', 'c']);
    expect(ids('kind')).toEqual(['c', 'a', 'd', 'b']);
    // Status follows the vocabulary: Unchecked (c, d), Verified, Disputed.
    expect(ids('status')).toEqual(['c', 'd', 'a', 'b']);
    expect(ids('sources', 'descending')).toEqual(['a', 'c', 'b', 'd']);
    expect(ids('changed')).toEqual(['d', 'b', 'a', 'c']);
    expect(ids('signOff')).toEqual(['b', 'c', 'd', 'a']);
  });

  it('puts unassigned claims after the people in both directions', () => {
    expect(ids('assignee')).toEqual(['c', 'a', 'b', 'd']);
    expect(ids('assignee', 'descending')).toEqual(['a', 'c', 'b', 'd']);
  });

  it('flips the direction on the same column and starts ascending on another', () => {
    expect(nextSort({ key: 'status', direction: 'ascending' }, 'status')).toEqual({
      key: 'status',
      direction: 'descending',
    });
    expect(nextSort({ key: 'status', direction: 'descending' }, 'kind')).toEqual({
      key: 'kind',
      direction: 'ascending',
    });
  });
});

describe('filterRows', () => {
  const ids = (filter: Partial<typeof EMPTY_FILTER>) =>
    filterRows(rows, { ...EMPTY_FILTER, ...filter }).map((r) => r.id);

  it('filters by status, kind and assignee', () => {
    expect(ids({ status: 'unchecked' })).toEqual(['c', 'd']);
    expect(ids({ kind: 'quote' })).toEqual(['c']);
    expect(ids({ assignee: 'Ben' })).toEqual(['a']);
    expect(ids({ assignee: UNASSIGNED })).toEqual(['b', 'd']);
  });

  it('keeps only claims with no source', () => {
    expect(ids({ noSource: true })).toEqual(['b', 'd']);
  });

  it('keeps claims changed on or after a day', () => {
    // Claim d was never changed after it was marked on 1 November.
    expect(rows[3]!.changedAt).toBe('2026-11-01T08:00:00.000Z');
    expect(ids({ changedSince: '2026-11-21' }).sort()).toEqual(['a', 'c']);
    expect(ids({ changedSince: 'not a day' })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('searches every word in the excerpt, the person, the status and the kind, in any case', () => {
    expect(ids({ query: 'BRIDGE march' })).toEqual(['b']);
    expect(ids({ query: 'ada' })).toEqual(['c']);
    expect(ids({ query: 'disputed' })).toEqual(['b']);
    expect(ids({ query: 'bridge ada' })).toEqual([]);
  });

  it('combines filters and says whether any is set', () => {
    expect(ids({ status: 'unchecked', noSource: true })).toEqual(['d']);
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, query: '  ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, noSource: true })).toBe(true);
  });
});

describe('dayStart', () => {
  it('turns a local day into the ISO time it starts at', () => {
    expect(dayStart('2026-11-22', 0)).toBe('2026-11-22T00:00:00.000Z');
    expect(dayStart('2026-11-22', -60)).toBe('2026-11-21T23:00:00.000Z');
    expect(dayStart('22/11/2026', 0)).toBeNull();
  });
});
