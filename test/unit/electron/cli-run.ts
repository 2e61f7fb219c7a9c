// Runs the factdesk CLI in-process in a folder, as a reporter named Ana, with its own settings folder, and reads an
// exported appendix back as text; the tests of each group of commands use it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { runCli } from '../../../electron/cli';
import { findChromium } from '../../../electron/exporters/find-chromium';

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

/** The appendix formats this machine can write and read back: PDF needs Chromium to print and pdftotext to read. */
export function readableFormats(formats: readonly string[]): string[] {
  const canPrint = existsSync('/usr/bin/pdftotext') && findChromium().ok;
  return formats.filter((format) => format !== 'pdf' || canPrint);
}

/**
 * Runs `factdesk export <project> --format <format>` into `dir` and reads the appendix back as text: Word with
 * mammoth, PDF with pdftotext, the rest as UTF-8.
 */
export async function exportedText(dir: string, project: string, format: string): Promise<CliRun & { text: string }> {
  const out = join(dir, `appendix.${format}`);
  const run = await cli(['export', project, '--format', format, '--out', out], dir);
  if (run.code !== 0) return { ...run, text: '' };
  const text =
    format === 'docx'
      ? (await mammoth.extractRawText({ path: out })).value
      : format === 'pdf'
        ? execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })
        : await readFile(out, 'utf8');
  return { ...run, text };
}
