// Storing a source under sources/ on a real temp folder: names by content hash, never rewritten, passages read
// back with ids and checked, a damaged passages file refused with a sentence.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSourcePassages, storeSourceFiles } from '../../../../../electron/importers/sources/store-files';
import { fixture, parsed } from './helpers';
import { value } from '../../storage/helpers';

const folders: string[] = [];
const tempFolder = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'factdesk-sources-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('storeSourceFiles and loadSourcePassages', () => {
  it('writes the original, the text and the passages named by hash, and reads the passages back', async () => {
    const folder = tempFolder();
    const bytes = fixture('otter-interview.txt');
    const source = await parsed('otter-interview.txt');
    const stored = value(await storeSourceFiles(folder, bytes, 'TXT', source.text, source.passages));
    const hash = createHash('sha256').update(bytes).digest('hex');
    const textHash = createHash('sha256').update(source.text).digest('hex');
    expect(stored).toEqual({
      originalFile: `${hash}.txt`,
      textFile: `${textHash}.txt`,
      contentHash: hash,
      created: [join(folder, 'sources', `${hash}.txt`), join(folder, 'sources', `${textHash}.passages.json`)],
    });
    // A UTF-8 .txt is its own extracted text: both names are the same file, written once.
    expect(hash).toBe(textHash);
    expect(readdirSync(join(folder, 'sources')).sort()).toEqual([`${textHash}.passages.json`, `${textHash}.txt`]);
    expect(readFileSync(join(folder, 'sources', stored.textFile), 'utf8')).toBe(source.text);
    const passages = value(await loadSourcePassages(folder, stored.textFile, 'src-1'));
    expect(passages).toHaveLength(source.passages.length);
    expect(passages[1]).toMatchObject({
      id: 'src-1:1',
      sourceId: 'src-1',
      speaker: 'Speaker 1',
      pinpoint: { label: '00:00:00' },
    });
  });

  it('keeps the original and the text apart when they differ (an SRT and its cue text)', async () => {
    const folder = tempFolder();
    const source = await parsed('briefing.srt');
    const stored = value(await storeSourceFiles(folder, fixture('briefing.srt'), 'srt', source.text, source.passages));
    expect(readdirSync(join(folder, 'sources'))).toHaveLength(3);
    expect(readFileSync(join(folder, 'sources', stored.originalFile))).toEqual(Buffer.from(fixture('briefing.srt')));
    expect(stored.originalFile).toMatch(/^[0-9a-f]{64}\.srt$/);
  });

  it('never rewrites a file that is already there', async () => {
    const folder = tempFolder();
    const source = await parsed('press-qa.txt');
    const first = value(await storeSourceFiles(folder, fixture('press-qa.txt'), 'txt', source.text, source.passages));
    const file = join(folder, 'sources', first.originalFile);
    const before = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = value(await storeSourceFiles(folder, fixture('press-qa.txt'), 'txt', source.text, source.passages));
    expect(second).toEqual({ ...first, created: [] });
    expect(first.created).toHaveLength(2);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('refuses a damaged passages file with a sentence', async () => {
    const folder = tempFolder();
    const source = await parsed('press-qa.txt');
    const stored = value(await storeSourceFiles(folder, fixture('press-qa.txt'), 'txt', source.text, source.passages));
    const file = join(folder, 'sources', stored.textFile.replace('.txt', '.passages.json'));
    writeFileSync(file, '[{"index": 0, "text": "cut sh');
    expect(await loadSourcePassages(folder, stored.textFile, 'src-1')).toMatchObject({
      ok: false,
      error: {
        code: 'corrupt-file',
        message: `The passages file ${file} is damaged (it is not valid JSON); add the source again to rebuild it.`,
      },
    });
    writeFileSync(file, '[{"index": -1, "text": "x"}]');
    expect(await loadSourcePassages(folder, stored.textFile, 'src-1')).toMatchObject({
      ok: false,
      error: { code: 'corrupt-file', message: expect.stringContaining('at passage 1') },
    });
  });
});
