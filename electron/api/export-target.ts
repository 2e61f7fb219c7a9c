// Where an export may be written: never onto a project's own files, never over an existing file unless the user said
// to replace it, and never over a schema file beside a JSON export that Factdesk did not write itself (an older
// Factdesk's schema there gives way to the current one).
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { factdeskSchemaVersion } from '../../shared/appendix/json';
import { APPENDIX_FORMAT_VERSION } from '../../shared/appendix/types';
import { findOwnFile, resolveReal } from '../storage/own-files';

export const SCHEMA_FILE_NAME = 'appendix.schema.json';

/**
 * Refuses an export target that is one of a project's own files (followed through symlinks), a folder, or an
 * existing file the user did not agree to replace ('file-exists', details.replaceable true), with a sentence.
 */
export async function checkExportTarget(
  target: string,
  projectFolder: string,
  options: { overwrite: boolean },
): Promise<Result<void>> {
  const own = await findOwnFile(target, [projectFolder]);
  if (own) {
    const real = await resolveReal(target);
    const via = real === target ? '' : ` (it leads to ${real})`;
    return fail(
      'invalid-input',
      `${target}${via} is ${own.role} of the project in ${own.folder}, and an export there would overwrite it. Nothing was written: choose a file outside the project's own files, for example in ${join(projectFolder, 'exports')}.`,
      { path: target },
    );
  }
  const stat = await fs.stat(target).catch(() => null);
  if (stat?.isDirectory()) {
    return fail(
      'invalid-input',
      `${target} is a folder: name the file to write, for example ${join(target, 'appendix')}.`,
      { path: target },
    );
  }
  if (stat && !options.overwrite) {
    return fail('file-exists', `${target} already exists, so the export was not written.`, {
      path: target,
      replaceable: true,
    });
  }
  return ok(undefined);
}

/**
 * Decides about the schema file written beside a JSON export: 'write' when it is absent or is the schema of an older
 * appendix format (an earlier Factdesk wrote it there: the new export follows the new one), 'same' when it already
 * holds exactly what Factdesk writes. A newer format's schema, and any other file of that name, are refused with a
 * sentence, before anything is written.
 */
export async function checkSchemaFile(exportTarget: string, schemaText: string): Promise<Result<'write' | 'same'>> {
  const file = join(dirname(exportTarget), SCHEMA_FILE_NAME);
  if (basename(exportTarget).toLowerCase() === SCHEMA_FILE_NAME) {
    return fail(
      'invalid-input',
      `${exportTarget} is the name of the schema Factdesk writes beside a JSON export: give the export another name.`,
      { path: exportTarget },
    );
  }
  let existing: Buffer;
  try {
    existing = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return ok('write');
    if (code === 'EISDIR') existing = Buffer.alloc(0);
    else throw error;
  }
  if (existing.equals(Buffer.from(schemaText, 'utf8'))) return ok('same');
  const version = factdeskSchemaVersion(existing.toString('utf8'));
  if (version !== null && version < APPENDIX_FORMAT_VERSION) return ok('write');
  if (version !== null && version > APPENDIX_FORMAT_VERSION) {
    return fail(
      'file-exists',
      `${file} is the schema of a newer appendix format (version ${version}; this Factdesk writes version ${APPENDIX_FORMAT_VERSION}), written by a newer Factdesk, so nothing was written. Export into another folder, or update Factdesk.`,
      { path: file, replaceable: false },
    );
  }
  return fail(
    'file-exists',
    `${file} already exists and is not the schema this Factdesk writes beside a JSON export, so nothing was written (Factdesk never replaces a file it did not write). Move or rename that file, or export into another folder.`,
    { path: file, replaceable: false },
  );
}
