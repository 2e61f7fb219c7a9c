// Where a new project goes when the user types no path: Documents/Factdesk/<title>, the folder named from the story
// title as typed with what no file system accepts taken out; and the folder listing behind the harness's Choose...
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { FolderListing } from '../../shared/api/views';

/** The folder name used when a title has nothing left to name a folder with. */
export const UNTITLED_FOLDER = 'Untitled story';
/** Folder names are cut to this many characters (whole words where possible). */
const MAX_NAME = 80;
/** At most this many folders are listed; the rest are counted. */
const MAX_LISTED = 500;
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A folder name for a story title as the user typed it: characters Windows, macOS or Linux refuse in a name
 * (`< > : " / \ | ? *` and control characters) become spaces, runs of spaces one space, leading and trailing dots
 * and spaces go, long titles are cut at a word; "Untitled story" when nothing is left.
 */
export function projectFolderName(title: string): string {
  // eslint-disable-next-line no-control-regex
  let name = title.replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ');
  name = name.replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  if (name.length > MAX_NAME) {
    const cut = name.slice(0, MAX_NAME);
    const space = cut.lastIndexOf(' ');
    name = (space > MAX_NAME / 2 ? cut.slice(0, space) : cut).replace(/[\s.]+$/, '');
  }
  if (RESERVED.test(name)) name = `${name} story`;
  return name || UNTITLED_FOLDER;
}

/** Whether `folder` is missing or an empty folder, so a new project can be made there. */
async function isFree(folder: string): Promise<boolean> {
  const entries = await fs.readdir(folder).catch((error: NodeJS.ErrnoException) => {
    return error.code === 'ENOENT' ? [] : null;
  });
  return entries !== null && entries.length === 0;
}

/**
 * The folder to suggest for a new project titled `title` inside `parent`: `parent/<name>`, or `<name> 2`, `<name> 3`...
 * when that one already holds files.
 */
export async function suggestProjectFolder(parent: string, title: string): Promise<Result<string, 'invalid-input'>> {
  const base = path.join(path.resolve(parent), projectFolderName(title));
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base} ${n}`;
    if (await isFree(candidate)) return ok(candidate);
  }
  return fail('invalid-input', `${base} and the next 998 numbered folders are taken: choose a folder.`);
}

/** Whether `folder` is `home` or inside it. */
function isInside(folder: string, home: string): boolean {
  const relative = path.relative(home, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The folders inside `folder` (hidden ones left out, sorted by name), for the harness's folder browser. Only the home
 * folder and what is inside it can be listed: the harness is a page in a browser, and the rest of the disk is not its
 * business.
 */
export async function listFolders(
  folderInput: string,
  homeInput: string,
): Promise<Result<FolderListing, 'invalid-input'>> {
  const home = path.resolve(homeInput);
  const folder = path.resolve(home, folderInput);
  if (!isInside(folder, home)) {
    return fail('invalid-input', `Factdesk lists only folders inside your home folder (${home}).`);
  }
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : 'cannot be read';
    return fail('invalid-input', `${folder} ${why}.`);
  }
  const names = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }));
  return ok({
    path: folder,
    parent: folder === home ? null : path.dirname(folder),
    home,
    folders: names.slice(0, MAX_LISTED).map((name) => ({ name, path: path.join(folder, name) })),
    more: Math.max(0, names.length - MAX_LISTED),
  });
}
