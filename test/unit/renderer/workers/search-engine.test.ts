// The search worker's engine on a real serialised index: load, query with a typo and filters, and bad bytes.
import { describe, expect, it } from 'vitest';
import type { Passage, Source } from '../../../../shared/model/source';
import { docsFromSources } from '../../../../shared/search/search-doc';
import { buildIndex } from '../../../../shared/search/search-index';
import { serializeIndex } from '../../../../shared/search/serialize';
import { createSearchEngine } from '../../../../renderer/workers/search-engine';
import { makeSource } from '../../source-fixture';

const source: Source = makeSource({
  id: 'src',
  type: 'interview',
  title: 'Okafor interview',
  speakers: ['Ruth Okafor'],
  date: '2024-05-01',
  addedAt: '2024-05-01T00:00:00Z',
  addedBy: 'Ana',
  passageCount: 2,
});
const passages: Passage[] = [
  {
    id: 'p1',
    sourceId: 'src',
    index: 0,
    text: 'The bridge will reopen to all traffic in September.',
    speaker: 'Ruth Okafor',
    pinpoint: { label: '00:00:09' },
    start: 0,
    end: 51,
  },
  {
    id: 'p2',
    sourceId: 'src',
    index: 1,
    text: 'Takings fell over the spring.',
    speaker: 'Ruth Okafor',
    pinpoint: { label: '00:01:08' },
    start: 52,
    end: 81,
  },
];

function buffer(): ArrayBuffer {
  const bytes = serializeIndex(buildIndex(docsFromSources([source], passages, 'project')));
  return bytes.slice().buffer as ArrayBuffer;
}

describe('createSearchEngine', () => {
  it('answers with no hits until an index is loaded', () => {
    const engine = createSearchEngine();
    expect(engine.handle({ type: 'query', seq: 1, query: 'bridge', filters: {}, limit: 10 })).toEqual({
      type: 'results',
      seq: 1,
      key: null,
      hits: [],
    });
  });

  it('loads an index and finds a passage despite typos, with highlights and its pinpoint', () => {
    const engine = createSearchEngine();
    expect(engine.handle({ type: 'load', key: 'k1', buffer: buffer() })).toEqual({
      type: 'loaded',
      key: 'k1',
      passages: 2,
    });
    const reply = engine.handle({ type: 'query', seq: 7, query: 'reopne septmber', filters: {}, limit: 10 });
    if (reply.type !== 'results') throw new Error('expected results');
    expect(reply.seq).toBe(7);
    expect(reply.key).toBe('k1');
    const [first] = reply.hits;
    expect(first?.passageId).toBe('p1');
    expect(first?.pinpoint).toBe('00:00:09');
    expect(first?.library).toBe('project');
    const marked = (first?.highlights ?? []).map(([a, b]) => first?.text.slice(a, b).toLowerCase());
    expect(marked).toContain('reopen');
  });

  it('applies filters', () => {
    const engine = createSearchEngine();
    engine.handle({ type: 'load', key: 'k1', buffer: buffer() });
    const reply = engine.handle({
      type: 'query',
      seq: 2,
      query: 'bridge',
      filters: { library: 'personal' },
      limit: 10,
    });
    expect(reply.type === 'results' && reply.hits).toEqual([]);
  });

  it('refuses damaged bytes with a sentence', () => {
    const reply = createSearchEngine().handle({ type: 'load', key: 'bad', buffer: new Uint8Array(64).buffer });
    expect(reply.type).toBe('load-failed');
    expect(reply.type === 'load-failed' && reply.message).toMatch(/search index/);
  });
});
