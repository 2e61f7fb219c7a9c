// Recordings beside transcripts: the WAV fixture (made by code: 3 s of tones at 8 kHz) is taken and stored by content
// hash once; wrong extensions, renamed files, empty and oversized files are refused with a sentence naming the file,
// and nothing is written for them.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkRecording,
  storeRecording,
  wavDurationSeconds,
} from '../../../../../electron/importers/sources/recording';
import { recordingSchema } from '../../../../../shared/model/source';
import { ok } from '../../../../../shared/api/result';
import { value } from '../../storage/helpers';

const FIXTURE = join(__dirname, '../../../../fixtures/sources/interview-3s.wav');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factdesk-rec-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('storeRecording', () => {
  it('stores a WAV under sources/ by content hash with its type, size and length, once', async () => {
    const bytes = new Uint8Array(await readFile(FIXTURE));
    const first = value(await storeRecording(dir, 'interview-3s.wav', bytes));
    expect(first.recording).toMatchObject({ mediaType: 'audio/wav', bytes: bytes.length, durationSeconds: 3 });
    expect(first.recording.file).toMatch(/^[0-9a-f]{64}\.wav$/);
    expect(recordingSchema.parse(first.recording)).toEqual(first.recording);
    expect(first.created).toHaveLength(1);
    expect(await readdir(join(dir, 'sources'))).toEqual([first.recording.file]);
    const again = value(await storeRecording(dir, 'copy.wav', bytes));
    expect(again.recording.file).toBe(first.recording.file);
    expect(again.created).toEqual([]);
  });

  it('refuses other files with a sentence naming them and writes nothing', async () => {
    const wav = new Uint8Array(await readFile(FIXTURE));
    const refused = async (reply: Promise<{ ok: boolean }>, sentence: RegExp) =>
      expect(await reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(sentence) } });
    await refused(storeRecording(dir, 'notes.txt', wav), /notes\.txt is not a recording/);
    await refused(storeRecording(dir, 'fake.mp3', new TextEncoder().encode('hello')), /fake\.mp3 does not hold MP3/);
    await refused(storeRecording(dir, 'empty.wav', new Uint8Array()), /empty\.wav is empty/);
    await refused(storeRecording(dir, 'big.wav', wav, 1000), /big\.wav is .* at most/);
    await expect(readdir(join(dir, 'sources'))).rejects.toThrow();
  });
});

describe('checkRecording', () => {
  it('knows the containers by their first bytes', () => {
    const ogg = new TextEncoder().encode('OggS\0\x02rest');
    expect(checkRecording('a.ogg', ogg)).toEqual(ok('audio/ogg'));
    expect(checkRecording('a.opus', ogg)).toEqual(ok('audio/ogg'));
    expect(checkRecording('a.webm', new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0]))).toEqual(ok('video/webm'));
    expect(checkRecording('a.m4a', new TextEncoder().encode('\0\0\0\x20ftypM4A '))).toEqual(ok('audio/mp4'));
    expect(checkRecording('a.mp3', new TextEncoder().encode('ID3\x04'))).toEqual(ok('audio/mpeg'));
    expect(checkRecording('a.webm', ogg)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/a\.webm does not hold WEBM/) },
    });
  });

  it('reads a WAV length from its header', async () => {
    expect(wavDurationSeconds(new Uint8Array(await readFile(FIXTURE)))).toBe(3);
    expect(wavDurationSeconds(new Uint8Array(12))).toBeUndefined();
  });
});
