// Finding a project to open in a command line: a double-clicked project.factdesk, or a project folder, passed by
// the system (file association) or by a second Factdesk start. No Electron here, so it is tested in plain Node.
import { statSync } from 'node:fs';
import path from 'node:path';

export const PROJECT_FILE = 'project.factdesk';
const EXTENSION = '.factdesk';

function kind(candidate: string): 'file' | 'dir' | null {
  try {
    const info = statSync(candidate);
    if (info.isFile()) return 'file';
    if (info.isDirectory()) return 'dir';
    return null;
  } catch {
    return null;
  }
}

/** True when a path is a .factdesk file, or a folder holding project.factdesk. */
export function isProjectPath(candidate: string): boolean {
  const found = kind(candidate);
  if (found === 'file') return candidate.toLowerCase().endsWith(EXTENSION);
  if (found === 'dir') return kind(path.join(candidate, PROJECT_FILE)) === 'file';
  return false;
}

/**
 * The last argument that names a project (a .factdesk file or a project folder), resolved against `cwd`;
 * switches (-x, --flag) and the executable itself (argv[0]) are skipped. Null when there is none.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-')) continue;
    const candidate = path.resolve(cwd, arg.startsWith('file://') ? decodeURIComponent(new URL(arg).pathname) : arg);
    if (isProjectPath(candidate)) return candidate;
  }
  return null;
}
