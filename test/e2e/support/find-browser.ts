// Finds a Chromium-family browser for the end-to-end tests without downloading one unless nothing is installed,
// and the launch flags that keep it quiet (no background network, no sync, no first-run UI).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemBrowsers } from '../../../electron/exporters/find-chromium';

/** Flags for every launch: nothing in the browser may phone home while Factdesk is tested. */
export function browserArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
  return args;
}

/** Playwright's own Chromium, when `npx playwright install chromium` has put it in place. */
function playwrightChromium(): string | null {
  try {
    const candidate = chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

/** The first browser found, in the documented order; null when there is none. */
export function locateBrowser(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = playwrightChromium();
  if (bundled) return bundled;
  // Google Chrome (and a distribution's Chromium elsewhere) where the PDF export looks for it too.
  return systemBrowsers(process.env).find((candidate) => existsSync(candidate)) ?? null;
}

let found: string | null = null;

/**
 * The browser executable for the tests. With none installed it tries `npx playwright install chromium` once
 * (quick to fail without a network) and otherwise throws a sentence saying how to get one.
 */
export function findBrowser(): string {
  if (found) return found;
  const located = locateBrowser();
  if (located) return (found = located);
  try {
    execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['playwright', 'install', 'chromium'], {
      stdio: 'inherit',
      timeout: 180_000,
      shell: process.platform === 'win32',
    });
  } catch {
    // No network or no permission: the sentence below says what to do instead.
  }
  const installed = playwrightChromium();
  if (installed) return (found = installed);
  throw new Error(
    'No Chromium or Chrome was found for the end-to-end tests: install one (for example `apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to its executable.',
  );
}
