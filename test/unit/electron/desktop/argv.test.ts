// Finding a project in a command line (file association, second instance): real files in a temp folder.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_FILE, isProjectPath, projectPathFromArgv } from '../../../../electron/desktop/argv';

let base = '';
let projectDir = '';
let projectFile = '';

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'factdesk-argv-'));
  projectDir = path.join(base, 'Council vote');
  projectFile = path.join(projectDir, PROJECT_FILE);
  await mkdir(projectDir);
  await writeFile(projectFile, '{}');
  await writeFile(path.join(base, 'notes.txt'), 'not a project');
  await mkdir(path.join(base, 'empty'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('projectPathFromArgv', () => {
  it('finds a double-clicked project.factdesk in a packaged start', () => {
    expect(projectPathFromArgv(['/opt/Factdesk/factdesk', projectFile], '/')).toBe(projectFile);
  });

  it('finds a project folder after the app folder and switches in a development start', () => {
    const argv = ['/usr/bin/electron', '.', '--no-sandbox', 'Council vote'];
    expect(projectPathFromArgv(argv, base)).toBe(projectDir);
  });

  it('accepts a file:// URL', () => {
    expect(projectPathFromArgv(['factdesk', `file://${encodeURI(projectFile)}`], '/')).toBe(projectFile);
  });

  it('ignores the executable, switches, plain files, folders without a project and missing paths', () => {
    const argv = [
      projectFile,
      '--flag',
      path.join(base, 'notes.txt'),
      path.join(base, 'empty'),
      '/no/such/thing.factdesk',
    ];
    expect(projectPathFromArgv(argv, base)).toBeNull();
  });
});

describe('isProjectPath', () => {
  it('tells project files and folders from everything else', () => {
    expect(isProjectPath(projectFile)).toBe(true);
    expect(isProjectPath(projectDir)).toBe(true);
    expect(isProjectPath(path.join(base, 'notes.txt'))).toBe(false);
    expect(isProjectPath(path.join(base, 'empty'))).toBe(false);
  });
});
