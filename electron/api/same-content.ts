// One source per content in a library: a file whose original bytes or extracted text is already a source of the
// project (or of the personal library) is refused with a sentence naming the file and that source, so adding the
// same file twice, or a renamed copy of it, never lists it twice nor doubles every search hit.
import { basename, join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Failure, Result } from '../../shared/api/result';
import type { LibraryName, Source } from '../../shared/model/source';
import { replaceSource } from '../storage/library-store';
import { removeStoredFiles } from '../importers/sources/store-files';

/**
 * The source in `sources` with the same original bytes (contentHash) or the same extracted text (textFile) as
 * `added`, if any. Copies made when a claim cites the personal or the newsroom library are not counted: they keep
 * only the passages cited, and adding the whole file stays possible.
 */
export function sameContentAs(sources: readonly Source[], added: Source): Source | undefined {
  return sources.find(
    (s) =>
      s.id !== added.id &&
      !s.fromLibrary &&
      !s.fromNewsroom &&
      ((added.contentHash !== null && s.contentHash === added.contentHash) ||
        (added.textFile !== null && s.textFile === added.textFile)),
  );
}

/** The refusal of a file already in `library` as `existing`: one sentence naming both; nothing was added. */
export function alreadyAdded(fileName: string, existing: Source, library: LibraryName): Failure<'file-exists'> {
  const where = library === 'personal' ? 'your personal library' : 'this project';
  return fail(
    'file-exists',
    `${basename(fileName)} is already in ${where} as “${existing.title}”; nothing was added.`,
    { sourceId: existing.id, library },
  );
}

/**
 * `doc` with `source` saved in its sources. When `fileName` is given, the source is a file being added: should its
 * content already be a source of `library`, the change is refused ('file-exists') and nothing is saved.
 */
export function putSource<D extends { sources: Source[] }>(
  doc: D,
  source: Source,
  library: LibraryName,
  fileName?: string,
): Result<D> {
  const existing = fileName === undefined ? undefined : sameContentAs(doc.sources, source);
  if (fileName !== undefined && existing) return alreadyAdded(fileName, existing, library);
  return ok({ ...doc, sources: replaceSource(doc.sources, source) });
}

/**
 * Removes the files a refused add wrote under `folder`/sources/ (`created`) that no source of the library uses: an
 * identical file wrote none, a renamed copy with another extension may have written its own copy and text.
 */
export async function removeUnusedFiles(folder: string, created: string[], sources: readonly Source[]): Promise<void> {
  const dir = join(folder, 'sources');
  const used = new Set(
    sources.flatMap((s) =>
      [s.originalFile, s.textFile, s.textFile?.replace(/\.txt$/, '.passages.json')].map((f) => f && join(dir, f)),
    ),
  );
  await removeStoredFiles(created.filter((file) => !used.has(file)));
}
