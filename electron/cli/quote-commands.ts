// `factdesk check-quotes`: every direct quote of a draft against its sources, for a newsroom's pre-publication
// script. Exit code 0 only when every quote is exact or differs only in punctuation and its speaker matches; 1 when
// any quote differs, is not found, or its speaker is a mismatch or unknown (and when a file cannot be read); 2 on
// wrong usage.
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { QuoteVerdict } from '../../shared/api/views';
import {
  SPEAKER_OUTCOME_LABELS,
  checkedQuoteJson,
  countQuotes,
  quoteSummaryText,
  speakerOutcome,
} from '../../shared/verify';
import type { CheckedQuote } from '../../shared/verify';
import { UsageError, stringFlag } from './args';
import { printJson } from './context';
import type { CliContext } from './context';
import { withProject } from './project-commands';
import type { CliCommand } from './project-commands';

const PASSING: ReadonlySet<QuoteVerdict> = new Set(['exact', 'punctuation']);

function diffText(diff: CheckedQuote['diff']): string {
  return diff
    .map((d) =>
      d.op === 'equal'
        ? d.text
        : d.op === 'delete'
          ? `[-${d.text}-]`
          : d.op === 'insert'
            ? `{+${d.text}+}`
            : d.op === 'elided'
              ? `[…${d.text}…]`
              : `[${d.text}]`,
    )
    .join(' ')
    .replace(/\s+/g, ' ');
}

function printReport(ctx: CliContext, rows: CheckedQuote[], json: boolean): Result<number> {
  if (json) printJson(ctx.io, { quotes: rows.map(checkedQuoteJson) });
  else if (rows.length === 0) ctx.io.out('The draft has no direct quotes.\n');
  else {
    for (const r of rows) {
      ctx.io.out(`${r.verdict.toUpperCase().padEnd(11)} ${r.text.replace(/\s+/g, ' ')}\n`);
      ctx.io.out(`            ${SPEAKER_OUTCOME_LABELS[speakerOutcome(r.speakerMatch)]}: ${r.speakerReason}\n`);
      if (r.source) ctx.io.out(`            ${r.source.title}${r.source.pinpoint ? ` @ ${r.source.pinpoint}` : ''}\n`);
      if (!PASSING.has(r.verdict) && r.verdict !== 'not-found') ctx.io.out(`            ${diffText(r.diff)}\n`);
    }
    ctx.io.out(`${quoteSummaryText(countQuotes(rows))}\n`);
  }
  // An unknown speaker fails as a mismatch does: nobody checked who said it.
  return ok(rows.every((r) => PASSING.has(r.verdict) && r.speakerMatch === true) ? 0 : 1);
}

async function sourceFiles(paths: string[], cwd: string): Promise<Result<string[]>> {
  const out: string[] = [];
  for (const p of paths) {
    const full = resolve(cwd, p);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat) return fail('not-found', `${full} does not exist.`);
    if (stat.isDirectory()) {
      for (const name of (await fs.readdir(full)).sort()) {
        if (!name.startsWith('.') && (await fs.stat(join(full, name))).isFile()) out.push(join(full, name));
      }
    } else out.push(full);
  }
  if (out.length === 0) throw new UsageError('No source files were given: name transcripts with --sources.');
  return ok(out);
}

async function checkFiles(
  ctx: CliContext,
  draftPath: string,
  sourcePaths: string[],
  json: boolean,
): Promise<Result<number>> {
  const sources = await sourceFiles(sourcePaths, ctx.io.cwd);
  if (!sources.ok) return sources;
  const checked = await ctx.handlers.checkQuoteFiles({
    draft: resolve(ctx.io.cwd, draftPath),
    sources: sources.value,
  });
  if (!checked.ok) return checked;
  const rows = checked.value;
  return printReport(ctx, rows, json);
}

export const quoteCommands: CliCommand[] = [
  {
    name: 'check-quotes',
    usage: 'check-quotes <project> [--json]  |  check-quotes --draft <file> --sources <file-or-folder>... [--json]',
    summary:
      'Check every direct quote and its speaker against the sources; exit 0 only when every quote is exact (or differs only in punctuation) and its speaker matches',
    valueFlags: ['draft', 'sources'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const json = args.flags.has('json');
      const draftPath = stringFlag(args, 'draft');
      if (draftPath) {
        const first = stringFlag(args, 'sources');
        if (!first) throw new UsageError('Name the sources with --sources <file-or-folder>.');
        return await checkFiles(ctx, draftPath, [first, ...args.positional], json);
      }
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      return await withProject(ctx, path, { write: false }, async (view) => {
        const checked = await ctx.handlers.checkQuotes({ projectId: view.projectId });
        if (!checked.ok) return checked;
        const rows = checked.value;
        return printReport(ctx, rows, json);
      });
    },
  },
];
