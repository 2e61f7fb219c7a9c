// One source record for tests that build a Source by hand: every field a source has, empty or null, then `fields`.
import type { Source } from '../../shared/model/source';

export function makeSource(fields: Partial<Source> & Pick<Source, 'id'>): Source {
  return {
    type: 'document',
    title: `Source ${fields.id}`,
    speakers: [],
    date: null,
    url: null,
    notes: '',
    confidential: false,
    tags: [],
    originalFile: null,
    textFile: null,
    contentHash: null,
    addedAt: '2026-12-01T09:00:00.000Z',
    addedBy: 'ann',
    passageCount: 0,
    ...fields,
  };
}
