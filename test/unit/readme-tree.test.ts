// The README's folder tree ("How it is built") stays complete and true: every folder that holds a tracked file
// appears on a line of its own, and every folder the tree names exists. test/unit/ mirrors the source tree, so its
// subfolders are covered by the source folders they mirror.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

/** The folders the tree names, as repository paths ending in '/': nesting by two-space indentation. */
export function treeFolders(readme: string): string[] {
  const start = readme.indexOf('## How it is built');
  const block = /```\n([\s\S]*?)```/.exec(readme.slice(start));
  if (start < 0 || !block) return [];
  const stack: string[] = [];
  const folders: string[] = [];
  for (const line of block[1]!.split('\n')) {
    const match = /^( *)(\S+)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 2;
    const name = match[2]!;
    stack.length = depth;
    if (!name.endsWith('/')) continue;
    const full = (depth > 0 ? (stack[depth - 1] ?? '') : '') + name;
    stack[depth] = full;
    folders.push(full);
  }
  return folders;
}

/** Every folder holding a tracked file, and the folders above it, as paths ending in '/'. */
function repositoryFolders(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i += 1) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  return [...folders].sort();
}

describe('the README folder tree', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const named = treeFolders(readme);

  it('reads folders by their indentation', () => {
    const sample = '## How it is built\n\n```\nelectron/   x\n  main.ts   y\n  api/      z\ntest/unit/  w\n```\n';
    expect(treeFolders(sample)).toEqual(['electron/', 'electron/api/', 'test/unit/']);
  });

  it('names every folder of the repository on a line of its own', () => {
    const mirrored = (folder: string) =>
      folder.startsWith('test/unit/') && named.includes(folder.slice('test/unit/'.length));
    const missing = repositoryFolders().filter((folder) => !named.includes(folder) && !mirrored(folder));
    expect(missing, 'folders missing from the README tree').toEqual([]);
  });

  it('names only folders that exist', () => {
    const gone = named.filter((folder) => {
      const full = path.join(root, folder);
      return !existsSync(full) || !statSync(full).isDirectory();
    });
    expect(gone, 'folders in the README tree that do not exist').toEqual([]);
  });
});
