// Transcripts, plain text, documents and refusals through the real parseSource: speaker turns with time pinpoints,
// paragraphs, hostile HTML as text only, binary and oversized files refused with a sentence, encodings asked, and a
// cancel heard in every format.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../../../electron/importers/sources/parse-source';
import { buildDocx, paragraph, run } from '../../../../fixtures/importers/docx-builder';
import { fixture, outline, parsed } from './helpers';

describe('parseSource: transcripts', () => {
  it('reads the Otter layout: a name and a time on their own line, then the turn', async () => {
    const source = await parsed('otter-interview.txt');
    expect(source.format).toBe('transcript');
    expect(source.suggestedType).toBe('interview');
    expect(source.speakers).toEqual(['Speaker 1', 'Karen Bass']);
    expect(outline(source)).toEqual([
      '[¶ 1] -: Harbor redevelopment interview',
      "[00:00:00] Speaker 1: Thanks for making the time. Let's start with the vote on Tuesday.",
      '[00:00:06] Karen Bass: Sure. The council approved the harbor plan seven to two, and we expect construction to begin in the spring.',
      '[00:00:19] Speaker 1: How many units of housing are in the plan?',
      '[00:00:23] Karen Bass: Four hundred and twelve, of which a third are set aside as affordable.',
      "[01:02:05] Karen Bass: I'll add one thing: the funding is already in the budget.",
    ]);
    const second = source.passages[2];
    expect(second?.pinpoint).toMatchObject({ startSeconds: 6, endSeconds: 19 });
    expect(source.passages[4]?.pinpoint.endSeconds).toBe(3725);
  });

  it('keeps the file verbatim and points each passage at its words', async () => {
    const source = await parsed('council-interview.txt');
    for (const passage of source.passages) {
      expect(source.text.slice(passage.start, passage.end).replace(/\s*\n\s*/g, ' ')).toBe(passage.text);
    }
    expect(outline(source)).toEqual([
      '[¶ 1] -: Interview with Councilmember Ortiz, recorded at City Hall.',
      '[00:00:05] Reporter: Why did you vote against the budget?',
      '[00:00:09] Councilmember Ortiz: Because it cuts the library hours in half. We heard from hundreds of residents about that.',
      "[00:00:21] Reporter: Did the mayor's office respond?",
      '[00:00:25] Councilmember Ortiz: Not yet. We sent the letter on March 3.',
      '[¶ 6] -: Note: this transcript was lightly edited for length.',
    ]);
  });

  it('reads Q and A labels (Q asks, so only A is a source speaker), and narration after them has no speaker', async () => {
    const source = await parsed('press-qa.txt');
    expect(source.speakers).toEqual(['A']);
    expect(outline(source).slice(3)).toEqual([
      "[¶ 4] A: About 4.2 million dollars, which came from the state's emergency fund.",
      '[¶ 5] -: The department said it would publish the inspection report next week.',
    ]);
  });

  it('takes the speaker of an unlabelled text from a "Speaker:" first line', async () => {
    const source = await parsed('single-speaker.txt');
    expect(source.format).toBe('txt');
    expect(source.speakers).toEqual(['Jane Doe']);
    expect(outline(source)).toEqual([
      '[¶ 1] Jane Doe: We will not raise the sales tax this year.',
      '[¶ 2] Jane Doe: The transit levy stays where it is, and the reserve covers the shortfall.',
    ]);
  });

  it('leaves prose with a stray "Washington:" as paragraphs', async () => {
    const text = 'Washington: The council met on Tuesday.\n\nIt approved the plan.\n\nUpdate: the vote was 7-2.\n';
    const source = await parsed('story.txt', { bytes: new TextEncoder().encode(text) });
    expect(source.format).toBe('txt');
    expect(source.speakers).toEqual([]);
    expect(source.passages.map((p) => p.pinpoint.label)).toEqual(['¶ 1', '¶ 2', '¶ 3']);
  });

  it('splits a paragraph longer than 2,000 characters at sentence ends', async () => {
    const text = `MAYOR BASS: ${'The council approved the plan. '.repeat(200)}\nREPORTER: Thanks.\nMAYOR BASS: Sure.\n`;
    const source = await parsed('long.txt', { bytes: new TextEncoder().encode(text) });
    const mayor = source.passages.filter((p) => p.speaker === 'Mayor Bass');
    expect(mayor.length).toBeGreaterThan(3);
    for (const passage of mayor) {
      expect(passage.text.length).toBeLessThanOrEqual(2000);
      expect(passage.text).toMatch(/\.$/);
    }
  });
});

describe('parseSource: documents', () => {
  it('shows hostile HTML as plain text only: no script, handler or link survives', async () => {
    const source = await parsed('hostile.html');
    expect(source.format).toBe('html');
    expect(source.suggestedTitle).toBe('Council & harbor statement');
    expect(source.text).not.toMatch(/alert|javascript:|onerror|onload|<img|<a |cookie|svg text|<script>alert/);
    expect(outline(source)).toEqual([
      '[¶ 1] -: Harbor statement',
      '[¶ 2] Mayor Bass: The plan passed seven to two.',
      '[¶ 3] Reporter: Is it funded?',
      '[¶ 4] Mayor Bass: Yes, fully <script> funded.',
    ]);
    expect(source.warnings).toEqual(['One image in hostile.html was left out: Factdesk imports the text only.']);
  });

  it('keeps a title found in the file to one line of at most 500 characters, hidden characters replaced', async () => {
    const heading = `Budget \u202Enotes ${'and more words '.repeat(60)}`;
    const source = await parsed('notes.md', { bytes: new TextEncoder().encode(`# ${heading}\n\nThe vote passed.\n`) });
    expect(source.suggestedTitle.length).toBeGreaterThan(440);
    expect(source.suggestedTitle.length).toBeLessThanOrEqual(500);
    expect(source.suggestedTitle.startsWith('Budget \uFFFDnotes and more words')).toBe(true);
    // Cut after a whole word.
    expect(source.suggestedTitle).toMatch(/ (and|more|words)…$/);
  });

  it('reads Markdown paragraphs with their numbers', async () => {
    const md = '# Budget notes\n\nThe mayor said the vote will pass.\n\n- Libraries keep their hours\n';
    const source = await parsed('notes.md', { bytes: new TextEncoder().encode(md) });
    expect(source.suggestedTitle).toBe('Budget notes');
    expect(outline(source)).toEqual([
      '[¶ 1] -: Budget notes',
      '[¶ 2] -: The mayor said the vote will pass.',
      '[¶ 3] -: Libraries keep their hours',
    ]);
  });

  it('reads a DOCX interview through the zip gate and the conversion thread', async () => {
    const bytes = buildDocx({
      body: [
        paragraph(run('Interview with the harbor director'), 'Heading1'),
        paragraph(run('REPORTER: When does construction start?')),
        paragraph(run('DIRECTOR HALE: In April, if the permits arrive.')),
        paragraph(run('REPORTER: And the cost?')),
        paragraph(run('DIRECTOR HALE: Two hundred million dollars.')),
      ].join(''),
    });
    const source = await parsed('hale.docx', { bytes });
    expect(source.format).toBe('docx');
    expect(source.suggestedType).toBe('interview');
    expect(source.speakers).toEqual(['Director Hale']);
    expect(outline(source)[2]).toBe('[¶ 3] Director Hale: In April, if the permits arrive.');
  });
});

describe('parseSource: refusals and questions', () => {
  it('refuses a PNG named .txt, naming the file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const result = await parseSource({ bytes: png, fileName: 'photo.txt' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'invalid-file',
      message: expect.stringContaining('photo.txt is a PNG image'),
    });
  });

  it('asks for the encoding of a Windows-1252 file, then reads it with the answer', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Q: Was it '),
      0x93,
      0x66,
      0x69,
      0x6e,
      0x65,
      0x94,
      0x3f,
      0x0a,
      ...new TextEncoder().encode('A: Yes.\nQ: Sure?\nA: Yes.\n'),
    ]);
    const question = await parseSource({ bytes, fileName: 'old.txt' });
    expect(question.ok ? null : question.error).toMatchObject({
      code: 'needs-encoding',
      details: { choices: ['windows-1252', 'latin1'] },
    });
    const answered = await parsed('old.txt', { bytes, encoding: 'windows-1252' });
    expect(answered.passages[0]?.text).toBe('Was it “fine”?');
  });

  it('refuses a file over the size limit with a sentence', async () => {
    const result = await parseSource(
      { bytes: new Uint8Array(3_000_000).fill(0x61), fileName: 'huge.txt' },
      { limits: { maxFileBytes: 2_000_000 } },
    );
    expect(result.ok ? null : result.error.message).toBe(
      'huge.txt is 3.0 MB; Factdesk takes at most 2.0 MB from one file. Split it into files of at most 2.0 MB (for a CSV or TSV list, repeat the header row at the top of each) and add them one by one.',
    );
  });

  it('refuses an empty file and a binary one', async () => {
    const empty = await parseSource({ bytes: new Uint8Array(), fileName: 'empty.srt' });
    expect(empty.ok ? null : empty.error.message).toBe('empty.srt is empty, so there is nothing to import.');
    const binary = await parseSource({ bytes: new Uint8Array([0x61, 0, 0x62, 1, 2, 3]), fileName: 'blob.txt' });
    expect(binary.ok ? null : binary.error.message).toBe(
      'blob.txt holds binary data, not text, so it cannot be imported as a source.',
    );
  });
});

// Half a million passages: minutes on a heavily loaded machine, seconds otherwise.
describe('parseSource: a 50 MB transcript', { timeout: 240_000 }, () => {
  const bigTranscript = (): Uint8Array => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 50_000_000; i++) {
      const clock = [Math.floor(i / 3600), Math.floor(i / 60) % 60, i % 60]
        .map((n) => String(n).padStart(2, '0'))
        .join(':');
      const line = `${i % 2 ? 'REPORTER' : 'MAYOR BASS'}: [${clock}] The harbor plan passed and construction begins in spring, turn ${i}.\n`;
      parts.push(line);
      size += line.length;
    }
    return new TextEncoder().encode(parts.join(''));
  };

  it('is parsed in one pass with progress reported along the way, never going back', async () => {
    const bytes = bigTranscript();
    const reports: [number, number][] = [];
    const source = await parsed('big.txt', { bytes }, { onProgress: (done, total) => reports.push([done, total]) });
    expect(source.format).toBe('transcript');
    expect(source.passages.length).toBeGreaterThan(500_000);
    expect(source.passages[1]?.pinpoint).toMatchObject({ label: '00:00:01', startSeconds: 1, endSeconds: 2 });
    expect(reports.length).toBeGreaterThanOrEqual(100);
    for (let i = 1; i < reports.length; i++) expect(reports[i]?.[0]).toBeGreaterThanOrEqual(reports[i - 1]?.[0] ?? 0);
    expect(reports[reports.length - 1]?.[0]).toBe(reports[reports.length - 1]?.[1]);
  });

  it('stops with "cancelled" when the signal aborts midway', async () => {
    const controller = new AbortController();
    const result = await parseSource(
      { bytes: bigTranscript(), fileName: 'big.txt' },
      { signal: controller.signal, onProgress: (done, total) => done > total / 2 && controller.abort() },
    );
    expect(result.ok ? null : result.error).toEqual({
      code: 'cancelled',
      message: 'The import of big.txt was cancelled; nothing was added.',
    });
  });
});

describe('parseSource: cancelling', () => {
  it('stops with "cancelled" in whichever loop of whichever format the cancel reaches', async () => {
    const repeat = (times: number, line: (i: number) => string): string =>
      Array.from({ length: times }, (_, i) => line(i)).join('');
    const files: [string, Uint8Array][] = [
      ['list.csv', `quote,who\n${repeat(40_000, (i) => `"The harbor plan, turn ${i}, passed",Ana Ortiz\n`)}`],
      ['list.tsv', `quote\twho\n${repeat(40_000, (i) => `The harbor plan passed, turn ${i}\tAna Ortiz\n`)}`],
      ['list.jsonl', repeat(40_000, (i) => `{"quote":"The harbor plan passed, turn ${i}","who":"Ana Ortiz"}\n`)],
      ['list.json', `[${repeat(12_000, (i) => `${i ? ',' : ''}{"quote":"The harbor plan passed, turn ${i}"}`)}]`],
      [
        'talk.srt',
        repeat(40_000, (i) => `${i + 1}\n00:00:01,000 --> 00:00:02,000\nThe harbor plan passed, turn ${i}.\n\n`),
      ],
      ['notes.md', repeat(60_000, (i) => `The harbor plan passed, paragraph ${i}.\n\n`)],
    ].map(([name, text]) => [name as string, new TextEncoder().encode(text as string)]);
    files.push(['multi-page.pdf', fixture('pdf/multi-page.pdf')]);
    for (const [fileName, bytes] of files) {
      const controller = new AbortController();
      const result = await parseSource(
        { bytes, fileName },
        { signal: controller.signal, onProgress: (done) => done > 0 && controller.abort() },
      );
      expect(result.ok ? null : result.error, fileName).toEqual({
        code: 'cancelled',
        message: `The import of ${fileName} was cancelled; nothing was added.`,
      });
    }
  });
});
