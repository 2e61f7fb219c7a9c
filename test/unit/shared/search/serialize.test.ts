// Saving and loading the search index: the same results after a round trip, damaged and newer blobs refused.
import { describe, expect, it } from 'vitest';
import { buildIndex, removeSource, liveDocs } from '../../../../shared/search/search-index';
import { search } from '../../../../shared/search/search';
import { INDEX_FORMAT_VERSION, loadIndex, serializeIndex } from '../../../../shared/search/serialize';
import { allTestDocs } from '../../../fixtures/search/sample-docs';

const queries = [
  'momnet demnds urgncy',
  'zoe cafe',
  'speaker:lincoln nation',
  '"fear itself"',
  'tear down this wa',
  'harbour in:personal',
];
const summary = (index: ReturnType<typeof buildIndex>, q: string): unknown =>
  search(index, q).map((r) => [r.doc.id, r.score.toFixed(6), r.highlights]);

describe('serializeIndex / loadIndex', () => {
  it('gives the same results after a round trip, from bytes at any offset', () => {
    const index = buildIndex(allTestDocs());
    const bytes = serializeIndex(index);
    const shifted = new Uint8Array(bytes.byteLength + 1);
    shifted.set(bytes, 1);
    for (const blob of [bytes, shifted.subarray(1)]) {
      const loaded = loadIndex(blob);
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(loaded.value.docs).toEqual(index.docs);
      for (const q of queries) expect(summary(loaded.value, q)).toEqual(summary(index, q));
    }
  });

  it('keeps removed sources removed', () => {
    const index = buildIndex(allTestDocs());
    expect(removeSource(index, 'press-city-hall')).toBe(1);
    expect(search(index, 'moment demands urgency').map((r) => r.doc.id)).not.toContain('pr-1');
    const loaded = loadIndex(serializeIndex(index));
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(search(loaded.value, 'moment demands urgency').map((r) => r.doc.id)).not.toContain('pr-1');
    expect(liveDocs(loaded.value).some((d) => d.id === 'pr-1')).toBe(false);
  });

  it('refuses a damaged blob with corrupt-file and a newer one with newer-schema', () => {
    const bytes = serializeIndex(buildIndex(allTestDocs()));
    const truncated = loadIndex(bytes.subarray(0, bytes.byteLength - 100));
    expect(truncated.ok ? '' : truncated.error.code).toBe('corrupt-file');
    expect(loadIndex(new Uint8Array(10)).ok).toBe(false);
    const garbled = bytes.slice();
    const header = new Uint32Array(garbled.buffer, 0, 8);
    header[4] = (header[4] as number) + 4;
    const broken = loadIndex(garbled);
    expect(broken.ok ? '' : broken.error.code).toBe('corrupt-file');
    const newer = bytes.slice();
    new Uint32Array(newer.buffer, 0, 2)[1] = INDEX_FORMAT_VERSION + 1;
    const refused = loadIndex(newer);
    expect(refused.ok ? '' : refused.error.code).toBe('newer-schema');
    expect(refused.ok ? '' : refused.error.message).toMatch(/newer version of Factdesk/);
  });
});
