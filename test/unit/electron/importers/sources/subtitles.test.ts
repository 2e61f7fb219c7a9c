// SRT and WebVTT through the real parseSource: cue times become pinpoints, voices and "NAME:" prefixes speakers,
// tags are stripped to text, sentences merged across cues; malformed files read leniently with warnings.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../../../electron/importers/sources/parse-source';
import { fixture, outline, parsed } from './helpers';

describe('parseSource: SRT', () => {
  it('reads cues, speakers from "NAME:" and ">>", and merges a sentence that runs across cues', async () => {
    const source = await parsed('briefing.srt');
    // SubRip gives no title: the file's name stands in.
    expect(source.suggestedTitle).toBe('briefing');
    expect(source.format).toBe('srt');
    expect(source.suggestedType).toBe('broadcast');
    expect(source.speakers).toEqual(['Mayor Bass']);
    expect(outline(source)).toEqual([
      '[00:00:01] Mayor Bass: Good morning, everyone.',
      '[00:00:03] Mayor Bass: Today we are announcing the harbor plan, which the council approved last night.',
      '[00:00:09] Reporter: How much will it cost?',
      '[00:00:11] Mayor Bass: About two hundred million dollars.',
    ]);
    expect(source.passages[1]?.pinpoint).toEqual({ label: '00:00:03', startSeconds: 3.6, endSeconds: 8.9 });
    expect(source.warnings).toEqual([]);
  });

  it('writes the extracted text as a readable transcript the passages point into', async () => {
    const source = await parsed('briefing.srt');
    expect(source.text.startsWith('Mayor Bass: Good morning, everyone.\n\nToday we are announcing')).toBe(true);
    for (const passage of source.passages) expect(source.text.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it('reads a malformed file (BOM, CRLF, missing blank line, bad and backwards times) with warnings', async () => {
    const source = await parsed('broken.srt');
    expect(outline(source)).toEqual([
      '[00:00:01] -: First cue without a blank line after it.',
      '[00:00:02] -: Second cue.',
      '[00:00:02] -: A cue that goes back in time.',
      '[00:00:06] -: Short times with a dot.',
    ]);
    expect(source.passages[3]?.pinpoint).toMatchObject({ startSeconds: 6.5, endSeconds: 8.25 });
    expect(source.warnings).toEqual([
      '1 cue of broken.srt had no blank line before it; Factdesk read it anyway.',
      'The times on line 9 of broken.srt cannot be read, so that cue was left out.',
      'Text on line 16 of broken.srt is not part of any cue (no times above it), so it was left out.',
      '1 cue of broken.srt starts earlier than the cue before; they are kept in the order of the file.',
      '1 cue of broken.srt ends before it starts; the end was set to the start.',
    ]);
  });

  it('refuses a file with no readable cue, saying what a cue looks like', async () => {
    const result = await parseSource({ bytes: fixture('no-cues.srt'), fileName: 'no-cues.srt' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'invalid-file',
      message:
        'no-cues.srt has no subtitle cue Factdesk can read: each cue needs a line of times such as "00:01:02,000 --> 00:01:05,000" followed by its text.',
    });
  });

  it('recognises SRT content in a file named .txt', async () => {
    const source = await parsed('captions.txt', { bytes: fixture('briefing.srt') });
    expect(source.format).toBe('srt');
  });
});

describe('parseSource: WebVTT', () => {
  it('reads voices, skips STYLE and NOTE blocks, ignores settings and identifiers, decodes entities', async () => {
    const source = await parsed('hearing.vtt');
    expect(source.format).toBe('vtt');
    // The title the file gives itself on its first line ("WEBVTT - City council hearing").
    expect(source.suggestedTitle).toBe('City council hearing');
    expect(source.speakers).toEqual(['Chair Lopez', 'Resident']);
    expect(outline(source)).toEqual([
      '[00:00:01] Chair Lopez: The hearing will come to order.',
      '[00:00:04] Chair Lopez: We have three items on the agenda tonight, starting with the harbor plan.',
      '[00:00:10] Resident: I live on Pier Street & I support it.',
      '[00:00:14] Chair Lopez: Thank you.',
      "[00:00:14] Resident: You're welcome.",
    ]);
    expect(source.text).not.toMatch(/color|note is not|<v|<c/);
    expect(source.warnings).toEqual([]);
  });

  it('reads a malformed file (no header, BOM, CRLF, missing blank line, bad times) with warnings', async () => {
    const source = await parsed('broken.vtt');
    expect(outline(source)).toEqual(['[00:00:01] -: No WEBVTT header here.', '[00:00:05] -: Last cue.']);
    expect(source.warnings).toEqual([
      'broken.vtt does not start with "WEBVTT" as WebVTT files should; Factdesk read its cues anyway.',
      '1 cue of broken.vtt had no blank line before it; Factdesk read it anyway.',
      'The times on line 3 of broken.vtt cannot be read, so that cue was left out.',
    ]);
  });

  it('does not take "Look:" for a speaker when it begins only one line', async () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nLook: we did what we said.\n';
    const source = await parsed('look.vtt', { bytes: new TextEncoder().encode(vtt) });
    expect(outline(source)).toEqual(['[00:00:01] -: Look: we did what we said.']);
  });

  it('decodes every HTML character reference in a cue and drops direction marks', async () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n&lrm;Caf&eacute; &amp; bar &mdash; &#x41;&#66; &bogus;.\n';
    const source = await parsed('entities.vtt', { bytes: new TextEncoder().encode(vtt) });
    expect(outline(source)).toEqual(['[00:00:01] -: Café & bar — AB &bogus;.']);
  });
});
