// Library search over real speech sentences and hand-written newsroom passages: typos, diacritics, word order, long
// queries, exact phrases, each filter, highlights, grouping by source.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../shared/search/search-index';
import { groupBySource, search, type SearchResult } from '../../../../shared/search/search';
import { speechDoc } from '../../../fixtures/search/bench-library';
import { allTestDocs } from '../../../fixtures/search/sample-docs';

const index = buildIndex(allTestDocs());
const ids = (results: SearchResult[]): string[] => results.map((r) => r.doc.id);
const marked = (r: SearchResult): string[] => r.highlights.map(([s, e]) => r.doc.text.slice(s, e));

describe('search', () => {
  it('scores passages holding the same words alike, however many the query has already scored', () => {
    // "elections", still being typed, matches "election" by its stem (0.9), which counts as typed whole.
    const same = 'The election was held in the spring.';
    const docs = [1, 2, 3].map((n) => speechDoc(`s#${n}`, 'A. Speaker', '1990-01-01', 'Speech', 's', same));
    const results = search(buildIndex(docs), 'spring elections');
    expect(results).toHaveLength(3);
    expect(new Set(results.map((r) => r.score)).size).toBe(1);
  });

  it('finds a sentence from a query with typos and dropped letters', () => {
    const results = search(index, 'momnet demnds urgncy');
    expect(results[0]?.doc.id).toBe('pr-1');
    expect(marked(results[0] as SearchResult)).toEqual(['moment', 'demands', 'urgency']);
  });

  it('ignores diacritics both ways and in decomposed text', () => {
    expect(search(index, 'Zoe Angstrom harbour')[0]?.doc.id).toBe('int-1');
    expect(ids(search(index, 'zoë cafe piers'))[0]).toBe('int-2');
    const nfd = search(index, 'zoe cafe')[0] as SearchResult;
    expect(nfd.doc.id).toBe('int-2');
    expect(marked(nfd).map((m) => m.normalize('NFC'))).toEqual(['Zoë', 'café']);
  });

  it('does not care about word order', () => {
    const forward = search(index, 'fear itself only thing');
    const reversed = search(index, 'thing only itself fear');
    expect(forward[0]?.doc.id).toBe('1933-03-04-first-inaugural-address#6');
    expect(reversed[0]?.doc.id).toBe('1933-03-04-first-inaugural-address#6');
  });

  it('ranks the typed word order above the same words scattered', () => {
    const results = search(index, 'ask not what your country can do for you');
    expect(results[0]?.doc.id).toBe('1961-01-20-inaugural-address#49');
  });

  it('handles queries longer than 32 characters, with a typo inside', () => {
    const query = 'guard against the acquisition of unwarantted influence by the military industrial complex';
    expect(query.length).toBeGreaterThan(32);
    expect(search(index, query)[0]?.doc.id).toBe('1961-01-17-farewell-address#46');
  });

  it('matches a half-typed last word by its prefix and marks only the typed part', () => {
    const top = search(index, 'tear down this wa')[0] as SearchResult;
    expect(top.doc.id).toBe('1987-06-12-address-brandenburg-gate-berlin-wall#67');
    expect(marked(top)).toContain('wa');
  });

  it('requires a quoted phrase word for word, after folding', () => {
    const results = search(index, '"moment demands URGENCY"');
    expect(ids(results)).toEqual(['pr-1']);
    expect(search(index, '"urgency demands moment"')).toEqual([]);
    expect(ids(search(index, 'housing "the moment is'))).toEqual(['post-1']);
  });

  it('filters by speaker, typed or passed as an object', () => {
    const typed = search(index, 'speaker:lincoln nation');
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((r) => r.doc.speaker === 'Abraham Lincoln')).toBe(true);
    const passed = search(index, 'nation', { filters: { speaker: 'Roosevelt' } });
    expect(passed.every((r) => r.doc.speaker === 'Franklin D. Roosevelt')).toBe(true);
    expect(
      search(index, 'speaker:"dana ruiz" moment')
        .map((r) => r.doc.id)
        .sort(),
    ).toEqual(['post-1', 'pr-1']);
  });

  it('finds a speaker by title and full name, and a CAPS transcript label by the name', () => {
    const titled = search(index, 'speaker:"President Abraham Lincoln" nation');
    expect(titled.length).toBeGreaterThan(0);
    expect(titled.every((r) => r.doc.speaker === 'Abraham Lincoln')).toBe(true);
    const labelled = buildIndex(
      allTestDocs().map((d) => (d.speaker === 'Abraham Lincoln' ? { ...d, speaker: 'LINCOLN' } : d)),
    );
    const byName = search(labelled, 'nation', { filters: { speaker: 'Abraham Lincoln' } });
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((r) => r.doc.speaker === 'LINCOLN')).toBe(true);
  });

  it('filters by source type, date range, library and tag', () => {
    expect(ids(search(index, 'moment type:press'))).toEqual(['pr-1']);
    expect(ids(search(index, 'moment type:social-post'))).toEqual(['post-1']);
    expect(search(index, 'moment type:podcast')).toEqual([]);
    const dated = search(index, 'nation from:1900 to:1961-01-19');
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((r) => (r.doc.date as string) >= '1900' && (r.doc.date as string) <= '1961-01-19')).toBe(true);
    expect(search(index, 'nation to:1865').every((r) => (r.doc.date as string) <= '1865-12-31')).toBe(true);
    expect(search(index, 'harbour in:project')).toEqual([]);
    expect(ids(search(index, 'harbour in:personal'))).toContain('int-1');
    expect(ids(search(index, 'moment tag:council'))).toEqual(['post-1']);
    expect(ids(search(index, 'budget', { filters: { tags: ['economie'] } }))).toEqual(['int-1']);
  });

  it('lists the passages that pass the filters when only filters are typed', () => {
    const results = search(index, 'speaker:ruiz', { limit: 50 });
    expect(ids(results).sort()).toEqual(['post-1', 'pr-1']);
  });

  it('guards degenerate queries: empty, one letter, stop words only, a pasted page', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, 'a')).toEqual([]);
    expect(search(index, 'the of and').length).toBeGreaterThan(0);
    const pasted = allTestDocs()
      .slice(0, 120)
      .map((d) => d.text)
      .join(' ');
    expect(pasted.length).toBeGreaterThan(10_000);
    expect(search(index, pasted, { limit: 5 })).toHaveLength(5);
  });

  it('gives scores between 0 and 1, best first', () => {
    const results = search(index, 'liberty nation', { limit: 30 });
    expect(results.length).toBeGreaterThan(3);
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as SearchResult;
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(r.score).toBeLessThanOrEqual((results[i - 1] as SearchResult).score);
    }
  });

  it('groups results by source, best source first, each result with its passage and pinpoint', () => {
    const groups = groupBySource(search(index, 'moment housing', { limit: 10 }));
    expect(
      groups
        .map((g) => g.sourceId)
        .slice(0, 2)
        .sort(),
    ).toEqual(['post-ruiz', 'press-city-hall']);
    const first = groups[0];
    expect(first?.results[0]?.doc.pinpoint).toBeTruthy();
    for (const g of groups) expect(g.results.every((r) => r.doc.sourceId === g.sourceId)).toBe(true);
    const speech = groupBySource(search(index, 'speaker:kennedy nation', { limit: 20 }));
    expect(speech).toHaveLength(1);
    expect(speech[0]?.results.length).toBeGreaterThan(1);
  });
});
