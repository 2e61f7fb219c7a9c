// What "Show in folder" may reveal in the file manager: a project's own files (inside the folder of a project that
// is open) and the files Factdesk exported in this run. Any other path the renderer sends is refused.
import { promises as fs } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Returns `path` when it may be shown: it exists and, followed through symlinks, is inside one of `projectFolders`
 * or is one of the `exported` files; a refusal with a sentence otherwise.
 */
export async function checkShowInFolder(
  path: string,
  projectFolders: readonly string[],
  exported: ReadonlySet<string>,
): Promise<Result<string>> {
  if (!isAbsolute(path)) {
    return fail('invalid-input', `"${path.slice(0, 200)}" is not a full path, so it was not shown.`);
  }
  const real = await fs.realpath(path).catch(() => null);
  if (real === null) return fail('not-found', `${path} does not exist (it may have been moved or deleted).`);
  for (const folder of projectFolders) {
    const root = await fs.realpath(folder).catch(() => null);
    if (root !== null && inside(root, real)) return ok(path);
  }
  for (const file of exported) {
    if ((await fs.realpath(file).catch(() => null)) === real) return ok(path);
  }
  return fail(
    'invalid-input',
    `Factdesk shows only the files of an open project and the appendices it exported; ${path} was not shown.`,
  );
}
