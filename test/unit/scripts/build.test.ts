// `npm run web` and `npm start` build only when a source changed since the last build: a fingerprint of the sources
// is kept beside dist/ and compared on every start.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_OUTPUTS, buildIfChanged, staleReason } from '../../../scripts/build.mjs';

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small project folder with sources, and a build that writes every output and counts its runs. */
function project() {
  const base = mkdtempSync(path.join(tmpdir(), 'factdesk-build-'));
  roots.push(base);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
    writeFileSync(path.join(base, file), text);
  };
  write('package.json', '{"name":"factdesk"}');
  write('electron/main.ts', 'export const main = 1;');
  write('renderer/app/App.tsx', 'export const App = 1;');
  write('shared/model/claim.ts', 'export const claim = 1;');
  let builds = 0;
  const build = () => {
    builds += 1;
    for (const output of BUILD_OUTPUTS) write(output, 'built');
    return true;
  };
  return { base, write, build, builds: () => builds };
}

const quiet = () => {};

describe('building only when the sources changed', () => {
  it('builds the first time, then skips while nothing changed', () => {
    const p = project();
    expect(staleReason(p.base)).toMatch(/is missing$/);
    expect(buildIfChanged({ base: p.base, build: p.build, log: quiet })).toBe('built');
    expect(staleReason(p.base)).toBeNull();
    expect(buildIfChanged({ base: p.base, build: p.build, log: quiet })).toBe('current');
    expect(p.builds()).toBe(1);
  });

  it('builds again when a source changes, is added or is removed, not when one is only touched', () => {
    const p = project();
    buildIfChanged({ base: p.base, build: p.build, log: quiet });
    const file = path.join(p.base, 'shared/model/claim.ts');
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    expect(buildIfChanged({ base: p.base, build: p.build, log: quiet })).toBe('current');

    p.write('shared/model/claim.ts', 'export const claim = 2;');
    expect(staleReason(p.base)).toBe('sources changed since the last build');
    expect(buildIfChanged({ base: p.base, build: p.build, log: quiet })).toBe('built');

    p.write('renderer/features/new/New.tsx', 'export const New = 1;');
    expect(buildIfChanged({ base: p.base, build: p.build, log: quiet })).toBe('built');
    rmSync(path.join(p.base, 'renderer/features/new/New.tsx'));
    expect(buildIfChanged({ base: p.base, build: p.build, log: quiet })).toBe('built');
    expect(p.builds()).toBe(4);
  });

  it('builds again when an output was deleted, and records nothing when the build fails', () => {
    const p = project();
    buildIfChanged({ base: p.base, build: p.build, log: quiet });
    rmSync(path.join(p.base, 'dist/renderer/index.html'));
    expect(staleReason(p.base)).toBe('dist/renderer/index.html is missing');
    p.write('electron/main.ts', 'export const main = 2;');
    let failedRuns = 0;
    const failing = () => {
      failedRuns += 1;
      return false;
    };
    expect(buildIfChanged({ base: p.base, build: failing, log: quiet })).toBe('failed');
    expect(buildIfChanged({ base: p.base, build: failing, log: quiet })).toBe('failed');
    expect(failedRuns).toBe(2);
  });

  it('says why it builds', () => {
    const p = project();
    const lines: string[] = [];
    buildIfChanged({ base: p.base, build: p.build, log: (line: string) => lines.push(line) });
    buildIfChanged({ base: p.base, build: p.build, log: (line: string) => lines.push(line) });
    expect(lines).toEqual([
      'Building Factdesk (dist/electron/main.cjs is missing)...',
      'Factdesk is already built from these sources; skipping the build.',
    ]);
  });
});
