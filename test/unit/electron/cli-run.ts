// Runs the factdesk CLI in-process in a folder, as a reporter named Ana, with its own settings folder; the tests of
// each group of commands use it.
import { join } from 'node:path';
import { runCli } from '../../../electron/cli';

/** What one CLI run printed and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `factdesk <args>` with `cwd` as the working folder. */
export async function cli(args: string[], cwd: string): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: { FACTDESK_DATA_DIR: join(cwd, '.data'), FACTDESK_USER: 'Ana Reporter' },
    cwd,
  });
  return { code, out, err };
}
