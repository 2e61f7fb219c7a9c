// The add-source flow as a reducer: preview, mapping, details, progress, cancel and errors.
import { describe, expect, it } from 'vitest';
import type { SourcePreview } from '../../../../../shared/api/views';
import {
  addSourceReducer,
  initialAddSource,
  initialMapping,
  needsMapping,
  percent,
} from '../../../../../renderer/features/sources/add-source-state';
import type { AddSourceState } from '../../../../../renderer/features/sources/add-source-state';
import { checkMeta, splitList, toMeta } from '../../../../../renderer/features/sources/source-meta';

const preview: SourcePreview = {
  format: 'csv',
  suggestedTitle: 'bridge-quotes',
  suggestedType: 'quote-list',
  speakers: ['Tom Haskell'],
  passageCount: 4,
  sample: [],
  columns: ['quote', 'person', 'when'],
  suggestedMapping: { text: 'quote', speaker: 'person', bogus: 'x', date: 'missing' },
  warnings: [],
};
const request = { kind: 'bytes' as const, fileName: 'bridge-quotes.csv', base64: 'AA==' };

function details(): AddSourceState {
  return addSourceReducer(initialAddSource, {
    type: 'previewed',
    request,
    encoding: null,
    preview,
    library: 'project',
  });
}

describe('addSourceReducer', () => {
  it('fills the details and the mapping from the preview, keeping only real columns', () => {
    const s = details();
    if (s.step !== 'details') throw new Error('expected details');
    expect(s.mapping).toEqual({ text: 'quote', speaker: 'person' });
    expect(s.meta.title).toBe('bridge-quotes');
    expect(s.meta.speakers).toBe('Tom Haskell');
    expect(needsMapping(preview)).toBe(true);
    expect(initialMapping({ ...preview, columns: undefined })).toEqual({});
  });

  it('maps and unmaps columns, follows its own task progress only, and goes back to details when stopped', () => {
    let s = addSourceReducer(details(), { type: 'map', field: 'date', column: 'when' });
    s = addSourceReducer(s, { type: 'map', field: 'speaker', column: '' });
    if (s.step !== 'details') throw new Error('expected details');
    expect(s.mapping).toEqual({ text: 'quote', date: 'when' });
    s = addSourceReducer(s, { type: 'adding', taskId: 't1' });
    s = addSourceReducer(s, { type: 'progress', taskId: 'other', progress: { done: 1, total: 2, label: 'x' } });
    expect(s.step === 'adding' && s.progress).toBeNull();
    s = addSourceReducer(s, { type: 'progress', taskId: 't1', progress: { done: 1, total: 4, label: 'Reading' } });
    expect(s.step === 'adding' && percent(s.progress)).toBe(25);
    s = addSourceReducer(s, { type: 'stopped', message: 'Cancelled: nothing was added.' });
    expect(s.step).toBe('details');
    expect(s.step === 'details' && s.error).toBe('Cancelled: nothing was added.');
  });

  it('shows a failure before a preview on the first step, and after one on the details', () => {
    expect(addSourceReducer({ step: 'reading', fileName: 'a' }, { type: 'failed', message: 'Bad file.' })).toEqual({
      step: 'choose',
      error: 'Bad file.',
    });
    const s = addSourceReducer(details(), { type: 'failed', message: 'Disk full.' });
    expect(s.step === 'details' && s.error).toBe('Disk full.');
  });
});

describe('source meta', () => {
  it('checks title, date and URL and turns lists into arrays', () => {
    const form = {
      title: ' ',
      type: 'speech' as const,
      speakers: 'Ana, Tom,, Ana',
      date: '2024-13-99x',
      url: 'javascript:alert(1)',
      notes: '',
      tags: 'a; b',
      confidential: true,
    };
    expect(Object.keys(checkMeta(form)).sort()).toEqual(['date', 'title', 'url']);
    const ok = { ...form, title: 'Speech', date: '2024-03', url: 'https://example.org' };
    expect(checkMeta(ok)).toEqual({});
    expect(toMeta(ok)).toMatchObject({
      title: 'Speech',
      speakers: ['Ana', 'Tom'],
      tags: ['a', 'b'],
      date: '2024-03',
      confidential: true,
    });
    expect(splitList(' ')).toEqual([]);
  });
});
