// The export dialog's state: the two-step consent for confidential sources, ClaimReview options, the run phases.
import { describe, expect, it } from 'vitest';
import {
  FORMAT_CHOICES,
  defaultExportPath,
  exportBlocker,
  exportReducer,
  exportRequest,
  formatBytes,
  initialExportState,
} from '../../../../../renderer/features/export/export-state';
import type { ExportAction, ExportState } from '../../../../../renderer/features/export/export-state';
import { EXPORT_FORMATS } from '../../../../../shared/api/contract';

const run = (...actions: ExportAction[]): ExportState => actions.reduce(exportReducer, initialExportState);

describe('export dialog state', () => {
  it('offers every format the Api writes, in its order', () => {
    expect(FORMAT_CHOICES.map((c) => c.format)).toEqual([...EXPORT_FORMATS]);
    expect(FORMAT_CHOICES.map((c) => c.label)).toEqual([
      'Markdown',
      'HTML',
      'Word',
      'PDF',
      'CSV',
      'JSON',
      'ClaimReview',
    ]);
  });

  it('needs a second yes before confidential sources go into the file', () => {
    const ticked = run({ type: 'confidential', on: true });
    expect(exportBlocker(ticked)).toMatch(/^Confirm that confidential sources/);
    expect(exportRequest(ticked).includeConfidential).toBe(false);
    const confirmed = exportReducer(ticked, { type: 'confirmConfidential', on: true });
    expect(exportBlocker(confirmed)).toBeNull();
    expect(exportRequest(confirmed).includeConfidential).toBe(true);
    // Unticking forgets the yes: ticking again asks again.
    const again = run(
      { type: 'confidential', on: true },
      { type: 'confirmConfidential', on: true },
      { type: 'confidential', on: false },
      { type: 'confidential', on: true },
    );
    expect(again.confidentialConfirmed).toBe(false);
  });

  it('sends ClaimReview options only for ClaimReview, trimmed and without empty fields', () => {
    const md = run({ type: 'claimReview', pageUrl: 'https://news.example/a' });
    expect(exportRequest(md)).toEqual({ format: 'md', includeConfidential: false, includeNotes: false });
    const cr = run(
      { type: 'format', format: 'claimreview' },
      { type: 'claimReview', pageUrl: ' https://news.example/a ' },
      { type: 'notes', on: true },
    );
    expect(exportRequest(cr)).toEqual({
      format: 'claimreview',
      includeConfidential: false,
      includeNotes: true,
      claimReview: { url: 'https://news.example/a' },
    });
  });

  it('goes through asking, exporting and done, and back to editing when an option changes', () => {
    const picking = run({ type: 'picking' });
    expect(exportBlocker(picking)).toBe('An export is running.');
    expect(exportReducer(picking, { type: 'cancelled' }).phase).toBe('editing');
    const outcome = { path: '/p/exports/a.md', bytes: 2048, warnings: [] };
    const done = run({ type: 'exporting' }, { type: 'done', outcome });
    expect(done).toMatchObject({ phase: 'done', outcome });
    expect(exportReducer(done, { type: 'format', format: 'docx' })).toMatchObject({
      phase: 'editing',
      outcome: null,
      format: 'docx',
    });
    expect(run({ type: 'exporting' }, { type: 'failed', message: 'The disk is full.' })).toMatchObject({
      phase: 'editing',
      error: 'The disk is full.',
    });
  });

  it('asks before replacing an existing file and forgets the question when answered or when an option changes', () => {
    const asking = run({ type: 'exporting' }, { type: 'askReplace', path: '/story/exports/a.md' });
    expect(asking).toMatchObject({ phase: 'confirm-replace', replacePath: '/story/exports/a.md' });
    expect(exportBlocker(asking)).toMatch(/replace the existing file/);
    expect(exportReducer(asking, { type: 'cancelled' })).toMatchObject({ phase: 'editing', replacePath: null });
    expect(exportReducer(asking, { type: 'exporting' })).toMatchObject({ phase: 'exporting', replacePath: null });
    expect(exportReducer(asking, { type: 'format', format: 'csv' })).toMatchObject({ replacePath: null });
  });

  it('proposes a file in the project’s exports folder named after the story', () => {
    expect(defaultExportPath('/home/ana/Harbour bridge/', 'Harbour bridge: Zoë’s story', 'docx')).toBe(
      '/home/ana/Harbour bridge/exports/harbour-bridge-zoe-s-story-appendix.docx',
    );
    expect(defaultExportPath('C:\\Stories\\Bridge', 'Bridge', 'claimreview')).toBe(
      'C:\\Stories\\Bridge\\exports\\bridge-appendix.jsonld',
    );
  });

  it('writes sizes for people', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(12_700)).toBe('12.4 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
