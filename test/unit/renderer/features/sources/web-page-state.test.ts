// The web-page form's steps: fetching follows only its own task's progress, a refusal keeps its sentence, and the
// address field complains only when it is empty (the handler judges everything else).
import { describe, expect, it } from 'vitest';
import {
  addressProblem,
  fetchingLine,
  initialWebPage,
  webPageReducer,
} from '../../../../../renderer/features/sources/web-page-state';

describe('web page form state', () => {
  it('follows its own task and ends in a sentence or back at the start', () => {
    let state = webPageReducer(initialWebPage, { type: 'fetching', taskId: 't1', url: 'https://example.org/a' });
    expect(state.step === 'fetching' && fetchingLine(state)).toBe('Fetching https://example.org/a...');
    state = webPageReducer(state, { type: 'progress', taskId: 'other', progress: { done: 1, total: 3, label: 'x' } });
    expect(state.step === 'fetching' && state.progress).toBe(null);
    const label = 'Reading https://example.org/b';
    state = webPageReducer(state, { type: 'progress', taskId: 't1', progress: { done: 1, total: 3, label } });
    expect(state.step === 'fetching' && fetchingLine(state)).toBe(`${label}...`);
    expect(webPageReducer(state, { type: 'failed', message: 'No.' })).toEqual({ step: 'idle', error: 'No.' });
    expect(webPageReducer(state, { type: 'done' })).toEqual(initialWebPage);
    const refused = webPageReducer(state, { type: 'failed', message: 'No.' });
    expect(webPageReducer(refused, { type: 'edited' })).toEqual(initialWebPage);
    expect(webPageReducer(state, { type: 'edited' })).toBe(state);
  });

  it('asks for an address only when none is written', () => {
    expect(addressProblem('  ')).toMatch(/Write the page's address/);
    expect(addressProblem('council minutes')).toBe(null);
  });
});
