// Source files between a project's sources/ folder and a real LevelDB replica, without a server: which files of which
// sources travel, pieces written from one folder and a file rebuilt byte for byte in another, a piece whose bytes were
// changed refused with its sentence and nothing written, a temp file a stop left behind removed, and a file past the
// limit kept back with a sentence, and a file whose record is here but not all its pieces counted as still arriving,
// with its sentence, until the last piece comes.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pouchDb } from '../../../../electron/sync/pouch';
import type { Pouch } from '../../../../electron/sync/pouch';
import { SourceFileSync } from '../../../../electron/sync/source-files';
import type { SharedFileLimits } from '../../../../electron/sync/source-files';
import type { Source } from '../../../../shared/model/source';
import {
  chunkDocId,
  fileDocId,
  promisedHash,
  sharedSourceFiles,
  sizeInWords,
} from '../../../../shared/sync/source-files';
import { tempDir } from '../storage/helpers';
import { makeSource } from '../../source-fixture';

const sha = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

function source(id: string, fields: Partial<Source>): Source {
  return makeSource({ id, ...fields });
}

const opened: Pouch[] = [];
afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((db) => db.close()));
});

async function replica(): Promise<Pouch> {
  const Pouch = pouchDb();
  const db = new Pouch(join(await tempDir('factdesk-files-db-'), 'replica'));
  opened.push(db);
  return db;
}

/** A project folder whose sources/ holds `bytes` under its content name; the source that uses it. */
async function folderWith(bytes: Buffer, ext: string): Promise<{ folder: string; name: string }> {
  const folder = await tempDir('factdesk-files-');
  await mkdir(join(folder, 'sources'), { recursive: true });
  const name = `${sha(bytes)}.${ext}`;
  await writeFile(join(folder, 'sources', name), bytes);
  return { folder, name };
}

async function run(db: Pouch, folder: string, sources: Source[], limits: SharedFileLimits = { chunkBytes: 1000 }) {
  const notes: string[][] = [];
  const sync = new SourceFileSync(
    db,
    folder,
    () => sources,
    (n) => notes.push(n.notes),
    limits,
  );
  sync.schedule();
  await sync.idle();
  await sync.close();
  return notes.at(-1) ?? [];
}

describe('source files of a shared story', () => {
  it('names every file of the sources that are not confidential, once, and what their names promise', () => {
    const text = `${sha('text')}.txt`;
    const files = sharedSourceFiles([
      source('a', { originalFile: `${sha('a')}.pdf`, textFile: text }),
      source('b', {
        originalFile: `${sha('a')}.pdf`,
        recording: { file: `${sha('w')}.wav`, mediaType: 'audio/wav', bytes: 4 },
      }),
      source('c', { originalFile: `${sha('c')}.docx`, confidential: true }),
      source('d', { originalFile: '../../etc/passwd' }),
    ]);
    expect(files.map((f) => [f.name.slice(-14), f.role])).toEqual([
      [`${sha('a')}.pdf`.slice(-14), 'original'],
      [text.slice(-14), 'text'],
      [`${sha('text')}.passages.json`.slice(-14), 'passages'],
      [`${sha('w')}.wav`.slice(-14), 'recording'],
    ]);
    expect(promisedHash(`${sha('a')}.pdf`)).toBe(sha('a'));
    expect(promisedHash(`${sha('text')}.passages.json`)).toBeNull();
    expect(sizeInWords(1_400_000_000)).toBe('1.4 GB');
    expect(sizeInWords(48_044)).toBe('48 KB');
  });

  it('writes a file as pieces and rebuilds it byte for byte in another folder; a changed piece is refused', async () => {
    const bytes = Buffer.from(Array.from({ length: 4500 }, (_, i) => (i * 7) % 251));
    const { folder, name } = await folderWith(bytes, 'pdf');
    const s = source('a', { title: 'Council minutes', originalFile: name });
    const db = await replica();
    expect(await run(db, folder, [s])).toEqual([]);
    const doc = (await db.get(fileDocId(name))) as unknown as { chunks: string[]; bytes: number; sha256: string };
    expect(doc).toMatchObject({ bytes: 4500, sha256: sha(bytes) });
    expect(doc.chunks).toHaveLength(5);

    const other = await tempDir('factdesk-files-other-');
    await mkdir(join(other, 'sources'));
    await writeFile(join(other, 'sources', `.${name}.0123456789ab.part`), 'left by a stop');
    await run(db, other, [s]);
    expect(await readFile(join(other, 'sources', name))).toEqual(bytes);
    expect(await readdir(join(other, 'sources'))).toEqual([name]);

    // One piece's bytes changed in the replica: the file is refused with its sentence and nothing is written.
    const piece = await db.get(chunkDocId(doc.chunks[2]!));
    await db.put({
      ...piece,
      _attachments: { data: { content_type: 'application/octet-stream', data: Buffer.alloc(1000, 9) } },
    });
    const third = await tempDir('factdesk-files-third-');
    expect(await run(db, third, [s])).toEqual([
      `The original file of "Council minutes" (${name}) from the story server was refused and not written: its bytes do not match its name.`,
    ]);
    expect(await readdir(join(third, 'sources'))).toEqual([]);
  });

  it('keeps back a file past the limit, and one changed since it was added, each with a sentence', async () => {
    const { folder, name } = await folderWith(Buffer.alloc(3000, 1), 'wav');
    const big = source('r', {
      title: 'Briefing',
      recording: { file: name, mediaType: 'audio/wav', bytes: 3000 },
    });
    const db = await replica();
    expect(await run(db, folder, [big], { chunkBytes: 1000, maxBytes: 2000 })).toEqual([
      `The recording of "Briefing" (${name}) is 3 KB, larger than the 2 KB a shared story carries, so it stays on this computer.`,
    ]);
    await expect(db.get(fileDocId(name))).rejects.toMatchObject({ status: 404 });

    await writeFile(join(folder, 'sources', name), Buffer.alloc(3000, 2));
    expect(await run(db, folder, [big])).toEqual([
      `The recording of "Briefing" (${name}) was changed on this computer since it was added (its bytes do not match its name), so it is not shared.`,
    ]);
    await expect(db.get(fileDocId(name))).rejects.toMatchObject({ status: 404 });
  });

  it('counts a file whose record arrived before all its pieces as arriving, with its sentence, until it is written', async () => {
    const bytes = Buffer.from(Array.from({ length: 2500 }, (_, i) => (i * 13) % 251));
    const { folder, name } = await folderWith(bytes, 'wav');
    const s = source('r', {
      title: 'Briefing',
      recording: { file: name, mediaType: 'audio/wav', bytes: 2500 },
    });
    const db = await replica();
    await run(db, folder, [s]);
    const doc = (await db.get(fileDocId(name))) as unknown as { chunks: string[] };
    // The last piece has not arrived yet: the record is here, so the file is on its way.
    const last = await db.get(chunkDocId(doc.chunks[2]!));
    const lastBytes = Buffer.from(await db.getAttachment(last._id, 'data'));
    await db.put({ ...last, _deleted: true });

    const other = await tempDir('factdesk-files-arriving-');
    const heard: { notes: string[]; arriving: number }[] = [];
    const sync = new SourceFileSync(
      db,
      other,
      () => [s],
      (n) => heard.push(n),
      { chunkBytes: 1000 },
    );
    sync.schedule();
    await sync.idle();
    expect(heard.at(-1)).toEqual({ notes: [], arriving: 1 });
    expect(sync.arrivingSentences([name, null, `${sha('x')}.pdf`])).toEqual([
      { file: name, sentence: 'The recording of "Briefing" is still arriving from the story server.' },
    ]);

    await db.put({
      _id: chunkDocId(doc.chunks[2]!),
      type: 'source-chunk',
      sha256: doc.chunks[2]!,
      bytes: lastBytes.length,
      _attachments: { data: { content_type: 'application/octet-stream', data: lastBytes } },
    });
    sync.schedule();
    await sync.idle();
    await sync.close();
    expect(heard.at(-1)).toEqual({ notes: [], arriving: 0 });
    expect(sync.arrivingSentences([name])).toEqual([]);
    expect(await readFile(join(other, 'sources', name))).toEqual(bytes);
  });
});
