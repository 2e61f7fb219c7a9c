// factdesk check-quotes, with files and with a project: verdicts, speaker checks and the exit codes a newsroom's
// pre-publication script relies on.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-run';
import { tempDir } from './storage/helpers';
import { BASS, HOMAN_SRT, SIX_QUOTES } from './quote-transcripts';

async function files(draft: string) {
  const dir = await tempDir();
  await mkdir(join(dir, 'transcripts'));
  await writeFile(join(dir, 'transcripts', 'bass.txt'), BASS);
  await writeFile(join(dir, 'transcripts', 'homan.srt'), HOMAN_SRT);
  await writeFile(join(dir, 'draft.txt'), draft);
  return dir;
}

describe('factdesk check-quotes', () => {
  it('gives each quote its verdict, diff, source, pinpoint and speaker check, and exits 1 when one is wrong', async () => {
    const dir = await files(SIX_QUOTES);
    const run = await cli(['check-quotes', '--draft', 'draft.txt', '--sources', 'transcripts', '--json'], dir);
    expect(run.code).toBe(1);
    const { quotes } = JSON.parse(run.out);
    expect(quotes.map((q: { verdict: string }) => q.verdict)).toEqual([
      'exact',
      'punctuation',
      'altered',
      'exact',
      'exact',
      'not-found',
    ]);
    expect(quotes.map((q: { speakerMatch: boolean | null }) => q.speakerMatch)).toEqual([
      true,
      true,
      true,
      true,
      false,
      null,
    ]);
    expect(quotes[3].source).toMatchObject({ speaker: 'Homan', pinpoint: '00:00:01' });
    expect(quotes[2].diff).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: 'encampment' },
        { op: 'insert', text: 'camp' },
      ]),
    );
    for (const q of quotes)
      expect(Object.keys(q)).toEqual([
        'text',
        'start',
        'end',
        'attributedTo',
        'verdict',
        'speakerMatch',
        'speakerReason',
        'source',
        'diff',
      ]);
    // The reason names whom the draft credits (as the attribution reads) and the source's speaker.
    const reasons = quotes.map((q: { speakerReason: string }) => q.speakerReason);
    const patterns = [
      /^Credited to (Mayor )?(Karen )?Bass; the source passage's speaker is Karen Bass$/,
      /^Credited to (Karen )?Bass; the source passage's speaker is Karen Bass$/,
      /^Credited to (Karen )?Bass; the source passage's speaker is Karen Bass$/,
      /^Credited to Homan; the transcript's speaker is Homan$/,
      /^Credited to Homan, but the source passage is spoken by Karen Bass$/,
      /^The draft names no speaker for this quote$/,
    ];
    patterns.forEach((p, i) => expect(reasons[i]).toMatch(p));
  });

  it('exits 1 when a word-perfect quote has a speaker Factdesk could not identify, and says so', async () => {
    const dir = await files(
      [
        '"This moment demands urgency from every one of us," said Mayor Bass.',
        'A voice from the back: "We are going to enforce the law in every city."',
      ].join('\n\n'),
    );
    const text = await cli(['check-quotes', '--draft', 'draft.txt', '--sources', 'transcripts'], dir);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/Speaker matches: Credited to (Mayor )?(Karen )?Bass;/);
    expect(text.out).toContain('Speaker unknown: The draft names no speaker for this quote');
    expect(text.out).toContain('2 quotes: 2 exact; 1 quote has no speaker Factdesk could identify: check it by hand');
    expect(text.out).not.toMatch(/no speaker mismatch|every speaker matches/);
    const json = await cli(['check-quotes', '--draft', 'draft.txt', '--sources', 'transcripts', '--json'], dir);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).quotes.map((q: { speakerMatch: boolean | null }) => q.speakerMatch)).toEqual([
      true,
      null,
    ]);
  });

  it('exits 0 when every quote is exact or differs only in punctuation, and 2 on bad input', async () => {
    const dir = await files('"This moment demands urgency from every one of us," said Mayor Bass.');
    expect(
      (
        await cli(
          ['check-quotes', '--draft', 'draft.txt', '--sources', 'transcripts/bass.txt', 'transcripts/homan.srt'],
          dir,
        )
      ).code,
    ).toBe(0);
    const all = await cli(['check-quotes', '--draft', 'draft.txt', '--sources', 'transcripts'], dir);
    expect(all.code).toBe(0);
    expect(all.out).toContain('1 quote: 1 exact; every speaker matches its source');
    expect((await cli(['check-quotes', '--draft', 'draft.txt'], dir)).code).toBe(2);
    expect((await cli(['check-quotes'], dir)).code).toBe(2);
    const missing = await cli(['check-quotes', '--draft', 'nothere.txt', '--sources', 'transcripts'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nothere\.txt does not exist/);
    await writeFile(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    expect((await cli(['check-quotes', '--draft', 'draft.txt', '--sources', 'image.txt'], dir)).code).toBe(1);
  });

  it('reads a short exchange labelled in capitals as a transcript, so a quote credited to the other speaker is a mismatch', async () => {
    const dir = await files('"The pier will reopen before the summer season," Tom Reed said.');
    // Each speaker talks once: only the capitals say these are turns, not prose with a colon.
    await writeFile(
      join(dir, 'transcripts', 'pier.txt'),
      'MARIA LOPEZ: The pier will reopen before the summer season.\n\nTOM REED: We have heard that promise before.\n',
    );
    const run = await cli(['check-quotes', '--draft', 'draft.txt', '--sources', 'transcripts/pier.txt', '--json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).quotes[0]).toMatchObject({
      verdict: 'exact',
      attributedTo: 'Tom Reed',
      speakerMatch: false,
      source: { speaker: 'Maria Lopez' },
    });
  });

  it('checks the quotes of a project against its sources', async () => {
    const dir = await files('"We will not rest until every camp is gone," Bass said.');
    await cli(['new', 'story', '--title', 'Camps'], dir);
    await cli(['import-draft', 'story', 'draft.txt'], dir);
    await cli(['add-source', 'story', 'transcripts/bass.txt'], dir);
    const run = await cli(['check-quotes', 'story', '--json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).quotes[0]).toMatchObject({
      verdict: 'altered',
      attributedTo: 'Bass',
      speakerMatch: true,
      speakerReason: "Credited to Bass; the transcript's speaker is Karen Bass",
    });
  });
});

describe('factdesk check-quotes with marked quotes', () => {
  it('checks a quote once when its claim was marked without the quotation marks', async () => {
    const dir = await files('"We will not rest until every camp is gone," Bass said.');
    await cli(['new', 'story', '--title', 'Camps'], dir);
    await cli(['import-draft', 'story', 'draft.txt'], dir);
    await cli(['add-source', 'story', 'transcripts/bass.txt'], dir);
    await cli(['mark', 'story', 'We will not rest until every camp is gone', '--kind', 'quote'], dir);
    const { quotes } = JSON.parse((await cli(['check-quotes', 'story', '--json'], dir)).out);
    expect(quotes).toHaveLength(1);
  });
});

describe('factdesk export with quote claims', () => {
  it('writes each quote claim’s speaker outcome and reason into the appendix, unknown counted apart', async () => {
    const dir = await files(
      [
        '"We will not rest until every camp is gone," Bass said.',
        'A voice from the back: "We are going to enforce the law in every city."',
      ].join('\n\n'),
    );
    await cli(['new', 'story', '--title', 'Camps'], dir);
    await cli(['import-draft', 'story', 'draft.txt'], dir);
    await cli(['add-source', 'story', 'transcripts/bass.txt'], dir);
    await cli(['add-source', 'story', 'transcripts/homan.srt'], dir);
    await cli(['mark', 'story', 'We will not rest until every camp is gone', '--kind', 'quote'], dir);
    await cli(['mark', 'story', 'We are going to enforce the law in every city.', '--kind', 'quote'], dir);
    const run = await cli(['export', 'story', '--format', 'json', '--out', 'appendix.json'], dir);
    expect(run.code).toBe(0);
    const appendix = JSON.parse(await readFile(join(dir, 'appendix.json'), 'utf8'));
    expect(appendix.header.speakerChecks).toEqual({ match: 1, mismatch: 0, unknown: 1 });
    expect(appendix.claims.map((c: { quoteCheck: { speakerOutcome: string } }) => c.quoteCheck.speakerOutcome)).toEqual(
      ['match', 'unknown'],
    );
    expect(appendix.claims[1].quoteCheck.speakerReason).toBe('The draft names no speaker for this quote');
  });
});
