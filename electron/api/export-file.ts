// Hands an exported appendix back to the user: which files may be opened or downloaded (only files inside an open
// project's exports folder, after symlinks), and the HTTP headers the harness sends them with.
import { realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

/** The folder inside a project where the harness writes its exports and the save dialog starts. */
export const EXPORTS_FOLDER = 'exports';

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Returns the real path of `path` when it is a file inside `<projectFolder>/exports` (followed through symlinks);
 * a refusal with a sentence otherwise ('not-found' or 'invalid-input').
 */
export async function resolveExportFile(projectFolder: string, path: string): Promise<Result<string>> {
  if (!isAbsolute(path)) {
    return fail('invalid-input', `"${path.slice(0, 200)}" is not a full path, so it was not opened.`);
  }
  const exportsRoot = await realpath(join(projectFolder, EXPORTS_FOLDER)).catch(() => null);
  const real = await realpath(path).catch(() => null);
  if (real === null || exportsRoot === null) {
    return fail('not-found', `${path} does not exist (it may have been moved or deleted).`);
  }
  if (!inside(exportsRoot, real) || !(await stat(real)).isFile()) {
    return fail(
      'invalid-input',
      `Factdesk opens only the appendices in the project's exports folder; ${path} was not opened.`,
    );
  }
  return ok(real);
}

const TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Text formats a browser shows as plain text when opened (so nothing in them runs or renders as a page). */
const SHOWN_AS_TEXT = new Set(['.md', '.csv', '.json', '.jsonld']);

/** A file name for a header: only printable ASCII without quotes or backslashes; anything else becomes "_". */
function asciiName(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\;]/g, '_').trim();
  return ascii === '' ? 'appendix' : ascii;
}

/**
 * The headers for an exported file: `attachment` with the file's name (RFC 6266: an ASCII fallback and the UTF-8
 * name) to download it, `inline` to open it in a tab, where a sandbox policy keeps the page from running anything.
 */
export function exportFileHeaders(path: string, size: number, mode: 'download' | 'open'): Record<string, string> {
  const name = basename(path);
  const ext = extname(name).toLowerCase();
  const type =
    mode === 'open' && SHOWN_AS_TEXT.has(ext)
      ? 'text/plain; charset=utf-8'
      : (TYPES[ext] ?? 'application/octet-stream');
  const disposition = `${mode === 'download' ? 'attachment' : 'inline'}; filename="${asciiName(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;
  return {
    'Content-Type': mode === 'download' ? (TYPES[ext] ?? 'application/octet-stream') : type,
    'Content-Length': String(size),
    'Content-Disposition': disposition,
    // An opened export is shown, never run: no scripts, no requests, its own opaque origin.
    'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/**
 * What the desktop app's "Open" may open: a file Factdesk exported in this run (the save dialog may put it anywhere)
 * or a file in the exports folder of an open project. Its real path, or a refusal with a sentence.
 */
export async function checkExportedFile(
  path: string,
  projectFolders: readonly string[],
  exported: ReadonlySet<string>,
): Promise<Result<string>> {
  const real = isAbsolute(path) ? await realpath(path).catch(() => null) : null;
  if (real !== null) {
    for (const file of exported) {
      if ((await realpath(file).catch(() => null)) === real) return ok(real);
    }
  }
  let refusal: Result<string> | null = null;
  for (const folder of projectFolders) {
    const resolved = await resolveExportFile(folder, path);
    if (resolved.ok) return resolved;
    refusal = resolved;
  }
  return refusal ?? fail('invalid-input', `Factdesk opens only the appendices it exported; ${path} was not opened.`);
}
