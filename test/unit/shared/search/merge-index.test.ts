// Merging a new source's index into the library's gives the same results as building one index from both.
import { describe, expect, it } from 'vitest';
import { mergeIndexes } from '../../../../shared/search/merge-index';
import { buildIndex } from '../../../../shared/search/search-index';
import { search } from '../../../../shared/search/search';
import { loadIndex, serializeIndex } from '../../../../shared/search/serialize';
import { generated } from '../../../fixtures/search/bench-library';

describe('mergeIndexes', () => {
  it('finds exactly what one index built from both lists finds, also after saving and loading', () => {
    const docs = generated(3_000).docs;
    const cut = docs.findIndex((d) => d.sourceId !== docs[0]?.sourceId && d.sourceId === docs[1_800]?.sourceId);
    const merged = mergeIndexes(buildIndex(docs.slice(0, cut)), buildIndex(docs.slice(cut)));
    const whole = buildIndex(docs);
    const reloaded = loadIndex(serializeIndex(merged));
    if (!reloaded.ok) throw new Error(reloaded.error.message);
    const queries = [
      ...docs.filter((_, i) => i % 97 === 5).map((d) => d.text.split(' ').slice(2, 6).join(' ')),
      'speaker:reagan freedom',
    ];
    for (const query of queries) {
      const expected = search(whole, query, { limit: 10 }).map((r) => r.doc.id);
      expect(search(merged, query, { limit: 10 }).map((r) => r.doc.id)).toEqual(expected);
      expect(search(reloaded.value, query, { limit: 10 }).map((r) => r.doc.id)).toEqual(expected);
    }
    expect(merged.docs.length).toBe(docs.length);
    expect(merged.postings.length).toBe(whole.postings.length);
  });
});
