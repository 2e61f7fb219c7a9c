// Finds a Chromium-family browser for printing the appendix to PDF outside the app (CLI, browser harness): the same
// order as the end-to-end set-up, without loading Playwright (a development tool the packaged app does not carry).
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

/** Where `npx playwright install chromium` puts its browsers on each system (PLAYWRIGHT_BROWSERS_PATH overrides). */
function playwrightRoots(env: NodeJS.ProcessEnv): string[] {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') return [env.PLAYWRIGHT_BROWSERS_PATH];
  if (process.platform === 'darwin') return [path.join(homedir(), 'Library', 'Caches', 'ms-playwright')];
  if (process.platform === 'win32') return env.LOCALAPPDATA ? [path.join(env.LOCALAPPDATA, 'ms-playwright')] : [];
  return [path.join(env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'ms-playwright')];
}

/** The executables inside one Playwright Chromium folder, newest build first. */
function playwrightChromium(env: NodeJS.ProcessEnv): string[] {
  const relative =
    process.platform === 'darwin'
      ? [
          ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
          ['chrome-mac-arm64', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
        ]
      : process.platform === 'win32'
        ? [
            ['chrome-win', 'chrome.exe'],
            ['chrome-win64', 'chrome.exe'],
          ]
        : [
            ['chrome-linux', 'chrome'],
            ['chrome-linux64', 'chrome'],
          ];
  const found: string[] = [];
  for (const root of playwrightRoots(env)) {
    let dirs: string[];
    try {
      dirs = readdirSync(root).filter((d) => /^chromium-\d+$/.test(d));
    } catch {
      continue;
    }
    dirs.sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
    for (const dir of dirs) for (const parts of relative) found.push(path.join(root, dir, ...parts));
  }
  return found;
}

/** Where an installed Google Chrome or Chromium usually sits on each system (the end-to-end set-up looks there too). */
export function systemBrowsers(env: NodeJS.ProcessEnv): string[] {
  if (process.platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      path.join(homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ];
  }
  if (process.platform === 'win32') {
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter((root): root is string => Boolean(root))
      .map((root) => path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ];
}

/**
 * The browser that prints PDFs: CHROMIUM_PATH when set, then /usr/bin/chromium, Playwright's Chromium, then Google
 * Chrome; a `not-found` refusal with a sentence saying how to get one when there is none.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
): Result<string> {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return ok(fromEnv);
    return fail(
      'not-found',
      `CHROMIUM_PATH is set to ${fromEnv}, but there is no browser there: correct it or unset it.`,
    );
  }
  const candidates = ['/usr/bin/chromium', ...playwrightChromium(env), ...systemBrowsers(env)];
  const found = candidates.find((candidate) => exists(candidate));
  if (found) return ok(found);
  return fail(
    'not-found',
    'Factdesk needs Chromium or Google Chrome to write a PDF here, and found neither: install one (for example ' +
      '`apt-get install chromium`), set CHROMIUM_PATH to its program file, or export HTML and print it from a browser.',
  );
}
