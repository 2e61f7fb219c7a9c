// Runs the built factdesk command (bin/factdesk.mjs over dist/electron/cli.cjs) as a real child process, the way a
// newsroom script would, with its own settings folder.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const FACTDESK_BIN = join(__dirname, '..', '..', 'bin', 'factdesk.mjs');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs `factdesk <args>` in `cwd` and resolves when it exits. */
export function runBuiltCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FACTDESK_BIN, ...args], {
      cwd,
      env: { ...process.env, FACTDESK_DATA_DIR: join(cwd, '.data'), FACTDESK_USER: 'Ana Reporter', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}
