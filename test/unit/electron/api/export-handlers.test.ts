// The appendix's quote lines say what the Quote check says: a real project with six direct quotes, two of them marked
// as claims, checked against real transcripts, then exported as Markdown, HTML and Word through the handler table.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../renderer/features/quote-check/quote-check-state';
import type { ExportFormat } from '../../../../shared/api/contract';
import { verdictSummaryText } from '../../../../shared/verify/summary';
import { setupProject, sourceMeta, value } from './source-steps';
import { BASS, HOMAN_SRT, SIX_QUOTES } from '../quote-transcripts';

const DRAFT = SIX_QUOTES;

describe('the exported appendix and the Quote check', () => {
  it('count the same quotes, marked as claims or not, with the same verdicts and speakers', async () => {
    const { handlers, projectId, folder } = await setupProject('Camps');
    const transcripts = join(folder, '..', 'transcripts');
    await mkdir(transcripts);
    for (const [name, text, type] of [
      ['bass.txt', BASS, 'interview'],
      ['homan.srt', HOMAN_SRT, 'broadcast'],
    ] as const) {
      await writeFile(join(transcripts, name), text);
      const meta = { ...sourceMeta, title: name, type };
      value(
        await handlers.addSource({
          projectId,
          library: 'project',
          file: { kind: 'path', path: join(transcripts, name) },
          meta,
        }),
      );
    }
    value(await handlers.pasteDraft({ projectId, text: DRAFT }));
    for (const words of ['We will not rest until every camp is gone', 'Nobody said this sentence anywhere at all']) {
      const start = DRAFT.indexOf(words);
      value(await handlers.markClaim({ projectId, start, end: start + words.length, kind: 'quote' }));
    }

    // What the Quote check panel shows, from the rows the panel gets.
    const rows = value(await handlers.checkQuotes({ projectId }));
    const panel = summarize(rows);
    expect(panel.total).toBe(6);
    expect(rows.filter((r) => r.claimId !== null)).toHaveLength(2);
    expect(panel.speakers.unknown).toBeGreaterThan(0);
    const { match, mismatch, unknown } = panel.speakers;
    const check = `${verdictSummaryText(panel)}; 2 marked as claims, 4 not marked`;
    const speakers = `${match} match, ${mismatch} mismatch, ${unknown} unknown (all 6 quotes in the draft)`;

    const exported = async (format: ExportFormat) => {
      const path = join(folder, 'exports', `appendix.${format}`);
      const args = { projectId, format, includeConfidential: false, includeNotes: false, path, overwrite: true };
      value(await handlers.exportAppendix(args));
      return path;
    };
    const md = await readFile(await exported('md'), 'utf8');
    expect(md).toContain(`- Quote check: ${check}\n- Quote speakers: ${speakers}`);
    const html = await readFile(await exported('html'), 'utf8');
    expect(html).toContain(`<dt>Quote check</dt><dd>${check}</dd>\n<dt>Quote speakers</dt><dd>${speakers}`);
    const word = await mammoth.extractRawText({ path: await exported('docx') });
    expect(word.value).toContain(`Quote check: ${check}`);
    expect(word.value).toContain(`Quote speakers: ${speakers}`);
    const json = JSON.parse(await readFile(await exported('json'), 'utf8'));
    expect(json.header.speakerChecks).toEqual(panel.speakers);
    expect(json.header.quotes).toEqual({ total: 6, markedAsClaims: 2, verdicts: panel.counts });
    // Exporting the same project again gives the same bytes.
    expect(await readFile(await exported('md'), 'utf8')).toBe(md);
    await handlers.closeAll();
  });
});
