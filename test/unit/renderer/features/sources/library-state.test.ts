// The Library area's pure helpers: highlight segments, grouping, filters, listing and link lookup.
import { describe, expect, it } from 'vitest';
import type { SearchHit, SourceView } from '../../../../../shared/api/views';
import { parseQuery } from '../../../../../shared/search/query';
import { makeSource } from '../../../source-fixture';
import {
  EMPTY_FILTERS,
  filtersToQuery,
  groupHits,
  highlightSegments,
  listedSources,
  sourceFacts,
  sourceOfLink,
  toSearchFilters,
} from '../../../../../renderer/features/sources/library-state';

function source(patch: Partial<SourceView>): SourceView {
  return {
    ...makeSource({ id: 's1', type: 'interview', title: 'Interview', addedAt: '2024-01-01T00:00:00Z', addedBy: 'Ana' }),
    library: 'project',
    ...patch,
  };
}

function hit(patch: Partial<SearchHit>): SearchHit {
  return {
    passageId: 'p1',
    sourceId: 's1',
    library: 'project',
    sourceTitle: 'Interview',
    sourceType: 'interview',
    speaker: null,
    text: 'text',
    pinpoint: '',
    date: null,
    score: 1,
    highlights: [],
    ...patch,
  };
}

describe('highlightSegments', () => {
  it('covers the text once, marking the ranges', () => {
    expect(
      highlightSegments('the bridge will reopen', [
        [4, 10],
        [16, 22],
      ]),
    ).toEqual([
      { text: 'the ', marked: false },
      { text: 'bridge', marked: true },
      { text: ' will ', marked: false },
      { text: 'reopen', marked: true },
    ]);
  });

  it('sorts, merges, clamps and drops empty ranges', () => {
    const segments = highlightSegments('abcdef', [
      [4, 99],
      [0, 2],
      [1, 3],
      [5, 5],
      [-3, 0],
    ]);
    expect(segments).toEqual([
      { text: 'abc', marked: true },
      { text: 'd', marked: false },
      { text: 'ef', marked: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdef');
  });

  it('returns the whole text unmarked without ranges, and one segment for empty text', () => {
    expect(highlightSegments('Zoë', [])).toEqual([{ text: 'Zoë', marked: false }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', marked: false }]);
  });
});

describe('groupHits', () => {
  it('groups by library and source, best group first, keeping hit order', () => {
    const groups = groupHits([
      hit({ passageId: 'a', sourceId: 's2', sourceTitle: 'Speech' }),
      hit({ passageId: 'b', sourceId: 's1' }),
      hit({ passageId: 'c', sourceId: 's2', sourceTitle: 'Speech' }),
      hit({ passageId: 'd', sourceId: 's1', library: 'personal' }),
    ]);
    expect(groups.map((g) => [g.key, g.hits.map((h) => h.passageId)])).toEqual([
      ['project:s2', ['a', 'c']],
      ['project:s1', ['b']],
      ['personal:s1', ['d']],
    ]);
  });
});

describe('filters', () => {
  const form = {
    speaker: ' Ana Reyes ',
    type: 'speech' as const,
    from: '2024-03',
    to: 'soon',
    library: 'personal' as const,
    tag: 'housing',
  };

  it('maps the form to the engine filters, leaving out a date that is not one', () => {
    expect(toSearchFilters(form)).toEqual({
      speaker: 'Ana Reyes',
      sourceType: ['speech'],
      from: '2024-03',
      library: 'personal',
      tags: ['housing'],
    });
    expect(toSearchFilters(EMPTY_FILTERS)).toEqual({});
  });

  it('writes filter words that the query parser reads back to the same filters', () => {
    const words = filtersToQuery(form);
    expect(words).toBe('speaker:"Ana Reyes" type:speech from:2024-03 in:personal tag:housing');
    expect(parseQuery(`bridge ${words}`).filters).toEqual(toSearchFilters(form));
  });
});

describe('sources', () => {
  it('describes a source by type, date, speakers and passages', () => {
    const s = source({ date: '2024-03-05', speakers: ['A', 'B', 'C', 'D'], passageCount: 1 });
    expect(sourceFacts(s)).toEqual(['Interview transcript', '2024-03-05', 'A, B, C and 1 more', '1 passage']);
  });

  it("names the speakers as people write them, not in the transcript's capitals", () => {
    const s = source({ speakers: ['JANE SMITH', "O'BRIEN", 'MCDONALD'] });
    expect(sourceFacts(s)).toContain("Jane Smith, O'Brien, McDonald");
  });

  it('lists a project copy of a library source under the library while the library has it', () => {
    const personal = source({ id: 'lib1', title: 'Quotes', library: 'personal' });
    const copy = source({ id: 'lib1', title: 'Quotes', fromLibrary: 'lib1' });
    const orphanCopy = source({ id: 'lib2', title: 'Old quotes', fromLibrary: 'lib2' });
    const own = source({ id: 'own', title: 'Bridge interview' });
    const listed = listedSources([copy, own, personal, orphanCopy]);
    expect(listed.project.map((s) => s.id)).toEqual(['own', 'lib2']);
    expect(listed.personal.map((s) => s.id)).toEqual(['lib1']);
    expect(sourceOfLink({ sourceId: 'lib1' }, [copy, personal])?.library).toBe('personal');
    expect(sourceOfLink({ sourceId: 'lib2' }, [orphanCopy])?.library).toBe('project');
    expect(sourceOfLink({ sourceId: 'gone' }, [own])).toBeNull();
  });
});
