// `factdesk add-source <project> transcript.srt --recording file.wav`: the transcript and its recording in one step,
// in-process over real folders; a refused recording adds nothing; and the appendix cites a passage of a recorded
// transcript by its timecode in every format that carries pinpoints.
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exportedText, readableFormats } from './cli-run';
import { tempDir } from './storage/helpers';

const FIXTURES = join(__dirname, '../../fixtures/sources');

async function story() {
  const dir = await tempDir();
  expect((await cli(['new', 'story', '--title', 'Flood night'], dir)).code).toBe(0);
  await copyFile(join(FIXTURES, 'interview-3s.srt'), join(dir, 'interview.srt'));
  await copyFile(join(FIXTURES, 'interview-3s.wav'), join(dir, 'interview.wav'));
  return dir;
}

describe('factdesk add-source --recording', () => {
  it('adds the transcript and keeps its recording in sources/ by content hash', async () => {
    const dir = await story();
    const added = await cli(['add-source', 'story', 'interview.srt', '--recording', 'interview.wav', '--json'], dir);
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    const out = JSON.parse(added.out) as {
      source: { id: string; passages: number };
      recording: { file: string; mediaType: string; bytes: number; durationSeconds: number };
    };
    expect(out.source.passages).toBe(3);
    expect(out.recording).toMatchObject({ mediaType: 'audio/wav', bytes: 48_044, durationSeconds: 3 });
    expect(out.recording.file).toMatch(/^[0-9a-f]{64}\.wav$/);
    const stored = await readFile(join(dir, 'story', 'sources', out.recording.file));
    expect(stored.equals(await readFile(join(FIXTURES, 'interview-3s.wav')))).toBe(true);

    const project = JSON.parse(await readFile(join(dir, 'story', 'project.factdesk'), 'utf8')) as {
      sources: { id: string; recording?: { file: string } }[];
    };
    expect(project.sources.find((s) => s.id === out.source.id)?.recording?.file).toBe(out.recording.file);

    // The same transcript is in this project already: refused, and its recording is not attached again.
    const again = await cli(['add-source', 'story', 'interview.srt', '--recording', 'interview.wav'], dir);
    expect(again.code).toBe(1);
    expect(again.err).toBe('factdesk: interview.srt is already in this project as “interview”; nothing was added.\n');
    expect((await cli(['new', 'other', '--title', 'Second story'], dir)).code).toBe(0);
    const plain = await cli(['add-source', 'other', 'interview.srt', '--recording', 'interview.wav'], dir);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^Added "interview" \(3 passages\) as \S+\nAttached the recording [0-9a-f]{64}\.wav/);
  });

  it('refuses a recording that is not one, with one sentence, and adds nothing', async () => {
    const dir = await story();
    const before = await readFile(join(dir, 'story', 'project.factdesk'), 'utf8');
    await writeFile(join(dir, 'notes.wav'), 'These are notes, not audio.');
    const refused = await cli(['add-source', 'story', 'interview.srt', '--recording', 'notes.wav'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      "factdesk: notes.wav does not hold WAV audio or video (its first bytes are not a WAV file's), so Factdesk did not attach it.\n",
    );
    expect(await readFile(join(dir, 'story', 'project.factdesk'), 'utf8')).toBe(before);
    expect(await readdir(join(dir, 'story', 'sources')).catch(() => [])).toEqual([]);

    const missing = await cli(['add-source', 'story', 'interview.srt', '--recording', 'gone.mp3'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^factdesk: Factdesk could not read the recording .*gone\.mp3: /);
    expect(await readFile(join(dir, 'story', 'project.factdesk'), 'utf8')).toBe(before);

    const personal = await cli(['add-source', '--library', 'interview.srt', '--recording', 'interview.wav'], dir);
    expect(personal.code).toBe(2);
    expect(personal.err).toContain('--recording keeps the recording in a project');
  });
});

describe('the appendix of a recorded transcript', () => {
  it('gives the passage its timecode pinpoint in Markdown, HTML, CSV, JSON, Word and PDF', async () => {
    const dir = await story();
    await writeFile(join(dir, 'draft.txt'), 'Lee Harbor said the crew "kept the east gate open until dawn".');
    expect((await cli(['import-draft', 'story', 'draft.txt'], dir)).code).toBe(0);
    await cli(['add-source', 'story', 'interview.srt', '--title', 'Flood night', '--recording', 'interview.wav'], dir);
    await cli(['mark', 'story', 'kept the east gate open until dawn', '--kind', 'quote'], dir);
    const claimId = JSON.parse((await cli(['claims', 'story', '--json'], dir)).out).claims[0].id as string;
    const hit = JSON.parse((await cli(['search', 'story', 'east gate dawn', '--json'], dir)).out).results[0];
    expect(hit.pinpoint).toBe('00:00:02');
    expect((await cli(['attach', 'story', claimId, hit.passageId], dir)).out).toMatch(/at 00:00:02/);

    const formats = readableFormats(['md', 'html', 'csv', 'json', 'docx', 'pdf']);
    for (const format of formats) {
      const result = await exportedText(dir, 'story', format);
      expect(result.code, result.err).toBe(0);
      const text = result.text;
      expect(text, format).toContain('Flood night');
      expect(text, format).toMatch(format === 'json' ? /"pinpoint": "00:00:02"/ : /00:00:02/);
    }
  });
});
