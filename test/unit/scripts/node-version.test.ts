// The Node.js check at the start of `npm start`, `npm run web` and the factdesk command: one sentence saying what is
// needed, what was found and what to install; package.json's engines field agrees with the lowest need.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_NEEDS, isOlder, nodeVersionProblem } from '../../../scripts/node-version.mjs';

const root = path.resolve(__dirname, '..', '..', '..');

describe('the Node.js check', () => {
  it('compares versions part by part', () => {
    expect(isOlder('20.20.2', '22.12.0')).toBe(true);
    expect(isOlder('v22.12.0', '22.12.0')).toBe(false);
    expect(isOlder('22.9.0', '22.12.0')).toBe(true);
    expect(isOlder('24.1.0', '22.12.0')).toBe(false);
    expect(isOlder('20.18.3', '20.19.0')).toBe(true);
  });

  it('says what each part needs, what was found and what to install, in one sentence', () => {
    const web = nodeVersionProblem('web', '18.20.4');
    expect(web).toBe(
      "Factdesk's browser harness (npm run web) needs Node.js 20.19 or newer (its build tools, Vite 8 and Rolldown, " +
        'ask for it); this is Node.js 18.20.4. Install Node.js 22 LTS or newer from https://nodejs.org (or run "nvm ' +
        'install 22").',
    );
    expect(nodeVersionProblem('cli', '18.20.4')).toMatch(/^The factdesk command needs Node\.js 20\.19 or newer/);
    expect(nodeVersionProblem('web', '20.19.0')).toBeNull();
    expect(nodeVersionProblem('cli', '22.12.0')).toBeNull();
  });

  it('sends the desktop app on Node 20 to the harness and the command, which run there', () => {
    const app = nodeVersionProblem('app', '20.20.2');
    expect(app).toMatch(/^Factdesk's desktop app \(npm start\) needs Node\.js 22\.12 or newer \(Electron 45/);
    expect(app).toContain('this is Node.js 20.20.2');
    expect(app).toContain('or use "npm run web" and the factdesk command, which run on this Node.js.');
    expect(nodeVersionProblem('app', '22.12.0')).toBeNull();
  });

  it("keeps package.json's engines at the lowest version any part needs", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    const lowest = Object.values(NODE_NEEDS)
      .map((need) => need.version)
      .sort((a, b) => (isOlder(a, b) ? -1 : isOlder(b, a) ? 1 : 0))[0]!;
    expect(manifest.engines.node).toBe(`>=${lowest.replace(/\.0$/, '')}`);
  });

  it.skipIf(!isOlder(process.versions.node, NODE_NEEDS.app.version))(
    'npm start on an older Node.js prints the sentence alone, with no stack trace, and builds nothing',
    () => {
      const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'start-electron.mjs')], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${nodeVersionProblem('app')}\n`);
    },
  );

  it('npm run dist checks the Node.js first, as npm start does', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: { dist: string };
    };
    expect(manifest.scripts.dist).toMatch(/^node scripts\/node-version\.mjs dist && /);
    expect(nodeVersionProblem('dist', '20.20.2')).toMatch(
      /^Factdesk's installers \(npm run dist\) needs Node\.js 22\.12 or newer \(Electron 45 and its packaging tool/,
    );
    expect(nodeVersionProblem('dist', '22.12.0')).toBeNull();
  });

  it('as a script, prints the sentence alone and exits 1 when this Node.js is too old for the part', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'node-version.mjs'), 'dist'], {
      cwd: root,
      encoding: 'utf8',
    });
    const problem = nodeVersionProblem('dist');
    expect(run.status).toBe(problem ? 1 : 0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(problem ? `${problem}\n` : '');
  });
});
