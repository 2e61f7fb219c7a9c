// The factdesk CLI for sources, search, attach, export and the activity log, in-process over real folders.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exportedText, readableFormats } from './cli-run';
import { tempDir } from './storage/helpers';

const SRT = `1
00:00:01,000 --> 00:00:04,000
Good morning. Thank you all for coming.

2
00:01:02,500 --> 00:01:06,000
This moment demands urgency from every one of us.
`;

async function story() {
  const dir = await tempDir();
  await cli(['new', 'story', '--title', 'Housing plan'], dir);
  await writeFile(join(dir, 'briefing.srt'), SRT);
  await writeFile(
    join(dir, 'secret.txt'),
    'Speaker: Deep Throat\n\nThe money went through the harbor fund, every cent of it.',
  );
  await writeFile(
    join(dir, 'draft.txt'),
    'Mayor Karen Bass said "this moment demands urgency" on Monday. The harbor fund paid for it.',
  );
  await cli(['import-draft', 'story', 'draft.txt'], dir);
  return dir;
}

describe('factdesk CLI: library, export, log', () => {
  it('adds a transcript, finds a passage from a misspelt query with its cue time first, and attaches it', async () => {
    const dir = await story();
    const added = await cli(['add-source', 'story', 'briefing.srt', '--speaker', 'Karen Bass', '--json'], dir);
    expect(added.code).toBe(0);
    // Subtitles carry no title of their own: without --title the source is named after its file.
    expect(JSON.parse(added.out).source.title).toBe('briefing');
    const found = JSON.parse((await cli(['search', 'story', 'momnet demnds urgncy', '--json'], dir)).out);
    expect(found.results[0]).toMatchObject({
      speaker: 'Karen Bass',
      pinpoint: '00:01:02',
      text: expect.stringContaining('demands urgency'),
    });
    expect(Object.keys(found.results[0])).toEqual([
      'passageId',
      'sourceId',
      'sourceTitle',
      'speaker',
      'text',
      'pinpoint',
      'score',
      'library',
    ]);
    expect(found.results[0].library).toBe('project');
    // Without FACTDESK_LIBRARY_URL there is no newsroom library to report on.
    expect(found.newsroom).toBeNull();
    await cli(['mark', 'story', 'this moment demands urgency', '--kind', 'quote'], dir);
    const claimId = JSON.parse((await cli(['claims', 'story', '--json'], dir)).out).claims[0].id;
    const attached = await cli(
      ['attach', 'story', claimId, found.results[0].passageId, '--relation', 'supports', '--note', 'Briefing'],
      dir,
    );
    expect(attached.out).toMatch(/at 00:01:02/);
    const doc = JSON.parse(await readFile(join(dir, 'story', 'project.factdesk'), 'utf8'));
    expect(doc.claims[0].links[0]).toMatchObject({ relation: 'supports', pinpoint: '00:01:02', note: 'Briefing' });
  });

  it('adds to the personal library with --library, which every project then searches', async () => {
    const dir = await story();
    expect((await cli(['add-source', '--library', 'briefing.srt', '--title', 'Briefing'], dir)).code).toBe(0);
    const found = JSON.parse((await cli(['search', 'story', 'thank you coming', '--json'], dir)).out);
    expect(found.results[0].sourceTitle).toBe('Briefing');
  });

  it('exports every format with every claim and source, and keeps a confidential source out unless included', async () => {
    const dir = await story();
    await cli(['add-source', 'story', 'briefing.srt', '--speaker', 'Karen Bass'], dir);
    await cli(['add-source', 'story', 'secret.txt', '--title', 'Harbor insider', '--confidential'], dir);
    await cli(['mark', 'story', 'this moment demands urgency', '--kind', 'quote', '--status', 'verified'], dir);
    await cli(['mark', 'story', 'The harbor fund paid for it.'], dir);
    const claims = JSON.parse((await cli(['claims', 'story', '--json'], dir)).out).claims;
    const urgency = JSON.parse((await cli(['search', 'story', 'moment demands urgency', '--json'], dir)).out)
      .results[0];
    const money = JSON.parse((await cli(['search', 'story', 'money harbor fund', '--json'], dir)).out).results[0];
    await cli(['attach', 'story', claims[0].id, urgency.passageId], dir);
    await cli(['attach', 'story', claims[1].id, money.passageId, '--relation', 'context'], dir);

    const secret = ['Harbor insider', 'Deep Throat', 'every cent of it'];
    const formats = readableFormats(['md', 'html', 'csv', 'json', 'claimreview', 'docx', 'pdf']);
    for (const format of formats) {
      const result = await exportedText(dir, 'story', format);
      expect(result.code, result.err).toBe(0);
      const text = result.text;
      for (const s of secret) expect(text, `${format} leaks "${s}"`).not.toContain(s);
      if (format !== 'claimreview') {
        expect(text).toContain('this moment demands urgency');
        expect(text).toContain('The harbor fund paid for it.');
        expect(text).toContain('Karen Bass');
        expect(text).toMatch(/Confidential source 1/);
      } else {
        const reviews = JSON.parse(text);
        const first = Array.isArray(reviews) ? reviews[0] : reviews;
        expect(first).toMatchObject({ '@type': 'ClaimReview', claimReviewed: 'this moment demands urgency' });
        expect(first.reviewRating).toMatchObject({ alternateName: expect.any(String) });
      }
    }
    expect(existsSync(join(dir, 'appendix.schema.json'))).toBe(true);
    await cli(['export', 'story', '--format', 'md', '--out', 'full.md', '--include-confidential'], dir);
    expect(await readFile(join(dir, 'full.md'), 'utf8')).toContain('Harbor insider');
  }, 60_000);

  it('exports an empty ClaimReview with exit code 0 and says why it is empty and what to do', async () => {
    const dir = await story();
    await cli(['mark', 'story', 'this moment demands urgency'], dir);
    const result = await cli(['export', 'story', '--format', 'claimreview', '--out', 'reviews.jsonld'], dir);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'reviews.jsonld'), 'utf8'))).toEqual([]);
    expect(result.err).toContain('No claim has a public verdict yet, so the ClaimReview file holds an empty list ([])');
    expect(result.err).toContain('give the claims you checked a status with a public verdict (Verified,');
    expect(result.out).toMatch(/^Wrote .*reviews\.jsonld/);
  });

  it('verifies the activity log and names the first entry after a hand edit', async () => {
    const dir = await story();
    await cli(['mark', 'story', 'this moment demands urgency'], dir);
    await cli(['mark', 'story', 'The harbor fund paid for it.'], dir);
    const ok = await cli(['verify-log', 'story'], dir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/intact: 3 entries/);
    const file = join(dir, 'story', 'project.factdesk');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.activityLog[1].by = 'Someone Else';
    await writeFile(file, JSON.stringify(doc, null, 2));
    const bad = await cli(['verify-log', 'story'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/is not intact\. Entry 2 of the activity log \(.+\) was changed after it was written/);
  });
});
