// Which paths belong to a project itself (its file, lock, sidecars, backups and sources), so that nothing the user
// asked to write elsewhere (an export) can ever land on them. Symlinks are followed and case is ignored where the
// disk ignores it.
import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { PROJECT_FILE_NAME } from './project-file';

/** project.factdesk, project.factdesk.lock, project.factdesk.damaged-..., and the temp files of durable writes. */
const OWN_NAME = /^\.?project\.factdesk(?:$|[.-])/i;
const OWN_FOLDERS: Record<string, string> = { backups: 'in its backups folder', sources: 'in its sources folder' };

/** What a path is to a project, as the end of a sentence ("the project file"), or null when it is not its own. */
export function ownFileRole(folder: string, target: string, caseInsensitive: boolean): string | null {
  const fold = (p: string) => (caseInsensitive ? p.toLowerCase() : p);
  const rel = relative(fold(folder), fold(target));
  if (rel === '') return 'the project folder itself';
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  const parts = rel.split(sep);
  const top = parts[0]!.toLowerCase();
  if (OWN_FOLDERS[top]) return OWN_FOLDERS[top]!;
  if (parts.length > 1) return null;
  const name = basename(target);
  if (!OWN_NAME.test(name)) return null;
  const lower = name.toLowerCase();
  if (lower === PROJECT_FILE_NAME) return 'the project file';
  if (lower === `${PROJECT_FILE_NAME}.lock`) return 'the lock file';
  return 'a file Factdesk keeps beside the project file';
}

/** Follows symlinks in every part of a path that exists; the parts that do not exist yet are kept as given. */
export async function resolveReal(path: string): Promise<string> {
  let existing = path;
  const rest: string[] = [];
  for (;;) {
    try {
      const real = await fs.realpath(existing);
      return rest.length ? join(real, ...rest.reverse()) : real;
    } catch {
      const up = dirname(existing);
      if (up === existing) return path;
      rest.push(basename(existing));
      existing = up;
    }
  }
}

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** True when the disk holding `folder` (an existing folder) finds files whatever the case of their names. */
export async function ignoresCase(folder: string): Promise<boolean> {
  const name = basename(folder);
  const other = swapCase(name);
  if (other === name) return process.platform === 'win32' || process.platform === 'darwin';
  const [a, b] = await Promise.all([
    fs.stat(folder).catch(() => null),
    fs.stat(join(dirname(folder), other)).catch(() => null),
  ]);
  return !!a && !!b && a.ino === b.ino && a.dev === b.dev;
}

export interface OwnFileHit {
  /** The project folder the path belongs to. */
  folder: string;
  role: string;
}

/**
 * Says whether `target` (absolute) is one of a project's own files: the given project's (followed through
 * symlinks), or any project folder above it (a folder holding project.factdesk).
 */
export async function findOwnFile(target: string, projectFolders: readonly string[]): Promise<OwnFileHit | null> {
  const real = await resolveReal(target);
  const folders = new Set<string>();
  for (const f of projectFolders) folders.add(await resolveReal(f));
  for (let dir = dirname(real); ; dir = dirname(dir)) {
    const file = await fs.stat(join(dir, PROJECT_FILE_NAME)).catch(() => null);
    if (file?.isFile()) folders.add(dir);
    if (dirname(dir) === dir) break;
  }
  for (const folder of folders) {
    const role = ownFileRole(folder, real, await ignoresCase(folder));
    if (role) return { folder, role };
  }
  return null;
}
