// The import flow's reducer and its summary: progress, the encoding question, the words after an import.
import { describe, expect, it } from 'vitest';
import type { DraftImportOutcome, ProjectView } from '../../../../../shared/api/views';
import { DEFAULT_STATUSES } from '../../../../../shared/model/status';
import { bytesToBase64 } from '../../../../../renderer/features/import/base64';
import {
  fileNameOf,
  importReducer,
  initialImportState,
  summarizeImport,
  tooLarge,
} from '../../../../../renderer/features/import/import-state';

function outcome(
  number: number,
  reanchored: DraftImportOutcome['reanchored'],
  warnings: string[] = [],
): DraftImportOutcome {
  const view: ProjectView = {
    projectId: 'p1',
    folder: '/stories/tram',
    file: '/stories/tram/project.factdesk',
    title: 'Tram line',
    readOnly: false,
    lockedBy: null,
    saveState: { state: 'saved' },
    conflict: false,
    notices: [],
    drafts: [
      {
        id: `d${number}`,
        number,
        importedAt: '2026-03-01T10:00:00.000Z',
        importedBy: 'Ana',
        origin: 'tram.txt',
        words: 1234,
      },
    ],
    currentDraft: { id: `d${number}`, number, text: 'The line cost 212 million euros.' },
    claims: [],
    statuses: DEFAULT_STATUSES.map((s) => ({ ...s })),
    people: [],
    revision: 1,
    storySignOff: null,
    activityCount: 0,
  };
  return { view, reanchored, warnings };
}

describe('importReducer', () => {
  it('shows reading, then importing, then the summary', () => {
    let state = importReducer(initialImportState, { type: 'reading', fileName: 'tram.docx' });
    expect(state.busy).toEqual({ fileName: 'tram.docx', step: 'reading' });
    state = importReducer(state, { type: 'importing', fileName: 'tram.docx' });
    expect(state.busy?.step).toBe('importing');
    state = importReducer(state, { type: 'imported', summary: { title: 'Version 1', warnings: [], orphaned: 0 } });
    expect(state.busy).toBeNull();
    expect(state.summary?.title).toBe('Version 1');
    expect(importReducer(state, { type: 'dismissSummary' }).summary).toBeNull();
  });

  it('asks for the encoding with the choices it knows and forgets the question on cancel', () => {
    const request = { kind: 'bytes' as const, fileName: 'cafe.txt', base64: 'Q2Fm6Q==' };
    const asked = importReducer(initialImportState, {
      type: 'askEncoding',
      request,
      message: 'cafe.txt is not UTF-8.',
      choices: ['latin1', 'koi8-r'],
    });
    expect(asked.question).toEqual({ request, message: 'cafe.txt is not UTF-8.', choices: ['latin1'] });
    const unknown = importReducer(initialImportState, { type: 'askEncoding', request, message: '', choices: [] });
    expect(unknown.question?.choices).toEqual(['windows-1252', 'latin1']);
    expect(importReducer(asked, { type: 'stopped' }).question).toBeNull();
  });
});

describe('summarizeImport', () => {
  it('counts the claims of a new version', () => {
    const summary = summarizeImport(
      outcome(2, { exact: 5, changed: 1, orphaned: 2 }, ['An image was left out.']),
      'tram.txt',
      'd1',
    );
    expect(summary).toEqual({
      title: 'Version 2: 5 exact, 1 changed, 2 orphaned',
      warnings: ['An image was left out.'],
      orphaned: 2,
    });
  });

  it('names the file and the length of a first version', () => {
    expect(summarizeImport(outcome(1, null), 'tram.docx', null).title).toBe(
      'Version 1 imported from tram.docx: 1,234 words',
    );
  });

  it('says so when the text was the same and no version was made', () => {
    expect(summarizeImport(outcome(3, { exact: 4, changed: 0, orphaned: 0 }), 'tram.txt', 'd3').title).toBe(
      'No new version: Tram.txt has the same text as version 3.',
    );
  });
});

describe('helpers', () => {
  it('takes the file name from either kind of path', () => {
    expect(fileNameOf('/home/ana/Stories/tram.docx')).toBe('tram.docx');
    expect(fileNameOf('C:\\Users\\ana\\tram v2.txt')).toBe('tram v2.txt');
  });

  it('refuses files over 20 MB with a sentence naming them', () => {
    expect(tooLarge('small.txt', 1000)).toBeNull();
    expect(tooLarge('huge.docx', 35 * 1024 * 1024)).toMatch(
      /^huge\.docx is 35\.0 MB; Factdesk imports drafts of up to 20 MB/,
    );
  });

  it('encodes bytes as base64 in chunks, the same as Node does', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
