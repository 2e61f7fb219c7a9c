// Oversized sources through the real handlers on real folders: a file past the byte limit, a subtitle file with too
// many cues, quote lists and texts with too many passages, one passage too long. Each is refused with a sentence that
// names the file, the limit and how to split it, and the project file, the personal library and sources/ stay as
// they were.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordHostile, writeHostileInput } from './counts';
import { meta, projectWithSources, snapshot } from './source-setup';
import type { Setup } from './source-setup';

/** Adds `path` to the project and to the personal library; both must be refused with `sentence`, nothing touched. */
async function expectRefusedUntouched(
  setup: Setup,
  path: string,
  sentence: string | RegExp,
  libraries: readonly ('project' | 'personal')[] = ['project', 'personal'],
): Promise<void> {
  const before = await snapshot(setup);
  const opened = await setup.handlers.openProject({ path: setup.folder });
  if (!opened.ok) throw new Error(opened.error.message);
  const { projectId } = opened.value;
  for (const library of libraries) {
    const result = await setup.handlers.addSource({
      projectId,
      library,
      file: { kind: 'path', path },
      meta,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-file');
      if (typeof sentence === 'string') expect(result.error.message).toBe(sentence);
      else expect(result.error.message).toMatch(sentence);
    }
  }
  const listed = await setup.handlers.listSources({ projectId });
  expect(listed.ok && listed.value.sources.length).toBe(2);
  await setup.handlers.closeAll();
  expect(await snapshot(setup)).toEqual(before);
}

describe('source limits: refused with a sentence, nothing the user had touched', () => {
  it('refuses a file over 200 MB before reading it', async () => {
    const setup = await projectWithSources();
    const path = join(setup.dir, 'archive.txt');
    const handle = await open(path, 'w');
    await handle.truncate(200_000_001); // sparse: no 200 MB written to disk
    await handle.close();
    recordHostile({ inputs: 1 });
    await expectRefusedUntouched(
      setup,
      path,
      'archive.txt is 200.0 MB; Factdesk takes at most 200.0 MB from one file. Split it into files of at most 200.0 MB (for a CSV or TSV list, repeat the header row at the top of each) and add them one by one.',
    );
  });

  it('refuses a subtitle file with 200,001 cues (the real limit)', async () => {
    const setup = await projectWithSources();
    const cues: string[] = [];
    for (let i = 0; i <= 200_000; i++) {
      const s = i * 2;
      const t = (x: number) =>
        `${String(Math.floor(x / 3600)).padStart(2, '0')}:${String(Math.floor(x / 60) % 60).padStart(2, '0')}:${String(x % 60).padStart(2, '0')},000`;
      cues.push(`${i + 1}\n${t(s)} --> ${t(s + 2)}\nWord ${i}.\n`);
    }
    const path = await writeHostileInput(join(setup.dir, 'interview.srt'), cues.join('\n'));
    await expectRefusedUntouched(
      setup,
      path,
      'interview.srt has 200,001 subtitle cues; Factdesk takes at most 200,000 cues from one file. Split it into files of at most 200,000 cues (about 111 hours of speech each) and add them one by one.',
      ['project'],
    );
  });

  it('refuses quote lists and texts with too many passages', async () => {
    const setup = await projectWithSources({ maxPassages: 1_000 });
    const rows = Array.from({ length: 1_500 }, (_, i) => `Quote number ${i},Ana Reyes`);
    const csv = await writeHostileInput(join(setup.dir, 'quotes.csv'), `quote,speaker\n${rows.join('\n')}\n`);
    await expectRefusedUntouched(
      setup,
      csv,
      /^quotes\.csv has (more than )?1,[0-9,]+ quote rows; Factdesk takes at most 1,000 passages from one file\. Split it into files of at most 1,000 rows, each starting with the header row, and add them one by one\.$/,
    );
    const jsonl = await writeHostileInput(
      join(setup.dir, 'quotes.jsonl'),
      rows.map((r) => JSON.stringify({ quote: r })).join('\n'),
    );
    await expectRefusedUntouched(
      setup,
      jsonl,
      'quotes.jsonl has more than 1,000 entries; Factdesk takes at most 1,000 passages from one file. Split it into files of at most 1,000 entries and add them one by one.',
    );
    const txt = await writeHostileInput(join(setup.dir, 'book.txt'), rows.join('\n\n'));
    await expectRefusedUntouched(
      setup,
      txt,
      'book.txt has more than 1,000 passages; Factdesk takes at most 1,000 passages from one file. Split it into smaller files and add them one by one.',
    );
  });

  it('refuses a passage too long: a quote-list cell and a subtitle cue', async () => {
    const setup = await projectWithSources({ maxEntryChars: 5_000 });
    const long = 'word '.repeat(1_200).trim();
    const csv = await writeHostileInput(
      join(setup.dir, 'speeches.csv'),
      `text,speaker\nShort one,Ana\n"${long}",Ben\n`,
    );
    await expectRefusedUntouched(
      setup,
      csv,
      'Row 2 (line 3) of speeches.csv holds 5,999 characters in one passage; Factdesk takes at most 5,000 characters per passage. Split that text across several rows.',
    );
    const srt = await writeHostileInput(
      join(setup.dir, 'runon.srt'),
      `1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:02,000 --> 00:00:03,000\n${long}\n`,
    );
    await expectRefusedUntouched(
      setup,
      srt,
      /^The cue on line 6 of runon\.srt holds 5,999 characters in one passage; Factdesk takes at most 5,000 characters per passage\. Split it into shorter cues/,
    );
  });

  it('refuses a CSV whose quote never closes, naming the line it opened on', async () => {
    const setup = await projectWithSources();
    const rows = Array.from({ length: 20_000 }, (_, i) => `Quote number ${i},Ana Reyes`);
    rows.splice(1_202, 0, '"The bridge will open in June, Ben Ortiz');
    const path = await writeHostileInput(join(setup.dir, 'bridge-quotes.csv'), `quote,speaker\n${rows.join('\n')}\n`);
    await expectRefusedUntouched(
      setup,
      path,
      'bridge-quotes.csv: a quote opened on line 1,204 is never closed, so everything after it would read as one field. Add the closing quotation mark (or double a quotation mark meant as text: "") and add the file again.',
    );
  });
});
