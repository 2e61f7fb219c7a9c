// Keeping an imported source on disk under <folder>/sources/: the original file as <sha256>.<ext>, its extracted text
// as <sha256 of the text>.txt and its passages as <sha256 of the text>.passages.json. Files are named by content,
// written durably, and never rewritten: importing the same file twice writes nothing new.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import { passageSchema } from '../../../shared/model/source';
import type { Passage } from '../../../shared/model/source';
import { writeFileDurable } from '../../storage/durable-write';
import type { PassageDraft } from './types';

export interface StoredSourceFiles {
  /** File name under sources/ of the original: "<sha256>.<ext>". */
  originalFile: string;
  /** File name under sources/ of the extracted text: "<sha256 of the text>.txt". */
  textFile: string;
  /** sha256 of the original bytes, hex. */
  contentHash: string;
  /** The files this call wrote (paths), leaving out those that were already there: what undoing it removes. */
  created: string[];
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** An extension safe in a file name: lower-case letters and digits, at most 10; "bin" otherwise. */
function safeExtension(ext: string): string {
  const clean = ext.replace(/^\./, '').toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(clean) ? clean : 'bin';
}

/** A file error while saving `what`, as a refusal with a sentence. */
function ioError(error: unknown, what: string): Result<never> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return fail(
      'disk-full',
      `The disk is full, so Factdesk could not save ${what}. Free some space and add the source again.`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return fail('permission-denied', `Factdesk is not allowed to write ${what}.`);
  }
  return fail('io-error', `Factdesk could not save ${what}: ${(error as Error).message}.`);
}

/** Makes `<folder>/sources/`, or a refusal naming it. */
async function makeSourcesFolder(folder: string): Promise<Result<string>> {
  const dir = join(folder, 'sources');
  try {
    await fs.mkdir(dir, { recursive: true });
    return ok(dir);
  } catch (error) {
    return ioError(error, `the sources folder in ${folder}`);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `data` to `file` durably unless a file of that name is already there (content-named files never change).
 * Answers whether it wrote the file.
 */
async function writeOnce(file: string, data: string | Uint8Array, what: string): Promise<Result<boolean>> {
  if (await exists(file)) return ok(false);
  try {
    await writeFileDurable(file, data);
    return ok(true);
  } catch (error) {
    return ioError(error, what);
  }
}

/** Removes files a cancelled import wrote (storeSourceFiles' `created`); files already gone are fine. */
export async function removeStoredFiles(created: string[]): Promise<void> {
  await Promise.all(created.map((file) => fs.rm(file, { force: true })));
}

/**
 * Saves `bytes` as `<folder>/sources/<sha256>.<ext>` unless already there (a web page's snapshot as fetched).
 * Returns the file name, its hash and the files written (for undoing).
 */
export async function storeOriginalFile(
  folder: string,
  bytes: Uint8Array,
  ext: string,
): Promise<Result<{ file: string; sha256: string; created: string[] }>> {
  const dir = await makeSourcesFolder(folder);
  if (!dir.ok) return dir;
  const hash = sha256(bytes);
  const file = `${hash}.${safeExtension(ext)}`;
  const written = await writeOnce(join(dir.value, file), bytes, 'the snapshot of the page');
  if (!written.ok) return written;
  return ok({ file, sha256: hash, created: written.value ? [join(dir.value, file)] : [] });
}

/** A passage as the passages file keeps it: without id and sourceId, which belong to the source that uses it. */
function storedPassage(passage: PassageDraft | Passage): PassageDraft {
  const { id: _id, sourceId: _sourceId, ...rest } = passage as PassageDraft & { id?: unknown; sourceId?: unknown };
  return rest;
}

/**
 * Saves a source's original bytes, extracted text and passages under `<folder>/sources/`, each only when it is not
 * already there. The passages file is a JSON array of passages without id and sourceId (any source with the same
 * text shares it). A refusal ('disk-full', 'permission-denied', 'io-error') has a sentence and leaves nothing behind.
 */
export async function storeSourceFiles(
  folder: string,
  original: Uint8Array,
  ext: string,
  text: string,
  passages: (PassageDraft | Passage)[],
): Promise<Result<StoredSourceFiles>> {
  const made = await makeSourcesFolder(folder);
  if (!made.ok) return made;
  const dir = made.value;
  const contentHash = sha256(original);
  const textHash = sha256(text);
  const originalFile = `${contentHash}.${safeExtension(ext)}`;
  const textFile = `${textHash}.txt`;
  const created: string[] = [];
  const files: [string, () => string | Uint8Array, string][] = [
    [join(dir, originalFile), () => original, 'a copy of the imported file'],
    [join(dir, textFile), () => text, 'the text of the imported file'],
    [
      join(dir, `${textHash}.passages.json`),
      () => JSON.stringify(passages.map(storedPassage)),
      'the passages of the imported file',
    ],
  ];
  for (const [file, data, what] of files) {
    const written = await writeOnce(file, data(), what).catch(async (error: unknown) => {
      await removeStoredFiles(created);
      throw error;
    });
    if (!written.ok) {
      await removeStoredFiles(created);
      return written;
    }
    if (written.value) created.push(file);
  }
  return ok({ originalFile, textFile, contentHash, created });
}

/** The id of a source's passage: stable, so links to a passage survive reloading. */
export function passageId(sourceId: string, index: number): string {
  return `${sourceId}:${index}`;
}

/**
 * Reads the passages stored beside `textFile` (a name such as "<sha256>.txt") under `<folder>/sources/`, gives them
 * the ids of source `sourceId`, and checks each against passageSchema. Refuses with 'not-found' when the file is
 * missing, 'corrupt-file' with a sentence when it is damaged.
 */
export async function loadSourcePassages(
  folder: string,
  textFile: string,
  sourceId: string,
): Promise<Result<Passage[]>> {
  if (!/^[0-9a-f]{64}\.txt$/.test(textFile)) {
    return fail('invalid-input', `"${textFile}" is not the name of a source text Factdesk saved.`);
  }
  const file = join(folder, 'sources', textFile.replace(/\.txt$/, '.passages.json'));
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return fail(
        'not-found',
        `The passages of this source (${file}) are missing; add the source again to rebuild them.`,
      );
    }
    return fail(
      'io-error',
      `Factdesk could not read the passages of this source (${file}): ${(error as Error).message}.`,
    );
  }
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return fail(
      'corrupt-file',
      `The passages file ${file} is damaged (it is not valid JSON); add the source again to rebuild it.`,
    );
  }
  if (!Array.isArray(list)) {
    return fail(
      'corrupt-file',
      `The passages file ${file} is damaged (it does not hold a list of passages); add the source again to rebuild it.`,
    );
  }
  const passages: Passage[] = [];
  for (const [i, entry] of (list as unknown[]).entries()) {
    const checked = passageSchema.safeParse(
      typeof entry === 'object' && entry !== null ? { ...entry, id: passageId(sourceId, i), sourceId } : entry,
    );
    if (!checked.success || checked.data.end < checked.data.start) {
      return fail(
        'corrupt-file',
        `The passages file ${file} is damaged at passage ${i + 1}; add the source again to rebuild it.`,
      );
    }
    passages.push(checked.data);
  }
  return ok(passages);
}
