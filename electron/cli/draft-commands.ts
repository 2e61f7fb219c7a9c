// The draft commands of the factdesk CLI: import-draft (any supported format, a new version when a draft exists)
// and suggest (check-worthy spans of the current draft).
import { resolve } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import { DEFAULT_SHARE, describeScore, rankAndCap, type CappedSuggestions } from '../../shared/detect';
import type { SuggestionView } from '../../shared/api/views';
import { UsageError, stringFlag, type ParsedArgs } from './args';
import { printJson } from './context';
import { withProject } from './project-commands';
import type { CliCommand } from './project-commands';

const ENCODINGS = ['windows-1252', 'latin1'] as const;

/** The share of sentences `suggest` flags: --all (every suggestion), --share <percent>, or the default 15%. */
function suggestShare(args: ParsedArgs): number | null {
  const given = stringFlag(args, 'share');
  if (args.flags.has('all')) {
    if (given !== undefined) throw new UsageError('Give either --share or --all, not both.');
    return null;
  }
  if (given === undefined) return DEFAULT_SHARE;
  const percent = Number(given.replace(/%$/u, ''));
  if (!Number.isFinite(percent) || percent <= 0 || percent > 100)
    throw new UsageError(
      "--share must be a percentage of the draft's sentences, from 1 to 100 (for example --share 25).",
    );
  return percent / 100;
}

/** The ranked list as text: a line saying what is shown, then each suggestion with its score and reason. */
function formatSuggestions(capped: CappedSuggestions<SuggestionView>, share: number | null): string {
  const { shown, hidden, sentences, flaggedSentences } = capped;
  const head =
    share === null
      ? `${shown.length} suggestions, most check-worthy first.`
      : `${shown.length} suggestions in the ${flaggedSentences} most check-worthy of ${sentences} sentences ` +
        `(at most ${Math.round(share * 100)}%)` +
        (hidden > 0 ? `; ${hidden} more with --all or a larger --share.` : '.');
  const rows = shown.map(
    (s) =>
      `${describeScore(s.score).padEnd(14)} ${String(s.start).padStart(7)}  ${s.kind.padEnd(11)} ${s.text.replace(/\s+/g, ' ')}\n` +
      `${' '.repeat(37)}${s.reason}`,
  );
  return `${head}\n${rows.join('\n')}\n`;
}

export const draftCommands: CliCommand[] = [
  {
    name: 'import-draft',
    usage: 'import-draft <project> <file> [--encoding windows-1252|latin1] [--json]',
    summary: 'Import a draft (.docx, .md, .html, .txt); a new version re-anchors the claims',
    valueFlags: ['encoding'],
    booleanFlags: ['json'],
    async run(args, ctx) {
      const [path, file] = args.positional;
      if (!path || !file) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const encoding = stringFlag(args, 'encoding');
      if (encoding && !(ENCODINGS as readonly string[]).includes(encoding)) {
        throw new UsageError(`--encoding must be ${ENCODINGS.join(' or ')}.`);
      }
      return withProject(ctx, path, { write: true }, async (view) => {
        const reply = await ctx.handlers.importDraft({
          projectId: view.projectId,
          source: { kind: 'path', path: resolve(ctx.io.cwd, file) },
          ...(encoding ? { encoding: encoding as (typeof ENCODINGS)[number] } : {}),
        });
        if (!reply.ok && reply.error.code === 'needs-encoding') {
          return fail(
            'needs-encoding',
            `${reply.error.message} Run again with --encoding windows-1252 or --encoding latin1.`,
          );
        }
        if (!reply.ok) return reply;
        const outcome = reply.value;
        const current = outcome.view.drafts.at(-1);
        if (args.flags.has('json')) {
          printJson(ctx.io, {
            version: current?.number ?? 1,
            words: current?.words ?? 0,
            reanchored: outcome.reanchored,
            warnings: outcome.warnings,
          });
          return ok(0);
        }
        for (const warning of outcome.warnings) ctx.io.err(`factdesk: note: ${warning}\n`);
        const r = outcome.reanchored;
        ctx.io.out(
          r
            ? `Imported ${file} as draft version ${current?.number}. Claims: ${r.exact} exact, ${r.changed} changed, ${r.orphaned} orphaned.\n`
            : `Imported ${file} as draft version 1 (${current?.words ?? 0} words).\n`,
        );
        return ok(0);
      });
    },
  },
  {
    name: 'suggest',
    usage: 'suggest <project> [--share <percent> | --all] [--json]',
    summary:
      'List check-worthy spans of the current draft, most check-worthy first (by default in the top 15% of sentences)',
    valueFlags: ['share'],
    booleanFlags: ['json', 'all'],
    async run(args, ctx) {
      const [path] = args.positional;
      if (!path) throw new UsageError(`Usage: factdesk ${this.usage}`);
      const share = suggestShare(args);
      return withProject(ctx, path, { write: false }, async (view) => {
        const draft = view.currentDraft;
        if (!draft) return fail('no-draft', `${view.file} has no draft yet: import one with factdesk import-draft.`);
        const suggested = await ctx.handlers.getSuggestions({ projectId: view.projectId });
        if (!suggested.ok) return suggested;
        const open = suggested.value;
        const capped = rankAndCap(draft.text, open, share);
        if (args.flags.has('json')) {
          printJson(ctx.io, {
            suggestions: capped.shown.map((s) => ({
              text: s.text,
              start: s.start,
              end: s.end,
              kind: s.kind,
              reason: s.reason,
              speaker: s.speaker,
              speakerKind: s.speakerKind,
              score: s.score,
            })),
            sentences: capped.sentences,
            flaggedSentences: capped.flaggedSentences,
            hidden: capped.hidden,
          });
        } else if (open.length === 0)
          ctx.io.out('No suggestions: every check-worthy span is a claim or was dismissed.\n');
        else ctx.io.out(formatSuggestions(capped, share));
        return ok(0);
      });
    },
  },
];
