// `npm start` when Electron's binary cannot be downloaded: the download fails at the edge (a mirror nobody answers
// on), and what the user reads is one sentence saying what happened and what to do, never the installer's stack.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  downloadFailedSentence,
  electronBinary,
  findElectron,
  installerReason,
} from '../../../scripts/start-electron.mjs';

const cacheDirs: string[] = [];
afterEach(() => {
  for (const dir of cacheDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('starting Electron', () => {
  it('reads the reason from the installer output and drops its stack', () => {
    const output = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///x/@electron/get/dist/FetchDownloader.js:46:30)',
    ].join('\n');
    expect(installerReason(output)).toBe('fetch failed');
    expect(installerReason('HTTPError: Response code 404 (Not Found)\n    at x')).toBe('Response code 404 (Not Found)');
    expect(installerReason('')).toBe('');
  });

  it.skipIf(electronBinary() !== null)(
    'prints one sentence with what to do when the download fails, and no stack trace',
    () => {
      const cache = mkdtempSync(path.join(tmpdir(), 'factdesk-electron-cache-'));
      cacheDirs.push(cache);
      const logged: string[] = [];
      const env = {
        ...process.env,
        // Port 9 (discard) on this machine: nothing listens, so the download fails at once, as it does offline.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: cache,
      };
      const outcome = findElectron({ env, log: (line: string) => logged.push(line) });
      expect(outcome.binary).toBeUndefined();
      expect(logged).toEqual([
        expect.stringMatching(/^Factdesk: downloading Electron 45\.\d+\.\d+ \(about 100 MB, once\)\.\.\.$/),
      ]);
      expect(outcome.problem).toMatch(/^Factdesk could not download Electron 45\.\d+\.\d+ \(/);
      expect(outcome.problem).toContain('Run "npx electron --version" once with internet access');
      expect(outcome.problem).toContain('"npm run web"');
      expect(outcome.problem).not.toMatch(/TypeError|\n|\sat\s.*:\d+:\d+/);
    },
    60_000,
  );

  it('writes the sentence with the reason when there is one', () => {
    expect(downloadFailedSentence('45.5.0', 'fetch failed')).toBe(
      'Factdesk could not download Electron 45.5.0 (fetch failed: no network, or a proxy or firewall in the way?). ' +
        'Run "npx electron --version" once with internet access to download it, set ELECTRON_MIRROR to a mirror you ' +
        'can reach, or use "npm run web" to work in a browser.',
    );
    expect(downloadFailedSentence('45.5.0', '')).toMatch(
      /^Factdesk could not download Electron 45\.5\.0 \(no network\?\)\. /,
    );
  });
});
