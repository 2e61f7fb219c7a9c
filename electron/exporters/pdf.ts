// Prints the HTML appendix to PDF with headless Chromium, for the CLI and the browser harness (the app uses
// Electron's own printToPDF). Runs in a fresh profile with networking quiet and a time limit; cleans up after itself.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

export interface HtmlToPdfOptions {
  /** The Chromium or Chrome program (see findChromium). */
  chromiumPath: string;
  /** How long Chromium may take before it is stopped. Default 60 seconds. */
  timeoutMs?: number;
  /** Where the temporary folder goes. Default: the system's temporary folder. */
  tempDir?: string;
}

const PDF_MAGIC = '%PDF-';

/** The command-line flags for one print: headless, quiet, no profile reuse, no header or footer. */
export function chromiumPrintArgs(profileDir: string, outFile: string, htmlFile: string): string[] {
  const args = [
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${outFile}`,
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header',
    pathToFileURL(htmlFile).href,
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
  return args;
}

function run(
  program: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}

/**
 * Prints a self-contained HTML document to PDF and answers the PDF's bytes, or an 'io-error' refusal with a sentence
 * when Chromium cannot be started, stops, runs out of time or writes no PDF.
 */
export async function htmlToPdf(html: string, options: HtmlToPdfOptions): Promise<Result<Uint8Array>> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const work = await mkdtemp(path.join(options.tempDir ?? tmpdir(), 'factdesk-pdf-'));
  try {
    const htmlFile = path.join(work, 'appendix.html');
    const outFile = path.join(work, 'appendix.pdf');
    const profile = path.join(work, 'profile');
    await writeFile(htmlFile, html, 'utf8');
    let outcome: Awaited<ReturnType<typeof run>>;
    try {
      outcome = await run(options.chromiumPath, chromiumPrintArgs(profile, outFile, htmlFile), timeoutMs);
    } catch (error) {
      return fail(
        'io-error',
        `Factdesk could not start ${options.chromiumPath} to write the PDF: ${(error as Error).message}.`,
      );
    }
    if (outcome.timedOut) {
      return fail(
        'io-error',
        `Chromium (${options.chromiumPath}) took longer than ${Math.round(timeoutMs / 1000)} seconds to write the PDF and was stopped.`,
      );
    }
    let pdf: Buffer;
    try {
      pdf = await readFile(outFile);
    } catch {
      const detail = outcome.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400);
      return fail(
        'io-error',
        `Chromium (${options.chromiumPath}) wrote no PDF (exit code ${outcome.code}).${detail ? ` It said: ${detail}` : ''}`,
      );
    }
    if (pdf.subarray(0, PDF_MAGIC.length).toString('latin1') !== PDF_MAGIC) {
      return fail('io-error', `Chromium (${options.chromiumPath}) wrote a file that is not a PDF.`);
    }
    return ok(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  } finally {
    await rm(work, { recursive: true, force: true, maxRetries: 3 });
  }
}
